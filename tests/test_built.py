"""The models table kept in the store: read back exactly as it was built, and never once the
data or the code it was built from has changed, whoever wrote to the database."""

from __future__ import annotations

import sqlite3

import pandas as pd
import pytest
from dashboard_data import facts_of, fill

import insights.built as built
from insights.built import build_models, builder_version, kept_models, kept_table
from insights.corrections import Correction
from insights.store import Store

NEW_TEXT = "Initech announced Kite-9, a model with 9B parameters."
NEW_DOCUMENT = (NEW_TEXT, facts_of(NEW_TEXT, [("9B parameters", "parameters", 9e9, "Kite-9",
                                                "Initech", None)]))  # fmt: skip


@pytest.fixture
def db(tmp_path):
    return fill(tmp_path / "insights.db")


class Builds:
    """A build that counts its calls."""

    def __init__(self, store: Store):
        self.store, self.calls = store, 0

    def __call__(self) -> pd.DataFrame:
        self.calls += 1
        return build_models(self.store)[0]


def row(table: pd.DataFrame, model: str) -> dict | None:
    rows = table[table["model"] == model]
    return rows.iloc[0].to_dict() if len(rows) else None


def cell(table: pd.DataFrame, model: str, column: str):
    """A model's value in ``column``; None when the table has no row for it."""
    found = row(table, model)
    return None if found is None else found[column]


def gpt3_fact(store: Store) -> dict:
    fact = store.facts().iloc[0]
    digest = store.document_hashes([fact["document_id"]])[fact["document_id"]]
    return {"document_hash": digest, "start": int(fact["start"]), "end": int(fact["end"]),
            "kind": fact["kind"], "model": fact["model"]}  # fmt: skip


def on_disk(path, sql: str) -> None:
    """A write by another program, straight through sqlite3."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(sql)
    conn.close()


def add_elsewhere(path) -> None:
    """A document added through another connection, as the CLI's ingest would."""
    with Store(path) as other:
        other.add_extracted(*NEW_DOCUMENT, title="Kite")


def reject_gpt3(store: Store) -> None:
    store.add_correction(Correction("reject", **gpt3_fact(store)))


def undo_last(store: Store) -> None:
    store.undo_correction(store.corrections()[-1].id)


def reextract_as(store: Store, monkeypatch) -> None:
    """A re-extraction whose extractor finds one size fewer in the GPT-3 notes."""
    import insights.store

    def extract(text, title=None, date=None):
        return [] if "GPT-3" in text else facts_of_document(text)

    monkeypatch.setattr(insights.store, "extract", extract)
    store.reextract()


def facts_of_document(text: str):
    from dashboard_data import DOCUMENTS

    return next(facts_of(t, specs) for _, _, t, specs in DOCUMENTS if t == text)


# (id, how the database is changed, what the table says after it). Each is made after the
# table was kept; the kept table must never be read again.
WRITES = [
    ("a document added",
     lambda store, path, mp: store.add_extracted(*NEW_DOCUMENT, title="Kite", date="2024"),
     lambda table: cell(table, "Kite-9", "parameters") == 9e9),
    ("a document deleted", lambda store, path, mp: store.delete_document(1),
     lambda table: row(table, "GPT-3") is None),
    ("a fact rejected", lambda store, path, mp: reject_gpt3(store),
     lambda table: cell(table, "GPT-3", "corrected") == "parameters"),
    ("an organization set",
     lambda store, path, mp: store.add_correction(Correction("organization", model="GPT-3",
                                                             value="Initech")),
     lambda table: cell(table, "GPT-3", "organization") == "Initech"),
    ("a re-extraction", lambda store, path, mp: reextract_as(store, mp),
     lambda table: row(table, "GPT-3") is None),
    ("another program edits a fact",
     lambda store, path, mp: on_disk(path, "UPDATE facts SET value = 176e9 WHERE id = 1"),
     lambda table: cell(table, "GPT-3", "parameters") == 176e9),
    ("another program renames a document",
     lambda store, path, mp: on_disk(path, "UPDATE documents SET title = 'Notes' WHERE id = 1"),
     lambda table: cell(table, "GPT-3", "document") == "Notes"),
    ("another connection adds a document", lambda store, path, mp: add_elsewhere(path),
     lambda table: row(table, "Kite-9") is not None),
]  # fmt: skip


@pytest.mark.parametrize(("write", "shows"), [w[1:] for w in WRITES], ids=[w[0] for w in WRITES])
def test_after_any_write_the_table_is_built_again(db, monkeypatch, write, shows):
    with Store(db) as store:
        builds = Builds(store)
        before = kept_table(store, "models", builds)
        assert kept_table(store, "models", builds).equals(before) and builds.calls == 1
        write(store, db, monkeypatch)
        after = kept_table(store, "models", builds)
        assert builds.calls == 2
        assert shows(after) and not shows(before)
        pd.testing.assert_frame_equal(after, build_models(store)[0])
        assert kept_table(store, "models", builds).equals(after) and builds.calls == 2


def test_undoing_a_correction_builds_the_table_again(db):
    with Store(db) as store:
        reject_gpt3(store)
        builds = Builds(store)
        assert row(kept_table(store, "models", builds), "GPT-3")["corrected"] == "parameters"
        undo_last(store)
        assert row(kept_table(store, "models", builds), "GPT-3")["corrected"] is None
        assert builds.calls == 2


