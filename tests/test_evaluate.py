"""The evaluation on Epoch AI's abstracts, as a regression guard (needs ../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest

from insights.evaluate import (
    Case,
    check_case,
    read_cases,
    read_rows,
    same_model,
    score,
    score_cases,
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
    """Text in other registers (data/eval/styles.jsonl): floors a little under today's 94.4%
    found, 88.8% linked, 65 unstated sizes and 31 "not a size" numbers read as sizes."""
    counts = score_cases(read_cases(str(STYLES)))[0]["all"]
    assert counts["stated"] == 2936
    assert counts["found"] / counts["stated"] >= 0.935
    assert counts["linked"] / counts["stated"] >= 0.88
    assert counts["unexpected"] <= 72
    assert counts["not_a_size_read"] <= 35


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
