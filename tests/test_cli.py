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
from insights.corrections import Correction
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
    assert again.stdout.startswith("0 documents added, 1 skipped as a duplicate, 0 failed;")
    documents = run("export", "--table", "documents", "--format", "json", "--db", db)
    assert [d["title"] for d in json.loads(documents.stdout)] == ["Chinchilla", "b"]


def test_exit_status_says_a_file_failed(tmp_path):
    (tmp_path / "good.txt").write_text(SENTENCE)
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\x00binary")
    done = run("ingest", tmp_path / "good.txt", tmp_path / "bad.txt", "--db", tmp_path / "x.db")
    assert done.returncode == 1
    assert f"error: {tmp_path / 'bad.txt'}: binary file, not text" in done.stderr
    assert done.stdout.startswith("1 document added, 0 skipped as duplicates, 1 failed;")


def test_export_csv_with_org_alias(db, tmp_path):
    out = tmp_path / "models.csv"
    done = run("export", "--table", "models", "--org", "deepmind", "-o", out, "--db", db)
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert sorted(r["model"] for r in rows) == ["Chinchilla", "Gopher"]
    assert {r["organization"] for r in rows} == {"DeepMind"}


def test_reading_a_database_does_not_load_the_extractor(db):
    # (compiling the extractor's patterns takes a second or more: `export --db` need not wait)
    code = ("import sys; from insights.cli import main; main(sys.argv[1:]);"
            "print('insights.extract.quantities' in sys.modules, file=sys.stderr)")  # fmt: skip
    args = ["export", "--table", "models", "--db", str(db)]
    done = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Gopher" in done.stdout
    assert done.stderr.strip() == "False"


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


def test_ingest_says_when_stored_facts_are_from_another_extractor(tmp_path, capsys):
    # (in-process: the message is the point, and four children would each load the extractor)
    db = str(tmp_path / "x.db")
    assert main(["ingest", "--text", SENTENCE, "--db", db, "--no-progress"]) == 0
    assert "reextract" not in capsys.readouterr().err
    with Store(db) as store:
        store.set_meta("extractor", "an-older-one")
    gopher = "Gopher is a 280B-parameter model."
    assert main(["ingest", "--text", gopher, "--db", db, "--no-progress"]) == 0
    assert "python -m insights reextract" in capsys.readouterr().err
    assert main(["reextract", "--db", db]) == 0
    capsys.readouterr()
    gpt3 = "GPT-3 has 175B parameters."
    assert main(["ingest", "--text", gpt3, "--db", db, "--no-progress"]) == 0
    assert "reextract" not in capsys.readouterr().err


# --- corrections ----------------------------------------------------------------------------


def document_hash(path, title) -> str:
    with Store(path) as store:
        documents = store.documents()
    return documents.loc[documents["title"] == title, "hash"].item()


def test_a_team_shares_its_corrections_through_a_csv(db, tmp_path):
    with Store(db) as store:
        store.add_correction(Correction("organization", model="Gopher", value="Acme Labs",
                                        reason="=the lab's own page"))  # fmt: skip
        store.add_correction(Correction("reject", model="=Evil", kind="parameters", start=0,
                                        end=1, document_hash=document_hash(db, "One")))  # fmt: skip
    shared = tmp_path / "corrections.csv"
    assert main(["export", "--table", "corrections", "-o", str(shared), "--db", str(db)]) == 0
    text = shared.read_text(encoding="utf-8")
    assert "'=Evil" in text and "'=the lab's own page" in text  # inert in a spreadsheet

    theirs = tmp_path / "theirs.db"
    with Store(theirs) as store:  # the same two documents, read on another machine
        store.add_extracted("Doc one.", [fact("Gopher", 280e9, "DeepMind"),
                                         fact("=Evil", 1e9, "OpenAI")], title="One")  # fmt: skip
        store.add_extracted("Doc two.", [fact("Chinchilla", 70e9, "Google DeepMind")])
    done = run("corrections", "apply", shared, "--db", theirs)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "2 corrections applied"

    models = tmp_path / "models.csv"
    assert main(["export", "--table", "models", "-o", str(models), "--db", str(theirs)]) == 0
    rows = {r["model"]: r for r in csv.DictReader(io.StringIO(models.read_text("utf-8")))}
    assert set(rows) == {"Gopher", "Chinchilla"}  # the rejected fact makes no row
    assert (rows["Gopher"]["organization"], rows["Gopher"]["organization_source"],
            rows["Gopher"]["corrected"]) == ("Acme Labs", "corrected", "organization")  # fmt: skip
    assert rows["Chinchilla"]["corrected"] == ""
    with Store(theirs) as store:
        assert [c.reason for c in store.corrections()] == ["=the lab's own page", ""]


