"""The cluster path: the same facts as the local ingest, bad documents, merge, a dead worker.

Needs the dask extra (``pip install -r requirements-dask.txt``); without it the Dask tests skip
and say so. Clusters here are LocalClusters of two workers on 127.0.0.1 with no dashboard.
"""

import glob
import json
import os
import signal
import threading
import time
from pathlib import Path

import pandas as pd
import pytest

from insights.cli import main
from insights.cluster import ClusterError, Fields, _block_lines, merge, plan, run_job
from insights.ingest import ingest
from insights.store import Store

try:
    import dask
    import distributed
    import pyarrow  # noqa: F401
except ImportError as exc:
    MISSING = exc.name
else:
    MISSING = None

needs_dask = pytest.mark.skipif(
    MISSING is not None,
    reason=f"the dask extra is not installed ({MISSING}): pip install -r requirements-dask.txt",
)
CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"
ABSTRACTS = Fields(text="abstract", title="title", date="update_date")
MODELS = ["Heron", "Larch", "Pika", "Quokka", "Sable", "Tern", "Vole", "Wren"]
FILLER = (
    "The authors compare several recipes for mixing web pages with code and report where the"
    " gains flatten out as the budget grows."
)


def abstract(number: int) -> dict:
    """A short made-up abstract with a size, a data size and a claim."""
    model, other = MODELS[number % 8], MODELS[(number + 3) % 8]
    size, tokens = 1 + number % 90, 1 + number % 15
    text = (
        f"We describe {model}-{number}, a language model with {size} billion parameters that"
        f" was trained on {tokens} trillion tokens. {FILLER} {model}-{number} outperforms"
        f" {other}-{number + 1} on most of the tasks we tried."
    )
    return {"abstract": text, "title": f"{model} report {number}", "update_date": "2024-05-01"}


