"""A model row's organization and release date, each with where it came from.

Organization, in order: stated with the model in the text (a fact whose organization the
reference does not give it: "NVIDIA's Megatron-LM", "Acme Labs released Zephyrine-9B"); the
reference table for a known model; the one maker the text gives the model's family ("Skarv
2.1 ... from Nordlys" for "Skarv-2.1-1B"); otherwise none. Two stated organizations that
disagree are a conflict.

Release date, in order: a date the text states with the model (the extractor's ``released``
facts: "Phi-2 (December 2023)", "Meta released Llama 2 in July 2023"; the month most of them
say, the earliest on a tie), else one stated of its family or a sibling; the reference table's
publication date; the date of the earliest document that states a size for it (not one that
only mentions it). A sibling's date or the reference's is taken only when no document stated
the model's size before it.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from insights.extract.keys import model_key, without_build
from insights.extract.organizations import canonical_organization

# A sentence about a model still to come.
TO_COME = re.compile(
    r"(?i)\b(?:still\s+training|will|plans?\s+to|planned|upcoming|hopes?\s+to|expected|soon)\b"
)
SIZE_FIELDS = ("parameters", "active_parameters", "training_tokens")
TEXT = "text"
REFERENCE = "reference"
DOCUMENT = "document"


def organization(facts: list[dict], reference_organization: str | None):
    """The row's organization, its source, and the stated organizations that disagree. The
    maker of a build ("ferrule/Qwen2.5-VL-72B-Instruct-AWQ", a repacker's quantization) is not
    the model's: a build's facts count only when no other fact of the row and no reference
    gives one."""
    known = canonical(reference_organization)
    own = [f for f in facts if not _a_build(f.get("model"))]
    if own and (known or any(f.get("organization") for f in own)):
        facts = own
    stated: dict[str, int] = {}  # (a plain dict: a Counter per row costs more than its counting)
    for f in facts:
        written = f.get("organization")
        if isinstance(written, str) and written:
            name = canonical(written)
            if name != known:
                stated[name] = stated.get(name, 0) + 1
    if stated:
        ranked = sorted(stated.items(), key=lambda item: item[1], reverse=True)  # ties: first seen
        return ranked[0][0], TEXT, ranked if len(ranked) > 1 else []
    if known:
        return known, REFERENCE, []
    return None, None, []


def release_date(
    released: list[dict], facts: list[dict], reference_date: str | None,
    family: list[dict] = (), siblings: list[dict] = (), name: str | None = None,
):
    """The row's release date (``YYYY-MM`` as the text says it, or the reference's
    ``YYYY-MM-DD``) and its source: ``released`` are the release facts said of the model,
    ``family`` those said of its family's name, ``siblings`` those said of another member (each
    used when the ones before say nothing; a sibling's after the reference's date), ``facts``
    all of the row's facts.

    A sibling's date, or the reference's, is no later than the first document that states the
    model's size: a model is out by the time a document gives its size, so Nemotron-4 340B's
    June does not date the 15B a February newsletter sized, nor a paper's later date (the
    reference's) a model a document had sized months before. (A family's own date stands: a
    document may be updated after it was first dated, and the family names the model.)
    """
    # The earliest document that states a size (the last choice), and the earliest month one
    # shows the model was out: not a name said of a model to come ("still training
    # Falcon-180B" in July), and a document dated to the month at least.
    first: str | None = None
    first_out: str | None = None
    for f in facts:
        date = f.get("date")
        if f["field"] not in SIZE_FIELDS or not isinstance(date, str) or not date:
            continue
        first = date if first is None else min(first, date)
        to_come = f.get("rule") == "size-in-name" and TO_COME.search(str(f.get("sentence")))
        if len(date) >= 7 and not to_come:
            first_out = date[:7] if first_out is None else min(first_out, date[:7])
    if first_out:
        siblings = [f for f in siblings if _month(f["value"]) <= first_out]
        if reference_date and reference_date[:7] > first_out:
            reference_date = None
    if name is not None and len(released) > 1:
        # The row's own name's date before one said of a name merged into it: "GPT-2 XL ...
        # came out in November 2019" over a table's "| GPT-2 | 2019-02 | 1.5B |"
        key = model_key(name)
        own = [
            f for f in released if isinstance(f.get("model"), str) and model_key(f["model"]) == key
        ]
        released = own or released
    released = released or family
    if not released and reference_date:
        # (a sibling's date is no statement about this model: the reference's publication
        # date, when it knows the model, is nearer; "its August Qwen-7B" does not date the
        # Qwen-72B of November)
        return reference_date, REFERENCE
    released = released or siblings
    if released:
        months = Counter(_month(f["value"]) for f in released)
        top = max(months.values())
        return min(month for month, n in months.items() if n == top), TEXT
    return (first, DOCUMENT) if first else (None, None)


def _month(value: float) -> str:
    """A ``released`` fact's value (``YYYYMM``) as ``YYYY-MM``.

    >>> _month(202312.0)
    '2023-12'
    """
    return f"{int(value) // 100:04d}-{int(value) % 100:02d}"


def _a_build(name) -> bool:
    """Whether a fact's model name is a build of a model (see ``keys.without_build``)."""
    return isinstance(name, str) and without_build(name) != name


@lru_cache(maxsize=4096)
def canonical(name) -> str | None:
    """An organization's canonical name, or its own spelling tidied; None for no name."""
    if not isinstance(name, str) or not name.strip():
        return None
    return canonical_organization(name) or " ".join(name.split())
