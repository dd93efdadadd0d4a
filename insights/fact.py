"""The one record type the extractor produces."""

from __future__ import annotations

from dataclasses import asdict, dataclass

KINDS = (
    "parameters", "training_tokens", "training_data", "layers", "compute", "claim", "released",
    "alias",
)  # fmt: skip
QUALIFIERS = ("total", "active", "approximate", "at least", "up to", "range", "non-embedding")


@dataclass(frozen=True)
class Fact:
    """One model-scale fact stated in a text, tied to the characters it came from.

    ``kind`` is one of ``KINDS``; ``value`` is in absolute units (70B parameters is ``7e10``),
    or for a claim its factor or amount, else ``None``; for a release date (kind ``released``)
    the month as ``YYYYMM``. ``start``/``end`` are offsets into the
    text given to ``extract``: ``text[start:end]`` is the number as written (with its unit when
    adjacent). ``sentence`` is the whole sentence, which begins at ``sentence_start``.
    ``qualifier`` is one of ``QUALIFIERS`` or None: a mixture of experts' "total" or "active"
    count, a bound, a range's end, or a "non-embedding" count (a part of the model's, which
    the models table does not take for its size). ``relation`` and ``other`` are set on
    claims and on aliases (kind ``alias``: ``other`` is another name of ``model``, "formerly"
    or "also called", and the span is that name's). ``rule`` names the rule that tied the
    fact to its model ("name-bracket" for "Gopher (280B)", "table-row", "focus-heading" ...),
    so a reviewer can ask why; it is None when the fact has no model.
    """

    kind: str
    value: float | None
    unit: str
    model: str | None
    organization: str | None
    qualifier: str | None
    start: int
    end: int
    sentence: str
    sentence_start: int = 0
    relation: str | None = None
    other: str | None = None
    rule: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)
