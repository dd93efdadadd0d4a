"""Corrections: what a person says about an extracted fact or a models-table row.

A correction is kept apart from the documents and never changes them. It names its target
so that it outlives what a re-extraction renumbers (fact ids) and a re-ingest renumbers
(document ids):

- a fact by its document's content hash, its span (``start``, ``end``) and its ``kind``;
  ``model`` keeps the model it was written with, to tell apart two facts on one span;
- a row by its model's name, compared with ``insights.names.model_key``.

The actions, and what they do to the models table (``insights.table.corrections``):

- ``accept`` a fact: it is right; its row takes its value for that figure, and the figure's
  disagreement is settled. ``accept`` on a row (no fact): the row is right as it is, with
  no organization; the review queue stops asking for one.
- ``reject`` a fact: it is wrong; the table is built without it.
- ``assign`` a fact: it is the model named by ``value``.
- ``organization`` / ``date`` on a row: its organization or release date is ``value``.

One correction per fact, and one per row and action: a later one replaces it. Undoing a
correction deletes it.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, replace
from datetime import datetime

from insights.fact import KINDS
from insights.typed_dates import DateError, parse_typed_date

ACTIONS = ("accept", "reject", "assign", "organization", "date")
FACT_ACTIONS = ("accept", "reject", "assign")
ROW_ACTIONS = ("accept", "organization", "date")
# The columns a corrections CSV is written and read with; ``apply`` ignores the others.
CSV_COLUMNS = (
    "id", "created_at", "action", "model", "value", "reason", "kind", "surface",
    "document_hash", "start", "end", "document_id",
)  # fmt: skip
READ_COLUMNS = ("action", "model", "value", "reason", "kind", "document_hash", "start", "end",
                "created_at")  # fmt: skip
MAX_NAME = 200  # characters of a model or organization name
MAX_REASON = 2000


class CorrectionError(ValueError):
    """A correction that is incomplete, or not one this version understands."""


@dataclass(frozen=True)
class Correction:
    """One correction; ``id``, ``document_id`` and ``surface`` are filled in by the store
    (``document_id`` is None while no stored document has ``document_hash``)."""

    action: str
    model: str | None = None
    value: str | None = None
    document_hash: str | None = None
    start: int | None = None
    end: int | None = None
    kind: str | None = None
    reason: str = ""
    created_at: str | None = None
    id: int | None = None
    document_id: int | None = None
    surface: str | None = None

    @property
    def on_fact(self) -> bool:
        """Whether it is about one fact (else about a row)."""
        return self.document_hash is not None

    @property
    def fact_key(self) -> tuple | None:
        """``(document_id, start, end, kind)`` of its fact in this store, or None."""
        if not self.on_fact or self.document_id is None:
            return None
        return (self.document_id, self.start, self.end, self.kind)


def _tidy(text) -> str | None:
    """A typed name or value with its whitespace collapsed; None when empty."""
    if text is None or (isinstance(text, float) and text != text):
        return None
    tidied = " ".join(str(text).split())
    return tidied or None


def _integer(value, name: str) -> int:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise CorrectionError(f"{name} must be a whole number, not “{value}”") from None
    if number != number or number != int(number) or number < 0:
        raise CorrectionError(f"{name} must be a whole number of 0 or more, not “{value}”")
    return int(number)


def checked(correction: Correction) -> Correction:
    """The correction tidied and checked; ``CorrectionError`` says what is missing or wrong.

    >>> checked(Correction("date", model=" Wren ", value="2024-5")).value
    '2024-05'
    >>> checked(Correction("assign", document_hash="ab", start=4, end=7, kind="parameters"))
    Traceback (most recent call last):
    ...
    insights.corrections.CorrectionError: assign needs the model to assign the fact to
    """
    action = _tidy(correction.action)
    action = action.lower() if action else action
    if action not in ACTIONS:
        raise CorrectionError(f"unknown action “{correction.action}”: one of {', '.join(ACTIONS)}")
    model, value = _tidy(correction.model), _tidy(correction.value)
    reason = (correction.reason or "").strip() if isinstance(correction.reason, str) else ""
    if len(reason) > MAX_REASON:
        raise CorrectionError(f"the reason is longer than {MAX_REASON} characters")
    for name, text in (("the model", model), ("the value", value)):
        if text and len(text) > MAX_NAME:
            raise CorrectionError(f"{name} is longer than {MAX_NAME} characters")
    digest = _tidy(correction.document_hash)
    start = end = kind = None
    if digest is not None:
        if action not in FACT_ACTIONS:
            raise CorrectionError(f"{action} is said of a model, not of one fact")
        start = _integer(correction.start, "start")
        end = _integer(correction.end, "end")
        if end <= start:
            raise CorrectionError(f"the span {start}-{end} is empty")
        kind = _tidy(correction.kind)
        if kind not in KINDS:
            raise CorrectionError(f"unknown fact kind “{correction.kind}”")
    elif action not in ROW_ACTIONS:
        raise CorrectionError(f"{action} needs a fact: its document_hash, start, end and kind")
    elif model is None:
        raise CorrectionError(f"{action} needs the model it is said of")
    if action == "assign" and value is None:
        raise CorrectionError("assign needs the model to assign the fact to")
    if action == "organization" and value is None:
        raise CorrectionError("organization needs the organization's name")
    if action == "date":
        try:
            value = parse_typed_date(value)
        except DateError as exc:
            raise CorrectionError(str(exc)) from None
        if value is None:
            raise CorrectionError("date needs the release date: 2024-05-01, 2024-05 or 2024")
    if action in ("accept", "reject"):
        value = None
    created = _tidy(correction.created_at)
    if created is not None:
        try:
            datetime.fromisoformat(created)
        except ValueError:
            raise CorrectionError(f"created_at “{created}” is not an ISO 8601 time") from None
    return replace(
        correction, action=action, model=model, value=value, document_hash=digest,
        start=start, end=end, kind=kind, reason=reason, created_at=created,
    )  # fmt: skip


def describe(correction: Correction) -> str:
    """What a correction does, in a few words.

    >>> describe(Correction("assign", model=None, value="Wren", surface="3B", kind="parameters",
    ...                     document_hash="ab", start=0, end=2))
    '“3B” (parameters) assigned to Wren'
    >>> describe(Correction("organization", model="Wren", value="Acme Labs"))
    'Wren: organization set to Acme Labs'
    """
    if correction.on_fact:
        what = f"“{correction.surface}”" if correction.surface else "a fact"
        what += f" ({correction.kind}"
        what += f" of {correction.model})" if correction.model else ")"
        said = {"accept": "accepted", "reject": "rejected",
                "assign": f"assigned to {correction.value}"}  # fmt: skip
        return f"{what} {said.get(correction.action, correction.action)}"
    said = {"accept": "accepted as it is",
            "organization": f"organization set to {correction.value}",
            "date": f"release date set to {correction.value}"}  # fmt: skip
    return f"{correction.model}: {said.get(correction.action, correction.action)}"


# --- CSV ----------------------------------------------------------------------------------


def to_rows(corrections) -> list[dict]:
    """Corrections as rows with the columns ``CSV_COLUMNS``, for a table or a CSV."""
    return [{column: getattr(c, column) for column in CSV_COLUMNS} for c in corrections]


def from_csv(text: str) -> list[Correction]:
    """Corrections read from CSV text with a header naming at least ``action``, each checked.

    Every line is read before any is returned: ``CorrectionError`` lists each bad line.
    A cell that an export neutralized for spreadsheets (``'=...``) is read back as it was.
    """
    from insights.export import restore

    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = [restore(name) for name in reader.fieldnames or []]
    if "action" not in header:
        raise CorrectionError("not a corrections CSV: the header has no “action” column")
    reader.fieldnames = header
    corrections, errors = [], []
    for line, row in enumerate(reader, 2):
        fields = {name: restore(row.get(name)) for name in READ_COLUMNS if row.get(name)}
        try:
            corrections.append(checked(Correction(**{"action": "", **fields})))
        except CorrectionError as exc:
            errors.append(f"line {line}: {exc}")
    if errors:
        raise CorrectionError("; ".join(errors))
    return corrections
