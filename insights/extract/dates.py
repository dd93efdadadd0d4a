"""Release dates said with a model, as facts of kind ``released``.

A date is a model's release date only where the text ties the two together:

- in brackets right after the name: "Phi-2 (December 2023)", "Phi-2 (2.7B, December 2023)",
  "### BERT (Google, October 2018)";
- in a table row that names the model: "| Phi-2 | Microsoft | Dec 2023 | 2.7B |";
- with a release verb in a sentence that names that one model: "Meta released Llama 2 in July
  2023", "Gemma 3, launched in March 2025, ...".

Anything else ("Chinchilla (70B) beat Gopher in March 2022") is no release date. The value is
the month as ``YYYYMM`` (``202312.0``) with the unit ``month``; the span is the date as written.
"""

from __future__ import annotations

import re

import regex

from insights.extract.markdown_tables import table_rows
from insights.fact import Fact

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# "December 2023", "Dec. 2023", "Sept 2023", "February 14, 2019". The scan starts at the month
# name (Python's re finds those fast); a day written before it ("14 February 2019") is taken
# by DAY_BEFORE.
DATE = re.compile(
    r"""\b(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?
      |Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?
    \s+(?:[0-9]{1,2}(?:st|nd|rd|th)?,?\s+)?['\u2019]?(?P<year>(?:19|20)[0-9]{2})(?![\w-])""",
    re.VERBOSE,
)
DAY_BEFORE = re.compile(r"(?<![\w-])[0-9]{1,2}(?:st|nd|rd|th)?\s+\Z")
RELEASE_VERB = regex.compile(
    r"(?i)\b(?:released|announced|launched|unveiled|introduced|open-sourced|debuted|shipped"
    r"|came\s+out|arrived|dropped)\b"
)
# What may stand between a name and a bracketed date: other items of the same bracket.
BRACKET_BEFORE_DATE = regex.compile(r"(?r)\(\s*(?:[^()\n]{0,40}?[,;]\s*)?\Z")
BRACKET_AFTER_DATE = regex.compile(r"\s*\)")
SPACES_BEFORE = regex.compile(r"(?r)[ \t\u00a0]*\Z")


def month_of(match) -> float:
    """A date match's month as ``YYYYMM``.

    >>> month_of(DATE.search("released in Sept. 2023"))
    202309.0
    """
    return float(int(match["year"]) * 100 + MONTHS[match["month"].lower()[:3]])


def find(text: str, context) -> list[Fact]:
    """The release dates ``text`` ties to a model (see the module docstring)."""
    facts = []
    tables = None  # the Markdown tables' rows, read at the first date that may be in one
    for match in DATE.finditer(text):
        day = DAY_BEFORE.search(text[max(0, match.start() - 8) : match.start()])
        start = match.start() - (len(day.group()) if day else 0)
        end = match.end()
        rule = "date-bracket"
        model = _bracketed_after(text, start, end, context)
        if model is None:
            if tables is None and "|" in text:  # (a row needs a pipe; read them once)
                tables = table_rows(text, context.timeout)
            model, rule = _table_row(text, start, end, context, tables), "table-row"
        if model is None:
            model, rule = _released(text, start, context), "release-verb"
        if model is None:
            continue
        s_start, s_end = context.sentences.span(start)
        sentence = text[s_start:s_end]
        facts.append(
            Fact(
                kind="released", value=month_of(match), unit="month", model=model,
                organization=context.organization_for(model, s_start, s_end), qualifier=None,
                start=start, end=match.end(), sentence=sentence.strip(),
                sentence_start=s_start + len(sentence) - len(sentence.lstrip()), rule=rule,
            )
        )  # fmt: skip
    return facts


def _bracketed_after(text: str, start: int, end: int, context) -> str | None:
    """ "Phi-2 (2.7B, December 2023)": the model named right before the bracket."""
    if not BRACKET_AFTER_DATE.match(text, end, end + 3):
        return None
    opening = BRACKET_BEFORE_DATE.search(text, max(0, start - 48), start)
    if opening is None:
        return None
    gap = SPACES_BEFORE.search(text, max(0, opening.start() - 3), opening.start())
    end = gap.start() if gap else opening.start()
    mention = context.mention_ending(start, end)
    return mention.name if mention is not None and mention.strong else None


def _table_row(text: str, start: int, end: int, context, rows) -> str | None:
    """ "| Phi-2 | Microsoft | Dec 2023 | 2.7B |": the row's first model, when the date fills a
    cell of its own."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    if not text[line_start:line_end].lstrip().startswith("|"):
        return None
    before = text[text.rfind("|", line_start, start) + 1 : start]
    after_bar = text.find("|", end, line_end)
    if before.strip() or after_bar == -1 or text[end : after_bar].strip():
        return None
    models = [m for m in context.models_between(line_start, start) if m.strong]
    if models:
        return models[0].name
    # a name no shape or lexicon knows, in the table's model column: "| Codestral | ... |"
    for row in rows or ():
        if row.start <= start < row.end and row.model is not None:
            return text[row.model.start : row.model.end] or None
    return None


def _released(text: str, start: int, context) -> str | None:
    """A release verb and one model in the date's sentence: "Meta released Llama 2 in July
    2023"."""
    s_start, s_end = context.sentences.span(start)
    if not RELEASE_VERB.search(text, s_start, s_end):
        return None
    names = {m.name for m in context.sentence_models(start) if m.strong}
    return names.pop() if len(names) == 1 else None