def write_jsonl(path: Path, records: list, extra_lines: tuple[str, ...] = ()) -> Path:
    lines = [json.dumps(r) for r in records] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def stored(db) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Every stored fact and every document (without the time it was added)."""
    with Store(db) as store:
        return store.facts(), store.documents().drop(columns=["added_at"])


def local(db, sources, fields=ABSTRACTS, workers=1):
    with Store(db) as store:
        return ingest(store, sources, workers=workers, text_field=fields.text,
                      title_field=fields.title, date_field=fields.date)  # fmt: skip


def dask_path(client, db, sources, out, fields=ABSTRACTS, partitions=None):
    job = run_job(sources, out, client=client, partitions=partitions, fields=fields)
    with Store(db) as store:
        return job, merge(store, out)


# -- plans and blocks (no Dask needed) -----------------------------------------------------

LINES = [b'{"a": 1}\n', b"\n", b'{"text": "x"}\n', b"not json\n", b"{}\n", b'{"last": true}']


@pytest.mark.parametrize("size", [1, 2, 3, 7, 40, 1000], ids=lambda n: f"blocks-of-{n}-bytes")
def test_blocks_hold_every_line_once_in_order(tmp_path, size):
    path = tmp_path / "lines.jsonl"
    path.write_bytes(b"".join(LINES))
    total = path.stat().st_size
    with path.open("rb") as f:
        got = [line for start in range(0, total, size)
               for line in _block_lines(f, start, min(start + size, total))]  # fmt: skip
    assert got == LINES


PLANS = [
    # (what, files as (name, bytes), partitions asked, expected (kind, inputs, start, end))
    ("one small JSONL is one block", [("a.jsonl", 10)], None, [("jsonl", 1, 0, 10)]),
    ("a JSONL cut in three", [("a.jsonl", 9)], 3, [("jsonl", 1, 0, 3), ("jsonl", 1, 3, 6),
                                                  ("jsonl", 1, 6, 9)]),
    ("text files grouped", [("a.md", 4), ("b.md", 4), ("c.md", 4)], 2,
     [("files", 2, 0, 0), ("files", 1, 0, 0)]),
    ("order kept around a JSONL", [("a.md", 4), ("b.jsonl", 4), ("c.md", 4)], None,
     [("files", 1, 0, 0), ("jsonl", 1, 0, 4), ("files", 1, 0, 0)]),
    ("an empty JSONL is one empty block", [("e.jsonl", 0)], None, [("jsonl", 1, 0, 0)]),
]  # fmt: skip


@pytest.mark.parametrize("what, files, partitions, expected", PLANS, ids=[p[0] for p in PLANS])
def test_plan(tmp_path, what, files, partitions, expected):
    for name, size in files:
        (tmp_path / name).write_bytes(b"x" * size)
    parts, errors = plan([str(tmp_path / name) for name, _ in files], partitions)
    assert errors == []
    assert [(p.kind, len(p.inputs), p.start, p.end) for p in parts] == expected
    assert [p.number for p in parts] == list(range(len(parts)))


DEFAULT_SIZES = [
    # (what, JSONL bytes, worker threads, partitions by default)
    ("small input: 1 MB partitions", 4_000_000, 2, 4),
    ("8 per thread", 64_000_000, 2, 16),
    ("large input: 16 MB partitions", 400_000_000, 2, 25),
    ("a bigger cluster cuts finer", 400_000_000, 16, 128),
]  # fmt: skip


@pytest.mark.parametrize("what, size, threads, expected", DEFAULT_SIZES,
                         ids=[d[0] for d in DEFAULT_SIZES])  # fmt: skip
def test_default_partitions(tmp_path, what, size, threads, expected):
    with (tmp_path / "big.jsonl").open("wb") as f:
        f.truncate(size)  # a sparse file: only its size is read
    parts, _ = plan([str(tmp_path / "big.jsonl")], threads=threads)
    assert len(parts) == expected
    assert max(p.end - p.start for p in parts) <= 16_000_000


def test_plan_names_what_is_missing(tmp_path):
    parts, errors = plan([str(tmp_path / "nope.md"), str(tmp_path / "*.jsonl")])
    assert parts == []
    # The local path's words: a JSONL is opened to be streamed, other files are looked for.
    assert [e.reason for e in errors] == [
        "no such file or folder",
        "unreadable (No such file or directory)",
    ]


# -- the same result as the local path -----------------------------------------------------


@pytest.fixture(scope="module")
def client():
    """Two single-threaded workers in this process (the kill test starts its own processes)."""
    if MISSING:
        pytest.skip(f"the dask extra is not installed ({MISSING})")
    from insights.cluster import local_cluster

    with local_cluster(2, processes=False) as cluster, distributed.Client(cluster) as client:
        yield client


def inputs_abstracts(tmp_path):
    records = [abstract(n) for n in range(120)]
    records.insert(50, records[7])  # the same text twice: stored once, counted as a duplicate
    return [str(write_jsonl(tmp_path / "abstracts.jsonl", records))], ABSTRACTS, 5


def inputs_corpus(tmp_path):
    return [str(CORPUS)], Fields(), 4


def inputs_mixed(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "b.md").write_text("# Kite\n\nKite has 12 billion parameters.\n", encoding="utf-8")
    (notes / "a.txt").write_text("Osprey was trained on 2T tokens.", encoding="utf-8")
    jsonl = write_jsonl(tmp_path / "more.jsonl", [abstract(n) for n in range(200, 230)])
    return [str(CORPUS / "[a-c]*.md"), str(jsonl), str(notes)], ABSTRACTS, 3


INPUTS = {
    "JSONL cut in blocks, a repeated text": inputs_abstracts,
    "the bundled corpus folder": inputs_corpus,
    "a glob, a JSONL and a folder, in that order": inputs_mixed,
}


@needs_dask
@pytest.mark.parametrize("make", INPUTS.values(), ids=INPUTS.keys())
def test_same_store_as_the_local_path(tmp_path, client, make):
    sources, fields, partitions = make(tmp_path)
    # A shell expands the glob for the local path; the Dask path expands it itself (for s3://).
    expanded = [p for s in sources for p in (sorted(glob.glob(s)) if "*" in s or "[" in s else [s])]
    summary = local(tmp_path / "local.db", expanded, fields)
    job, merged = dask_path(client, tmp_path / "dask.db", sources, tmp_path / "pq", fields,
                            partitions)  # fmt: skip
    assert job.not_done == () and merged.not_done == ()
    assert str(merged) == str(summary)
    local_facts, local_documents = stored(tmp_path / "local.db")
    dask_facts, dask_documents = stored(tmp_path / "dask.db")
    assert len(local_facts) > 0
    pd.testing.assert_frame_equal(dask_facts, local_facts)
    pd.testing.assert_frame_equal(dask_documents, local_documents)


BAD_LINES = ("not json at all", "[1, 2]", '{"abstract": "   "}', '{"title": "no text"}')


@needs_dask
def test_bad_documents_are_named_counted_and_do_not_stop_the_job(tmp_path, client):
    jsonl = write_jsonl(tmp_path / "a.jsonl", [abstract(n) for n in range(40)], BAD_LINES)
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    sources = [str(jsonl), str(tmp_path / "binary.txt"), str(tmp_path / "missing.md")]
    summary = local(tmp_path / "local.db", sources)
    job, merged = dask_path(client, tmp_path / "dask.db", sources, tmp_path / "pq", partitions=3)
    assert job.not_done == ()
    assert [str(e) for e in merged.summary.errors] == [str(e) for e in summary.errors][:5]
    assert sorted(map(str, job.errors)) == sorted(map(str, summary.errors))
    assert summary.failed == 6 and merged.summary.added == summary.added == 40
    assert f"{jsonl}:41: not JSON" in str(job.errors[1])


@needs_dask
def test_merge_twice_or_after_a_local_ingest_adds_nothing(tmp_path, client):
    sources = [str(write_jsonl(tmp_path / "a.jsonl", [abstract(n) for n in range(30)]))]
    job = run_job(sources, tmp_path / "pq", client=client, partitions=2, fields=ABSTRACTS)
    assert job.documents == 30
    local(tmp_path / "db", sources)
    before = stored(tmp_path / "db")
    for _ in range(2):
        with Store(tmp_path / "db") as store:
            merged = merge(store, tmp_path / "pq")
        assert (merged.summary.added, merged.summary.duplicates, merged.summary.facts) == (0, 30, 0)
        after = stored(tmp_path / "db")
        pd.testing.assert_frame_equal(after[0], before[0])
        pd.testing.assert_frame_equal(after[1], before[1])


@needs_dask
def test_another_job_in_the_same_folder_is_refused(tmp_path, client):
    first = write_jsonl(tmp_path / "a.jsonl", [abstract(1)])
    second = write_jsonl(tmp_path / "b.jsonl", [abstract(2)])
    run_job([str(first)], tmp_path / "pq", client=client, fields=ABSTRACTS)
    with pytest.raises(ClusterError, match="another job"):
        run_job([str(second)], tmp_path / "pq", client=client, fields=ABSTRACTS)


@needs_dask
def test_inputs_and_output_through_fsspec_urls(tmp_path, client):
    """URLs (here file://; s3:// and the like alike) are listed, read and written by fsspec.
    (fsspec's memory:// filesystem shares one file object between readers, so not that one.)"""
    records = [abstract(n) for n in range(30)]
    (tmp_path / "in").mkdir()
    jsonl = write_jsonl(tmp_path / "in" / "a.jsonl", records)
    job, merged = dask_path(client, tmp_path / "dask.db", [f"file://{tmp_path}/in"],
                            f"file://{tmp_path}/out", partitions=3)  # fmt: skip
    local(tmp_path / "local.db", [str(jsonl)])
    assert merged.summary.added == 30 and job.partitions == 3
    assert sorted(os.listdir(tmp_path / "out" / "facts")) == [
        f"part-0000{n}.parquet" for n in range(3)
    ]
    dask_facts, local_facts = stored(tmp_path / "dask.db")[0], stored(tmp_path / "local.db")[0]
    assert list(dask_facts["source"]) == ["file://" + s for s in local_facts["source"]]
    columns = [c for c in local_facts.columns if c != "source"]
    pd.testing.assert_frame_equal(dask_facts[columns], local_facts[columns])


@needs_dask
def test_partitions_finishing_out_of_order_merge_in_the_jobs_order(tmp_path):
    """No cluster: run_partition is a plain function, Merger gets partitions as they finish."""
    from insights.cluster import (
        Merger,
        _check_manifest,
        _manifest,
        count_lines,
        number_lines,
        run_partition,
    )

    sources = [str(write_jsonl(tmp_path / "a.jsonl", [abstract(n) for n in range(24)]))]
    parts, _ = plan(sources, partitions=4)
    parts = number_lines(parts, [count_lines(p) for p in parts])
    out = str(tmp_path / "pq")
    _check_manifest(out, _manifest(parts, ABSTRACTS))
    with Store(tmp_path / "dask.db") as store:
        merger = Merger(store, out)
        merged_after = []
        for number in (2, 0, 3, 1):
            run_partition(parts[number], out, ABSTRACTS)
            merger.partition_done(number)
            merged_after.append(sorted(merger.merged))
        summary = merger.finish()
    assert merged_after == [[], [0], [0], [0, 1, 2, 3]]
    assert summary.summary.added == 24 and summary.not_done == ()
    local(tmp_path / "local.db", sources)
    pd.testing.assert_frame_equal(stored(tmp_path / "dask.db")[0], stored(tmp_path / "local.db")[0])


# -- a worker that dies --------------------------------------------------------------------


@needs_dask
def test_a_killed_worker_loses_nothing_after_a_rerun(tmp_path):
    """Kill a worker process mid-partition: that partition is reported not finished, the
    same job run again does only what is missing, and the merge equals the local ingest."""
    from insights.cluster import local_cluster

    sources = [str(write_jsonl(tmp_path / "a.jsonl", [abstract(n) for n in range(400)]))]
    out, runs = tmp_path / "pq", {}
    # No retries on another worker: a dead worker's partition must wait for the rerun.
    with (
        dask.config.set({"distributed.scheduler.allowed-failures": 0}),
        local_cluster(2, processes=True) as cluster,
        distributed.Client(cluster) as client,
    ):
        client.wait_for_workers(2)
        job = threading.Thread(target=lambda: runs.setdefault("first", run_job(
            sources, out, client=client, partitions=8, fields=ABSTRACTS)))  # fmt: skip
        job.start()
        deadline, killed = time.monotonic() + 30, None
        while killed is None and time.monotonic() < deadline:
            running = client.run(lambda dask_worker: [str(t.key) for t in
                                                      dask_worker.state.executing])  # fmt: skip
            busy = [a for a, keys in running.items() if any("run_partition" in k for k in keys)]
            if busy:
                killed = client.run(os.getpid, workers=busy[:1])[busy[0]]
                os.kill(killed, signal.SIGKILL)
            time.sleep(0.05)
        job.join(60)
        assert killed is not None
        first = runs["first"]
        assert first.not_done and "not finished" in first.not_done[0]
        with Store(tmp_path / "partial.db") as store:
            assert merge(store, out).not_done  # what is done merges; the rest is listed
        client.wait_for_workers(1)
        second = run_job(sources, out, client=client, partitions=8, fields=ABSTRACTS)
    assert second.not_done == () and second.ran == len(first.not_done)
    assert first.ran + second.ran == first.partitions
    for db in ("partial.db", "fresh.db"):
        with Store(tmp_path / db) as store:
            merge(store, out)
    local(tmp_path / "local.db", sources)
    pd.testing.assert_frame_equal(
        stored(tmp_path / "fresh.db")[0], stored(tmp_path / "local.db")[0]
    )
    assert len(stored(tmp_path / "partial.db")[0]) == len(stored(tmp_path / "local.db")[0])


# -- the command line ----------------------------------------------------------------------


@needs_dask
def test_command_line_ingest_merge_export(tmp_path, capsys):
    jsonl = write_jsonl(tmp_path / "a.jsonl", [abstract(n) for n in range(10)], BAD_LINES[:1])
    args = ["--text-field", "abstract", "--date-field", "update_date", "--no-progress"]
    assert main(["ingest", *args, "--db", str(tmp_path / "local.db"), str(jsonl)]) == 1
    local_out = capsys.readouterr()
    assert main(["ingest", "--engine", "dask", "--workers", "2", "--no-merge", *args,
                 "--parquet", str(tmp_path / "pq"), str(jsonl)]) == 1  # fmt: skip
    assert f"`python -m insights merge {tmp_path / 'pq'}` loads them" in capsys.readouterr().out
    assert main(["merge", str(tmp_path / "pq"), "--db", str(tmp_path / "dask.db")]) == 1
    dask_out = capsys.readouterr()
    assert dask_out.out == local_out.out  # the summary line
    assert dask_out.err == local_out.err == f"error: {jsonl}:11: not JSON (Expecting value)\n"
    assert main(["export", "--table", "facts", "--format", "parquet", "--db",
                 str(tmp_path / "dask.db"), "-o", str(tmp_path / "f.parquet")]) == 0  # fmt: skip
    exported = pd.read_parquet(tmp_path / "f.parquet")
    pd.testing.assert_frame_equal(exported, stored(tmp_path / "local.db")[0])


@pytest.mark.parametrize(
    "argv, message",
    [
        (["ingest", "--engine", "dask", "--text", "pasted"], "pasted text and - go through"),
        (["ingest", "--engine", "dask", "--scheduler", "tcp://127.0.0.1:1", "x.jsonl"],
         "give --parquet a folder"),
    ],
    ids=["pasted text", "a scheduler without --parquet"],
)  # fmt: skip
def test_command_line_refuses_what_the_cluster_cannot_read(argv, message, capsys):
    assert main(argv) == 2
    assert message in capsys.readouterr().err
