"""The evaluation on Epoch AI's abstracts, as a regression guard (needs ../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest

from insights.evaluate import read_rows, same_model, score

EVAL_CSV = Path(__file__).resolve().parent.parent.parent / "shared/data/epoch/abstracts_eval.csv"


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
    # The target is 0.85 (issue 2, still open); this guards what has been reached so far.
    assert scores.linked_recall >= 0.78


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