def test_a_correction_stays_after_reextract(tmp_path):
    db = tmp_path / "x.db"
    text = "Initech trained Kite-9, a model with 9 billion parameters."
    assert main(["ingest", "--text", text, "--db", str(db), "--no-progress"]) == 0
    with Store(db) as store:
        [size] = store.facts().to_dict("records")
        size["hash"] = store.documents()["hash"].item()
    span = text[size["start"] : size["end"]]
    fixes = tmp_path / "fixes.csv"
    fixes.write_text(
        "action,document_hash,start,end,kind,value,reason\n"
        f"assign,{size['hash']},{size['start']},"
        f"{size['end']},parameters,Kite-9 Base,the base model\n",
        encoding="utf-8",
    )
    assert main(["corrections", "apply", str(fixes), "--db", str(db)]) == 0
    assert main(["reextract", "--db", str(db)]) == 0
    out = tmp_path / "models.json"
    assert main(["export", "--format", "json", "-o", str(out), "--db", str(db)]) == 0
    [row] = json.loads(out.read_text())
    assert (row["model"], row["parameters"], row["corrected"]) == ("Kite-9 Base", 9e9, "parameters")
    assert span == "9 billion parameters"


def test_a_bad_corrections_csv_stores_nothing_and_undo_needs_a_real_id(db, tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text("action,model,value\norganization,Gopher,Acme\ndate,Gopher,soon\n")
    assert main(["corrections", "apply", str(bad), "--db", str(db)]) == 1
    assert "line 3: “soon” is not a date" in capsys.readouterr().err
    with Store(db) as store:
        assert store.corrections() == []
        kept = store.add_correction(Correction("accept", model="Gopher"))
    assert main(["corrections", "undo", str(kept + 1), "--db", str(db)]) == 1
    assert f"no correction {kept + 1}" in capsys.readouterr().err
    assert main(["corrections", "undo", str(kept), "--db", str(db)]) == 0
    assert main(["export", "--table", "corrections", "--org", "x", "--db", str(db)]) == 2


def kept_is_current(db) -> bool:
    """Whether the database keeps a models table of its data as it is now, equal to a build."""
    import pandas as pd

    from insights.built import build_models, builder_version, frame_from_bytes

    with Store(db) as store:
        data = store.built("models", builder_version())
        if data is None:
            return False
        pd.testing.assert_frame_equal(frame_from_bytes(data), build_models(store)[0])
    return True


def test_each_write_keeps_the_models_table_for_the_dashboard(tmp_path):
    """A database the command line wrote opens in the dashboard without a build."""
    db = tmp_path / "x.db"
    text = "Initech trained Kite-9, a model with 9 billion parameters."
    assert main(["ingest", "--text", text, "--db", str(db), "--no-progress"]) == 0
    assert kept_is_current(db)
    with Store(db) as store:
        size = store.facts().to_dict("records")[0]
        size["hash"] = store.documents()["hash"].item()
    fixes = tmp_path / "fixes.csv"
    fixes.write_text(
        "action,document_hash,start,end,kind,value,reason\n"
        f"reject,{size['hash']},{size['start']},{size['end']},parameters,,\n",
        encoding="utf-8",
    )
    assert main(["corrections", "apply", str(fixes), "--db", str(db)]) == 0
    assert kept_is_current(db)
    assert main(["reextract", "--db", str(db)]) == 0
    assert kept_is_current(db)
    with Store(db) as store:
        [correction] = store.corrections()
    assert main(["corrections", "undo", str(correction.id), "--db", str(db)]) == 0
    assert kept_is_current(db)
