"""The command line, run as a user would: ``python -m insights ...`` in a subprocess."""

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from insights.cli import main
from insights.fact import Fact
from insights.store import Store

ROOT = Path(__file__).resolve().parent.parent
SENTENCE = "Chinchilla is a 70B-parameter model trained on 1.4 trillion tokens."


def run(*args, stdin=None, env=None):
    return subprocess.run(
        [sys.executable, "-m", "insights", *map(str, args)], cwd=ROOT, input=stdin,
        capture_output=True, text=True, timeout=120, env={**os.environ, **(env or {})},
    )  # fmt: skip


def fact(model, value, org, kind="parameters"):
    return Fact(kind=kind, value=value, unit=kind, model=model, organization=org,
                qualifier=None, start=0, end=1, sentence=f"{model} has {value:g}.")  # fmt: skip


@pytest.fixture
def db(tmp_path):
    """A database with facts from three organizations, written without the extractor."""
    path = tmp_path / "cli.db"
    with Store(path) as store:
        store.add_extracted("Doc one.", [fact("Gopher", 280e9, "DeepMind"),
                                         fact("=Evil", 1e9, "OpenAI")], title="One")  # fmt: skip
        store.add_extracted("Doc two.", [fact("Chinchilla", 70e9, "Google DeepMind"),
                                         fact("LLaMA", 65e9, "Meta")], title="Two")  # fmt: skip
    return path


def test_ingest_then_export(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.md").write_text(f"---\ntitle: Chinchilla\ndate: 2022-03-29\n---\n{SENTENCE}\n")
    (folder / "b.txt").write_text("Gopher is a 280B-parameter model.\n")
    db = tmp_path / "x.db"
    done = run("ingest", folder, "--db", db)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("2 documents added, 0 skipped as duplicates, 0 failed;")
    again = run("ingest", folder / "a.md", "--db", db, "--workers", "2")
    assert again.stdout.startswith("0 documents added, 1 skipped as duplicates, 0 failed;")
    documents = run("export", "--table", "documents", "--format", "json", "--db", db)
    assert [d["title"] for d in json.loads(documents.stdout)] == ["Chinchilla", "b"]


def test_exit_status_says_a_file_failed(tmp_path):
    (tmp_path / "good.txt").write_text(SENTENCE)
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\x00binary")
    done = run("ingest", tmp_path / "good.txt", tmp_path / "bad.txt", "--db", tmp_path / "x.db")
    assert done.returncode == 1
    assert f"error: {tmp_path / 'bad.txt'}: binary file, not text" in done.stderr
    assert done.stdout.startswith("1 documents added, 0 skipped as duplicates, 1 failed;")


def test_export_csv_with_org_alias(db, tmp_path):
    out = tmp_path / "models.csv"
    done = run("export", "--table", "models", "--org", "deepmind", "-o", out, "--db", db)
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert sorted(r["model"] for r in rows) == ["Chinchilla", "Gopher"]
    assert {r["organization"] for r in rows} == {"DeepMind"}


def test_export_json_facts_for_two_orgs(db):
    done = run("export", "--table", "facts", "--org", "FAIR", "--org", "GDM", "--format", "json",
               "--db", db)  # fmt: skip
    assert sorted(f["model"] for f in json.loads(done.stdout)) == ["Chinchilla", "Gopher", "LLaMA"]


def test_export_documents_by_org(db):
    done = run("export", "--table", "documents", "--org", "meta", "--format", "json", "--db", db)
    assert [d["title"] for d in json.loads(done.stdout)] == ["Two"]


def test_csv_export_neutralizes_formulas(db):
    done = run("export", "--table", "facts", "--org", "openai", "--db", db)
    [row] = list(csv.DictReader(io.StringIO(done.stdout)))
    assert row["model"] == "'=Evil"


def test_ingest_stdin_and_pasted_text(tmp_path):
    db = tmp_path / "x.db"
    done = run("ingest", "-", "--text", "Gopher is a 280B-parameter model.", "--title", "Pasted",
               "--date", "2021-12-08", "--db", db, stdin=SENTENCE)  # fmt: skip
    assert done.returncode == 0, done.stderr
    with Store(db) as store:
        assert store.documents()[["title", "source", "date"]].values.tolist() == [
            ["Pasted", "(pasted)", "2021-12-08"]] * 2  # fmt: skip


def test_insights_db_environment_variable(tmp_path):
    (tmp_path / "a.txt").write_text(SENTENCE)
    done = run("ingest", tmp_path / "a.txt", env={"INSIGHTS_DB": str(tmp_path / "env.db")})
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "env.db").exists()


def test_extract_prints_json_lines(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(SENTENCE, encoding="utf-8")
    done = run("extract", path)
    assert done.returncode == 0, done.stderr
    facts = [json.loads(line) for line in done.stdout.splitlines()]
    assert all(set(f) >= {"kind", "value", "model", "sentence"} for f in facts)
    assert run("extract", "-", stdin=SENTENCE).stdout == done.stdout


def test_usage_errors(tmp_path, capsys):
    assert main(["ingest", "--db", str(tmp_path / "x.db")]) == 2
    assert "nothing to ingest" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["export", "--table", "nope"])


def test_ingest_says_when_stored_facts_are_from_another_extractor(tmp_path):
    db = tmp_path / "x.db"
    first = run("ingest", "--text", SENTENCE, "--db", db)
    assert first.returncode == 0 and "reextract" not in first.stderr
    with Store(db) as store:
        store.set_meta("extractor", "an-older-one")
    second = run("ingest", "--text", "Gopher is a 280B-parameter model.", "--db", db)
    assert second.returncode == 0
    assert "python -m insights reextract" in second.stderr
    again = run("reextract", "--db", db)
    assert again.returncode == 0, again.stderr
    third = run("ingest", "--text", "GPT-3 has 175B parameters.", "--db", db)
    assert "reextract" not in third.stderr
