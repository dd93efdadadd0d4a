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
from functools import lru_cache

import regex

from insights.extract.extractor import extract
from insights.extract.keys import model_key
from insights.extract.patterns import HUB_ACCOUNT
from insights.fact import Fact
from insights.table.identity import plain_spelling, without_organization

TOLERANCE = 0.02
DATA_KINDS = ("training_tokens", "training_data")


@dataclass(frozen=True)
class Row:
    """One abstract of Epoch AI's set, with its gold values."""

    model: str
    abstract: str
    gold_params: float | None
    params_stated: bool
    gold_data: float | None
    data_stated: bool
    organization: str = ""
    title: str = ""  # the paper's title (Epoch's Reference)
    date: str = ""
    correction: str = ""  # a gold value of Epoch's that its own source contradicts, corrected


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
    """The abstracts of an Epoch evaluation CSV, with the gold values that
    ``data/reference/epoch_corrections.csv`` corrects corrected (each row says so)."""
    with open(path, encoding="utf-8", newline="") as f:
        return [_row(r) for r in csv.DictReader(f)]


def _row(r: dict[str, str]) -> Row:
    from insights.extract.reference import corrected

    model = r["model"]
    params, data = _float(r["gold_params"]), _float(r["gold_data"])
    gold_params = corrected(model, "parameters", params)
    gold_data = corrected(model, "training_data_size", data)
    changed = [
        f"{column} {old:.4g} -> {new:.4g}"
        for column, old, new in (("parameters", params, gold_params), ("data", data, gold_data))
        if old != new
    ]
    return Row(
        model=model,
        abstract=r["abstract"],
        gold_params=gold_params,
        params_stated=r["params_stated"].strip().lower() == "true",
        gold_data=gold_data,
        data_stated=r["data_stated"].strip().lower() == "true",
        organization=r.get("organization") or "",
        title=r.get("title") or "",
        date=r.get("date") or "",
        correction=f"{model}: {', '.join(changed)}" if changed else "",
    )


def corrections_note(rows: list[Row]) -> str:
    """One line per gold value corrected from data/reference/epoch_corrections.csv."""
    return "".join(
        f"\ngold corrected: {row.correction} (data/reference/epoch_corrections.csv)"
        for row in rows
        if row.correction
    )


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


@lru_cache(maxsize=65536)  # the same few thousand names, compared case after case
def gold_key(name: str) -> str:
    """A model name for comparison: the project's one normalizer, brackets and a hub account
    set aside ("halcyon/corvid-3b" is "corvid-3b", as the extractor names it).

    >>> gold_key("Qwen2.5 Instruct (72B)"), gold_key("LLaMA-65B"), gold_key("OLMo-2-0325-32B")
    ('qwen2.5instruct', 'llama65b', 'olmo232b')
    >>> gold_key("mistralai/Mistral-7B-v0.3"), gold_key("ViT-H/14"), gold_key("GPT-3/Codex")
    ('mistral7b0.3', 'vith/14', 'gpt3/codex')
    """
    account = HUB_ACCOUNT.match(name)
    if account is not None:  # (not "GPT-3/Codex", "BLOOM/BLOOMZ": two models' names)
        name = name[account.end() :]
    return model_key(plain_spelling(regex.sub(r"\([^)]*\)", "", name)))


def same_model(found: str | None, gold: str) -> bool:
    """The extracted name names the gold model: equal keys, or one a prefix of the other
    ("Llama 2" for "Llama 2-70B", "GPT-3 175B" for "GPT-3 175B (davinci)").

    >>> same_model("Llama 2", "Llama 2-70B"), same_model("Gopher", "Chinchilla")
    (True, False)
    >>> same_model("Llama 3", "Meta Llama 3"), same_model("Arctic", "Snowflake Arctic")
    (True, True)
    >>> same_model("MT-NLG", "Megatron-Turing NLG 530B")
    True
    """
    if not found:
        return False
    a, b = gold_key(found), gold_key(gold)
    if not a or not b:
        return False
    if a == b or a.startswith(b) or b.startswith(a):
        return True
    if _same_reference(found, gold):
        return True  # an abbreviation the reference knows: "MT-NLG" is Megatron-Turing NLG 530B
    # a maker written before the name, as the models table reads it: "Meta Llama 3" is
    # "Llama 3", "Snowflake Arctic" is "Arctic"
    gold_rest, found_rest = without_organization(gold), without_organization(found)
    return bool(
        gold_rest and same_model(found, gold_rest) or found_rest and same_model(found_rest, gold)
    )


