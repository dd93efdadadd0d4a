"""Markdown tables, where a column's header gives the unit of the bare numbers below it.

    | Model      | Params | Tokens |
    |------------|--------|--------|
    | Chinchilla | 70B    | 1.4T   |

Only the layout is read here: which cells hold the model, the organization, and numbers of
which kind. ``extractor`` turns the numbers into facts, with spans in the original text.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

# A header row, then a separator row of dashes: the start of a table.
TABLE_START = regex.compile(
    r"(?m)^[ \t]*\|(?P<header>[^\n]*)\|[ \t]*\n[ \t]*\|?[ \t]*:?-{3,}[^\n]*\n"
)
ROW = regex.compile(r"(?m)^[ \t]*\|[^\n]*\|[ \t]*$")
CELL = regex.compile(r"[^|]+")
MARKUP = regex.compile(r"^[\s*_`]+|[\s*_`]+$")
SCALE_IN_HEADER = regex.compile(
    r"\((?P<scale>[KMBT])\)|\bin (?P<word>thousands|millions|billions|trillions)\b",
    regex.IGNORECASE,
)

HEADER_SCALES = {"k": 1e3, "m": 1e6, "b": 1e9, "t": 1e12, "thousands": 1e3, "millions": 1e6,
                 "billions": 1e9, "trillions": 1e12}  # fmt: skip


@dataclass(frozen=True)
class Column:
    """What a column holds: "model", "organization", or a fact kind with its qualifier."""

    role: str
    qualifier: str | None = None
    multiplier: float = 1.0


@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    column: Column


@dataclass(frozen=True)
class Row:
    start: int
    end: int
    model: Cell | None
    organization: Cell | None
    numbers: tuple[Cell, ...]


def column_for(header: str, index: int) -> Column:
    """The role of a column from its header text.

    >>> column_for("Params (B)", 2)
    Column(role='parameters', qualifier=None, multiplier=1000000000.0)
    >>> column_for("Active per token", 4).qualifier, column_for("Model", 0).role
    ('active', 'model')
    """
    low = header.lower()
    scale = SCALE_IN_HEADER.search(header)
    multiplier = 1.0
    if scale:
        multiplier = HEADER_SCALES[(scale.group("scale") or scale.group("word")).lower()]
    if "model" in low or "name" in low or (index == 0 and not any(c.isdigit() for c in low)):
        if not any(w in low for w in ("param", "size", "token")):
            return Column("model")
    if any(w in low for w in ("organization", "organisation", "developer", "company", "lab")):
        return Column("organization")
    if "active" in low:
        return Column("parameters", "active", multiplier)
    if low.strip() == "total" or "total param" in low:
        return Column("parameters", "total", multiplier)
    if "param" in low or low.strip() in ("size", "model size", "#params"):
        return Column("parameters", None, multiplier)
    if "token" in low:
        return Column("training_tokens", None, multiplier)
    if "layer" in low or "depth" in low:
        return Column("layers")
    if "flop" in low or "compute" in low:
        return Column("compute", None, multiplier)
    return Column("other")


def table_rows(text: str, timeout: float | None = None) -> list[Row]:
    """The body rows of every Markdown table in ``text``, with their cells' roles."""
    rows: list[Row] = []
    for table in TABLE_START.finditer(text, timeout=timeout):
        header = table.group("header")
        columns = [
            column_for(MARKUP.sub("", c.group()), i) for i, c in enumerate(CELL.finditer(header))
        ]
        if not any(c.role not in ("model", "organization", "other") for c in columns):
            continue
        position = table.end()
        while True:
            row = ROW.match(text, position)
            if row is None:
                break
            rows.append(_row(text, row, columns))
            position = row.end() + 1
            if position >= len(text):
                break
    return rows


def _row(text: str, row: regex.Match, columns: list[Column]) -> Row:
    inner_start = text.index("|", row.start()) + 1
    model = organization = None
    numbers = []
    for i, cell in enumerate(CELL.finditer(text, inner_start, row.end())):
        if i >= len(columns):
            break
        start, end = _trim(text, cell.start(), cell.end())
        if start >= end:
            continue
        found = Cell(start, end, columns[i])
        if columns[i].role == "model":
            model = model or found
        elif columns[i].role == "organization":
            organization = organization or found
        elif columns[i].role != "other":
            numbers.append(found)
    return Row(row.start(), row.end(), model, organization, tuple(numbers))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """A cell's span without spaces and Markdown emphasis around it."""
    while start < end and text[start] in " \t*_`":
        start += 1
    while end > start and text[end - 1] in " \t*_`":
        end -= 1
    return start, end
