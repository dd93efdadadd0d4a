"""Scale: the local path with 1 and 2 workers beside the Dask path on a 2-worker LocalCluster.

    python benchmarks/scale.py                     # 100,000 and 1,000,000 abstracts
    python benchmarks/scale.py --sizes 20000       # a quick look

For each size it generates abstracts (``benchmarks/ingest.py``'s generator, one JSONL file) and
runs, each in a fresh process so that peak memory is per run and all in the same run of this
script: ``ingest --workers 1``, ``ingest --workers 2``, and ``ingest --engine dask`` on a
LocalCluster of 2 single-threaded worker processes (Parquet, then ``merge`` into a fresh
database). It prints documents per second, the Dask path's ratio to the local 2-worker path,
the merge time, and peak resident memory of the client (for Dask: with the scheduler) and of
each worker. Flat memory means those peaks stay put as the corpus grows. Needs the dask extra.
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


def run_local(corpus: Path, tmp: Path, workers: int) -> dict:
    from insights.ingest import ingest
    from insights.store import Store

    start = time.perf_counter()
    with Store(tmp / "local.db") as store:
        summary = ingest(store, [corpus], workers=workers, text_field=FIELDS["text"],
                         title_field=FIELDS["title"], date_field=FIELDS["date"])  # fmt: skip
    seconds = time.perf_counter() - start
    workers_mb = [_peak_mb(resource.RUSAGE_CHILDREN)] if workers > 1 else []
    return {"seconds": seconds, "added": summary.added, "failed": summary.failed,
            "client_mb": _peak_mb(), "workers_mb": workers_mb}  # fmt: skip


def run_dask(corpus: Path, tmp: Path, workers: int) -> dict:
    import distributed

    from insights.cluster import Fields, local_cluster, merge, run_job
    from insights.store import Store

    start = time.perf_counter()
    with local_cluster(workers) as cluster, distributed.Client(cluster) as client:
        client.wait_for_workers(workers)
        up = time.perf_counter() - start
        job = run_job([str(corpus)], tmp / "parquet", client=client, fields=Fields(**FIELDS))
        extracted = time.perf_counter() - start
        workers_mb = sorted(client.run(_peak_mb).values())
    merge_start = time.perf_counter()
    with Store(tmp / "dask.db") as store:
        merged = merge(store, tmp / "parquet")
    end = time.perf_counter()
    parquet_mb = sum(f.stat().st_size for f in (tmp / "parquet").rglob("*.parquet")) / 1e6
    return {"seconds": end - start, "extract_seconds": extracted, "startup_seconds": up,
            "merge_seconds": end - merge_start, "added": merged.summary.added,
            "failed": merged.summary.failed, "partitions": job.partitions,
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
          f" {'merge s':>7} {'client MB':>9}  worker MB (each)", flush=True)  # fmt: skip
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
                print(f"{size:>10,} {run:<8} {r['seconds']:>8.1f} {rate:>7,.0f} {ratio:>10}"
                      f" {merge_s:>7} {r['client_mb']:>9.0f}  {workers}", flush=True)  # fmt: skip
                if run.startswith("dask"):
                    to_parquet = r["added"] / r["extract_seconds"]
                    note = f" ({to_parquet / local_2:.2f} of local-2)" if local_2 else ""
                    print(f"{'':>10} {'':<8} to Parquet {r['extract_seconds']:.1f} s"
                          f" ({r['startup_seconds']:.1f} s starting the cluster),"
                          f" {to_parquet:,.0f} docs/s{note}; {r['partitions']} partitions,"
                          f" {r['parquet_mb']:.0f} MB of Parquet", flush=True)  # fmt: skip
                if r["failed"]:
                    print(f"  {r['failed']} documents failed", flush=True)
            corpus.unlink()
    print(f"target: the Dask path at {TARGET} or more of local-2's docs/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
