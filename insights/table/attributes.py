"""A model row's organization and release date, each with where it came from.

Organization, in order: stated with the model in the text (a fact whose organization the
reference does not give it: "NVIDIA's Megatron-LM", "Acme Labs released Zephyrine-9B"); the
reference table for a known model; otherwise none. Two stated organizations that disagree are
a conflict.

Release date, in order: a date stated with the model in the text ("released in December
2023", "Phi-2 (December 2023)"); the reference table's publication date; the date of the
earliest document that states a size for it (not one that only mentions it).
"""

from __future__ import annotations

from collections import Counter

import regex

from insights.organizations import canonical_organization

TEXT = "text"
REFERENCE = "reference"
DOCUMENT = "document"

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# A release said with the model: "(December 2023)" right after its name, or a release verb
# and "in/on MONTH YEAR" within the clause ("released in July 2023", "announced on 14
# February 2019", "open-sourced in Aug. 2023").
DATE_AFTER_NAME = regex.compile(
    r"\A\s*[(\[,]\s*(?:released\s+)?%s\s+(?P<year>(?:19|20)[0-9]{2})\s*[)\],]" % _MONTH
)
RELEASE_DATE = regex.compile(
    r"""\b(?:released|announced|launched|unveiled|introduced|published|open-sourced|debuted
        |shipped|presented|came\ out|arrived)\b
        [^.;!?\n]{0,40}?\b(?:in|on)\s+(?:(?:early|mid|late)[\s-]+)?(?:[0-9]{1,2}(?:st|nd|rd|th)?\s+)?%s
        \s+(?:[0-9]{1,2}(?:st|nd|rd|th)?,?\s+)?(?P<year>(?:19|20)[0-9]{2})\b"""
    % _MONTH,
    regex.VERBOSE,
)


def stated_release(sentence: str, name: str) -> str | None:
    """The release month a sentence states for the model it names, as ``YYYY-MM``.

    >>> stated_release("Phi-2 (December 2023) has 2.7B parameters.", "Phi-2")
    '2023-12'
    >>> stated_release("Llama 2, released in July 2023, comes in 7B, 13B and 70B.", "Llama 2")
    '2023-07'
    >>> stated_release("GPT-3 has 175B parameters; Gopher came in December 2021.", "GPT-3")
    """
    if not isinstance(sentence, str) or not name:
        return None
    at = sentence.find(name)
    if at < 0:
        return None
    after = sentence[at + len(name) :]
    match = DATE_AFTER_NAME.match(after)
    if match is None:
        clause_end = min(
            (i for i in (after.find(";"), after.find(". ")) if i >= 0), default=len(after)
        )
        match = RELEASE_DATE.search(after, 0, clause_end)
    if match is None:
        return None
    month = MONTHS[match["month"].lower()[:3]]
    return f"{match['year']}-{month:02d}"


def organization(facts: list[dict], reference_organization: str | None):
    """The row's organization, its source, and the stated organizations that disagree."""
    known = canonical(reference_organization)
    stated = Counter(
        canonical(f["organization"])
        for f in facts
        if isinstance(f.get("organization"), str) and f["organization"]
        and canonical(f["organization"]) != known
    )  # fmt: skip
    if stated:
        ranked = stated.most_common()
        return ranked[0][0], TEXT, ranked if len(ranked) > 1 else []
    if known:
        return known, REFERENCE, []
    return None, None, []


def release_date(facts: list[dict], names: list[str], reference_date: str | None):
    """The row's release date (``YYYY-MM`` or the reference's ``YYYY-MM-DD``) and its source."""
    for fact in facts:
        for name in names:
            month = stated_release(fact.get("sentence"), name)
            if month:
                return month, TEXT
    if reference_date:
        return reference_date, REFERENCE
    sizes = [
        str(f["date"]) for f in facts
        if f["field"] in ("parameters", "active_parameters", "training_tokens")
        and isinstance(f.get("date"), str) and f["date"]
    ]  # fmt: skip
    return (min(sizes), DOCUMENT) if sizes else (None, None)


def canonical(name) -> str | None:
    """An organization's canonical name, or its own spelling tidied; None for no name."""
    if not isinstance(name, str) or not name.strip():
        return None
    return canonical_organization(name) or " ".join(name.split())
