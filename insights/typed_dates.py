"""Dates people type into the dashboard: an ISO date, a year and month, or a year.

Anything else is refused with a reason, so a typed "last Tuesday" is never stored as a date
that passes the year filter yet has no place on the time axis.
"""

from __future__ import annotations

import re
from datetime import date

TYPED_DATE = re.compile(
    r"""^\s*
    (?P<year>\d{4})                  # 2024
    (?:[-/](?P<month>\d{1,2})        # 2024-05 or 2024/5
      (?:[-/](?P<day>\d{1,2}))?      # 2024-05-01
    )?
    \s*$""",
    re.VERBOSE,
)
FIRST_YEAR, LAST_YEAR = 1900, 2100


class DateError(ValueError):
    """A typed date that is not a date: the message says what is accepted."""


def parse_typed_date(text: str | None) -> str | None:
    """A typed date as ISO 8601 (``2024-05-01``, ``2024-05`` or ``2024``); None when empty.

    >>> parse_typed_date("2024-5-1"), parse_typed_date("2024-05"), parse_typed_date(" 2024 ")
    ('2024-05-01', '2024-05', '2024')
    >>> parse_typed_date("") is None
    True
    >>> parse_typed_date("last Tuesday")
    Traceback (most recent call last):
    ...
    insights.typed_dates.DateError: “last Tuesday” is not a date: write 2024-05-01, 2024-05 or 2024.
    """
    text = (text or "").strip()
    if not text:
        return None
    match = TYPED_DATE.match(text)
    if not match:
        raise DateError(f"“{text}” is not a date: write 2024-05-01, 2024-05 or 2024.")
    year = int(match["year"])
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise DateError(f"“{text}”: the year must lie between {FIRST_YEAR} and {LAST_YEAR}.")
    if match["month"] is None:
        return f"{year:04d}"
    month = int(match["month"])
    if not 1 <= month <= 12:
        raise DateError(f"“{text}”: there is no month {month}.")
    if match["day"] is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, int(match["day"])).isoformat()
    except ValueError:
        raise DateError(f"“{text}”: that day does not exist.") from None
