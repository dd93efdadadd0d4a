"""The evaluation on Epoch AI's abstracts, as a regression guard (needs ../shared)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from insights.evaluate import (
    Case,
    GoldModel,
    Row,
    build_corpus_table,
    build_table,
    check_case,
    corrections_note,
    find_gold,
    gold_matches,
    read_cases,
    read_gold_models,
    read_rows,
    report_cases,
    report_rules,
    same_model,
    score,
    score_cases,
    score_gold,
    score_table,
    wrong_values,
)
from insights.fact import Fact

EVAL_CSV = Path(__file__).resolve().parent.parent.parent / "shared/data/epoch/abstracts_eval.csv"
STYLES = Path(__file__).resolve().parent.parent / "data/eval/styles.jsonl"


@pytest.fixture(scope="module")
def scores():
    if not EVAL_CSV.exists():
        pytest.skip(f"{EVAL_CSV} is not here: the evaluation set lives outside the repository")
    return score(read_rows(str(EVAL_CSV)), repeat=1)[0]


def test_parameter_recall_meets_the_target(scores):
    assert scores.params_total == 96
    assert scores.params_recall >= 0.95


def test_dataset_size_recall_meets_the_target(scores):
    assert scores.data_total == 21
    assert scores.data_recall >= 0.85


def test_model_linked_recall_does_not_fall_back(scores):
    # Issue 2's target is 0.85, out of reach on this set: 12 of the 17 rows missed never name
    # the gold model (see the closing note of the fourth session). This guards what is reached.
    assert scores.linked_recall >= 0.80


def test_styles_set_does_not_fall_back():
    """Text in other registers (data/eval/styles.jsonl): floors a little under today's 94.20%
    found, 90.33% linked, 285 unstated sizes and 277 "not a size" numbers read as sizes, and
    ceilings a little over today's precision misses (0.94% of linked facts on a wrong model,
    5.74% of produced facts in no gold); organization right on at least 91.2% of the right
    facts whose developer the text states (91.3% today). In the twenty-third session a blind
    audit of the older batches' unattributed sizes (see data/eval/README.md) gave 156 a named
    family's listed sizes as gold for precision, which took the wrong-model share from 1.41% to
    1.10% at the session's data commit; the session's fixes took it to 0.94% (1.25% by the
    writers' gold alone). Batches 32 and 33, added in the
    twenty-second session, brought the stated facts from 14,709 to 16,154, linked from 89.9%,
    the unstated sizes from 213, the "not a size" numbers from 229 and the organizations down
    from 91.8% (writers who credit "Google" where the text says so and the reference says
    DeepMind, and makers named only in a byline): their 120 blind documents read 3.2% (batch
    32, at the session's start) and 2.6% and 1.7% (batch 33's halves, on arrival with that
    session's fixes to then) of linked facts on a wrong model, 1.9% and 0.9% at its end. Batches
    30 and 31, added in the
    twenty-first session, brought the stated facts from 13,265 to 14,709, the unstated sizes
    from 166, the "not a size" numbers from 193 and the no-gold share from 5.3% (their writers
    list post-training tokens and non-embedding counts the extractor does not read as such),
    and the organizations down from 92.5% (a writer's "Qwen" for Alibaba's team, "Google" for
    Gemma): their 110 blind documents read 6.7% and 5.7% of linked facts on a wrong model on
    arrival at the session's start, 2.3% for batch 31 with the session's fixes made before it
    arrived, 2.1% and 1.1% at the session's end. Batch 29, added in the twentieth
    session, brought the stated facts from 12,334 to 13,265, found from 94.1% (93.99% now: its
    writers list a name's rounded size beside the stated one, "gpt-oss-120b" beside 117B,
    where the extractor keeps the stated one), linked from 90.0%, the unstated sizes from 146
    and the "not a size" numbers from 172: its 60 blind documents read 3.4% of linked facts on
    a wrong model on arrival, 2.6% after the session's fixes. In the twentieth session two blind
    audits of the produced facts in no gold or on a wrong model (729 of them) found 364 the
    writers' gold had left out (sizes in names, active counts, hypotheticals); they are each
    case's "audited" facts, gold for precision only, and took the unstated sizes from 513, the
    "not a size" numbers from 308, the wrong-model share from 1.7% and the no-gold share from
    7.5% (see data/eval/README.md). Batch 28, added in the nineteenth
    session, brought the stated facts from 11,401 to 12,334, the unstated sizes up from 490
    and the "not a size" numbers from 292: its 60 blind documents read 4.4% of linked facts on
    a wrong model on arrival, 0.4% after the session's fixes. Batch 27, added in the eighteenth
    session, brought the stated facts from 10,546 to 11,401, the unstated sizes up from 468,
    the "not a size" numbers from 274 and the no-gold share from 7.5%, and the organizations
    down from 92.3%: its 60 blind documents read 4.8% of linked facts on a wrong model on
    arrival, 2.0% after the session's fixes. Batch 26, added in the seventeenth
    session, brought the stated facts from 9,615 to 10,546, the unstated sizes up from 444 and
    the "not a size" numbers from 251: its 60 blind documents read 4.0% of linked facts on a
    wrong model on arrival (its gold lists parameters and tokens only, so layers and data
    counts it reads are in no gold). Batch 25, added in the sixteenth
    session, brought the stated facts from 9,067 to 9,615, the unstated sizes up from 440 and
    the "not a size" numbers from 244: its 40 blind documents read 2.4% of linked facts on a
    wrong model on arrival. Batch 24, added in the fifteenth session, brought the stated facts
    from 8,508 to 9,067, the unstated sizes up from 436 and the "not a size" numbers from 237.
    Batch 23, added in the fourteenth session, brought the unstated sizes up from 402, the "not
    a size" numbers from 209, the no-gold share from 7.2% and the organizations down from
    91.5%. Batches 16 to 25 (40 documents each) keep the no-gold share above the earlier
    cases' 3.4%: batch 16's writer listed a size written into a name only where the text uses
    it as a size, and batches 17 to 25 left out active counts and counts of images, pairs and
    examples (see data/eval/README.md). Batch 34, added in the twenty-third session, brought the
    stated facts from 16,154 to 16,951, the unstated sizes from 259 and the "not a size" numbers
    from 262: its 60 blind documents, on many models at once and on families as their makers
    document them, read 4.6% and 3.1% of linked facts on a wrong model at the session's start.
    Batch 35, added in the twenty-fourth session, brought the stated facts to 17,656, the
    unstated sizes from 284 to 306, the "not a size" numbers from 277 to 291, the no-gold share
    from 5.7% to 5.9% and the organizations right from 91.4% to 90.9%: its 60 blind documents,
    on makers and release dates and on models beyond chat LLMs, read 3.8% and 4.6% of linked
    facts on a wrong model on arrival, which took the whole set from 0.94% to 1.07% (0.95% after
    the session's fixes). Batch 36, added in the twenty-fifth session, brought the stated facts
    to 18,529, the unstated sizes from 301 to 321 and the "not a size" numbers from 291 to 303:
    its 60 blind documents, on many models on one page and on model cards and READMEs as hubs
    publish them, read 2.0% and 1.7% of linked facts on a wrong model on arrival (0.6% and 1.5%
    after the session's fixes); the whole set read 0.99% with the session's start code, 0.95%
    at its end. Batch 37, added in the same session, brought the stated facts to 19,339, found
    from 94.1% to 94.0%, the unstated sizes to 341, the "not a size" numbers to 318 and the
    organizations right from 91.0% to 90.6% (37b's abstracts name makers in affiliation lines):
    its 60 blind documents, newsletters and abstracts, read 1.9% and 3.8% on a wrong model on
    arrival (1.3% and 1.3% at the session's end); with both batches the whole set read 1.06%
    with the session's start code and 0.95% at its end. Batch 38, the same session's held-back
    measure of fresh text, brought the stated facts to 20,076, linked to 90.2%, the unstated
    sizes to 381, the "not a size" numbers to 340 and the organizations right to 90.2%: its 60
    blind documents read 6.2% and 4.8% of linked facts on a wrong model on arrival (5.3% and 3.1%
    at the session's end), which took the whole set to 1.07% (1.23% with the start code), over
    the 1% target. The twenty-sixth session's fixes (a "Params (non-emb.)" column's pairs, fine-
    tunes' bases, bounds on classes of models) took it to 0.9994% (236 of 23,614), meeting the
    target, which was the floor until batch 39, added in the same session (60 blind documents:
    makers and release months across many models; sizes written several ways for one model),
    brought the stated
    facts to 20,893: found fell to 93.99% (39b's writer lists sizes the extractor does not read:
    a side-on table's parts, adapters' trainable counts), linked to 90.03%, and it read 2.0% and
    5.2% of linked facts on a wrong model on arrival, which took the whole set to 1.07% (1.15%
    with the session's start code). Reading non-embedding counts as facts qualified
    "non-embedding" (the batches' briefs count them; the models table takes none for a size)
    took found to 94.6% and linked to 90.6%; with the session's last fixes the whole set reads
    1.03% of linked facts on a wrong model (255 of 24,653). Batch 40, the same session's
    held-back measure (60 blind documents: the everyday mix, and pages about many models),
    brought the stated facts to 21,759 and read 0.2% and 1.0% of linked facts on a wrong model
    on arrival (0.2% and 1.0% with the start code, whose found and linked were 3 points lower);
    the whole set then reads 1.01% (259 of 25,585; 1.13% with the start code). The twenty-
    seventh session's fixes took that set to 0.95% (243 of 25,584). Batches 41 and 42, added in
    that session (120 blind documents: derived models and their bases, short names and
    back-references, an ordinary week, numbers that are no model's size beside ones that are),
    brought the stated facts to 23,232, the unstated sizes to 484, the "not a size" numbers to
    393 and the organizations right to 90.1%; on arrival they read 6.0%, 1.6%, 6.2% and 1.2% of
    linked facts on a wrong model (1.8%, 0.9%, 2.2% and 0.5% at the session's end), and the whole
    set reads 0.97% (266 of 27,305; 1.19% with the session's start code). The twenty-eighth
    session took that set to 0.95% (259 of 27,294) and added batch 43 (60 blind documents:
    tables and lists of many sizes, many labs in one document), which read 1.7% and 2.5% of
    linked facts on a wrong model on arrival (0.5% and 0.6% at the session's end); with it the
    stated facts are 24,171, the unstated sizes 504, the "not a size" numbers 414, and the whole
    set reads 0.93% (265 of 28,354; 1.01% with the session's start code). Batch 44, added at
    that session's end (60 blind documents: release notes and changelogs, papers and the models
    they compare), read 0.5% and 2.6% on arrival (0.5% and 1.7% after the fixes it prompted) and
    brings the stated facts to 25,068; the whole set then reads 0.94% (276 of
    29,415; 1.03% with the start code). Its gold writes some makers as the text styles them ("Allen
    Institute for AI (Ai2)", a hub account for a university's model), which the organization
    measure did not join to the canonical names, so the set's organizations right read 89.8%.
    The twenty-ninth session joins what it can (a hub account the gold writes, "Qwen" for
    Alibaba; a brand, "Baichuan" for Baichuan Intelligence; a unit and the organization it is
    part of, DeepMind and Google; "Zhipu / Z.ai") and names makers as texts do ("Oslo's Halvard
    AI" is Halvard AI): 92.5%. Batches 45 (mixture-of-experts and reasoning models; rankings and
    buyer's guides) and 46 (a held-back measure of the common registers), 120 blind documents,
    read 5.7%, 3.8%, 4.3% and 3.6% of linked facts on a wrong model on arrival (2.5%, 2.6%, 4.3%
    and 3.6% at the session's end: 46 was not tuned to) and bring the stated facts to 26,728;
    the whole set then reads 1.08% (337 of 31,306; 1.15% with the session's start code, 360),
    over the 1% target, with organizations right 93.2% (89.4% with the start code). The
    thirtieth session's fixes (read against batch 46 and the whole set's wrong links) bring
    that set to 0.94% (295 of 31,292); batch 47 (a held-back measure of READMEs, model cards,
    blog comparisons, newsletters and abstracts), 60 blind documents, read 2.1% and 1.3% on
    arrival (1.9% and 0.9% at the end, not tuned to) and bring the stated facts to 27,533; the
    whole set then reads 0.95% (306 of 32,223; 1.09% with the session's start code, 353).
    Batches 48 (read and tuned to by the thirty-first session: 3.0% and 3.8% on arrival, 1.3%
    and 2.0% at the end) and 49 (held back: 3.0% and 2.2% on arrival, 2.6% and 2.2% at the
    end), 120 blind documents, bring the stated facts to 29,269; the whole set then reads
    1.00% (340 of 34,170; 1.07% with the session's start code, 365). The thirty-second
    session's fixes bring that set to 0.91% (310 of 34,119); batch 50 (model cards and READMEs
    with size tables and release lists, read and tuned to: 4.6% on arrival, 2.4% at the end;
    newsletters and blog comparisons, held back: 1.4% on arrival and at the end), 61 blind
    documents, brings the stated facts to 30,274; the whole set then reads 0.94% (333 of
    35,310; 1.07% with the session's start code, 378), and 0.93% (328 of 35,305) once five of
    50b's eight wrong links were read and fixed after its end score. Batch 51 (abstracts and
    blog comparisons, read and tuned to: 1.9% on arrival; makers and release months in cards
    and newsletters, held back: 3.5% on arrival), 60 blind documents, brings the stated facts to
    31,181; the whole set then reads 0.96% (349 of 36,383; 0.98% with the thirty-third
    session's start code, 358), and 0.93% (340 of 36,380) at the session's end, 51b read after
    its held-back end score (3.3%, 20 of 599; 1.9%, 11 of 592, once read). Batch 52 (model
    cards and READMEs, read and tuned to: 2.6% on arrival, 0.6% at the end; newsletters and blog
    comparisons, held back: 1.6% on arrival, 1.4% at the end, 0.6% once read), 60 blind
    documents, brings the stated facts to 32,119; the whole set then reads 0.97% (363 of 37,497)
    with the thirty-fourth session's start code and 0.85% (319 of 37,502) at its end. Batch 53
    (abstracts and blog comparisons, read and tuned to: 2.7% on arrival, 0.7% at the end;
    newsletters and READMEs with release lists, held back: 2.6% on arrival and at its held-back
    score, 1.1% once read), 60 blind documents, brings the stated facts to 33,013; the whole set
    then reads 0.90% (347 of 38,562) with the thirty-fifth session's start code and 0.85% (328
    of 38,542) at its end."""
    # Every third case (1,060 of 3,179, every register and batch): every second one took 26 s
    # of a suite that must stay under three minutes, the whole set a minute. The whole set's
    # figures come from `python -m insights.evaluate data/eval/styles.jsonl` (at the
    # forty-third session's start: found 94.6%, linked 90.9%, 764 unstated sizes, 572 "not a
    # size" numbers, 0.83% of linked facts on a wrong model, organizations right 93.0%); this
    # third read found 94.52%, linked 90.90%, 259 unstated, 184 "not a size", 1.06% (138 of
    # 12,984) on a wrong model, 6.06% of produced facts in no gold and organizations right
    # 93.1%. (Every second case read 94.42%, 90.68%, 411, 309, 0.74%, 6.14% and 94.1% at the
    # fortieth session's start.)
    counts = score_cases(read_cases(str(STYLES))[::3])[0]["all"]
    assert counts["stated"] == 11170
    assert counts["found"] / counts["stated"] >= 0.9440
    assert counts["linked"] / counts["stated"] >= 0.9075
    assert counts["unexpected"] <= 264
    assert counts["not_a_size_read"] <= 189
    assert counts["wrong_model"] / counts["produced_linked"] <= 0.0112
    assert counts["no_gold"] / counts["produced"] <= 0.0615
    attributed = counts["org_right"] + counts["org_wrong"] + counts["org_missing"]
    assert counts["org_right"] / attributed >= 0.930


@pytest.mark.parametrize(
    ("found", "gold", "same"),
    [
        ("Llama 2", "Llama 2-70B", True),
        ("GPT-3 175B", "GPT-3 175B (davinci)", True),
        ("gpt-3", "GPT-3", True),
        ("Qwen2.5", "Qwen2.5 Instruct (72B)", True),
        ("Gopher", "Chinchilla", False),
        ("GPT-4", "GPT-3", False),
        (None, "GPT-3", False),
        ("", "GPT-3", False),
    ],
)
def test_same_model(found, gold, same):
    assert same_model(found, gold) is same


def _fact(kind, value, model, start=0, end=3):
    return Fact(kind=kind, value=value, unit="", model=model, organization=None, qualifier=None,
                start=start, end=end, sentence="", sentence_start=0)  # fmt: skip


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        ([_fact("parameters", 7e10, "Orca")], {"stated": 1, "found": 1, "linked": 1}),
        ([_fact("parameters", 7e10, "Orca")], {"produced": 1, "correct": 1, "wrong_model": 0}),
        ([_fact("parameters", 7e10, "Heron")], {"stated": 1, "found": 1, "linked": 0}),
        (
            [_fact("parameters", 7e10, "Heron")],
            {"produced": 1, "correct": 0, "produced_linked": 1, "wrong_model": 1, "no_gold": 0},
        ),
        (
            [_fact("parameters", 7e10, None)],
            {"produced": 1, "correct": 0, "produced_linked": 0, "wrong_model": 0},
        ),
        (
            [_fact("parameters", 7e10, "Orca"), _fact("parameters", 7e10, "Heron", 9, 12)],
            {"produced": 2, "correct": 1, "produced_linked": 2, "wrong_model": 1},
        ),
        ([_fact("parameters", 7.3e10, "Orca")], {"stated": 1, "found": 0, "unexpected": 1}),
        ([_fact("parameters", 7.3e10, "Orca")], {"produced": 1, "no_gold": 1, "correct": 0}),
        ([_fact("training_tokens", 7e10, "Orca")], {"stated": 1, "found": 0, "unexpected": 1}),
        (
            [_fact("parameters", 7e10, "Orca"), _fact("parameters", 2e8, None, 20, 24)],
            {"stated": 1, "found": 1, "linked": 1, "unexpected": 1, "not_a_size_read": 1},
        ),
    ],
)
def test_check_case_counts(facts, expected):
    case = Case("test", "Orca has 70B params, $200M raised.", (("parameters", 7e10, "Orca"),),
                ("$200M",))  # fmt: skip
    counts = check_case(case, facts)
    assert {k: counts[k] for k in expected} == expected


def test_audited_facts_count_for_precision_not_recall():
    """A fact an audit found stated, which the writer's gold left out, makes a produced fact
    correct (and its number no "not a size") but is not one more fact to find."""
    text = "Orca has 70B params; Orca-Mini, 2B, is a toy."
    gold = (("parameters", 7e10, "Orca"),)
    facts = [_fact("parameters", 7e10, "Orca"), _fact("parameters", 2e9, "Orca-Mini", 32, 34)]
    plain = check_case(Case("test", text, gold, ("2B",)), facts)
    audited = check_case(
        Case("test", text, gold, ("2B",), audited=(("parameters", 2e9, "Orca-Mini"),)), facts
    )
    assert (plain["stated"], plain["correct"], plain["no_gold"]) == (1, 1, 1)
    assert (plain["unexpected"], plain["not_a_size_read"]) == (1, 1)
    assert (audited["stated"], audited["correct"], audited["no_gold"]) == (1, 2, 0)
    assert (audited["unexpected"], audited["not_a_size_read"]) == (0, 0)


def test_precision_per_rule():
    """Each produced size fact is counted under the rule that linked it: right, on a wrong
    model, or in no gold."""
    case = Case("test", "Orca has 70B params and 13B tokens.", (("parameters", 7e10, "Orca"),), ())
    facts = [
        replace(_fact("parameters", 7e10, "Orca"), rule="subject-before"),
        replace(_fact("parameters", 7e10, "Heron", 9, 12), rule="focus-heading"),
        replace(_fact("training_tokens", 1.3e10, "Orca", 24, 27), rule="subject-before"),
    ]
    lines = report_rules(check_case(case, facts)).splitlines()
    assert lines[1].split() == ["subject-before", "2", "0.0%", "50.0%"]
    assert lines[2].split() == ["focus-heading", "1", "100.0%", "0.0%"]


def test_no_gold_is_reported_per_kind():
    """A case's gold may list only parameters and training tokens, so facts of the other kinds
    are in no gold by construction; the report gives each kind's share apart."""
    case = Case("test", "Orca has 70B params, 13B tokens and 40 layers.",
                (("parameters", 7e10, "Orca"),), ())  # fmt: skip
    facts = [
        _fact("parameters", 7e10, "Orca"),
        _fact("training_tokens", 1.3e10, "Orca", 21, 24),
        _fact("layers", 40, "Orca", 36, 38),
    ]
    counts = check_case(case, facts)
    line = report_cases({"test": counts, "all": counts}).splitlines()[4]
    assert line.endswith("parameters 0.0% of 1, training tokens 100.0% of 1, layers 100.0% of 1")

def _gold(model, params=70e9, organization="DeepMind"):
    return Row(model=model, abstract="", gold_params=params, params_stated=True,
               gold_data=None, data_stated=False, organization=organization)  # fmt: skip


def test_a_wrong_value_is_a_plain_count_of_the_gold_model():
    # "Kite-7B, a model with 7.3B parameters (6.7B excluding embeddings)": the 6.7B, a part,
    # is no wrong value of Kite-7B's 7.3B; a plain 6.7B is.
    part = replace(_fact("parameters", 6.7e9, "Kite-7B"), qualifier="non-embedding")
    plain = _fact("parameters", 6.7e9, "Kite-7B")
    row = _gold("Kite-7B", 7.3e9)
    assert wrong_values(row, [_fact("parameters", 7.3e9, "Kite-7B"), part]) == []
    assert wrong_values(row, [plain]) == [plain]


# (case id, table row name, its parameters, gold model, gold parameters) -> the row is the gold
GOLD_MATCHES = [
    ("same name", "Falcon 180B", 180e9, "Falcon-180B", 180e9, True),
    ("brackets set aside", "Qwen2.5 72B", 72e9, "Qwen2.5 (72B)", 72e9, True),
    ("a reference alias", "GPT-3", 175e9, "GPT-3 175B (davinci)", 175e9, True),
    ("a one-sized name and its sized spelling", "QwQ", 32e9, "QwQ-32B", 32e9, True),
    ("a family row is not every member", "Qwen1.5", 0.5e9, "Qwen1.5-72B", 72e9, False),
    ("another model", "Gopher", 280e9, "Chinchilla", 70e9, False),
    ("another size of the family", "Llama 2 7B", 7e9, "Llama 2-70B", 70e9, False),
    ("a name whose size is no count", "ST-MoE-32B", 269e9, "ST-MoE", 269e9, True),
    ("a name's size, another count", "ST-MoE-32B", 32e9, "ST-MoE", 269e9, False),
    ("a family at its tier's count", "Kite2", 6.4e9, "Kite2-xlarge", 6.4e9, True),
    ("a family at another tier's count", "Kite2", 2.7e9, "Kite2-xlarge", 6.4e9, False),
    ("a family with no count is no tier", "Kite2", None, "Kite2-xlarge", 6.4e9, False),
    ("a sized row is not another tier", "Kite2 6.4B", 6.4e9, "Kite2-Large", 6.4e9, False),
    ("a member at the count given its family", "KiteDet-D7", 77e6, "KiteDet", 77e6, True),
    ("a member at another count", "KiteDet-D0", 3.9e6, "KiteDet", 77e6, False),
    ("a version is no member", "KiteDet-v2", 77e6, "KiteDet", 77e6, False),
]  # fmt: skip


@pytest.mark.parametrize("name, params, gold, gold_params, same", [c[1:] for c in GOLD_MATCHES],
                         ids=[c[0] for c in GOLD_MATCHES])  # fmt: skip
def test_gold_matches(name, params, gold, gold_params, same):
    assert gold_matches(name, params, _gold(gold, gold_params)) is same


def test_a_gold_value_its_source_contradicts_is_corrected_and_said(tmp_path):
    # Epoch gives Llama 2-7B the 70B model's count; epoch_corrections.csv corrects it, only
    # while the value is the one it was written against, and the report says so.
    path = tmp_path / "eval.csv"
    path.write_text(
        "model,organization,date,abstract,gold_params,params_stated,gold_data,data_stated,title\n"
        "Llama 2-7B,Meta,2023-07-18,text,70000000000.0,True,,False,\n"
        "Llama 2-70B,Meta,2023-07-18,text,70000000000.0,True,,False,\n"
        "Llama 2-7B,Meta,2023-07-18,text,6900000000.0,True,,False,\n",
        encoding="utf-8",
    )
    rows = read_rows(str(path))
    assert [row.gold_params for row in rows] == [7e9, 70e9, 6.9e9]
    assert [bool(row.correction) for row in rows] == [True, False, False]
    assert corrections_note(rows) == (
        "\ngold corrected: Llama 2-7B: parameters 7e+10 -> 7e+09 "
        "(data/reference/epoch_corrections.csv)"
    )


def test_score_table_counts_rows_values_organizations_and_duplicates():
    table = pd.DataFrame(
        {"model": ["Chinchilla", "Chinchilla-70B", "Gopher", "Heron"],
         "parameters": [70e9, 70e9, 100e9, 7e9],
         "organization": ["DeepMind", "DeepMind", "Meta", None],
         "training_tokens": [1.4e12, None, None, None]}
    )  # fmt: skip
    rows = [_gold("Chinchilla"), _gold("Gopher", 280e9), _gold("Orca", 13e9)]
    counts, lines = score_table(rows, table)
    assert (counts["stated"], counts["found"], counts["params_right"], counts["org_right"]) == (
        3, 2, 1, 1)  # fmt: skip
    assert counts["duplicates"] >= 1 and any(line.startswith("DUPLICATE") for line in lines)
    assert any(line.startswith("MISSING   Orca") for line in lines)
    assert any(line.startswith("UNKNOWN   Heron") for line in lines)


@pytest.fixture(scope="module")
def table_counts():
    if not EVAL_CSV.exists():
        pytest.skip(f"{EVAL_CSV} is not here: the evaluation set lives outside the repository")
    rows = read_rows(str(EVAL_CSV))
    return score_table(rows, build_table(rows))[0]


def test_models_table_on_the_abstracts_does_not_fall_back(table_counts):
    # Issue 11's targets: parameters and organization right for at least 0.85 of the 96 stated
    # (82/96 each today, with Epoch's Llama 2-7B count corrected: see epoch_corrections.csv).
    assert table_counts["stated"] == 96
    assert table_counts["params_right"] / table_counts["stated"] >= 0.85
    assert table_counts["org_right"] / table_counts["stated"] >= 0.85
    assert table_counts["duplicates"] / table_counts["rows"] <= 0.01


CORPUS = Path(__file__).resolve().parent.parent / "data/corpus"


@pytest.fixture(scope="module")
def gold_counts():
    golds = read_gold_models(str(CORPUS / "expected_models.csv"))
    return score_gold(golds, build_corpus_table(str(CORPUS)))[0]


def test_corpus_table_against_its_gold_does_not_fall_back(gold_counts):
    # Issue 11's target is 98% of rows right in every column with no wrong or duplicate row;
    # today's figures are far from it (see the closing note). These floors guard what is reached.
    rows = gold_counts["rows"]
    assert gold_counts["all_right"] / rows >= 0.87  # 87.6% today (204 of 233)
    assert gold_counts["all_right_stated"] / rows >= 0.93  # 94.0% (219), months from memory aside
    assert gold_counts["no_gold"] <= 3
    assert gold_counts["duplicates"] <= 1


# (case id, table row name, its parameters) -> the gold row it is, or None
GOLD_ROWS = [
    GoldModel("GPT-3", (), "OpenAI", None, None, None, "2020-05"),
    GoldModel("GPT-3 175B", ("GPT-3 (175B)",), "OpenAI", 175e9, None, 300e9, "2020-05"),
    GoldModel("Chinchilla", ("Chinchilla-70B",), "DeepMind", 70e9, None, 1.4e12, "2022-03"),
]
FIND_GOLD = [
    ("a bare family name with a count is the member of that count", "GPT-3", 175e9, "GPT-3 175B"),
    ("a bare family name without a count is the family", "GPT-3", None, "GPT-3"),
    ("an alias", "Chinchilla-70B", 70e9, "Chinchilla"),
    ("case and hyphens", "chinchilla 70b", 70e9, "Chinchilla"),
    ("no such model", "Gopher", 280e9, None),
]  # fmt: skip


@pytest.mark.parametrize("name, params, expected", [c[1:] for c in FIND_GOLD],
                         ids=[c[0] for c in FIND_GOLD])  # fmt: skip
def test_find_gold(name, params, expected):
    found = find_gold(name, params, GOLD_ROWS)
    assert (found.model if found else None) == expected


def test_a_month_the_gold_knows_from_elsewhere_is_set_aside_in_its_own_count():
    import pandas as pd

    golds = [
        GoldModel("Kite-7B", (), "Arden Labs", 7e9, None, None, "2024-05", "knowledge"),
        GoldModel("Heron-9B", (), "Arden Labs", 9e9, None, None, "2024-06", "text"),
    ]
    table = pd.DataFrame(
        [
            {"model": "Kite-7B", "organization": "Arden Labs", "parameters": 7e9,
             "active_parameters": None, "training_tokens": None, "date": "2024-08-01"},
            {"model": "Heron-9B", "organization": "Arden Labs", "parameters": 9e9,
             "active_parameters": None, "training_tokens": None, "date": "2024-08-01"},
        ]
    )  # fmt: skip
    counts = score_gold(golds, table)[0]
    assert (counts["all_right"], counts["all_right_stated"], counts["month"]) == (0, 1, 0)


def test_documents_table_counts_wrong_and_missing_values(tmp_path, capsys):
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "documents_table", Path(__file__).resolve().parent.parent / "scripts/documents_table.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    cases = tmp_path / "cases.jsonl"
    lines = [
        {"text": "Kite-2, a 7B model from Arden Labs, was released in May 2024.",
         "facts": [["parameters", 7e9, "Kite-2"]], "organizations": {"Kite-2": "Arden Labs"},
         "dates": {"Kite-2": "2024-05"}, "batch": 99},
        {"text": "Heron has 9B parameters.", "facts": [["parameters", 8e9, "Heron"]],
         "batch": 99},
        # a gold developer written as its hub account: "Qwen" is Alibaba
        {"text": "Alibaba released Qwen2.5-7B.", "facts": [["parameters", 7e9, "Qwen2.5-7B"]],
         "organizations": {"Qwen2.5-7B": "Qwen"}, "batch": 99},
    ]  # fmt: skip
    cases.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    assert module.main([str(cases), "--batch", "99", "--misses"]) == 0
    out = capsys.readouterr().out
    assert "3 documents, 3 rows, 0 name no gold model" in out
    assert "params   right    2  wrong or missing    1" in out  # Heron's 9B is not the gold 8B
    assert "org      right    2  wrong or missing    0" in out and "month    right    1" in out
    assert "PARAMS   Heron: 9e+09, gold [8000000000.0]" in out