def _same_reference(found: str, gold: str) -> bool:
    from insights.extract.reference import find_model

    ref = find_model(found)
    return ref is not None and ref is find_model(gold)


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
        and f.qualifier not in ("active", "range", "non-embedding")
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
    # model as written -> its developer, where the text itself says so (batches 12 on)
    organizations: tuple[tuple[str, str], ...] = ()
    # facts the writer's gold missed that a later audit of produced facts found stated: they
    # count as gold for precision, never for recall ("stated" is the writer's list)
    audited: tuple[tuple[str, float, str | None], ...] = ()


def read_cases(path: str) -> list[Case]:
    cases = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                item = json.loads(line)
                facts = tuple((kind, float(value), model) for kind, value, model in item["facts"])
                organizations = tuple((item.get("organizations") or {}).items())
                not_sizes = tuple(item.get("not", ()))
                audited = tuple(
                    (kind, float(value), model) for kind, value, model in item.get("audited", ())
                )
                cases.append(
                    Case(item["style"], item["text"], facts, not_sizes, organizations, audited)
                )
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
            model
            for kind, value, model in (*case.facts, *case.audited)
            if kind == fact.kind and close(fact.value, value)
        ]
        counts[f"kind:{fact.kind}:produced"] += 1
        if not golds:
            counts["no_gold"] += 1
            counts[f"kind:{fact.kind}:no_gold"] += 1
            counts[f"rule:{fact.rule}:produced"] += 1
            counts[f"rule:{fact.rule}:no_gold"] += 1
            continue
        right = any(
            fact.model is None if model is None else same_model(fact.model, model)
            for model in golds
        )
        counts["correct"] += right
        _count_organization(case, fact, right, counts)
        counts[f"rule:{fact.rule}:produced"] += 1
        counts[f"rule:{fact.rule}:wrong"] += not right
        if fact.model is not None:
            counts["produced_linked"] += 1
            counts["wrong_model"] += not right
    sizes = [f for f in left if f.kind in ("parameters", "training_tokens")]
    counts["unexpected"] += sum(
        not any(
            f.kind == kind and close(f.value, value)
            for kind, value, _ in (*case.facts, *case.audited)
        )
        for f in sizes
    )
    for written in case.not_sizes:
        at = case.text.find(written)
        counts["not_a_size_read"] += at >= 0 and any(
            f.kind in ("parameters", "training_tokens")
            and f.start < at + len(written)
            and f.end > at
            and not any(f.kind == k and close(f.value, v) for k, v, _ in case.audited)
            for f in facts
        )
    return counts


def _count_organization(case: Case, fact: Fact, right: bool, counts: Counter) -> None:
    """For a fact on the right model whose developer the text states: is its organization that
    one (org_right), another (org_wrong), or missing (org_missing)?"""
    if not right or fact.model is None or not case.organizations:
        return
    gold = next((org for model, org in case.organizations if same_model(fact.model, model)), None)
    if gold is None:
        return
    if not fact.organization:
        counts["org_missing"] += 1
    else:
        counts["org_right" if organization_right(fact.organization, gold) else "org_wrong"] += 1


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
    c = by_style["all"]
    by_kind = [
        f"{kind.replace('_', ' ')} {c[f'kind:{kind}:no_gold'] / c[f'kind:{kind}:produced']:.1%}"
        f" of {c[f'kind:{kind}:produced']}"
        for kind in SIZE_KINDS
        if c[f"kind:{kind}:produced"]
    ]
    if by_kind:
        lines.append(
            "no-gold by kind (a case's gold may list only parameters and training tokens): "
            + ", ".join(by_kind)
        )
    attributed = c["org_right"] + c["org_wrong"] + c["org_missing"]
    if attributed:
        lines.append(
            f"organization, on {attributed} right facts whose developer the text states: "
            f"{c['org_right'] / attributed:.1%} right, {c['org_wrong'] / attributed:.1%} another, "
            f"{c['org_missing'] / attributed:.1%} none"
        )
    return "\n".join(lines)


