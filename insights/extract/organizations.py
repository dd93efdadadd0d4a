"""Organization names: the alias table in data/organizations.csv, the organizations of the
reference table, and lookups over them."""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[2] / "data"
ORGANIZATIONS_CSV = DATA_DIR / "organizations.csv"


REFERENCE_CSV = DATA_DIR / "reference" / "models.csv"
# Organizations of the reference table whose names are ordinary words in running text.
NOT_FROM_REFERENCE = frozenset(
    {"Magic", "Writer", "Runway", "Perplexity", "Biological Cybernetics", "Capital One"}
)
BRACKETED_ACRONYM = re.compile(r"^(.*?)\s*\(([A-Z][A-Z&]{1,6})\)$")


@cache
def _curated_rows() -> tuple[dict[str, str], ...]:
    """The rows of data/organizations.csv, read once."""
    with ORGANIZATIONS_CSV.open(encoding="utf-8", newline="") as f:
        return tuple(csv.DictReader(f))


@cache
def curated_spellings() -> tuple[tuple[str, str], ...]:
    """The spellings of data/organizations.csv alone, with their canonical names."""
    found: list[tuple[str, str]] = []
    for row in _curated_rows():
        canonical = row["organization"].strip()
        found.append((canonical, canonical))
        found.extend((a.strip(), canonical) for a in row["aliases"].split("|") if a.strip())
    return tuple(found)


def curated_organization(name: str) -> str | None:
    """The canonical name data/organizations.csv gives ``name`` (case ignored), else None: what
    the reference builder uses, which must not read the reference it writes."""
    table = {spelling.lower(): canonical for spelling, canonical in reversed(curated_spellings())}
    return table.get(" ".join(name.split()).lower())


@cache
def spellings() -> tuple[tuple[str, str], ...]:
    """Every way of writing an organization that Insights knows, with its canonical name, case
    kept ("FAIR" is not "fair"): the curated table first, then the organizations of the
    reference table (Epoch AI), each under its name and the acronym it gives in brackets.

    >>> dict(spellings())["MIT"], dict(spellings())["Google Brain"]
    ('Massachusetts Institute of Technology', 'Google')
    """
    found = list(curated_spellings())
    known = {spelling.lower() for spelling, _ in found}
    if REFERENCE_CSV.exists():
        with REFERENCE_CSV.open(encoding="utf-8", newline="") as f:
            rows = [row["organization"] for row in csv.DictReader(f)]
        written = {o.strip() for orgs in rows for o in orgs.split(",")} - NOT_FROM_REFERENCE
        for name in sorted(written):
            # "University of Montreal / Université de Montréal", "New York University (NYU)"
            names: list[str] = []
            for part in name.split(" / "):
                bracketed = BRACKETED_ACRONYM.match(part)
                names.extend(bracketed.groups() if bracketed else (part,))
            canonical = names[0]
            for spelling in names:
                if spelling and spelling.lower() not in known:
                    found.append((spelling, canonical))
                    known.add(spelling.lower())
    return tuple(found)


@cache
def aliases() -> dict[str, str]:
    """Map every alias, lower-cased, to its canonical organization."""
    table: dict[str, str] = {}
    for spelling, canonical in spellings():
        table.setdefault(spelling.lower(), canonical)
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


@cache
def _parents() -> dict[str, str]:
    return {
        row["organization"].strip(): row["parent"].strip()
        for row in _curated_rows()
        if (row.get("parent") or "").strip()
    }


def parent_organization(name: str | None) -> str | None:
    """The organization that ``name`` (any alias) is a unit of, as data/organizations.csv
    says; None when it is no unit of another.

    >>> parent_organization("Google DeepMind"), parent_organization("Meta")
    ('Google', None)
    """
    canonical = canonical_organization(name)
    return _parents().get(canonical) if canonical else None
