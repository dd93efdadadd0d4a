"""Tables out: CSV that spreadsheets open safely, JSON, and Parquet."""

from __future__ import annotations

import json
import math

import pandas as pd

# A spreadsheet runs a cell that starts with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralize(cell):
    """A text cell made inert for spreadsheets: a leading ``'`` when it could start a formula.

    >>> neutralize("=HYPERLINK(\\"http://x\\")")
    '\\'=HYPERLINK("http://x")'
    >>> neutralize("-2+3"), neutralize("@SUM(A1)"), neutralize("\\tx")
    ("'-2+3", "'@SUM(A1)", "'\\tx")
    >>> neutralize("GPT-3"), neutralize(-3.5), neutralize(None)
    ('GPT-3', -3.5, None)
    """
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def restore(cell):
    """A cell read back from a CSV that ``neutralize`` wrote: its leading ``'`` dropped.

    >>> restore("'=HYPERLINK(1)"), restore("'-2"), restore("it's"), restore("'quoted'")
    ('=HYPERLINK(1)', '-2', "it's", "'quoted'")
    """
    if isinstance(cell, str) and cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS):
        return cell[1:]
    return cell


def to_csv(df: pd.DataFrame) -> bytes:
    """The table as UTF-8 CSV with a header row, every text cell neutralized."""
    safe = df.copy()
    safe.columns = [neutralize(str(c)) for c in safe.columns]
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(neutralize)
    return safe.to_csv(index=False, lineterminator="\n").encode("utf-8")


def _plain(value):
    """A JSON-ready value: numpy scalars unwrapped, NaN and NA as null."""
    if value is None:
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    if value is pd.NA or value is pd.NaT:
        return None
    return value


def to_json(df: pd.DataFrame) -> str:
    """The table as a JSON array of objects, one per row; missing values are null."""
    records = [{str(k): _plain(v) for k, v in row.items()} for row in df.to_dict("records")]
    return json.dumps(records, ensure_ascii=False, indent=2, default=str)


def to_parquet(df: pd.DataFrame) -> bytes:
    """The table as a Parquet file (needs pyarrow); values kept as they are, types too."""
    import io

    buffer = io.BytesIO()
    df.to_parquet(buffer, index=False, engine="pyarrow")
    return buffer.getvalue()