def report_rules(counts: Counter) -> str:
    """Precision per linking rule (``Fact.rule``; "None" for unlinked facts): of the size facts
    each rule produced, the share that are wrong (a model no gold fact of that value names, or
    none when a gold fact names one) and the share in no gold at all."""
    rules = sorted(
        {key.split(":")[1] for key in counts if key.startswith("rule:")},
        key=lambda r: -counts[f"rule:{r}:produced"],
    )
    lines = [f"{'rule':28s} {'produced':>8s} {'wrong':>7s} {'no-gold':>7s}"]
    for rule in rules:
        produced = counts[f"rule:{rule}:produced"]
        lines.append(
            f"{rule:28s} {produced:8d} {counts[f'rule:{rule}:wrong'] / produced:7.1%} "
            f"{counts[f'rule:{rule}:no_gold'] / produced:7.1%}"
        )
    return "\n".join(lines)


# -- the models table, end to end ------------------------------------------------------------

TABLE_TOLERANCE = 0.05
TABLE_RULES = """matching rules: a table row is an abstract's gold model when both resolve to the
same reference model (name or alias), or when their names are equal once case, spaces, hyphens and
brackets are set aside, or when the row's name with its size taken off equals the gold name
with its size taken off and the row's parameter count is the gold size, or equals the gold name
with its tier taken off ("ProGen2" for "ProGen2-xlarge", "CPM" for "CPM-Large") and the row's
count is the gold model's, or the other way round ("EfficientDet-D7" at 77M for Epoch's
"EfficientDet" at 77M). A family row ("Qwen1.5")
is not a member ("Qwen1.5-72B") unless its own count is that member's, even where the reference
gives the family's name as that member's alias. Values are right within
5%; organizations are right when the row's canonical organization is one of Epoch's.
Duplicates: two rows that resolve to the same reference model or the same gold model."""


def build_table(rows: list[Row]):
    """The models table of the abstracts, ingested with their titles and dates as ``ingest``
    stores documents, in a temporary in-memory store."""
    from insights.ingest import Document, ingest
    from insights.store import Store

    store = Store(":memory:")
    documents = [
        Document(text=r.abstract, title=r.title or None, source=r.model, date=r.date or None)
        for r in rows
    ]
    ingest(store, documents)
    return store.models()


def _family_and_size(name: str) -> tuple[str, float | None]:
    from insights.extract.names import split_size

    family, size = split_size(regex.sub(r"\s*\(([^)]*)\)", r" \1", name))
    return family, size


def gold_matches(row_name: str, row_params, gold: Row) -> bool:
    """Whether a table row is the gold model (see TABLE_RULES)."""
    from insights.extract.reference import find_model

    ref_row, ref_gold = find_model(row_name), find_model(gold.model)
    if ref_row is not None and ref_row is ref_gold:
        # A family's name can be the reference's alias of one member ("Qwen1.5" for
        # "Qwen1.5-72B"): it is that member only at that member's size.
        written = _family_and_size(ref_row.model)[1]
        if written is None or _family_and_size(row_name)[1] is not None:
            return True
        if _within(row_params, written):
            return True
    if gold_key(row_name) == gold_key(gold.model):
        return True
    family, size = _family_and_size(row_name)
    gold_family, gold_size = _family_and_size(gold.model)
    count = _number(row_params)
    tier = GOLD_TIER.search(gold.model)
    if family and tier is not None and gold_key(gold.model[: tier.start()]) == gold_key(row_name):
        # a family's row at the count of the gold's tier: "ProGen2" at 6.4B is ProGen2-xlarge
        return size is None and _within(count, gold.gold_params)
    label = MEMBER_LABEL.search(row_name)
    if label is not None and gold_key(row_name[: label.start()]) == gold_key(gold.model):
        # a member's row at the count Epoch gives under its family's name: "EfficientDet-D7"
        # at 77M is Epoch's "EfficientDet" (77M, the D7's count)
        return _within(count, gold.gold_params)
    if not family or family != gold_family:
        return False
    # (the row's count, not the size its name writes: "ST-MoE-32B" holds 269B, ST-MoE's count)
    size = count if count is not None and count > 0 else size
    target = gold_size if gold_size is not None else gold.gold_params
    return _within(size, target)


