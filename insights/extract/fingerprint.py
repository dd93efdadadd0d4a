"""Which version of the extractor read a fact: a fingerprint of its code and tables.

Apart from ``insights.extract.extractor`` so that asking whether stored facts are stale (the
dashboard does on every session's first run) reads the files instead of importing the
extractor and compiling its patterns.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import cache
from pathlib import Path

# What the facts depend on besides the text: this package's reading code and the tables it reads.
PACKAGE = Path(__file__).resolve().parent
# Besides the package's own code: the record it builds and the tables it reads.
VERSIONED_DATA = (
    "../fact.py", "../../data/organizations.csv", "../../data/reference/models.csv",
    "../../data/reference/aliases.csv", "../../data/reference/families.csv",
    "../../data/reference/hub_accounts.csv",
)  # fmt: skip


@cache
def extractor_version() -> str:
    """A fingerprint of the extractor (every module of ``insights/extract`` and the tables it
    reads), stored with the facts so that a database can tell when they were read by another
    version."""
    digest = hashlib.sha256()
    names = sorted(p.name for p in PACKAGE.glob("*.py")) + list(VERSIONED_DATA)
    add_files(digest, ((name, PACKAGE / name) for name in names))
    return digest.hexdigest()[:12]


def add_files(digest, files: Iterable[tuple[str, Path]]) -> None:
    """Feed each file's label and bytes to ``digest`` (a missing file as no bytes): what a
    fingerprint of code and tables is made of, here and in ``insights.built``."""
    for label, path in files:
        digest.update(label.encode())
        digest.update(path.read_bytes() if path.exists() else b"")
