"""Extraction speed beside a bare digit scan (and quantulum3, when installed), on the same text.

    python benchmarks/extraction.py [--abstracts ../shared/data/epoch/abstracts_eval.csv]

Texts: the bundled corpus (data/corpus), and Epoch AI's evaluation abstracts when the file is
there. Each text is processed on its own, as the app does with documents; every figure is the
best of several runs in this one process, so the ratio holds on a shared, noisy machine.
Times are CPU seconds of this process (time.process_time), which other load disturbs least.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from insights import extract  # noqa: E402

DEFAULT_ABSTRACTS = ROOT.parent / "shared" / "data" / "epoch" / "abstracts_eval.csv"
DIGIT = regex.compile(r"\d")
DIGIT_LABEL = r"digit scan (regex \d)"


def corpus_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "corpus").glob("*.md"))]


def abstract_texts(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as f:
        return [row["abstract"] for row in csv.DictReader(f)]


def best_seconds(run, texts: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        for text in texts:
            run(text)
        best = min(best, time.process_time() - started)
    return best


def digit_scan(text: str) -> None:
    for _match in DIGIT.finditer(text):
        pass


def quantulum(text: str) -> None:
    from quantulum3 import parser

    parser.parse(text)


def measure(name: str, texts: list[str], repeat: int, with_quantulum: bool) -> None:
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    extract(texts[0])  # load lookup tables before timing
    digit = megabytes / best_seconds(digit_scan, texts, repeat)
    ours = megabytes / best_seconds(extract, texts, repeat)
    print(f"\n{name}: {len(texts)} texts, {megabytes:.2f} MB")
    print(f"  {DIGIT_LABEL:<26} {digit:9.2f} MB/s")
    print(f"  {'insights.extract':<26} {ours:9.2f} MB/s   ratio to digit scan {ours / digit:.3f}")
    if with_quantulum:
        sample = texts[: max(1, len(texts) // 10)]  # quantulum3 is slow: a tenth of the texts
        sample_mb = sum(len(t.encode("utf-8")) for t in sample) / 1e6
        q = sample_mb / best_seconds(quantulum, sample, 1)
        label = "quantulum3 (1/10 sample)"
        print(f"  {label:<26} {q:9.2f} MB/s   ratio to digit scan {q / digit:.4f}")


HOSTILE = {
    "digits": "1",
    "a-dash": "a-",
    "dotted numbers": "1.1.",
    "open brackets": "(",
    "spaces": " ",
    "sizes without units": "70B ",
    "from-to chain": "from 7B to ",
    "sizes with units": "70B parameters ",
    "paragraphs": "GPT-3 has 175B parameters.\n\n",
    "tags": "<b>",
    "entities": "&amp;",
    "unclosed scripts": "<script>",
    "spoken sizes": "four oh five b ",
    "pipes": "| ",
    "LaTeX cells": "\\hline & ",
    "LaTeX row ends": "a & b \\\\\n",
}


def hostile(megabytes: float = 1.0) -> None:
    """Seconds for hostile inputs at half and full size: time must grow linearly (ratio ~2)."""
    print(f"\nhostile inputs, {megabytes / 2:g} MB then {megabytes:g} MB (linear: ratio near 2)")
    for name, unit in HOSTILE.items():
        times = []
        for size in (megabytes / 2, megabytes):
            text = unit * int(size * 1e6 / len(unit))
            started = time.process_time()
            extract(text)
            times.append(time.process_time() - started)
        ratio = times[1] / times[0] if times[0] > 0.005 else float("nan")
        print(f"  {name:<22} {times[0]:7.2f} s {times[1]:7.2f} s   ratio {ratio:4.1f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--abstracts", type=Path, default=DEFAULT_ABSTRACTS)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--hostile-mb", type=float, default=1.0, help="size of hostile inputs")
    args = parser.parse_args(argv)
    try:
        import quantulum3  # noqa: F401

        with_quantulum = True
    except ImportError:
        with_quantulum = False
        print("quantulum3 is not installed: its column is left out (pip install quantulum3)")
    measure("bundled corpus (data/corpus)", corpus_texts(), args.repeat, with_quantulum)
    if args.abstracts.exists():
        measure("Epoch AI abstracts", abstract_texts(args.abstracts), args.repeat, with_quantulum)
    else:
        print(
            f"\n{args.abstracts} not found: the abstracts are measured only where ../shared exists"
        )
    hostile(args.hostile_mb)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