# A tier a gold name ends with, which says which member of its family it is: "-xlarge",
# "-Large", "-B" (DeiT-B), " XL".
TIERS = r"x{0,2}l|x?large|base|small|medium|tiny|huge|giant|b|l|s|h|g"
GOLD_TIER = regex.compile(r"(?i)[-_ ](?:%s)\Z" % TIERS)
# A member's label a row's name ends with, where the gold names the family: a tier or a letter
# and a number, not a version ("-D7" of EfficientDet, "-B4"; not "-v2").
MEMBER_LABEL = regex.compile(r"(?i)[-_ ](?:%s|(?!v)[a-z][0-9]{1,2})\Z" % TIERS)


def _within(value, gold) -> bool:
    try:
        value, gold = float(value), float(gold)
    except (TypeError, ValueError):
        return False
    if value != value or gold != gold or gold <= 0:
        return False
    return abs(value - gold) <= TABLE_TOLERANCE * gold


def organization_right(found, gold: str) -> bool:
    """Whether a fact's organization is the one a case's gold writes, as the gold may write it.

    >>> organization_right("Alibaba", "Qwen"), organization_right("DeepMind", "Google")
    (True, True)
    >>> organization_right("Meta", "Google"), organization_right("Huawei", "Huawei Noah's Ark Lab")
    (False, True)
    >>> organization_right("Microsoft", "Orca Systems")
    False
    >>> organization_right("NVIDIA", "Mistral AI with NVIDIA")
    True
    """
    from insights.extract.organizations import canonical_organization, parent_organization
    from insights.extract.reference import family_organization, hub_account_organization

    if not isinstance(found, str) or not found:
        return False
    # any one of a joint work's: "Google, Stanford", "Mistral AI and NVIDIA", "A & B", "Zhipu /
    # Z.ai"; a hub account the maker publishes under ("Qwen", "HuggingFaceTB") or the brand
    # of its models ("Baichuan" for Baichuan Intelligence); a gold written
    # longer than the name ("Allen Institute for AI (Ai2)", "Whitecliff University NLP Group",
    # "Qwen team at Alibaba Cloud") holds it as whole words
    parts = [o.strip() for o in regex.split(r",|/|\band\b|&", regex.sub(r"\([^()]*\)", "", gold))]
    want = {
        (
            canonical_organization(o)
            or hub_account_organization(o)
            or (family_organization(o) if " " not in o else None)  # (a brand is one word:
            # not "Orca Systems", "Mistral AI with NVIDIA", a lab of its own or a joint work)
            or o
        ).casefold()
        for o in parts
        if o
    }
    name = (canonical_organization(found) or found).casefold()
    # a unit and the organization it is part of name one maker: DeepMind's Gemma is Google's
    above_found = (parent_organization(found) or "").casefold()
    above_gold = {(parent_organization(o) or "").casefold() for o in parts if o}
    return (
        name in want
        or above_found in want
        or name in above_gold
        or any(regex.search(r"(?<!\w)%s(?!\w)" % regex.escape(name), w) for w in want)
    )


