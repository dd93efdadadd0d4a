"""Scale: the local path with 1 and 2 workers beside the Dask path on a 2-worker LocalCluster.

    python benchmarks/scale.py                     # 100,000 and 1,000,000 abstracts
    python benchmarks/scale.py --sizes 20000       # a quick look

For each size it generates abstracts (``benchmarks/ingest.py``'s generator, one JSONL file) and
runs, each in a fresh process so that peak memory is per run and all in the same run of this
script: ``ingest --workers 1``, ``ingest --workers 2``, and ``ingest --engine dask`` on a
LocalCluster of 2 single-threaded worker processes (Parquet, merged into SQLite in order as
partitions finish). It prints documents per second end to end, the Dask path's ratio to the
local 2-worker path, CPU time per document over all processes (steadier than seconds on a
shared machine), the time to merge the whole Parquet again on its own, and peak resident
memory of the client (for Dask: with the scheduler) and of each worker. Flat memory means
those peaks stay put as the corpus grows. Needs the dask extra.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from ingest import generate  # noqa: E402  (benchmarks/ingest.py: the same made-up abstracts)

FIELDS = {"text": "abstract", "title": "title", "date": "update_date"}
RUNS = ("local-1", "local-2", "dask-2")
TARGET = 0.8  # the Dask path's docs/s over the local --workers 2 path's


def _peak_mb(who=resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss * (1024 if sys.platform != "darwin" else 1) / 1e6


def _cpu_seconds(who=resource.RUSAGE_SELF) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def run_local(corpus: Path, tmp: Path, workers: int) -> dict:
    from insights.ingest import ingest
    from insights.store import Store

    start = time.perf_counter()
    with Store(tmp / "local.db") as store:
        summary = ingest(store, [corpus], workers=workers, text_field=FIELDS["text"],
                         title_field=FIELDS["title"], date_field=FIELDS["date"])  # fmt: skip
    seconds = time.perf_counter() - start
    workers_mb = [_peak_mb(resource.RUSAGE_CHILDREN)] if workers > 1 else []
    cpu = _cpu_seconds() + _cpu_seconds(resource.RUSAGE_CHILDREN)
    return {"seconds": seconds, "added": summary.added, "failed": summary.failed, "cpu": cpu,
            "client_mb": _peak_mb(), "workers_mb": workers_mb}  # fmt: skip


def run_dask(corpus: Path, tmp: Path, workers: int) -> dict:
    """As ``ingest --engine dask`` does it: partitions merged in order while the rest run;
    then, for the merge time alone, the same Parquet merged again into a fresh database."""
    import distributed

    from insights.cluster import Fields, Merger, local_cluster, merge, run_job
    from insights.store import Store

    start = time.perf_counter()
    with (
        local_cluster(workers) as cluster,
        distributed.Client(cluster) as client,
        Store(tmp / "dask.db") as store,
    ):
        client.wait_for_workers(workers)
        up = time.perf_counter() - start
        merger = Merger(store, tmp / "parquet")
        job = run_job([str(corpus)], tmp / "parquet", client=client, fields=Fields(**FIELDS),
                      on_done=merger.partition_done)  # fmt: skip
        extracted = time.perf_counter() - start
        merged = merger.finish()
        end = time.perf_counter()
        workers_mb = sorted(client.run(_peak_mb).values())
        cpu = _cpu_seconds() + sum(client.run(_cpu_seconds).values())
    merge_start = time.perf_counter()
    with Store(tmp / "merge-alone.db") as store:
        merge(store, tmp / "parquet")
    merge_seconds = time.perf_counter() - merge_start
    parquet_mb = sum(f.stat().st_size for f in (tmp / "parquet").rglob("*.parquet")) / 1e6
    return {"seconds": end - start, "extract_seconds": extracted, "startup_seconds": up,
            "merge_seconds": merge_seconds, "added": merged.summary.added,
            "failed": merged.summary.failed, "partitions": job.partitions, "cpu": cpu,
            "parquet_mb": parquet_mb, "client_mb": _peak_mb(),
            "workers_mb": workers_mb}  # fmt: skip


def measure(run: str, corpus: Path) -> dict:
    """One run in a fresh process (its own peak memory), in a fresh folder."""
    with tempfile.TemporaryDirectory(dir=corpus.parent) as tmp:
        out = subprocess.run(
            [sys.executable, __file__, "--run-one", run, str(corpus), tmp],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000",
                        help="documents per corpus, comma-separated")  # fmt: skip
    parser.add_argument("--runs", default=",".join(RUNS), help=f"which of {', '.join(RUNS)}")
    parser.add_argument("--dir", type=Path, help="where to write corpora, Parquet and databases")
    parser.add_argument("--run-one", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.run_one:
        run, corpus, tmp = args.run_one
        kind, workers = run.split("-")
        runner = run_local if kind == "local" else run_dask
        print(json.dumps(runner(Path(corpus), Path(tmp), int(workers))))
        return 0

    runs = args.runs.split(",")
    print(f"{os.cpu_count()} CPUs; generated abstracts; each run in a fresh process", flush=True)
    print(f"{'documents':>10} {'run':<8} {'seconds':>8} {'docs/s':>7} {'vs local-2':>10}"
          f" {'CPU ms/doc':>10} {'merge s':>7} {'client MB':>9}  worker MB (each)",
          flush=True)  # fmt: skip
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        for size in (int(s) for s in args.sizes.split(",")):
            corpus = Path(tmp) / f"abstracts-{size}.jsonl"
            generate(corpus, size)
            local_2 = None
            for run in runs:
                r = measure(run, corpus)
                rate = r["added"] / r["seconds"]
                local_2 = rate if run == "local-2" else local_2
                ratio = f"{rate / local_2:.2f}" if local_2 else ""
                merge_s = f"{r['merge_seconds']:.1f}" if "merge_seconds" in r else ""
                workers = " ".join(f"{mb:.0f}" for mb in r["workers_mb"]) or "-"
                cpu = 1000 * r["cpu"] / max(r["added"], 1)
                print(f"{size:>10,} {run:<8} {r['seconds']:>8.1f} {rate:>7,.0f} {ratio:>10}"
                      f" {cpu:>10.2f} {merge_s:>7} {r['client_mb']:>9.0f}  {workers}",
                      flush=True)  # fmt: skip
                if run.startswith("dask"):
                    print(f"{'':>10} {'':<8} {r['startup_seconds']:.1f} s starting the cluster,"
                          f" last partition at {r['extract_seconds']:.1f} s,"
                          f" {r['partitions']} partitions, {r['parquet_mb']:.0f} MB of Parquet;"
                          " merge s: the Parquet merged again, alone", flush=True)  # fmt: skip
                if r["failed"]:
                    print(f"  {r['failed']} documents failed", flush=True)
            corpus.unlink()
    print(f"target: the Dask path at {TARGET} or more of local-2's docs/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