# What leaves the data as it was: the kept table is still read.
NOT_WRITES = [
    ("a text already stored", lambda store: store.add_document(store.document(1).text)),
    ("reading everything", lambda store: (store.facts(), store.documents(), store.corrections())),
    ("undoing a correction that is gone", lambda store: store.undo_correction(999)),
    ("another connection opens it", lambda store: Store(store.path).close()),
]


@pytest.mark.parametrize("change", [n[1] for n in NOT_WRITES], ids=[n[0] for n in NOT_WRITES])
def test_what_writes_nothing_keeps_the_table(db, change):
    with Store(db) as store:
        builds = Builds(store)
        kept_table(store, "models", builds)
        change(store)
        kept_table(store, "models", builds)
        assert builds.calls == 1


def test_the_kept_table_reads_back_exactly_as_built(db):
    with Store(db) as store:
        reject_gpt3(store)
        store.add_correction(Correction("date", model="PaLM", value="2022-04"))
        built_now = kept_models(store)
        read_back = kept_table(store, "models", lambda: pytest.fail("built again"))
    pd.testing.assert_frame_equal(read_back, built_now)
    assert list(read_back.dtypes) == list(built_now.dtypes)
    assert row(read_back, "PaLM")["corrected"] == "date"


def test_an_empty_table_reads_back_empty(tmp_path):
    with Store(tmp_path / "empty.db") as store:
        built_now = kept_models(store)
        read_back = kept_table(store, "models", lambda: pytest.fail("built again"))
    assert read_back.empty
    pd.testing.assert_frame_equal(read_back, built_now)


def test_a_table_built_by_other_code_is_built_again(db, monkeypatch):
    with Store(db) as store:
        builds = Builds(store)
        kept_table(store, "models", builds)
        monkeypatch.setattr(built, "builder_version", lambda: "other code")
        kept_table(store, "models", builds)
        assert builds.calls == 2


def test_a_write_during_the_build_keeps_nothing(db):
    """Another writer between the facts being read and the table being kept."""
    with Store(db) as store:

        def build_then_write():
            table = build_models(store)[0]
            add_elsewhere(db)
            return table

        assert row(kept_table(store, "models", build_then_write), "Kite-9") is None
        assert row(kept_models(store), "Kite-9") is not None


def test_a_count_taken_before_the_facts_were_read_keeps_nothing_after_a_write(db):
    """The dashboard reads its facts first and passes the count it read them at."""
    with Store(db) as store:
        generation = store.keep_built()
        stale = build_models(store)[0]
        store.add_extracted(*NEW_DOCUMENT, title="Kite")
        kept_table(store, "models", lambda: stale, generation)
        assert row(kept_models(store), "Kite-9") is not None


def test_a_lost_trigger_makes_the_kept_table_unread(db):
    """A migration that copies a table drops its triggers: writes would go uncounted."""
    with Store(db) as store:
        builds = Builds(store)
        kept_table(store, "models", builds)
    on_disk(db, "DROP TRIGGER built_count_facts_update")
    on_disk(db, "UPDATE facts SET value = 176e9 WHERE id = 1")
    with Store(db) as store:
        builds = Builds(store)
        assert row(kept_table(store, "models", builds), "GPT-3")["parameters"] == 176e9
        assert builds.calls == 1
        on_disk(db, "UPDATE facts SET value = 177e9 WHERE id = 1")  # counted again
        assert row(kept_table(store, "models", builds), "GPT-3")["parameters"] == 177e9


def test_a_database_another_writer_holds_costs_only_the_build(db):
    with Store(db) as store:
        store.keep_built()
        holder = sqlite3.connect(db, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            builds = Builds(store)
            assert not kept_table(store, "models", builds).empty
            kept_table(store, "models", builds)
            assert builds.calls == 2  # nothing could be kept
        finally:
            holder.execute("ROLLBACK")
            holder.close()


def test_a_database_from_before_keeps_nothing_until_asked(db):
    """Code from before kept tables opens the database as it always did."""
    with sqlite3.connect(db) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "built_tables" not in names and not any(n.startswith("built_") for n in names)
    with Store(db) as store:
        assert store.built("models", builder_version()) is None


# (file changed, whether the fingerprint changes): every module of the package and the
# tables the build reads.
FINGERPRINTED = [
    ("insights/tables.py", True),
    ("insights/table/identity.py", True),
    ("insights/extract/names.py", True),
    ("data/organizations.csv", True),
    ("data/reference/models.csv", True),
    ("data/corpus/notes.md", False),
    ("README.md", False),
]


@pytest.mark.parametrize(("name", "changes"), FINGERPRINTED, ids=[f[0] for f in FINGERPRINTED])
def test_the_fingerprint_follows_the_code_and_tables_the_build_reads(
    tmp_path, monkeypatch, name, changes
):
    for path in [f[0] for f in FINGERPRINTED]:
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text("before")
    monkeypatch.setattr(built, "PACKAGE", tmp_path / "insights")
    monkeypatch.setattr(built, "DATA", tmp_path / "data")
    before = builder_version()
    (tmp_path / name).write_text("after")
    assert (builder_version() != before) == changes


def test_the_bundled_build_keeps_its_models_table(tmp_path):
    from insights.ingest import ensure_corpus

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text("---\ndate: 2021-12-08\n---\nDeepMind's Gopher has 280B"
                                 " parameters.\n")  # fmt: skip
    with Store(tmp_path / "db.sqlite") as store:
        ensure_corpus(store, corpus)
        read_back = kept_table(store, "models", lambda: pytest.fail("built again"))
        pd.testing.assert_frame_equal(read_back, build_models(store)[0])
        assert cell(read_back, "Gopher", "parameters") == 280e9