def score_table(rows: list[Row], table) -> tuple[Counter, list[str]]:
    """Counts over the abstracts that state their parameter count, and lines to read."""
    from insights.extract.reference import find_model

    counts: Counter = Counter()
    lines: list[str] = []
    records = table.to_dict("records")
    counts["rows"] = len(records)
    matched_rows: set[int] = set()
    for gold in rows:
        if not gold.params_stated:
            continue
        counts["stated"] += 1
        hits = [i for i, r in enumerate(records) if gold_matches(r["model"], r["parameters"], gold)]
        matched_rows.update(hits)
        if len(hits) > 1:
            counts["duplicates"] += len(hits) - 1
            lines.append(f"DUPLICATE {gold.model}: " + ", ".join(records[i]["model"] for i in hits))
        if not hits:
            lines.append(f"MISSING   {gold.model}")
            continue
        counts["found"] += 1
        best = next(
            (i for i in hits if _within(records[i]["parameters"], gold.gold_params)), hits[0]
        )
        row = records[best]
        right = _within(row["parameters"], gold.gold_params)
        counts["params_right"] += right
        if not right:
            lines.append(f"PARAMS    {gold.model}: row {row['model']} has {row['parameters']}, "
                         f"gold {gold.gold_params:.4g}")  # fmt: skip
        org = organization_right(row["organization"], gold.organization)
        counts["org_right"] += org
        if not org:
            lines.append(f"ORG       {gold.model}: row {row['model']} has {row['organization']!r}, "
                         f"gold {gold.organization!r}")  # fmt: skip
        if gold.data_stated:
            counts["data_stated"] += 1
            counts["tokens_right"] += _within(row["training_tokens"], gold.gold_data)
    by_reference: dict[str, list[str]] = {}
    for i, r in enumerate(records):
        ref = find_model(r["model"])
        written = _family_and_size(ref.model)[1] if ref is not None else None
        if ref is not None and (written is None or _within(r["parameters"], written)):
            by_reference.setdefault(ref.model, []).append(r["model"])
        elif i not in matched_rows:
            lines.append(f"UNKNOWN   {r['model']} (no reference model, no gold: read to judge)")
            counts["unknown"] += 1
    for ref, names in by_reference.items():
        if len(names) > 1:
            counts["duplicates"] += len(names) - 1
            lines.append(f"DUPLICATE {ref}: " + ", ".join(names))
    return counts, lines


def report_table(counts: Counter) -> str:
    """The table's figures, each a share with its counts, and the matching rules."""

    def share(part: str, whole: str, note: str = "") -> str:
        done, total = counts[part], counts[whole]
        return f"{done / (total or 1):6.1%}  ({done}/{total}{note})"

    return "\n".join(
        [
            f"rows in the table        {counts['rows']:5d}",
            f"gold models with a row   {share('found', 'stated', ' stated')}",
            f"parameters right         {share('params_right', 'stated')}",
            f"organization right       {share('org_right', 'stated')}",
            f"tokens right             {share('tokens_right', 'data_stated', ' found, stated')}",
            f"duplicate rows           {share('duplicates', 'rows')}",
            f"rows that no reference model or gold names: {counts['unknown']} (--misses lists"
            " them, to judge by reading)",
            TABLE_RULES,
        ]
    )


# -- the models table against a gold table written by reading the texts ----------------------

GOLD_RULES = """a table row is a gold row when its name or one of the gold row's aliases is the
same name (the one normalizer, brackets aside) and both have a parameter count or neither has;
failing that, when the two share a family (the name with its size taken off) and the row's size
(written in its name, else its count) is the gold row's count, so a row "PaLM" with 540B is the
gold "PaLM 540B"; failing that, the gold row of that name (a family row, whose blank count the
row's count then contradicts). Columns compared: organization (canonical; any one of a joint
work's), parameters, active parameters and training tokens (within 5%, blank against blank),
release month (where the gold gives one)."""
JOINT = regex.compile(r"\s*(?:,|;|\band\b)\s*")
GOLD_COLUMNS = ("organization", "parameters", "active_parameters", "training_tokens", "month")


@dataclass(frozen=True)
class GoldModel:
    model: str
    aliases: tuple[str, ...]
    organization: str
    parameters: float | None
    active_parameters: float | None
    training_tokens: float | None
    month: str
    month_basis: str = ""  # "text", "document", or "knowledge": a month the texts do not state


