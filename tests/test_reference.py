"""Tests for the reference table (data/reference/models.csv) and its builder."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from insights.extract.reference import (
    COLUMNS,
    REFERENCE_CSV,
    epoch_corrections,
    find_model,
    load_reference,
    model_key,
    organization_for,
)

ROOT = Path(__file__).resolve().parent.parent
BUILDER = ROOT / "scripts" / "build_reference.py"
EPOCH_CSV = ROOT.parent / "shared" / "data" / "epoch" / "notable_ai_models.csv"

SAME_MODEL = [
    ("GPT-3", "GPT3"),
    ("GPT-3", "gpt-3"),
    ("GPT-3", "GPT 3"),
    ("LLaMA", "Llama"),
    ("Llama 2", "Llama-2"),
    ("Llama 2", "llama_2"),
    ("LLaMA-65B", "LLaMA 65B"),
    ("Mixtral 8x7B", "Mixtral 8\u00d77B"),
    ("GPT\u20113", "GPT-3"),
    ("llava-v1.5-13b", "LLaVA-1.5 13B"),  # a version's "v"
    ("Stable Diffusion v1.5", "Stable Diffusion 1.5"),
]

DIFFERENT_MODELS = [
    ("GPT-3", "GPT-3.5"),
    ("GPT-3", "GPT-4"),
    ("Llama 2", "Llama 3"),
    ("Qwen2.5", "Qwen25"),
    ("GPT-2 1.5B", "GPT-2 15B"),
    ("PaLM", "PaLM 2"),
    ("GPT-4V", "GPT-4"),  # (a "v" that ends a name is no version's)
]

KNOWN_MODELS = [
    # (name as written in text, Epoch's model, organization)
    ("GPT-3", "GPT-3 175B (davinci)", "OpenAI"),
    ("gpt3", "GPT-3 175B (davinci)", "OpenAI"),
    ("davinci", "GPT-3 175B (davinci)", "OpenAI"),
    ("Chinchilla", "Chinchilla", "DeepMind"),
    ("PaLM", "PaLM (540B)", "Google"),
    ("PaLM 2", "PaLM 2", "Google"),
    ("LLaMA", "LLaMA-65B", "Meta"),
    ("LLaMA 65B", "LLaMA-65B", "Meta"),
    ("Llama-2-70B", "Llama 2-70B", "Meta"),
    ("Gopher", "Gopher (280B)", "DeepMind"),
    ("GPT-3.5", "GPT-3.5", "OpenAI"),
]

UNKNOWN_MODELS = ["", "   ", "Acme-9000", "Phoenix-7"]


@pytest.mark.parametrize(("a", "b"), SAME_MODEL, ids=[f"{a}={b}" for a, b in SAME_MODEL])
def test_model_key_same(a, b):
    assert model_key(a) == model_key(b)


@pytest.mark.parametrize(
    ("a", "b"), DIFFERENT_MODELS, ids=[f"{a}!={b}" for a, b in DIFFERENT_MODELS]
)
def test_model_key_different(a, b):
    assert model_key(a) != model_key(b)


@pytest.mark.parametrize(
    ("name", "model", "organization"), KNOWN_MODELS, ids=[k[0] for k in KNOWN_MODELS]
)
def test_find_model(name, model, organization):
    ref = find_model(name)
    assert ref is not None
    assert (ref.model, ref.organization) == (model, organization)
    assert organization_for(name) == organization


# A family the table knows only by its members: one organization for all of them, or none.
FAMILIES = [
    ("Llama 2", "Meta"),  # llama-2-7b, llama-2-70b
    ("Falcon", "Technology Innovation Institute"),
    ("Jurassic-1", "AI21 Labs"),  # jurassic-1-jumbo
    ("ResNet-50", None),  # only "ResNet-50 Billion-scale" is known: not a member by its name
    ("Batch", None),  # "BatchNorm" goes on with a word, not a size or tier
    # Families the curated data/reference/families.csv names, whose members Epoch lacks.
    ("GPT-7", "OpenAI"),
    ("Gemma 3 12B", "DeepMind"),
    ("GPT-J-6B", "EleutherAI"),  # the longest family wins over "GPT"
    ("GPT-SW3 40B", "AI Sweden"),  # not OpenAI's: "GPT" is a shape many labs use
    ("Qwen2.5-Coder-32B-Instruct", "Alibaba"),
    ("EfficientDet-D7", "Google"),  # Epoch lists the family by its name alone
    ("Phoenix", None),  # "Phi" must end at a non-letter
    ("OLMoE-1B-7B", "Allen Institute for AI"),  # not "OLMo": a letter goes on
    ("Ministral 8B", "Mistral AI"),
    ("LFM2-1.2B", "Liquid AI"),
    ("Minitron 4B", "NVIDIA"),
    # A family's name written together or apart, as repositories write it.
    ("CodeLlama-34B-Instruct", "Meta"),  # "Code Llama"
    ("esm2_t33_650M_UR50D", "Meta"),  # "ESM-2"
    ("evo2_7b", "Arc Institute"),  # "Evo 2"
    ("Evolve-7B", None),  # no family "Evo": "Evo 2" needs its 2
    ("internlm2_5-7b-chat", "Shanghai AI Laboratory"),
    # Another lab's line built on a family is that lab's: NVIDIA's pruned and tuned Llamas.
    ("Llama-3.1-Minitron-4B", "NVIDIA"),
    ("Llama-3.1-Nemotron-70B-Instruct", "NVIDIA"),
    ("Llama-3_1-Nemotron-51B-Instruct", "NVIDIA"),  # a version's point written as "_"
    ("Llama-3.1-8B-Instruct", "Meta"),
]


# Curated aliases (data/reference/aliases.csv): developers' abbreviations of reference models.
ALIASES = [
    ("J1-Jumbo", "Jurassic-1-Jumbo"),
    ("T-NLG", "Turing-NLG"),
    ("MT-NLG", "Megatron-Turing NLG 530B"),
    ("Switch Transformer", "Switch"),
    ("Switch-C", "Switch"),
    ("Movie Gen", "Movie Gen Video"),
    ("Segment Anything", "Segment Anything Model"),
    ("EVA", "EVA-01"),
]


@pytest.mark.parametrize(("alias", "model"), ALIASES)
def test_curated_alias(alias, model):
    assert find_model(alias).model == model


@pytest.mark.parametrize(("alias", "model"), ALIASES)
def test_a_curated_alias_of_two_words_is_read_as_one_name(alias, model):
    from insights.extract.linking import Context

    text = f"We present {alias}, a new model."
    names = [m.name for m in Context(text, 10.0).models_between(0, len(text))]
    assert names == [alias]


@pytest.mark.parametrize(("name", "organization"), FAMILIES)
def test_organization_of_a_family(name, organization):
    assert find_model(name) is None
    assert organization_for(name) == organization


@pytest.mark.parametrize("name", UNKNOWN_MODELS)
def test_unknown_model(name):
    assert find_model(name) is None
    assert organization_for(name) is None


def test_columns_and_size():
    with REFERENCE_CSV.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        rows = list(reader)
    assert reader.fieldnames == COLUMNS
    assert len(rows) >= 800


def test_facts_only():
    # Abstracts and notes are other people's sentences; facts are short.
    for ref in load_reference():
        assert len(ref.model) < 100
        assert "\n" not in ref.model + "|".join(ref.aliases) + ref.organization + ref.link


def test_sorted_by_date_then_model():
    refs = load_reference()
    keys = [(ref.date is None, ref.date or "", ref.model) for ref in refs]
    assert keys == sorted(keys)


def test_epoch_corrections_are_sourced_and_in_the_table():
    # A correction of Epoch's data names the source that contradicts it, and the committed
    # table holds the corrected value (the builder applies them).
    assert epoch_corrections()
    for row in epoch_corrections():
        assert "https://" in row["source"]
        if row["column"] == "model":  # a row dropped: a repeat of another under a wrong name
            assert not any(ref.model == row["model"] for ref in load_reference())
            continue
        ref = find_model(row["model"])
        assert ref is not None and ref.model == row["model"]
        assert getattr(ref, row["column"]) == float(row["value"]) != float(row["epoch_value"])


def test_load_reference_returns_a_copy():
    refs = load_reference()
    refs.clear()
    assert load_reference()


def test_builder_is_deterministic(tmp_path):
    if not EPOCH_CSV.exists():
        pytest.skip(f"Epoch source CSV not present at {EPOCH_CSV}")
    outputs = []
    for name in ("first.csv", "second.csv"):
        out = tmp_path / name
        subprocess.run(
            [sys.executable, str(BUILDER), str(EPOCH_CSV), "--output", str(out)],
            check=True,
            capture_output=True,
            cwd=ROOT,
        )
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    # The committed table is what the builder makes from the same source.
    assert outputs[0] == REFERENCE_CSV.read_bytes(), "stale: run python scripts/build_reference.py"
