"""The SQLite store: documents, the facts extracted from them, and tables derived from both.

A thin layer over the standard library's ``sqlite3``: bound ``?`` parameters only, one
transaction per document, WAL mode so a dashboard can read while an ingest writes, and a
schema version (``PRAGMA user_version``) moved forward by the ``MIGRATIONS`` below.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from insights.corrections import Correction, checked
from insights.extract.fingerprint import extractor_version
from insights.fact import Fact

REPO_DIR = Path(__file__).resolve().parent.parent
DEFAULT_DB = REPO_DIR / "data" / "insights.db"
CORPUS_DIR = REPO_DIR / "data" / "corpus"

FACT_FIELDS = (
    "kind", "value", "unit", "model", "organization", "qualifier",
    "start", "end", "sentence", "sentence_start", "relation", "other", "rule",
)  # fmt: skip
DOCUMENT_COLUMNS = ("document_id", "title", "source", "date")
MAX_BOUND_IDS = 900  # more ids than this are filtered after the query (SQLite caps parameters)
FACT_COLUMNS = FACT_FIELDS + DOCUMENT_COLUMNS

# Each entry moves the schema one version forward; never edit one that has shipped, add another.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        hash TEXT NOT NULL UNIQUE,      -- sha256 of the text with whitespace collapsed
        title TEXT,
        source TEXT,                    -- path, URL or "path:line" for JSONL
        date TEXT,                      -- published, ISO 8601 when known
        text TEXT NOT NULL,             -- exactly what the extractor read: spans index into it
        added_at TEXT NOT NULL
    );
    CREATE TABLE facts (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        value REAL,
        unit TEXT,
        model TEXT,
        organization TEXT,
        qualifier TEXT,
        "start" INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        sentence TEXT NOT NULL,
        sentence_start INTEGER NOT NULL,
        relation TEXT,
        other TEXT
    );
    CREATE INDEX facts_document ON facts(document_id);
    CREATE INDEX facts_model ON facts(model);
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
    CREATE VIEW claims AS
        SELECT f.model AS subject, f.relation, f.other, f.value, f.unit, f.sentence,
               d.title AS document, f.document_id
        FROM facts f JOIN documents d ON d.id = f.document_id
        WHERE f.kind = 'claim';
    """,
    # Document ids are never reused (AUTOINCREMENT): an old ?doc= link must not open another
    # document after the newest one is deleted. SQLite cannot alter a key, so the table is
    # copied (foreign keys are off while migrations run; facts keep their document ids).
    """
    DROP VIEW claims;
    CREATE TABLE documents_v2 (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        hash TEXT NOT NULL UNIQUE,
        title TEXT,
        source TEXT,
        date TEXT,
        text TEXT NOT NULL,
        added_at TEXT NOT NULL
    );
    INSERT INTO documents_v2 (id, hash, title, source, date, text, added_at)
        SELECT id, hash, title, source, date, text, added_at FROM documents ORDER BY id;
    DROP TABLE documents;
    ALTER TABLE documents_v2 RENAME TO documents;
    CREATE VIEW claims AS
        SELECT f.model AS subject, f.relation, f.other, f.value, f.unit, f.sentence,
               d.title AS document, f.document_id
        FROM facts f JOIN documents d ON d.id = f.document_id
        WHERE f.kind = 'claim';
    """,
    # Each fact says which rule tied it to its model ("name-bracket", "table-row", ...).
    """
    ALTER TABLE facts ADD COLUMN rule TEXT;
    """,
    # Corrections a person made (insights.corrections): kept apart from the documents, and
    # keyed on what outlives a re-extraction and a re-ingest (the document's content hash and
    # the fact's span and kind; a row's model name), never on fact or document ids.
    """
    CREATE TABLE corrections (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        action TEXT NOT NULL,           -- accept, reject, assign, organization, date
        model TEXT,                     -- the row's model; a fact's model as it was written
        value TEXT,                     -- assign: a model; organization: a name; date: ISO
        document_hash TEXT,             -- a fact's document: documents.hash
        "start" INTEGER,                -- a fact's span in its document's text, and its kind
        "end" INTEGER,
        kind TEXT,
        reason TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    );
    CREATE UNIQUE INDEX corrections_fact ON corrections(document_hash, "start", "end", kind)
        WHERE document_hash IS NOT NULL;
    CREATE INDEX corrections_model ON corrections(model) WHERE document_hash IS NULL;
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)

# Tables built from the facts (the models table), kept so that a new process reads them
# instead of building them again. Not a migration: they hold nothing that cannot be built
# again, and a database that keeps them stays readable by code from before them. Triggers
# count every write to what they are built from, by any writer; a kept table is read only
# while the count is the one its facts were read at.
GENERATION = "built_generation"  # the meta key the triggers count in
KEPT_TABLE = """
CREATE TABLE IF NOT EXISTS built_tables (
    name TEXT PRIMARY KEY,
    version TEXT NOT NULL,          -- the code that built it: insights.built.builder_version()
    generation INTEGER NOT NULL,    -- meta's built_generation when its facts were read
    data BLOB NOT NULL              -- Arrow IPC stream
)"""
COUNTED_TABLES = ("documents", "facts", "corrections")
COUNTERS = tuple(
    (f"built_count_{table}_{event.lower()}", table, event)
    for table in COUNTED_TABLES
    for event in ("INSERT", "UPDATE", "DELETE")
)
INSERT_FACT = "INSERT INTO facts (document_id, %s) VALUES (%s)" % (
    ", ".join(f'"{name}"' for name in FACT_FIELDS),
    ", ".join("?" * (len(FACT_FIELDS) + 1)),
)


class StoreError(Exception):
    """The database could not be opened, migrated or written."""


@dataclass(frozen=True)
class AddResult:
    """What adding one document did: its id, and whether it was new or a duplicate."""

    document_id: int
    added: bool
    duplicate: bool
    facts: int


@dataclass(frozen=True)
class Extracted:
    """A document to store with its facts as ``fact_rows`` (``digest`` computed when None)."""

    text: str
    rows: Sequence[tuple]
    title: str | None = None
    source: str | None = None
    date: str | None = None
    digest: str | None = None


@dataclass(frozen=True)
class StoredDocument:
    """A document as stored, with its text."""

    id: int
    title: str | None
    source: str | None
    date: str | None
    hash: str
    text: str
    added_at: str


def content_hash(text: str) -> str:
    """The hash that makes a document a duplicate: sha256 of its text, whitespace collapsed.

    >>> content_hash("a  b\\n") == content_hash(" a b")
    True
    """
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def fact_rows(facts: Iterable[Fact]) -> list[tuple]:
    """Facts as rows of ``FACT_FIELDS`` values, repeats dropped (see ``unique_facts``)."""
    return [tuple(getattr(f, name) for name in FACT_FIELDS) for f in unique_facts(facts)]


def unique_facts(facts: Iterable[Fact]) -> list[Fact]:
    """Facts with repeats dropped: the same statement in the same sentence counts once.

    Scraped pages often carry their text twice; offsets differ but the statement does not.
    """
    seen: set[tuple] = set()
    kept = []
    for fact in facts:
        key = (
            fact.kind, fact.value, fact.unit, fact.model, fact.organization, fact.qualifier,
            fact.relation, fact.other, " ".join(fact.sentence.split()),
        )  # fmt: skip
        if key not in seen:
            seen.add(key)
            kept.append(fact)
    return kept


def file_stem(source: str) -> str:
    """A file's or an address's last name without its extension: "notes/kite-7b.md" -> "kite-7b"."""
    name = source.rstrip("/").rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0] if "." in name else name


def text_title(title: str | None, *sources: str | None) -> str | None:
    """The title the extractor may read for a document: its own (front matter, a heading, a
    page's title, a JSONL field), not the file name shown when it has none. A file named
    "thursdai-2025-aug14.md" or "importai-397.md" names no model its text is about."""
    if title and any(source and title == file_stem(source) for source in sources):
        return None
    return title


def extract(text: str, title: str | None = None, date: str | None = None) -> list[Fact]:
    """The extractor's ``extract``, imported on first use: opening a store and reading its
    facts (all the dashboard does on most runs) needs none of its patterns."""
    from insights.extract.extractor import extract as extract_facts

    return extract_facts(text, title, date)


def default_db_path() -> Path:
    """The database file: ``$INSIGHTS_DB`` when set, else ``data/insights.db`` in the repo."""
    env = os.environ.get("INSIGHTS_DB")
    return Path(env) if env else DEFAULT_DB


class Store:
    """Documents and facts in one SQLite file (or ``":memory:"``).

    >>> with Store() as store:
    ...     store.add_document("Nothing to see here.", title="Empty").added
    True
    """

    def __init__(self, path: str | os.PathLike = ":memory:", *, create: bool = True):
        self.path = str(path)
        if self.path != ":memory:":
            if not create and not Path(self.path).is_file():
                raise StoreError(f"{self.path}: no such database file")
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            # Autocommit mode: transactions are opened explicitly with BEGIN IMMEDIATE.
            self._conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self._conn.execute("PRAGMA busy_timeout = 30000")
            self._conn.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                self._conn.execute("PRAGMA journal_mode = WAL")
                self._conn.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: {exc}") from exc

    # -- lifecycle -------------------------------------------------------------------------

    def _migrate(self) -> None:
        version = self._conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: schema version {version} is newer than this code ({SCHEMA_VERSION})"
            )
        if version == SCHEMA_VERSION:
            return
        # A migration that copies a table must not cascade deletes through its foreign keys;
        # the pragma cannot change inside a transaction, so it is set around them.
        self._conn.execute("PRAGMA foreign_keys = OFF")
        try:
            for number in range(version, SCHEMA_VERSION):
                with self._transaction():
                    # Under the write lock, the version again: another process opening the
                    # same old file at once may have run this migration since it was read.
                    if self._conn.execute("PRAGMA user_version").fetchone()[0] > number:
                        continue
                    for statement in _statements(MIGRATIONS[number]):
                        self._conn.execute(statement)
                    if self._conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
                        raise sqlite3.DatabaseError(f"migration {number + 1} broke a reference")
                    # PRAGMA takes no bound parameters; the value is our own integer.
                    self._conn.execute(f"PRAGMA user_version = {number + 1:d}")
        finally:
            self._conn.execute("PRAGMA foreign_keys = ON")

    def _transaction(self):
        return _Transaction(self._conn)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return self._conn.execute("PRAGMA user_version").fetchone()[0]

    # -- writing ---------------------------------------------------------------------------

    def add_document(
        self,
        text: str,
        *,
        title: str | None = None,
        source: str | None = None,
        date: str | None = None,
    ) -> AddResult:
        """Extract facts from ``text`` and store both in one transaction.

        A text already stored (same ``content_hash``) is not extracted again and adds nothing.
        """
        existing = self.find_hash(content_hash(text))
        if existing is not None:
            return AddResult(existing, added=False, duplicate=True, facts=0)
        return self.add_extracted(
            text, extract(text, text_title(title, source), date), title=title, source=source,
            date=date,
        )  # fmt: skip

    def add_extracted(
        self,
        text: str,
        facts: Sequence[Fact],
        *,
        title: str | None = None,
        source: str | None = None,
        date: str | None = None,
    ) -> AddResult:
        """Store a document and facts already extracted from it, in one transaction."""
        return self.add_rows(text, fact_rows(facts), title=title, source=source, date=date)

    def add_rows(
        self,
        text: str,
        rows: Sequence[tuple],
        *,
        title: str | None = None,
        source: str | None = None,
        date: str | None = None,
        digest: str | None = None,
    ) -> AddResult:
        """``add_extracted`` for facts as ``fact_rows``, cheaper to send between processes."""
        [result] = self.add_many([Extracted(text, rows, title, source, date, digest)])
        return result

    def add_many(self, documents: Iterable[Extracted]) -> list[AddResult]:
        """Store documents with their fact rows in one transaction; a text already stored
        (same ``content_hash``, here or earlier in ``documents``) adds nothing."""
        added_at = datetime.now(UTC).isoformat(timespec="seconds")
        results = []
        try:
            with self._transaction():
                for document in documents:
                    results.append(self._insert(document, added_at))
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: {exc}") from exc
        return results

    def _insert(self, document: Extracted, added_at: str) -> AddResult:
        digest = document.digest or content_hash(document.text)
        # Looked up first, not left to INSERT OR IGNORE: with AUTOINCREMENT an ignored insert
        # still uses up an id, and the same texts must get the same ids on every path.
        known = self.find_hash(digest)
        if known is not None:
            return AddResult(known, added=False, duplicate=True, facts=0)
        cursor = self._conn.execute(
            "INSERT INTO documents (hash, title, source, date, text, added_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (digest, document.title, document.source, document.date, document.text, added_at),
        )
        document_id = cursor.lastrowid
        self._conn.executemany(INSERT_FACT, [(document_id, *row) for row in document.rows])
        # The first document's facts name the extractor that read every fact since;
        # later ones keep an older stamp, so a mixed database still reads as stale.
        self._conn.execute(
            "INSERT OR IGNORE INTO meta (key, value)"
            " SELECT 'extractor', ? WHERE NOT EXISTS"
            " (SELECT 1 FROM documents WHERE id != ?)",
            (extractor_version(), document_id),
        )
        return AddResult(document_id, added=True, duplicate=False, facts=len(document.rows))

    def delete_document(self, document_id: int) -> bool:
        """Delete a document and its facts; False when there was no such document."""
        with self._transaction():
            cursor = self._conn.execute("DELETE FROM documents WHERE id = ?", (document_id,))
        return cursor.rowcount > 0

    def reextract(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Run the extractor again over every stored document; returns the facts stored.

        For when the extractor has improved since the documents were ingested.
        """
        ids = [row[0] for row in self._conn.execute("SELECT id FROM documents ORDER BY id")]
        total = 0
        for done, document_id in enumerate(ids, 1):
            row = self._conn.execute(
                "SELECT text, title, date, source FROM documents WHERE id = ?", (document_id,)
            ).fetchone()
            if row is not None:  # None: deleted by another writer since the list was read
                facts = fact_rows(extract(row[0], text_title(row[1], row[3]), row[2]))
                with self._transaction():
                    if self._conn.execute(
                        "SELECT 1 FROM documents WHERE id = ?", (document_id,)
                    ).fetchone():
                        self._conn.execute(
                            "DELETE FROM facts WHERE document_id = ?", (document_id,)
                        )
                        self._conn.executemany(INSERT_FACT, [(document_id, *row) for row in facts])
                        total += len(facts)
            if progress:
                progress(done, len(ids))
        self.set_meta("extractor", extractor_version())
        return total

    def facts_are_stale(self) -> bool:
        """Whether stored facts were read by another version of the extractor than this one
        (or by one from before versions were stamped): ``reextract`` brings them up to date."""
        stamp = self.get_meta("extractor")
        return stamp != extractor_version() and self.count_documents() > 0

    def set_meta(self, key: str, value: str) -> None:
        with self._transaction():
            self._conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def get_meta(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    # -- built tables, kept between processes -----------------------------------------------

    def keep_built(self) -> int:
        """Start keeping built tables if this database does not yet (the table, and the
        triggers that count writes); returns the count of writes now, the generation a table
        built from what is read next is kept at."""
        if self._keeps_built():
            return self._generation()
        try:
            with self._transaction():
                if self._keeps_built():  # another process started keeping them just now
                    return self._generation()
                self._conn.execute(KEPT_TABLE)
                for name, table, event in COUNTERS:
                    # Names and events are our own constants; DDL takes no bound parameters.
                    self._conn.execute(
                        f"CREATE TRIGGER IF NOT EXISTS {name} AFTER {event} ON {table} BEGIN"
                        f" UPDATE meta SET value = CAST(value AS INTEGER) + 1"
                        f" WHERE key = '{GENERATION}'; END"
                    )
                # Writes made while a trigger was missing went uncounted: a new generation
                # leaves every table kept before behind.
                self._conn.execute(
                    "INSERT INTO meta (key, value) VALUES (?, '0') ON CONFLICT(key)"
                    " DO UPDATE SET value = CAST(value AS INTEGER) + 1",
                    (GENERATION,),
                )
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: {exc}") from exc
        return self._generation()

    def _keeps_built(self) -> bool:
        names = {row[0] for row in self._conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' OR name = 'built_tables'"
        )}  # fmt: skip
        return "built_tables" in names and all(name in names for name, _, _ in COUNTERS)

    def _generation(self) -> int:
        row = self._conn.execute(
            "SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?", (GENERATION,)
        ).fetchone()
        return row[0] if row else -1

    def built(self, name: str, version: str) -> bytes | None:
        """The kept table ``name`` when code of ``version`` built it from the data as it is
        now; None otherwise (never kept, built by other code, or written to since)."""
        if not self._keeps_built():
            return None
        row = self._conn.execute(
            "SELECT data FROM built_tables WHERE name = ? AND version = ? AND generation ="
            " (SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?)",
            (name, version, GENERATION),
        ).fetchone()
        return row[0] if row else None

    def save_built(self, name: str, version: str, generation: int, data: bytes) -> bool:
        """Keep ``data`` as table ``name``, built by code of ``version`` from facts read at
        ``generation`` (``keep_built``'s count). Nothing is kept, and False returned, when
        anything was written since, or when the database is busy or cannot be written."""
        self._conn.execute("PRAGMA busy_timeout = 200")  # a cache: never wait on a writer
        try:
            with self._transaction():
                if not self._keeps_built() or self._generation() != generation:
                    return False
                self._conn.execute(
                    "INSERT INTO built_tables (name, version, generation, data)"
                    " VALUES (?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET"
                    " version = excluded.version, generation = excluded.generation,"
                    " data = excluded.data",
                    (name, version, generation, data),
                )
        except sqlite3.DatabaseError:
            return False
        finally:
            self._conn.execute("PRAGMA busy_timeout = 30000")
        return True

    # -- corrections -----------------------------------------------------------------------

    def add_corrections(self, corrections: Iterable[Correction]) -> list[int]:
        """Store corrections in one transaction (each checked first: ``CorrectionError``
        stores nothing); each replaces the one for its fact, or for its row and action.
        Returns their ids."""
        from insights.extract.keys import model_key

        rows = [checked(c) for c in corrections]
        now = datetime.now(UTC).isoformat(timespec="seconds")
        ids = []
        try:
            with self._transaction():
                for c in rows:
                    if c.on_fact:
                        self._conn.execute(
                            'DELETE FROM corrections WHERE document_hash = ? AND "start" = ?'
                            ' AND "end" = ? AND kind = ?',
                            (c.document_hash, c.start, c.end, c.kind),
                        )
                    else:
                        same = [
                            (row_id,)
                            for row_id, model in self._conn.execute(
                                "SELECT id, model FROM corrections"
                                " WHERE document_hash IS NULL AND action = ?",
                                (c.action,),
                            )
                            if model_key(model or "") == model_key(c.model)
                        ]
                        self._conn.executemany("DELETE FROM corrections WHERE id = ?", same)
                    cursor = self._conn.execute(
                        "INSERT INTO corrections (action, model, value, document_hash,"
                        ' "start", "end", kind, reason, created_at)'
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (c.action, c.model, c.value, c.document_hash, c.start, c.end, c.kind,
                         c.reason, c.created_at or now),
                    )  # fmt: skip
                    ids.append(cursor.lastrowid)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: {exc}") from exc
        return ids

    def add_correction(self, correction: Correction) -> int:
        """Store one correction (see ``add_corrections``); returns its id."""
        return self.add_corrections([correction])[0]

    def undo_correction(self, correction_id: int) -> bool:
        """Delete a correction; False when there was no such correction."""
        with self._transaction():
            cursor = self._conn.execute("DELETE FROM corrections WHERE id = ?", (correction_id,))
        return cursor.rowcount > 0

    def corrections(self) -> list[Correction]:
        """Every correction, oldest first, with the id of the stored document it names (None
        when no stored document has that hash) and the characters of its span there."""
        rows = self._conn.execute(
            'SELECT c.action, c.model, c.value, c.document_hash, c."start", c."end",'
            " c.kind, c.reason, c.created_at, c.id, d.id,"
            ' substr(d.text, c."start" + 1, c."end" - c."start")'
            " FROM corrections c LEFT JOIN documents d ON d.hash = c.document_hash"
            " ORDER BY c.id"
        ).fetchall()
        return [Correction(*row) for row in rows]

    def document_hashes(self, document_ids: Iterable[int]) -> dict[int, str]:
        """The content hash of each stored document among ``document_ids``."""
        ids = sorted({int(i) for i in document_ids})
        hashes: dict[int, str] = {}
        for at in range(0, len(ids), MAX_BOUND_IDS):
            chunk = ids[at : at + MAX_BOUND_IDS]
            hashes.update(
                self._conn.execute(
                    f"SELECT id, hash FROM documents WHERE id IN ({', '.join('?' * len(chunk))})",
                    chunk,
                ).fetchall()
            )
        return hashes

    # -- reading ---------------------------------------------------------------------------

    def find_hash(self, digest: str) -> int | None:
        """The id of the document with this content hash, if stored."""
        row = self._conn.execute("SELECT id FROM documents WHERE hash = ?", (digest,)).fetchone()
        return row[0] if row else None

    def count_documents(self) -> int:
        return self._conn.execute("SELECT count(*) FROM documents").fetchone()[0]

    def documents(self) -> pd.DataFrame:
        """Every document without its text: id, title, source, date, hash, added_at, facts."""
        return pd.read_sql_query(
            "SELECT d.id, d.title, d.source, d.date, d.hash, d.added_at,"
            " length(d.text) AS characters,"
            " (SELECT count(*) FROM facts f WHERE f.document_id = d.id) AS facts"
            " FROM documents d ORDER BY d.id",
            self._conn,
        )

    def document(self, document_id: int) -> StoredDocument | None:
        """One document with its text, or None."""
        row = self._conn.execute(
            "SELECT id, title, source, date, hash, text, added_at FROM documents WHERE id = ?",
            (document_id,),
        ).fetchone()
        return StoredDocument(*row) if row else None

    def facts(
        self, document_ids: Iterable[int] | None = None, kinds: Iterable[str] | None = None
    ) -> pd.DataFrame:
        """Every fact (all ``Fact`` fields) with its document's id, title, source and date;
        only those of ``document_ids`` and of the ``kinds`` given, when they are."""
        sql = (
            "SELECT f.kind, f.value, f.unit, f.model, f.organization, f.qualifier,"
            ' f."start", f."end", f.sentence, f.sentence_start, f.relation, f.other, f.rule,'
            " f.document_id, d.title, d.source, d.date"
            " FROM facts f JOIN documents d ON d.id = f.document_id"
        )
        params: list[int | str] = []
        where = []
        ids = None if document_ids is None else [int(i) for i in document_ids]
        wanted = None if kinds is None else [str(k) for k in kinds]
        if (ids is not None and not ids) or (wanted is not None and not wanted):
            return pd.DataFrame(columns=list(FACT_COLUMNS))
        # One placeholder per value: still bound parameters, never formatted values.
        if ids is not None and len(ids) <= MAX_BOUND_IDS:
            where.append(f"f.document_id IN ({', '.join('?' * len(ids))})")
            params += ids
        if wanted is not None:
            where.append(f"f.kind IN ({', '.join('?' * len(wanted))})")
            params += wanted
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY f.document_id, f.id"
        facts = pd.read_sql_query(sql, self._conn, params=params)
        if ids is not None and len(ids) > MAX_BOUND_IDS:
            facts = facts[facts["document_id"].isin(set(ids))].reset_index(drop=True)
        return facts

    def claims(self) -> pd.DataFrame:
        """The claims table: subject, relation, other, value, unit, sentence, document."""
        from insights.tables import claims_table

        return claims_table(self.facts())

    def models(self, **kwargs) -> pd.DataFrame:
        """The models table over every stored fact, with the stored corrections applied;
        keyword arguments go to ``build_models``."""
        from insights.table.corrections import build_corrected

        return build_corrected(self.facts(), self.corrections(), **kwargs)[0]


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def __enter__(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type, exc, tb) -> None:
        self.conn.execute("ROLLBACK" if exc_type else "COMMIT")


def _statements(script: str) -> list[str]:
    """Split a migration into statements (``executescript`` would commit on its own)."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    return [s for s in statements if s]


# -- the bundled corpus --------------------------------------------------------------------


def corpus_build_pending(store: Store) -> bool:
    """Whether ``ensure_corpus`` has work to do: a first build, or one left unfinished."""
    if store.get_meta("corpus") is not None:
        return False
    return store.get_meta("corpus_started") is not None or store.count_documents() == 0
