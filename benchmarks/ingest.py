"""Ingest speed and memory: abstract-sized documents through ``ingest --workers N``.

    python benchmarks/ingest.py                       # 10k, 50k and 100k documents, 2 workers
    python benchmarks/ingest.py --sizes 2000 --workers 1

Generates its own corpus (a JSONL file of made-up abstracts, written line by line), then runs
each size in a fresh process so that peak memory is measured per run, and prints documents per
second, MB/s of text and peak resident memory of the writer and of the busiest worker. Flat
memory means the peaks stay put as the corpus grows: documents are streamed, never all loaded.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOAL_SECONDS = 120  # 100,000 documents in under 2 minutes on 2 cores

NAMES = ["Atlas", "Borealis", "Cobalt", "Dune", "Ember", "Fjord", "Granite", "Halcyon", "Iris",
         "Juniper", "Kestrel", "Lumen", "Meridian", "Nimbus", "Onyx", "Pioneer", "Quartz",
         "Raven", "Sierra", "Tundra"]  # fmt: skip
ORGS = ["DeepMind", "OpenAI", "Meta AI", "Google Research", "Mistral AI", "Alibaba Cloud",
        "the Allen Institute for AI", "Microsoft Research", "a university lab"]  # fmt: skip
WORDS = ("language model scaling data compute training evaluation benchmark transformer "
         "attention sparse dense mixture experts tokenizer corpus curriculum optimizer loss "
         "downstream reasoning multilingual code retrieval alignment context window efficient "
         "inference quantization distillation robustness analysis results method approach "
         "architecture layers heads embedding pretraining finetuning").split()  # fmt: skip
FACT_SENTENCES = [
    "We introduce {model}, a {params}B-parameter language model trained on {tokens} trillion "
    "tokens.",
    "{model} has {params} billion parameters and {layers} layers.",
    "Developed by {org}, {model} was pretrained on {tokens}T tokens of filtered web text.",
    "{model} is a mixture-of-experts model with {params}B total and {active}B active parameters.",
    "Training {model} took {flop}e23 FLOP on a cluster of accelerators.",
    "{model} outperforms {other} while being {factor}x smaller.",
]  # fmt: skip


def abstract(rng: random.Random, number: int) -> dict:
    """One made-up abstract of about 1,000-1,500 characters with a few scale facts."""
    model = f"{rng.choice(NAMES)}-{rng.randint(1, 9)}"
    values = {
        "model": model, "other": f"{rng.choice(NAMES)}-{rng.randint(1, 9)}",
        "params": rng.choice([1.3, 7, 13, 34, 70, 175, 540]), "active": rng.choice([2, 13, 37]),
        "tokens": rng.choice([0.3, 1, 1.4, 2, 15]), "layers": rng.choice([24, 32, 48, 80, 96]),
        "org": rng.choice(ORGS), "flop": rng.randint(1, 50), "factor": rng.randint(2, 10),
    }  # fmt: skip
    sentences = [s.format(**values) for s in rng.sample(FACT_SENTENCES, 3)]
    while sum(map(len, sentences)) < rng.randint(900, 1400):
        words = rng.choices(WORDS, k=rng.randint(12, 28))
        sentences.insert(rng.randint(0, len(sentences)), " ".join(words).capitalize() + ".")
    return {
        "id": f"bench.{number:06d}",
        "title": f"{model}: {' '.join(rng.choices(WORDS, k=5))}",
        "abstract": " ".join(sentences) + f" (Report {number}.)",
        "update_date": f"20{rng.randint(18, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
    }


def generate(path: Path, count: int, seed: int = 0) -> int:
    """Write ``count`` abstracts to a JSONL file, one at a time; returns the bytes of text."""
    rng = random.Random(seed)
    text_bytes = 0
    with path.open("w", encoding="utf-8") as f:
        for number in range(count):
            record = abstract(rng, number)
            text_bytes += len(record["abstract"].encode("utf-8"))
            f.write(json.dumps(record) + "\n")
    return text_bytes


def run_one(corpus: Path, db: Path, workers: int) -> dict:
    """Ingest ``corpus`` into a fresh ``db`` in this process; the figures as a dict."""
    sys.path.insert(0, str(ROOT))
    from insights.ingest import ingest
    from insights.store import Store

    start = time.perf_counter()
    with Store(db) as store:
        summary = ingest(store, [corpus], workers=workers, text_field="abstract",
                         date_field="update_date")  # fmt: skip
    seconds = time.perf_counter() - start
    kib = 1024 if sys.platform != "darwin" else 1  # ru_maxrss is KiB on Linux, bytes on macOS
    return {
        "seconds": seconds,
        "added": summary.added,
        "failed": summary.failed,
        "facts": summary.facts,
        "writer_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * kib / 1e6,
        "worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * kib / 1e6,
        "db_mb": db.stat().st_size / 1e6,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,50000,100000",
                        help="documents per run, comma-separated")  # fmt: skip
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--dir", type=Path, help="where to write the corpus and databases")
    parser.add_argument("--run-one", nargs=2, metavar=("CORPUS", "DB"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.run_one:
        print(json.dumps(run_one(Path(args.run_one[0]), Path(args.run_one[1]), args.workers)))
        return 0

    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        print(f"ingest --workers {args.workers}, {os.cpu_count()} CPUs, abstract-sized documents")
        print(f"{'documents':>10} {'seconds':>8} {'docs/s':>8} {'MB/s':>6} {'facts':>9}"
              f" {'writer MB':>9} {'worker MB':>9} {'db MB':>7}")  # fmt: skip
        largest, projected = 0, 0.0
        for size in sizes:
            corpus, db = Path(tmp) / f"corpus-{size}.jsonl", Path(tmp) / f"bench-{size}.db"
            text_bytes = generate(corpus, size)
            out = subprocess.run(
                [sys.executable, __file__, "--workers", str(args.workers),
                 "--run-one", str(corpus), str(db)],
                check=True, capture_output=True, text=True,
            )  # fmt: skip
            r = json.loads(out.stdout)
            print(f"{size:>10,} {r['seconds']:>8.1f} {r['added'] / r['seconds']:>8,.0f}"
                  f" {text_bytes / 1e6 / r['seconds']:>6.2f} {r['facts']:>9,}"
                  f" {r['writer_mb']:>9.0f} {r['worker_mb']:>9.0f} {r['db_mb']:>7.0f}")  # fmt: skip
            if r["failed"]:
                print(f"  {r['failed']} documents failed")
            corpus.unlink()
            db.unlink()
            if size >= largest:
                largest, projected = size, r["seconds"] * 100_000 / size
        verdict = "meets" if projected < GOAL_SECONDS else "misses"
        print(f"100,000 documents: {projected:.0f} s ({verdict} the {GOAL_SECONDS} s goal;"
              " scaled from the largest run when it is smaller)")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
