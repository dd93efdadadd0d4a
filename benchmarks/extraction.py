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
    # issue 14: inputs that took minutes
    "size list, commas": "7B, ",
    "size list, slashes": "7B/13B/",
    "bracketed sizes": "(70B",
    "sizes and tabs": "70B\t",
    "exponents": "1e9 ",
    "size cells": "| 70B ",
    "size bullets": "- 70B\n",
    "sized names": "QwQ-32B ",
    "name (size)": "Chinchilla (70B) ",
    "size ranges": "7\u201370B ",
    # a paragraph's organizations read again for each sentence's model (tenth session: 2.2 s
    # for 0.56 MB before, 10 s with the namesake rule's first version)
    "one paragraph of makers": "Kite-7B has 7B parameters and was trained by Heron Labs. ",
    # a newsletter's bold lead lines, each over the paragraph it heads (twenty-second session)
    "bold leads": "**Kite-7B** · Acme · May 2024\n\nIt has 7B parameters.\n\n",
    # other names of a model, one long sentence of them (twenty-fourth session)
    "renames": "Kite-2 (formerly Kite-1) is now called Kite-3, ",
    # token counts that changed, one page-long sentence of them (thirty-seventh session)
    "changes in one sentence": "grew from 7T tokens to 18T tokens, ",
}
# A Markdown table with a header that gives the unit, then one row per model (issue 10).
TABLE_HEAD = "| Model | Params |\n|---|---|\n"
TABLE_ROW = "| Kite-7 | 70B |\n"
# A title that names one model, then one line of short sentences about it: each sentence's
# model looked back to the start of the text for a heading.
TITLE = "Kite-7\n\n"
TITLED_SENTENCE = "It has 7B parameters. "
LIMIT_RATIO = 12.0  # 1 MB may take at most 12 times the time at 100 KB
LIMIT_SECONDS_PER_MB = 2.0


def _hostile_text(unit: str, megabytes: float) -> str:
    return unit * max(1, int(megabytes * 1e6 / len(unit)))


def _markdown_heading(megabytes: float) -> bytes:
    return ("# a" + " " * int(megabytes * 1e6) + "x").encode()


def hostile_cases() -> dict:
    """name -> (function of megabytes that makes the input, function that reads it)."""
    from insights.ingest import read_bytes

    cases = {
        name: ((lambda mb, unit=unit: _hostile_text(unit, mb)), extract)
        for name, unit in HOSTILE.items()
    }
    cases["Markdown table"] = (lambda mb: TABLE_HEAD + _hostile_text(TABLE_ROW, mb), extract)
    cases["title, then sentences"] = (
        lambda mb: TITLE + _hostile_text(TITLED_SENTENCE, mb),
        extract,
    )
    cases["dated table rows"] = (
        lambda mb: "| Model | Date |\n|---|---|\n" + _hostile_text("| Kite | May 2023 |\n", mb),
        extract,
    )
    # (found by a helper in the eleventh session: each date's row read back to the line's start)
    cases["dated cells on one line"] = (
        lambda mb: _hostile_text("| Kite | May 2023 | ", mb),
        extract,
    )
    cases["months without a year (dated)"] = (
        lambda mb: _hostile_text("Kite-2 was released in May. ", mb),
        lambda text: extract(text, None, "2024-06-01"),
    )
    cases["heading of spaces (ingest)"] = (
        _markdown_heading,
        lambda data: read_bytes("hostile.md", data),
    )
    return cases


def hostile(sizes: tuple[float, float] = (0.1, 1.0), only: str | None = None) -> bool:
    """Seconds for hostile inputs at 100 KB and at 1 MB: time must grow linearly.

    Targets: the larger size within 12 times the smaller one's time, and 2 s per MB.
    Returns whether every case met them.
    """
    small, large = sizes
    print(
        f"\nhostile inputs at {small:g} MB and {large:g} MB (targets: ratio <= {LIMIT_RATIO:g},"
        f" <= {LIMIT_SECONDS_PER_MB:g} s/MB)"
    )
    ok = True
    for name, (make, run) in hostile_cases().items():
        if only and only.casefold() not in name.casefold():
            continue
        times = []
        for size in (small, large):
            data = make(size)
            started = time.process_time()
            run(data)
            times.append(time.process_time() - started)
        ratio = times[1] / times[0] if times[0] > 0.005 else float("nan")
        per_mb = times[1] / large
        met = per_mb <= LIMIT_SECONDS_PER_MB and not ratio > LIMIT_RATIO
        ok &= met
        verdict = "ok" if met else "SLOW"
        print(
            f"  {name:<28} {times[0]:7.2f} s {times[1]:7.2f} s   ratio {ratio:5.1f}"
            f"   {per_mb:5.2f} s/MB  {verdict}",
            flush=True,
        )
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--abstracts", type=Path, default=DEFAULT_ABSTRACTS)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--hostile-mb", type=float, default=1.0, help="size of hostile inputs (0: none)"
    )
    parser.add_argument("--hostile-only", action="store_true", help="only the hostile inputs")
    parser.add_argument("--case", help="only the hostile inputs whose name contains this")
    args = parser.parse_args(argv)
    if args.hostile_only or args.case:
        return 0 if hostile((args.hostile_mb / 10, args.hostile_mb), args.case) else 1
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
    if args.hostile_mb <= 0:
        return 0  # (--hostile-mb 0: the speed figures only)
    return 0 if hostile((args.hostile_mb / 10, args.hostile_mb)) else 1


if __name__ == "__main__":
    raise SystemExit(main())
