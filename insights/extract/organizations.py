"""Organization names: the alias table in data/organizations.csv and lookups over it."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[2] / "data"
ORGANIZATIONS_CSV = DATA_DIR / "organizations.csv"


@cache
def aliases() -> dict[str, str]:
    """Map every alias, lower-cased, to its canonical organization."""
    table: dict[str, str] = {}
    with ORGANIZATIONS_CSV.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            canonical = row["organization"].strip()
            table[canonical.lower()] = canonical
            for alias in row["aliases"].split("|"):
                if alias.strip():
                    table.setdefault(alias.strip().lower(), canonical)
    return table


@cache
def canonical_organization(name: str | None) -> str | None:
    """The canonical organization for an alias, ignoring case; None when unknown.

    >>> canonical_organization("facebook ai research")
    'Meta'
    >>> canonical_organization("Google DeepMind")
    'DeepMind'
    >>> canonical_organization("Acme") is None
    True
    """
    if not name:
        return None
    return aliases().get(" ".join(name.split()).lower())
