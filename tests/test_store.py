"""The SQLite store: documents, facts, duplicates, transactions, schema version, WAL."""

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from insights import store as store_module
from insights.fact import Fact
from insights.ingest import ensure_corpus
from insights.store import (
    FACT_COLUMNS,
    SCHEMA_VERSION,
    Store,
    StoreError,
    default_db_path,
    unique_facts,
)

SENTENCE = "Chinchilla is a 70B-parameter model trained on 1.4 trillion tokens."
TEXT = "Intro. " + SENTENCE


def fact(kind="parameters", value=7e10, model="Chinchilla", start=23, **kw):
    defaults = dict(
        unit="parameters", organization="DeepMind", qualifier=None, end=start + 3,
        sentence=SENTENCE, sentence_start=7,
    )  # fmt: skip
    return Fact(kind=kind, value=value, model=model, start=start, **{**defaults, **kw})


FACTS = [fact(), fact("training_tokens", 1.4e12, start=54, unit="tokens")]


def test_add_extracted_stores_document_and_facts():
    with Store() as store:
        result = store.add_extracted(TEXT, FACTS, title="Chinchilla", source="a.md", date="2022")
        assert (result.added, result.duplicate, result.facts) == (True, False, 2)
        facts = store.facts()
        assert list(facts.columns) == list(FACT_COLUMNS)
        assert facts["kind"].tolist() == ["parameters", "training_tokens"]
        assert set(facts["title"]) == {"Chinchilla"} and set(facts["source"]) == {"a.md"}
        row = facts.iloc[0]
        assert Fact(**{name: row[name] for name in Fact.__dataclass_fields__}) == FACTS[0]


def test_same_text_twice_adds_nothing():
    with Store() as store:
        first = store.add_extracted(TEXT, FACTS)
        again = store.add_extracted(TEXT + "\n\n", FACTS)  # whitespace does not make it new
        assert again == store_module.AddResult(first.document_id, False, True, 0)
        assert store.count_documents() == 1 and len(store.facts()) == 2


def test_add_document_runs_the_extractor(monkeypatch):
    monkeypatch.setattr(store_module, "extract", lambda text, title=None, date=None: FACTS)
    with Store() as store:
        assert store.add_document(TEXT, title="t").facts == 2
        calls = []
        monkeypatch.setattr(
            store_module, "extract", lambda text, title=None, date=None: calls.append(text) or []
        )
        assert store.add_document(TEXT).duplicate
        assert calls == []  # a known text is not extracted again


def test_repeated_statements_count_once():
    repeated = FACTS + [fact(start=23 + len(TEXT) + 1, sentence_start=7 + len(TEXT) + 1)]
    assert unique_facts(repeated) == FACTS
    with Store() as store:
        assert store.add_extracted(TEXT + "\n" + TEXT, repeated).facts == 2


def test_document_and_documents():
    with Store() as store:
        document_id = store.add_extracted(TEXT, FACTS, title="T", source="s", date="2022-03-29")
        doc = store.document(document_id.document_id)
        assert (doc.title, doc.source, doc.date, doc.text) == ("T", "s", "2022-03-29", TEXT)
        assert store.document(999) is None
        table = store.documents()
        assert table[["title", "facts"]].values.tolist() == [["T", 2]]
        assert "text" not in table.columns


def test_delete_document_removes_its_facts():
    with Store() as store:
        kept = store.add_extracted("Other text.", [fact(model="Gopher")]).document_id
        gone = store.add_extracted(TEXT, FACTS).document_id
        assert store.delete_document(gone) is True
        assert store.delete_document(gone) is False
        assert store.facts()["document_id"].tolist() == [kept]


def test_facts_for_some_documents():
    with Store() as store:
        a = store.add_extracted("A.", [fact(model="A")]).document_id
        store.add_extracted("B.", [fact(model="B")])
        assert store.facts([a])["model"].tolist() == ["A"]
        assert store.facts([]).empty
        assert store.facts([a, *range(1000, 3000)])["model"].tolist() == ["A"]  # many ids


def test_facts_of_some_kinds():
    with Store() as store:
        a = store.add_extracted(TEXT, FACTS).document_id
        b = store.add_extracted("B. " + SENTENCE, [fact(model="B", start=19)]).document_id
        assert store.facts(kinds=["training_tokens"])["kind"].tolist() == ["training_tokens"]
        assert store.facts(kinds=("parameters",))["document_id"].tolist() == [a, b]
        assert store.facts([b], kinds=["parameters", "claim"])["model"].tolist() == ["B"]
        assert store.facts(kinds=[]).empty and list(store.facts(kinds=[])) == list(FACT_COLUMNS)