def read_gold_models(path: str) -> list[GoldModel]:
    with open(path, encoding="utf-8", newline="") as f:
        return [
            GoldModel(
                model=r["model"],
                aliases=tuple(a for a in r["aliases"].split(";") if a.strip()),
                organization=r["organization"],
                parameters=_float(r["parameters"]),
                active_parameters=_float(r["active_parameters"]),
                training_tokens=_float(r["training_tokens"]),
                month=r["release_month"],
                month_basis=r.get("release_basis") or "",
            )  # fmt: skip
            for r in csv.DictReader(f)
        ]


def _gold_index(golds: list[GoldModel]) -> dict[str, list[GoldModel]]:
    index: dict[str, list[GoldModel]] = {}
    for gold in golds:
        for name in (gold.model, *gold.aliases):
            index.setdefault(gold_key(name), []).append(gold)
    return index


def find_gold(name: str, parameters, golds: list[GoldModel], index=None) -> GoldModel | None:
    """The gold row a table row is (see GOLD_RULES), or None."""
    index = index if index is not None else _gold_index(golds)
    has_count = _number(parameters) is not None
    spelled = index.get(gold_key(name), [])
    named = [g for g in spelled if (g.parameters is not None) == has_count]
    if named:
        return next((g for g in named if _within(parameters, g.parameters)), named[0])
    family, size = _family_and_size(name)
    size = size if size is not None else _number(parameters)
    for gold in golds:
        for spelling in (gold.model, *gold.aliases):
            if _family_and_size(spelling)[0] == family and _within(size, gold.parameters):
                return gold
    return spelled[0] if spelled else None  # a family's row, for a count none of its members has


def _number(value) -> float | None:
    try:
        value = float(value)
    except (TypeError, ValueError):
        return None
    return None if value != value else value


def _same_value(found, gold: float | None) -> bool:
    found = _number(found)
    return found is None if gold is None else _within(found, gold)


def _same_organization(found, gold: str) -> bool:
    from insights.extract.organizations import canonical_organization

    found = found if isinstance(found, str) and found.strip() else ""
    if not found or not gold:
        return not found and not gold
    # A model several organizations made ("Microsoft and NVIDIA") is right under any of them.
    wanted = {(canonical_organization(o) or o.strip()).casefold() for o in JOINT.split(gold)}
    return (canonical_organization(found) or found).casefold() in wanted


def score_gold(golds: list[GoldModel], table) -> tuple[Counter, list[str]]:
    """Each table row against the gold row it is: counts per column and lines to read."""
    counts: Counter = Counter()
    lines: list[str] = []
    index = _gold_index(golds)
    seen: dict[str, str] = {}
    for row in table.to_dict("records"):
        counts["rows"] += 1
        gold = find_gold(row["model"], row["parameters"], golds, index)
        if gold is None:
            counts["no_gold"] += 1
            lines.append(f"NO GOLD   {row['model']} ({_shown_value(row['parameters'])})")
            continue
        if gold.model in seen:
            counts["duplicates"] += 1
            lines.append(f"DUPLICATE {row['model']} is {gold.model}, as {seen[gold.model]} is")
            continue
        seen[gold.model] = row["model"]
        date = row.get("date")
        checks = {
            "organization": _same_organization(row["organization"], gold.organization),
            "parameters": _same_value(row["parameters"], gold.parameters),
            "active_parameters": _same_value(row.get("active_parameters"), gold.active_parameters),
            "training_tokens": _same_value(row["training_tokens"], gold.training_tokens),
            "month": not gold.month or (isinstance(date, str) and date[:7] == gold.month),
        }
        for column, right in checks.items():
            counts[column] += right
        counts["all_right"] += all(checks.values())
        # (a month the gold knows from elsewhere, which no text of the folder states)
        counts["all_right_stated"] += all(
            right or (column == "month" and gold.month_basis == "knowledge")
            for column, right in checks.items()
        )
        wrong = [c for c, right in checks.items() if not right]
        if wrong:
            found = {
                "organization": row["organization"], "parameters": _shown_value(row["parameters"]),
                "active_parameters": _shown_value(row.get("active_parameters")),
                "training_tokens": _shown_value(row["training_tokens"]), "month": date,
            }  # fmt: skip
            expected = {
                "organization": gold.organization, "parameters": _shown_value(gold.parameters),
                "active_parameters": _shown_value(gold.active_parameters),
                "training_tokens": _shown_value(gold.training_tokens), "month": gold.month,
            }  # fmt: skip
            said = "; ".join(f"{c} {found[c]!r}, gold {expected[c]!r}" for c in wrong)
            lines.append(f"WRONG     {row['model']} ({gold.model}): {said}")
    counts["gold_rows"] = len(golds)
    counts["gold_found"] = len(seen)
    return counts, lines


