"""Score the extractor on text with gold values.

    python -m insights.evaluate ../shared/data/epoch/abstracts_eval.csv [--misses]
    python -m insights.evaluate data/eval/styles.jsonl [--misses]

On Epoch AI's abstracts (a CSV) it prints recall of stated parameter counts (any ``parameters``
fact within 2% of gold), the same when the fact's model also names the row's model, recall of
stated dataset sizes, and throughput beside a bare ``regex.finditer(r"\\d", ...)`` scan of the
same text, in one run (CPU time of this process, best of --repeat runs, so other load on a
shared machine disturbs the ratio little). The abstracts are read from the given file and never
copied into the project.

On the styles set (JSONL: press releases, forum posts, transcripts, configs, tables, ...; see
``data/eval/README.md``) it prints, per style, how many stated facts were found and linked to
the right model, and how many numbers that are not sizes were read as sizes.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass

import regex

from insights.extractor import extract
from insights.fact import Fact
from insights.names import model_key

TOLERANCE = 0.02
DATA_KINDS = ("training_tokens", "training_data")


@dataclass(frozen=True)
class Row:
    model: str
    abstract: str
    gold_params: float | None
    params_stated: bool
    gold_data: float | None
    data_stated: bool


@dataclass(frozen=True)
class Scores:
    params_total: int
    params_found: int
    linked_found: int
    data_total: int
    data_found: int
    megabytes: float
    seconds: float
    digit_scan_seconds: float
    wrong_value_linked: int = 0  # parameter facts on the gold model with a value not its own

    @property
    def params_recall(self) -> float:
        return self.params_found / self.params_total if self.params_total else 0.0

    @property
    def linked_recall(self) -> float:
        return self.linked_found / self.params_total if self.params_total else 0.0

    @property
    def data_recall(self) -> float:
        return self.data_found / self.data_total if self.data_total else 0.0

    @property
    def throughput(self) -> float:
        return self.megabytes / self.seconds

    @property
    def digit_scan_throughput(self) -> float:
        return self.megabytes / self.digit_scan_seconds


def read_rows(path: str) -> list[Row]:
    with open(path, encoding="utf-8", newline="") as f:
        return [
            Row(
                model=r["model"],
                abstract=r["abstract"],
                gold_params=_float(r["gold_params"]),
                params_stated=r["params_stated"].strip().lower() == "true",
                gold_data=_float(r["gold_data"]),
                data_stated=r["data_stated"].strip().lower() == "true",
            )
            for r in csv.DictReader(f)
        ]


def _float(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def close(value: float | None, gold: float | None) -> bool:
    """Within TOLERANCE of gold.

    >>> close(70e9, 70.1e9), close(7e9, 70e9)
    (True, False)
    """
    return value is not None and gold is not None and abs(value - gold) <= TOLERANCE * abs(gold)


def gold_key(name: str) -> str:
    """A model name for comparison: the project's one normalizer, brackets set aside.

    >>> gold_key("Qwen2.5 Instruct (72B)"), gold_key("LLaMA-65B")
    ('qwen2.5instruct', 'llama65b')
    """
    return model_key(regex.sub(r"\([^)]*\)", "", name))


def same_model(found: str | None, gold: str) -> bool:
    """The extracted name names the gold model: equal keys, or one a prefix of the other
    ("Llama 2" for "Llama 2-70B", "GPT-3 175B" for "GPT-3 175B (davinci)").

    >>> same_model("Llama 2", "Llama 2-70B"), same_model("Gopher", "Chinchilla")
    (True, False)
    """
    if not found:
        return False
    a, b = gold_key(found), gold_key(gold)
    if not a or not b:
        return False
    return a == b or a.startswith(b) or b.startswith(a)


def score(rows: list[Row], repeat: int = 3) -> tuple[Scores, dict[str, list[Fact]]]:
    texts = [r.abstract for r in rows]
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    facts_by_model: dict[str, list[Fact]] = {}
    seconds = digit_seconds = float("inf")
    digit = regex.compile(r"\d")
    for _ in range(repeat):
        started = time.process_time()
        for text in texts:
            for _match in digit.finditer(text):
                pass
        digit_seconds = min(digit_seconds, time.process_time() - started)
        started = time.process_time()
        results = [extract(t) for t in texts]
        seconds = min(seconds, time.process_time() - started)
    params_total = params_found = linked_found = data_total = data_found = wrong_value = 0
    for row, facts in zip(rows, results, strict=True):
        facts_by_model[row.model] = facts
        wrong_value += len(wrong_values(row, facts))
        if row.params_stated:
            params_total += 1
            hits = [f for f in facts if f.kind == "parameters" and close(f.value, row.gold_params)]
            params_found += bool(hits)
            linked_found += any(same_model(f.model, row.model) for f in hits)
        if row.data_stated:
            data_total += 1
            data_found += any(f.kind in DATA_KINDS and close(f.value, row.gold_data) for f in facts)
    return (
        Scores(params_total, params_found, linked_found, data_total, data_found, megabytes,
               seconds, digit_seconds, wrong_value),
        facts_by_model,
    )  # fmt: skip


def wrong_values(row: Row, facts: list[Fact]) -> list[Fact]:
    """Parameter facts linked to the row's model with a value other than its gold count, in an
    abstract that states the gold count (where it does not, the gold cannot judge the value)."""
    if not row.params_stated:
        return []
    return [
        f
        for f in facts
        if f.kind == "parameters"
        and f.qualifier not in ("active", "range")
        and same_model(f.model, row.model)
        and gold_key(f.model or "") == gold_key(row.model)
        and not close(f.value, row.gold_params)
    ]


def report(scores: Scores) -> str:
    ratio = scores.throughput / scores.digit_scan_throughput
    found = f"({scores.params_found}/{scores.params_total} stated)"
    linked = f"({scores.linked_found}/{scores.params_total})"
    data = f"({scores.data_found}/{scores.data_total} stated)"
    return "\n".join(
        [
            f"parameter recall        {scores.params_recall:6.1%}  {found}",
            f"model-linked recall     {scores.linked_recall:6.1%}  {linked}",
            f"dataset-size recall     {scores.data_recall:6.1%}  {data}",
            f"wrong value on gold model {scores.wrong_value_linked:4d}  (parameter facts named as"
            " the row's model, with a value not its stated count)",
            f"throughput              {scores.throughput:6.2f} MB/s over {scores.megabytes:.2f} MB",
            f"digit scan (baseline)   {scores.digit_scan_throughput:6.2f} MB/s",
            f"ratio to digit scan     {ratio:6.3f}",
        ]
    )


def misses(rows: list[Row], facts_by_model: dict[str, list[Fact]]) -> str:
    lines = []
    for row in rows:
        facts = facts_by_model[row.model]
        params = [f for f in facts if f.kind == "parameters"]
        if row.params_stated:
            hits = [f for f in params if close(f.value, row.gold_params)]
            if not hits or not any(same_model(f.model, row.model) for f in hits):
                found = ", ".join(f"{f.value:.3g}:{f.model}" for f in params)
                lines.append(f"PARAMS {row.model} gold={row.gold_params:.4g} found=[{found}]")
        for f in wrong_values(row, facts):
            lines.append(f"WRONG  {row.model} gold={row.gold_params:.4g} linked={f.value:.4g}")
        if row.data_stated:
            data = [f for f in facts if f.kind in DATA_KINDS]
            if not any(close(f.value, row.gold_data) for f in data):
                found = ", ".join(f"{f.value:.3g} {f.unit}" for f in data)
                lines.append(f"DATA   {row.model} gold={row.gold_data:.4g} found=[{found}]")
    return "\n".join(lines)


@dataclass(frozen=True)
class Case:
    """A snippet in some style, the facts it states and the numbers in it that are not sizes."""

    style: str
    text: str
    facts: tuple[tuple[str, float, str | None], ...]
    not_sizes: tuple[str, ...]


def read_cases(path: str) -> list[Case]:
    cases = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                item = json.loads(line)
                facts = tuple((kind, float(value), model) for kind, value, model in item["facts"])
                cases.append(Case(item["style"], item["text"], facts, tuple(item.get("not", ()))))
    return cases


SIZE_KINDS = ("parameters", "training_tokens", "training_data", "layers", "compute")


def check_case(case: Case, facts: list[Fact]) -> Counter:
    """Counts for one case.

    Recall: facts stated, found (kind and value), linked (and the model). Precision: size facts
    produced, correct (kind, value and model as a gold fact states them), in no gold (no gold
    fact has that kind and value), and, of those with a model and a gold kind and value, linked
    to a model no such gold fact names (wrong_model over produced_linked). Also sizes read that
    the text does not state, and "not a size" numbers read as sizes.
    """
    counts: Counter = Counter()
    left = [f for f in facts if f.kind in SIZE_KINDS]
    for kind, value, model in case.facts:
        counts["stated"] += 1
        hits = [f for f in left if f.kind == kind and close(f.value, value)]
        if not hits:
            continue
        counts["found"] += 1
        right = [
            f for f in hits if (f.model is None if model is None else same_model(f.model, model))
        ]
        counts["linked"] += bool(right)
        left.remove((right or hits)[0])
    for fact in (f for f in facts if f.kind in SIZE_KINDS):
        counts["produced"] += 1
        golds = [
            model for kind, value, model in case.facts if kind == fact.kind and close(fact.value, value)
        ]
        if not golds:
            counts["no_gold"] += 1
            continue
        right = any(
            fact.model is None if model is None else same_model(fact.model, model) for model in golds
        )
        counts["correct"] += right
        if fact.model is not None:
            counts["produced_linked"] += 1
            counts["wrong_model"] += not right
    sizes = [f for f in left if f.kind in ("parameters", "training_tokens")]
    counts["unexpected"] += sum(
        not any(f.kind == kind and close(f.value, value) for kind, value, _ in case.facts)
        for f in sizes
    )
    for written in case.not_sizes:
        at = case.text.find(written)
        counts["not_a_size_read"] += at >= 0 and any(
            f.kind in ("parameters", "training_tokens")
            and f.start < at + len(written)
            and f.end > at
            for f in facts
        )
    return counts


def score_cases(cases: list[Case]) -> tuple[dict[str, Counter], list[str]]:
    """Counts per style (and "all"), and a line for each case that is not fully right."""
    by_style: dict[str, Counter] = {}
    wrong = []
    for case in cases:
        facts = extract(case.text)
        counts = check_case(case, facts)
        by_style.setdefault(case.style, Counter()).update(counts)
        by_style.setdefault("all", Counter()).update(counts)
        if counts["linked"] < counts["stated"] or counts["unexpected"] or counts["not_a_size_read"]:
            got = ", ".join(
                f"{f.kind}={f.value:.3g}:{f.model}" for f in facts if f.kind in SIZE_KINDS
            )
            wrong.append(f"[{case.style}] {case.text[:90]!r}\n    got: {got}")
    return by_style, wrong


def report_cases(by_style: dict[str, Counter]) -> str:
    """Recall (found, linked) beside precision (correct, wrong model, in no gold), per style."""
    lines = [
        f"{'style':20s} {'stated':>6s} {'found':>7s} {'linked':>7s} {'extra':>6s} {'not-size':>8s}"
        f" {'produced':>8s} {'correct':>7s} {'wrong-m':>7s} {'no-gold':>7s}"
    ]
    for style in sorted(by_style, key=lambda s: (s == "all", s)):
        c = by_style[style]
        stated, produced = c["stated"] or 1, c["produced"] or 1
        lines.append(
            f"{style:20s} {c['stated']:6d} {c['found'] / stated:7.1%} {c['linked'] / stated:7.1%} "
            f"{c['unexpected']:6d} {c['not_a_size_read']:8d} {c['produced']:8d} "
            f"{c['correct'] / produced:7.1%} {c['wrong_model'] / (c['produced_linked'] or 1):7.1%} "
            f"{c['no_gold'] / produced:7.1%}"
        )
    lines.append(
        "correct: produced size facts whose kind, value and model a gold fact states; wrong-m: "
        "linked facts on a model no gold fact of that value names; no-gold: produced facts whose "
        "kind and value no gold fact states"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m insights.evaluate", description=__doc__.split("\n")[0]
    )
    parser.add_argument("path", help="abstracts_eval.csv, or a .jsonl set of cases")
    parser.add_argument("--misses", action="store_true", help="list the rows the extractor missed")
    parser.add_argument("--repeat", type=int, default=3, help="timing runs; the best is kept")
    args = parser.parse_args(argv)
    if args.path.endswith(".jsonl"):
        try:
            cases = read_cases(args.path)
        except (OSError, KeyError, ValueError) as error:
            print(f"{args.path}: cannot read cases: {error}", file=sys.stderr)
            return 2
        by_style, wrong = score_cases(cases)
        print(f"{len(cases)} cases from {args.path}")
        print(report_cases(by_style))
        if args.misses:
            print("\n".join(wrong))
        return 0
    try:
        rows = read_rows(args.path)
    except (OSError, KeyError, csv.Error) as error:
        print(f"{args.path}: cannot read evaluation set: {error}", file=sys.stderr)
        return 2
    scores, facts_by_model = score(rows, args.repeat)
    print(f"{len(rows)} abstracts from {args.path}")
    print(report(scores))
    if args.misses:
        print(misses(rows, facts_by_model))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