def test_failed_write_leaves_nothing_half_written():
    bad = [FACTS[0], fact(kind=None)]  # kind is NOT NULL: the second insert fails
    with Store() as store:
        with pytest.raises(StoreError):
            store.add_extracted(TEXT, bad)
        assert store.count_documents() == 0 and store.facts().empty
        assert store.add_extracted(TEXT, FACTS).added  # and the store still works


def test_claims_view_and_table():
    claim = fact("claim", 10.0, unit="x", relation="smaller than", other="GPT-3")
    with Store() as store:
        store.add_extracted(TEXT, [claim], title="Doc")
        claims = store.claims()
        assert claims[["subject", "relation", "other", "document"]].values.tolist() == [
            ["Chinchilla", "smaller than", "GPT-3", "Doc"]
        ]
        view = store._conn.execute("SELECT subject, other FROM claims").fetchall()
        assert view == [("Chinchilla", "GPT-3")]


def test_file_store_uses_wal_and_schema_version(tmp_path):
    path = tmp_path / "sub" / "insights.db"
    with Store(path) as store:
        assert store._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.schema_version == SCHEMA_VERSION
        store.add_extracted(TEXT, FACTS)
    with Store(str(path)) as again:  # reopening migrates nothing and keeps everything
        assert again.count_documents() == 1


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer than this code"):
        Store(path)


def test_not_a_database_is_a_store_error(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="junk.db"):
        Store(path)


def test_reader_works_while_a_writer_holds_a_transaction(tmp_path):
    path = tmp_path / "shared.db"
    with Store(path) as writer, Store(path) as reader:
        writer.add_extracted("First.", [fact()])
        writer._conn.execute("BEGIN IMMEDIATE")
        writer._conn.execute(
            "INSERT INTO documents (hash, text, added_at) VALUES (?, ?, ?)", ("h", "x", "now")
        )
        assert len(reader.documents()) == 1 and len(reader.facts()) == 1  # not blocked
        writer._conn.execute("COMMIT")
        assert len(reader.documents()) == 2


def test_default_db_path_honours_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("INSIGHTS_DB", str(tmp_path / "x.db"))
    assert default_db_path() == tmp_path / "x.db"
    monkeypatch.delenv("INSIGHTS_DB")
    assert default_db_path() == store_module.DEFAULT_DB


def test_ensure_corpus_builds_once(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text("---\ntitle: A\ndate: 2022-01-01\n---\nFirst text.\n")
    (corpus / "b.md").write_text("Second text.\n")
    seen = []
    with Store(tmp_path / "db.sqlite") as store:
        summary = ensure_corpus(store, corpus, progress=lambda done, total: seen.append(total))
        assert (summary.added, summary.failed) == (2, 0)
        assert seen == [2, 2]
        assert ensure_corpus(store, corpus) is None  # second use: nothing to do
        assert store.documents()["title"].tolist() == ["A", "b"]


def test_ensure_corpus_without_corpus_does_nothing(tmp_path):
    with Store() as store:
        assert ensure_corpus(store, tmp_path / "missing") is None
        assert store.get_meta("corpus") is None


def test_facts_know_which_extractor_read_them():
    from insights.extract.extractor import extractor_version

    with Store(":memory:") as store:
        assert not store.facts_are_stale()  # nothing stored, nothing stale
        store.add_document("GPT-3 has 175B parameters.")
        assert store.get_meta("extractor") == extractor_version()
        assert not store.facts_are_stale()
        store.set_meta("extractor", "an-older-one")
        store.add_document("Gopher has 280B parameters.")
        assert store.get_meta("extractor") == "an-older-one"  # a mixed store stays stale
        assert store.facts_are_stale()
        assert store.reextract() == 2
        assert not store.facts_are_stale()


def test_reading_a_store_does_not_import_the_extractor():
    """The extractor compiles its patterns when imported (about 0.4 s): the dashboard only
    reads facts and asks whether they are stale, and must not pay for it on a cold start."""
    code = (
        "import sys, insights.store, insights.tables, insights_ui\n"
        "with insights.store.Store() as store: store.facts_are_stale(); store.facts()\n"
        "print(sorted(m for m in ('insights.extract.extractor', 'insights.extract.linking')"
        " if m in sys.modules))"
    )
    repo = Path(__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "-c", code], cwd=repo, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_a_store_from_before_stamps_is_stale(tmp_path):
    path = tmp_path / "old.db"
    with Store(path) as store:
        store.add_document("GPT-3 has 175B parameters.")
        store._conn.execute("DELETE FROM meta WHERE key = 'extractor'")  # as older versions left it
    with Store(path) as store:
        assert store.facts_are_stale()