def _shown_value(value) -> str:
    from insights.tables import human

    return human(_number(value))


def report_gold(counts: Counter) -> str:
    """The share of rows right in every column, wrong rows, and each column's accuracy."""
    rows = counts["rows"] or 1
    matched = counts["rows"] - counts["no_gold"] - counts["duplicates"]

    def share(key: str) -> str:
        return f"{counts[key] / rows:6.1%}  ({counts[key]})"

    lines = [
        f"rows in the table            {counts['rows']:5d}",
        f"rows right in every column   {share('all_right')}",
        f"  months from memory aside   {share('all_right_stated')}"
        "  (gold months no text states, release_basis 'knowledge', not compared)",
        f"rows no gold row is          {share('no_gold')}",
        f"duplicate rows               {share('duplicates')}",
        f"gold rows the table has      {counts['gold_found']:5d} of {counts['gold_rows']}",
    ]
    for column in GOLD_COLUMNS:
        lines.append(f"  {column:26s} {counts[column] / (matched or 1):6.1%} of matched rows")
    return "\n".join([*lines, GOLD_RULES])


def build_corpus_table(folder: str):
    """The models table of a folder of documents, ingested into an in-memory store."""
    from insights.ingest import ingest
    from insights.store import Store

    store = Store(":memory:")
    ingest(store, [folder])
    return store.models()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m insights.evaluate", description=__doc__.split("\n")[0]
    )
    parser.add_argument("path", help="abstracts_eval.csv, or a .jsonl set of cases")
    parser.add_argument(
        "--gold", metavar="CSV",
        help="with a folder of documents as PATH: score its models table against this gold table",
    )  # fmt: skip
    parser.add_argument(
        "--table", action="store_true",
        help="ingest the abstracts (with their titles) and score the models table built from them",
    )  # fmt: skip
    parser.add_argument("--misses", action="store_true", help="list the rows the extractor missed")
    parser.add_argument(
        "--rules", action="store_true",
        help="with a .jsonl set: precision per rule that linked a fact to its model",
    )  # fmt: skip
    parser.add_argument("--repeat", type=int, default=3, help="timing runs; the best is kept")
    args = parser.parse_args(argv)
    try:
        if args.path.endswith(".jsonl"):
            cases = read_cases(args.path)
            by_style, wrong = score_cases(cases)
            summary = report_cases(by_style)
            if args.rules:
                summary += "\n\n" + report_rules(by_style["all"])
            _show(f"{len(cases)} cases from {args.path}", summary, wrong, args)
        elif args.gold:
            counts, lines = score_gold(read_gold_models(args.gold), build_corpus_table(args.path))
            header = f"models table of {args.path} against {args.gold}"
            _show(header, report_gold(counts), lines, args)
        elif args.table:
            rows = read_rows(args.path)
            counts, lines = score_table(rows, build_table(rows))
            header = f"{len(rows)} abstracts from {args.path}, ingested with their titles"
            header += corrections_note(rows)
            _show(header, report_table(counts), lines, args)
        else:
            rows = read_rows(args.path)
            scores, facts_by_model = score(rows, args.repeat)
            lines = misses(rows, facts_by_model).splitlines()
            header = f"{len(rows)} abstracts from {args.path}" + corrections_note(rows)
            _show(header, report(scores), lines, args)
    except (OSError, KeyError, ValueError, csv.Error) as error:
        print(f"cannot read the evaluation set: {error}", file=sys.stderr)
        return 2
    return 0


def _show(header: str, summary: str, lines: list[str], args) -> None:
    print(header)
    print(summary)
    if args.misses:
        print("\n".join(lines))

if __name__ == "__main__":
    raise SystemExit(main())
