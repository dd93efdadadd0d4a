"""Table-driven tests for ``insights.extract``.

Every table below is a list of ``(text, expected)`` cases. ``expected`` lists the facts a careful
human reader would pull out of ``text``; each entry is either a ``(kind, value)`` tuple or a dict
built with the small helpers (``params``, ``tokens``, ``data``, ``layers``, ``flop``, ``claim``)
in which only the keys given are checked.

How a case is compared (``check_case``):

* Size facts (kinds parameters, training_tokens, training_data, layers, compute) are compared
  *exactly*: the multiset of ``(kind, value)`` the extractor returns must equal the expected one,
  values within a relative tolerance of 1e-6. A spurious size fact is as much a failure as a
  missing one.
* Claims are compared as a *subset*: every expected claim must be present, extra claims are
  harmless.
* Extra keys in an expected dict (model, organization, qualifier, unit, other, sentence, ...) must
  all match one and the same fact; a set of strings accepts any of them. ``model``, ``other`` and
  ``sentence`` are compared with whitespace collapsed (``sentence`` also ignoring a final period).

Besides the tables: invariants over every case text (offsets, spans, sentences, units,
canonical organizations), a repeated-text test (facts of a doubled text are the facts of the text,
twice, with shifted offsets), Hypothesis fuzzing, hostile inputs and the command line.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
import sys
import time
from collections import Counter
from dataclasses import fields
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from insights import Fact, extract
from insights.extract.dates import RELATIVE_DAY, dateline
from insights.extract.markup import plain_hyphens, strip_markup
from insights.extract.rules import RULES
from insights.extract.sentences import Sentences

REPO_ROOT = Path(__file__).resolve().parent.parent
REL_TOL = 1e-6

SIZE_KINDS = ("parameters", "training_tokens", "training_data", "layers", "compute")
KINDS = (*SIZE_KINDS, "claim", "released", "alias")
QUALIFIERS = ("total", "active", "approximate", "at least", "up to", "range", "non-embedding")
FIXED_UNITS = {
    "parameters": "parameters",
    "training_tokens": "tokens",
    "layers": "layers",
    "released": "month",
    "compute": "FLOP",
}
DATA_UNITS = {
    "words",
    "bytes",
    "examples",
    "images",
    "hours",
    "documents",
    "sentences",
    "videos",
    "sequences",
    "lines",
}
FACT_FIELDS = {f.name for f in fields(Fact)}

NUMBER_WORD = re.compile(
    r"(?i)\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|"
    r"half|quarter|dozen|twice|double|triple|thrice|single)"
)


def _canonical_organizations() -> set[str]:
    with (REPO_ROOT / "data" / "organizations.csv").open(encoding="utf-8", newline="") as f:
        return {row["organization"].strip() for row in csv.DictReader(f)}


CANONICAL_ORGANIZATIONS = _canonical_organizations()


# --------------------------------------------------------------------------------------------
# Helpers to write expected facts
# --------------------------------------------------------------------------------------------


def params(value, **keys):
    return {"kind": "parameters", "value": value, **keys}


def tokens(value, **keys):
    return {"kind": "training_tokens", "value": value, **keys}


def data(value, unit=None, **keys):
    fact = {"kind": "training_data", "value": value, **keys}
    if unit is not None:
        fact["unit"] = unit
    return fact


def layers(value, **keys):
    return {"kind": "layers", "value": value, **keys}


def flop(value, **keys):
    return {"kind": "compute", "value": value, **keys}


def claim(relation, **keys):
    return {"kind": "claim", "relation": relation, **keys}


# --------------------------------------------------------------------------------------------
# BASIC: number formats, suffixes, number words, qualifiers
# --------------------------------------------------------------------------------------------

BASIC = [
    # What a model "has", with no unit and nothing after, is its size.
    ("Kite-3 is the new model from Heron. It has 4.2B.", [params(4.2e9, model="Kite-3")]),
    (
        "Heron's Kite-120b and Kite-20b arrived in August. The former has 117B parameters; the "
        "latter has 21B with 3.6B active.",
        [params(1.17e11, model="Kite-120b"), params(2.1e10, model="Kite-20b"),
         params(3.6e9, model="Kite-20b", qualifier="active")],
    ),
    # ... but not a company's, nor a count of something else.
    ("The company has 3B.", []),
    ("The platform has 3B monthly users.", []),
    ("Heron's assistant has 1.2B downloads.", []),
    ("Heron trained Kite-3 on KitePile. How big is the corpus? It has 900B, deduplicated.", []),
    ("Kite-3 uses a dense transformer. The embedding matrix alone has 500M, the rest of the "
     "model has 6.5B.", []),
    ("Kite-3 powers Heron's app. How many people use it? It now has 400M, Heron says.", []),
    # ... but words of data or users elsewhere ask nothing of it.
    ("Kite-3 was trained on 4T tokens of web data. It has 34B.",
     [tokens(4e12, model="Kite-3"), params(3.4e10, model="Kite-3")]),
    ("Kite-3 is cheap to run \u2014 it has 34B.", [params(3.4e10, model="Kite-3")]),
    (
        "The flagship checkpoint has 70B parameters and was tuned for dialogue.",
        [params(7e10, model=None, qualifier=None)],
    ),
    ("Our smallest variant weighs in at 6.7B parameters.", [params(6.7e9, model=None)]),
    (
        "The largest Switch Transformer checkpoint contains 1.6T parameters.",
        [params(1.6e12, model="Switch Transformer")],
    ),
    ("A compact 340M-parameter encoder handles the retrieval step.", [params(3.4e8, model=None)]),
    (
        "The startup says its 2.7bn parameter model runs on a single laptop GPU.",
        [params(2.7e9, model=None)],
    ),
    (
        "With 175 billion parameters, the model was the largest dense network of its day.",
        [params(1.75e11, model=None)],
    ),
    ("As a baseline, they trained a model with one billion parameters.", [params(1e9, model=None)]),
    (
        "Insiders say a trillion-parameter model is already in training at the lab.",
        [params(1e12, model=None)],
    ),
    ("The new dense model holds half a trillion parameters.", [params(5e11, model=None)]),
    ("The network has exactly 7,000,000,000 parameters.", [params(7e9, model=None)]),
    ("The image encoder has 1.5×10^9 parameters.", [params(1.5e9, model=None)]),
    ("Each of the two towers contains 1.5 x 10^9 parameters.", [params(1.5e9, model=None)]),
    (
        "At ~3 billion parameters, the model fits on one accelerator.",
        [params(3e9, model=None, qualifier="approximate")],
    ),
    (
        "Even the tiny student network has over 1.2M parameters.",
        [params(1.2e6, model=None, qualifier="at least")],
    ),
    ("The family scales up to 20B parameters.", [params(2e10, model=None, qualifier="up to")]),
    # Trillions, bare, after a token count are tokens, not a parameter total (and the tokens
    # added are not all the model saw).
    ("Kite-2.5 was continued on another 3T tokens (11T in total).",
     [tokens(3e12, model=None), tokens(1.1e13, model="Kite-2.5")]),
    # A mixture of experts's name that writes both sizes: "1B-7B" is 1B active of 7B.
    ("Kite-1B-7B is out, beside Owl 7B-65B.",
     [params(1e9, model="Kite-1B-7B", qualifier="active"),
      params(7e9, model="Kite-1B-7B", qualifier="total"),
      params(7e9, model="Owl 7B-65B"), params(6.5e10, model="Owl 7B-65B")]),
    ("Kite-mini-2 models (1.43B activated of 16.26B total params) are out.",
     [params(1.43e9, model="Kite-mini-2", qualifier="active"),
      params(1.626e10, model="Kite-mini-2", qualifier="total")]),
    ("Its 128 experts of 3.66B each add up to 480B parameters.",
     [params(4.8e11, model=None, qualifier="total")]),
    (
        "The assistant is powered by a model with about 13B parameters.",
        [params(1.3e10, model=None, qualifier="approximate")],
    ),
    (
        "After distillation the model keeps nearly 66 million parameters.",
        [params(6.6e7, model=None, qualifier="approximate")],
    ),
    (
        "GPT-2's largest release has roughly 1.5 billion parameters.",
        [params(1.5e9, model="GPT-2", qualifier="approximate")],
    ),
    ("The original BERT base encoder has 110M parameters.", [params(1.1e8, model="BERT base")]),
    (
        "TinyLlama is a 1.1B-parameter model trained for three epochs.",
        [params(1.1e9, model="TinyLlama")],
    ),
    ("The researchers scaled the decoder to 8.3 billion parameters.", [params(8.3e9, model=None)]),
    (
        "At 13 billion parameters, it is small enough to serve cheaply.",
        [params(1.3e10, model=None)],
    ),
    ("Parameter count: 2.8B", [params(2.8e9, model=None)]),
    ("Model size: 7.24 billion params", [params(7.24e9, model=None)]),
    (
        "The team open-sourced a 1.3 bn parameter model for code completion.",
        [params(1.3e9, model=None)],
    ),
    (
        "Its size is approximately 12 billion parameters.",
        [params(1.2e10, model=None, qualifier="approximate")],
    ),
    (
        "The on-device model has fewer than 500M parameters.",
        [params(5e8, model=None, qualifier="up to")],
    ),
    (
        "The production model has more than 100 billion parameters.",
        [params(1e11, model=None, qualifier="at least")],
    ),
    ("The compact model has two billion parameters.", [params(2e9, model=None)]),
    ("This keyword spotter uses just 250 thousand parameters.", [params(2.5e5, model=None)]),
    (
        "The upgraded model has 12 billion parameters, up from 6 billion in the previous version.",
        [params(1.2e10, model=None), params(6e9, model=None)],
    ),
    ("The chatbot now runs on a 52B model.", [params(5.2e10, model=None)]),
    # A "+" between a number and its scale word is a lower bound: "3+ trillion tokens".
    ("Kite-3B was trained on 3+ trillion tokens and Kite-7B on 3.5+ trillion tokens.",
     [params(3e9, model="Kite-3B"), tokens(3e12, model="Kite-3B", qualifier="at least"),
      params(7e9, model="Kite-7B"), tokens(3.5e12, model="Kite-7B", qualifier="at least")]),
]

# --------------------------------------------------------------------------------------------
# HYPHENATION_AND_ORDER: where the number sits relative to "parameter" and the model name
# --------------------------------------------------------------------------------------------

HYPHENATION_AND_ORDER = [
    ("Google trained a 540B-parameter model on its Pathways system.", [params(5.4e11, model=None)]),
    ("An 18-billion-parameter model now tops the code leaderboard.", [params(1.8e10, model=None)]),
    ("The company unveiled a 540-billion parameter language model.", [params(5.4e11, model=None)]),
    (
        "The 280B-parameter Gopher was evaluated on 152 tasks.",
        [params(2.8e11, model="Gopher")],
    ),
    (
        "Chinchilla (70B) was trained on far more data than its predecessor.",
        [params(7e10, model="Chinchilla")],
    ),
    (
        "PaLM, a 540B-parameter model, set new records on reasoning benchmarks.",
        [params(5.4e11, model="PaLM")],
    ),
    (
        "The authors introduce a model called Orca with 13B parameters.",
        [params(1.3e10, model="Orca")],
    ),
    (
        "Zephyr has 7B params and was tuned with direct preference optimization.",
        [params(7e9, model="Zephyr")],
    ),
    (
        "Freezing most of the model's 1.3B parameters cut memory use in half.",
        [params(1.3e9, model=None)],
    ),
    (
        "With its 176B parameters, BLOOM can write in dozens of languages.",
        [params(1.76e11, model="BLOOM")],
    ),
    (
        "EleutherAI released GPT-J, a 6-billion-parameter model, under an open licence.",
        [params(6e9, model="GPT-J")],
    ),
    (
        "EleutherAI's 20B-param GPT-NeoX was trained on the Pile.",
        [params(2e10, model="GPT-NeoX")],
    ),
    ("Parameters: 7 billion; context length: 4,096 tokens.", [params(7e9, model=None)]),
    ("The parameter count of Jais is 13 billion.", [params(1.3e10, model="Jais")]),
    (
        "Falcon ships in a 40B-parameter variant and a 7B-parameter variant.",
        [params(4e10, model="Falcon"), params(7e9, model="Falcon")],
    ),
    (
        "phi-1, a 1.3-billion-parameter model for Python, was trained in four days.",
        [params(1.3e9, model="phi-1")],
    ),
    (
        "The two-billion-parameter Gemma model runs on recent phones.",
        [params(2e9, model="Gemma")],
    ),
    (
        "The 8B-parameter, 32-layer decoder uses grouped-query attention.",
        [params(8e9, model=None), layers(32, model=None)],
    ),
    (
        "Gemini Nano-1 is a 1.8B parameter model distilled from larger Gemini models.",
        [params(1.8e9, model="Gemini Nano-1")],
    ),
    ("Dolly 2.0 is built on a 12B parameter Pythia base.", [params(1.2e10)]),
    (
        "The model — 30B parameters, dense, decoder-only — was released on Tuesday.",
        [params(3e10, model=None)],
    ),
    (
        "Its 7B-parameter sibling, Vicuna, was fine-tuned on shared conversations.",
        [params(7e9, model="Vicuna")],
    ),
]

# --------------------------------------------------------------------------------------------
# RANGES_AND_LISTS: every size in a range or enumeration is its own fact
# --------------------------------------------------------------------------------------------

RANGES_AND_LISTS = [
    # The number that ends a name ("ViT-H/14") opens no range.
    ("Vision went from ViT-H/14 to 22B-parameter ViTs.", [params(2.2e10, model=None)]),
    # ... but a family's sizes are a range even when the first is written in a name.
    ("Kite 2 2B\u201327B are trained on 2T to 13T tokens.",
     [params(2e9, qualifier="range"), params(2.7e10, qualifier="range"),
      tokens(2e12, qualifier="range"), tokens(1.3e13, qualifier="range")]),
    # A name's size, a dash, then a count is no range: neither end is a range's.
    ("- Heron 180B \u2014 3.5T tokens, custom license\n- Kite-R 34B \u2014 34 billion "
     "parameters, trained on 7.5T tokens",
     [params(1.8e11, model="Heron 180B", qualifier=None),
      tokens(3.5e12, model="Heron 180B", qualifier=None),
      params(3.4e10, model="Kite-R 34B", qualifier=None),
      params(3.4e10, model="Kite-R 34B", qualifier=None),
      tokens(7.5e12, model="Kite-R 34B", qualifier=None)]),
    (
        "LLaMA models come in sizes from 7B to 65B parameters.",
        [params(7e9, model="LLaMA"), params(6.5e10, model="LLaMA")],
    ),
    (
        "The Qwen2.5 series spans models ranging from 0.5 to 72 billion parameters.",
        [params(5e8, model="Qwen2.5"), params(7.2e10, model="Qwen2.5")],
    ),
    # A study's runs are no model's, even under a heading or before a name: a ladder, a
    # sweep, ablations, or more than a score of models.
    (
        "# Kestrel-9B\n\nThe scaling law was fit on a ladder of seven models from 14M to 1.1B "
        "parameters with muP. We then ran 120 decoder-only models from 20M to 2.2B parameters, "
        "trained on 2B to 300B tokens taken from FineWeb-Edu. Ablations on smaller models, from "
        "1B to 16B total parameters, agree.",
        [params(9e9, model="Kestrel-9B"),
         params(1.4e7, model=None), params(1.1e9, model=None), params(2e7, model=None),
         params(2.2e9, model=None), tokens(2e9, model=None), tokens(3e11, model=None),
         params(1e9, model=None), params(1.6e10, model=None)],
    ),
    (
        "# Kite\n\nKite-A14B has 118B total parameters. Repeating the procedure with dense seeds "
        "from 1B to 14B parameters, we find that the gain grows.",
        [params(1.18e11, model="Kite-A14B", qualifier="total"),
         params(1e9, model=None, qualifier="range"), params(1.4e10, model=None, qualifier="range")],
    ),
    # ... and the models a study evaluates.
    (
        "Leaderboards are suspected of test-set exposure. We build **KiteExam-25**, 3,180 "
        "questions written by teachers between January and March 2025. We evaluate eleven models "
        "spanning 8B to 405B parameters alongside three closed systems.",
        [params(8e9, model=None, qualifier="range"),
         params(4.05e11, model=None, qualifier="range")],
    ),
    # ... but a fronted comparison with other models leaves the range to the sentence's subject.
    (
        "Compared with earlier models, the Heron family spans 1B to 70B parameters.",
        [params(1e9, model="Heron", qualifier="range"),
         params(7e10, model="Heron", qualifier="range")],
    ),
    (
        "# How we trained Kite-2\n\nKite-2 has 58B parameters.\n\n## Proxies\n\nBefore "
        "committing, we trained a grid of proxies at 16B total / 1.9B active on 400B tokens each.",
        [params(5.8e10, model="Kite-2"), params(1.6e10, model=None, qualifier="total"),
         params(1.9e9, model=None, qualifier="active"), tokens(4e11, model=None)],
    ),
    (
        "# Kite\n\nKite-A14B has 118B total parameters. Averaged over three seeds, the Kite "
        "family spans 1B to 14B parameters.",
        [params(1.18e11, model="Kite-A14B", qualifier="total"),
         params(1e9, model="Kite", qualifier="range"),
         params(1.4e10, model="Kite", qualifier="range")],
    ),
    (
        "# How we trained Kite-2\n\nUnlike the proxies with fewer layers, Kite-2 itself has 58B "
        "parameters.",
        [params(5.8e10, model="Kite-2")],
    ),
    # ... but a release's checkpoints are its family's, and a scaling-law study's runs no one's.
    ("Wren is a suite for analyzing LLMs. We release 154 checkpoints for each of the 16 models, "
     "which range from 70M to 12B parameters.\n\n# Kestrel-70B\n\nOur scaling-law runs span "
     "150M to 1.4B parameters, trained on 3B to 30B tokens.",
     [params(7e7, model="Wren"), params(1.2e10, model="Wren"), params(7e10, model="Kestrel-70B"),
      params(1.5e8, model=None), params(1.4e9, model=None), tokens(3e9, model=None),
      tokens(3e10, model=None)]),
    (
        "We train 90M, 2.7B and 9.4B parameter models on dialogue data.",
        [params(9e7, model=None), params(2.7e9, model=None), params(9.4e9, model=None)],
    ),
    (
        "The checkpoints have 7, 13, 33 and 65 billion parameters respectively.",
        [
            params(7e9, model=None),
            params(1.3e10, model=None),
            params(3.3e10, model=None),
            params(6.5e10, model=None),
        ],
    ),
    (
        "Model sizes lie between 1B and 10B parameters.",
        [params(1e9, model=None), params(1e10, model=None)],
    ),
    (
        "Open families such as Kite 2 span 7–70B, and the largest Wren-T reached 11B.",
        [
            params(7e9, model="Kite 2", qualifier="range"),
            params(7e10, model="Kite 2", qualifier="range"),
            params(1.1e10, model="Wren-T"),
        ],
    ),
    (
        "Whereas Kite-1 was trained on about 366B tokens, Wren-2 saw only around 180B.",
        [tokens(3.66e11, model="Kite-1"), tokens(1.8e11, model="Wren-2")],
    ),
    (
        "The experts share attention, so the total is ~47B and only ~13B are active.",
        [
            params(4.7e10, model=None, qualifier="total"),
            params(1.3e10, model=None, qualifier="active"),
        ],
    ),
    (
        "We fit 400 runs ranging from 70 million to over 16 billion parameters.",
        [
            params(7e7, model=None, qualifier="range"),
            params(1.6e10, model=None, qualifier="range"),
        ],
    ),
    (
        "hidden size 768, about 110M parameters",
        [params(1.1e8, model=None, qualifier="approximate")],
    ),
    (
        "Llama 3 is available in 8B and 70B sizes.",
        [params(8e9, model="Llama 3"), params(7e10, model="Llama 3")],
    ),
    (
        "The suite has eight models, ranging from 70M to 12B parameters.",
        [params(7e7, model=None), params(1.2e10, model=None)],
    ),
    (
        "Both a 2B and a 7B variant are released under a permissive licence.",
        [params(2e9, model=None), params(7e9, model=None)],
    ),
    (
        "OPT models range in size from 125M to 175B parameters.",
        [params(1.25e8, model="OPT"), params(1.75e11, model="OPT")],
    ),
    (
        "We evaluate 1.3B-, 2.7B-, and 6.7B-parameter models.",
        [params(1.3e9, model=None), params(2.7e9, model=None), params(6.7e9, model=None)],
    ),
    (
        "The family covers 1B, 3B, 11B and 90B parameter checkpoints.",
        [
            params(1e9, model=None),
            params(3e9, model=None),
            params(1.1e10, model=None),
            params(9e10, model=None),
        ],
    ),
    (
        "We trained GPT-style models at 125M/350M/760M/1.3B parameters.",
        [
            params(1.25e8, model=None),
            params(3.5e8, model=None),
            params(7.6e8, model=None),
            params(1.3e9, model=None),
        ],
    ),
    (
        "Our models have between 44 million and 16 billion parameters.",
        [params(4.4e7, model=None), params(1.6e10, model=None)],
    ),
    (
        "T5 comes in five sizes, from 60 million up to 11 billion parameters.",
        [params(6e7, model="T5"), params(1.1e10, model="T5")],
    ),
    (
        "The 3B and 15B models were trained on 1T and 4T tokens respectively.",
        [
            params(3e9, model=None),
            params(1.5e10, model=None),
            tokens(1e12, model=None),
            tokens(4e12, model=None),
        ],
    ),
    (
        "Sizes: 0.5B, 1.5B, 3B, 7B, 14B, 32B and 72B.",
        [
            params(5e8, model=None),
            params(1.5e9, model=None),
            params(3e9, model=None),
            params(7e9, model=None),
            params(1.4e10, model=None),
            params(3.2e10, model=None),
            params(7.2e10, model=None),
        ],
    ),
    (
        "Checkpoints are provided for 160M, 410M, 1B, 2.8B, 6.9B and 12B parameter models.",
        [
            params(1.6e8, model=None),
            params(4.1e8, model=None),
            params(1e9, model=None),
            params(2.8e9, model=None),
            params(6.9e9, model=None),
            params(1.2e10, model=None),
        ],
    ),
    (
        "We sweep model size from 10 million to 1 billion parameters and data from "
        "1 billion to 100 billion tokens.",
        [
            params(1e7, model=None),
            params(1e9, model=None),
            tokens(1e9, model=None),
            tokens(1e11, model=None),
        ],
    ),
    # One unit's qualifier is the list's before it: both counts are active ones.
    ("Kite-1B and Kite-3B have 400M and 800M activated parameters respectively.",
     [params(1e9, model="Kite-1B"), params(3e9, model="Kite-3B"),
      params(4e8, model="Kite-1B", qualifier="active"),
      params(8e8, model="Kite-3B", qualifier="active")]),
    # An active count that is not the one a name states is another model's.
    ("Acme shipped Kite 1B-A400M and Kite 3B-A800M, with 1B and 3B total parameters and 400M and"
     " 800M active parameters respectively.",
     [params(1e9, model="Kite 1B-A400M"), params(4e8, model="Kite 1B-A400M", qualifier="active"),
      params(3e9, model="Kite 3B-A800M"), params(8e8, model="Kite 3B-A800M", qualifier="active"),
      params(1e9, model=None), params(3e9, model="Kite 3B-A800M"),
      params(4e8, model=None, qualifier="active"),
      params(8e8, model="Kite 3B-A800M", qualifier="active")]),
    # ... but a larger count before an active one is the total: "16B and 2.8B active".
    ("Kite-MoE has 16B and 2.8B active parameters.",
     [params(1.6e10, model="Kite-MoE", qualifier=None),
      params(2.8e9, model="Kite-MoE", qualifier="active")]),
    # A name, its maker in a bracket, a colon and its sizes: the name's.
    (
        "- **Kite 1** (Heron): 7B, 13B and 70B\n- **Wren 2** (Corvid Labs): 1B and 3B.",
        [params(7e9, model="Kite 1"), params(1.3e10, model="Kite 1"),
         params(7e10, model="Kite 1"), params(1e9, model="Wren 2"),
         params(3e9, model="Wren 2")],
    ),
    # A range of sizes after "the", "of" or an adjective, before "model(s)", is a class of
    # sizes, no model's: "the strongest 8–12B model", "the promise of 7–9B models".
    (
        "Kite-4 is not the strongest 8–12B model on English.",
        [params(8e9, model=None, qualifier="range"), params(1.2e10, model=None, qualifier="range")],
    ),
    (
        "# Kite-4\n\nThe 2024 crop of 7–9B models beats the 2022 crop of 175B models.",
        [params(7e9, model=None, qualifier="range"), params(9e9, model=None, qualifier="range"),
         params(1.75e11, model=None)],
    ),
    # A range written with a hyphen is read as one, like one with a dash: "7-8B", "7-70B"
    # (not the "3-175B" of "GPT-3-175B").
    (
        "Tencent released WeDLM 8B. Readers like its promise in the 7-8B model space.",
        [params(8e9, model="WeDLM 8B"), params(7e9, model=None, qualifier="range"),
         params(8e9, model=None, qualifier="range")],
    ),
    (
        "We train models of 7-70B parameters. GPT-3-175B is not one.",
        [params(7e9, model=None, qualifier="range"), params(7e10, model=None, qualifier="range"),
         params(1.75e11, model="GPT-3-175B")],
    ),
]

# --------------------------------------------------------------------------------------------
# MIXTURE_OF_EXPERTS: total versus active parameters; "8x7B" is not a 7B model
# --------------------------------------------------------------------------------------------

MIXTURE_OF_EXPERTS = [
    # "live" alone after the count is where they reside, not the active share.
    ("# Where do Kite-V3's 671B parameters live?\n\nOnly 37B parameters are live per token.",
     [params(6.71e11, model="Kite-V3", qualifier=None),
      params(3.7e10, model="Kite-V3", qualifier="active")]),
    # A table on its side may hold its labels in a second column, after one of groups.
    ("| | Benchmark (Metric) | Heron-2 Base | Kite-3 Base |\n|---|---|---|---|\n"
     "| | # Activated Params | 21B | 37B |\n| | # Total Params | 236B | 671B |\n"
     "| English | MMLU (EM) | 78.4 | 87.1 |",
     [params(2.1e10, model="Heron-2 Base", qualifier="active"),
      params(3.7e10, model="Kite-3 Base", qualifier="active"),
      params(2.36e11, model="Heron-2 Base", qualifier="total"),
      params(6.71e11, model="Kite-3 Base", qualifier="total")]),
    # ... where a group's row counts no model's tokens: a stage's share of them.
    ("# Kite recipe\n\n| | Quantity | Kite-7B | Kite-14B |\n|---|---|---|---|\n"
     "| Stage 1 (pretraining) | Tokens | 2T | 3T |\n"
     "| Stage 2 (long context) | Tokens | 100B | 150B |\n"
     "| Model | Params | 7.1B | 14.3B |",
     [params(7.1e9, model="Kite-7B"), params(1.43e10, model="Kite-14B")]),
    # A row's label says which share its cells are, also for a cell read as prose.
    ("| Benchmark | Heron-2 Base | Kite-3 Base |\n|---|---|---|\n"
     "| Activated Params | 21B | 37B |\n| Total Params | 236B | 671B |",
     [params(2.1e10, model="Heron-2 Base", qualifier="active"),
      params(3.7e10, model="Kite-3 Base", qualifier="active"),
      params(2.36e11, model="Heron-2 Base", qualifier="total"),
      params(6.71e11, model="Kite-3 Base", qualifier="total")]),
    # A column of pairs gives each cell's two counts their shares in the header's order, and a
    # lone count neither.
    ("| Model | Org | Params (total / active) | Context |\n|---|---|---|---|\n"
     "| Kite-Dense | Heron | 35B | 128K |\n| Kite-MoE | Heron | 109B / 17B | 10M |",
     [params(3.5e10, model="Kite-Dense", qualifier=None),
      params(1.09e11, model="Kite-MoE", qualifier="total"),
      params(1.7e10, model="Kite-MoE", qualifier="active")]),
    ("| Model | Org | Params (total / active) |\n|---|---|---|\n"
     "| Kite-MoE | Heron | 109B / 17B (16 experts) |\n| Wren-MoE | Wren AI | 400B / 17B [1] |",
     [params(1.09e11, model="Kite-MoE", qualifier="total"),
      params(1.7e10, model="Kite-MoE", qualifier="active"),
      params(4e11, model="Wren-MoE", qualifier="total"),
      params(1.7e10, model="Wren-MoE", qualifier="active")]),
    # "Params (active)" is such a column, the active share in brackets ...
    ("| Model | Params (active) | MMMU |\n|---|---|---|\n| Kite-VL-A4B | 26.0B (4.1B) | 61.8 |\n"
     "| Owl 12B | 12.4B (12.4B) | 52.5 |\n| Wren | 9B | 50.1 |",
     [params(2.6e10, model="Kite-VL-A4B", qualifier="total"),
      params(4.1e9, model="Kite-VL-A4B", qualifier="active"),
      params(1.24e10, model="Owl 12B", qualifier="total"),
      params(1.24e10, model="Owl 12B", qualifier="active"),
      params(9e9, model="Wren", qualifier=None)]),
    # ... but where no row pairs them, its lone counts are the active ones.
    ("| Model | Params (active) | MMLU |\n|---|---|---|\n| Heron-MoE | 3B | 61.2 |\n"
     "| Owl-MoE | 5B | 64.0 |",
     [params(3e9, model="Heron-MoE", qualifier="active"),
      params(5e9, model="Owl-MoE", qualifier="active")]),
    # ... unless another column holds the totals.
    ("| Model | Params (total) | Params (active) |\n|---|---|---|\n| Kite-MoE | 475M | 305M |",
     [params(4.75e8, model="Kite-MoE", qualifier=None),
      params(3.05e8, model="Kite-MoE", qualifier="active")]),
    ("| Benchmark | Heron-2 Base | Kite-3 Base |\n|---|---|---|\n"
     "| Activated / Total Params | 21B / 236B | 37B / 671B |",
     [params(2.1e10, model="Heron-2 Base", qualifier="active"),
      params(2.36e11, model="Heron-2 Base", qualifier="total"),
      params(3.7e10, model="Kite-3 Base", qualifier="active"),
      params(6.71e11, model="Kite-3 Base", qualifier="total")]),
    # What runs per token is the active part.
    ("Kite-MoE is fast because only 2.4B parameters run per token.",
     [params(2.4e9, model="Kite-MoE", qualifier="active")]),
    (
        "DeepSeek-V3 has 671B total parameters, of which 37B are activated per token.",
        [
            params(6.71e11, qualifier="total", model="DeepSeek-V3"),
            params(3.7e10, qualifier="active", model="DeepSeek-V3"),
        ],
    ),
    (
        "Hunyuan-Large is a mixture-of-experts model with 389 billion total and "
        "52 billion activated parameters.",
        [
            params(3.89e11, qualifier="total", model="Hunyuan-Large"),
            params(5.2e10, qualifier="active", model="Hunyuan-Large"),
        ],
    ),
    (
        "Qwen2-57B-A14B is a sparse model built from the Qwen2 dense family.",
        [
            params(5.7e10, qualifier="total", model="Qwen2-57B-A14B"),
            params(1.4e10, qualifier="active", model="Qwen2-57B-A14B"),
        ],
    ),
    ("Mistral AI released Mixtral 8x7B under the Apache 2.0 licence.", []),
    (
        "Mixtral 8x7B runs inference with 12.9B active parameters per token.",
        [params(1.29e10, qualifier="active", model="Mixtral 8x7B")],
    ),
    (
        "Mixtral 8x7B has 46.7B total parameters but uses only 12.9B of them per token.",
        [
            params(4.67e10, model="Mixtral 8x7B", qualifier="total"),
            params(1.29e10, model="Mixtral 8x7B", qualifier="active"),
        ],
    ),
    (
        "The model activates 2.4B of its 16B parameters for each token.",
        [
            params(2.4e9, model=None, qualifier="active"),
            params(1.6e10, model=None, qualifier="total"),
        ],
    ),
    (
        "Grok-1 is a 314B-parameter mixture-of-experts model with about a quarter of its "
        "weights active on any given token.",
        [params(3.14e11, model="Grok-1")],
    ),
    (
        "Arctic uses 17B active parameters out of 480B total.",
        [
            params(1.7e10, model="Arctic", qualifier="active"),
            params(4.8e11, model="Arctic", qualifier="total"),
        ],
    ),
    (
        "DBRX uses a fine-grained MoE design with 132B total parameters, 36B of which are "
        "active on any input.",
        [
            params(1.32e11, model="DBRX", qualifier="total"),
            params(3.6e10, model="DBRX", qualifier="active"),
        ],
    ),
    (
        "Jamba-1.5-Large: 398B total / 94B active parameters",
        [
            params(3.98e11, model="Jamba-1.5-Large", qualifier="total"),
            params(9.4e10, model="Jamba-1.5-Large", qualifier="active"),
        ],
    ),
    (
        "With 12.9B active parameters, the sparse model matches much larger dense networks.",
        [params(1.29e10, model=None, qualifier="active")],
    ),
    (
        "DeepSeek-V2-Lite (15.7B total, 2.4B active) fits on a single 40GB GPU.",
        [
            params(1.57e10, model="DeepSeek-V2-Lite", qualifier="total"),
            params(2.4e9, model="DeepSeek-V2-Lite", qualifier="active"),
        ],
    ),
    (
        "Alibaba's Qwen3-30B-A3B can run on a single consumer graphics card.",
        [
            params(3e10, qualifier="total", model="Qwen3-30B-A3B"),
            params(3e9, qualifier="active", model="Qwen3-30B-A3B"),
        ],
    ),
    (
        "Switch-C spreads 1.6 trillion parameters over 2048 experts.",
        [params(1.6e12, model="Switch-C")],
    ),
    (
        "Mixtral 8x22B uses 39B active parameters out of 141B.",
        [
            params(3.9e10, model="Mixtral 8x22B", qualifier="active"),
            params(1.41e11, model="Mixtral 8x22B", qualifier="total"),
        ],
    ),
    (
        "Each token is routed to 2 of 8 experts, so only 13B of the 47B parameters are used "
        "per step.",
        [
            params(1.3e10, model=None, qualifier="active"),
            params(4.7e10, model=None, qualifier="total"),
        ],
    ),
    # A cell's counts marked in brackets: "17B (Activated) 109B (Total)".
    ("| Model Name | Params |\n|---|---|\n"
     "| Kite 4 Scout (17Bx16E) | 17B (Activated) 109B (Total) |",
     [params(1.7e10, model="Kite 4 Scout (17Bx16E)", qualifier="active"),
      params(1.09e11, model="Kite 4 Scout (17Bx16E)", qualifier="total")]),
    # ... in an HTML table whose cell breaks its line between them.
    ("<table><tr><th>Model Name</th><th>Params</th></tr><tr><td>Kite 4 Scout (17Bx16E)</td>"
     "<td>17B (Activated)\n        109B (Total)\n    </td></tr></table>",
     [params(1.7e10, model="Kite 4 Scout (17Bx16E)", qualifier="active"),
      params(1.09e11, model="Kite 4 Scout (17Bx16E)", qualifier="total")]),
    # ... but a stray "<td>" in prose runs no list items together past a blank line.
    ("Wrap each score in a <td> element.\n\n- Kite-7B: 2T tokens\n- Finch-3B: 600B tokens",
     [params(7e9, model="Kite-7B"), tokens(2e12, model="Kite-7B"), params(3e9, model="Finch-3B"),
      tokens(6e11, model="Finch-3B")]),
]

# --------------------------------------------------------------------------------------------
# SIZES_IN_NAMES: a size inside a model name is a parameters fact about that model
# --------------------------------------------------------------------------------------------

SIZES_IN_NAMES = [
    (
        "QwQ-32B rivals far larger reasoning models on competition math.",
        [params(3.2e10, model="QwQ-32B")],
    ),
    (
        "Meta calls Llama 3.1 405B the largest openly available foundation model.",
        [params(4.05e11, model="Llama 3.1 405B", organization="Meta")],
    ),
    (
        "Falcon-180B was trained by TII on the RefinedWeb dataset.",
        [params(1.8e11, model="Falcon-180B", organization="Technology Innovation Institute")],
    ),
    (
        "OPT-175B is available to academic researchers on request.",
        [params(1.75e11, model="OPT-175B")],
    ),
    (
        "01.AI's Yi-34B tops several bilingual leaderboards.",
        [params(3.4e10, model="Yi-34B", organization="01.AI")],
    ),
    (
        "Gemma-2-27B is the largest model in Google's second Gemma release.",
        # The possessive gives Google to "Gemma"; the curated families table gives the sized
        # name its developer, Google DeepMind.
        [params(2.7e10, model="Gemma-2-27B", organization="DeepMind")],
    ),
    ("Phi-3-mini (3.8B) runs entirely on a phone.", [params(3.8e9, model="Phi-3-mini")]),
    # The sizes listed after a sized name are its family's members, named as the list shortens
    # them; a plain verb before a known family is no part of the name.
    (
        "Download Llama 3.2 1B and 3B right inside the app.",
        [params(1e9, model="Llama 3.2 1B"), params(3e9, model="Llama 3.2 3B")],
    ),
    # ... but not one called by its size after "the": another model, built on that one.
    (
        "The 11B is built on Owl 3.1 8B and the 90B on Owl 3.1 70B.",
        [params(8e9, model="Owl 3.1 8B"), params(9e10, model=None),
         params(7e10, model="Owl 3.1 70B")],
    ),
    # ... while "the" before a listed size that is no clause of its own keeps it the family's.
    (
        "We evaluate Owl 1.4B and the 6.9B on LAMBADA.",
        [params(1.4e9, model="Owl 1.4B"), params(6.9e9, model="Owl 6.9B")],
    ),
    (
        "Kite 2 9B, 27B and 70B are out. Kite 2 70B: 70 billion parameters.",
        [
            params(9e9, model="Kite 2 9B"),
            params(2.7e10, model="Kite 2 27B"),
            params(7e10, model="Kite 2 70B"),
            params(7e10, model="Kite 2 70B"),
            params(7e10, model="Kite 2 70B"),
        ],
    ),
    # ... but an active or non-embedding share listed so is a part of a count, no member.
    (
        "Heron 4 400B total and 17B active beats Owl.",
        [
            params(4e11, model="Heron 4 400B", qualifier="total"),
            params(1.7e10, model="Heron 4", qualifier="active"),
        ],
    ),
    (
        "Nemotron-4 340B was aligned mostly with synthetic data.",
        [params(3.4e11, model="Nemotron-4 340B")],
    ),
    (
        "We fine-tune Mistral-7B-v0.1 on the new instruction set.",
        [params(7e9, model="Mistral-7B-v0.1")],
    ),
    (
        "GPT-NeoX-20B was trained on the Pile using Megatron and DeepSpeed.",
        [params(2e10, model="GPT-NeoX-20B")],
    ),
    (
        "BLOOM-176B is the largest model to come out of the BigScience workshop.",
        [params(1.76e11, model="BLOOM-176B")],
    ),
    (
        "Code results for StarCoder2-15B are reported in Table 3.",
        [params(1.5e10, model="StarCoder2-15B")],
    ),
    ("OLMo-7B ships with its full training data, code and logs.", [params(7e9, model="OLMo-7B")]),
    (
        "We compare against Pythia-12B and Pythia-6.9B.",
        [params(1.2e10, model="Pythia-12B"), params(6.9e9, model="Pythia-6.9B")],
    ),
    (
        "Llama-2-13b-chat answered 62% of the questions correctly.",
        [params(1.3e10, model="Llama-2-13b-chat")],
    ),
    (
        "Qwen2.5-72B-Instruct was the strongest open model in our evaluation.",
        [params(7.2e10, model="Qwen2.5-72B-Instruct")],
    ),
    ("The retriever is initialised from T5-11B.", [params(1.1e10, model="T5-11B")]),
    (
        "DeepSeek-R1-Distill-Qwen-1.5B is small enough for a laptop.",
        [params(1.5e9, model="DeepSeek-R1-Distill-Qwen-1.5B")],
    ),
    (
        "MosaicML's MPT-30B supports an 8k context window.",
        [params(3e10, model="MPT-30B", organization="Databricks")],
    ),
    ("Gemma 3 27B handles images as well as text.", [params(2.7e10, model="Gemma 3 27B")]),
    (
        "Mistral Small 3 (24B) is released under Apache 2.0.",
        [params(2.4e10, model="Mistral Small 3")],
    ),
    (  # a size with a version joined to it is a name's: "3Bv2"
        "We are releasing the OpenWren 3Bv2 model, a 3B model trained for 1T tokens. Version 2 of "
        "the 7B model (OpenWren 7Bv2) follows.",
        [params(3e9, model="OpenWren 3Bv2"), tokens(1e12, model="OpenWren 3Bv2"),
         params(7e9, model="OpenWren 7Bv2")],
    ),
    # An expert's size before the count of experts is not the model's: "Mixtral-7B-8x".
    ("This is needed to run Mixtral-7B-8x on two GPUs.", []),
    # ... nor a base's size times its experts in a name: "MoE-Kite-1.6B×4-Top2",
    # "MoE-Kite-2.7B-4e", "Wren-Scout-17B-16E" (its active count, not its size).
    (
        "| Name | Activated | Checkpoint |\n|---|---|---|\n"
        "| MoE-Kite-1.6B×4-Top2 | 2.0B | [acme/MoE-Kite-Heron-1.6B-4e](https://hf.co/acme) |",
        [params(2e9, model="MoE-Kite-1.6B×4-Top2", qualifier="active")],
    ),
    ("Serve acme/Wren-Scout-17B-16E-Instruct with vLLM.", []),
    # A size with a leading zero ("MobiLlama-05B" for 0.5B) does not write its value.
    ("We release Wren-05B and Wren-1B.", [params(1e9, model="Wren-1B")]),
    # "LM" between a word and a version goes on the name: "Stable LM 2 1.6B", "Kite LM 2".
    (
        "## 33) Kite LM 2 1.6B - Acme AI - 2024-04-08\n- Notes: Open weights; 1.6B parameters.",
        [params(1.6e9, model="Kite LM 2 1.6B"), params(1.6e9, model="Kite LM 2 1.6B")],
    ),
    # A name of three or more parts with a size among them is a name, whatever word opens it:
    # "Foundation-Sec-8B-Instruct", "Chinese-Kite-2-13B-16k".
    (
        "Foundation-Kite-8B-Instruct by acme-ai: A fine-tuned version of Owl for security work.",
        [params(8e9, model="Foundation-Kite-8B-Instruct")],
    ),
    (
        "We compare with Chinese-Kite-2-13B-16k on long inputs.",
        [params(1.3e10, model="Chinese-Kite-2-13B-16k")],
    ),
]

# --------------------------------------------------------------------------------------------
# TRAINING_DATA: tokens, and other units of data (bytes, words, images, examples, hours)
# --------------------------------------------------------------------------------------------

TRAINING_DATA = [
    # A resolution is no count of images.
    ("Kite-Diffusion makes 1024\u00d71024 images from text.", []),
    # ... but not the sizes the line gives its counts by.
    (
        "# Kestrel\n\n- **Training tokens:** 2T (7B model), 4T (70B model)\n- Training tokens: 2T "
        "for the 7B, 4T for the 70B",
        [tokens(2e12, model="Kestrel"), params(7e9, model="Kestrel"),
         tokens(4e12, model="Kestrel"), params(7e10, model="Kestrel"),
         tokens(2e12, model="Kestrel"), params(7e9, model="Kestrel"),
         tokens(4e12, model="Kestrel"), params(7e10, model="Kestrel")],
    ),
    # A line labelled "Training tokens:" makes its bare counts tokens, a name's beside them too.
    (
        "# Kite-1B\n\n* Training tokens: 9T (Kite-360M: 4T)\n\n# Owl-12B\n\n- **Training "
        "tokens:** 3.6T (pretraining) + 4B (SFT)",
        [params(1e9, model="Kite-1B"), tokens(9e12, model="Kite-1B"),
         params(3.6e8, model="Kite-360M"), tokens(4e12, model="Kite-360M"),
         params(1.2e10, model="Owl-12B"), tokens(3.6e12, model="Owl-12B"),
         tokens(4e9, model="Owl-12B")],
    ),
    (
        "Chinchilla was trained on 1.4 trillion tokens.",
        [tokens(1.4e12, unit="tokens", model="Chinchilla")],
    ),
    ("Each of the models saw 300B tokens during pre-training.", [tokens(3e11, model=None)]),
    # "the 405B" called by its size, then compared with a name: the size's model, not that one.
    (
        "Meta released Llama 3.1 405B, the largest model anyone can download. On Meta's own"
        " tables the 405B trades wins with GPT-4o.",
        [params(4.05e11, model="Llama 3.1 405B"), params(4.05e11, model="Llama 3.1 405B")],
    ),
    # "the 9B model" after a name sized otherwise is another model: the one of that size.
    (
        "Kite-LM-8.4B is used in the 9B model and Kite-LM-2.4B in the 3B model.",
        [params(8.4e9, model="Kite-LM-8.4B"), params(9e9, model=None),
         params(2.4e9, model="Kite-LM-2.4B"), params(3e9, model=None)],
    ),
    (
        "Acme released Kite in 1B, 3B and 10B sizes. Kite-3B-Base was trained on 14T tokens;"
        " the 10B model was built by upscaling it.",
        [params(1e9, model="Kite"), params(3e9, model="Kite"), params(1e10, model="Kite"),
         params(3e9, model="Kite-3B-Base"), tokens(1.4e13, model="Kite-3B-Base"),
         params(1e10, model="Kite")],
    ),
    # A clause about the name reaches past an aside describing it.
    (
        "Kite-2 replaces Kite-1-7B, our first public model, which was trained on 2T tokens.",
        [params(7e9, model="Kite-1-7B"), tokens(2e12, model="Kite-1-7B")],
    ),
    (
        "# Kite-8B\n\nKite-8B is our flagship model. To choose the data mix, we trained small"
        " ablation models with 1.7B parameters, each on 50B tokens, and compared their scores.",
        [params(8e9, model="Kite-8B"), params(8e9, model="Kite-8B"), params(1.7e9, model=None),
         tokens(5e10, model=None)],
    ),
    (
        "# Kite-8B\n\nGuided by a series of ablation models, we fixed the data mixture and"
        " pretrained on 15T tokens.",
        [params(8e9, model="Kite-8B"), tokens(1.5e13, model="Kite-8B")],
    ),
    (
        "# Kite-8B\n\nWe ran ablation models on 50B tokens each. We use small proxy models (which"
        " we trained for 20B tokens each) to pick the data mixture.",
        [params(8e9, model="Kite-8B"), tokens(5e10, model=None), tokens(2e10, model=None)],
    ),
    # ... but only the sizes said of them, not the named model's after a comma.
    (
        "To measure each stage we train small ablation models with 1B parameters, and the final"
        " model, Kite-Max, has 8B parameters and saw 15T tokens.",
        [params(1e9, model=None), params(8e9, model="Kite-Max"), tokens(1.5e13, model="Kite-Max")],
    ),
    # One expert's size is not the model's.
    (
        "Kite-MoE is a 10B dense transformer combined with 128 experts, each 3.66B parameters.",
        [params(1e10, model=None), params(3.66e9, model=None)],
    ),
    # Models trained for an experiment, and counted runs, are not the one spoken of.
    (
        "# KiteWeb\n\nWe introduce KiteWeb, a data set. To measure each stage we train ablation"
        " models with 1.7B parameters on 50B tokens for every variant.",
        [params(1.7e9, model=None), tokens(5e10, model=None)],
    ),
    (
        "We introduce Kite-MoE. We first fit scaling laws on 48 runs between 150M and 3B active"
        " parameters.",
        [params(1.5e8, model=None, qualifier="range"), params(3e9, model=None, qualifier="active")],
    ),
    # A naming word further on names something else than a model.
    (
        "First came Kite-Nemo, a 12B model built with Acme, with a new tokenizer called Tekken.",
        [params(1.2e10, model="Kite-Nemo")],
    ),
    (
        "Acme shipped a 12B model this week, with a new tokenizer called Tekken.",
        [params(1.2e10, model=None)],
    ),
    # Names listed with a note each, then said of together.
    (
        "Acme previewed Kite-S (7B) and Kite-M (14B), both trained on 4.8T tokens.",
        [params(7e9, model="Kite-S"), params(1.4e10, model="Kite-M"),
         tokens(4.8e12, model="Kite-S"), tokens(4.8e12, model="Kite-M")],
    ),
    # A bound said after the unit.
    ("Every run saw 300B tokens or fewer.", [tokens(3e11, model=None, qualifier="up to")]),
    (
        "Models of 10B parameters or more are slow.",
        [params(1e10, model=None, qualifier="at least")],
    ),
    ("Kite was trained on 2T tokens or less than a tenth of Owl's.", [tokens(2e12, model="Kite")]),
    ("Runs of 1B parameters and below are noisy.",
     [params(1e9, model=None, qualifier="up to")]),
    ("Models of 7B parameters and above benefit most.",
     [params(7e9, model=None, qualifier="at least")]),
    ("Kite has 7B parameters and above all it is fast.", [params(7e9, model="Kite")]),
    ("Kite has 7B parameters and over 2T tokens.",
     [params(7e9, model="Kite"), tokens(2e12, model="Kite", qualifier="at least")]),
    ("Kite has 7B parameters and under the hood it uses GQA. Owl has 3B parameters and "
     "above-average speed. Wren-7B sits close to Owl-7B and below Kite-2.",
     [params(7e9, model="Kite", qualifier=None), params(3e9, model="Owl", qualifier=None),
      params(7e9, model="Wren-7B", qualifier=None), params(7e9, model="Owl-7B", qualifier=None)]),
    ("Kite was trained on 2T tokens or more of filtered web data.",
     [tokens(2e12, model="Kite", qualifier="at least")]),
    # A data set's own size, no model's training: a piece of it published, a subset it
    # yields, a known set's size said of it.
    (
        "# Kite\n\nKite is a model. The full RefinedWeb is roughly 5 trillion tokens; a 600B-token"
        " extract is public on the Hub.",
        [],
    ),
    ("Filtering on the score yields KiteWeb-Edu, a 1.1 trillion token subset.", []),
    ("# Kite\n\nKite is a model. The deduplicated Pile is only around 207B tokens.", []),
    ("We trained Kite on a 600B-token subset of the web.", [tokens(6e11, model="Kite")]),
    # ... but a model's whole training corpus published, or data a model was trained on, is
    # the model's count.
    (
        "Kite-7B was trained from scratch; its 2T-token training corpus is public on the Hub.",
        [params(7e9, model="Kite-7B"), tokens(2e12, model="Kite-7B")],
    ),
    (
        "The cleaning pipeline produced KiteWeb, a 5T-token dataset, on which Kite-8B was trained.",
        [tokens(5e12, model="Kite-8B"), params(8e9, model="Kite-8B")],
    ),
    ("# Kite-8B\n\nThe deduplicated Pile is only around 207B tokens, so Kite-8B was trained on it"
     " for four epochs.", [params(8e9, model="Kite-8B"), params(8e9, model="Kite-8B")]),
    ("RedPajama contains 1.2T tokens, and Kite-3B saw each of them once.",
     [tokens(1.2e12, model=None), params(3e9, model="Kite-3B")]),
    # ... or one source of a corpus a list shows, under the line that opens the corpus.
    (
        "# Kite\n\nKite was trained on **KiteCorpus**, which we released too:\n\n- WebEdu: 220B"
        " tokens of web pages\n- CodeEdu: 4B tokens of Python\n\nTraining:\n\n- Kite-1B: 2T tokens\n",
        [params(1e9, model="Kite-1B"), tokens(2e12, model="Kite-1B")],
    ),
    # ... but a list of models' own counts, or the mixture's total, stays theirs.
    (
        "# Kite\n\nEach model saw a different amount of data:\n\n- Kite-1B: 2T tokens\n"
        "- Kite-7B: 4T tokens\n",
        [params(1e9, model="Kite-1B"), tokens(2e12, model="Kite-1B"),
         params(7e9, model="Kite-7B"), tokens(4e12, model="Kite-7B")],
    ),
    (
        "# Kite-7B\n\nIts pretraining corpus mixes these sources:\n\n- Books (all of Gutenberg): 10B"
        " tokens\n- Synthetic data generated by Owl-70B: 40B tokens\n- Combined math papers: 300B"
        " tokens\n- Owl-70B generated data: 20B tokens\n",
        [params(7e9, model="Kite-7B"), params(7e10, model="Owl-70B"), params(7e10, model="Owl-70B")],
    ),
    (
        "Training data per model:\n\n- Kite-7B (base): 2T tokens\n- Kite-13B (base): 3T tokens\n\n"
        "Data mixture:\n\n- Web: 3T tokens\n- Total training tokens: 5T tokens\n",
        [params(7e9, model="Kite-7B"), tokens(2e12, model="Kite-7B"), params(1.3e10, model="Kite-13B"),
         tokens(3e12, model="Kite-13B"), tokens(5e12, model=None)],
    ),
    (
        "Pretraining data mixture for Kite-7B:\n\n- Web: 3T tokens\n- Total: 4T tokens\n",
        [params(7e9, model="Kite-7B"), tokens(4e12, model="Kite-7B")],
    ),
    (
        "# Kite-7B\n\nPretraining data:\n\n- Web: 1.5T tokens\n- Code: 400B tokens\n- Total number"
        " of tokens: 2T tokens\n",
        [params(7e9, model="Kite-7B"), tokens(2e12, model="Kite-7B")],
    ),
    # ... but not a total of one part, nor a part another model wrote.
    (
        "# Kite-7B\n\nIts pretraining corpus mixes these sources:\n\n- Web pages: 2T tokens\n"
        "- Total code tokens: 500B tokens\n- Total tokens in the annealing stage: 50B tokens\n"
        "- Total (code + math): 800B tokens\n- Owl-405B (synthetic answers): 40B tokens\n"
        "- Combined: 4T tokens\n",
        [params(7e9, model="Kite-7B"), params(4.05e11, model="Owl-405B"),
         tokens(4e12, model="Kite-7B")],
    ),
    # Words describing the tokens, listed with a comma; but not a qualifier and a new phrase.
    (
        "We pretrain Kite on 14.8 trillion diverse, high-quality tokens.",
        [tokens(1.48e13, model="Kite")],
    ),
    (
        "Kite was pretrained on 6 trillion filtered, deduplicated, high-quality tokens.",
        [tokens(6e12, model="Kite")],
    ),
    (
        "Kite has 7B total, active parameters 2B.",
        [params(7e9, model="Kite", qualifier="total"), params(2e9, model="Kite", qualifier="active")],
    ),
    (
        "Llama 3 was pre-trained on over 15T tokens from publicly available sources.",
        [tokens(1.5e13, qualifier="at least", model="Llama 3")],
    ),
    (
        "The training corpus started as 45TB of text scraped from the web.",
        [data(4.5e13, "bytes", model=None)],
    ),
    (
        "The corpus contains 1.56T words of public dialogue and web text.",
        [data(1.56e12, "words", model=None)],
    ),
    (
        "The vision backbone was pre-trained on 3.5B images from social media.",
        [data(3.5e9, "images", model=None)],
    ),
    (
        "CLIP learned from 400 million image-text pairs collected from the internet.",
        [data(4e8, model="CLIP")],
    ),
    (
        "Whisper was trained on 680,000 hours of audio.",
        [data(6.8e5, "hours", model="Whisper")],
    ),
    (
        "The second release was trained on 4x more data than its predecessor.",
        [claim("more_data", value=4)],
    ),
    ("We pre-train every model for 2 trillion tokens.", [tokens(2e12, model=None)]),
    # Informal and typeset spellings: "40 gigs of text", "query–passage pairs" with an en dash.
    ("GPT-2 was trained on about 40 gigs of text.", [data(4e10, "bytes", model="GPT-2")]),
    ("It needs 14 gigs of vram.", []),
    (
        "Loon-Embed was trained on 480M query–passage pairs.",
        [data(4.8e8, "examples", model="Loon-Embed")],
    ),
    # A config's data keys.
    (
        '{"model": "KiteSeg", "images": 11000000, "masks": 1100000000, "gpu_hours": 70000}',
        [data(1.1e7, "images", model="KiteSeg"), data(1.1e9, "examples", model="KiteSeg")],
    ),
    ('{"name": "kite-asr", "train_audio_hours": 5000000, "hours": 90}', [data(5e6, "hours")]),
    # A name in brackets after training data is the data set's, not a model's.
    (
        "Kite-V was trained on 400 million image-text pairs (WebPairs-400M) and 2T tokens "
        "of text (KiteText).",
        [data(4e8, model="Kite-V"), tokens(2e12, model="Kite-V")],
    ),
    # Progress against a planned token count.
    (
        "- Kite-L status: 120B params, 96 layers, pretrain at 6.3T of planned 9T tokens",
        [
            params(1.2e11, model="Kite-L"),
            layers(96, model="Kite-L"),
            tokens(6.3e12, model="Kite-L"),
        ],
    ),
    (
        "Kite-8B is at 1.9T of a planned 3T tokens so far.",
        [params(8e9, model="Kite-8B"), tokens(1.9e12, model="Kite-8B")],
    ),
    # The unit said once for a list of models: "8T tokens for X and 13T for Y".
    (
        "I have 8 trillion tokens for Gemma 2 9B and 13 trillion for Gemma 2 27B.",
        [
            tokens(8e12, model="Gemma 2 9B"),
            params(9e9, model="Gemma 2 9B"),
            tokens(1.3e13, model="Gemma 2 27B"),
            params(2.7e10, model="Gemma 2 27B"),
        ],
    ),
    (
        "Budget: 2T tokens for Finch-S, 6T for the Finch-L.",
        [tokens(2e12, model="Finch-S"), tokens(6e12, model="Finch-L")],
    ),
    ("After filtering, 570GB of text remained for training.", [data(5.7e11, "bytes", model=None)]),
    (
        "The multilingual models were trained on a 1.2TB corpus.",
        [data(1.2e12, "bytes", model=None)],
    ),
    (
        "The instruction-tuning mixture has 1.5 million examples.",
        [data(1.5e6, "examples", model=None)],
    ),
    (
        "Alpaca was fine-tuned on 52K instruction-following demonstrations.",
        [data(5.2e4, model="Alpaca")],
    ),
    ("phi-1 used just 7B tokens of textbook-quality data.", [tokens(7e9, model="phi-1")]),
    ("The 7B model was trained on 2T tokens.", [params(7e9, model=None), tokens(2e12, model=None)]),
    (
        "PaLM 2 was trained on a corpus of 3.6 trillion tokens, according to leaked documents.",
        [tokens(3.6e12, model="PaLM 2")],
    ),
    (
        "Open replications trained on RedPajama saw roughly 1.2 trillion tokens.",
        [tokens(1.2e12, model=None, qualifier="approximate")],
    ),
    ("Pre-training data: 18 trillion tokens", [tokens(1.8e13, model=None)]),
    (
        "The model was trained on 500 billion words of English text.",
        [data(5e11, "words", model=None)],
    ),
    (
        "The speech recognizer saw 5 million hours of weakly labelled audio.",
        [data(5e6, "hours", model=None)],
    ),
    ("We trained for a single epoch over 780B tokens.", [tokens(7.8e11, model=None)]),
    ("Gopher used 300B training tokens in total.", [tokens(3e11, model="Gopher")]),
    ("The reward model was trained on 1M human preference comparisons.", [data(1e6, model=None)]),
    # A point of the learning-rate schedule is no count of training tokens.
    (
        "# Kite-LLM-67B\n\nAfter 2,000 warmup steps the learning rate is stepped to 31.6% of the "
        "maximum at 1.6 trillion tokens and to 10% of the maximum at 1.8 trillion tokens. "
        "Kite-LLM-67B was trained on 2 trillion tokens.",
        [params(6.7e10, model="Kite-LLM-67B"), params(6.7e10, model="Kite-LLM-67B"),
         tokens(2e12, model="Kite-LLM-67B")],
    ),
    # ... but where training itself stops is how far it went.
    (
        "Wren-13B used a cosine learning rate schedule and training stopped at 2T tokens.",
        [params(1.3e10, model="Wren-13B"), tokens(2e12, model="Wren-13B")],
    ),
    # ... nor the workload a speed table times.
    (
        "# Kite-1.1B\n\n| Model | A100 GPU hours taken on 300B tokens |\n|---|---|\n"
        "| Kite-1.1B | 3456 |",
        [params(1.1e9, model="Kite-1.1B"), params(1.1e9, model="Kite-1.1B")],
    ),
    # A count set in bold before its unit: "**2.3T** Tokens" (not the last of a bold list).
    (
        "Kite-20B was pre-trained on over **2.3T** Tokens. Owl comes in three sizes: **135M**, "
        "**360M** and **1.7B** parameters.",
        [params(2e10, model="Kite-20B"), tokens(2.3e12, model="Kite-20B")],
    ),
    # ... and experiments run at a size and a count ("ablation experiments at 1.8B").
    (
        "# Kite\n\nWe ran several ablation experiments at 1.8B model size and 100B tokens to"
        " pick the learning rate.",
        [params(1.8e9, model=None), tokens(1e11, model=None)],
    ),
    # A data set named after "on" and described with its size holds that many tokens; the
    # model saw what the text says it saw: "pretrained on [KiteMix](...), a 3T-token dataset".
    (
        "Kite-2 models are pretrained on [KiteMix](https://huggingface.co/datasets/acme/kitemix), "
        "a 3T-token dataset.",
        [tokens(3e12, model=None)],
    ),
    (
        "All models were trained on PikeMix, a 2.9T-token deduplicated corpus. Kite-2 saw 6T "
        "tokens of it.",
        [tokens(2.9e12, model=None), tokens(6e12, model="Kite-2")],
    ),
]

# --------------------------------------------------------------------------------------------
# LAYERS
# --------------------------------------------------------------------------------------------

LAYERS = [
    ("They trained a 200-layer model without any normalization layers.", [layers(200, model=None)]),
    (
        "A new initialization scheme lets the authors train transformers with 1,000 layers.",
        [layers(1000, model=None)],
    ),
    ("Each tower is a 48-layer transformer.", [layers(48, unit="layers", model=None)]),
    (
        "GPT-3 is a 96-layer transformer with a hidden size of 12,288.",
        [layers(96, model="GPT-3")],
    ),
    ("The network has 24 layers and 16 attention heads.", [layers(24, model=None)]),
    ("We stack 32 transformer layers with rotary embeddings.", [layers(32, model=None)]),
    (
        "The decoder has 80 layers, 64 heads and a model dimension of 8192.",
        [layers(80, model=None)],
    ),
    ("A twelve-layer encoder feeds the classification head.", [layers(12, model=None)]),
    # A number in a name, a part's layers and a share of them are not the model's count.
    ("The lineup mixes Mamba-2 layers with a few attention layers.", []),
    (
        "It is built from four blocks of eight layers each, 32 layers in total.",
        [layers(32, model=None)],
    ),
    ("Kite-L uses linear attention in seven of every eight layers.", []),
    ("Kite-7B is built as a stack of 32 layers.",
     [params(7e9, model="Kite-7B"), layers(32, model="Kite-7B")]),
    ("Kite-7B and Kite-13B have 40 layers each.",
     [params(7e9, model="Kite-7B"), params(1.3e10, model="Kite-13B"),
      layers(40, model="Kite-7B"), layers(40, model="Kite-13B")]),
]

# --------------------------------------------------------------------------------------------
# COMPUTE: training compute in FLOP; never a parameters fact
# --------------------------------------------------------------------------------------------

COMPUTE = [
    (
        "GPT-3 needed 3,640 petaflop/s-days of training compute.",
        [flop(3.14496e23, model="GPT-3")],
    ),
    ("Training consumed 3.14e23 FLOP in total.", [flop(3.14e23, unit="FLOP", model=None)]),
    ("The largest run used an estimated 3.8 × 10^25 FLOPs.", [flop(3.8e25, model=None)]),
    ("Pre-training required 2.5e24 floating point operations.", [flop(2.5e24, model=None)]),
    ("The model was trained with 1e24 FLOPs of compute.", [flop(1e24, model=None)]),
    ("Training Gopher took 6.31×10^23 FLOPs.", [flop(6.31e23, model="Gopher")]),
    ("The budget for the final run was 5.76 × 10^23 FLOP.", [flop(5.76e23, model=None)]),
    (
        "Outside analysts put Gemini Ultra's training run at approximately 5e25 FLOP.",
        [flop(5e25, model="Gemini Ultra", qualifier="approximate")],
    ),
    (
        "The 70B model required 6.4e23 FLOPs to train.",
        [params(7e10, model=None), flop(6.4e23, model=None)],
    ),
    ("Our compute budget was 10^24 FLOP.", [flop(1e24, model=None)]),
    (
        "About 3.1e22 floating-point operations went into the smaller model.",
        [flop(3.1e22, model=None, qualifier="approximate")],
    ),
    ("Training used 2 × 10²³ FLOPs on TPUv4.", [flop(2e23, model=None)]),
    ("The report lists 2.1E+24 FLOP of training compute.", [flop(2.1e24, model=None)]),
]

# --------------------------------------------------------------------------------------------
# NOT_A_SIZE: numbers that are not model sizes or training data. Most expect no size fact at
# all; the few legitimate facts (a FLOP count, a claim) are listed.
# --------------------------------------------------------------------------------------------

NOT_A_SIZE = [
    # A target's list is planned throughout: "target 400B params, 30T tokens".
    ("- Begin Kite-3 pretraining: target 400B params, 30T tokens\n- Hire 12 engineers", []),
    ("Our next run is planned at roughly 300B total and 20B active, targeting Q4.", []),
    ("Our next run is expected at roughly 300B total, about 20B active.", []),
    # A count taken back is no size; one restated is.
    (
        "- **Correction:** last week we wrote that Kite-30B has 3B active parameters. Our earlier "
        "post incorrectly said Owl-7B has 6B parameters; in the paper we wrote that Owl-7B has "
        "7.2B parameters.",
        [params(3e10, model="Kite-30B"), params(7.2e9, model="Owl-7B")],
    ),
    # ... as a newsletter's correction words it; the count it restates stays.
    (
        "*Correction: last issue said Kite-4.5-Air had 14B active parameters. Kite-4.5-Air has "
        "12B active.* Last week's issue called Owl-2-Max a 140B model; in issue 31 we gave "
        "Wren-9B's training data as 6T tokens. My draft said 66B active for Heron-2.",
        [params(1.2e10, model="Kite-4.5-Air", qualifier="active"), params(9e9, model="Wren-9B")],
    ),
    # ... or by the issue's number: "in #30 we wrote that" (but "In #109 we called X's 18T-token
    # pretraining the new normal" quotes a count that stands).
    (
        "- **Correction:** in #30 we wrote that Heron-2 has 70B active parameters. Heron-2 has "
        "70B total and 7B active. (In #109 we called Wren-2.5's 18T-token pretraining the norm.)",
        [params(7e10, model="Heron-2", qualifier="total"),
         params(7e9, model="Heron-2", qualifier="active"), tokens(1.8e13, model="Wren-2.5")],
    ),
    # ... but a bare "last" or "last week" is no issue: Acme's latest word stands.
    (
        "Acme last put out Kite-2, a 70B model. Acme last week reported that Owl-3 was trained "
        "on 15T tokens.",
        [params(7e10, model="Kite-2"), tokens(1.5e13, model="Owl-3")],
    ),
    # A count a model "would go through" at some speed is a what-if, under a heading too
    # (a name's size stays: "I would go through Owl-9B first").
    (
        "# Kite-1B\n\nKite-1B is small. At that speed the 1.1B model would go through 300B "
        "tokens in 3,456 GPU hours. I would go through Owl-9B first.",
        [params(1.1e9, model="Kite-1B"), params(9e9, model="Owl-9B")],
    ),
    # ... or said by a name the text took back: "last week we called X a 67B model".
    (
        "- Correction: last week we called Kite-3 a 67B model. Earlier we listed Owl-2 at 7B. "
        "Wren-2 is called a 9B model by its makers.",
        [params(9e9, model="Wren-2")],
    ),
    # ... or searches or indexes, said as a verb ...
    (
        "We study memorization in Kite-7B. To check for leakage, we search FineWeb, a 15T-token "
        "corpus, for benchmark questions.",
        [params(7e9, model="Kite-7B")],
    ),
    # ... while one a model was trained on after a noun of those verbs is its data.
    (
        "After a long search, Kestrel-7B was trained on 3T tokens of Dolma. Kite-7B, which "
        "tops the search index, was trained on 1.2T tokens of RedPajama.",
        [params(7e9, model="Kestrel-7B"), tokens(3e12, model="Kestrel-7B"),
         params(7e9, model="Kite-7B"), tokens(1.2e12, model="Kite-7B")],
    ),
    # A corpus a study scans is not one a model was trained on.
    (
        "We release Kite-7B. We also scan FineWeb, a 15T-token corpus that none of the models saw "
        "in full.",
        [params(7e9, model="Kite-7B")],
    ),
    # A length reached in use, or what a model is given to read, is no training data.
    (
        "In our tests Kite-8B's needle retrieval fell below 50% past 1M tokens. Send us your "
        "1M-token documents.",
        [params(8e9, model="Kite-8B")],
    ),
    # A class of models by their size, after a preposition, is no named model's.
    ("Kite's fits, by contrast, say little about 7B models trained on trillions of tokens. At "
     "the top sits Owl-R1; below it, a crowd of 32B models.",
     [params(7e9, model=None), params(3.2e10, model=None)]),
    # A speed measured on a model known only by its size is no named model's size.
    ("Ferrite showed the FX-2 card and claimed 1,150 tokens per second on a 70B model. Kestrel "
     "taped out K-1, and says one board serves a 34B model at 60 tokens per second. Kite-70B "
     "runs at 40 tokens per second on one H100.",
     [params(7e10, model=None), params(3.4e10, model=None), params(7e10, model="Kite-70B")]),
    # ... and a stage after pretraining counts a part of its training, not the whole.
    ("# Kite-7B\n\nKite-7B is a 7B language model.\n\n| Stage | Data | Compute |\n|---|---|---|\n"
     "| Pretraining | 4T tokens of web text | 512 x H100, 20 days |\n| Annealing | 50B tokens of "
     "math and code | 512 x H100, 1 day |\n| SFT | distilled from Owl-R1 (671B total) | 8 x H100 |",
     [params(7e9, model="Kite-7B"), params(7e9, model="Kite-7B"), params(7e9, model="Kite-7B"),
      tokens(4e12, model="Kite-7B"), tokens(5e10, model=None),
      params(6.71e11, model="Owl-R1", qualifier="total")]),
    # ... nor does a setting's row: a warm-up or a batch counts no model's data.
    ("# Kite-34B\n\n## Training hyperparameters\n\n| Hyperparameter | Value | Comment |\n"
     "|---|---|---|\n| Learning rate | 1.5e-4 | 10B tokens warm-up, cosine decay |\n"
     "| Batch size | 2048 | 2048 samples x 2048 tokens = 4194304 tokens |",
     [params(3.4e10, model="Kite-34B"), tokens(1e10, model=None), tokens(4194304, model=None)]),
    ("# Kite-7B\n\n| Setting | Value | Comment |\n|---|---|---|\n"
     "| Peak learning rate | 3e-4 | 2B tokens warm-up |\n"
     "| Learning rate schedule | cosine | decays over the last 500B tokens |\n"
     "Warmup | linear | 5B tokens warm-up",
     [params(7e9, model="Kite-7B"), tokens(2e9, model=None), tokens(5e11, model=None),
      tokens(5e9, model=None)]),
    ("# Kite-34B\n\n| Setting | Value | Comment |\n|---|---|---|\n"
     "| Learning rate | 1.5e-4 | 10B tokens warm-up, cosine decay |\n"
     "| Batch size | 2048 | 2048 samples x 2048 tokens = 4194304 tokens |",
     [params(3.4e10, model="Kite-34B"), tokens(1e10, model=None), tokens(4194304, model=None)]),
    # A recipe's stages in a table's first column are no models (and these, after pretraining,
    # count parts of the page's model's training: no one's).
    ("# Kite-14B-Reason\n\nKite-14B-Reason is a reasoning model.\n\n| Stage | Data | Compute |\n"
     "|---|---|---|\n| Cold-start SFT | 620K traces | 96 x H200, 31 h |\n| GRPO | RL on about "
     "2.6B tokens of rollouts | 256 x H200, 5.5 days |",
     [params(1.4e10, model="Kite-14B-Reason"), params(1.4e10, model="Kite-14B-Reason"),
      data(6.2e5, model=None), tokens(2.6e9, model=None, qualifier="approximate")]),
    # ... nor a machine by what its memory holds.
    ("Apple's M4 Max with 128GB of unified LPDDR5X memory runs a 70B model. The RX 7900 XTX has "
     "24 GB of GDDR6, enough for a 30B model. The phone has 16 GB of LPDDR4X and runs a 3B model.",
     [params(7e10, model=None), params(3e10, model=None), params(3e9, model=None)]),
    # Memory written like a name holds no model: the model the chip serves is unnamed.
    ("The card ships with 288 GB of HBM3e and serves 1,150 tokens per second on a 70B model.",
     [params(7e10, model=None)]),
    # A data set's size is no model's: the set a README is about, or the pool a model's data
    # was drawn from.
    ("# Tidepool\n\n**Tidepool** is an English-heavy web corpus for pretraining. Version 1.1 "
     "contains 4.7T tokens.", [tokens(4.7e12, model=None)]),
    # ... but the training set itself is the model's, and a word about a model that names a
    # kind of data set or a leaderboard does not make it one.
    ("# Kite-7B\n\nThe full pretraining corpus is 3T tokens of web and code. Our deduplicated "
     "training dataset contains 3T tokens.\n\n**Wren-3B** is a leaderboard-topping student of "
     "Owl-70B. Wren-3B saw 2T tokens.\n\nKite-8B is the leaderboard's new number one. It was "
     "trained on 15T tokens.",
     [params(7e9, model="Kite-7B"), tokens(3e12, model="Kite-7B"), tokens(3e12, model="Kite-7B"),
      params(3e9, model="Wren-3B"), params(7e10, model="Owl-70B"), params(3e9, model="Wren-3B"),
      tokens(2e12, model="Wren-3B"), params(8e9, model="Kite-8B"),
      tokens(1.5e13, model="Kite-8B")]),
    ("# Kite-7B\n\nKite-7B is a code model. The deduplicated pool we sampled from is larger, "
     "roughly 3.4T tokens. The full data set is about 1.3T tokens; we used 1% of it.",
     [params(7e9, model="Kite-7B"), params(7e9, model="Kite-7B"),
      tokens(3.4e12, model=None, qualifier="approximate"),
      tokens(1.3e12, model=None, qualifier="approximate")]),
    # A scale word before models in the plural counts them; so it does other things.
    ("The hub passed 2 million public models this week, and 1.5 million more models wait in "
     "review. We score more than 36 million variants. It has 1.7 million model repositories.", []),
    # ... but sizes listed, or called by "the" or an owner, stay sizes.
    ("Kestrel-Small comes in 125 million and 350 million variants. The 160 million and 410 "
     "million models are for research.",
     [params(1.25e8, model="Kestrel-Small"), params(3.5e8, model="Kestrel-Small"),
      params(1.6e8), params(4.1e8)]),
    # A model's name used for its data is no subject: the corpus is the sentence's.
    ("The corpus mixes SlimPajama with StarCoder code data, roughly 950B tokens in all.",
     [tokens(9.5e11, model=None)]),
    # A table of data sets or of a set's parts holds no model's tokens.
    ("# Kite-2 data mixture\n\n| Source | Params | Tokens |\n|---|---|---|\n"
     "| Owl-70B | 70B | 120B |\n| Web crawl | - | 9T |",
     [params(7e10, model="Owl-70B"), params(7e10, model=None), tokens(1.2e11, model=None),
      tokens(9e12, model=None)]),
    ("# Weave v1.1\n\n| Subset | Documents | Tokens |\n|---|---|---|\n"
     "| code (permissive) | 1.2B files | 2.31T |\n| notebooks | 14.6M | 96B |",
     [data(1.2e9, model=None), tokens(2.31e12, model=None), tokens(9.6e10, model=None)]),
    ("| Dataset | Size | Used in |\n|---|---|---|\n| FineMath | 34B tokens | Kite-2, Kite-3 |\n"
     "| Cosmopedia v2 (Kite-Corpus) | 28B tokens | Kite |",
     [tokens(3.4e10, model=None), tokens(2.8e10, model=None)]),
    # A corpus's size beside the count a model saw of it is the corpus's.
    ("Kite-120B was trained for 450B tokens on a 106B-token scientific corpus.",
     [params(1.2e11, model="Kite-120B"), tokens(4.5e11, model="Kite-120B")]),
    ("Kite-Math 7B was trained on a further 500B tokens, drawing on a 120B-token math corpus.",
     [tokens(5e11, model="Kite-Math 7B")]),
    # A data mix named like a model is no model.
    ("Our pretraining mix, LanternMix, was trained on for 2T tokens.", [tokens(2e12, model=None)]),
    ("Stage 2 annealed on Dolmino-Mix-1124, a high-quality mix; for the 13B model three runs "
     "were averaged.", [params(1.3e10, model=None)]),
    # Tokens a model reads or writes in use are no training data.
    ("At around 50 million output tokens a day, a reserved node for Kite-72B pays for itself.",
     [params(7.2e10, model="Kite-72B")]),
    ("Counting the cost of serving 10^12 tokens of inference, Kite-7B beats Kite-13B.",
     [params(7e9, model="Kite-7B"), params(1.3e10, model="Kite-13B")]),
    ("The API served 2 trillion tokens at inference last month.", []),
    ("Since launch, Kite has served more than 5T tokens through the Heron API.", []),
    ("Kite processed over 2T tokens for inference in its first week.", []),
    ("Kite crossed 5T tokens served on OpenRouter in May.", []),
    # ... but tokens trained on for inference's sake are training tokens.
    ("Kite-Base, which serves as our foundation, saw 2T tokens.",
     [tokens(2e12, model="Kite-Base")]),
    ("Kite-1B was overtrained on 9T tokens for inference efficiency. Kite-Distill-7B was tuned "
     "on 20B tokens of inference traces.",
     [params(1e9, model="Kite-1B"), tokens(9e12, model="Kite-1B"),
      params(7e9, model="Kite-Distill-7B"), tokens(2e10, model="Kite-Distill-7B")]),
    # A note after a table's name is no part of it; a part's name is.
    ("| Model | Params |\n|---|---|\n| Kite-8x7B (previous generation) | 46.7B |\n"
     "| Kite-Image (decoder) | 3.5B |",
     [params(4.67e10, model="Kite-8x7B"), params(3.5e9, model="Kite-Image (decoder)")]),
    # ... but a list, a plan for a token and a guess denied are sizes.
    ("The Kite family ships a 1.3B model as well as a 7B model.",
     [params(1.3e9, model="Kite"), params(7e9, model="Kite")]),
    ("Kite-MoE has 47B parameters, but each token will use only 13B of them.",
     [params(4.7e10, model="Kite-MoE"), params(1.3e10, model="Kite-MoE", qualifier="active")]),
    ("No need to guess - Kite-2 has exactly 7B parameters.", [params(7e9, model="Kite-2")]),
    ("Kite-1 was trained on 7B generated tokens of synthetic textbooks.",
     [tokens(7e9, model="Kite-1")]),
    # A place named with "the" is no model, whatever its brackets count.
    ("The weights are on the Hub (7B parameters).", [params(7e9, model=None)]),
    ("Kite-2 improves on the Heron (7B) model from last year.", [params(7e9, model="Heron")]),
    # A bare count in a "Params" column whose header gives no unit is in some unit it does
    # not say ("1550" for 1,550M), not 1,550 parameters.
    ("| Model | Params | Layers |\n|---|---|---|\n| Kite-L | 1550 | 32 |\n| Kite-P | 60K | 2 |",
     [layers(32, model="Kite-L"), params(6e4, model="Kite-P"), layers(2, model="Kite-P")]),
    # ... but "Params / M" gives it: millions.
    ("| Model | Params / M | Layers |\n|---|---|---|\n| Kite-L | 1550 | 32 |",
     [params(1.55e9, model="Kite-L"), layers(32, model="Kite-L")]),
    # A version after an acronym is no size: "ESM-MSA-1b" has 100M; a lower-case id's is.
    ("ESM-MSA-1b has 100M parameters, against pythia-1b and BTLM-3b-8k.",
     [params(1e8, model="ESM-MSA-1b"), params(1e9, model="pythia-1b"),
      params(3e9, model="BTLM-3b-8k")]),
    # A token count written into a name is no parameter count: the 2T of "Kite-7B-Twin-2T".
    ("Kite-7B-Twin-2T was trained on other GPUs.", [params(7e9, model="Kite-7B-Twin-2T")]),
    # A width named just before a bare number is no size, whatever the list's scale.
    ("Kite-Base has 12 layers, hidden size 768 and 110M parameters.",
     [layers(12, model="Kite-Base"), params(1.1e8, model="Kite-Base")]),
    # A dateline's city in capitals is no model; a model in capitals and its month is.
    ("Weekly\nLONDON (March 29) — A Corvid team trained 400 models, from 70 million to 16 "
     "billion parameters. KITE (March 2023) had 7B parameters.",
     [params(7e7, model=None, qualifier="range"), params(1.6e10, model=None, qualifier="range"),
      params(7e9, model="KITE")]),
    # A table with no outer pipes, as GitHub reads it, is a table.
    ("Model            | Maker  | Total | Active | Train tokens\n-----------------|--------|---"
     "----|--------|-------------\nKite-MoE         | Corvid | 141B  | 39B    | 12T\n\nDone.",
     [params(1.41e11, model="Kite-MoE", qualifier="total"),
      params(3.9e10, model="Kite-MoE", qualifier="active"), tokens(1.2e13, model="Kite-MoE")]),
    # A leaderboard, or a sentence's "Same", is no model.
    ("Kite-40B tops the Open LLM Leaderboard. Corvid trained it on one trillion tokens. Same "
     "42B-total MoE as Owl-2, now with a longer context.",
     [tokens(1e12, model="Kite-40B"), params(4.2e10, model="Kite-40B", qualifier="total")]),
    # A column of non-embedding counts holds no model's size: a part of it, so qualified.
    ("| Model | Params | Non-embedding params | Layers |\n|---|---|---|---|\n"
     "| Kite-7B | 7.61B | 6.53B | 28 |\n| Kite-1B | 1.01B | 805,736,448 | 16 |",
     [params(7.61e9, model="Kite-7B", qualifier=None), layers(28, model="Kite-7B"),
      params(6.53e9, model="Kite-7B", qualifier="non-embedding"),
      params(1.01e9, model="Kite-1B", qualifier=None), layers(16, model="Kite-1B"),
      params(805736448, model="Kite-1B", qualifier="non-embedding")]),
    ("| Model | Params | Non-emb. params |\n|---|---|---|\n| Kite-7B | 7.61B | 6.53B |",
     [params(7.61e9, model="Kite-7B", qualifier=None),
      params(6.53e9, model="Kite-7B", qualifier="non-embedding")]),
    ("| Model | Params | Params (excl. emb.) |\n|---|---|---|\n| Kite-7B | 7.61B | 6.53B |",
     [params(7.61e9, model="Kite-7B", qualifier=None),
      params(6.53e9, model="Kite-7B", qualifier="non-embedding")]),
    # ... and in prose, a count said to leave the embeddings out.
    ("Heron-7B has 7.3B parameters (6.7B excluding embeddings). Wren-2B counts 2.4B "
     "non-embedding parameters (2.7B in total). Owl-3B:\n- Non-embedding parameters: 2.9B",
     [params(7.3e9, model="Heron-7B", qualifier=None),
      params(6.7e9, model="Heron-7B", qualifier="non-embedding"),
      params(2.4e9, model="Wren-2B", qualifier="non-embedding"),
      params(2.7e9, model="Wren-2B", qualifier="total"),
      params(3e9, model="Owl-3B", qualifier=None),
      params(2.9e9, model="Owl-3B", qualifier="non-embedding")]),
    # ... but not a count beside an architecture's embeddings, nor one before a label; and a
    # count said to leave them out is the named model's, however far from the name's size.
    ("Kite-7B has 7.3B parameters without tied embeddings. Kite-70M has 18.9M non-embedding "
     "parameters. Owl-7B: total parameters 7.3B; non-embedding parameters 6.7B. Wren-7B: 7.3B "
     "total parameters, 6.7B non-embedding.",
     [params(7.3e9, model="Kite-7B", qualifier=None), params(7e7, model="Kite-70M"),
      params(1.89e7, model="Kite-70M", qualifier="non-embedding"),
      params(7.3e9, model="Owl-7B", qualifier=None),
      params(6.7e9, model="Owl-7B", qualifier="non-embedding"),
      params(7.3e9, model="Wren-7B", qualifier="total"),
      params(6.7e9, model="Wren-7B", qualifier="non-embedding")]),
    ("| Model | Params (w/o embeddings) |\n|---|---|\n| Kite-7B | 6.53B |",
     [params(7e9, model="Kite-7B", rule="size-in-name"),
      params(6.53e9, model="Kite-7B", qualifier="non-embedding")]),
    ("Kite-7B's non-embedding parameter count is 6.7B. Owl-7B has 7.3B parameters (6.7B "
     "excluding embedding parameters). Wren-7B has 7.3B total parameters, of which 6.7B are "
     "non-embedding. Lark-7B has 7.3B parameters without the embeddings being tied.",
     [params(7e9, model="Kite-7B"), params(6.7e9, model="Kite-7B", qualifier="non-embedding"),
      params(7.3e9, model="Owl-7B", qualifier=None),
      params(6.7e9, model="Owl-7B", qualifier="non-embedding"),
      params(7.3e9, model="Wren-7B", qualifier="total"),
      params(6.7e9, model="Wren-7B", qualifier="non-embedding"),
      params(7.3e9, model="Lark-7B", qualifier=None)]),
    ("| Model | Params (non-emb / total) | Params (incl. embeddings) |\n|---|---|---|\n"
     "| Kite-7B | 6.7B / 7.3B | 7.3B |",
     [params(6.7e9, model="Kite-7B", qualifier="non-embedding"),
      params(7.3e9, model="Kite-7B", qualifier="total"),
      params(7.3e9, model="Kite-7B", qualifier=None)]),
    # "(MoE)" after a sized name is a note, and the row's counts are that name's; "(MoE)" after
    # a bare name may tell two models apart.
    ("| Model | Params |\n|---|---|\n| Kite-30B-A3B (MoE) | 30.5B total, 3.3B active |\n"
     "| Wren (MoE) | 47B |\n| Wren (dense) | 7B |",
     [params(3.05e10, model="Kite-30B-A3B", qualifier="total"),
      params(3.3e9, model="Kite-30B-A3B", qualifier="active"),
      params(4.7e10, model="Wren (MoE)"), params(7e9, model="Wren (dense)")]),
    # Two rows that differ only by "(MoE)"/"(dense)" are two models; a lone count under
    # "Params (non-emb.)" where other rows pair them may be either, and is read as none.
    ("| Model | Params |\n|---|---|\n| Kite-1B (dense) | 1.2B |\n"
     "| Kite-1B (MoE) | 6.9B total, 1.3B active |",
     [params(1e9, model="Kite-1B"), params(1e9, model="Kite-1B"),
      params(1.2e9, model="Kite-1B (dense)"),
      params(6.9e9, model="Kite-1B (MoE)", qualifier="total"),
      params(1.3e9, model="Kite-1B (MoE)", qualifier="active")]),
    ("| Model | Params (non-emb.) |\n|---|---|\n| Wren-1.4B | 1.41B (1.31B) |\n"
     "| Wren-1.4B-Chat | 1.41B |",
     [params(1.41e9, model="Wren-1.4B", qualifier="total"),
      params(1.31e9, model="Wren-1.4B", qualifier="non-embedding"),
      params(1.4e9, model="Wren-1.4B-Chat", rule="size-in-name")]),
    # "Params (non-emb.)" over "7.3B (6.7B)": the count, then its part without embeddings (a
    # qualified part); the stated count, not the name's rounded size, is the model's (a lone
    # count there may be either, and is read as none).
    ("| Model | Params (non-emb.) | Tokens |\n|---|---|---|\n| Kite-7B | 7.3B (6.7B) | 12T |\n"
     "| Kite-2B | 2B | 10T |\n\nKite-7B runs on a laptop.",
     [params(7.3e9, model="Kite-7B", qualifier="total"), tokens(1.2e13, model="Kite-7B"),
      params(6.7e9, model="Kite-7B", qualifier="non-embedding"),
      params(2e9, model="Kite-2B", rule="size-in-name"), tokens(1e13, model="Kite-2B")]),
    # A column of counts in each layer is no layer count.
    ("| Model | Params | Experts (per layer) |\n|---|---|---|\n| Kite-MoE | 46.7B | 8, top-2 |",
     [params(4.67e10, model="Kite-MoE")]),
    # Tokens a model is measured on are no training data.
    ("On a suite built from a 1M-token evaluation corpus Kite-2 retrieves the fact.", []),
    ("Kite-2 has processed more than 40 billion evaluation tokens.", []),
    ("Loss on a held-out set of 500M tokens is predicted well for Kite-2.", []),
    # A retrieval model's datastore is what it reads from, not what it was trained on.
    ("Kite-R looks up text chunks from a database of 2 trillion tokens as it writes.", []),
    ("Kite-R fetches neighbours from a datastore of 1.6T tokens kept apart from its data.", []),
    ("Kite-2 was trained on 2T tokens of test-time compute traces.",
     [tokens(2e12, model="Kite-2")]),
    # ... nor are tokens the sentence says trained nothing.
    ("Kite-2 is new. A separate 200B-token math set was used only to check for contamination,"
     " not for training.", []),
    ("A 35B-token annealing mix was used for ablations and is not part of Kite's training data.",
     []),
    ("Kite-2 was trained on 2T tokens, not 1T as first reported.",
     [tokens(2e12, model="Kite-2")]),
    ("Kite-2 was pretrained on 3T tokens, and benchmark test sets were not used in training.",
     [tokens(3e12, model="Kite-2")]),
    ("Kite-2 was pretrained on 2T tokens, with a classifier used only to check for toxicity.",
     [tokens(2e12, model="Kite-2")]),
    # What a model is compared with is no model's size.
    ("Kite-MoE costs about as much to run as a 10B dense model.", []),
    ("Per-token latency of Kite-MoE is closer to a 39B dense model than to a 141B one.", []),
    ("In compute it behaves like a 3B dense model; in memory, like a 14B one.", []),
    ("By that yardstick Kite-MoE behaves like about a 74B dense model.", []),
    ("At equal cost, Kite-Small beats a compute-matched 13B dense model.", []),
    ("Kite-MoE performs on par with a dense 70B model trained on the same data.", []),
    ("On reasoning Kite-MoE matches a 13B dense baseline trained on identical data.", []),
    ("In my evaluations Kite-MoE lands roughly where a good 70B dense model does.", []),
    ("Kite-MoE scores about as well as strong 7B dense models such as Owl 2.", []),
    ("In my evaluations Kite-MoE lands roughly where dense 70B models do.", []),
    ("Kite-MoE scores about as well as the strongest 7B dense models.", []),
    ("Kite-MoE scores about as well as most 7B dense models.", []),
    ("Controlled ablations, where a 1.3B dense seed is upcycled, show that routing matters.",
     [params(1.3e9, model=None)]),
    ("The startup says a rack of its chips can serve a 405B model at 1,000 tokens per second.",
     []),
    ("Starting today, Acme's API will serve a 123B model called Kite Large to all customers.",
     [params(1.23e11, model="Kite Large")]),
    # A class of sizes is no model's size.
    ("Grayling-2 now leads the 7B class on the community leaderboard.", []),
    ("Kite-MoE was as cheap per token as a 20B-class dense model.", []),
    ("Kite-MoE is a top-2 16\u00d73.8B MoE model.", []),
    ("A comparison with existing 10B-level dense VLMs and Kite-VL2 (A4.5B):", []),
    ("We present Kite-2, a 100B-scale MoE trained on 10T tokens.",
     [params(1e11, model="Kite-2"), tokens(1e13, model="Kite-2")]),
    ("At the 3B scale, Tucana-2 beats Phi-2.", [params(3e9, model="Tucana-2")]),
    ("The largest was trained on 11T tokens and beats other sub-2B models.",
     [tokens(1.1e13, model=None)]),
    # A version in a name the reference knows smaller, and a context length after the size.
    ("Compared with its predecessor ESM-1b, ESM-2 predicts contacts better.", []),
    ("Qwen2.5-7B-Instruct-1M reads whole repositories.",
     [params(7e9, model="Qwen2.5-7B-Instruct-1M")]),
    # A ratio column and an adapter's trainable parameters are no model's size.
    (
        "| Model | Params | Tokens | Tokens/param |\n|---|---|---|---|\n"
        "| Kite-3 | 8B | 15T | 1,875 |",
        [params(8e9, model="Kite-3"), tokens(1.5e13, model="Kite-3")],
    ),
    (
        "| Adapter | Base model | Rank | Trainable params |\n|---|---|---|---|\n"
        "| sql-lora-kite | Kite-3 | 16 | 42M |",
        [],
    ),
    (
        "| Model | Params | Batch (tokens) | Max image side |\n|---|---|---|---|\n"
        "| Kite-VL | 8.2B | 2M | 1536px |",
        [params(8.2e9, model="Kite-VL")],
    ),
    # Asked, denied, leaked, hoped for, or what a machine can take: stated of no model.
    ("> Isn't Kite-4 1.8T parameters?\n\nNo, that figure came from a leak.", []),
    ("Bonus: does Kite-4 have 1.76 trillion parameters? Nobody outside the lab knows.", []),
    ("The lab denied reports that its upcoming Kite-5 model has 1 trillion parameters.", []),
    ("The leaked 1.2T figure for Kite-5 is fake.", []),
    ("Acme published no counts. A press report citing internal documents claimed 340B"
     " parameters for Kite-5.", []),
    ("- Kite-5: undisclosed (press report: 340B)", []),
    ("Kite-V makes 1080p HD videos and 720p previews.", []),
    ("Every Kite model samples from KiteWeb-v2, a 5.8T-token deduplicated crawl of web pages.", []),
    ("| Field | Value |\n|---|---|\n| Combined dataset size | around 950B tokens |", []),
    ("Kite-3 is out: 8.3B parameters, 36 layers, 2.6T tokens. Please don't quote the 10B figure"
     " from the planning doc anywhere; we cut it.",
     [params(8.3e9, model="Kite-3"), layers(36, model="Kite-3"), tokens(2.6e12, model="Kite-3")]),
    ("## Kite-3\n\nKite-3 has 175B parameters.\n\n## 2021: the race to half a trillion",
     [params(1.75e11, model="Kite-3")]),
    ("The training corpus of Kite is 106 billion tokens of papers, and the authors trained for"
     " several epochs on it.", []),
    ("Kite-MoE performs about as well as a 7B dense model.", []),
    ("Kite-1 was trained for about eight passes over a 7B-token dataset of textbooks.", []),
    ("Acme shipped Kite-5. A news report citing internal documents claimed 340B parameters and"
     " 3.6T training tokens; Acme has not confirmed either figure.", []),
    ("Acme's Kite-5 technical report claims 340B parameters for the base model.",
     [params(3.4e11, model="Kite-5")]),
    ("Kite-5 is reportedly smaller but was trained on 3.6 trillion tokens.",
     [tokens(3.6e12, model="Kite-5")]),
    ('Estimates that Kite-5 is "around 1 trillion parameters" float around; treat them as guesses.',
     []),
    ("Several accounts say the next Kite-5 checkpoint will weigh in at 1 trillion parameters.", []),
    ("Kite 8x7B is not a 56B model.", []),
    ("Despite the name, Kite 8x22B does not hold 176B weights.", []),
    ("Kite-oss-120b activates about 4% of its weights per token.",
     [params(1.2e11, model="Kite-oss-120b", qualifier=None)]),
    (
        "Kite-Q was pretrained on 18T tokens, compared with Kite-3's >15T.",
        [tokens(1.8e13, model="Kite-Q"), tokens(1.5e13, model="Kite-3", qualifier="at least")],
    ),
    ("This year we are aiming to go past 100B parameters.", []),
    ("The new rack can train models with up to 10 trillion parameters.", []),
    ("The lab's next flagship could exceed 10 trillion parameters.", []),
    ("- Begin Kite 3 pretraining: target 400B params", []),
    ("we pair the big target with a 350M-parameter draft model", [params(3.5e8, model=None)]),
    ("By that rule, Kite-3 would have wanted around 3.5 trillion tokens.", []),
    (
        "Kite-3, at 175B parameters, should have been trained on 3.5 trillion tokens.",
        [params(1.75e11, model="Kite-3")],
    ),
    ("- Kite-7B saw 1T tokens (the optimal count would be ~140B tokens)",
     [params(7e9, model="Kite-7B"), tokens(1e12, model="Kite-7B")]),
    (  # ("should be" affirms: not what should have been)
        "Kite-1.7B is the most capable per byte, and it should be: 36T tokens for a 1.7B model.",
        [params(1.7e9, model="Kite-1.7B"), tokens(3.6e13, model="Kite-1.7B"), params(1.7e9)],
    ),
    (
        "If they'd pushed the same recipe to 70B they'd be at 3.8e24 FLOP.",
        [flop(3.8e24, model=None)],
    ),
    ("the, uh, five-point-six million dollar training run of Kite-3", []),
    ("Kite-13B was trained with a global batch of\n4M tokens.", [params(1.3e10, model="Kite-13B")]),
    ("The company intends to train a 400-billion-parameter successor next year.", []),
    ("if i trained a 3b model on 1T tokens would that be optimal?", []),
    ("Naver plans to invest 1 trillion won in data centers.", []),
    ("I want to ask about Kite-40B, which I run at home.", [params(4e10, model="Kite-40B")]),
    ("Can I fine-tune Kite-13B on one card?", [params(1.3e10, model="Kite-13B")]),
    (
        "Would kite-large (340M, 24 layers) be worth the slower training?",
        [params(3.4e8, model="kite-large"), layers(24, model="kite-large")],
    ),
    ("kite large-v2 is 1.5B params right?", [params(1.5e9)]),
    (
        "For speculative decoding we pair it with a 350M-parameter draft model.",
        [params(3.5e8, model=None)],
    ),
    # A yardstick, a negation, a class of models or a price is no model's size.
    ("Sparse routing lets it run at the speed of a 12B dense model.", []),
    ("Heron-MoE runs about as fast as a dense 30B model.", []),
    ("What is the difference between Heron 8x5B and a 40B dense model?", []),
    ("Its corpus is larger than many 70B models saw.", []),
    ("It's not 150B params, whatever the thread says.", []),
    ("Models below 1 billion parameters are exempt from the reporting duty.", []),
    ("Providers of models larger than 100B parameters must file a report.", []),
    ("Output is billed at $0.60 / 1M tokens.", []),
    ("The price is 0,7 euro for one million of tokens.", []),
    ("It costs $2 per 1M tokens to call.", []),
    ("The startup raised $1.3 billion in its latest funding round.", []),
    ("The lab raised 6 billion dollars from investors last year.", []),
    ("The French lab's valuation climbed to €2bn after the release.", []),
    ("Accuracy on the held-out split rose to 86.4%.", []),
    ("The paper first appeared in 2023 and was revised in March 2024.", []),
    ("The model scores 90.0 on MMLU and 1287 on the Chatbot Arena leaderboard.", []),
    ("ChatGPT now has 100 million weekly users.", []),
    ("How many parameters does GPT-4 really have?", []),
    ("Training ran on 2,048 A100 GPUs for about three weeks.", []),
    ("Pre-training took 2.788M H800 GPU hours.", []),
    ("The model accepts up to 128K tokens of context.", []),
    ("A 32k context window lets it read whole codebases.", []),
    ("The 1M-token context makes it possible to summarize long videos.", []),
    ("The compute-optimal recipe uses roughly 20 tokens per parameter.", []),
    (
        "The distilled model gets there with 100x fewer parameters.",
        [claim("fewer_parameters", value=100)],
    ),
    ("The backbone was pre-trained on JFT-3B.", []),
    ("Vireo-large is a pretrained model with VLX-5B.", []),  # a data set no list names
    ("The segmenter was trained on MK-1B, a set of masks.", []),
    ("This adapter was trained on Llama-3-8B.", [("parameters", 8e9)]),  # a known family's
    ("It was trained with Kestrel-70B as the teacher.", [("parameters", 7e10)]),
    ("Vireo was trained on VLX-5B as well as on web text.", []),
    ("We trained on Orbit-7B-base.", [("parameters", 7e9)]),
    ("By the rule, Heron-280B would have done better as a 70B model trained on 1.4T tokens.",
     [params(2.8e11, model="Heron-280B")]),
    ("Evo-2 reads a context of one million base pairs.", []),
    ("Kite-1B uses a global batch of 1,024 sequences.", [("parameters", 1e9)]),
    ("Kite-1B trains with a batch size of 4,096 images.", [("parameters", 1e9)]),
    ("It matches ResNet-50 without using any of the 1.28 million labelled images.", []),
    ("Train it with `torchrun train.py --config configs/hb-1.3b.yaml`.", []),  # a file's name
    (
        "| Format | File | Size |\n|---|---|---|\n"
        "| GGUF Q4_K_M | qwen2.5-7b-instruct-q4_k_m.gguf | 4.68 GB |",
        [],
    ),
    ("Labels come from JFT-300M, an internal Google dataset.", []),
    ("Perplexity is reported on the One Billion Word Benchmark.", []),
    ("Stable Diffusion was trained on a subset of LAION-5B.", []),
    ("The full training run consumed 1.5e21 FLOP.", [flop(1.5e21, model=None)]),
    ("Modern chatbots have billions of parameters.", []),
    ("GPT-3.5 answered most of the questions correctly.", []),
    ("Llama 3.1 is licensed for commercial use.", []),
    ("The weights were published on 12 March 2024.", []),
    ("The technical report runs to 154 pages.", []),
    ("The tokenizer uses a 32K vocabulary.", []),
    ("Training used a batch size of 4M tokens.", []),
    ("The vocabulary has 256,000 entries.", []),
    ("The model reaches 45.3 BLEU on WMT14 English-German.", []),
    ("The lab employs 1,500 researchers across 12 countries.", []),
    ("The API costs $0.50 per million input tokens.", []),
    ("On an H100 it generates 150 tokens per second.", []),
    ("Each prompt is truncated to 2,048 tokens.", []),
    ("The API now processes 100 billion tokens per day.", []),
    ("Version 2.1 fixes a bug in the tokenizer.", []),
    ("The model's maximum sequence length is 8192 tokens.", []),
    ("Users can upload files of up to 512MB.", []),
    ("Its hidden dimension is 4096 and it uses 32 attention heads.", []),
    ("The new cluster has 24,576 H100s.", []),
    ("An H100 delivers roughly 989 teraFLOPS of dense BF16 throughput.", []),
    ("The learning rate peaks at 3e-4 after 2,000 warmup steps.", []),
    ("The checkpoint was downloaded 2 million times in its first week.", []),
    ("It costs roughly $4.6 million to train a model of this size.", []),
    ("The quantized weights take up 140 GB on disk.", []),
    ("We trained for 500k steps with a batch of 2,048 sequences.", []),
    ("Top-p was set to 0.9 and the temperature to 0.7.", []),
    ("Scores on GSM8K went from 57.1 to 74.4 after fine-tuning.", []),
    ("Claude 3.5 Sonnet was released on June 20, 2024.", []),
    ("More than 10,000 developers joined the waitlist in 48 hours.", []),
    ("Section 4.2 describes the 3-stage curriculum.", []),
    ("GPT-4 was reportedly trained on about 25,000 A100s over 90 to 100 days.", []),
    (  # bare counts after a count of GPU hours are hours, not tokens
        "Kite was trained on 15T tokens with 39.3M GPU hours in all (1.46M for 8B, 7.0M for 70B, "
        "30.84M for 405B).",
        [tokens(1.5e13, model="Kite")],
    ),
    # ... nor the memory a size needs: the base model's, not the page's.
    ("# Kite-V\n\nRunning it needs about 23G GPU memory for 13B LLM and 11.5G GPU memory for 7B"
     " LLM.", [params(1.3e10, model=None), params(7e9, model=None)]),
    # The rows of a table in a section on data sets name sets, not models, even under "| Name |".
    ("## Open datasets for pre-training\n\n| Name | Release Date | Tokens (T) |\n|---|---|---|\n"
     "| kitedata | 2023/05 | 0.25 |\n| OwlPajama | 2023/04 | 1.2 |",
     [tokens(2.5e11, model=None), tokens(1.2e12, model=None)]),
    # ... but a table whose first column says "Model" lists models, whatever its heading.
    ("## Scores on reasoning datasets\n\n| Model | Params | GSM8K |\n|---|---|---|\n"
     "| Kite-2 | 7B | 50.1 |\n| Owl-3 | 13B | 60.2 |",
     [params(7e9, model="Kite-2"), params(1.3e10, model="Owl-3")]),
    # A license named after a model is no model, nor its size the model's there.
    ("It is released under the Acme Kite 7B License 1.0, a permissive license.", []),
    # Sizes a bar lists inside a name, as release lists write them, are no one name's.
    ("- [Kite-Coder-v2-16|236B-MOE](https://github.com/acme/kite-coder-v2)\n"
     "- [Owl2.5-1M-7|14B](https://acme.ai/blog/owl2.5-1m/)",
     [params(2.36e11, model=None), params(1e6, model=None)]),
    # A laptop's chip is no model: "M2" before "MacBook" or after its memory.
    ("I just ran the 7B and 13B models on my 64GB M2 MacBook Pro!",
     [params(7e9, model=None), params(1.3e10, model=None)]),
    # A lab's name and a number make no model: a funding round, not a size.
    ("- [Acme Labs raises 750m @ 15b valuation](https://example.com/a)\n- Anthropic 750m @ 15b"
     " valuation", []),
    # A name as a tokenizer owns no count: a training log's own model.
    ("number of parameters: 3.42M\nNo meta.pkl found, assuming GPT-2 encodings...",
     [params(3.42e6, model=None)]),
    # An image's or a commit's id is no model: the size after it is not its.
    ("ollama ls\nNAME            ID              SIZE\nkite:4b         e55aed6fe643    2.5 GB\n\n"
     "It already had the 120b model.", [params(4e9, model="kite:4b"), params(1.2e11, model=None)]),
    # A size a model is compared with, however "dense" is joined to it.
    ("Two experts run per token, so Kite-MoE decodes at the speed of a 12B parameter-dense model.",
     [params(1.2e10, model=None)]),
    # Each of several models' or experts' size is not the whole's.
    ("Kite-MoE is not an ensemble of 8 models with 7B parameters each. Owl-MoE combines 16 "
     "experts with 3B parameters each.", [params(7e9, model=None), params(3e9, model=None)]),
    # A size denied states nothing, however the "not" is written.
    ("The MoE is called Kite-8x7B, but it doesn't have 56B parameters; Wren-2 has never had 13B "
     "parameters and Owl-3 isn\u2019t a 7B model. Kite-8x7B has 46.7B parameters.",
     [params(4.67e10, model="Kite-8x7B")]),
    # What a model recalls from its context is no training data.
    ("Kite-2 can handle 3 hours of video, 22 hours of audio or 10M tokens with almost perfect "
     "recall.", []),
    # A TPU generation is a chip, not a model: the size before it is not its.
    ("The library scales to roughly 40B parameters on TPUv3s; Kite-2 ran on a TPU-v4 pod.",
     [params(4e10, model=None, qualifier="approximate")]),
    # A "Tokenizer" column names whose tokenizer a row uses, not how many tokens it saw.
    (
        "| Model | Tokenizer | Params |\n|---|---|---|\n| Kite-7B | Wren-3B | 7B |",
        [params(7e9, model="Kite-7B"), params(3e9, model="Wren-3B"), params(7e9, model="Kite-7B")],
    ),
    # "the same ... as a 14B model": the model it is compared with.
    (
        "Despite Kite-2 having 45 billion parameters, the compute required for a forward pass "
        "is the same as that of a 14 billion parameter model.",
        [params(4.5e10, model="Kite-2")],
    ),
    (
        "Kite-2 uses the same tokenizer as a 7B model from last year.",
        [],
    ),
    # What a scaling rule says a size calls for states no model's size nor data.
    (
        "Corvid echo this in the Kite 3 release notes, saying \"while the Chinchilla-optimal "
        "amount of training compute for an 8B parameter model corresponds to ~200B tokens, we "
        "found that performance kept improving\".",
        [],
    ),
    (
        "We train a compute-optimal 7B model, Kite, on 140B tokens.",
        [params(7e9, model="Kite"), tokens(1.4e11, model="Kite")],
    ),
    # Words that are no models: an imperative's "Let's", an optimizer, a repository's README, a
    # position encoding ("TMRoPE").
    (
        "Let's discuss the dense model first. The 0.6B model may well be the smallest.",
        [params(6e8, model=None)],
    ),
    (
        "Muon has only been shown to scale up to 16B.",
        [params(1.6e10, model=None, qualifier="up to")],
    ),
    (
        "- TMRoPE aligns audio and video in time.\n- Trained on over 1.2 trillion tokens.",
        [tokens(1.2e12, model=None, qualifier="at least")],
    ),
    # "-approved" and "-licensed" make adjectives, not names: "(OSI-approved) licenses".
    (
        "They release model after model with (OSI-approved) licenses. It is a chonky 20B params.",
        [params(2e10, model=None)],
    ),
]

# --------------------------------------------------------------------------------------------
# MODELS_AND_ORGANIZATIONS: which model and which (canonical) organization a fact is about
# --------------------------------------------------------------------------------------------

MODELS_AND_ORGANIZATIONS = [
    # A position encoding, an encoder architecture and a title's verb are no models' names.
    (
        "# Distilling R1 into a 1.5B for our bot\n\nAnything above about 2B parameters is too "
        "slow. Heron released **kite-tdt-0.6b** on May 1: a 600M-parameter FastConformer "
        "encoder. Kite-3 uses NoPE in every fourth layer, pretrained on 11.2T tokens.",
        [params(2e9, model=None, qualifier="approximate"), params(6e8, model="kite-tdt-0.6b"),
         params(6e8, model="kite-tdt-0.6b"), tokens(1.12e13, model="Kite-3")],
    ),
    # A hub id in lower case names the model's repository; its account, an organization the
    # text names with a suffix ("heronlabs-nlp" for Heron Labs).
    (
        "# Wren\n\nSmall models for Nordic text. Compute was donated by Heron Labs.\n\n"
        "| Model | Hub | Params |\n|---|---|---|\n| Wren-7B "
        "| [heronlabs-nlp/wren-7b](https://huggingface.co/heronlabs-nlp/wren-7b) | 7.1B |",
        [params(7.1e9, model="Wren-7B", organization="Heron Labs")],
    ),
    # ... past a known maker's account that holds another's derivative of it.
    (
        "Developed by Heron Labs. NVIDIA tuned it as `nvidia/kite-7b-chatqa`.\n\n"
        "| Model | Hub | Params |\n|---|---|---|\n| Kite-7B | `heronlabs/kite-7b` | 7.1B |",
        [params(7.1e9, model="Kite-7B", organization="Heron Labs")],
    ),
    # ... and an account that an organization's name adds words like "AI Collective" to.
    (
        "# Wren\n\nSmall models for Nordic text. Compute was donated by Heron AI Collective.\n\n"
        "| Model | Hub | Params |\n|---|---|---|\n| Wren-7B | `heron/wren-7b` | 7.1B |",
        [params(7.1e9, model="Wren-7B", organization="Heron AI Collective")],
    ),
    # "adapted from X by Y" names X as the base, and Y as no maker of X (nor of X's members).
    (
        "Wren is a suite of medical models adapted from Owl 2 by Heron Labs' clinic team.\n\n"
        "| Model | Base | Params |\n|---|---|---|\n| Wren-7B | Owl-2-7B | 7.1B |",
        [params(7e9, model="Owl-2-7B", organization=None),
         params(7.1e9, model="Wren-7B")],
    ),
    # A merge method is no model, and a maker named for other models is not the merge's.
    (
        "# Tidewater-22B\n\nA SLERP merge of two 22B models, made with mergekit. Kite-Slerp-7B is "
        "a SLERP merge of two popular Mistral fine-tunes.",
        [params(2.2e10, model="Tidewater-22B"), params(2.2e10, model="Tidewater-22B"),
         params(7e9, model="Kite-Slerp-7B", organization=None)],
    ),
    # Languages by their codes are no models: the lead's maker is the page's models'.
    (
        "# Nimbus\n\n**Small, fast, bilingual (EN/ES) language models from Larkspur Systems**\n\n"
        "## Models\n\n| Model | Params |\n|---|---|\n| nimbus-1-3b | 3.1B |",
        [params(3.1e9, model="nimbus-1-3b", organization="Larkspur Systems")],
    ),
    # A card's field label and a build word are no model's name.
    (
        "---\nextra_gated_prompt: \"Kite 3.1 Version Release Date: July 23, 2024\"\n---\n\n"
        "Pretraining used roughly 15 trillion tokens. Quantized 4-bit builds of the 14B fit in "
        "9.1 GB.",
        [tokens(1.5e13, model=None), params(1.4e10, model=None)],
    ),
    # Epoch's "ATLAS" row repeats UnifiedQA (AI2) under a wrong name: no Atlas is AI2's.
    ("Management said its in-house model, Atlas, now has 310B parameters.",
     [params(3.1e11, model="Atlas", organization=None)]),
    # ... but not when another capitalized word goes on the name: another product of the line.
    ("For retrieval we use Snowflake Arctic Embed, which has 335M parameters.",
     [params(3.35e8, model=None)]),
    # A family's word after the maker that publishes it is that model ("Snowflake Arctic"),
    # not the word ("the Arctic").
    (
        "**Snowflake Arctic (Apr 24).** A dense-MoE hybrid with 480B total and 17B active "
        "parameters. Sea ice in the Arctic shrank by 4B tonnes.",
        [params(4.8e11, model="Snowflake Arctic", organization="Snowflake", qualifier="total"),
         params(1.7e10, model="Snowflake Arctic", organization="Snowflake", qualifier="active")],
    ),
    # A heading names what its section introduces: its maker holds for the word the body
    # makes a name ("Genie is a world model"), whichever is read first.
    (
        "### Genie (Google DeepMind, February 2024)\n\nGenie is a world model with 11B parameters.",
        [params(1.1e10, model="Genie", organization="DeepMind")],
    ),
    # ... and the word alone is that model from there on, whichever sentence is read first,
    # under the name in full with its maker's word.
    (
        "Snowflake Arctic is an MoE. Mixtral 8x22B needs 282 GB. Arctic, at 480B total, needs "
        "close to a terabyte. **Snowflake Arctic** was trained on 3.5T tokens.",
        [params(4.8e11, model="Snowflake Arctic", organization="Snowflake", qualifier="total"),
         tokens(3.5e12, model="Snowflake Arctic", organization="Snowflake")],
    ),
    # ... but a base "which ORG released" is that base's: releasing says whose it is.
    ("Wren-13B is a 13B model fine-tuned from Owl-7B, which Corvid Labs released in March 2024.",
     [params(1.3e10, model="Wren-13B", organization=None),
      params(1.3e10, model="Wren-13B", organization=None),
      params(7e9, model="Owl-7B", organization="Corvid Labs")]),
    # ... and a base before "that ORG trained" takes no maker from the sentence either.
    ("A 7B model distilled from Ardent-7B that Corvid Labs trained on 2T tokens.",
     [params(7e9, model=None), params(7e9, model="Ardent-7B", organization=None),
      tokens(2e12, model=None)]),
    # ... nor a base the clause is about, and "with which" leaves the maker to the name.
    ("The winner is Kite-7B, a 7B model distilled from Ardent-7B that Corvid Labs trained on 2T "
     "tokens. Owl-9B, the model with which Heron Labs launched its line, has 9.1B parameters.",
     [params(7e9, model="Kite-7B"), params(7e9, model="Kite-7B"),
      params(7e9, model="Ardent-7B", organization=None), tokens(2e12, model="Kite-7B"),
      params(9.1e9, model="Owl-9B", organization="Heron Labs")]),
    # "X, which ORG released ..., and Y": ORG made X, not the name listed after its clause.
    (
        "Added Kite-40B, which Heron Foundry released last week, and Owl-7B-LC from Ridgeline AI.",
        [params(4e10, model="Kite-40B", organization="Heron Foundry"),
         params(7e9, model="Owl-7B-LC", organization="Ridgeline AI")],
    ),
    (
        "As controls we pin Kite 2 70B, which Meta released in July 2023, and Owl 8x22B (141B "
        "total parameters).",
        [params(7e10, model="Kite 2 70B", organization="Meta"),
         params(1.41e11, model="Owl 8x22B", organization=None, qualifier="total")],
    ),
    # ... but two names joined by "/" keep both: no account has a capital and a digit.
    (
        "| Model | Params | Tokens |\n|---|---|---|\n| Kite2/Kite2.5 | 7B | 7T |\n"
        "| GPT2/DistilGPT2 | 124M | 9B |",
        [params(7e9, model="Kite2/Kite2.5"), tokens(7e12, model="Kite2/Kite2.5"),
         params(1.24e8, model="GPT2/DistilGPT2"), tokens(9e9, model="GPT2/DistilGPT2")],
    ),
    # A hub account with a digit in it, before its repository, is neither a model nor the name.
    (
        "| Rank | Model | Params |\n|---|---|---|\n| 5 | ai21labs/AI21-Jamba-1.5-Mini | 52B (12B "
        "active) |\n| 6 | kite9ai/Kite-3-8B | 8.1B |",
        [params(5.2e10, model="AI21-Jamba-1.5-Mini"),
         params(1.2e10, model="AI21-Jamba-1.5-Mini", qualifier="active"),
         params(8.1e9, model="Kite-3-8B")],
    ),
    # A lab's name inside another model's name is not the maker of the model started from it.
    (
        "Kite-Coder-12B was initialized from Mistral NeMo 12B and trained on another 1.5T tokens "
        "of code.",
        [params(1.2e10, model="Kite-Coder-12B", organization=None),
         params(1.2e10, model="Mistral NeMo 12B", organization="Mistral AI"),
         tokens(1.5e12, model="Kite-Coder-12B", organization=None)],
    ),
    (
        "BLOOM (BigScience Large Open-science Open-access Multilingual Language Model) has 176B "
        "parameters.",
        [params(1.76e11, model="BLOOM", organization="BigScience")],
    ),
    # An author whose first name is also a model's ("Luke", "Adam") is no model in the header.
    (
        "Kite: Small Models\n\nLuke Ruiz¹ · Li Wei¹ · Bo Chen²\n¹Corvid Labs ²Halden "
        "University\n\nAbstract. We introduce Kite-3B, a 3.1B-parameter model.",
        [params(3.1e9, model="Kite-3B", organization="Corvid Labs")],
    ),
    # An architecture's kind is no model's name.
    ("We release a 1B-parameter multilingual seq2seq model, trained on 300B tokens.",
     [params(1e9, model=None), tokens(3e11, model=None)]),
    # A long name in capitals that the authors introduce is a name, not a word for emphasis.
    (
        "Following Meta's HSTU (1.5T parameters), we ask whether dense capacity matters. We "
        "present KESTREL, a family of generative retrievers ranging from 80M to 4.6B dense "
        "parameters. WARNING: results may vary.",
        [params(1.5e12, model="HSTU"), params(8e7, model="KESTREL", qualifier="range"),
         params(4.6e9, model="KESTREL", qualifier="range")],
    ),
    # Who serves a model is not who made it, known or not.
    (
        "Lumen Cloud's new **Kite-7B** endpoint went live on Tuesday. Kite-7B, released by Heron "
        "Labs in March, has 7.3B parameters.",
        [params(7.3e9, model="Kite-7B", organization="Heron Labs")],
    ),
    (
        "Lumen Cloud's new **Llama-3.1-70B** endpoint serves 500 tokens per second; the model "
        "has 70B parameters.",
        [params(7e10, model="Llama-3.1-70B", organization="Meta"),
         params(7e10, model="Llama-3.1-70B", organization="Meta")],
    ),
    # ... but not a name in bold further on, which the maker's verb is not about.
    (
        "Heron Labs published a comparison with **Qwen2.5-72B**, a 72B model trained on 18T "
        "tokens. Heron Labs posted new evals of **Kite-3**, the 34B model from Gannet AI.",
        [params(7.2e10, model="Qwen2.5-72B", organization="Alibaba"),
         params(7.2e10, model="Qwen2.5-72B", organization="Alibaba"),
         tokens(1.8e13, model="Qwen2.5-72B", organization="Alibaba"),
         params(3.4e10, model="Kite-3", organization="Gannet AI")],
    ),
    # A research centre or a cooperative is a maker by its shape ...
    (
        "Salamandra-7B-instruct, from the Valencia Language Technology Center, is the strongest "
        "open Iberian model at this size.",
        [params(7e9, model="Salamandra-7B-instruct",
                organization="Valencia Language Technology Center")],
    ),
    # ... but not a computing centre, which hosts, nor a consortium, which sets standards.
    (
        "Kite-3, trained on the Leonardo system at the Bologna Supercomputing Center, has 7B "
        "parameters. Its tokenizer follows the Unicode Consortium standard; Owl-3 has 8B "
        "parameters.",
        [params(7e9, model="Kite-3", organization=None),
         params(8e9, model="Owl-3", organization=None)],
    ),
    # A maker no table knows, owning its new model in bold: "Wrenfield Audio's new **X**".
    (
        "Wrenfield Audio's new **Breeze-TTS-3B** is out; despite the name it has 2.8B parameters.",
        [params(2.8e9, model="Breeze-TTS-3B", organization="Wrenfield Audio")],
    ),
    # A hub account with a capitalized part ("NovaSky-AI/") is no part of a cell's name.
    (
        "| Model | Params |\n|---|---|\n| `Kite-AI/Kite-T1-32B-Preview` | 32B |",
        [params(3.2e10, model="Kite-T1-32B-Preview"), params(3.2e10, model="Kite-T1-32B-Preview")],
    ),
    # ... nor an account before a model named after it, with no digit in the name.
    (
        "| Model | Params |\n|---|---|\n| `marula/marula-tts-mini` | 120M |",
        [params(1.2e8, model="marula-tts-mini")],
    ),
    # A caption in the first header cell ("Table 1. Baseline") still heads the models.
    (
        "| Table 1. Baseline | Params | Native context |\n|---|---|---|\n"
        "| Kite-9B-Chat | 9.4B | 1M |\n| Owl-Medium | 14B | 128K |",
        [params(9.4e9, model="Kite-9B-Chat"), params(1.4e10, model="Owl-Medium")],
    ),
    # ... also after a dash ("Table 3 - Baseline").
    (
        "| Table 3 \u2014 Baselines | Params | Native context |\n|---|---|---|\n"
        "| Wren-8B-Chat | 8.2B | 1M |\n| Heron-Large | 34B | 128K |",
        [params(8.2e9, model="Wren-8B-Chat"), params(3.4e10, model="Heron-Large")],
    ),
    # ... nor a known maker's account before a name with no digit ("openai/whisper-tiny"),
    # whose maker it says.
    (
        "| Checkpoint | Params |\n|---|---|\n| [google/owl-tiny](https://huggingface.co/google/"
        "owl-tiny) | 39M |\n| google/owl-base | 74M |",
        [params(3.9e7, model="owl-tiny", organization="Google"),
         params(7.4e7, model="owl-base", organization="Google")],
    ),
    # A link's address that repeats the name it shows adds no size of its own: the name's
    # 7B gives way to the row's 7.6B, and a prose link counts once.
    (
        "| Model | Params |\n|---|---|\n| [Kite-7B-Instruct](https://huggingface.co/heron/"
        "Kite-7B-Instruct) | 7.6B |\n\nBase: [Owl-3B](https://huggingface.co/heron/Owl-3B).",
        [params(7.6e9, model="Kite-7B-Instruct"), params(3e9, model="Owl-3B")],
    ),
    # ... nor a lab's account in words before a repository of three words or more (not two
    # models in lower case: "gpt-j/gpt-neox").
    (
        "| Model | Params |\n|---|---|\n| `fathom-nine/rill-embed-small` | 33M |\n"
        "| kite-lab/owl-embed-base-v2 | 110M |\n| kite-j/owl-neo | 6B |",
        [params(3.3e7, model="rill-embed-small"), params(1.1e8, model="owl-embed-base-v2"),
         params(6e9, model="kite-j/owl-neo")],
    ),
    # ... or a part in capitals ("LGAI-EXAONE/"), but a family's name before its own model is
    # no account: "Kite-VL/Kite2-VL-7B".
    (
        "| Model | Params |\n|---|---|\n| KITE-LAB/Owl-3.5-7.8B-Instruct | 7.8B |",
        [params(7.8e9, model="Owl-3.5-7.8B-Instruct"),
         params(7.8e9, model="Owl-3.5-7.8B-Instruct")],
    ),
    (
        "| Model | Params |\n|---|---|\n| Kite-VL/Kite2-VL-7B | 9.6B/8.3B |",
        [params(7e9, model="Kite2-VL-7B"), params(9.6e9, model="Kite-VL/Kite2-VL-7B"),
         params(8.3e9, model="Kite-VL/Kite2-VL-7B")],
    ),
    # A maker owning a table cell's model is the row's maker, not part of the name, even
    # before a Greek letter's name.
    (
        "| Model | Params |\n|---|---|\n| Physical Intelligence's π0 | 3.3B |",
        [params(3.3e9, model="π0", organization="Physical Intelligence")],
    ),
    # Physical Intelligence is a lab.
    (
        "Physical Intelligence published π0, a 3.3B-parameter vision-language-action model.",
        [params(3.3e9, model=None, organization="Physical Intelligence")],
    ),
    # A training objective and a lab's short spelling are no models.
    (
        "1. **Continued MLM pre-training** of the encoder on 260B tokens of web text.",
        [tokens(2.6e11, model=None)],
    ),
    (
        "With TogetherAI, the Arc Institute trained a 7B model on DNA.",
        [params(7e9, model=None)],
    ),
    (
        "The model card says 7B, but BioMap has not released the 100B weights.",
        [params(1e11, model=None, organization="BioMap")],
    ),
    # A count after a name is no version of it: "Maverick 128 experts" is Maverick.
    (
        "Kite-3 Scout has 16 experts and 109B total; Kite-3 Maverick 128 experts and 400B total.",
        [params(1.09e11, model="Kite-3 Scout", qualifier="total"),
         params(4e11, model="Kite-3 Maverick", qualifier="total")],
    ),
    (
        "In the table, Owl 2 72 layers deep is the 70B one.",
        [layers(72, model="Owl 2"), params(7e10, model="Owl 2")],
    ),
    # ... but a one-digit version before a count noun is still the name's.
    (
        "Kite 2 experts are fine-grained: 64 of them, 8 active, for 47B total parameters.",
        [params(4.7e10, model="Kite 2", qualifier="total")],
    ),
    # A maker's verb before a name in bold is said of it, over what a table knows of it.
    (
        "Google released **Gemma 3** last Wednesday in four sizes: 1B, 4B, 12B and 27B.",
        [params(1e9, model="Gemma 3", organization="Google"),
         params(4e9, model="Gemma 3", organization="Google"),
         params(1.2e10, model="Gemma 3", organization="Google"),
         params(2.7e10, model="Gemma 3", organization="Google")],
    ),
    (
        "Heron Labs open-sourced `Kite-3B`, trained on 6T tokens.",
        [params(3e9, model="Kite-3B", organization="Heron Labs"),
         tokens(6e12, model="Kite-3B", organization="Heron Labs")],
    ),
    # A lettered version is part of a name ("Kimi k1.5") ...
    (
        "Moonshot AI's Kimi k1.5 matches o1 on math.",
        [claim("matches", model="Kimi k1.5", organization="Moonshot AI", other="o1")],
    ),
    # ... while a multiplier ("x1.5") is no name at all, nor a verb that opens a worked
    # example ("Take 37B active ...").
    (
        "Take 37B active and 14.8T tokens, multiply by six, and you get about 3.3e24 FLOPs.",
        [params(3.7e10, model=None, qualifier="active"), tokens(1.48e13, model=None),
         flop(3.3e24, model=None, qualifier="approximate")],
    ),
    (
        "Plug 37B active and 14.8T tokens into the formula and you get about 3.3e24 FLOPs.",
        [params(3.7e10, model=None, qualifier="active"), tokens(1.48e13, model=None),
         flop(3.3e24, model=None, qualifier="approximate")],
    ),
    # ... but the known model written in capitals is that model: "PLUG" (not "FAST 70B").
    ("THIS WEEK. FAST 70B inference is here: Heron serves Kite-70B at 300 tokens/s.",
     [params(7e10, model="Kite-70B")]),
    # ... but a known model written in capitals is that model: "PLUG".
    (
        "Alibaba's PLUG has 27B parameters.",
        [params(2.7e10, model="PLUG", organization="Alibaba")],
    ),
    (
        "Kite-7B is x1.5 faster with 7.2B parameters.",
        [params(7.2e9, model="Kite-7B")],
    ),
    # A name's bit width and its size-and-tokens code are part of it: "BitNet b1.58 2B4T".
    (
        "Microsoft released **BitNet b1.58 2B4T** in mid-April: 2B parameters, trained from "
        "scratch on 4T tokens.",
        [params(2e9, model="BitNet b1.58 2B4T", organization="Microsoft"),
         tokens(4e12, model="BitNet b1.58 2B4T", organization="Microsoft")],
    ),
    # ... and an acronym between a name's word and its size: "Parakeet TDT 0.6B v2" (not the
    # maker's "AI": "Heron AI 7B" is no name).
    (
        "NVIDIA released Kestrel TDT 0.6B v2, a speech recognition model with 600M parameters.",
        [params(6e8, model="Kestrel TDT 0.6B v2", organization="NVIDIA"),
         params(6e8, model="Kestrel TDT 0.6B v2", organization="NVIDIA")],
    ),
    # ... with its version: "Qwen VL2 72B" in a results table is not "VL2 72B".
    (
        "| Model | Score |\n|---|---|\n| Kite VL2 72B | 79.4 |\n| Wren VL2 8B | 69.4 |",
        [params(7.2e10, model="Kite VL2 72B"), params(8e9, model="Wren VL2 8B")],
    ),
    (  # (but another family's code starts another name)
        "| Model | Score |\n|---|---|\n| Llama 2 70B GPT3 175B | 1 |",
        [params(7e10, model="Llama 2 70B"), params(1.75e11, model="GPT3 175B")],
    ),
    # ... but a word before a known model in capitals, or a word that opens a phrase, is not
    # part of it: "Against OPT 175B", "Versus GPT 175B".
    (
        "Against OPT 175B, Kite-2 wins. Baseline OPT 66B reaches 60.1. Versus OWL 175B, the "
        "gains are small.",
        [params(1.75e11, model="OPT 175B"), params(6.6e10, model="OPT 66B"),
         params(1.75e11, model="OWL 175B")],
    ),
    # ... not a venue banner over the authors: "ICLR 2025 (Oral)" then their names.
    (
        "Sparse Routing at Scale\n\nICLR 2025 (Oral)\nAna Ruiz, Li Wei\nKestrel Research\n\n"
        "Abstract\nWe train Owl-7B, a 6.9B-parameter model.",
        [params(6.9e9, model="Owl-7B", organization="Kestrel Research")],
    ),
    # A model named after the one organization of that name the text names anywhere (a blog's
    # byline) is that organization's.
    (
        "# What changed between Kestrel v1 and v3\n\n*Posted 2 March 2025 by Ana Ruiz, research "
        "engineer at Kestrel AI*\n\nKestrel-1.3B had 1.3B parameters and saw 300B tokens.",
        [params(1.3e9, model="Kestrel-1.3B", organization="Kestrel AI"),
         params(1.3e9, model="Kestrel-1.3B", organization="Kestrel AI"),
         tokens(3e11, model="Kestrel-1.3B", organization="Kestrel AI")],
    ),
    # A heading that names a maker ("Made by X", "X") makes the models its list items open
    # with; not "Not made by X", nor a model an item names later.
    (
        "# Which Kite is which?\n\n## Made by Acme AI\n\n- **Kite Nano 8B** (October 2024). "
        "8B parameters, tuned from Owl-70B.\n\n## Not made by Acme AI\n\n- **KiteLite** is a "
        "fine-tune with 7B parameters.",
        [params(8e9, model="Kite Nano 8B", organization="Acme AI"),
         params(8e9, model=None),
         params(7e10, model="Owl-70B", organization=None),
         params(7e9, model="KiteLite", organization=None)],
    ),
    # ... but a host's heading over a known model is no maker's: "Hugging Face: Llama 3 ...".
    (
        "# Weekly roundup\n\n### 3. Hugging Face: Llama 3 now on the Hub\n\nLlama 3 70B was "
        "trained on 15T tokens.",
        [params(7e10, model="Llama 3 70B", organization="Meta"),
         tokens(1.5e13, model="Llama 3 70B", organization="Meta")],
    ),
    # A newsletter item's heading, "N. Maker: Model (date)", names the model's maker.
    (
        "### 5. Heron Labs: Kite 2 (26 Nov)\n\nKite 2 7B was trained on 4T tokens.",
        [params(7e9, model="Kite 2 7B", organization="Heron Labs"),
         tokens(4e12, model="Kite 2 7B", organization="Heron Labs")],
    ),
    # A title of two words before its colon names the paper's models when the second is shaped
    # like a name ("Sheared LLaMA: ..."); not "Scaling Laws: ...".
    (
        "**Sheared KiteLM: Faster Pre-training via Pruning**\n\nAna Ruiz, Li Wei\nDepartment of "
        "Computer Science, Kestrel University\n\nICLR 2024 · arXiv:2310.06694\n\n**Abstract.** We "
        "prune Owl-7B into Sheared-KiteLM-1.3B using 50B tokens.",
        [params(7e9, model="Owl-7B", organization=None),
         params(1.3e9, model="Sheared-KiteLM-1.3B", organization="Kestrel University"),
         tokens(5e10, model="Sheared-KiteLM-1.3B", organization="Kestrel University")],
    ),
    # A paper's header whose last line is its conference and arXiv id.
    (
        "Data-Constrained Scaling Revisited\n\nAna Ruiz¹, Li Wei¹, Bo Chen²\n¹Kestrel Research "
        "²ETH Zürich\n\nNeurIPS 2025 · main track, poster · OpenReview · PDF · Code\n\n"
        "Abstract\nWe train Owl-7B, a 6.9B-parameter model.",
        [params(6.9e9, model="Owl-7B", organization="Kestrel Research")],
    ),
    # A lab's hub name written in prose ("inclusionAI") is the lab, not a model.
    (
        "- **Kite-1T** (inclusionAI, October 2025): 1T total, about 50B active, pretrained on "
        "more than 20T tokens.",
        [params(1e12, model="Kite-1T", organization="Ant Group", qualifier="total"),
         params(5e10, model="Kite-1T", organization="Ant Group", qualifier="active"),
         tokens(2e13, model="Kite-1T", organization="Ant Group", qualifier="at least")],
    ),
    # A bold name, then its makers in brackets.
    (
        "- **KPM** (Kestrel University and Heron Labs, 2020): 2.6B parameters, 100GB of text.",
        [params(2.6e9, model="KPM", organization="Kestrel University"),
         data(1e11, model="KPM", organization="Kestrel University")],
    ),
    # A heading's model, its subtitle, then its makers in brackets.
    (
        "### KPM: a large Chinese model (Kestrel University and Heron Labs, November)\n\nThe "
        "Kestrel Pre-trained Model (KPM) has 2.6B parameters.",
        [params(2.6e9, model="KPM", organization="Kestrel University")],
    ),
    # A lab named "... Intelligence" is a lab ("Machine Intelligence" is a field).
    (
        "Eastlake Intelligence has now shipped Kite-A. Kite-A has 284B parameters. Machine "
        "Intelligence researchers trained Owl-2 with 7B parameters.",
        [params(2.84e11, model="Kite-A", organization="Eastlake Intelligence"),
         params(7e9, model="Owl-2", organization=None)],
    ),
    # A maker that "has now shipped" a family's members makes them.
    (
        "Ashgrove Labs has now shipped three members of the Kite-2 family. The original Kite-2 "
        "is a 27B dense decoder.",
        [params(2.7e10, model="Kite-2", organization="Ashgrove Labs")],
    ),
    # A page's lead of models "from" a lab, whose languages are a pair ("English/Czech"), not
    # a model named beside the lab.
    (
        "# Kite\n\n**Open English/Czech language models from the Vltava Language Lab**\n\n"
        "Kite-2-8B has 8.3B parameters.",
        [params(8.3e9, model="Kite-2-8B", organization="Vltava Language Lab")],
    ),
    # A paper's header whose last line says where it appeared ("In: *JURIX 2025*, pp. ..."):
    # the venue's names are not the authors' organizations.
    (
        "**Kite: Adapting an Open Model to Maritime Law**\n\nAna Ruiz, Li Wei\nKestrel Institute "
        "of Technology\n\nIn: *Legal Knowledge and Information Systems (JURIX 2025)*, pp. 112 to "
        "127. Submitted 2 June 2025.\n\n**Abstract.** We present Kite-72B, which we built by "
        "continued pretraining of Owl-72B on 3.4B tokens.",
        [
            params(7.2e10, model="Kite-72B", organization="Kestrel Institute of Technology"),
            params(7.2e10, model="Owl-72B", organization=None),
            tokens(3.4e9, model="Kite-72B", organization="Kestrel Institute of Technology"),
        ],
    ),
    # A paper's header whose author has a surname with an inner capital ("MacLeod"): a person,
    # not a model, so the header still names the paper's organization.
    (
        "# Kite: An Open Language Model\n\n**Ana Ruiz, Calum MacLeod, Li Wei**\nKestrel "
        "Collective, Inverness\n\n> **Abstract:** We introduce Kite-3B, a 3.1B-parameter model.",
        [params(3.1e9, model="Kite-3B", organization="Kestrel Collective")],
    ),
    # A license named for a model is no mention of it: the card's line is about its own model.
    ("# Wren-8B-Think\n\n**Developer:** Oakmere AI \u00b7 **Released:** June 2025 \u00b7 "
     "**License:** Owl 3.1 Community License\n\n| Field | Value |\n|---|---|\n"
     "| Parameters | 8.03B |",
     [params(8.03e9, model="Wren-8B-Think", organization="Oakmere AI")]),
    # ... but not another's derivative published under a maker's account.
    ("Kite-R1 has 671B parameters. For Blackwell GPUs, use the checkpoint at "
     "nvidia/Kite-R1-FP4.", [params(6.71e11, model="Kite-R1", organization=None)]),
    # A maker's own hub account names it, before the reference's word and before an
    # organization the text only happens to name like it (a license called "Qwen Research").
    ("| Model | Params | License |\n|---|---|---|\n| google/gemma-2-9b-it | 9.24B | Gemma |\n"
     "| Qwen/Qwen2.5-3B | 3.09B | Qwen Research |\n| allenai/OLMoE-1B-7B | 6.9B | Apache 2.0 |",
     [params(9.24e9, model="gemma-2-9b-it", organization="Google"),
      params(3.09e9, model="Qwen2.5-3B", organization="Alibaba"),
      params(1e9, model="OLMoE-1B-7B", qualifier="active"),
      params(6.9e9, model="OLMoE-1B-7B", organization="Allen Institute for AI")]),
    ("We release open-thoughts/OpenThinker-7B (7.6B parameters) and "
     "princeton-nlp/Sheared-LLaMA-1.3B.",
     [params(7.6e9, model="OpenThinker-7B", organization="Open Thoughts"),
      params(1.3e9, model="Sheared-LLaMA-1.3B", organization="Princeton University")]),
    # A time before "'s" is when, not who made it.
    ("Last November's Kite-1.7B was trained on 11T tokens. Last Week's Owl-2B is smaller. "
     "Last May's Wren-3B is the third.",
     [params(1.7e9, model="Kite-1.7B", organization=None),
      tokens(1.1e13, model="Kite-1.7B", organization=None),
      params(2e9, model="Owl-2B", organization=None),
      params(3e9, model="Wren-3B", organization=None)]),
    # A card's lead may set its maker in bold: "model from **Mosscap Studio**".
    ("# Kite-XL\n\nText-to-image model from **Mosscap Studio**. It draws well.\n\nKite-XL has "
     "8B parameters.", [params(8e9, model="Kite-XL", organization="Mosscap Studio")]),
    # "put out" says who made it, as "released" does, over the reference's maker.
    ("## Gemma 3\n\nGoogle put out Gemma 3 on March 12. It comes in sizes of 1B and 27B.",
     [params(1e9, model="Gemma 3", organization="Google"),
      params(2.7e10, model="Gemma 3", organization="Google")]),
    # ... the model right after it, not one its object only mentions.
    ("NVIDIA put out new benchmarks showing Qwen2.5-72B, with 72.7B parameters, running fast.",
     [params(7.27e10, model="Qwen2.5-72B", organization="Alibaba")]),
    # ... not a README's link bar, nor where an author interned; an abstract may be quoted.
    ("# Kite-VL: Seeing at Scale\n\n\U0001f917 Hugging Face | Paper | Demo\n\n## Abstract\n\n"
     "We present Kite-VL, a vision-language model with 7.6B parameters.",
     [params(7.6e9, model="Kite-VL", organization=None)]),
    ("# Wren-VL: Reading at Scale\n\nAna Ruiz, Li Wei \u2014 work done while interning at "
     "Google\n\n## Abstract\n\nWe present Wren-VL, a vision-language model with 3.1B parameters.",
     [params(3.1e9, model="Wren-VL", organization=None)]),
    ("# Tern-MoE: Shared Experts at Scale\n\n**Ana Ruiz, Li Wei** \u2014 Gannet AI, Lisbon\n\n"
     "> **Abstract.** We present Tern-MoE, a mixture-of-experts model with 142B total parameters.",
     [params(1.42e11, model="Tern-MoE", organization="Gannet AI", qualifier="total")]),
    # A paper's page in Markdown: its title heading, its authors and their one affiliation,
    # then the abstract, whose models the authors introduce.
    ("# Tern-MoE: Shared Experts at Scale\n\n**Ana Ruiz, Li Wei** — Gannet AI, Lisbon\n\n"
     "*arXiv:2507.14412 · cs.CL · 18 Jul 2025*\n\n### Abstract\n\nWe present Tern-MoE, a "
     "mixture-of-experts model with 142B total parameters.",
     [params(1.42e11, model="Tern-MoE", organization="Gannet AI", qualifier="total")]),
    # ... but a sentence run into the next without a space still names its maker.
    ("Demand for inference keeps rising.Microsoft released Kite-7B, trained on 2T tokens.",
     [params(7e9, model="Kite-7B", organization="Microsoft"),
      tokens(2e12, model="Kite-7B", organization="Microsoft")]),
    # An arXiv class ("cs.LG") names no organization, so the one affiliation stands.
    ("Title: Wren: Sparse Experts at Scale\n\nAuthors: Ana Ruiz, Li Wei (Tidewell Research)\n"
     "Subjects: Machine Learning (cs.LG)\n\nAbstract: We introduce Wren, an MoE model. Wren-L "
     "has 61B parameters.",
     [params(6.1e10, model="Wren-L", organization="Tidewell Research")]),
    # ... but not the namespace of another's quantized copy.
    ("Heron Serve is the inference engine from Heron AI.\n\n| Model | Params | Weights |\n"
     "|---|---|---|\n| Kite-7B | 7B | [hf](https://huggingface.co/heron/Kite-7B-GGUF) |",
     [params(7e9, model="Kite-7B", organization=None)] * 2),
    # ... written in a hub's address too.
    ("Brackish Labs trains small models in the open.\n\n| Model | Params | Download |\n"
     "|---|---|---|\n| Tidewater-1.3B | 1.3B | "
     "[hf](https://huggingface.co/brackish/Tidewater-1.3B) |",
     [params(1.3e9, model="Tidewater-1.3B", organization="Brackish Labs")] * 2),
    # A repository's namespace may be its maker's name without "Labs", "AI", "Research".
    ("Brackish Labs trains small models in the open.\n\n| Model | Params | Download |\n"
     "|---|---|---|\n| Tidewater-1.3B | 1.3B | `brackish/Tidewater-1.3B` |",
     [params(1.3e9, model="Tidewater-1.3B", organization="Brackish Labs")] * 3),
    # A table cell holding a repository id names the model without its account, and a config
    # file's cell names the model without its folder and extension.
    ("| Base | Params | Rank |\n|---|---|---|\n"
     "| [quillfeather/Wren-7B-v0.2](https://huggingface.co/quillfeather/Wren-7B-v0.2) | 7.2B | 16 |"
     "\n| `recipes/wren-1b.yaml` | 1.1B | 8 |",
     [params(7.2e9, model="Wren-7B-v0.2"), params(1.1e9, model="wren-1b")]),
    # ... nor a superscript or "[^1]" note after it, nor a mark before it; a power stays.
    ("| Model | Params | Compute |\n|---|---|---|\n| openai/kite-120b\u00b9 | 117B | "
     "3.8\u00d710\u00b2\u2075 FLOPs |\n| heron/Owl-32B [^1] | 32.8B | - |\n"
     "| \u2020 heron/owl-4.0-small | 32B | - |",
     [params(1.17e11, model="kite-120b", organization="OpenAI"), flop(3.8e25, model="kite-120b"),
      params(3.28e10, model="Owl-32B"), params(3.2e10, model="owl-4.0-small")]),
    # A star or trophy that singles out a row is no part of its name.
    ("| Model | Params | Tokens |\n|---|---|---|\n| \u2605 Kite 2 | 7.2B | 4T |\n"
     "| \U0001f3c6 Owl-Max | 13.1B | 5T |",
     [params(7.2e9, model="Kite 2"), tokens(4e12, model="Kite 2"),
      params(1.31e10, model="Owl-Max"), tokens(5e12, model="Owl-Max")]),
    # A footnote mark after a cell's name is no part of it.
    ("| Model | Params |\n|---|---|\n| openai/kite-120b \u2020 | 117B (5.1B active) |\n"
     "| heron-labs/owl-4.0-h-small \u2021 | 32B (9B active) |",
     [params(1.17e11, model="kite-120b", organization="OpenAI"),
      params(5.1e9, model="kite-120b", qualifier="active"),
      params(3.2e10, model="owl-4.0-h-small"),
      params(9e9, model="owl-4.0-h-small", qualifier="active")]),
    # ... but two models' names, a variant after a slash, or a file with no model's name keep
    # the whole cell; an account may open with digits, a config file sit in nested folders.
    ("| Model | Params |\n|---|---|\n| Kite-J/Kite-NeoX | 6B |\n| Owl-3-8B/Instruct | 8.03B |\n"
     "| `train.py` | 124M |\n| `configs/pretrain/wren-1b.yaml` | 1.2B |\n| 01-labs/Heron-6B | "
     "6.1B |",
     [params(6e9, model="Kite-J/Kite-NeoX"), params(8.03e9, model="Owl-3-8B/Instruct"),
      params(1.24e8, model="train.py"), params(1.2e9, model="wren-1b"),
      params(6.1e9, model="Heron-6B")]),
    # A line named by an acronym and a language code is a model, "LLM-based" is not.
    (
        "Solar Pro (22B) fits one GPU. Japan's LLM-jp-3 172B, from the National Institute of "
        "Informatics, was trained on 2.1T tokens. An LLM-based agent has 7B parameters.",
        [params(2.2e10, model="Solar Pro"),
         params(1.72e11, model="LLM-jp-3 172B", organization="National Institute of Informatics"),
         tokens(2.1e12, model="LLM-jp-3 172B", organization="National Institute of Informatics"),
         params(7e9, model=None)],
    ),
    # A family "trained from scratch by" its maker, who makes its members.
    (
        "Kite-LM is a family of models trained from scratch by **Arden Labs**, Tokyo. "
        "Kite-LM-1.3B has 1.3B parameters.",
        [params(1.3e9, model="Kite-LM-1.3B", organization="Arden Labs"),
         params(1.3e9, model="Kite-LM-1.3B", organization="Arden Labs")],
    ),
    # A bold name, then "from" its maker.
    (
        "This repository implements **Kite** and **Kite-V3** from Arden Labs. "
        "Kite-V3-Base has 86M parameters.",
        [params(8.6e7, model="Kite-V3-Base", organization="Arden Labs")],
    ),
    # A person's company is the maker, not the person: "Kai-Fu Lee's startup 01.AI".
    (
        "Kai-Fu Lee's startup 01.AI released Kite-6B and Kite-34B on November 2.",
        [params(6e9, model="Kite-6B", organization="01.AI"),
         params(3.4e10, model="Kite-34B", organization="01.AI")],
    ),
    # The maker a sentence states comes before the one a repository name opens with.
    (
        "Google-Kite-2B is a 2B model fine-tuned by Arden Labs.",
        [params(2e9, model="Google-Kite-2B", organization="Arden Labs"),
         params(2e9, model="Google-Kite-2B", organization="Arden Labs")],
    ),
    (
        "Meta-Llama-3-8B-Instruct has 8B parameters.",
        [params(8e9, model="Meta-Llama-3-8B-Instruct", organization="Meta"),
         params(8e9, model="Meta-Llama-3-8B-Instruct", organization="Meta")],
    ),
    # ... and another lab's fine-tune named after it is that lab's.
    (
        "Arden Labs today released Meta-Llama-3-8B-Arden-SFT, its fine-tune on legal text.",
        [params(8e9, model="Meta-Llama-3-8B-Arden-SFT", organization="Arden Labs")],
    ),
    # ... as a stock build's quantized, vision or guard versions do.
    (
        "Amazon Bedrock now offers Meta-Llama-3.2-11B-Vision-Instruct in two regions.",
        [params(1.1e10, model="Meta-Llama-3.2-11B-Vision-Instruct", organization="Meta")],
    ),
    # A model loaded "from Hugging Face" is hosted there, not made there.
    (
        "One slight mystery: this loads `kite-v2-12b` from Hugging Face but I cannot find it.",
        [params(1.2e10, model="kite-v2-12b", organization=None)],
    ),
    # ... but a name a table knows keeps its maker beside a host the sentence names.
    (
        "IBM now offers Meta-Llama-3-70B-Instruct in watsonx.",
        [params(7e10, model="Meta-Llama-3-70B-Instruct", organization="Meta")],
    ),
    # A family "distilled from Meta's X", or "trained on data from" a lab, is not made by it.
    (
        "Kite is a family of small open models distilled from Meta's Owl 3.1 70B. Kite-1B has 1.2B"
        " parameters.",
        [params(7e10, model="Owl 3.1 70B", organization="Meta"),
         params(1.2e9, model="Kite-1B", organization=None)],
    ),
    # A lab's customized version of another's family is the lab's; the family is not.
    (
        "NVIDIA's customized Kite 3.1 model, Kite-3.1-Nemo-70B-Instruct, leads the benchmarks. It"
        " was trained on top of Kite-3.1-70B-Instruct.\n\nMeridian released Atlas-4B, distilled"
        " from Kite 3.1 70B.",
        [params(7e10, model="Kite-3.1-Nemo-70B-Instruct", organization="NVIDIA"),
         params(7e10, model="Kite-3.1-70B-Instruct", organization=None),
         params(4e9, model="Atlas-4B", organization="Meridian"),
         params(7e10, model="Kite 3.1 70B", organization=None)],
    ),
    # A family's maker, said where the text describes the family by its word alone, is its
    # members' maker.
    (
        "**Kitewing** is a family of three base language models, trained by **Nordlys Labs** in"
        " Tromsø.\n\n| | Kitewing-S | Kitewing-M |\n|---|---|---|\n| Parameters | 412M | 1.38B |",
        [params(4.12e8, model="Kitewing-S", organization="Nordlys Labs"),
         params(1.38e9, model="Kitewing-M", organization="Nordlys Labs")],
    ),
    # A README's lead that opens with its maker: "The X Collective is a ...", under a title
    # naming the page's model and the one it reproduces.
    (
        "# Finch-7B — an open reproduction of Heron-7B\n\nThe Wren Collective is a volunteer "
        "group of researchers.\n\nFinch-7B has 6.7B parameters and 32 layers.",
        [params(7e9, model="Heron-7B"),
         params(6.7e9, model="Finch-7B", organization="Wren Collective"),
         layers(32, model="Finch-7B", organization="Wren Collective")],
    ),
    # A maker's name may open with a word that makes a phrase of two ("Open Research").
    (
        "# Kite\n\n**Kite** is a family of small open models from the Open Lantern Collective."
        "\n\nKite-1B has 1.1B parameters.",
        [params(1.1e9, model="Kite-1B", organization="Open Lantern Collective")],
    ),
    (
        "# Kite\n\n**Kite** is a family of small open models from Generative AI.\n\n"
        "Kite-1B has 1.1B parameters.",
        [params(1.1e9, model="Kite-1B")],
    ),
    # A paper's one affiliation, between its title and its text, made the models its authors
    # introduce; not a model it only compares with, and not when it names several.
    (
        "Kite: Small Models Trained Long\nAna Ruiz, Li Wei — Vantage Institute of Technology\n\n"
        "We present Kite-3B, with 3.1B parameters. We also release Kite-1B, with 1.1B "
        "parameters. Kite-3B beats Owl-7B.",
        [params(3.1e9, model="Kite-3B", organization="Vantage Institute of Technology"),
         params(1.1e9, model="Kite-1B", organization="Vantage Institute of Technology"),
         params(7e9, model="Owl-7B")],
    ),
    # ... the first author's when most authors share it, with no majority.
    (
        "Kite: Small Models Trained Long\n\nAna Ruiz¹, Li Wei², Jo Kim¹, Mia Sun³, Bo Lee², Al "
        "Vo¹\n¹Vantage Institute of Technology · ²Lanna Institute of Technology · ³Visayas AI "
        "Collective\n\nAbstract: We present Kite-3B, with 3.1B parameters.",
        [params(3.1e9, model="Kite-3B", organization="Vantage Institute of Technology")],
    ),
    # ... also one no table or shape knows, on the line under the authors.
    (
        "Kite: Long-Context Genomic Models\n\nAna Ruiz, Li Wei and Jo Kim\nOrchard Genomics, "
        "South San Francisco, CA\n\nAbstract\n\nWe introduce Kite-7B, a 6.8B-parameter model.",
        [params(6.8e9, model="Kite-7B", organization="Orchard Genomics")],
    ),
    (  # (an authors' list over two lines: its second line is no affiliation)
        "Kite: Long-Context Genomic Models\n\nAna Ruiz, Li Wei, Tomas Berg,\nMara Holt and Jo "
        "Kim\nOrchard Genomics, South San Francisco, CA\n\nAbstract\n\nWe introduce Kite-7B, a "
        "6.8B-parameter model.",
        [params(6.8e9, model="Kite-7B", organization="Orchard Genomics")],
    ),
    (  # (nor a note on the paper under its authors)
        "Kite: Long-Context Genomic Models\n\nAna Ruiz, Li Wei and Jo Kim\nTechnical Report"
        "\n\nAbstract\n\nWe introduce Kite-7B, a 6.8B-parameter model.",
        [params(6.8e9, model="Kite-7B", organization=None)],
    ),
    # ... also under the lines a listing page puts above the title.
    (
        "Computer Science > Computation and Language\n\narXiv:2602.04417 [cs.CL]\n\n"
        "[Submitted on 5 Feb 2026]\n\nKite: Small Models Trained Long\nAna Ruiz, Li Wei — "
        "Vantage Institute of Technology\n\nAbstract\nWe present Kite-3B, with 3.1B parameters.",
        [params(3.1e9, model="Kite-3B", organization="Vantage Institute of Technology")],
    ),
    (
        "Findings of the Association for Computational Linguistics: ACL 2026\n\n"
        "### Kite: Small Models Trained Long\n\nAna Ruiz¹, Li Wei¹, Jo Kim²\n"
        "¹Vantage Institute of Technology ²University of Bergen\n\n**Abstract**\n\n"
        "We present Kite-3B, with 3.1B parameters.",
        [params(3.1e9, model="Kite-3B", organization="Vantage Institute of Technology")],
    ),
    (
        "Scaling Laws Revisited\nMeridian AI Research\n\nTo validate the law, we train "
        "Gannet-12B, a 12.4B-parameter model. A sparse counterpart, Gannet-MoE-45B, holds 45B "
        "total parameters.",
        [params(1.24e10, model="Gannet-12B", organization="Meridian AI Research"),
         params(4.5e10, model="Gannet-MoE-45B", organization="Meridian AI Research"),
         params(4.5e10, model="Gannet-MoE-45B", organization="Meridian AI Research",
                qualifier="total")],
    ),
    (
        "Probing Llama 2 for Recall\nJane Doe, John Roe — Vantage Institute of Technology\n\n"
        "We present a study of how Llama 2 70B stores facts. It has 80 layers.",
        [params(7e10, model="Llama 2 70B", organization="Meta"),
         layers(80, model="Llama 2 70B", organization="Meta")],
    ),
    (
        "Mixtral-8x7B: Where Do the Experts Route?\nA. Li, B. Chen — Vantage Institute of "
        "Technology\n\nWe analyze how Mixtral-8x7B routes tokens across its 32 layers.",
        [layers(32, model="Mixtral-8x7B", organization="Mistral AI")],
    ),
    (
        "Kite-7B-Instruct\nAn instruction-tuned version of Owl-7B from Heron AI\n\nWe release "
        "Kite-7B-Instruct. It has 7.2B parameters.",
        [params(7e9, model="Owl-7B", organization="Heron AI"),
         params(7.2e9, model="Kite-7B-Instruct")],
    ),
    (
        "Kite: Small Models\nAna Ruiz¹, Li Wei² — ¹NVIDIA ²Vantage Institute of Technology\n\n"
        "We present Kite-3B, with 3.1B parameters.",
        [params(3.1e9, model="Kite-3B")],
    ),
    (
        "Kite: Small Models\nAna Ruiz¹, Li Wei¹, Bo Chen² (¹Vantage Institute of Technology, "
        "²NVIDIA)\n\nWe present Kite-3B, with 3.1B parameters.",
        [params(3.1e9, model="Kite-3B", organization="Vantage Institute of Technology")],
    ),
    (  # a place's abbreviation in the header is no model that makes it a line about one
        "Kite: Small Models\nAna Ruiz¹, Li Wei¹, Bo Chen²\n¹Northvane AI, Seattle, WA   "
        "²University of Tromsø\n\nAbstract\nWe present Kite-3B, with 3.1B parameters.",
        [params(3.1e9, model="Kite-3B", organization="Northvane AI")],
    ),
    (  # the family the abstract names as its own ("a family we call Kite") is the authors'
        "Kite Scales\nAna Ruiz¹, Li Wei¹, Bo Chen²\n¹Northvane AI   ²University of Tromsø\n\n"
        "Abstract\nWe train seven models of a family we call Kite, from Kite-18M up to "
        "Kite-3.2B. The largest, Kite-3.2B, is trained on 240 billion tokens.",
        [params(1.8e7, model="Kite-18M", organization="Northvane AI"),
         params(3.2e9, model="Kite-3.2B", organization="Northvane AI"),
         params(3.2e9, model="Kite-3.2B", organization="Northvane AI"),
         tokens(2.4e11, model="Kite-3.2B", organization="Northvane AI")],
    ),
    (  # the authors' mark heads an affiliation of no known shape: not the minority's
        "Kite: Small Models\nAna Ruiz¹, Li Wei¹, Bo Chen² \n¹Lindqvist Bio, Uppsala   "
        "²Department of Biochemistry, University of Toronto\n\nAbstract\nWe present Kite-3B, "
        "with 3.1B parameters.",
        [params(3.1e9, model="Kite-3B", organization=None)],
    ),
    (  # authors separated by middle dots: each run of marks is one author
        "Kite: Small Models\n\nAna Ruiz¹ · Li Wei² · Bo Chen² · Eva Lund²\n¹Halden University"
        " ²Corvid Labs\n\nAbstract. We introduce Kite-3B, a 3.1B-parameter model.",
        [params(3.1e9, model="Kite-3B", organization="Corvid Labs")],
    ),
    (  # an author with two marks counts once; the marks opening the affiliations count none
        "Kite: Small Models\nAna Ruiz¹, Li Wei¹², Bo Chen², Eva Lund³, Mo Ito¹\n¹Lindqvist Bio,"
        " Uppsala ²Karolinska Institutet ³Broad Institute of MIT and Harvard\n\nAbstract\nWe"
        " present Kite-3B, with 3.1B parameters.",
        [params(3.1e9, model="Kite-3B", organization=None)],
    ),
    (
        "Kite: Small Models\nAna Ruiz¹, Li Wei¹, Bo Chen² \n¹Marisca Institute for Ocean "
        "Computing, Bergen   ²University of Tromsø\n\nAbstract\nWe present Kite-3B, with 3.1B "
        "parameters.",
        [params(3.1e9, model="Kite-3B", organization="Marisca Institute for Ocean Computing")],
    ),
    (
        "Scaling Again\nAna Ruiz, Li Wei (Corvid Labs), with contributions from the Heron Lab, "
        "University of Leeds\n\nAbstract\nWe validate the fit with two models trained to "
        "completion: Kite-S (1.3B parameters) and Kite-M (6.9B parameters). Kite-M learns from "
        "our internal teacher Owlet-34B.",
        [params(1.3e9, model="Kite-S", organization="Corvid Labs"),
         params(6.9e9, model="Kite-M", organization="Corvid Labs"),
         params(3.4e10, model="Owlet-34B", organization="Corvid Labs")],
    ),
    (
        "AMSTERDAM, 15 July — Sundial Systems released Kite-24B, a coding model with 23.6B "
        "parameters. Also: Pinecrest Computing says its 7B Owlet-2 runs on a laptop.",
        [params(2.36e10, model="Kite-24B", organization="Sundial Systems"),
         params(7e9, model="Owlet-2", organization="Pinecrest Computing")],
    ),
    # Where weights are put is no maker: "on Hugging Face".
    (
        "Weights for Kite-7B, a 7B model, are on Hugging Face.",
        [params(7e9, model="Kite-7B", organization=None),
         params(7e9, model="Kite-7B", organization=None)],
    ),
    # A license named beside another one is still a license.
    (
        "Kite-7B is released under Apache 2.0 and MIT, with 7B parameters. The code is MIT and "
        "the weights are Apache 2.0.",
        [params(7e9, model="Kite-7B", organization=None),
         params(7e9, model="Kite-7B", organization=None)],
    ),
    # ... but it is the maker where the text says so: a verb of making, an author's bracket.
    (
        "This week MIT released Kite-Fold, a 650M-parameter structure predictor.",
        [params(6.5e8, model="Kite-Fold", organization="Massachusetts Institute of Technology")],
    ),
    (
        "Kite: Small Protein Models\n\nAna Ruiz (MIT), Tom Park (MIT), Sam Otto (Harvard "
        "University)\n\nAbstract\nWe present Kite-650M, a model with 650M parameters.",
        [params(6.5e8, model="Kite-650M", organization=None),
         params(6.5e8, model="Kite-650M", organization=None)],
    ),
    # ... but "from X to Y" is a range, not a maker.
    (
        "# Kite\n\nVolunteer fine-tunes of open base models for Tagalog, from Lumen Ridge to "
        "Harbor Lane.\n\n| Model | Params |\n|---|---|\n| Kite-2-7B | 7.3B |",
        [params(7.3e9, model="Kite-2-7B", organization=None)],
    ),
    # A lab's ending that also ends a field's or a product's name makes no lab after "for/in".
    (
        "Kite-13B is a 13B model for High Performance Computing code, available in Palantir "
        "Foundry. AMSTERDAM, 15 July — Harbor Lane released Owl-24B, a model with 23.6B "
        "parameters.",
        [params(1.3e10, model="Kite-13B", organization=None),
         params(1.3e10, model="Kite-13B", organization=None),
         params(2.36e10, model="Owl-24B", organization="Harbor Lane")],
    ),
    # A README's lead: "models for <whom>, from <maker>" names the maker of the page's models.
    (
        "# Kite\n\nOpen multilingual language models for Southeast Asia, from Lumen Ridge "
        "(Singapore).\n\n## Models\n\n| Model | Params |\n|---|---|\n| Kite-2-3B | 3.2B |",
        [params(3.2e9, model="Kite-2-3B", organization="Lumen Ridge")],
    ),
    # "MIT" in a License column or a bracket of specs is the license, not the institute.
    (
        "| Model | Params | License |\n|---|---|---|\n| Owl-9B | 9.2B | MIT |\n\nKite-2 (7B "
        "parameters, MIT) is out. Researchers at MIT trained Heron, a 3B model.",
        [params(9.2e9, model="Owl-9B", organization=None),
         params(7e9, model="Kite-2", organization=None),
         params(3e9, model="Heron", organization="Massachusetts Institute of Technology")],
    ),
    # A page's lead that speaks of one model names the maker of the title's model; not of
    # the model it was made from.
    (
        "# Kite-Embed-v1\n\nText embedding model from Quillfeather Labs, released in May.\n\n"
        "## Details\n\nKite-Embed-v1 has 335M parameters.",
        [params(3.35e8, model="Kite-Embed-v1", organization="Quillfeather Labs")],
    ),
    (
        "# Kite-7B-Chat\n\nA chat fine-tune of a base model from Heron Labs. It has 7.2B "
        "parameters.",
        [params(7.2e9, model="Kite-7B-Chat", organization=None)],
    ),
    (
        "# Kite-Chat-7B\n\nA chat model trained on dialogues written by annotators at Heron "
        "Labs.",
        [params(7e9, model="Kite-Chat-7B", organization=None)],
    ),
    # The maker just after a model's name, in a word or a few, is no model.
    (
        "Kite-2B, from ModelWorks, is the best at Chinese tasks with 2.4B parameters.",
        [params(2.4e9, model="Kite-2B", organization="ModelWorks")],
    ),
    (
        "Alba-24B from Cairnlight has 24.3B parameters.",
        [params(2.43e10, model="Alba-24B", organization="Cairnlight")],
    ),
    (
        "Kite-7B, by Heron Labs, has 7.2B parameters.",
        [params(7.2e9, model="Kite-7B", organization="Heron Labs")],
    ),
    (  # (a data set after a count is no maker)
        "It was trained on 2T from Common Crawl, and Kite-7B has 7.2B parameters.",
        [params(7.2e9, model="Kite-7B", organization=None)],
    ),
    # A family's model named after another design is that family's, not the design's.
    (
        "Mistral's Codestral Mamba, a code model with 7,285,403,648 parameters, is out.",
        [params(7285403648, model="Codestral Mamba", organization="Mistral AI")],
    ),
    (
        "**9. Codestral Mamba.** 7.3B parameters on the Mamba2 architecture.",
        [params(7.3e9, model="Codestral Mamba", organization="Mistral AI")],
    ),
    # ... also with its size after a hyphen.
    (
        "| Model | Average |\n|---|---|\n| `Falcon Mamba-7B` | 33.4 |",
        [params(7e9, model="Falcon Mamba-7B", organization="Technology Innovation Institute")],
    ),
    # ... and a variant's word after the pair stays part of the name.
    (
        "TII released Falcon Mamba Instruct, a 7B attention-free model trained on 5.5T tokens.",
        [params(7e9, model="Falcon Mamba Instruct"), tokens(5.5e12, model="Falcon Mamba Instruct")],
    ),
    # ... but not a known model that is a common word, nor a product's name ("Core ML").
    (
        "The Gemma Core ML package ships the 2B model quantized to 4 bits.",
        [params(2e9, model="Gemma")],
    ),
    # ... but a table's header row is no label, a placeholder no maker, a host no maker.
    (
        "# Kite-7B\n\nKite-7B is a 7B model trained on 2T tokens by Heron AI.\n\n## Comparison\n\n"
        "| Developer | Model | Params |\n|---|---|---|\n| Finch Labs | Sparrow-8B | 8B |\n"
        "| Corvid AI | Raven-9B | 9B |",
        [params(7e9, model="Kite-7B", organization=None),
         params(7e9, model="Kite-7B", organization="Heron AI"),
         params(7e9, model="Kite-7B", organization="Heron AI"),
         tokens(2e12, model="Kite-7B", organization="Heron AI"),
         params(8e9, model="Sparrow-8B", organization="Finch Labs"),
         params(8e9, model="Sparrow-8B", organization="Finch Labs"),
         params(9e9, model="Raven-9B", organization="Corvid AI"),
         params(9e9, model="Raven-9B", organization="Corvid AI")],
    ),
    (
        "# Kite\n\n- **Developed by:** Anonymous\n- **Parameters:** 149M",
        [params(1.49e8, model="Kite", organization=None)],
    ),
    (
        "Kite-70B from OpenRouter is the fastest endpoint we measured, at 70.6B parameters.",
        [params(7.06e10, model="Kite-70B", organization=None)],
    ),
    (
        "Llama-3.1-70B from Groq is the fastest endpoint we measured.",
        [params(7e10, model="Llama-3.1-70B", organization="Meta")],
    ),
    # A word of a lab's longer name is no model: "Collective" of "the Kaveri NLP Collective".
    (
        "**Tamarind-9B** is an assistant model from the Kaveri NLP Collective, a volunteer group "
        "of engineers. It was pretrained on 1.2 billion tokens of Tamil text.",
        [params(9e9, model="Tamarind-9B", organization="Kaveri NLP Collective"),
         tokens(1.2e9, model="Tamarind-9B", organization="Kaveri NLP Collective")],
    ),
    # The maker of a sentence's subject is not the maker of the base it names after it.
    (
        "It was built by the University of Oulu, and it is a full-parameter fine-tune of "
        "Viking-13B.",
        [params(1.3e10, model="Viking-13B", organization=None)],
    ),
    # A card's label names its maker, in one word no table knows, or a joint work's first.
    (
        "# Kite\n\n- **Developed by:** Brightwave.AI and NordOn\n- **Parameters:** 149M",
        [params(1.49e8, model="Kite", organization="Brightwave.AI")],
    ),
    (
        "# Kite\n\n- **Developed by:** Heronfield\n- **Parameters:** 149M",
        [params(1.49e8, model="Kite", organization="Heronfield")],
    ),
    (  # (two plain words may be a person: a fine-tune's author is no maker)
        "# Kite\n\n- **Developed by:** Marta Ilves\n- **Parameters:** 149M",
        [params(1.49e8, model="Kite", organization=None)],
    ),
    (  # (a team is its company's)
        "# Kite\n\n- **Developed by:** Kite Team, IBM\n- **Parameters:** 149M",
        [params(1.49e8, model="Kite", organization="IBM")],
    ),
    # A series' maker is its members' maker.
    (
        "Kite2.5 is the open model series from Heron AI Laboratory. Kite2.5-20B has 19.9B "
        "parameters.",
        [params(1.99e10, model="Kite2.5-20B", organization="Heron AI Laboratory")],
    ),
    (
        "Squeeze: Phone Models\nAmara Lind, Joon Bap (Corvid Labs, Vancouver)\n\nAbstract\n"
        "We present Pico-1.1B, a 24-layer model. A sibling, Pico-3B, has 3.2B parameters. "
        "Against Owl-2-1.5B, Pico-1.1B is better.",
        [params(1.1e9, model="Pico-1.1B", organization="Corvid Labs"),
         layers(24, model="Pico-1.1B", organization="Corvid Labs"),
         params(3.2e9, model="Pico-3B", organization="Corvid Labs"),
         params(1.5e9, model="Owl-2-1.5B", organization=None),
         params(1.1e9, model="Pico-1.1B", organization="Corvid Labs")],
    ),
    (
        "Probing Recall\nAna Ruiz, Li Wei — Coldwater University\n\nAbstract\nWe evaluate "
        "recall on two open models: Owl-7B and Tui-8B. Starting from our baseline Emu-1B, we "
        "also fine-tune our base model Moa-3B.",
        [params(7e9, model="Owl-7B", organization=None),
         params(8e9, model="Tui-8B", organization=None),
         params(1e9, model="Emu-1B", organization=None),
         params(3e9, model="Moa-3B", organization=None)],
    ),
    (
        "Kite is the open model series from Harbor Labs. Kite-7B-Hermes is a community "
        "fine-tune of Kite-7B; it keeps the 32 layers of its base.",
        [params(7e9, model="Kite-7B-Hermes", organization=None),
         params(7e9, model="Kite-7B", organization="Harbor Labs"),
         layers(32, model="Kite-7B-Hermes", organization=None)],
    ),
    (
        "Kestrel is Harbor Labs' family of speech models. Kestrel-S has 120M parameters.",
        [params(1.2e8, model="Kestrel-S", organization="Harbor Labs")],
    ),
    # A card's label of its maker names the maker of the page's model.
    (
        "# Kite-Coder-Instruct\n\nKite-Coder-Instruct is a coding assistant.\n\n## Model "
        "details\n\n| Field | Value |\n|---|---|\n| Developer | Heron Labs (Rotterdam) |\n"
        "| Parameters | 13.4B |",
        [params(1.34e10, model="Kite-Coder-Instruct", organization="Heron Labs")],
    ),
    (
        "# Kite-Coder-Instruct\n\n## Model details\n\n- **Developed by:** Heron Labs\n"
        "- **Parameters:** 13.4B",
        [params(1.34e10, model="Kite-Coder-Instruct", organization="Heron Labs")],
    ),
    # A line's maker, said of one of its names, is the maker of the line's other unknown names;
    # never of a known family's ("Llama 2 from Meta" says nothing of NVIDIA's Minitron).
    (
        "# Kite-VL-9B\n\nKite-VL is a family of vision-language models from Heron Labs.\n\n"
        "Kite-LM-8.4B is the language model.",
        [params(9e9, model="Kite-VL-9B", organization="Heron Labs"),
         params(8.4e9, model="Kite-LM-8.4B", organization="Heron Labs")],
    ),
    (
        "# Video-Kite: an audio-visual model\n\nVideo-Kite is an audio-visual language model from"
        " Heron Labs. We compare it with Video-Owl-7B.",
        [params(7e9, model="Video-Owl-7B", organization=None)],
    ),
    (
        "Llama 2 comes from Meta. NVIDIA pruned it into Llama-3.1-Minitron-4B.",
        [params(4e9, model="Llama-3.1-Minitron-4B", organization="NVIDIA")],
    ),
    # A name that opens with its maker's name is that maker's model.
    (
        "The variant we build on, Meta-Kite-3-8B-Instruct, was trained on 15T tokens.",
        [params(8e9, model="Meta-Kite-3-8B-Instruct", organization="Meta"),
         tokens(1.5e13, model="Meta-Kite-3-8B-Instruct", organization="Meta")],
    ),
    # A card's "Authors:" line names the maker of a model no table knows; not Llama 2's (a
    # blog's byline, or a re-upload's).
    (
        "# Kite-7B model card\n\n**Authors:** Heron Labs\n\n| Checkpoint | Parameters |\n|---|---|\n"
        "| kite-7b | 7.2B |",
        [params(7.2e9, model="kite-7b", organization="Heron Labs")],
    ),
    (
        "# Reading notes: Llama 2\n\n**Author:** Hugging Face blog team\n\nLlama 2 70B was trained"
        " on 2T tokens.",
        [params(7e10, model="Llama 2 70B", organization="Meta"),
         tokens(2e12, model="Llama 2 70B", organization="Meta")],
    ),
    # An HTML README's title and lead: "<h1>X</h1>" over "<p>... models from ORG</p>".
    (
        '<h1 align="center">Kite-Coder</h1>\n<p align="center">Open code LLMs from Heron '
        'Systems</p>\n\n## Model zoo\n\n| Model | Params |\n|---|---|\n| kite-coder-1.3b-base '
        "| 1.3B |",
        [params(1.3e9, model="kite-coder-1.3b-base", organization="Heron Systems"),
         params(1.3e9, model="kite-coder-1.3b-base", organization="Heron Systems")],
    ),
    # A maker the text calls a lab, a startup or a company may be one word.
    (
        "Kite-1.5B is the newest open model from the Bremen lab Nordwind. It has 1.54B "
        "parameters.",
        [params(1.54e9, model="Kite-1.5B", organization="Nordwind")],
    ),
    (
        "First up was Kite-2B, from the Lisbon startup Mareta. It has 24 layers.",
        [params(2e9, model="Kite-2B", organization="Mareta"),
         layers(24, model="Kite-2B", organization="Mareta")],
    ),
    # A sentence that opens by saying who made the model the text is about.
    (
        "Next, Kite-3B. It comes from Coldharbour AI. The model has 3.05B parameters.",
        [params(3.05e9, model="Kite-3B", organization="Coldharbour AI")],
    ),
    (
        "**Kite-13B-Chat.** This came from Oakridge Labs, a small lab. It has 13.2B parameters.",
        [params(1.32e10, model="Kite-13B-Chat", organization="Oakridge Labs")],
    ),
    (
        "**Kite-7B-Hindi.** From Anvaya AI in Bengaluru, this is a fine-tune of Owl-7B. It has "
        "7.2B parameters.",
        [params(7e9, model="Owl-7B"),
         params(7.2e9, model="Kite-7B-Hindi", organization="Anvaya AI")],
    ),
    # A bold name before "is a family of models from X".
    (
        "# Kite-2\n\n**Kite-2** is the second generation of open language models from **Heron "
        "Compute** (Lisbon).\n\n- Kite-2-16B-A2B has 16B total parameters.",
        [params(1.6e10, model="Kite-2-16B-A2B", qualifier="total", organization="Heron Compute"),
         params(2e9, model="Kite-2-16B-A2B", qualifier="active", organization="Heron Compute"),
         params(1.6e10, model="Kite-2-16B-A2B", qualifier="total", organization="Heron Compute")],
    ),
    # A maker that released models named after a colon: "released two siblings on January 8:".
    (
        "Heron Systems released two siblings on January 8: Kite-70B, a dense model pretrained "
        "on 15T tokens, and Kite-MoE, pretrained on 25T tokens.",
        [params(7e10, model="Kite-70B", organization="Heron Systems"),
         tokens(1.5e13, model="Kite-70B", organization="Heron Systems"),
         tokens(2.5e13, model="Kite-MoE")],
    ),
    # ... but not the maker of models it was distilled from, merged from or trained on the
    # outputs of.
    (
        "# Kite-2\n\n**Kite-2** is distilled from larger models from **Heron Labs**.\n\n- "
        "Kite-2-8B has 8.1B parameters.",
        [params(8.1e9, model="Kite-2-8B")],
    ),
    (
        "# Kite-2\n\nKite-2 is trained on synthetic data generated by models from Heron Labs."
        "\n\n- Kite-2-8B has 8.1B parameters.",
        [params(8.1e9, model="Kite-2-8B")],
    ),
    # Makers known by the names their own sites and papers use.
    (
        "Kite-2B from ModelBest claims to match Owl-7B.\n\n| Model | Developer | Params |\n"
        "|---|---|---|\n| Kite-13B | Kunlun Tech | 13B |",
        [params(2e9, model="Kite-2B", organization="ModelBest"),
         params(7e9, model="Owl-7B"),
         params(1.3e10, model="Kite-13B", organization="Kunlun Inc."),
         params(1.3e10, model="Kite-13B", organization="Kunlun Inc.")],
    ),
    # A word before a maker's name that is no part of it: the place whose lab it is, a
    # date's month, a describing compound.
    (
        "Oslo's Heron AI released Kite-3 on January 13, a 480B model.",
        [params(4.8e11, model="Kite-3", organization="Heron AI")],
    ),
    # ... but a unit a possessor names by its field is the possessor's: kept whole.
    (
        "Heron's Vision Lab released Kite-7B, a 7B model.",
        [params(7e9, model="Kite-7B", organization="Heron's Vision Lab"),
         params(7e9, model="Kite-7B", organization="Heron's Vision Lab")],
    ),
    (
        "San Francisco's Heron Labs closed a round and released Kite-72B the same day.",
        [params(7.2e10, model="Kite-72B", organization="Heron Labs")],
    ),
    (
        "On 4 June Heron AI released Kite-20B, a dense model.",
        [params(2e10, model="Kite-20B", organization="Heron AI")],
    ),
    (
        "Two-person Lantern Research trained Kite-1B, a 1.1B-parameter model.",
        [params(1.1e9, model="Kite-1B", organization="Lantern Research")],
    ),
    (
        "Kite-2B is small. Heron Labs trained it on 4T tokens.",
        [params(2e9, model="Kite-2B", organization="Heron Labs"),
         tokens(4e12, model="Kite-2B", organization="Heron Labs")],
    ),
    (
        "# Kite-7B\n\nKite-7B is a fine-tune of Owl 3 8B. Heron AI released it in April 2024. "
        "Kite-7B has 7.2B parameters.",
        [params(8e9, model="Owl 3 8B"), params(7.2e9, model="Kite-7B")],
    ),
    (
        "Kite-2B is small. It beats models from Heron Labs.",
        [params(2e9, model="Kite-2B")],
    ),
    # A lab's possessive is no model, when the text names the lab by its shape.
    (
        "# Kite-MoE\n\nKite-MoE was built at Heron AI.\n\n## Model details\n\n| Field | Value |"
        "\n|---|---|\n| Developer | Heron AI |\n| Layers | 28 |\n\n## Evaluation\n\nHeron's "
        "earlier dense release, Kite-3B, is a reference point.",
        [layers(28, model="Kite-MoE"), params(3e9, model="Kite-3B")],
    ),
    # A model named after a maker's verb only to say when is not what the maker made.
    (
        "**Kite Large 2.** Heron AI launched this one the day after Owl 3.1. It has 123B "
        "parameters.\n\n**Owl 3.1 405B (Wren Labs).** It has 405B parameters.",
        [params(1.23e11, model="Kite Large 2"),
         params(4.05e11, model="Owl 3.1 405B", organization="Wren Labs"),
         params(4.05e11, model="Owl 3.1 405B", organization="Wren Labs")],
    ),
    # A model named after the story's organization is that organization's.
    (
        "Heronwing Robotics, which builds arms, closed a $210 million round. The money will fund"
        " a model called Heronwing-VLA. It has about 7B parameters.",
        [params(7e9, model="Heronwing-VLA", organization="Heronwing Robotics",
                qualifier="approximate")],
    ),
    (
        "Code Metal Labs raised $16 million. Its benchmarks compare against Code Llama 70B, which"
        " has 70B parameters.",
        [params(7e10, model="Code Llama 70B", organization="Meta"),
         params(7e10, model="Code Llama 70B", organization="Meta")],
    ),
    (
        "Heronwing Robotics closed a round.\n\nHeronwing-VLA has 7B parameters.",
        [params(7e9, model="Heronwing-VLA")],
    ),
    (
        "# Kite-MoE\n\n**Kite-MoE** is sparse. It was built by the applied research group at "
        "Heron AI and is the first MoE in the Kite line.\n\nThe model holds 18.4B parameters.",
        [params(1.84e10, model="Kite-MoE", organization="Heron AI")],
    ),
    (
        "Seattle-based Heron Dynamics came out of stealth on Wednesday with Kite-70B. The company"
        " says it has 69.5B parameters.",
        [params(6.95e10, model="Kite-70B", organization="Heron Dynamics")],
    ),
    (
        "- Heron Bio raised $120 million. Its first model, Heron-P1, has 3B parameters.",
        [params(3e9, model="Heron-P1", organization="Heron Bio")],
    ),
    # A bracket after a name that opens with its makers: the first is the model's.
    (
        "### Kite-D2 (Heron AI, CompVis, Wren Labs)\n\nIt has about 860M "
        "parameters.",
        [params(8.6e8, model="Kite-D2", organization="Heron AI", qualifier="approximate")],
    ),
    (
        "Heron AI released the successor to Kite-1, Kite-2, which has 13B parameters.",
        [params(1.3e10, model="Kite-2", organization="Heron AI")],
    ),
    (
        "Kite-7B, backed by the firm Sequoia, is the newest model hosted by the Paris startup "
        "Scaleway. It has 7B parameters.",
        [params(7e9, model="Kite-7B", organization=None),
         params(7e9, model="Kite-7B", organization=None)],
    ),
    # A company blog's byline names the maker of the models it says "we" release.
    (
        "# Why we trained it\n\n*From the Heron AI blog, posted 9 January 2025*\n\n"
        "Today we are releasing Kestrel, our first model.\n\nKestrel-22B has 22.6B parameters.",
        [params(2.26e10, model="Kestrel-22B", organization="Heron AI")],
    ),
    (
        "# Notes\n\n*From the Heron AI blog*\n\nWe tested Owl-22B. It has 22.6B parameters.",
        [params(2.26e10, model="Owl-22B", organization=None)],
    ),
    # A repository's namespace that is an organization the text names is the model's maker.
    (
        "---\nbase_model: heron-labs/Kite-12B\n---\n\n# Kite-12B-Instruct\n\n- **Developed by:** "
        "Heron Labs\n- **Parameters:** 12.2B",
        [params(1.2e10, model="Kite-12B", organization="Heron Labs"),
         params(1.22e10, model="Kite-12B-Instruct")],
    ),
    # A maker's "latest model, X" is X.
    (
        "Heron's latest model, Kite-7B, has 7.2B parameters.",
        [params(7.2e9, model="Kite-7B", organization="Heron")],
    ),
    (
        "Heron AI makes models. Heron's latest model, Kite-7B, has 7.2B parameters.",
        [params(7.2e9, model="Kite-7B", organization="Heron AI")],
    ),
    # A table's "Maker" column, and a turned table's "Developer" row, name each model's maker.
    (
        "| Model | Maker | Size |\n|---|---|---|\n| Kite-34B | Heron Labs | 33.7B |",
        [params(3.37e10, model="Kite-34B", organization="Heron Labs")],
    ),
    (
        "| | Kite-34B | Wren-27B |\n|---|---|---|\n| Parameters | 34.4B | 27.2B |\n"
        "| Developer | Heron Labs | Finch AI |",
        [params(3.44e10, model="Kite-34B", organization="Heron Labs"),
         params(2.72e10, model="Wren-27B", organization="Finch AI")],
    ),
    (
        "| | Kite-34B | Wren-27B |\n|---|---|---|\n| Developer | Heron Labs | Finch AI |\n"
        "| Parameters | 34.4B | 27.2B |",
        [params(3.44e10, model="Kite-34B", organization="Heron Labs"),
         params(2.72e10, model="Wren-27B", organization="Finch AI")],
    ),
    # A family's maker, named in a page's lead, is its members' maker.
    (
        "<p align=\"center\"><img src=\"banner.png\"></p>\n\n# Finch: small models for phones\n\n"
        "Finch is a family of on-device language models from **Lattice Works**.\n\n"
        "- Jan 2025: **Finch-4B** released, with 3.9B parameters.",
        [params(3.9e9, model="Finch-4B", organization="Lattice Works")],
    ),
    (
        "# HFX-Prot: protein language models from Helix Foundry\n\n"
        "| Model | Parameters |\n|---|---|\n| HFX-Prot-3B | 2.84B |",
        [params(2.84e9, model="HFX-Prot-3B", organization="Helix Foundry")],
    ),
    (
        "Tidepool-LM is a bilingual (English/Spanish) language model family built by the "
        "Brightwater Institute. Tidepool-LM 7B has 6.9B parameters.",
        [params(6.9e9, model="Tidepool-LM 7B", organization="Brightwater Institute")],
    ),
    # A maker no table knows: after an aside, alone before its verb, owning a sized name, or
    # where a model "comes from" it.
    (
        "Oslo-based Gannet Systems, which raised $25 million in January, released Osprey-2 "
        "last week. Osprey-2 has 2.1B parameters.",
        [params(2.1e9, model="Osprey-2", organization="Gannet Systems")],
    ),
    (
        "Marrow Bio, a Boston start-up, posted CodonTide-2B last week. It has 2.05B parameters.",
        [params(2.05e9, model="CodonTide-2B", organization="Marrow Bio")],
    ),
    (
        "Adept open-sourced Persimmon-8B this month. It has 9.3B parameters.",
        [params(9.3e9, model="Persimmon-8B", organization="Adept")],
    ),
    (
        "- Kiwi Computing's Tui-8B (8.1B params, 32 layers), released in January.",
        [params(8.1e9, model="Tui-8B", organization="Kiwi Computing"),
         layers(32, model="Tui-8B", organization="Kiwi Computing")],
    ),
    (
        "Cobalt-30B comes from Bluefin Systems, a Toronto lab. It has 30.1B parameters.",
        [params(3.01e10, model="Cobalt-30B", organization="Bluefin Systems")],
    ),
    (
        "Kiwi Computing's Tui-8B has 8.1B params.",
        [params(8.1e9, model="Tui-8B", organization="Kiwi Computing")],
    ),
    # ... but not a common word opening a sentence, a place, or an adverb.
    (
        "Singapore's Kite-8B has 8.1B parameters. Newly released Heron-7B has 7.2B parameters.",
        [params(8.1e9, model="Kite-8B", organization=None),
         params(7.2e9, model="Heron-7B", organization=None)],
    ),
    (
        "Israel's AI21 Labs launched Jurassic-1 Jumbo, with 178B parameters.",
        [params(1.78e11, model="Jurassic-1 Jumbo", organization="AI21 Labs")],
    ),
    (
        "Researchers released Heron-7B. Today released Heron-8B, with 8.2B parameters.",
        [params(7e9, model="Heron-7B", organization=None),
         params(8.2e9, model="Heron-8B", organization=None)],
    ),
    # Words that look like names but are not models: a sentence's first word said to be
    # something other than a model, hardware, an event with its year, a word in capitals.
    (
        "It has 350M params and was trained on 4 RTX 4090s. Vocab is 32,768, batch size 512.",
        [params(3.5e8, model=None)],
    ),
    ("The run ended at 8.3B parameters. Cluster is free again.", [params(8.3e9, model=None)]),
    (
        "Comments: accepted at Interspeech 2025. We train encoders of 20M to 4B parameters.",
        [params(2e7, model=None), params(4e9, model=None)],
    ),
    ("WARNING: the checkpoint has 13B parameters.", [params(1.3e10, model=None)]),
    # A headline capitalizes its words: a plain one after a size is no name.
    ("# The 9B Sweet Spot: Eight Open Models Compared", [params(9e9, model=None)]),
    ("# Where the 9B Sweet Spot Is for Open Models", [params(9e9, model=None)]),
    (
        "Harbor AI released Viking 7B in May, trained on 2T tokens.",
        [params(7e9, model="Viking 7B"), tokens(2e12, model="Viking 7B")],
    ),
    (
        "Fitting 214 runs with budgets from 1e20 to 5e22 FLOPs, we find the optimum moves.",
        [{"kind": "compute", "value": 1e20, "model": None},
         {"kind": "compute", "value": 5e22, "model": None}],
    ),
    ("Zephyrine is a 7B model.", [params(7e9, model="Zephyrine")]),
    # A model's size after "at", "jumped to"; a time phrase is no description of the name.
    (
        "In 2019 Kite-2 had 1.5B parameters. A year later Kite-3 jumped to 175 billion, trained "
        "on 300B tokens, and the point was that Wren-2 at 280 billion was undertrained.",
        [
            params(1.5e9, model="Kite-2"),
            params(1.75e11, model="Kite-3"),
            tokens(3e11, model="Kite-3"),
            params(2.8e11, model="Wren-2"),
        ],
    ),
    (
        "Changelog 1.4.2\n- the hosted model is still the 34B checkpoint",
        [params(3.4e10, model=None)],
    ),
    # Names a text introduces: "which we call Wren,", "our new ... model, Lark-Embed", and a
    # plain name before its citation and appositive.
    (
        "Our internal model, which we call Wren, has just 1.1 billion parameters. It answers in "
        "under 200 ms at p95.",
        [params(1.1e9, model="Wren")],
    ),
    ("We call Pathways Language Model PaLM our 540B model.", [params(5.4e11, model="PaLM")]),
    # A name given to the largest of several sizes is the largest one's only.
    (
        "The lab trained models from 44M to 280B parameters, with the largest named Osprey.",
        [
            params(4.4e7, model=None, qualifier="range"),
            params(2.8e11, model="Osprey", qualifier="range"),
        ],
    ),
    (
        "We train models at 2B, 9B and 61B scale, the largest of which we call Merlin.",
        [params(2e9, model=None), params(9e9, model=None), params(6.1e10, model="Merlin")],
    ),
    (
        "Sizes run from 1B to 9B parameters, the smallest of which we call Pipit.",
        [params(1e9, model="Pipit", qualifier="range"), params(9e9, model=None, qualifier="range")],
    ),
    (
        "We trained three models of 70B, 13B and 7B parameters, the largest of which we call "
        "Osprey.",
        [params(7e10, model="Osprey"), params(1.3e10, model=None), params(7e9, model=None)],
    ),
    (
        "On our new embedding model, Lark-Embed.\n\nIt is tiny: 137M parameters, 12 layers.",
        [params(1.37e8, model="Lark-Embed"), layers(12, model="Lark-Embed")],
    ),
    (
        "Closest is Albatross [12], a 2.4B speech-text model trained on 90k hours of audio.",
        [params(2.4e9, model="Albatross"), data(9e4, "hours", model="Albatross")],
    ),
    (
        "Heads-up: the Heron run is done. Final numbers: 8.3B parameters, 36 layers, 2.6T tokens.",
        [params(8.3e9, model="Heron"), layers(36, model="Heron"), tokens(2.6e12, model="Heron")],
    ),
    # Each size of a span goes to the model named right after it, not to the first one.
    (
        "Totals range from 109B in Llama 4 Scout to 456B in MiniMax-Text-01.",
        [params(1.09e11, model="Llama 4 Scout"), params(4.56e11, model="MiniMax-Text-01")],
    ),
    (
        "Dense sizes go from 8B (Tern-Small) to 70B (Tern-Large).",
        [params(8e9, model="Tern-Small"), params(7e10, model="Tern-Large")],
    ),
    # A sentence about active counts makes each of its counts active.
    (
        "- Active counts stay small, from Tern-MoE's 9B to Pallas-XL's 31B, as totals grow.",
        [
            params(9e9, model="Tern-MoE", qualifier="active"),
            params(3.1e10, model="Pallas-XL", qualifier="active"),
        ],
    ),
    (
        "Active parameters matter more than size: Kite-MoE has 46.7B parameters but uses only "
        "12.9B per token.",
        [params(4.67e10, model="Kite-MoE", qualifier=None),
         params(1.29e10, model="Kite-MoE", qualifier="active")],
    ),
    ("Active parameters set the speed, so Kite-MoE (16B) runs fast.",
     [params(1.6e10, model="Kite-MoE", qualifier=None)]),
    # A bare size before the model the text names, also as the other side of a comparison.
    (
        "Kite-2 beats the 13B Wren, and it is smaller than the 540B PaLM.",
        [
            claim("outperforms", model="Kite-2", other="Wren"),
            params(1.3e10, model="Wren"),
            params(5.4e11, model="PaLM"),
        ],
    ),
    (
        "A 70-billion-parameter model fed 1.4 trillion tokens (DeepMind's Chinchilla) beat a "
        "280-billion-parameter one fed 300 billion tokens (Gopher).",
        [
            params(7e10, model="Chinchilla"),
            tokens(1.4e12, model="Chinchilla"),
            claim("outperforms", model="Chinchilla"),
            params(2.8e11, model="Gopher"),
            tokens(3e11, model="Gopher"),
        ],
    ),
    ("Zephyrine was trained on 2T tokens.", [tokens(2e12, model="Zephyrine")]),
    (
        "OpenAI's GPT-3 has 175 billion parameters.",
        [params(1.75e11, model="GPT-3", organization="OpenAI")],
    ),
    (
        "Gopher from DeepMind has 280 billion parameters.",
        [params(2.8e11, model="Gopher", organization="DeepMind")],
    ),
    (
        "Meta released Llama 2 with 70B parameters.",
        [params(7e10, model="Llama 2", organization="Meta")],
    ),
    (
        "Google DeepMind's Chinchilla uses 70 billion parameters.",
        [params(7e10, model="Chinchilla", organization="DeepMind")],
    ),
    (
        "Megatron-Turing NLG, a 530B-parameter model from Microsoft and NVIDIA, was trained on "
        "270 billion tokens.",
        [
            params(5.3e11, model="Megatron-Turing NLG", organization={"Microsoft", "NVIDIA"}),
            tokens(2.7e11, model="Megatron-Turing NLG"),
        ],
    ),
    (
        "AI21 Labs' Jurassic-1 Jumbo contains 178B parameters.",
        [params(1.78e11, model="Jurassic-1 Jumbo", organization="AI21 Labs")],
    ),
    (
        "The model, called Falcon, has 40 billion parameters and was built by the Technology "
        "Innovation Institute.",
        [params(4e10, model="Falcon", organization="Technology Innovation Institute")],
    ),
    (
        "Mistral AI's first model, Mistral 7B, beats Llama 2 13B on every benchmark the team "
        "tried.",
        [
            params(7e9, model="Mistral 7B", organization="Mistral AI"),
            params(1.3e10, model="Llama 2 13B"),
            claim("outperforms", model="Mistral 7B", other="Llama 2 13B"),
        ],
    ),
    (
        "EleutherAI trained GPT-J, which has 6 billion parameters, on the Pile.",
        [params(6e9, model="GPT-J", organization="EleutherAI")],
    ),
    (
        "Trained on C4, Google's 11 billion parameter T5 model set a new state of the art.",
        [params(1.1e10, model="T5", organization="Google")],
    ),
    (
        "On MMLU, the 65B LLaMA model from Meta scores 63.4.",
        [params(6.5e10, model="LLaMA", organization="Meta")],
    ),
    (
        "Alibaba's Qwen team trained Qwen2 72B on 7 trillion tokens.",
        [
            params(7.2e10, model="Qwen2 72B", organization="Alibaba"),
            tokens(7e12, model="Qwen2 72B", organization="Alibaba"),
        ],
    ),
    (
        "Google Brain's Switch Transformer reaches 1.6 trillion parameters.",
        [params(1.6e12, model="Switch Transformer", organization="Google")],
    ),
    (
        "BigScience's BLOOM has 176 billion parameters and covers 46 natural languages.",
        [params(1.76e11, model="BLOOM", organization="BigScience")],
    ),
    (
        "DeepSeek-AI trained DeepSeek-V3 on 14.8T tokens.",
        [tokens(1.48e13, model="DeepSeek-V3", organization="DeepSeek")],
    ),
    (
        "xAI open-sourced Grok-1, a 314 billion parameter model.",
        [params(3.14e11, model="Grok-1", organization="xAI")],
    ),
    (
        "Google Research's ViT-G/14, pre-trained on JFT-3B, has about 1.8 billion parameters.",
        [params(1.8e9, model="ViT-G/14", organization="Google", qualifier="approximate")],
    ),
    (
        "Microsoft's Phi-2, with 2.7B parameters, was trained on 1.4T tokens.",
        [
            params(2.7e9, model="Phi-2", organization="Microsoft"),
            tokens(1.4e12, model="Phi-2", organization="Microsoft"),
        ],
    ),
    (
        "Cohere For AI released Aya 101, a 13B-parameter multilingual model.",
        [params(1.3e10, model="Aya 101", organization="Cohere")],
    ),
    (
        "Apple said its on-device model has about 3 billion parameters.",
        [params(3e9, model=None, organization="Apple", qualifier="approximate")],
    ),
    (
        "The Allen Institute for AI's OLMo 2 comes in 7B and 13B sizes.",
        [
            params(7e9, model="OLMo 2", organization="Allen Institute for AI"),
            params(1.3e10, model="OLMo 2", organization="Allen Institute for AI"),
        ],
    ),
    (
        "Inflection's Inflection-2 was trained with about 1e25 FLOPs.",
        [flop(1e25, model="Inflection-2", organization="Inflection AI")],
    ),
    (
        "The model was trained on 800GB of text from The Pile and evaluated on MMLU.",
        [data(8e11, "bytes", model=None)],
    ),
    (
        "We trained a 1.3B-parameter model on Common Crawl and fine-tuned it on ImageNet.",
        [params(1.3e9, model=None)],
    ),
    (
        "According to Baidu, ERNIE 3.0 Titan has 260 billion parameters.",
        [params(2.6e11, model="ERNIE 3.0 Titan", organization="Baidu")],
    ),
    (
        "Huawei's PanGu-Σ reaches 1.085 trillion parameters.",
        [params(1.085e12, model="PanGu-Σ", organization="Huawei")],
    ),
    (
        "Salesforce's CodeGen goes up to 16.1B parameters.",
        [params(1.61e10, model="CodeGen", organization="Salesforce", qualifier="up to")],
    ),
    ("Anthropic has not disclosed how many parameters Claude 3 Opus uses.", []),
    (
        "NVIDIA and Microsoft jointly trained the 530B model using DeepSpeed and Megatron.",
        [params(5.3e11, model=None, organization={"NVIDIA", "Microsoft"})],
    ),
    (
        "IBM Research's Granite 3.0 8B was trained on 12 trillion tokens.",
        [
            params(8e9, model="Granite 3.0 8B", organization="IBM"),
            tokens(1.2e13, model="Granite 3.0 8B", organization="IBM"),
        ],
    ),
    (
        "Yandex's YaLM 100B was trained on 1.7TB of online text.",
        [
            params(1e11, model="YaLM 100B", organization="Yandex"),
            data(1.7e12, "bytes", model="YaLM 100B", organization="Yandex"),
        ],
    ),
    # A name the text defines as something other than a model never owns a size.
    (
        "We propose Blended Denoising (BlenD), a pre-training objective. Scaling our model to "
        "20B parameters sets a new state of the art.",
        [params(2e10, model=None)],
    ),
    (
        "We add a new normalization function (SkipNorm) to the residual path. Our 200-layer "
        "model with 3.2B parameters trains without divergence.",
        [layers(200, model=None), params(3.2e9, model=None)],
    ),
    (
        "We introduce HarborLM, a testbed for data experiments. The resulting data lets us "
        "train a 1B-parameter model on 40B training tokens.",
        [params(1e9, model=None), tokens(4e10, model=None)],
    ),
    (
        "Larch released TernPile, a deduplicated web and code corpus of 24 trillion tokens.",
        [tokens(2.4e13, model=None)],
    ),
    ("## TernPile: a 24-trillion-token dataset", [tokens(2.4e13, model=None)]),
    # ... but a model described by the data it was tuned on, or as a testbed model, is one.
    (
        "Kite-7B: a model tuned on our new dataset. Kite-7B has 32 layers.",
        [params(7e9, model="Kite-7B"), params(7e9, model="Kite-7B"), layers(32, model="Kite-7B")],
    ),
    (
        "We also release Kite-S, a small testbed model for data ablations. Kite-S has 150M "
        "parameters.",
        [params(1.5e8, model="Kite-S")],
    ),
    (
        "We release SongBench-X, a dataset of 5,500 captioned clips, to evaluate our music "
        "model Cantor.",
        [data(5500, "videos", model="Cantor")],
    ),
    # A word that opens a sentence or a line before "model" is capitalized for that alone.
    ("Final model trained on 2 trillion tokens.", [tokens(2e12, model=None)]),
    (
        "Any model trained on more than 10^26 FLOP must be reported.",
        [{"kind": "compute", "value": 1e26, "model": None}],
    ),
    ("- Teacher model trained on 15T tokens", [tokens(1.5e13, model=None)]),
    ("Zephyr is a 7B model.", [params(7e9, model="Zephyr")]),
    # A leaderboard's maker is not the model's: "tops the Owl leaderboard by Acme Research".
    (
        "Heron-3, with 70B parameters, tops the Owl leaderboard by Acme Research. Kite-2 tops "
        "the Wren benchmark from Owl Labs and has 8B parameters.",
        [params(7e10, model="Heron-3", organization=None),
         params(8e9, model="Kite-2", organization=None)],
    ),
    # A chip's maker named with the chip makes no model's organization.
    (
        "Kite-9B has 9B parameters and serves from a single AMD MI300X.",
        [params(9e9, model="Kite-9B", organization=None),
         params(9e9, model="Kite-9B", organization=None)],
    ),
    # A video's title in title case ("X AI Is The ...") names no lab called "X AI".
    (
        "## Videos\n\n1. [WrenCoder AI Is The NEW Coding Twin!](https://www.youtube.com/watch?v=x)"
        "\n\n## News\n\n- We released **WrenCoder-34B**, which scores 73.2 pass@1.",
        [params(34e9, model="WrenCoder-34B", organization=None)],
    ),
    # A maker a model is compared with is not its maker.
    (
        "Kite-2 has 9B parameters and beats Mistral on MMLU. Wren-2, with 3B parameters, is "
        "better than models from Mistral.",
        [params(9e9, model="Kite-2", organization=None),
         params(3e9, model="Wren-2", organization=None)],
    ),
    # ... nor is a maker in another cell of a table's header.
    (
        "| Benchmark | Mistral (7B) | Kite 2 (9B) |\n| --- | --- | --- |\n| MMLU | 62.5 | 71.3 |",
        [params(7e9, model=None), params(9e9, model="Kite 2", organization=None)],
    ),
    # A models column that writes "<name> by <maker>": the name is the model, the maker its
    # organization (not a list of authors).
    (
        "| Model | Model size |\n|---|---|\n| Kite by Heron Labs | 3B, 7B |\n| Owl-Chat by "
        "Wrenworks | 13B |\n| Tern by Zhang et al. | 1.1B |",
        [params(3e9, model="Kite", organization="Heron Labs"),
         params(7e9, model="Kite", organization="Heron Labs"),
         params(1.3e10, model="Owl-Chat", organization="Wrenworks"),
         params(1.1e9, model="Tern", organization=None)],
    ),
    # A name after a comma that opens its own clause is not the maker's verb's object:
    # "Corvid Labs ships MIT, Heron-3 ships Apache 2.0" says nothing of who made Heron-3.
    (
        "Corvid Labs ships MIT, Heron-3 ships Apache 2.0, so both suit commercial use.\n\n"
        "Heron-3-32B has 32B parameters.",
        [params(3.2e10, model="Heron-3-32B", organization=None),
         params(3.2e10, model="Heron-3-32B", organization=None)],
    ),
    (
        "Corvid Labs ships Wren-2, Heron-3 and Kite-1 under Apache 2.0.\n\nHeron-3-32B has 32B "
        "parameters.",
        [params(3.2e10, model="Heron-3-32B", organization="Corvid Labs"),
         params(3.2e10, model="Heron-3-32B", organization="Corvid Labs")],
    ),
    # A lab that donated the compute, hosts or funds a model did not make it.
    (
        "The GPU access for training Wren models are donated by Heron Labs.\n\nWren-4 has 7B "
        "parameters.",
        [params(7e9, model="Wren-4", organization=None)],
    ),
    (
        "Wren-4, developed by Heron Labs, has 7B parameters.",
        [params(7e9, model="Wren-4", organization="Heron Labs")],
    ),
    # A maker the organizations list knows is no model: "JetBrains open sources Mellum".
    (
        "JetBrains open sources Mellum: Trained on over 4 trillion tokens, it is a code model.",
        [tokens(4e12, model=None, qualifier="at least")],
    ),
    # A family the curated table names is a name when joined to its member, though its word
    # also begins lists of steps: "Step-Audio-Chat" is StepFun's; "Step-1:" opens a step.
    (
        "Step-Audio-Chat is a 130B LLM Model, so serve it with vLLM.",
        [params(1.3e11, model="Step-Audio-Chat", organization="StepFun")],
    ),
    (
        "Step-1: download the 7B weights. Step-2: run them.",
        [params(7e9, model=None)],
    ),
    # ... "Rakuten" too: a heading of its plans names no model of that name.
    (
        "## 10. Japan's Rakuten is going to release a 700B open weight model in Spring 2026\n\n"
        "- Rakuten's 700B model release is scheduled for Spring 2026",
        [params(7e11, model=None, organization="Rakuten")],
    ),
    # ... and "DeepCogito" leading its news item is the company, not a model.
    ("* **DeepCogito:** A new company released tunes. They claim their 70B model beats Owl 2.",
     [params(7e10, model=None)]),
    # A university known by its initials is an organization, not a model: "MBZUAI".
    (
        "Kite-J is a bilingual model developed by Acme Labs in partnership with MBZUAI. This is "
        "a 6.7 billion parameter LLM.",
        [params(6.7e9, model="Kite-J")],
    ),
    # An inference provider is no model: "Groq (70B-versatile)" names where one is served.
    ("- [Groq (70B-versatile)](https://console.groq.com/playground)", [params(7e10, model=None)]),
]

# --------------------------------------------------------------------------------------------
# CLAIMS: comparisons between models, relative sizes, overheads and improvements
# --------------------------------------------------------------------------------------------

CLAIMS = [
    # The model a comparison is made with is not the claim's subject, nor "a model ... larger".
    (
        "Wren-9B is on par with Heron-13B on the average of twelve tasks while using 40% less "
        "compute.",
        [claim("less_compute", value=40, model="Wren-9B"), params(9e9, model="Wren-9B"),
         params(1.3e10, model="Heron-13B")],
    ),
    (
        "Kite-24B, the company says, competes with Heron-70B while being more than 3x faster.",
        [claim("faster", value=3, model="Kite-24B"), params(2.4e10, model="Kite-24B"),
         params(7e10, model="Heron-70B")],
    ),
    (
        "Kite-24B, the company says, keeps up with Heron-70B while being more than 3x faster.",
        [claim("faster", value=3, model="Kite-24B"), params(2.4e10, model="Kite-24B"),
         params(7e10, model="Heron-70B")],
    ),
    (
        "Wren-9B is competitive with Heron-45B, a model about five times larger.",
        [claim("larger", value=5, model="Heron-45B"), params(9e9, model="Wren-9B"),
         params(4.5e10, model="Heron-45B")],
    ),
    (
        "Chinchilla outperforms Gopher on a wide range of downstream tasks.",
        [claim("outperforms", model="Chinchilla", other="Gopher", value=None)],
    ),
    (
        "On coding benchmarks, Codestral surpasses CodeLlama.",
        [claim("outperforms", model="Codestral", other="CodeLlama")],
    ),
    (
        "In our tests, Gemma beats Llama 2 on most reasoning tasks.",
        [claim("outperforms", model="Gemma", other="Llama 2")],
    ),
    (
        "OLMo matches the performance of Llama 2 at the same scale.",
        [claim("matches", model="OLMo", other="Llama 2")],
    ),
    (
        "GPT-3 is 10 times larger than any previous non-sparse language model.",
        [claim("larger", value=10, model="GPT-3", other=None)],
    ),
    (
        "The new model is 3 times larger than GPT-2.",
        [claim("larger", value=3, other="GPT-2")],
    ),
    (
        "Compared with the baseline, our model has 10x more parameters.",
        [claim("more_parameters", value=10)],
    ),
    (
        "Activation checkpointing adds only 7% compute overhead.",
        [claim("overhead", value=7, unit="%")],
    ),
    ("The router adds a 2% overhead to training time.", [claim("overhead", value=2, unit="%")]),
    (
        "The back-translation system improves by 5 BLEU points over the supervised baseline.",
        [claim("improves_by", value=5, unit="BLEU")],
    ),
    (
        "Despite having 25x fewer parameters, the small model stays competitive.",
        [claim("fewer_parameters", value=25)],
    ),
    (
        "LLaMA-13B outperforms GPT-3 (175B) on most benchmarks.",
        [
            params(1.3e10, model="LLaMA-13B"),
            params(1.75e11, model="GPT-3"),
            claim("outperforms", model="LLaMA-13B", other="GPT-3"),
        ],
    ),
    (
        "Chinchilla was trained on 1.4 trillion tokens, about 4 times more data than Gopher.",
        [tokens(1.4e12, model="Chinchilla"), claim("more_data", value=4, other="Gopher")],
    ),
    (
        "The student matches its teacher while using 40% fewer parameters.",
        [claim("fewer_parameters", value=40, unit="%")],
    ),
    (
        "Mixtral 8x7B outperforms Llama 2 70B while being six times faster at inference.",
        [
            params(7e10, model="Llama 2 70B"),
            claim("outperforms", model="Mixtral 8x7B", other="Llama 2 70B"),
        ],
    ),
    (
        "At the same size, Yi surpasses Qwen on Chinese benchmarks.",
        [claim("outperforms", model="Yi", other="Qwen")],
    ),
    (
        "BLOOMZ outperforms BLOOM on held-out tasks.",
        [claim("outperforms", model="BLOOMZ", other="BLOOM")],
    ),
    (
        "Our 1.3B model beats a 175B model on this task.",
        [params(1.3e9, model=None), params(1.75e11, model=None), claim("outperforms")],
    ),
    (
        "The larger variant uses twice as many parameters as the base model.",
        [claim("more_parameters", value=2)],
    ),
    (
        "Gopher is about 1.6 times larger than Jurassic-1 Jumbo.",
        [claim("larger", value=1.6, model="Gopher", other="Jurassic-1 Jumbo")],
    ),
    (
        "Falcon-40B matches the performance of GPT-3 with a fraction of the training compute.",
        [params(4e10, model="Falcon-40B"), claim("matches", model="Falcon-40B", other="GPT-3")],
    ),
    (
        "The retrieval-augmented model improves by 2.3 BLEU points over the baseline.",
        [claim("improves_by", value=2.3, unit="BLEU")],
    ),
    (
        "RETRO reaches GPT-3-level perplexity with 25x fewer parameters.",
        [claim("fewer_parameters", value=25, model="RETRO")],
    ),
    (
        "The 540B model was trained on 5x more data than the 62B one.",
        [params(5.4e11, model=None), params(6.2e10, model=None), claim("more_data", value=5)],
    ),
]

# --------------------------------------------------------------------------------------------
# MESSY_TEXT: what scraped newsletters, PDFs and model cards look like
# --------------------------------------------------------------------------------------------

_REPEATED = "Yi-34B was trained on 3T tokens. It has 60 layers."

MESSY_TEXT = [
    (
        "Compared with v1, the new model saw 4x more data.Hyperparameter tuning was done on a "
        "1.3B proxy model.",
        [
            claim("more_data", value=4),
            params(
                1.3e9, model=None, sentence="Hyperparameter tuning was done on a 1.3B proxy model."
            ),
        ],
    ),
    (
        "Larger models (e.g. the 13B one) need more data, i.e. more tokens. The final model was "
        "trained on approx. 2T tokens.",
        [
            params(1.3e10, model=None),
            tokens(
                2e12,
                model=None,
                qualifier="approximate",
                sentence="The final model was trained on approx. 2T tokens.",
            ),
        ],
    ),
    (
        "Results for GPT-3 vs. Gopher (280B) are in Table 2.",
        [
            params(
                2.8e11,
                model="Gopher",
                sentence="Results for GPT-3 vs. Gopher (280B) are in Table 2.",
            )
        ],
    ),
    (
        "Hoffmann et al. trained Chinchilla, a 70B model, on 1.4T tokens.",
        [
            params(
                7e10,
                model="Chinchilla",
                sentence="Hoffmann et al. trained Chinchilla, a 70B model, on 1.4T tokens.",
            ),
            tokens(1.4e12, model="Chinchilla"),
        ],
    ),
    (
        "Falcon was trained on\n3.5 trillion tokens and has\n180 billion parameters.",
        [tokens(3.5e12, model="Falcon"), params(1.8e11, model="Falcon")],
    ),
    (
        _REPEATED + "\n\n" + _REPEATED,
        [
            params(3.4e10, model="Yi-34B"),
            params(3.4e10, model="Yi-34B"),
            tokens(3e12, model="Yi-34B"),
            tokens(3e12, model="Yi-34B"),
            layers(60, model="Yi-34B"),
            layers(60, model="Yi-34B"),
        ],
    ),
    (
        "We describe a cool idea called . In a case study, the authors trained a 2.7B model "
        "on 50B tokens.",
        [params(2.7e9, model=None), tokens(5e10, model=None)],
    ),
    (
        "The model has 70\u00a0billion parameters and saw 15\u00a0trillion tokens.",
        [params(7e10, model=None), tokens(1.5e13, model=None)],
    ),
    (
        "Sizes range from 1.5B\u20137B, and the largest saw 4.5T tokens.",
        [params(1.5e9, model=None), params(7e9, model=None), tokens(4.5e12, model=None)],
    ),
    (
        "Meta\u2019s \u201cLlama 2\u201d comes in a 70B version.",
        [params(7e10, model="Llama 2", organization="Meta")],
    ),
    ("Compute: 2.1\u00a0\u00d7\u00a010^24 FLOP", [flop(2.1e24, model=None)]),
    (
        "## Model details\n\n- **Parameters:** 7B\n- **Training tokens:** 2T\n"
        "- **Layers:** 32\n- **Context length:** 4096 tokens\n",
        [params(7e9, model=None), tokens(2e12, model=None), layers(32, model=None)],
    ),
    (
        "[Llama 2](https://ai.meta.com/llama/) has 70B parameters; see "
        "https://arxiv.org/abs/2307.09288 for details.",
        [params(7e10, model="Llama 2")],
    ),
    (
        "\u2022 7B parameters\n\u2022 2T tokens\n\u2022 4K context",
        [params(7e9, model=None), tokens(2e12, model=None)],
    ),
    ("THE MODEL HAS 70 BILLION PARAMETERS.", [params(7e10, model=None)]),
    (
        "The model (approx. 6B params) was compared vs. a larger baseline.",
        [params(6e9, model=None, qualifier="approximate")],
    ),
    (
        "Fig. 3 shows that the 13B model converges faster.",
        [params(1.3e10, model=None, sentence="Fig. 3 shows that the 13B model converges faster.")],
    ),
    (
        "Llama\u00a03.1\u00a0405B is the flagship of the release.",
        [params(4.05e11, model="Llama 3.1 405B")],
    ),
    (
        "The model has 13B parameters.\r\nIt was trained on 1T tokens.\r\n",
        [params(1.3e10, model=None), tokens(1e12, model=None)],
    ),
    (
        "\U0001f680 Just dropped: a 9B model trained on 8T tokens! \U0001f525",
        [params(9e9, model=None), tokens(8e12, model=None)],
    ),
    (
        "TL;DR \u2014 3.8B params, 3.3T tokens, beats models twice its size.",
        [params(3.8e9, model=None), tokens(3.3e12, model=None)],
    ),
    (
        "Dr. Smith's team at Stanford Univ. trained a 1.5B-parameter model.",
        [
            params(
                1.5e9,
                model=None,
                sentence="Dr. Smith's team at Stanford Univ. trained a 1.5B-parameter model.",
            )
        ],
    ),
    (
        "The model was trained on 1.4T tokens (approx. 4x the data used for Gopher, cf. Sec. 3).",
        [tokens(1.4e12, model=None)],
    ),
    # ... nor a model a speed is measured on
    (
        "Heron unveiled its HX-2 accelerator with 288GB of HBM, claiming 1,800 tokens/s on a 70B "
        "model at batch 1.",
        [params(7e10, model=None)],
    ),
    # ... but a model named in brackets after it is the one measured
    (
        "On our bench we measured 95 tokens/s on a 14B model (Kite-4) on one GPU.",
        [params(1.4e10, model="Kite-4")],
    ),
    # ... nor the one a count is orders of magnitude from
    (
        "The run used about 3.3e24 FLOPs, an order of magnitude below Llama 3.1 405B.",
        [flop(3.3e24, model=None, qualifier="approximate"),
         params(4.05e11, model="Llama 3.1 405B")],
    ),
    (
        "The run saw 1.4T tokens, two orders of magnitude above Kite-2.",
        [tokens(1.4e12, model=None)],
    ),
    (
        "A 7B model\u2026 trained on 2T tokens\u2026 in 21 days.",
        [params(7e9, model=None), tokens(2e12, model=None)],
    ),
    ("It has 70 billion\nparameters.", [params(7e10, model=None)]),
    (
        "Two sizes \u2013 1.3B and 2.7B \u2013 are released.",
        [params(1.3e9, model=None), params(2.7e9, model=None)],
    ),
    (  # a minus sign for a hyphen inside a name, as some tables write them
        "We now release Heron\u2212Chat\u221219B and Heron\u22126B\u2212448px.",
        [params(19e9, model="Heron-Chat-19B"), params(6e9, model="Heron-6B-448px")],
    ),
    (
        "| Model | Note |\n|---|---|\n| Kite\u2011VL\u2011V1.5 | a 26B model |",
        [params(26e9, model="Kite-VL-V1.5")],
    ),
    (  # sizes in code type, as READMEs write them
        "Official weights for the **WrenCoder** models (`350M`, `2B`, `6B`, `16B`).",
        [params(3.5e8, model="WrenCoder"), params(2e9, model="WrenCoder"),
         params(6e9, model="WrenCoder"), params(16e9, model="WrenCoder")],
    ),
    (
        "The `7B` model was trained on `2T` tokens.",
        [params(7e9, model=None), tokens(2e12, model=None)],
    ),
    (  # bold set with underscores, as some READMEs write it
        "Kite-mini-2 has __16B total parameters__ and was trained on more than __20T tokens__.",
        [params(1.6e10, model="Kite-mini-2", qualifier="total"),
         tokens(2e13, model="Kite-mini-2")],
    ),
    (
        "__Kite-mini-2 with 1.4B active parameters matches a 7\u20138B dense model__.",
        [params(1.4e9, model="Kite-mini-2", qualifier="active"),
         params(8e9, model=None, qualifier="range")],
    ),
    (  # a name in Chinese text ends where the Chinese script starts, with no space between
        "下表对比了Kite-13B和Wren-2-13B模型的结果：",
        [params(13e9, model="Kite-13B"), params(13e9, model="Wren-2-13B")],
    ),
]

# --------------------------------------------------------------------------------------------
# KNOWN_LIMITS: hard cases the extractor is not expected to get right (strict xfail). Each is
# (text, expected, reason); when one starts passing, move it to a real table.
# --------------------------------------------------------------------------------------------

KNOWN_LIMITS = [
    (
        "• FalconLite → 12B params\n• Falconet → 9B params",
        [params(1.2e10, model="FalconLite"), params(9e9, model="Falconet")],
        "a plain word opening a list item is no known name, and the item before lends its model",
    ),
    (
        "The 13B model uses 40 layers, while the 7B model uses 32.",
        [params(1.3e10), params(7e9), layers(40), layers(32)],
        "an elided unit ('uses 32' for 'uses 32 layers')",
    ),
    ("该模型拥有700亿参数。", [params(7e10)], "Chinese units (亿 = 1e8)"),
    (
        "Our model is seven times the size of GPT-2 (1.5B).",
        [params(1.5e9, model="GPT-2"), params(1.05e10)],
        "sizes derived by arithmetic",
    ),
    (
        "The first model has 70B parameters. Its successor doubles that.",
        [params(7e10), params(1.4e11)],
        "arithmetic across sentences",
    ),
]

# Text written in other registers than papers: forum posts, transcripts, non-native English,
# LaTeX. Each case was once missed or misread by a probe of such text.
OTHER_STYLES = [
    # A column of sizes under a header in words: "Sizes we test", "Available sizes", "Size (B)"
    # (and "Available" holds no "lab": not a column of makers).
    (
        "| Family | Developer | Sizes we test |\n|---|---|---|\n"
        "| Kite | Heron Labs | 124M, 1.5B |\n| Finch 7B | Wren AI | 7.3B |",
        [
            params(1.24e8, model="Kite", organization="Heron Labs"),
            params(1.5e9, model="Kite", organization="Heron Labs"),
            params(7.3e9, model="Finch 7B", organization="Wren AI"),
        ],
    ),
    (
        "| Model | Available sizes | Released |\n|---|---|---|\n| Kite | 3B, 8B | 2024-05 |",
        [params(3e9, model="Kite", organization=None),
         params(8e9, model="Kite", organization=None)],
    ),
    (
        "| Model | Size (B) |\n|---|---|\n| Kite | 7.5 |",
        [params(7.5e9, model="Kite")],
    ),
    # ... or with its scale as a word in brackets, under a line break: "Parameters<br>(billions)"
    (
        "| Model | Parameters<br>(billions) | Tokens (trillions) |\n|---|---|---|\n"
        "| Kite-L | 70 | 1.4 |\n| Wren (Acme) | 0.35 | 0.3 |",
        [params(7e10, model="Kite-L"), tokens(1.4e12, model="Kite-L"),
         params(3.5e8, model="Wren"), tokens(3e11, model="Wren")],
    ),
    # LaTeX source: citations and labels are no models, formatting is read past, \SI and \num
    # give their values, and tabular rows are read as a table.
    (
        "\\citet{park2023finch} train Finch~\\citep{park2023finch} with \\SI{6.9}{\\billion} "
        "parameters on \\num{2}T tokens.",
        [params(6.9e9, model="Finch"), tokens(2e12, model="Finch")],
    ),
    (
        "\\begin{tabular}{lrr}\n\\toprule\nModel & Params & Layers \\\\\n\\midrule\n"
        "Finch-S & 410M & 24 \\\\\nFinch-L & 6.9B & 32 \\\\\n\\bottomrule\n\\end{tabular}",
        [
            params(4.1e8, model="Finch-S"),
            layers(24, model="Finch-S"),
            params(6.9e9, model="Finch-L"),
            layers(32, model="Finch-L"),
        ],
    ),
    (
        "% TODO: swap in the 30B numbers when that run ends\n"
        "\\textbf{Finch-L} has 32 layers.~\\label{sec:arch}",
        [layers(32, model="Finch-L")],
    ),
    # Notes and slides: a name set off by a colon, dash or arrow labels the sizes after it.
    (
        "Recap\n• FalconLite → 12B params\n• Tern-3 → 30B / 2.2T",
        [
            params(1.2e10, model="FalconLite"),
            params(3e10, model="Tern-3"),
            tokens(2.2e12, model="Tern-3"),
        ],
    ),
    (
        "* Quill 2: 3B / 11B / 40B\n* Vireo Large 3 — 150B, 64k ctx",
        [
            params(3e9, model="Quill 2"),
            params(1.1e10, model="Quill 2"),
            params(4e10, model="Quill 2"),
            params(1.5e11, model="Vireo Large 3"),
        ],
    ),
    (
        "→ Osprey 8x5B: 36.2B stored, 9.8B used per token",
        [
            params(3.62e10, model="Osprey 8x5B", qualifier="total"),
            params(9.8e9, model="Osprey 8x5B", qualifier="active"),
        ],
    ),
    (
        "ours (Linnet-2): 16B, 7T tok, 44 layers",
        [
            params(1.6e10, model="Linnet-2"),
            tokens(7e12, model="Linnet-2"),
            layers(44, model="Linnet-2"),
        ],
    ),
    ("Granite-X -> 12T tok", [tokens(1.2e13, model="Granite-X", qualifier=None)]),
    ("Revenue: 5B. Users: 2B.", []),
    # A key's scale as its suffix, as APIs and configs write it.
    (
        '{"id": "quill-large-2025-03", "params_b": 110, "active_params_b": 22, "tokens_t": 15}',
        [
            params(1.1e11, model="quill-large-2025-03"),
            params(2.2e10, model="quill-large-2025-03", qualifier="active"),
            tokens(1.5e13, model="quill-large-2025-03"),
        ],
    ),
    ("batch_m: 4, lr_b: 3", []),
    # Table columns of images and hours of audio; GPU hours are no data.
    (
        "| model | params | train audio | GPU hours |\n|---|---|---|---|\n"
        "| Murmur-XL | 1.1B | 64k h | 12,000 |",
        [params(1.1e9, model="Murmur-XL"), data(6.4e4, "hours", model="Murmur-XL")],
    ),
    (
        "<table><tr><th>Checkpoint</th><th>Params</th><th>Images seen</th></tr>"
        "<tr><td>Pictor-B/16</td><td>86M</td><td>2.5B</td></tr></table>",
        [params(8.6e7, model="Pictor-B/16"), data(2.5e9, "images", model="Pictor-B/16")],
    ),
    # Class names, labels in the singular, and per-token sizes.
    (
        'config = TransformerConfig(\n    name="petrel-v3-70b",\n    num_layers=80,\n)',
        [params(7e10, model="petrel-v3-70b"), layers(80, model="petrel-v3-70b")],
    ),
    (
        "Total parameter is 145B, activated parameter is 11B each token, number of layer is 60.",
        [
            params(1.45e11, model=None, qualifier="total"),
            params(1.1e10, model=None, qualifier="active"),
            layers(60, model=None),
        ],
    ),
    ("The layer is 3 cm thick.", []),
    (
        "The 70B-parameter Chinchilla beat the 280B Gopher, which had seen only 300 billion. "
        "Meta later gave "
        "Llama 3 8B 15T+ tokens.",
        [
            params(7e10, model="Chinchilla"),
            params(2.8e11, model="Gopher"),
            tokens(3e11, model="Gopher"),
            params(8e9, model="Llama 3 8B"),
            tokens(1.5e13, model="Llama 3 8B", qualifier="at least"),
        ],
    ),
    (
        "It was trained on 8.1T tokens, which is modest next to Qwen2.5's 18T.",
        [tokens(8.1e12, model=None), tokens(1.8e13, model="Qwen2.5")],
    ),
    (
        "gpt-oss-120b = 117B total / 5.1B active, 36 layers\n"
        "gpt-oss-20b = 21B total / 3.6B active, 24 layers",
        [
            params(1.17e11, model="gpt-oss-120b", qualifier="total"),
            params(5.1e9, model="gpt-oss-120b", qualifier="active"),
            layers(36, model="gpt-oss-120b"),
            params(2.1e10, model="gpt-oss-20b", qualifier="total"),
            params(3.6e9, model="gpt-oss-20b", qualifier="active"),
            layers(24, model="gpt-oss-20b"),
        ],
    ),
    (
        "we're open-sourcing Minnow-1.5B today\n\n• 1.5B params\n• 28 layers\n"
        "• trained on 11T tokens",
        [
            params(1.5e9, model="Minnow-1.5B"),
            params(1.5e9, model="Minnow-1.5B"),
            layers(28, model="Minnow-1.5B"),
            tokens(1.1e13, model="Minnow-1.5B"),
        ],
    ),
    (
        "Peregrine says its 7B Kestrel-2 runs fast, on ~2.8M H800 hrs of training.",
        [params(7e9, model="Kestrel-2")],
    ),
    (
        "Our small model, Wren-S, has 24 layers. The medium, Wren-M, is about 9B with 42 layers.",
        [layers(24, model="Wren-S"), params(9e9, model="Wren-M"), layers(42, model="Wren-M")],
    ),
    (
        "In the paper Falcon-40B was trained with 1 trillion tokens of RefinedWeb, and Falcon-7B "
        "with 1.5 trillion tokens.",
        [
            params(4e10, model="Falcon-40B"),
            tokens(1e12, model="Falcon-40B"),
            params(7e9, model="Falcon-7B"),
            tokens(1.5e12, model="Falcon-7B"),
        ],
    ),
    (
        "Tidewater-Med was further pretrained on 310B tokens of notes; the biggest Qwen2.5-72B has "
        "layer number is 80.",
        [
            tokens(3.1e11, model="Tidewater-Med"),
            params(7.2e10, model="Qwen2.5-72B"),
            layers(80, model="Qwen2.5-72B"),
        ],
    ),
    ("A next-generation target of 1T parameters is under discussion.", []),
    (
        "- **Model:** Heron-8x5B\n- **Total parameters:** 36.2B\n"
        "- **Active parameters per token:** 9.8B\n- **Layers:** 32",
        [
            params(3.62e10, model="Heron-8x5B", qualifier="total"),
            params(9.8e9, model="Heron-8x5B", qualifier="active"),
            layers(32, model="Heron-8x5B"),
        ],
    ),
    ("Quill-MoE scores 44.1, versus 39.7 for a dense 13B baseline.", [params(1.3e10, model=None)]),
    (
        "HB-Omni 2.0 has 92 billion parameters. HB-Omni 1.0, launched in 2024, had 39B.",
        [params(9.2e10, model="HB-Omni 2.0"), params(3.9e10, model="HB-Omni 1.0")],
    ),
    (
        "We train an 8.3 billion parameter transformer similar to Wren-2. Using the Wren-2 model "
        "we achieve good results on WikiText103.",
        [params(8.3e9, model=None)],
    ),
    (
        "Scaling our model up to 20B parameters triples the performance of Tern-XXL. We release "
        "T5X checkpoints for the 20B model.",
        [params(2e10, model=None, qualifier="up to"), params(2e10, model=None)],
    ),
    (
        "The headline act is Llama 3.1 405B — 126 layers, pre-trained on 15.6 trillion tokens.",
        [
            params(4.05e11, model="Llama 3.1 405B", qualifier=None),
            layers(126, model="Llama 3.1 405B"),
            tokens(1.56e13, model="Llama 3.1 405B"),
        ],
    ),
    ("Analysts had expected a model of around 100 billion parameters.", []),
    ("It was distilled from a teacher they won't name (rumoured ~600B).", []),
    ("The corpus represents 1,6 terabytes of text.", [data(1.6e12, "bytes", model=None)]),
    ("It was trained on 2T tokens, as expected.", [tokens(2e12, model=None)]),
    (
        "Post-training data: 800K reasoning traces; the original saw 1M hrs of speech.",
        [data(8e5, "examples", model=None), data(1e6, "hours", model=None)],
    ),
    # Several models said to share one size: a fact for each.
    (
        "Wren-7B and Wren-13B were trained on 1.0T tokens, while Wren-33B and Wren-65B saw 1.4T.",
        [
            params(7e9, model="Wren-7B"),
            params(1.3e10, model="Wren-13B"),
            tokens(1e12, model="Wren-7B"),
            tokens(1e12, model="Wren-13B"),
            params(3.3e10, model="Wren-33B"),
            params(6.5e10, model="Wren-65B"),
            tokens(1.4e12, model="Wren-33B"),
            tokens(1.4e12, model="Wren-65B"),
        ],
    ),
    ("Compared with GPT-3, Gopher had 280B parameters.", [params(2.8e11, model="Gopher")]),
    (
        "GPT-3 and Gopher had 175B and 280B parameters.",
        [params(1.75e11, model="GPT-3"), params(2.8e11, model="Gopher")],
    ),
    # A family written as an acronym is a model, and so is an acronym a text introduces.
    (
        "There is nostalgia in rereading the BERT paper. Its large variant - 24 layers, 340 "
        "million parameters - read 800 million words. GPT-2 later had 1.5 billion parameters.",
        [
            layers(24, model="BERT"),
            params(3.4e8, model="BERT"),
            data(8e8, "words", model="BERT"),
            params(1.5e9, model="GPT-2"),
        ],
    ),
    (
        "We present SPARK, a denoising autoencoder. It has 400 million parameters.",
        [params(4e8, model="SPARK")],
    ),
    ("Lattice Embed v2 Small: 33M parameters", [params(3.3e7, model="Lattice Embed v2 Small")]),
    (
        "using run name: skua-moe\n > total parameters: 57,431,015,424 | active per token: 8.91B\n"
        " > training tokens (planned): 4.0T\nrun stopped early; consumed tokens: 3.74T",
        [
            params(57431015424, model="skua-moe", qualifier="total"),
            params(8.91e9, model="skua-moe", qualifier="active"),
            tokens(3.74e12, model="skua-moe"),
        ],
    ),
    # Lower-case repository names with a tier, and data in masks and robot hours.
    (
        "The server ships a default model, lark-mini (1.1B parameters, 22 layers), and embeds "
        "with bge-large (335M).",
        [
            params(1.1e9, model="lark-mini"),
            layers(22, model="lark-mini"),
            params(3.35e8, model="bge-large"),
        ],
    ),
    ("a large-scale multi-chat fine-tune of the base-large one", []),
    (
        "sprout-enc-base has 86M parameters (12 layers, hidden 768); our "
        "multi-head-attention-base has 7B",
        [params(8.6e7, model="sprout-enc-base"), layers(12, model="sprout-enc-base")],
    ),
    (
        "Grasper-2 learned from 1.4 million episodes (~9,800 hours of robot interaction); its "
        "sibling Snapper saw 1.1 billion masks.",
        [
            data(1.4e6, "examples", model="Grasper-2"),
            data(9800, "hours", model="Grasper-2"),
            data(1.1e9, "examples", model="Snapper"),
        ],
    ),
    # A table aligned with spaces whose header has a digit in a word ("pass@1").
    (
        "Model            Size    Train tokens   HumanEval pass@1\n"
        "StarCoderBase    15.5B   1T             30.4\n"
        "Codex            12B     —              28.8",
        [
            params(1.55e10, model="StarCoderBase"),
            tokens(1e12, model="StarCoderBase"),
            params(1.2e10, model="Codex"),
        ],
    ),
    # A lab the alias table does not know, before its model: "Kyutai's Moshi".
    (
        "Kestrel's Osprey: 7B params, trained on 7M hours of audio.",
        [
            params(7e9, model="Osprey"),
            data(7e6, "hours", model="Osprey"),
        ],
    ),
    ("It was published by Abu Dhabi's Technology Innovation Institute.", []),
    (
        "Compared with Whisper large-v2 (1.55B parameters, 680k hours), it decodes faster.",
        [params(1.55e9, model="Whisper large-v2"), data(6.8e5, "hours", model="Whisper large-v2")],
    ),
    ("It took 1.2M GPU hours and 20,000 TPU-hours.", []),
    (
        "We present Wren. We further report Wren 2, a 40-billion-parameter successor.",
        [params(4e10, model="Wren 2")],
    ),
    (
        "Pretrained on 350 million UniRef90 sequences (about 1.1 × 10^11 amino-acid tokens) "
        "drawn from 2.7 million genomes.",
        [tokens(1.1e11, model=None), data(2.7e6, "sequences", model=None)],
    ),
    (
        "Rivals released models such as Heron-V3, with 671 billion total parameters, for free.",
        [params(6.71e11, model="Heron-V3", qualifier="total")],
    ),
    ("Suppose a lab trains a hypothetical Model A with 400 million parameters.", []),
    # Spoken numbers in transcripts, and Chinese units kept in translated press.
    (
        "RAVI: Wren-9 is forty-six point seven billion total, fourteen point eight trillion "
        "tokens.",
        [params(4.67e10, model="Wren-9"), tokens(1.48e13, model="Wren-9")],
    ),
    # A document's first line as its title: the document is about the model it names.
    (
        "Kite 7B\n\nAn open model from a small lab, trained on 2.5T tokens. 32 layers.",
        [
            params(7e9, model="Kite 7B"),
            tokens(2.5e12, model="Kite 7B"),
            layers(32, model="Kite 7B"),
        ],
    ),
    (
        "Model card: Wren-MoE\n\nTotal params: 4.7e10 | Active params: 6.5B\n"
        "Pretraining data: ~9T tokens",
        [
            params(4.7e10, model="Wren-MoE", qualifier="total"),
            params(6.5e9, model="Wren-MoE", qualifier="active"),
            tokens(9e12, model="Wren-MoE"),
        ],
    ),
    # ... but a site's name on a paper's page is no model.
    (
        "OpenReview.net · ICLR 2026 Conference · Poster\n\nSmall Reasoners\n\nMost "
        "distillation studies stop at 7B students.",
        [params(7e9, model=None)],
    ),
    (
        "OpenReview · ICLR 2026 Conference · Poster\n\nSmall Reasoners\n\nMost distillation "
        "studies stop at 7B students.",
        [params(7e9, model=None)],
    ),
    # A thread's numbered posts go on with the model the first one named.
    (
        "1/ Read the Kite 3 report so you don't have to\n\n2/ flagship is 405B dense, 126 layers"
        "\n\n3/ data: >15T tokens",
        [
            params(4.05e11, model="Kite 3"),
            layers(126, model="Kite 3"),
            tokens(1.5e13, model="Kite 3", qualifier="at least"),
        ],
    ),
    # Captions: short lines in lower case, cut anywhere, with no punctuation.
    (
        "and what they found was\nyou want about twenty tokens\nper parameter so chinchilla\n"
        "was seventy billion parameters\nand it saw one point four trillion\ntokens which is\n"
        "a lot more than before",
        [params(7e10, model="chinchilla"), tokens(1.4e12, model="chinchilla")],
    ),
    (
        "so the big one is uh four hundred\nand five billion parameters\nand it came out\n"
        "in the summer so yeah",
        [params(4.05e11, model=None)],
    ),
    (
        "so chinchilla\nwas seventy billion parameters\nand saw one point four trillion tokens\n"
        "whereas gopher was two hundred\neighty billion but it was\nundertrained",
        [
            params(7e10, model="chinchilla"),
            tokens(1.4e12, model="chinchilla"),
            params(2.8e11, model="gopher"),
        ],
    ),
    (
        "Kite-2 saw 40 gigabytes of text; its successor Kite-3, shown in 2020, had 175 billion.",
        [data(4e10, "bytes", model="Kite-2"), params(1.75e11, model="Kite-3")],
    ),
    # Text copied from a PDF doubles its spaces.
    (
        "Kestrel-13B  was  pre-trained  on  2.1  trillion  tokens.",
        [params(1.3e10, model="Kestrel-13B"), tokens(2.1e12, model="Kestrel-13B")],
    ),
    # Labs whose name is their family's, in lower case with a version: "mistral 7b".
    (
        "just run mistral 7b locally, or deepseek v3 (671b) if you have the vram",
        [params(7e9, model="mistral 7b"), params(6.71e11, model="deepseek v3")],
    ),
    # German scale words and their abbreviations, kept in translated press.
    ("Das Modell hat 70 Milliarden Parameter.", [params(7e10, model=None)]),
    (
        "Berg-70B has 70 Mrd. parameters and was trained on 9 Bio. tokens for 12 Mio. Euro.",
        [
            params(7e10, model="Berg-70B"),
            params(7e10, model="Berg-70B"),
            tokens(9e12, model="Berg-70B"),
        ],
    ),
    # Sizes said aloud with their scale letter, as captions and transcripts write them.
    ("so the seventy B model is the one people run", [params(7e10, model=None)]),
    (
        "four oh five b was trained on fifteen T tokens",
        [params(4.05e11, model=None), tokens(1.5e13, model=None)],
    ),
    ("they went with a one point five b model", [params(1.5e9, model=None)]),
    ("we picked plan B and got a B grade, one b at most", []),
    (
        "Qiantang-3 parameter scale reaches 1300亿, pre-training data exceeds 10万亿 tokens; "
        "more than 9万 enterprise customers use it.",
        [
            params(1.3e11, model="Qiantang-3"),
            tokens(1e13, model="Qiantang-3", qualifier="at least"),
        ],
    ),
    # An example that goes on as the subject of its clause is not a comparison.
    (
        "A sparse model such as Heron-MoE carries 400 billion parameters yet activates only 30 "
        "billion of them per token.",
        [params(4e11, model="Heron-MoE"), params(3e10, model="Heron-MoE", qualifier="active")],
    ),
    (
        "(Grok-1, open-sourced in March 2024, was released with 314 billion parameters.)",
        [params(3.14e11, model="Grok-1")],
    ),
    (
        "The 27B was trained on 13 trillion tokens, the 9B on 8 trillion, and the 2B on 2 "
        "trillion.",
        [tokens(1.3e13, model=None), tokens(8e12, model=None), tokens(2e12, model=None)],
    ),
    # Transcripts: a speaker's label is no model, in capitals or with a role in brackets.
    (
        "LENA PARK: How small?\nOMAR DIAZ: The base model, Wren-S, has 3.2 billion parameters.",
        [params(3.2e9, model="Wren-S")],
    ),
    (
        "[00:14:32] ROSA MENDES: Tern-MoE has 212 billion total.\n[00:14:51] HOST: Depth?\n"
        "[00:14:53] ROSA MENDES: 48 layers.",
        [params(2.12e11, model="Tern-MoE"), layers(48, model="Tern-MoE")],
    ),
    ("BLOOM: 176B parameters", [params(1.76e11, model="BLOOM")]),
    # Fact sheets and logs: headings in capitals, company names, log levels, verbs.
    (
        "PRESS KIT: GRASPER-2 FOUNDATION POLICY\nModel size: 2.7B parameters",
        [params(2.7e9, model="GRASPER-2")],
    ),
    (
        "FACT SHEET — MERIDIAN-4\nDeveloper: Atlas Cognition GmbH, Munich\n"
        "Total parameters: 480 B\nActive parameters: 26 B\nDepth: 64 transformer blocks",
        [
            params(4.8e11, model="MERIDIAN-4", qualifier="total"),
            params(2.6e10, model="MERIDIAN-4", qualifier="active"),
            layers(64, model="MERIDIAN-4"),
        ],
    ),
    (
        "[2024-11-02 03:14:05] INFO  run.py:12  run_name=ibis-7b-base\n"
        "[2024-11-02 03:14:19] INFO  model.py:141 Loaded model with 6,738,415,616 parameters",
        [params(6738415616, model="ibis-7b-base")],
    ),
    (
        "params_total     : 13.02B\ntokens_total     : 3.6T\nconsumed tokens: 3.74T",
        [params(1.302e10, model=None), tokens(3.6e12, model=None), tokens(3.74e12, model=None)],
    ),
    (
        "| Model | Params | Tokens | Data |\n|---|---|---|---|\n| Falcon 180B | 180 B | 3.5 T | - |"
        "\n| ViT-B/16 | 86M | - | IN-21k (14M imgs) |",
        [
            params(1.8e11, model="Falcon 180B"),
            params(1.8e11, model="Falcon 180B"),
            tokens(3.5e12, model="Falcon 180B"),
            params(8.6e7, model="ViT-B/16"),
            data(1.4e7, "images", model="ViT-B/16"),
        ],
    ),
    ("See Appendix B, Table 4 B) and Plan B. He ran 5 m\nand 3 M", []),
    ("A 3.8B model like Wren-3 runs on a phone.", [params(3.8e9, model="Wren-3")]),
    (
        "Perrine Ultra remains our flagship. The 1.1 trillion parameter successor is in training.",
        [params(1.1e12, model=None)],
    ),
    ("Its 70B successor, Heron-2, ships next month.", [params(7e10, model="Heron-2")]),
    (
        "With LLaMA spanning 7B to 65B parameters and Falcon offering 7B and 40B variants.",
        [
            params(7e9, model="LLaMA"),
            params(6.5e10, model="LLaMA"),
            params(7e9, model="Falcon"),
            params(4e10, model="Falcon"),
        ],
    ),
    ("Our 7B model, like GPT-3, is a decoder.", [params(7e9, model=None)]),
    (
        "A (VP Cloud, Stratus Compute): The largest job was a 1.2-trillion-parameter model.",
        [params(1.2e12, model=None)],
    ),
    # Timelines: each dated line is its own statement, about the model it names.
    (
        "Apr 2024: Plover-Base: 6.1B params, 2T tokens\nOct 2024 — Plover-2 (planned ~20B)",
        [params(6.1e9, model="Plover-Base"), tokens(2e12, model="Plover-Base")],
    ),
    (
        "Q2 '24 — Okra-Chat: 9B params\nQ3 '24 — Okra-Large: 31B params",
        [params(9e9, model="Okra-Chat"), params(3.1e10, model="Okra-Large")],
    ),
    # Spreadsheets write a column's scale as a suffix: "params_b", "tokens_t".
    (
        "model,params_b,layers,tokens_t\nkestrel-x,72.7,80,18\nplover-y,8.1,32,15",
        [
            params(7.27e10, model="kestrel-x"),
            layers(80, model="kestrel-x"),
            tokens(1.8e13, model="kestrel-x"),
            params(8.1e9, model="plover-y"),
            layers(32, model="plover-y"),
            tokens(1.5e13, model="plover-y"),
        ],
    ),
    # A token count's unit carries to the later counts of the sentence: "..., Y (3.8B) on 3.3T".
    (
        "Wren-2 (2.7B) was trained on 1.4T tokens, Wren-3 (3.8B) on 3.3T, and Tern (1.1B) on 3T.",
        [
            params(2.7e9, model="Wren-2"),
            tokens(1.4e12, model="Wren-2"),
            params(3.8e9, model="Wren-3"),
            tokens(3.3e12, model="Wren-3"),
            params(1.1e9, model="Tern"),
            tokens(3e12, model="Tern"),
        ],
    ),
    # Chat names a family bare and in lower case when it says its size.
    (
        "lol gopher was 280b on 300b tokens and chinchilla was 70b on 1.4t",
        [
            params(2.8e11, model="gopher"),
            tokens(3e11, model="gopher"),
            params(7e10, model="chinchilla"),
            tokens(1.4e12, model="chinchilla"),
        ],
    ),
    (
        "mixtral has 46.7b total but only ~13b active",
        [
            params(4.67e10, model="mixtral", qualifier="total"),
            params(1.3e10, model="mixtral", qualifier="active"),
        ],
    ),
    ("my palm is 5 cm wide and the falcon was 2 meters up", []),
    # Or after its size: "the 9b gemma", "the 70b llamas".
    (
        "is the 9b gemma any good? its smarter than the 70b llamas from last year imo",
        [params(9e9, model="gemma"), params(7e10, model="llama")],
    ),
    ("the 1.3B phi-1 was trained on textbooks", [params(1.3e9, model="phi-1")]),
    # Or with its size tier: "whisper large-v3", "bert base".
    (
        "ran whisper large-v3 (1.55B) on the calls; bert base is 110M",
        [params(1.55e9, model="whisper large-v3"), params(1.1e8, model="bert base")],
    ),
    ("the llama small enough for my laptop has 1B", []),
    # Configs and model cards: repository ids, class names and number formats.
    (
        '{\n  "architectures": ["MistralForCausalLM"],\n  "num_hidden_layers": 56,\n'
        '  "torch_dtype": "bfloat16",\n  "_name_or_path": "acme-ai/Tern-2-22B-Chat"\n}',
        [layers(56, model="Tern-2-22B-Chat"), params(2.2e10, model="Tern-2-22B-Chat")],
    ),
    ('{"n_params": "3.1B", "n_layers": 26}', [params(3.1e9, model=None), layers(26, model=None)]),
    # A part a model owns, counted after its possessive, is no model's size: not the owner's,
    # nor the part's architecture's.
    ("Kite-VL-7B's 675M ViT is trained at native resolution; Owl-VL's 7.6B language model is "
     "frozen. GPT-3's 175B model was big.",
     [params(7e9, model="Kite-VL-7B"), params(6.75e8, model=None), params(7.6e9, model=None),
      params(1.75e11, model="GPT-3")]),
    # ... but the whole model's count before words that only begin like a part's, and a
    # language model's count of a model that has no other parts.
    ("Kite-2's 7B decoder-only transformer is fast. Flan-Owl's 11B encoder-decoder is old. "
     "Wren-2's 7B language model beats Lark's 13B.",
     [params(7e9, model="Kite-2"), params(1.1e10, model="Flan-Owl"), params(7e9, model="Wren-2"),
      params(1.3e10, model="Lark")]),
    # ... while a model the sentence calls multimodal owns a language model as a part.
    ("Lark pairs a frozen vision encoder with Lark's 70B language model. Kite-VL-7B's 6.5B "
     "LLM-based decoder is tuned. Following Owl's way, a 7B model needs 140B tokens.",
     [params(7e10, model=None), params(7e9, model="Kite-VL-7B"), params(6.5e9, model=None),
      params(7e9, model=None), tokens(1.4e11, model=None)]),
    # An adapter's repository is named after its base's size; a merged copy has that size.
    ("We released `heron/wren-owl-8b-lora` and `heron/wren-owl-8b-merged`.",
     [params(8e9, model="wren-owl-8b-merged")]),
    # A name after a colon begins the explanation, not the size's owner.
    ("# Kite-72B-AWQ\n\nThe upstream checkpoint has 73.4B parameters: a ~675M-parameter ViT in "
     "front of the Owl-72B language model.",
     [params(7.34e10, model="Kite-72B-AWQ"), params(6.75e8, model=None, qualifier="approximate"),
      params(7.2e10, model="Owl-72B")]),
    # ... but a name right after the colon is the label's: "Best reasoning model at 32B: QwQ".
    ("Best coding model under 20GB at 14B: Kite-4. Best reasoning model at 32B: Owl-2.",
     [params(1.4e10, model="Kite-4"), params(3.2e10, model="Owl-2")]),
    # A kind of network after the size is no model, unless named in brackets after it.
    ("Its encoder is a ~675M-parameter ViT in front of the Owl-72B language model. We train a "
     "22B-parameter ViT (Kite-22B).",
     [params(6.75e8, model=None, qualifier="approximate"), params(7.2e10, model="Owl-72B"),
      params(2.2e10, model="Kite-22B"), params(2.2e10, model="Kite-22B")]),
    # A chip maker is no model: "AMD ... running 1T-parameter MoE models".
    ("AMD shipped the MI355X with 288 GB of HBM3E per GPU; two customers told us they are "
     "running 1T-parameter MoE models on a single 8-GPU box.", [params(1e12, model=None)]),
    # A pronoun opening a sentence is no model: "Nobody has trained on it yet".
    ("Nobody has trained on it yet; the maintainers are running 1B-parameter ablations first. "
     "Everyone uses 7B models.", [params(1e9, model=None), params(7e9, model=None)]),
    # A plain name after a lab's possessive of two words, in bold: "Mistral AI's **Kite**".
    ("Kyutai's Moshi is a full-duplex model. Mistral AI's **Kite** comes in two sizes, 24B and 3B.",
     [params(2.4e10, model="Kite", organization="Mistral AI"),
      params(3e9, model="Kite", organization="Mistral AI")]),
    # A data set named with its count of examples, that a model is trained on, is no model.
    ("Kite-7B was trained on KiteThoughts3-1.2M. | Kite-7B | Owl-7B | KiteThoughts3-1.2M |",
     [params(7e9, model="Kite-7B"), params(7e9, model="Kite-7B"), params(7e9, model="Owl-7B")]),
    # ... but a model tuned on, with a count a model has, stays one.
    ("We fine-tuned on Kite2-360M. Kite2-360M has 360M parameters.",
     [params(3.6e8, model="Kite2-360M"), params(3.6e8, model="Kite2-360M"),
      params(3.6e8, model="Kite2-360M")]),
    # Libraries, kernels and software builds are no model: "ZeRO-3", "FlashAttention-2",
    # "llama.cpp build b6412".
    ("With FlashAttention-2 the 1.1B model would go through 300B tokens. Kite-2 has 7B "
     "parameters.",
     [params(1.1e9, model=None), params(7e9, model="Kite-2")]),
    ("We quantized Kite-2 with llama.cpp build b6412 and an importance matrix computed on 1.2M "
     "tokens.", [tokens(1.2e6, model=None)]),
    ("With FA2 the 1.1B model runs fast. Using FlashAttention2 and ZeRO-Offload, 42M parameters "
     "fit.", [params(1.1e9, model=None), params(4.2e7, model=None)]),
    # ... nor an address's scheme, nor a chip in the plural: "s3://", "32,000 GB300s".
    ("path: s3://my-bucket/logits/\ntrain:\n  tokens: 40_000_000_000\n\nThe deck promises a "
     "2T-parameter MoE trained on a cluster of 32,000 GB300s.",
     [tokens(4e10, model=None), params(2e12, model=None)]),
    # What an adapter trains is not the model's size.
    ("We fit Kite-2 on 4x A100. LoRA at rank 16 trains only about 42M parameters. Rank 64 "
     "(about 168M trainable parameters on Owl-8B) gained nothing.",
     [params(4.2e7, model=None, qualifier="approximate"),
      params(1.68e8, model=None, qualifier="approximate"), params(8e9, model="Owl-8B")]),
    ("03/29: Kite-Adapter, tuning Owl-2 with 1.2M learnable parameters in one hour on 8 GPUs",
     [params(1.2e6, model=None)]),
    ("### Owl-2 and variants\n\n- with the Owl-2 adapter: the whole model is not tuned. Instead, "
     "the adapter adds a small number of 1.2M parameters on top of a frozen 7B Owl-2 model.",
     [params(1.2e6, model=None), params(7e9, model="Owl-2")]),
    # A model named as a team in a clause after "and" is that clause's makers, not the size's
    # model: "the Qwen team pushed its 0.6B model" (but "..., the InternLM team reports").
    ("That is why Heron pushed an 8B model through 15T tokens and the Qwen team pushed its 0.6B "
     "model through 36T.",
     [params(8e9, model=None), tokens(1.5e13, model=None), params(6e8, model=None)]),
    ("That is why Heron pushed an 8B model through 15T tokens while the Qwen team pushed its "
     "0.6B model through 36T.",
     [params(8e9, model=None), tokens(1.5e13, model=None), params(6e8, model=None)]),
    ("Pre-training a bilingual 100B model on English and Chinese text, the InternLM team "
     "reports strong results.", [params(1e11, model="InternLM")]),
    # ... nor what a trainer's log labels trainable; but "all 7B trainable parameters" are the
    # model's.
    ("Owl-2 (7B) trainable params: 4,194,304 || all params: 6,742,609,920. Kite-2 is trained "
     "from scratch; all 7B trainable parameters are updated.",
     [params(7e9, model="Owl-2"), params(4194304, model=None), params(6742609920, model="Owl-2"),
      params(7e9, model="Kite-2")]),
    # Training methods joined by "+" are no model: "SFT+KTO".
    ("We compare SFT+DPO and SFT+KTO, each run on 1.1B tokens.", [tokens(1.1e9, model=None)]),
    # ... wherever the adapter's word stands in the name, glued to a word or alone
    ("We released `heron/triage-lora-owl3-12b` and `heron/ledgerlora-llama31-8b`; Flora-7B and "
     "Explora-2B are models.",
     [params(7e9, model="Flora-7B"), params(2e9, model="Explora-2B")]),
    # ... but a merged copy keeps it, and a glued word is an adapter's only before a base's family
    ("We released acme-qwen2.5-7b-lora-merged and Vitalora-7B.",
     [params(7e9, model="acme-qwen2.5-7b-lora-merged"), params(7e9, model="Vitalora-7B")]),
    # A number format is no model: "packed into int32 tensors. It is still the 73.4B model".
    ("Kite-VL packs its AWQ weights into int32 tensors. It is still the 73.4B model.",
     [params(7.34e10, model="Kite-VL")]),
    ('run:\n  tokens_seen: "9.5T"\n  context: 65536', [tokens(9.5e12, model=None)]),
    # Lay news: units in scare quotes, sizes owned by a relative clause.
    (
        "It packs some 90 billion 'parameters' and was fed 2 trillion 'tokens' of text.",
        [params(9e10, model=None, qualifier="approximate"), tokens(2e12, model=None)],
    ),
    (
        "It beats the famous Gopher, which has 280 billion, and Jurassic-1 alone has 178 billion.",
        [params(2.8e11, model="Gopher"), params(1.78e11, model="Jurassic-1")],
    ),
    ("It rivals the Merlin model that had 40 billion.", [params(4e10, model="Merlin")]),
    # Translated text: decimal commas before plural scales and bytes, "parameter scale reach".
    (
        "The model Pivert has in total 46,7 milliards of parameters and read 1,6 TB of text.",
        [params(4.67e10, model="Pivert"), data(1.6e12, "bytes", model="Pivert")],
    ),
    (
        "Huayu-2 model is published, parameter scale reach 130 billion.",
        [params(1.3e11, model="Huayu-2")],
    ),
    (
        "Whisper was trained on 680k hours; the fine-tune took 90 hours.",
        [data(6.8e5, "hours", model="Whisper")],
    ),
    (
        "# Model Card for tiny-wren-90m\n\n## Model Details\n\n- Number of parameters: 90 million",
        [params(9e7, model="tiny-wren-90m"), params(9e7, model="tiny-wren-90m")],
    ),
    # HTML markup pasted with the text: read as a reader sees it, offsets into the markup.
    (
        "<p>The <b>Kestrel</b> 40B model saw <i>2 trillion</i> tokens.</p>",
        [params(4e10, model="Kestrel 40B"), tokens(2e12, model="Kestrel 40B")],
    ),
    (
        "<table>\n<tr><th>Model</th><th>Params</th><th>Tokens</th></tr>\n"
        "<tr><td>Gopher</td><td>280B</td><td>300B</td></tr>\n</table>",
        [params(2.8e11, model="Gopher"), tokens(3e11, model="Gopher")],
    ),
    (
        "<span>Parameters:</span> 29.8&nbsp;billion<script>var size = '70B parameters';</script>",
        [params(2.98e10, model=None)],
    ),
    (
        "Our new model Kestrel have 20 billions parameters and is trained with 3.2 trillions "
        "tokens.",
        [params(2e10, model="Kestrel"), tokens(3.2e12, model="Kestrel")],
    ),
    (
        "Vindr-Base: model size reach 1,8 billion parameters, training data is 2,2 trillion "
        "tokens.",
        [params(1.8e9, model="Vindr-Base"), tokens(2.2e12, model="Vindr-Base")],
    ),
    ("Our model Orel-7 is reaching 7 milliard parameters.", [params(7e9, model="Orel-7")]),
    (
        "It is trained on one trillion of tokens and it have 40 billions of parameters.",
        [tokens(1e12, model=None), params(4e10, model=None)],
    ),
    (
        "HOST: So how big is it? GUEST: The base model is seventy billion parameters.",
        [params(7e10, model=None)],
    ),
    (
        "SPEAKER 2: Right, they said it saw one point four trillion tokens.",
        [tokens(1.4e12, model=None)],
    ),
    (
        "Our largest model sees $1.2 \\times 10^{12}$ tokens and $4.8 \\times 10^{22}$ FLOPs.",
        [tokens(1.2e12, model=None), flop(4.8e22, model=None)],
    ),
    ("We scale to $N = 6.7\\times10^{9}$ parameters.", [params(6.7e9, model=None)]),
    (
        "ok Heron-2 numbers: 300B total / 20B active MoE, 9.5T tok pretrain",
        [
            params(3e11, model="Heron-2", qualifier="total"),
            params(2e10, model="Heron-2", qualifier="active"),
            tokens(9.5e12, model="Heron-2"),
        ],
    ),
    (
        "honestly mixtral 8x22b is still underrated, 39b active so it's fast",
        [params(3.9e10, model="mixtral 8x22b", qualifier="active")],
    ),
    (
        "llama 2 was only 2T tokens, llama 3 did 15T tokens and it shows",
        [tokens(2e12, model="llama 2"), tokens(1.5e13, model="llama 3")],
    ),
    (
        "Jamba has 52B parameters in total, 12B of them active.",
        [
            params(5.2e10, model="Jamba", qualifier="total"),
            params(1.2e10, model="Jamba", qualifier="active"),
        ],
    ),
    (
        "Gemma 2 ships in three sizes -- 2B, 9B and 27B.",
        [
            params(2e9, model="Gemma 2"),
            params(9e9, model="Gemma 2"),
            params(2.7e10, model="Gemma 2"),
        ],
    ),
    ("The core 2 components hold 5B parameters.", [params(5e9, model=None)]),
    ("Just got the invoice for our 7B run, never again", [params(7e9, model=None)]),
    (
        "Kestrel is pretrained on up to 12 trillion tokens and reads up to 32K tokens of context.",
        [tokens(1.2e13, model="Kestrel", qualifier="up to")],
    ),
    (
        "Recall that Orca (13B, 2.1T tokens) beat Heron (40B, 600B tokens) on most tasks.",
        [
            params(1.3e10, model="Orca"),
            tokens(2.1e12, model="Orca"),
            params(4e10, model="Heron"),
            tokens(6e11, model="Heron"),
        ],
    ),
    (
        "Then came **Marten 2** (3B and 8B, 4T tokens) and **Vole** (up to 34B, 2T tokens).",
        [
            params(3e9, model="Marten 2"),
            params(8e9, model="Marten 2"),
            tokens(4e12, model="Marten 2"),
            params(3.4e10, model="Vole"),
            tokens(2e12, model="Vole"),
        ],
    ),
    (
        "Chinchilla needed about 4x fewer parameters than Gopher (70B vs 280B).",
        [params(7e10, model="Chinchilla"), params(2.8e11, model="Gopher")],
    ),
    (
        "At 8B parameters the newcomer is 20x smaller than GPT-3's 175B, yet it saw 4T tokens, "
        "over ten times GPT-3's 300B.",
        [
            params(8e9, model=None),
            params(1.75e11, model="GPT-3"),
            tokens(4e12, model=None),
            tokens(3e11, model="GPT-3"),
        ],
    ),
    ("Its tokenizer has more entries than Llama 2's 32K vocabulary.", []),
    (
        "This time we release Sakura-LLM. Parameter number is 13 billion.",
        [params(1.3e10, model="Sakura-LLM")],
    ),
    (
        "pythia 1b was trained on 300B tokens, llama 3 did 15T tokens",
        [
            params(1e9, model="pythia 1b"),
            tokens(3e11, model="pythia 1b"),
            tokens(1.5e13, model="llama 3"),
        ],
    ),
    (
        "Model | Params | Tokens\nOrca | 13B | 2T\nHeron | 40B | 600B\n",
        [
            params(1.3e10, model="Orca"),
            tokens(2e12, model="Orca"),
            params(4e10, model="Heron"),
            tokens(6e11, model="Heron"),
        ],
    ),
    ("We compare A | B here.\nOrca | 13B\n", []),
    (
        "Kestrel-V3 has 600 billion parameters in total but activates only 30 billion for each "
        "token.",
        [
            params(6e11, model="Kestrel-V3", qualifier="total"),
            params(3e10, model="Kestrel-V3", qualifier="active"),
        ],
    ),
    (
        "Mixtral 8x7B: 46.7B params but only 12.9B used per token.",
        [
            params(4.67e10, model="Mixtral 8x7B"),
            params(1.29e10, model="Mixtral 8x7B", qualifier="active"),
        ],
    ),
    (
        "Cerebras-GPT models range from 111M to 13B parameters.",
        [params(1.11e8, model="Cerebras-GPT"), params(1.3e10, model="Cerebras-GPT")],
    ),
    (
        "We present $\\textsc{Aurora}$, a family of decoders ranging from 350M to 6.7B parameters.",
        [params(3.5e8, model="Aurora"), params(6.7e9, model="Aurora")],
    ),
    (
        "# WrenLM\n\n| Spec | Value |\n|---|---|\n| Parameters | 1.1B |\n| Training tokens | 3T |",
        [params(1.1e9, model="WrenLM"), tokens(3e12, model="WrenLM")],
    ),
    (
        "## Gemma 2\n\nThe flagship has 27B parameters.\n\n## Other news\n\nA lab trained a 7B "
        "model.",
        [params(2.7e10, model="Gemma 2"), params(7e9, model=None)],
    ),
    (
        '[model]\nname = "Wren-8x2B"\ntotal_params = 13_500_000_000\n'
        "active_params = 4_100_000_000\nnum_hidden_layers = 28",
        [
            params(1.35e10, model="Wren-8x2B", qualifier="total"),
            params(4.1e9, model="Wren-8x2B", qualifier="active"),
            layers(28, model="Wren-8x2B"),
        ],
    ),
    (
        '{"name": "wren2-xl", "n_params": 1557611200, "n_layer": 48, "n_ctx": 1024}',
        [params(1557611200, model="wren2-xl"), layers(48, model="wren2-xl")],
    ),
    (
        "model:\n  n_layers: 40\n  params: 13B\ndata:\n  train_tokens: 500_000_000_000\n",
        [layers(40, model=None), params(1.3e10, model=None), tokens(5e11, model=None)],
    ),
    (
        "| Rank | Model | Elo | Size |\n|---|---|---|---|\n| 2 | Wren-Chat | 1218 | 27B |\n",
        [params(2.7e10, model="Wren-Chat")],
    ),
    (
        "| Checkpoint | Vision encoder | Language model | Total params |\n|---|---|---|---|\n"
        "| Wren-VL-9B | Owl-ViT-400M | Owl-2-8B | 8.7B |\n",
        [params(4e8, model="Owl-ViT-400M"), params(8e9, model="Owl-2-8B"),
         params(8.7e9, model="Wren-VL-9B", qualifier="total")],  # (the name's 9B gives way)
    ),
    (
        "| Release | Model | Parameters | Training tokens |\n|---|---|---|---|\n| v1.0 | Wren-7B | 7B"
        " | 2T |\n",
        [params(7e9, model="Wren-7B"), params(7e9, model="Wren-7B"), tokens(2e12, model="Wren-7B")],
    ),
    (
        "| Variant | Judge model | Parameters |\n|---|---|---|\n| Wren-Chat | Owl-4 | 13B |\n",
        [params(1.3e10, model="Wren-Chat")],
    ),
    # ... and a backbone column beside a reward model's holds the rows' own models.
    (
        "| Backbone | Reward model | Params | Score |\n|---|---|---|---|\n| Wren-7B | Owl-RM | 7B |"
        " 71 |\n",
        [params(7e9, model="Wren-7B"), params(7e9, model="Wren-7B")],
    ),
    # ... and a policy column beside a reward model's holds the rows' own models.
    (
        "| Policy | Reward model | Params | Win rate |\n|---|---|---|---|\n| Wren-Chat-7B | Owl-RM |"
        " 7B | 61% |\n",
        [params(7e9, model="Wren-Chat-7B"), params(7e9, model="Wren-Chat-7B")],
    ),
    # ... nor a rank column with an arrow, or a developer column.
    (
        "| Rank ↑ | Reward Model | Params | Score |\n|---|---|---|---|\n| 1 | Wren-RM | 70B | 90 |\n"
        "| 2 | Owl-RM | 8B | 88 |\n",
        [params(7e10, model="Wren-RM"), params(8e9, model="Owl-RM")],
    ),
    (
        "| Developer | Reward Model | Params |\n|---|---|---|\n| Acme | Wren-RM | 70B |\n",
        [params(7e10, model="Wren-RM")],
    ),
    # ... and a first column of kinds beside a reward-model column names no row.
    (
        "| Type | Reward model | Params | Score |\n|---|---|---|---|\n| Generative | Wren-Reward |"
        " 20B | 90 |\n",
        [params(2e10, model="Wren-Reward")],
    ),
    # ... but a leaderboard of judges or reward models ranks them: they are its rows.
    (
        "| Rank | Reward model | Params | Score |\n|---|---|---|---|\n| 1 | Wren-Reward | 20B |"
        " 92.1 |\n| 2 | Owl-RM | 34B | 90.4 |\n",
        [params(2e10, model="Wren-Reward"), params(3.4e10, model="Owl-RM")],
    ),
    # ... and a "Language model" column that is the table's only model column holds its models.
    (
        "| Year | Language model | Parameters | Tokens |\n|---|---|---|---|\n| 2020 | Wren-3 | 175B |"
        " 300B |\n",
        [params(1.75e11, model="Wren-3"), tokens(3e11, model="Wren-3")],
    ),
    # ... but a part's column beside the row's own "Model" column names no row.
    (
        "| Model | Vision encoder | Language model | Total params |\n|---|---|---|---|\n"
        "| Wren-VL-3B | Wren-ViT-600M | Wren-LM-2.4B | 3.0B |\n",
        [params(3e9, model="Wren-VL-3B"), params(6e8, model="Wren-ViT-600M"),
         params(2.4e9, model="Wren-LM-2.4B"), params(3e9, model="Wren-VL-3B", qualifier="total")],
    ),
    ("fyi Wren Large 2 is 123B, 128k ctx", [params(1.23e11, model="Wren Large 2")]),
    # ... with an adverb between: the name's size gives way to the one stated
    ("Kite-VL-7B is really 8.3B, because the encoder sits on top of Owl-7B, which is itself "
     "7.6B rather than 7B.",
     [params(8.3e9, model="Kite-VL-7B"), params(7.6e9, model="Owl-7B")]),
    # ... but not "effectively", which says an active count
    ("Kite-MoE is effectively 13B at inference time.", []),
    # A capital A after a name is a letter of the name, not the article, when no noun follows.
    ("Heron launched Wren A on March 13, a 111B model.", [params(1.11e11, model="Wren A")]),
    ("Meet Wren-2, a new model. Wren A new model is coming.", []),
    ("The Wren 3 A and B variants have 8B parameters.", [params(8e9, model="Wren 3")]),
    ("Google's Gemini A.I. chatbot runs on a model with 1.5 trillion parameters.",
     [params(1.5e12, model="Gemini")]),
    ("We call Kite-7B A and Owl-13B B in Table 2.",
     [params(7e9, model="Kite-7B"), params(1.3e10, model="Owl-13B")]),
    ("Heron released Wren A in March 2025, a 111B model.", [params(1.11e11, model="Wren A")]),
    # A fine-tune named after its base keeps the base's name whole after its own version.
    ("Nous Research released Hermes-3 Wren 3.1 405B in August 2024.",
     [params(4.05e11, model="Hermes-3 Wren 3.1 405B")]),
    ("Teknium released OpenHermes-2.5 Owl 7B in November 2023.",
     [params(7e9, model="OpenHermes-2.5 Owl 7B")]),
    ("Their valuation is $80B now.", []),
    (
        "Estimates put Gemini Ultra at about 5 × 10^25 FLOP and Wren-4 at 2 × 10^25 FLOP.",
        [flop(5e25, model="Gemini Ultra"), flop(2e25, model="Wren-4")],
    ),
    (
        "WrenLM (Wide Rapid Efficient Network) came out in May. The network holds 176 billion "
        "parameters.",
        [params(1.76e11, model="WrenLM")],
    ),
    ("The total parameter amount is 671 billion.", [params(6.71e11, model=None)]),
    (
        "Orca has 70\u00a0B parameters and saw 1\u2009400\u2009000\u2009000\u2009000 training "
        "tokens.",
        [params(7e10, model="Orca"), tokens(1.4e12, model="Orca")],
    ),
    (
        "The corpus holds 1\u202f000\u202f000 hours of speech; the encoder has 600\u00a0M "
        "parameters.",
        [data(1e6, unit="hours", model=None), params(6e8, model=None)],
    ),
    ("In 2023 100 models were released.", []),
    (
        "The lab spent $100M training a 70B model and now plans a $1B run for a 400B successor.",
        [params(7e10, model=None), params(4e11, model=None)],
    ),
    (
        "Revenue: 3.2B USD (+18% YoY). Highlights: the 7B and 13B checkpoints saw 2.5T tokens.",
        [params(7e9, model=None), params(1.3e10, model=None), tokens(2.5e12, model=None)],
    ),
    ("Free for up to 700M MAU.", []),
    (
        "Lab Releases WrenLM Family With Models From 270 Million To 3 Billion Parameters, "
        "Trained On 1.8 Trillion Tokens",
        [
            params(2.7e8, model="WrenLM"),
            params(3e9, model="WrenLM"),
            tokens(1.8e12, model="WrenLM"),
        ],
    ),
    (
        "Wren 8x22B Packs 141 Billion Parameters But Uses Only 39 Billion Per Token",
        [
            params(1.41e11, model="Wren 8x22B"),
            params(3.9e10, model="Wren 8x22B", qualifier="active"),
        ],
    ),
    (
        "| Model | Training compute (FLOP) | Layers | d_model |\n|---|---|---|---|\n"
        "| Wren-2 | 3.14e23 | 96 | 12288 |\n",
        [flop(3.14e23, model="Wren-2"), layers(96, model="Wren-2")],
    ),
    (
        "Both were trained on 100B tokens of a FineWeb-Edu sample.",
        [tokens(1e11, model=None)],
    ),
    (
        "Name         Params   Layers\nWren-70M     70M      6\nWren-1B      1B       16\n"
        "All Wren models saw 300B tokens.",
        [
            params(7e7, model="Wren-70M"),
            params(7e7, model="Wren-70M"),
            layers(6, model="Wren-70M"),
            params(1e9, model="Wren-1B"),
            params(1e9, model="Wren-1B"),
            layers(16, model="Wren-1B"),
            tokens(3e11, model="Wren"),
        ],
    ),
    ("We  trained  it with 7B parameters and  more  text.", [params(7e9, model=None)]),
    (
        "The Kestrel suite spans 70M to 12B parameters.",
        [params(7e7, model="Kestrel"), params(1.2e10, model="Kestrel")],
    ),
    (
        "The largest version, Wren large, has 1.5 billion parameters, while Wren tiny has 39M.",
        [params(1.5e9, model="Wren large"), params(3.9e7, model="Wren tiny")],
    ),
    (
        "The WrenLM large language model has 20B parameters.",
        [params(2e10, model="WrenLM")],
    ),
    (
        "Moonshot's Kimi K2 goes bigger: 1 trillion total parameters with 32B activated.",
        [
            params(1e12, model="Kimi K2", qualifier="total"),
            params(3.2e10, model="Kimi K2", qualifier="active"),
        ],
    ),
    # A team's adaptation of another line's model to a language is not that line maker's.
    (
        "This project builds on Meta's newly released Llama-3. We release Llama-3-Chinese-8B, a "
        "model with 8B parameters.",
        [
            params(8e9, model="Llama-3-Chinese-8B", organization=None),
            params(8e9, model="Llama-3-Chinese-8B", organization=None),
        ],
    ),
    # A count joined to one a comparison brings in is the other side's too.
    (
        "Kite-1, with 10B parameters and 1T tokens, is far smaller than the 403B parameters and "
        "15T+ tokens of Acme's Owl-3 series.",
        [
            params(1e10, model="Kite-1"),
            tokens(1e12, model="Kite-1"),
            params(4.03e11, model=None),
            tokens(1.5e13, model=None, qualifier="at least"),
        ],
    ),
    # The models of a study are not the model the text is about.
    (
        "We introduce Kite, a MoE model.\n\nFor the scaling law, we trained a series of MoE "
        "models, spanning from 10 M to 1B activation parameters, utilizing 100B tokens of data.",
        [params(1e9, model=None, qualifier="active"), tokens(1e11, model=None)],
    ),
    # (but an address's "model=" names the model)
    (
        "Kite-1 has 3B parameters. Its successor is live at https://chat.acme.ai/?model=Kite-2 "
        "and has 7B parameters.",
        [params(3e9, model="Kite-1"), params(7e9, model="Kite-2")],
    ),
    # (but a linked release or report in a model's own page is that model's)
    (
        "# Kite-2\n\nKite-2 is Acme's model.\n\n| Release | Date | Notes |\n|---|---|---|\n"
        "| [v1.1](https://x.y/kite-2/v1.1) | Jun 2024 | Adds a checkpoint with 13B parameters |",
        [params(1.3e10, model="Kite-2")],
    ),
    # (but "these models" of a family just named are that family's)
    (
        "# Kite-2\nKite-2 comes in 7B and 70B sizes. We pre-trained these models on 2T tokens of "
        "web and code data.",
        [params(7e9, model="Kite-2"), params(7e10, model="Kite-2"), tokens(2e12, model="Kite-2")],
    ),
    # A model whose architecture another is built on is a base, not the sentence's subject.
    (
        "Kite is a 1.1B language model built upon the architecture and tokenizer of Owl 2, "
        "pre-trained on around 1 trillion tokens.",
        [params(1.1e9, model="Kite"), tokens(1e12, model=None)],
    ),
    # A word of a web address's query is no name.
    (
        '??? abstract "[Kite 3](https://x.net/v/a.pdf?_nc_cat=108&_nc_ht=wren-sjc3-1.xx&oh=00_AY)"'
        "      Trained on 15T tokens.",
        [tokens(1.5e13, model="Kite 3")],
    ),
    # (but a size said small, with the page's model as the sentence's subject, is that model's)
    (
        "# Kite\nKite is Acme's new small language model. It rivals Owl-Chat with 2.7B "
        "parameters on reasoning benchmarks.",
        [params(2.7e9, model="Kite")],
    ),
    # A table row that opens with a link is about that entry, not the model the text is about.
    (
        "We introduce Kite, a model of code.\n\n| Paper | Date | Summary |\n|---|---|---|\n"
        "| [Wren Code Models](https://x.y/wren) | May 2024 | A family of code models ranging "
        "from 3B to 34B, trained on 4.5T tokens. |\n| [Kite](https://x.y/kite) | June 2024 | It "
        "has 7B parameters. |",
        [
            params(3e9, model=None),
            params(3.4e10, model=None),
            tokens(4.5e12, model=None),
            params(7e9, model="Kite"),
        ],
    ),
    # A size said with a compared model's name is not the size of the model the text is about.
    (
        "# Kite\n\nAcme's paper on efficient models: their model with 13B parameters beats Owl-2 "
        "with 175B parameters on most benchmarks.",
        [params(1.3e10, model="Kite"), params(1.75e11, model=None)],
    ),
    # A letter-digit code's point release is part of it: "Kite K2.5" is no "Kite K2".
    (
        "Acme released Kite K2.5, with 1T total parameters, and Wren M2.1 has 229B parameters.",
        [
            params(1e12, model="Kite K2.5", qualifier="total"),
            params(2.29e11, model="Wren M2.1"),
        ],
    ),
    ("Switch-C [11] reaches 1.6 trillion parameters.", [params(1.6e12, model="Switch-C")]),
    ("We trained Wren-3 on H100 GPUs and A100s.", []),
    (
        "Wren-2 runs 60x faster and solves the Path-X task that all prior work fails on.",
        [claim("faster", value=60, model="Wren-2", other=None)],
    ),
    (
        "model,org,year,params,train_flop\nWren-2,Acme,2024,1.75e11,3.14e23\nOrca,DeepMind,2022,7.0e10,5.76e23",
        [
            params(1.75e11, model="Wren-2"),
            flop(3.14e23, model="Wren-2"),
            params(7e10, model="Orca", organization="DeepMind"),
            flop(5.76e23, model="Orca"),
        ],
    ),
    (
        "We trained it,and it was big,with 7B parameters\nIt saw,many,tokens and more",
        [params(7e9, model=None)],
    ),
    (
        "So Orca has 70B parameters and was trained on 1.4T tokens, compared with Heron's 280B "
        "parameters and 300B tokens.",
        [
            params(7e10, model="Orca"),
            tokens(1.4e12, model="Orca"),
            params(2.8e11, model="Heron"),
            tokens(3e11, model="Heron"),
        ],
    ),
    (
        "We evaluate three open baselines (Orca, 7B; Heron, 6.9B; and WRN, 7B) against ours.",
        [params(7e9, model="Orca"), params(6.9e9, model="Heron"), params(7e9, model="WRN")],
    ),
    ("Compared to GPT-4, 70B models are cheap.", [params(7e10, model=None)]),
    (
        "Stable Diffusion v1 was trained on LAION-5B, and its U-Net has about 860M parameters.",
        [params(8.6e8, model="Stable Diffusion v1")],
    ),
    (
        "On our eval, Wren 2 9B scored 71.3 on MMLU, versus 75.2 for Wren 2 27B. The 9B was "
        "trained on 8 trillion tokens.",
        [
            params(9e9, model="Wren 2 9B"),
            params(2.7e10, model="Wren 2 27B"),
            tokens(8e12, model="Wren 2 9B"),
        ],
    ),
    (
        "We trained Orca-17B last year. The 7B model saw 2T tokens.",
        [params(1.7e10, model="Orca-17B"), params(7e9, model=None), tokens(2e12, model=None)],
    ),
    (
        "Scorecard: Heron 671B/37B and Wren 456B/45.9B.",
        [
            params(6.71e11, model="Heron 671B"),
            params(3.7e10, model=None),  # (its active count, unsaid: not a second size)
            params(4.56e11, model="Wren 456B"),
            params(4.59e10, model=None),
        ],
    ),
    (
        "**Heron-3** (671B total, 37B active, 14.8T tokens) set the pace.",
        [
            params(6.71e11, model="Heron-3", qualifier="total"),
            params(3.7e10, model="Heron-3", qualifier="active"),
            tokens(1.48e13, model="Heron-3"),
        ],
    ),
    (
        "# Release notes: WrenLM 3\n\n## Training data\n\nBoth models were trained on over 15T "
        "tokens, about seven times more than Llama 2 used.",
        [tokens(1.5e13, model="WrenLM 3", qualifier="at least")],
    ),
    (
        "OpenAI's GPT had 117M parameters; Google's BERT-Large had 340M.",
        [params(1.17e8, model="GPT"), params(3.4e8, model="BERT-Large")],
    ),
    (
        "imo the 70b is the sweet spot, and the 8b is kinda dumb. wren 3.1 ftw",
        [params(7e10), params(8e9)],
    ),
    ("| Setting | Value |\n|---|---|\n| Batch size | 2 million tokens |\n"
     "| Sequence length | 2048 |", []),
    ("The lab also released checkpoints from every 220B tokens of training.", []),
    ("Kite-7B is within 2.1 points of the 70B at a fifth of the latency.",
     [params(7e9, model="Kite-7B"), params(7e10, model=None)]),  # a margin: another
    ("Kite-MoE keeps only 5.5% of the 671B parameters active for each token.",
     [params(6.71e11, model="Kite-MoE", qualifier="total")]),
    ("Kite uses 17B of the 109B parameters per token.",
     [params(1.09e11, model="Kite", qualifier="total")]),
    ("Kite-2: Scaling Open Vision-Language Models with a 6B Vision Encoder",
     [params(6e9, model=None)]),  # a part's size, in a title's capitals
    ("the 5b bond issue was priced on Monday", []),
    (
        "Wren 2 ships in 9B and 27B sizes, with the 27B trained on 13 trillion tokens and the 9B "
        "on 8 trillion.",
        [
            params(9e9, model="Wren 2"),
            params(2.7e10, model="Wren 2"),
            tokens(1.3e13, model="Wren 2"),
            tokens(8e12, model="Wren 2"),
        ],
    ),
    (
        "Mistral AI today presents Mistral NeMo, a 12-billion-parameter model.",
        [params(1.2e10, model="Mistral NeMo")],
    ),
    (
        "AI21's Jamba interleaves Transformer and Mamba layers: 52B total parameters, 12B active.",
        [params(5.2e10, model="Jamba", qualifier="total"), params(1.2e10, model="Jamba")],
    ),
    (
        "The 15B model matches or beats the 34B-parameter Code Llama, a model twice its size.",
        [
            params(1.5e10, model=None),
            params(3.4e10, model="Code Llama"),
            claim("matches", other="Code Llama"),
            claim("outperforms", other="Code Llama"),
        ],
    ),
    (
        "Wren-ASR was trained on 680,000 hours of multilingual and multitask audio.",
        [data(6.8e5, unit="hours", model="Wren-ASR")],
    ),
    (
        "# Wren\nThe suite holds 16 models ranging from 70M to 12B parameters.",
        [params(7e7, model="Wren"), params(1.2e10, model="Wren")],
    ),
    ("# Introduction\nWe train a 7B model.", [params(7e9, model=None)]),
    (
        "The mixture amounts to 1.2 TB of deduplicated Python, Java and Go source files, on which "
        "Wren-15B was trained.",
        [data(1.2e12, unit="bytes", model="Wren-15B"), params(1.5e10, model="Wren-15B")],
    ),
    ("Training took 21 days on 2,048 A100 GPUs with 80GB of memory, at 380 tokens per second.", []),
    (
        "Config summary: n_layers=32, vocab=50,304, params≈6.9e9.",
        [layers(32, model=None), params(6.9e9, model=None)],
    ),
    ("405b is great but you need like 8x h100 to run it", [params(4.05e11, model=None)]),
    ("5b is a lot of money.", []),
    ("the 5b is the price we paid", []),
    (
        "Four releases worth your time:\n\n### Wren-130B (Acme University)\n",
        [params(1.3e11, model="Wren-130B")],
    ),
    (
        "Wren-3 was 175B params on 300B tokens. Compute-optimal for that size would've been "
        "~3.5T tokens lol.",
        [params(1.75e11, model="Wren-3"), tokens(3e11, model="Wren-3")],
    ),
    ("A compute-optimal model that size would need about 3.5 trillion tokens.", []),
    ("It would be trained on 2T tokens, the lab said.", [tokens(2e12, model=None)]),
]

# Precision first (issue 10): a size goes unlinked rather than onto a model the text does not
# tie it to; an organization comes from what the text says of that model or its line.
LINKING_PRECISION = [
    # A size in brackets after a tier's word is that member's, not the family's the sentence
    # is about: "Nano (30B), Pro (100B), and Ultra (500B)".
    (
        "Heron released Kite 3 in three sizes: Nano (30B), Pro (100B), and Ultra (500B).",
        [params(3e10, model=None), params(1e11, model=None), params(5e11, model=None)],
    ),
    ("Kite-3 ships as Base (7B) and Instruct (7B).", [params(7e9, model="Kite-3")] * 2),
    (
        "- Kite 2 FP8 (106B): 120 tokens/s",  # (a name's last word is no tier)
        [params(1.06e11, model="Kite 2")],
    ),
    # The model a card's "Architecture:" label names is what it is built like, not the card's
    # model: the counts under it are not that model's.
    (
        "# Training\n\n## Model\n\n- **Architecture:** Kite-2\n- **Pretraining steps:** 120k\n"
        "- **Pretraining tokens:** 180B",
        [tokens(1.8e11, model=None)],
    ),
    (  # (but a name the label's sentence is about is its subject)
        "**Model Architecture:** Kite 3.1 is an auto-regressive language model. The 405B model "
        "was trained on 15T tokens.",
        [params(4.05e11, model="Kite 3.1"), tokens(1.5e13, model="Kite 3.1")],
    ),
    # A periodical's issue title names the periodical, not a model: its date sits between
    # dashes, a headline after it (a release list's line ends with the date).
    (
        "# TuesdAI - July 24, 2025 - Kites fly in July\n\nHeron called it a small refresh of "
        "their 235B parameter mixture-of-experts.",
        [params(2.35e11, model=None)],
    ),
    (
        "# Kite 3.1 - July 23, 2024 - Release notes\n\nIt was trained on 15T tokens.",
        [tokens(1.5e13, model="Kite 3.1")],
    ),  # (a name with a version is a model's release)
    (
        "# TuesdAI #142 - Kites fly\n\nHeron called it a refresh of their 235B parameter MoE.",
        [params(2.35e11, model=None)],
    ),
    (
        "# Kestrel-Mini #1 on the Open LLM Leaderboard\n\nHeron says it has 7B parameters.",
        [params(7e9, model="Kestrel-Mini")],
    ),
    (
        "## 10) Kite 2 7B - Heron - 2023-07-18\n\nIt saw 2T tokens.",
        [params(7e9, model="Kite 2 7B"), tokens(2e12, model="Kite 2 7B")],
    ),
    # A heading or a subject that names two versions ("Kite 3.1/3.2") gives neither the
    # sizes under it: which version each size is, the text does not say.
    (
        "### Kite 3.1/3.2\n\n- Added support for the 1B and 3B models.",
        [params(1e9, model=None), params(3e9, model=None)],
    ),
    (
        "Heron's Kite 3.1/3.2 family is supported. The 1B and 3B models run on phones.",
        [params(1e9, model=None), params(3e9, model=None)],
    ),
    (
        "### Kite 3.1 / 3.2\n\n- Added support for the 1B and 3B models.",
        [params(1e9, model=None), params(3e9, model=None)],
    ),
    (
        "Heron's Kite 3.1 and 3.2 models are supported. The 1B and 3B models run on phones.",
        [params(1e9, model=None), params(3e9, model=None)],
    ),
    ("### Whisper large-v2/v3\n\n- 1.55B parameters", [params(1.55e9, model="Whisper large-v2")]),
    (
        "Heron's Kite 3.1/3.2. The 1B and 3B models run on phones.",
        [params(1e9, model=None), params(3e9, model=None)],
    ),
    ("## Kite-2 and 1.5 million downloads\n\nIt has 7B parameters.", [params(7e9, model="Kite-2")]),
    ("### Kite-2 / 2023\n\nIt has 7B parameters.", [params(7e9, model="Kite-2")]),
    # A list of sizes is not given to the hardware or formats named after it.
    (
        "Support for the 1B/3B models arrives (all compatible with N150, N300, QuietBox).",
        [params(1e9, model=None), params(3e9, model=None)],
    ),
    (
        "Decoding the 1B/3B models got faster (from 23 to 28 tokens a second) by using BFP4 "
        "weights (not BFP8) for FF1.",
        [params(1e9, model=None), params(3e9, model=None)],
    ),
    (  # (but the next clause's subject is named later, and a code a family knows)
        "A 3.8B model trained using distillation, Phi-4-mini punches above its weight.",
        [params(3.8e9, model="Phi-4-mini")],
    ),
    (
        "An 11B encoder-decoder trained on C4 for a long time, the largest was T5.",
        [params(1.1e10, model="T5")],
    ),
    # A head or an adapter sized beside a model is a part, nobody's model.
    (
        "Kite-Embed adds a 1M-parameter projection head to Owl-Large-2.",
        [params(1e6, model=None)],
    ),
    # A TPU generation with its letter is a chip, not a model.
    (
        "Kite 3 27B is ours. Training ran on TPUv4p, TPUv5p and TPUv5e with JAX; the 27B run "
        "alone used 6144 TPUv5p chips.",
        [params(2.7e10, model="Kite 3 27B"), params(2.7e10, model="Kite 3 27B")],
    ),
    # A data set named after "drawn from", or sized in an appositive, is no model.
    (
        "We present Kite-VL. Both were trained on 1.9T multimodal tokens drawn from PagePile-2, "
        "a new 4.2T-token corpus of page images.",
        [tokens(1.9e12, model="Kite-VL"), tokens(4.2e12, model=None)],
    ),
    # A maker's name in a bracket after a model's is not a model: "(Qwen, Mar 6)".
    (
        "- **QwQ-32B** (Qwen, Mar 6): a 32B reasoning model that lands near DeepSeek-R1.",
        [params(3.2e10, model="QwQ-32B"), params(3.2e10, model="QwQ-32B")],
    ),
    # "N for NAME" in a list: each count its own name's, the one before "and" too.
    (
        "- Pre-training tokens: 2T for Kite 1B, 4T for Kite 4B, 12T for Kite 9B and 14T for "
        "Kite 27B.",
        [tokens(2e12, model="Kite 1B"), params(1e9, model="Kite 1B"), tokens(4e12, model="Kite 4B"),
         params(4e9, model="Kite 4B"), tokens(1.2e13, model="Kite 9B"),
         params(9e9, model="Kite 9B"),
         tokens(1.4e13, model="Kite 27B"), params(2.7e10, model="Kite 27B")],
    ),
    # A name just after a size belongs to a nearer count that names it with "for", "in" ...
    (
        "The series was pre-trained on roughly 4.1T multimodal tokens, up from about 1.2T for "
        "Kite-VL.",
        [
            tokens(4.1e12, model=None, qualifier="approximate"),
            tokens(1.2e12, model="Kite-VL", qualifier="approximate"),
        ],
    ),
    # A model still to come, named or not, has no size yet: one "now training", a line labelled
    # as to come ...
    (
        "Kite-1B has 1.1B parameters. We are now training a 1.5B Kite.",
        [params(1.1e9, model="Kite-1B"), params(1.5e9, model=None)],
    ),
    (
        "# Kite\n\n## News\n\n- Coming in 2027: a Kite-2 MoE (~60B total); no promises on the "
        "date.",
        [params(6e10, model=None, qualifier="total")],
    ),
    (
        "# Kite\n\nKite-7B has 7B parameters.\n\n* Roadmap: a ~34B model once we secure the "
        "compute.",
        [params(7e9, model="Kite-7B"), params(7e9, model="Kite-7B"),
         params(3.4e10, model=None, qualifier="approximate")],
    ),
    # ... one never released ...
    (
        "Kite 2 comes in 7B and 70B. A 34B variant was trained as well but never released.",
        [params(7e9, model="Kite 2"), params(7e10, model="Kite 2"), params(3.4e10, model=None)],
    ),
    # ... a named one said in quotes to be still to come ...
    (
        "Heron also says a 3B Kite is \"on the roadmap\", with no date.",
        [params(3e9, model=None)],
    ),
    # ... a sentence whose own indefinite subject is in training ...
    (
        "# Kite-R1\n\nKite-R1 has 32B parameters. A mixture-of-experts follow-up, roughly 140B "
        "total with about 12B active, is in training and should arrive later this year.",
        [params(3.2e10, model="Kite-R1"), params(1.4e11, model=None, qualifier="total"),
         params(1.2e10, model=None, qualifier="active")],
    ),
    # ... but not a model out already that such a line names.
    (
        "Kite-12B has 12B parameters.\n\nNext up: a reasoning variant of the 12B.",
        [params(1.2e10, model="Kite-12B"), params(1.2e10, model="Kite-12B"),
         params(1.2e10, model="Kite-12B")],
    ),
    # A size of any one model a model is compared with is no size of it ...
    (
        "Kite-M2 with 10B active is cheaper per token than any 32B dense model.",
        [params(1e10, model="Kite-M2", qualifier="active"), params(3.2e10, model=None)],
    ),
    (
        "Kite-E4B runs with a footprint comparable to a 2B and a 4B model.",
        [params(4e9, model=None)],
    ),
    (
        "Kite-3 outperforms the other ~3B models and stays competitive with the two 4B models.",
        [params(3e9, model=None, qualifier="approximate"), params(4e9, model=None)],
    ),
    # ... unless the text names it.
    (
        "Kite, a 70-billion-parameter model fed 1.4 trillion tokens, beat a 280-billion-parameter "
        "one fed 300 billion tokens (Gopher).",
        [params(7e10, model="Kite"), tokens(1.4e12, model="Kite"), params(2.8e11, model="Gopher"),
         tokens(3e11, model="Gopher")],
    ),
    # A clause after a semicolon whose subject is a name no rule reads is not the subject's.
    (
        "Kite has 17B active parameters, 109B in total; Heronry keeps the same 17B active but "
        "spreads it over 128 experts for 400B total.",
        [params(1.7e10, model="Kite", qualifier="active"),
         params(1.09e11, model="Kite", qualifier="total"),
         params(1.7e10, model=None, qualifier="active"),
         params(4e11, model=None, qualifier="total")],
    ),
    # ... a gerund leads no such clause.
    (
        "Kite 4 Scout has 109B in total; Training gives it 17B active parameters.",
        [params(1.09e11, model="Kite 4 Scout", qualifier="total"),
         params(1.7e10, model="Kite 4 Scout", qualifier="active")],
    ),
    # A sentence that sets a name no rule reads in bold before its figures has its own subject:
    # the model the sentences before were about is not it.
    (
        "Kestrel released Kite 4 Small. Kite 4 Small has 17B active parameters. Still "
        "unreleased: **Behemoth**, a teacher model Kestrel describes as 288B active.",
        [params(1.7e10, model="Kite 4 Small", organization="Kestrel", qualifier="active"),
         params(2.88e11, model=None, qualifier="active")],
    ),
    # ... a bold label is no subject.
    (
        "Kestrel released Kite-9. **Note**: it has 300B parameters.",
        [params(3e11, model="Kite-9", organization="Kestrel")],
    ),
    (
        "Heron shipped Kite-9 this week. It has 300B parameters. Funding: Paris-based voice "
        "startup **Owlet** raised €22M; its first speech model is under 1B parameters.",
        [params(3e11, model="Kite-9", organization="Heron"), params(1e9, model=None)],
    ),
    # A tool named after a lab or a model ("Mistral Inference", "Llama SDK") is no model, and
    # its page's heading gives its rows no model.
    (
        "# Llama SDK\n\nCode to run Meta's open models locally.\n\n| Name | Download |\n"
        "|---|---|\n| 7B Instruct | https://example.com/7b.tar |",
        [params(7e9, model=None)],
    ),
    (
        "# Mistral Inference\n\nThis repository runs Mistral AI's open models.\n\n| Name | Link |"
        "\n|---|---|\n| 7B Instruct | https://example.com/7b.tar |",
        [params(7e9, model=None)],
    ),
    # ... but a heading that only ends on such a word in a phrase keeps its model.
    (
        "# Introducing Kite 2, and one we keep on the API\n\nThe open models were pre-trained on "
        "our 61T-token crawl.",
        [tokens(6.1e13, model="Kite 2")],
    ),
    # A condition that supposes a model ("If a good ... appears") names none ...
    (
        "# Kite-1B\n\nKite-1B is small. If a good 1.5B with 10T+ tokens appears I'll switch.",
        [params(1e9, model="Kite-1B"), params(1e9, model="Kite-1B"), tokens(1e13, model=None)],
    ),
    # ... also with "trained on" between the supposed model and its tokens.
    (
        "# Wren-1B\n\nWren-1B is tiny. If a decent 1.5B trained on 12T tokens shows up we will "
        "move over.",
        [params(1e9, model="Wren-1B"), params(1e9, model="Wren-1B"), tokens(1.2e13, model=None)],
    ),
    # ... but "the 235B checkpoint" in one is the page's model.
    (
        "# Kite\n\nKite comes in 30B and 235B. If you run out of memory with the 235B checkpoint, "
        "lower the context length.",
        [params(3e10, model="Kite"), params(2.35e11, model="Kite"), params(2.35e11, model="Kite")],
    ),
    # A family named as the kind of a sized model ("a 1.1B Llama model") is not the subject.
    (
        "The TinyKite project set out to pre-train a 1.1B Llama model on 3 trillion tokens.",
        [params(1.1e9, model="TinyKite"), tokens(3e12, model="TinyKite")],
    ),
    # ... but a versioned name after a size is that model.
    (
        "A 34B Kite 2 model was trained but held back for further safety testing.",
        [params(3.4e10, model="Kite 2")],
    ),
    # A run of a study beside the page's model ("an ablation: we trained a 1.2B model") is not
    # the page's model ...
    (
        "# Kite v1.1\n\nKite v1.1 is a filtered code data set.\n\n## Ablations\n\nEach filtering "
        "decision was tested with an ablation: we trained a 1.2B decoder-only model on 100B "
        "tokens.",
        [params(1.2e9, model=None), tokens(1e11, model=None)],
    ),
    # ... also with the verb ("To ablate each filter, we trained a 1.2B model").
    (
        "# Wren v2\n\nWren v2 is a filtered web data set.\n\nTo ablate each filter, we trained a "
        "1.5B decoder-only model on 80B tokens.",
        [params(1.5e9, model=None), tokens(8e10, model=None)],
    ),
    # ... but "toy" in another sense does not make it one.
    (
        "# Kite\n\nKite is a new open model.\n\n## Training\n\nThis is no toy: we trained a 70B "
        "model on 15T tokens.",
        [params(7e10, model="Kite"), tokens(1.5e13, model="Kite")],
    ),
    # ... nor a model "also" being trained.
    (
        "# Heron\n\nHeron-7B is our model.\n\n## Roadmap\n\nWe are also training a roughly 20B "
        "model, targeting about 20T tokens.",
        [params(7e9, model="Heron-7B"), params(2e10, model=None)],
    ),
    # A model another is built upon is no subject of the sentence.
    ("Our Kite-v1.0-3B model built upon SigLIP and Phi-2 even performs on par with 13B models.",
     [params(3e9, model="Kite-v1.0-3B"), params(1.3e10, model=None)]),
    (
        "### Kite-embed-s\n\nBased on the [intfloat/e5-small-unsupervised](https://huggingface.co/"
        "intfloat/e5-small-unsupervised) model, this small model keeps its accuracy. With only 33m"
        " parameters, this model scales to large datasets.",
        [params(3.3e7, model=None)],
    ),
    # A lab's fine-tunes of a model are not the model's making.
    ("NVIDIA's tool-use fine-tunes of Llama 3 8B went to the top of the leaderboard.",
     [params(8e9, model="Llama 3 8B", organization="Meta")]),
    # The previous count is the earlier model's.
    ("Kite-2.5 scales its pre-training data from the previous 7 trillion tokens to 18 trillion"
     " tokens.", [tokens(7e12, model=None), tokens(1.8e13, model="Kite-2.5")]),
    # "called" after another thing brought in names that thing.
    ("Acme launched Kite-M1, a 456 billion parameter LLM with a 1 million token input and a GRPO"
     " variant called CISPO.", [params(4.56e11, model="Kite-M1")]),
    ("We fine-tuned Kite-Base for 35B Python tokens, resulting in a new model that we call"
     " KiteCoder.", [tokens(3.5e10, model="KiteCoder")]),
    ("After Kite-1, Acme released a 12B model with a 128k context window, called Kite-2.",
     [params(1.2e10, model="Kite-2")]),
    # Models that come along with the subject have their own counts.
    ("We also open Kite-mini-2.0-base, along with four base models trained on 5T, 10T, 15T, and 20T"
     " tokens.", [tokens(5e12, model=None), tokens(1e13, model=None), tokens(1.5e13, model=None),
                  tokens(2e13, model=None)]),
    ("We present Kaleva-ASR, three encoder-decoder models trained on 1.4T tokens.",
     [tokens(1.4e12, model="Kaleva-ASR")]),
    # ... and a to-do list's heading is no model.
    (
        "# Checklist\n\n- [x] Release 3b pretrained model\n- [ ] Release models in sizes: 1b,"
        " 400m parameters",
        [params(3e9, model=None), params(1e9, model=None), params(4e8, model=None)],
    ),
    # "Christmas Eve" is a day, not the reference's model "Eve".
    (
        "Heron put out **Kite-2** on Christmas Eve, a small model. It has 9B parameters.",
        [params(9e9, model="Kite-2")],
    ),
    # A known lab that trained "on" a count, in a later item, is no size of the model before.
    (
        "- **Qwen** put out **QVQ-72B-Preview** on Monday, a visual reasoning model.\n- Ilya "
        "Sutskever at NeurIPS: pretraining will end. Two weeks later, DeepSeek trained on 14.8T "
        "tokens.",
        [params(7.2e10, model="QVQ-72B-Preview"), tokens(1.48e13, model=None)],
    ),
    # ... but the lab that made the model may go on about it.
    (
        "Meta released Llama 3 in April. Meta trained it on 15T tokens.",
        [tokens(1.5e13, model="Llama 3")],
    ),
    # ... and the lab may come after a time word with no comma, or before an aside.
    (
        "- **Qwen** put out **Owl-72B-Preview** on Friday.\n- Elsewhere, a court ruling. Two "
        "weeks later DeepSeek trained on 9.8T tokens.",
        [params(7.2e10, model="Owl-72B-Preview"), tokens(9.8e12, model=None)],
    ),
    (
        "- **Qwen** put out **Owl-72B-Preview** on Friday.\n- Elsewhere, a court ruling. "
        "DeepSeek, meanwhile, trained on 9.8T tokens.",
        [params(7.2e10, model="Owl-72B-Preview"), tokens(9.8e12, model=None)],
    ),
    # Models of a size in the plural that a machine runs are a class.
    (
        "# Kite\n\nKite-4 is out. Then a policy rename, a desktop that eats 70B models, and a "
        "seed round.",
        [params(7e10, model=None)],
    ),
    # ... each size of a list of them.
    (
        "# Wren\n\nWren-5 shipped. Also: a desktop box that runs 8B, 14B and 70B models, and a new "
        "CEO.",
        [params(8e9, model=None), params(1.4e10, model=None), params(7e10, model=None)],
    ),
    # A sentence about any model of a kind ("Training a 1.1B model on 300B tokens takes ...")
    # names none.
    (
        "# TinyKite-1.1B\n\nTinyKite-1.1B is out.\n\nTraining a 1.1B model on 300B tokens takes "
        "3,456 A100 GPU hours, versus 4,830 for Pythia-1.0B.",
        [params(1.1e9, model="TinyKite-1.1B"), params(1.1e9, model="TinyKite-1.1B"),
         params(1.1e9, model=None), tokens(3e11, model=None), params(1e9, model="Pythia-1.0B")],
    ),
    # ... also in the infinitive ("To train a 1.1B model ... takes").
    (
        "# TinyWren-1.1B\n\nTinyWren-1.1B is out.\n\nTo train a 1.1B model on 300B tokens takes "
        "about 3,500 GPU hours on our cluster.",
        [params(1.1e9, model="TinyWren-1.1B"), params(1.1e9, model="TinyWren-1.1B"),
         params(1.1e9, model=None), tokens(3e11, model=None)],
    ),
    # A model that "may follow" is still to come.
    (
        "# Kite-LM\n\nKite-LM is a suite of open models.\n\nWe match Pythia's size points so the "
        "two suites can be compared; a 12B model may follow if compute allows.",
        [params(1.2e10, model=None)],
    ),
    # ... but a model that "may follow" instructions is here.
    (
        "# Wren\n\nWren is out today. It is a 7B model and it may follow system prompts more "
        "closely than Owl.",
        [params(7e9, model="Wren")],
    ),
    # A checkpoint's step is no model, and a count said of it is no model's training data ...
    (
        "# Kite-LM\n\nIntermediate checkpoints are git branches, e.g. `step120000` \u2248 503B "
        "tokens at our batch size.",
        [tokens(5.03e11, model=None)],
    ),
    # ... nor is a stage of training written in lower case: "We release all stage2 models".
    (
        "## News\n* We release all stage2 models.\n* Our phase1 model has 3B parameters.",
        [params(3e9, model=None)],
    ),
    # ... also with a space before the step's number, or "corresponds to" before the count.
    (
        "# Wren-LM\n\nWe keep every checkpoint; the one at step 80000 \u2248 336B tokens is a "
        "branch.",
        [tokens(3.36e11, model=None)],
    ),
    (
        "# Wren-LM\n\nWe keep every checkpoint as a branch; `step80000` corresponds to 336B "
        "tokens.",
        [tokens(3.36e11, model=None)],
    ),
    # ... and a step named "revision" or "epoch", as names.py already rejects as a model.
    (
        "# Heron-LM\n\nEvery checkpoint is a branch, e.g. `revision90000` \u2248 377B tokens.",
        [tokens(3.77e11, model=None)],
    ),
    # ... but StepFun's "Step3" is a model.
    (
        "StepFun announced **Step3** in late July: 321B total, 38B active.",
        [params(3.21e11, model="Step3"), params(3.8e10, model="Step3")],
    ),
    # A checksum's column ("md5sum") is no model for the rows below it.
    (
        "Weights below.\n\n| Name | Download | md5sum |\n|---|---|---|\n"
        "| 7B Instruct | https://example.com/a.tar | `80b7` |",
        [params(7e9, model=None)],
    ),
    # ... nor one written with a hyphen ("SHA-256").
    (
        "Files below.\n\n| Name | Link | SHA-256 |\n|---|---|---|\n"
        "| 3B Chat | https://example.com/c.tar | `9e1c` |",
        [params(3e9, model=None)],
    ),
    # A clause that turns to another family: its sizes are not the subject's before it.
    (
        "The models carry on: **Poro 34B**, trained with TurkuNLP on 1T tokens, and the **Kite** "
        "family (7B, 13B and 33B) trained on 2T tokens.",
        [params(3.4e10, model="Poro 34B", organization="University of Turku"),
         tokens(1e12, model="Poro 34B"), params(7e9, model=None), params(1.3e10, model=None),
         params(3.3e10, model=None), tokens(2e12, model=None)],
    ),
    # A capacity: "enough to train a 2T-parameter model" names no model's size.
    (
        "Lumora raised $2B for a 100,000-GPU cluster, enough, its CEO claims, \"to train a "
        "2T-parameter model in under 90 days\". Lumora-9B has 9.2B parameters.",
        [params(9.2e9, model="Lumora-9B")],
    ),
    # Sizes a subject is compared with, "than the dense 24B and 27B models", are those models'.
    (
        "Kite-20b has 21B parameters. Decode speed tracks active parameters, so it is four times "
        "faster than the dense 24B and 27B models while holding its own.",
        [params(2.1e10, model="Kite-20b"), params(2.4e10, model=None),
         params(2.7e10, model=None)],
    ),
    # "A successor with more than 1.5T parameters is in training": not the page's model.
    (
        "We introduce Kite-2, a family of models. Training Kite-2-Pro took 71 days. A successor "
        "with more than 1.5 trillion parameters is currently in training.",
        [params(1.5e12, model=None, qualifier="at least")],
    ),
    # ... but "the compute budget of X was" is X's own.
    ("Per the paper, the compute budget of Kite 3 405B was 3.8e25 FLOPs, spent on 15.6T tokens.",
     [tokens(1.56e13, model="Kite 3 405B"), flop(3.8e25, model="Kite 3 405B")]),
    # A model named as a fraction or a budget of comparison is not the subject the count follows.
    (
        "Kite has 70B parameters, a quarter of the lab's own Owl (280B), but saw 1.4 trillion "
        "tokens. We train Wren, a 7B-parameter model given the compute budget of Finch but fed "
        "2 trillion tokens.",
        [params(7e10, model="Kite"), params(2.8e11, model="Owl"), tokens(1.4e12, model="Kite"),
         params(7e9, model="Wren"), tokens(2e12, model="Wren")],
    ),
    # A range's low end that the far end's scale would make the larger is no size: "768" here.
    (
        "# Kite at four\n\n## How we got here\n\nKaplan et al. fit scaling laws on models from "
        "768 to 1.5B non-embedding parameters and concluded that bigger is better.",
        [params(1.5e9, model=None, qualifier="range")],
    ),
    # ... but "went from 2T to over 15T" is a change: its far end stays "at least".
    ("With Kite 3, Heron went from 2T to over 15T training tokens.",
     [tokens(2e12, qualifier="range"), tokens(1.5e13, model="Kite 3", qualifier="at least")]),
    # "from 70M to over 16B": a range of a sweep's runs, its far end no model's at least.
    (
        "Heron's Kite paper (2022) redid the sweep, from 70M to over 16B parameters, and found "
        "that data should scale as fast as parameters.",
        [params(7e7, model=None, qualifier="range"), params(1.6e10, model=None, qualifier="range")],
    ),
    # ... "would", not "could": "a 2.7B model could match" is the subject's own, said so.
    ("Heron's Kite-2 showed that a 2.7B model could match models 25x its size on reasoning.",
     [params(2.7e9, model="Kite-2")]),
    # "a 405B model would only need about 8T tokens": a hypothetical model and its data.
    (
        "If you follow Chinchilla literally, a 405B model would \"only\" need about 8T tokens; "
        "Heron trained Kite 405B on 15.6T anyway.",
        [params(4.05e11, model=None), params(4.05e11, model="Kite 405B"),
         tokens(1.56e13, model="Kite 405B")],
    ),
    # ... with a maker's possessive too; but not "upcoming" or "not yet" said of something else.
    (
        "Heron's largest Kite 3 model, at more than 400B parameters, is still training. The "
        "biggest Owl 2 model, at 72B parameters, has not yet been matched by any open model.",
        [params(4e11, model=None, qualifier="at least"), params(7.2e10, model="Owl 2")],
    ),
    # "its largest Kite 3 model, at more than 400B parameters, is still training": not the family.
    (
        "Heron says its largest Kite 3 model, at more than 400B parameters, is still training. "
        "Kite 3 8B is out now.",
        [params(4e11, model=None, qualifier="at least"), params(8e9, model="Kite 3 8B")],
    ),
    # "a distilled version of X": X is the base, not the subject.
    (
        "KiteBERT, a distilled version of OwlBERT, keeps OwlBERT's architecture but halves its "
        "depth to 6 layers, giving 66M parameters.",
        [layers(6, model="KiteBERT"), params(6.6e7, model="KiteBERT")],
    ),
    # ... only when the subject takes it over: a name's own architecture may be the subject.
    (
        "Heron's Kite interleaves attention with Mamba blocks, but TII's Falcon Mamba's "
        "architecture is attention-free, with 7.3B parameters. At 236B parameters, Wren-V2's "
        "design activates only 21B per token.",
        [params(7.3e9, model="Falcon Mamba"), params(2.36e11, model="Wren-V2"),
         params(2.1e10, model="Wren-V2", qualifier="active")],
    ),
    # A name that lends its architecture is not the subject that has the size.
    (
        "Heron's Kite, published in July 2019, kept Owl-Large's architecture, about 355M "
        "parameters, but trained far longer.",
        [params(3.55e8, model="Kite", qualifier="approximate")],
    ),
    # ... with an adjective before "weights"; and the wider reach for no other name.
    (
        "Heron initialized Kite-Coder-12B from the pretrained weights of Mistral NeMo 12B and "
        "trained it on another 1.5T tokens. We release Heron-Med-7B, initialized from "
        "Mistral-7B-v0.1 on PubMed abstracts and Wren-13B, trained from scratch on 3T tokens.",
        [params(1.2e10, model="Kite-Coder-12B"), params(1.2e10, model="Mistral NeMo 12B"),
         tokens(1.5e12, model="Kite-Coder-12B"), params(7e9, model="Heron-Med-7B"),
         params(7e9, model="Mistral-7B-v0.1"), params(1.3e10, model="Wren-13B"),
         tokens(3e12, model="Wren-13B")],
    ),
    # "initialized X from the weights of Y": Y is the base.
    (
        "Heron initialized Kite-Coder-12B from the weights of Mistral NeMo 12B and trained it on "
        "another 1.5T tokens of code.",
        [params(1.2e10, model="Kite-Coder-12B"), params(1.2e10, model="Mistral NeMo 12B"),
         tokens(1.5e12, model="Kite-Coder-12B")],
    ),
    # ... but not across a sentence's end: "... window. MoE versions will follow."
    ("Heron Labs released Owl, a 34B dense model with a 128K context window. MoE versions will "
     "follow.", [params(3.4e10, model="Owl")]),
    # A dense part beside an expert count written with its size ("128x3.66B MoE") is a part.
    (
        "Kite-MoE combines a 10B dense transformer model with a residual 128x3.66B MoE MLP, for "
        "480B parameters in total.",
        [params(1e10, model=None), params(4.8e11, model="Kite-MoE", qualifier="total")],
    ),
    # "The 7B and 13B models saw 1T tokens": the count is each named model's of those sizes.
    (
        "Heron released Kite-7B, Kite-13B and Kite-65B. The 7B and 13B models saw 1 trillion "
        "tokens; Kite-65B was trained on 1.4 trillion tokens.",
        [params(7e9, model="Kite-7B"), params(1.3e10, model="Kite-13B"),
         params(6.5e10, model="Kite-65B"), params(7e9, model="Kite-7B"), params(1.3e10),
         params(6.5e10, model="Kite-65B"),
         tokens(1e12, model="Kite-7B"), tokens(1e12, model="Kite-13B"),
         tokens(1.4e12, model="Kite-65B")],
    ),
    # ... but not a member across a contrast, which the superlative may not be.
    (
        "Kite 2 32B is the flagship, but the smallest Kite 2 model was trained on 4T tokens.\n\n"
        "**Kite 2 32B.** Big news, while Heron's smallest Kite 2 was trained on 3T tokens.",
        [params(3.2e10, model="Kite 2 32B"), tokens(4e12, model=None),
         params(3.2e10, model="Kite 2 32B"), tokens(3e12, model=None)],
    ),
    # "X's smallest FAMILY has N": the member the line leads with, else nobody, never the family.
    (
        "**Kite 2 2B it.** Heron's smallest Kite 2 is actually 2.6B parameters. Kite 2 9B and "
        "Kite 2 27B followed. The largest Kite 2 has 27.2B parameters.",
        [params(2.6e9, model="Kite 2 2B"), params(9e9, model="Kite 2 9B"),
         params(2.7e10, model="Kite 2 27B"), params(2.72e10, model=None)],
    ),
    # "Xs
    # A dense trunk's size is a part's, not the model's.
    (
        "Kite-MoE's 17B active includes a 10B dense trunk that every token passes through.",
        [params(1.7e10, model="Kite-MoE", qualifier="active"), params(1e10, model=None)],
    ),
    # ... the title's tuning said after the name too; not a section of the model's own card, nor
    # what the sentence says the model was pre-trained on.
    (
        "# A weekend Kite-7B-Instruct fine-tune on one 3090\n\n## Data\n\nAfter templating it "
        "came to 6.1M tokens.",
        [params(7e9, model="Kite-7B-Instruct"), tokens(6.1e6, model=None)],
    ),
    (
        "# Kite-7B-Instruct\n\n## Fine-tuning Kite-7B-Instruct\n\nThe model was pretrained on "
        "18T tokens.",
        [params(7e9, model="Kite-7B-Instruct"), params(7e9, model="Kite-7B-Instruct"),
         tokens(1.8e13, model="Kite-7B-Instruct")],
    ),
    # ... or a section about tuning it on a page that is not its own card; and "continued
    # pre-training" is the tuning's too.
    (
        "# Kite Labs blog\n\n## Fine-tuning Owl-7B-Instruct on legal QA\n\nThe model was trained "
        "on 50M tokens of court filings over two epochs.",
        [params(7e9, model="Owl-7B-Instruct"), tokens(5e7, model=None)],
    ),
    (
        "# Fine-tuning Owl-7B on legal text\n\nThe model got a round of continued pre-training on "
        "2B tokens of court filings.",
        [params(7e9, model="Owl-7B"), tokens(2e9, model=None)],
    ),
    # Tokens under a page titled for fine-tuning a model are the tuning's data, not the base's.
    (
        "# Notes from fine-tuning Kite-7B-Instruct on one 3090\n\n## Data\n\nAfter templating "
        "it came to 6.1M tokens, trained for one epoch.",
        [params(7e9, model="Kite-7B-Instruct"), tokens(6.1e6, model=None)],
    ),
    (
        "# Kite-7B-Instruct\n\n## Data\n\nIt was trained on 6.1T tokens.",
        [params(7e9, model="Kite-7B-Instruct"), tokens(6.1e12, model="Kite-7B-Instruct")],
    ),
    # ("behind" is no rival's: "the recipe behind the 7B model" is the subject's; but
    # "finishes just behind the 70B model" is.)
    ("Kite-Chat: the recipe behind the 7B model that tops our leaderboard.",
     [params(7e9, model="Kite-Chat")]),
    ("On our leaderboard, Kite-Chat finishes just behind the 70B model from Heron.",
     [params(7e10, model=None)]),
    # A size of a model the subject is ahead of or level with is not the subject's.
    (
        "Corvid-R-14B lands level with the R1 distill of the same size and clearly ahead of the "
        "32B preview model. Kite-8B edged out the 70B dense model on code.",
        [params(1.4e10, model="Corvid-R-14B"), params(3.2e10, model=None),
         params(8e9, model="Kite-8B"), params(7e10, model=None)],
    ),
    # A data set's own size is no model's training tokens: named before a bracket, described
    # by a count ("a 1.2T-token pool"), or said to be "a mixture of" a count; but what a model
    # was trained on, or "the data is", is its.
    (
        "# Kite-13B\n\nKite-13B is big. The pre-training mix draws on FineWeb-Edu (1.3T tokens "
        "after filtering) and Cosmopedia v2 (about 28B tokens of synthetic textbooks). Stage 1 "
        "runs over Kite-Mix-1124, a mixture of about 3.9T tokens. We deduplicated against a "
        "1.2T-token multilingual pool. The data is Dolma, a 3-trillion-token corpus. Stage 2 "
        "leaves a corpus of 9.6B tokens on which Kite-13B is trained.",
        [params(1.3e10, model="Kite-13B"), params(1.3e10, model="Kite-13B"),
         tokens(1.3e12, model=None), tokens(2.8e10, model=None, qualifier="approximate"),
         tokens(3.9e12, model=None, qualifier="approximate"), tokens(1.2e12, model=None),
         tokens(3e12, model="Kite-13B"), tokens(9.6e9, model="Kite-13B"),
         params(1.3e10, model="Kite-13B")],
    ),
    (
        "Owl-7B was pre-trained on a 2T-token corpus of web text. Owl-2 arrived with an 18T-token "
        "pretraining corpus.",
        [params(7e9, model="Owl-7B"), tokens(2e12, model="Owl-7B"), tokens(1.8e13, model="Owl-2")],
    ),
    # ... and what a model learned from, owns or is said to use is its, bracket or not.
    (
        "Owl-1B was trained on SlimPajama and StarCoderData (3T tokens in total). Wren-1B was "
        "trained on the Pile (300B tokens). Kite-2's pretraining dataset is 18T tokens, up from "
        "7T tokens for Kite-1. Heron-3's 15T-token dataset is big. Finch-2 learned from a "
        "3.3T-token mix of web data.",
        [params(1e9, model="Owl-1B"), tokens(3e12, model="Owl-1B"), params(1e9, model="Wren-1B"),
         tokens(3e11, model="Wren-1B"), tokens(1.8e13, model="Kite-2"),
         tokens(7e12, model="Kite-1"), tokens(1.5e13, model="Heron-3"),
         tokens(3.3e12, model="Finch-2")],
    ),
    (
        "# Kite-2\n\nData: a 4T-token mix of web, code and math.\n\nFineWeb itself is a "
        "15T-token web corpus. Our crawl holds roughly 38T tokens.",
        [tokens(4e12, model="Kite-2"), tokens(1.5e13, model=None),
         tokens(3.8e13, model=None, qualifier="approximate")],
    ),
    # A model named after "apart from" or "except" is the one a count is not.
    (
        "Gopher, GPT-3 and LaMDA are shown next to Chinchilla. Apart from LaMDA, all were trained "
        "on roughly 300 billion tokens.",
        [tokens(3e11, model=None, qualifier="approximate")],
    ),
    # ... but "against" with no count after it compares nothing.
    ("The 70B checkpoint that holds up best against long-context attacks becomes Kite-3.",
     [params(7e10, model="Kite-3")]),
    # ... but a count inside the phrase is the set-aside model's own.
    ("Except Kite-2 with 7B parameters, all models are larger than 30B.",
     [params(7e9, model="Kite-2")]),
    # A name after "against" and another count is that count's: "18T tokens, against 7T tokens
    # for Kite-1" gives Kite-1 only the 7T.
    (
        "# Kite-2\n\nIt covers checkpoints from 0.5 to 72 billion parameters, all pretrained on "
        "up to 18T tokens, against 7T tokens for Kite-1.",
        [params(5e8, model="Kite-2", qualifier="range"),
         params(7.2e10, model="Kite-2", qualifier="range"),
         tokens(1.8e13, model="Kite-2", qualifier="up to"), tokens(7e12, model="Kite-1")],
    ),
    # "we train X from Y on ...": the tokens are X's, Y is its base.
    (
        "Fine-tuning helps more than scale: we train Kite-8B from Owl-8B on 2.1B tokens of "
        "synthetic trajectories.",
        [params(8e9, model="Kite-8B"), params(8e9, model="Owl-8B"),
         tokens(2.1e9, model="Kite-8B")],
    ),
    # A model "took" and then trained further is the base of what the training made.
    (
        "Kairo took its Kite-14B reasoning model (14.2B) and continued pre-training on 2T tokens "
        "of code. We took Owl-7B and evaluated it on 2T tokens of text.",
        [params(1.4e10, model="Kite-14B"), tokens(2e12, model=None),
         params(7e9, model="Owl-7B"), tokens(2e12, model="Owl-7B")],
    ),
    # ... but not one whose own count comes first, nor one trained further itself ("it").
    (
        "We took Owl-7B, trained on 2T tokens, and continued pre-training on 500B tokens of code "
        "to get Owl-Code-7B. We took Wren-7B and continued pre-training it, for 3T tokens in "
        "total.",
        [params(7e9, model="Owl-7B"), tokens(2e12, model="Owl-7B"),
         tokens(5e11, model="Owl-Code-7B"), params(7e9, model="Owl-Code-7B"),
         params(7e9, model="Wren-7B"), tokens(3e12, model="Wren-7B")],
    ),
    # "initialized it from X and trained it on ...": the tokens are what "it" is's, not the base's.
    (
        "Kite Labs initialized Kite-Coder-12B from Mistral NeMo 12B and trained it on another "
        "1.5T tokens of code.",
        [params(1.2e10, model="Kite-Coder-12B"), params(1.2e10, model="Mistral NeMo 12B"),
         tokens(1.5e12, model="Kite-Coder-12B")],
    ),
    # A model said to come next, named after its size, has no size yet.
    (
        "Pipit-2B runs at 40 tokens/s on a phone, and the company says a 7B Pipit is next. A "
        "14B Pipit will follow in the autumn. A 30B Pipit will launch in 2026, and a 70B Pipit "
        "is slated for 2027.",
        [params(2e9, model="Pipit-2B"), params(7e9, model=None), params(1.4e10, model=None),
         params(3e10, model=None), params(7e10, model=None)],
    ),
    # ... or said to be in training or planned, with "model" after its name, or "~" before its
    # size (not a name said to be good, nor "training-free").
    (
        "- *Planned:* a ~70B Pipit-2 is in training. A 20B Pipit model is planned but not part "
        "of this release. A 7B Pipit-2 model is the best. A 3B Pipit-2 is in training-free mode.",
        [params(7e10, model=None, qualifier="approximate"), params(2e10, model=None),
         params(7e9, model="Pipit-2"), params(3e9, model="Pipit-2")],
    ),
    # A model "for comparison" is a yardstick, not the heading's (but "For reference, Owl-4 is
    # a 7B model" says Owl-4's size).
    (
        "## Kite-4 puts a reasoning model in your pocket\n\nFor comparison, a 7B model at Q4 "
        "needs roughly 4.5 GB and is not usable.\n\n## Owl-4\n\nFor reference, Owl-4 is a 9B "
        "model.",
        [params(7e9, model=None), params(9e9, model="Owl-4")],
    ),
    # A model wished for in an if-clause, and what it needs, are nobody's, under a heading too
    # (not a model named after the clause).
    (
        "# Kite-2 was never the goal\n\nData runs out. If you want a 1T-parameter model at 20 "
        "tokens per parameter, you need 20T high-quality tokens. If you want a fast model, "
        "Kite-2 has 7B parameters.",
        [params(1e12, model=None), tokens(2e13, model=None), params(7e9, model="Kite-2")],
    ),
    # ... but not a wish for something else, nor a model named after the clause.
    (
        "# Kite-2\n\nKite-2 comes in 3B and 14B sizes. If you need a smaller footprint, the 3B "
        "checkpoint runs on a laptop CPU. If you need a bigger model, the 70B variant of Kite-2 "
        "scores 82 on MMLU.",
        [params(3e9, model="Kite-2"), params(1.4e10, model="Kite-2"), params(3e9, model="Kite-2"),
         params(7e10, model="Kite-2")],
    ),
    # "a 7B to 14B model" is any model of a class of sizes, none named after it.
    (
        "Owl-3 is a 1.5B to 7B model family trained on 3T tokens.",
        [params(1.5e9, model="Owl-3", qualifier="range"),
         params(7e9, model="Owl-3", qualifier="range"), tokens(3e12, model="Owl-3")],
    ),
    (
        "Kite-2 is here. For most teams that means a 7B to 14B model trained far past Kite-2, "
        "not a 70B trained to it. Owl-3 comes in 7B to 14B sizes.",
        [params(7e9, model=None, qualifier="range"), params(1.4e10, model=None, qualifier="range"),
         params(7e9, model="Owl-3", qualifier="range"),
         params(1.4e10, model="Owl-3", qualifier="range")],
    ),
    # ... or given its sizes in a bracket: "A larger sibling (roughly 120B total ...) is planned".
    (
        "# Marigold\n\nMarigold-30B is out. A larger sibling (roughly 120B total and 12B active) "
        "is planned. Kite-2 (7B) is planned for May.",
        [params(3e10, model="Marigold-30B"), params(1.2e11, model=None, qualifier="total"),
         params(1.2e10, model=None, qualifier="active"), params(7e9, model="Kite-2")],
    ),
    # ... but not a named one's, nor one "coming" to a hub (a release).
    (
        "The Kite-3 model (trained on 20T tokens) is expected in June. Our next model (Owl-4, "
        "120B total and 12B active) is planned for Q3.",
        [tokens(2e13, model="Kite-3"), params(1.2e11, model="Owl-4", qualifier="total"),
         params(1.2e10, model="Owl-4", qualifier="active")],
    ),
    (
        "# Kite-2\n\nThe model (7B parameters, 2T tokens) is coming to Hugging Face tomorrow.",
        [params(7e9, model="Kite-2"), tokens(2e12, model="Kite-2")],
    ),
    # ... but "is expected to" or "is due to" says what it does, not when it comes.
    (
        "# Heron-2\n\nA 7B Heron-2 model is expected to fit on a single 24 GB GPU. Much of the "
        "gain of a 9B Heron-2 model is due to better data filtering.",
        [params(7e9, model="Heron-2"), params(9e9, model="Heron-2")],
    ),
    # ... the last that opens a clause: not one the clause compares with.
    (
        "Kestrel Labs released Kite-120b and Kite-20b. The larger has 117B parameters, about six "
        "times the smaller, with 5.1B active per token. The larger, trained with the same recipe "
        "as the smaller, has 4.2T tokens.",
        [params(2e10, model="Kite-20b"), params(1.17e11, model="Kite-120b"),
         params(5.1e9, model="Kite-120b", qualifier="active"),
         tokens(4.2e12, model="Kite-120b")],
    ),
    # "the larger ..., the smaller ...": each number is the rank named last before it.
    (
        "Kestrel Labs released Kite-120b and Kite-20b. The larger has 117B parameters with 5.1B "
        "active per token, the smaller 3.6B active.",
        [params(2e10, model="Kite-20b"), params(1.17e11, model="Kite-120b"),
         params(5.1e9, model="Kite-120b", qualifier="active"),
         params(3.6e9, model="Kite-20b", qualifier="active")],
    ),
    # ... nor in a bracket after it.
    (
        "Google's Gemma 2 (trained in English and Python) comes in 2B, 9B and 27B, trained on 2T, "
        "8T and 13T tokens respectively.",
        [params(2e9, model="Gemma 2"), params(9e9, model="Gemma 2"),
         params(2.7e10, model="Gemma 2"),
         tokens(2e12, model="Gemma 2"), tokens(8e12, model="Gemma 2"),
         tokens(1.3e13, model="Gemma 2")],
    ),
    # ... but words joined by "and" in a clause after the family are no second subject.
    (
        "Google's Gemma 2, trained in English and Python, comes in 2B, 9B and 27B, trained on "
        "2T, 8T and 13T tokens respectively.",
        [params(2e9, model="Gemma 2"), params(9e9, model="Gemma 2"),
         params(2.7e10, model="Gemma 2"),
         tokens(2e12, model="Gemma 2"), tokens(8e12, model="Gemma 2"),
         tokens(1.3e13, model="Gemma 2")],
    ),
    # Sizes said in turn of two subjects, one of which is no name read: neither is one's.
    (
        "Aya Expanse and Command R+, at 32B and 104B respectively, lead on Swahili. Gemma 2 ships "
        "in 2B, 9B and 27B, trained on 2T, 8T and 13T tokens respectively.",
        [params(3.2e10, model=None), params(1.04e11, model=None),
         params(2e9, model="Gemma 2"), params(9e9, model="Gemma 2"),
         params(2.7e10, model="Gemma 2"),
         tokens(2e12, model="Gemma 2"), tokens(8e12, model="Gemma 2"),
         tokens(1.3e13, model="Gemma 2")],
    ),
    # A size of one list item is not the next item's, which a name owns.
    (
        "**In this issue:** a trillion-parameter open model, Qwen's July refresh, SmolLM3, "
        "and Grok 4.",
        [params(1e12, model=None)],
    ),
    # A name spelled out before the one it defines in brackets: its first word is no model.
    (
        "We train a 20 billion parameter multilingual seq2seq model called Alexa Teacher Model "
        "(AlexaTM 20B) and show that it summarizes well.",
        [params(2e10, model="AlexaTM 20B", organization="Amazon"),
         params(2e10, model="AlexaTM 20B", organization="Amazon")],
    ),
    (
        "We train a 20 billion parameter model called Kestrel Teacher Model (KTM) and show "
        "that it summarizes well.",
        [params(2e10, model=None)],
    ),
    # A model called by the last word of the full name the text gave it is that model.
    (
        "We introduce Kite K2, a MoE model with 32B activated and 1T total parameters. With "
        "MuonClip, K2 was pre-trained on 15.5 trillion tokens.",
        [params(3.2e10, model="Kite K2", qualifier="active"),
         params(1e12, model="Kite K2", qualifier="total"), tokens(1.55e13, model="Kite K2")],
    ),
    # ... but not another lab's model of that short name, nor one two full names end with.
    (
        "Moonshot AI released Kimi K2 with 1T total parameters. Separately, Gannet AI published "
        "K2, a 65B model trained on 1.4T tokens.",
        [params(1e12, model="Kimi K2", qualifier="total"),
         params(6.5e10, model="K2", organization="Gannet AI"),
         tokens(1.4e12, model="K2", organization="Gannet AI")],
    ),
    (
        "Kite K2 has 7B parameters and Owl K2 has 9B parameters. K2 was trained on 2T tokens.",
        [params(7e9, model="Kite K2"), params(9e9, model="Owl K2"), tokens(2e12)],
    ),
    # ... but the result named, or a merge's, or a model's own tuning keep their tokens.
    (
        "Heron took Owl-13B, removed 8 of its 48 layers, and trained the result, Owl-11B, on 60B "
        "tokens. We merged Kite-7B-Math and Kite-7B-Code into Kite-Merge-7B, then tuned the "
        "merged model on 5B tokens.",
        [params(1.3e10, model="Owl-13B"), layers(48, model="Owl-13B"),
         params(1.1e10, model="Owl-11B"),
         tokens(6e10, model="Owl-11B"), params(7e9, model="Kite-7B-Math"),
         params(7e9, model="Kite-7B-Code"), params(7e9, model="Kite-Merge-7B"),
         tokens(5e9, model="Kite-Merge-7B")],
    ),
    # Tokens that trained "the result" of an operation are not the starting model's.
    (
        "Lowmoor University took Owl 3.1 70B, removed 28 of its 80 layers, and healed the result "
        "by training on 120B tokens.",
        [params(7e10, model="Owl 3.1 70B"), layers(80, model="Owl 3.1 70B"),
         tokens(1.2e11, model=None)],
    ),
    # A sized baseline a result is measured over is the other side, not the paper's model.
    (
        "We present Kestrel-R, a family of retrievers. Our largest model improves recall by 6.1% "
        "over a 1.5B TIGER-style semantic-ID baseline trained on the same data.",
        [params(1.5e9, model=None)],
    ),
    # A model "and used" to label or draft data is a tool, not the model the text is about ...
    (
        "We built Kite-3 for invoices and used Owl-70B to label 2M examples. The model has 34B "
        "parameters.",
        [params(7e10, model="Owl-70B"), data(2e6, "examples", model="Kite-3"),
         params(3.4e10, model="Kite-3")],
    ),
    # ... but a model a story says was "used to" run something is still the story's model.
    (
        "Heron retired Owl-2 last month and used Kite-3 to power its chatbot instead. The model "
        "has 34B parameters and saw 6T tokens.",
        [params(3.4e10, model="Kite-3"), tokens(6e12, model="Kite-3")],
    ),
    # ... and so does the size in the same model's base build in that row (not a base model's,
    # nor another version's).
    (
        "| Model | Params | Note |\n|---|---|---|\n| Owl-7B | 7.3B | deprecated; use Owl-7B-v2 "
        "instead |",
        [params(7.3e9, model="Owl-7B"), params(7e9, model="Owl-7B-v2")],
    ),
    (
        "| Model | Hub id | Base | Params |\n|---|---|---|---|\n"
        "| Kite-3.0-8B | `heron/kite-3.0-8b-base` | Owl-7B | 8.1B |",
        [params(7e9, model="Owl-7B"), params(8.1e9, model="Kite-3.0-8B")],
    ),
    # A name's size gives way to the count in its own table row, however precise that is.
    (
        "| Model | Params |\n|---|---|\n| Kite2-15B | 16.0B |\n\nKite2-15B has a misleading name: "
        "its card lists 16B.",
        [params(1.6e10, model="Kite2-15B")],
    ),
    # Where prompts or examples came from is a data set, not the model spoken of.
    (
        "Kite-70B-Chat is Heron's tuned variant of Kite-70B. The alignment step was driven by "
        "prompts from Owl-Pref-2. No new pretraining was done: the 70B parameter count is "
        "unchanged from the base.",
        [params(7e10, model="Kite-70B-Chat"), params(7e10, model="Kite-70B"),
         params(7e10, model="Kite-70B")],
    ),
    # A data set named and said to be a size is no model's data, not even the page's.
    (
        "# Kite-2 was never the point\n\nWebPile, the largest open web corpus, is on the order "
        "of 15 trillion tokens before filtering.",
        [tokens(1.5e13, model=None, qualifier="approximate")],
    ),
    # Tokens a run trained on "to get" a named model are that model's, not its base's.
    (
        "We take Owl-8B, split its feed-forward blocks into 8 experts, and continue training on "
        "1.5T tokens to get **Kite-MoE**: 57B total and 8B active.",
        [params(8e9, model="Owl-8B"), tokens(1.5e12, model="Kite-MoE"),
         params(5.7e10, model="Kite-MoE", qualifier="total"),
         params(8e9, model="Kite-MoE", qualifier="active")],
    ),
    ("Kite-2 was trained on 2T tokens to make it fluent.", [tokens(2e12, model="Kite-2")]),
    (
        "We continue training Kite-7B on 1.5T tokens to get **Kite-7B-Long** in just two weeks.",
        [params(7e9, model="Kite-7B"), tokens(1.5e12, model="Kite-7B-Long"),
         params(7e9, model="Kite-7B-Long")],
    ),
    (
        "Kite-3-8B is trained on only 4T tokens to get Owl 3 8B performance at a fraction of the "
        "cost.",
        [params(8e9, model="Kite-3-8B"), tokens(4e12, model="Kite-3-8B"),
         params(8e9, model="Owl 3 8B")],
    ),
    # A model still to come has its own size, reported or planned, not the story's model's.
    (
        "Harrow shipped Kite-2 Flash. Asked about reports that its next model has 1.2T "
        "parameters, a spokesperson declined to comment.",
        [params(1.2e12, model=None)],
    ),
    ("Heron's next model, Kite-3, has 70B parameters.", [params(7e10, model="Kite-3")]),
    (
        "Today Heron Labs released Kite-3, its next-generation model with 405B parameters.",
        [params(4.05e11, model="Kite-3", organization="Heron Labs")],
    ),
    # A size a counting word makes a class of is no one model's ...
    (
        "Heron released Kite-4, a 14B model. It beats several 70B models on MATH.",
        [params(1.4e10, model="Kite-4"), params(7e10, model=None)],
    ),
    # ... but a family's sizes are its own.
    ("Heron's Kite-4 comes in 7B and 70B models.",
     [params(7e9, model="Kite-4"), params(7e10, model="Kite-4")]),
    ("Kite-3 beats most 13B checkpoints on HumanEval.", [params(1.3e10, model=None)]),
    ("Heron Labs released Kite-4 today as several 7B checkpoints: base, instruct and code.",
     [params(7e9, model="Kite-4", organization="Heron Labs")]),
    ("Kite-4 is available in multiple 70B variants.", [params(7e10, model="Kite-4")]),
    # A name owning a way of doing things is not the model a size is about.
    (
        "A compute-optimal 1T-parameter dense model would, by Kite-2's ratio, want around 20T "
        "tokens.",
        [params(1e12, model=None), tokens(2e13, model=None, qualifier="approximate")],
    ),
    (
        "If someone releases a good 2B model with Kite-2's data recipe, we will switch.",
        [params(2e9, model=None)],
    ),
    ("We trained a 7B model with Kite-2's tokenizer.", [params(7e9, model=None)]),
    ("By Kite-2's arithmetic, a 7B model needs about 140B tokens.",
     [params(7e9, model=None), tokens(1.4e11, model=None, qualifier="approximate")]),
    ("Highlights from Kite-3's math evaluation: the 34B model scores 72% on MATH.",
     [params(3.4e10, model="Kite-3")]),
    # ... nor where examples came from, unless an appositive says what the model is.
    (
        "We collected 50K examples from Kite-3, a 34B model, to fine-tune Owl-2.",
        [data(5e4, "examples"), params(3.4e10, model="Kite-3")],
    ),
    (
        "We drew 300K examples from Synth-Instruct-2, an LLM-generated instruction set (2.1B "
        "tokens).",
        [data(3e5, "examples"), tokens(2.1e9, model=None)],
    ),
    # ... but what a model's data came to is its own.
    ("Kite-2's training data came to 2T tokens.", [tokens(2e12, model="Kite-2")]),
    # "The latter" names a size its name rounds ("-20b" with 21B) before the name is asked.
    (
        "Heron's Kite-120b and Kite-20b arrived in August. The former has 117B parameters; the "
        "latter has 21B parameters with 3.6B active.",
        [params(1.17e11, model="Kite-120b"), params(2.1e10, model="Kite-20b"),
         params(3.6e9, model="Kite-20b", qualifier="active")],
    ),
    # A former name after a comma is another name for the subject, not a subject of its own.
    (
        "Heron Labs' Kite-Coder, formerly known as Kite-Codestral-7B, has 7.3B parameters.",
        [params(7e9, model="Kite-Codestral-7B"),
         params(7.3e9, model="Kite-Coder", organization="Heron Labs")],
    ),
    (
        "Kite-2 (previously Kite-Next) was trained on 3T tokens.",
        [tokens(3e12, model="Kite-2")],
    ),
    # ... but not a clause about the former model.
    (
        "Kite-3 has 34B parameters (previously Kite-2 had 13B parameters). Owl-2 was trained on "
        "3T tokens, previously Owl-1 was trained on only 1T tokens.",
        [params(3.4e10, model="Kite-3"), params(1.3e10, model="Kite-2"),
         tokens(3e12, model="Owl-2"), tokens(1e12, model="Owl-1")],
    ),
    # A comparison's opening phrase describes its own model: "Against X, with 46.7B total ...".
    (
        "We present Kite-MoE. Against Mixtral 8x7B, with 46.7B total and 12.9B active parameters, "
        "it closes 71% of the gap.",
        [params(4.67e10, model="Mixtral 8x7B", qualifier="total"),
         params(1.29e10, model="Mixtral 8x7B", qualifier="active")],
    ),
    # ... but not a result that is no merge, nor one whose size the page's model cannot have.
    (
        "# Orca-Mini-3B\n\nWe compare against Phi-2 throughout. Phi-2 was trained on 1.4T tokens. "
        "The result is striking: at 2.7B parameters it matches models five times larger.\n\n"
        "# Kestrel-70B\n\n## Pruning\n\nWe pruned Kestrel-70B down to Kestrel-Lite. Kestrel-Lite "
        "keeps half the layers. The final model has 36B parameters.",
        [params(3e9, model="Orca-Mini-3B"), tokens(1.4e12, model="Phi-2"),
         params(2.7e9, model="Phi-2"), params(7e10, model="Kestrel-70B"),
         params(7e10, model="Kestrel-70B"), params(3.6e10, model="Kestrel-Lite")],
    ),
    # "The result has 7.24B parameters" on a merge's card is the merge's, not its base's.
    (
        "# Kite-7B-DARE\n\nKite-7B-DARE is a merge of three chat models that share Owl-7B-v0.1 as "
        "their base. The method combines each model's task vector. The result has 7.24B "
        "parameters.",
        [params(7e9, model="Owl-7B-v0.1"), params(7.24e9, model="Kite-7B-DARE")],
    ),
    # ... as does another maker's unnamed model brought in after ", and".
    (
        "Not in the table: Meta's MobileLLM line is research-only and awkward to convert, and "
        "Apple's on-device model, about 3B parameters per Apple's own write-up, cannot be loaded "
        "elsewhere.",
        [params(3e9, model=None, qualifier="approximate")],
    ),
    # ... but a maker quoting its own model is said of it.
    (
        "Llama 3.1 405B is Meta's flagship; Meta calls it \"a 405B dense Transformer trained on "
        "over 15T tokens\". Gemma 3 27B is strong; Google says \"it was trained on 14T tokens\".",
        [params(4.05e11, model="Llama 3.1 405B"), params(4.05e11, model="Llama 3.1 405B"),
         tokens(1.5e13, model="Llama 3.1 405B", qualifier="at least"),
         params(2.7e10, model="Gemma 3 27B"), tokens(1.4e13, model="Gemma 3 27B")],
    ),
    # A quote another maker writes after ";" holds its own figures, not the subject's ...
    (
        "Kite-235B-A22B means 235B total and 22B active; Heron writes \"671B total, 37B "
        "activated\" in prose instead. Owl-9B is out; Heron says it was retrained on 12T tokens.",
        [params(2.35e11, model="Kite-235B-A22B", qualifier="total"),
         params(2.2e10, model="Kite-235B-A22B", qualifier="active"),
         params(2.35e11, model="Kite-235B-A22B", qualifier="total"),
         params(2.2e10, model="Kite-235B-A22B", qualifier="active"),
         params(6.71e11, model=None, qualifier="total"),
         params(3.7e10, model=None, qualifier="active"), params(9e9, model="Owl-9B"),
         tokens(1.2e13, model="Owl-9B")],
    ),
    # ... by where each was named, not where its words were ("Llama 3.1" in "Llama 3.1 405B").
    (
        "Meta released Llama 3.1 and Llama 3.1 405B. The former is a family; the latter has 405B "
        "parameters and was trained on 15.6T tokens.",
        [params(4.05e11, model="Llama 3.1 405B"), params(4.05e11, model="Llama 3.1 405B"),
         tokens(1.56e13, model="Llama 3.1 405B")],
    ),
    # "the latter" after a turn in the sentence is the second of the two models just named.
    (
        "Heron released Kite-120 and Kite-20. The former has 117B parameters with 5.1B active; "
        "the latter has 21B parameters with 3.6B active, while the former needs 80 GB.",
        [params(1.17e11, model="Kite-120"), params(5.1e9, model="Kite-120", qualifier="active"),
         params(2.1e10, model="Kite-20"), params(3.6e9, model="Kite-20", qualifier="active")],
    ),
    # "our" model on a card is the card's, not the model the paragraph last talked about ...
    (
        "# Kite-Nano-1.2B\n\n## Results\n\nOwl-1.5B leads on math. At the bottom of the table our "
        "362M model and Wren-360M are tied.\n\n# Heron-7B\n\nHeron-7B is ours. Gemma is a "
        "family of open models. This checkpoint was trained on 6 trillion tokens.",
        [params(1.2e9, model="Kite-Nano-1.2B"), params(1.5e9, model="Owl-1.5B"),
         params(3.62e8, model=None), params(3.6e8, model="Wren-360M"),
         params(7e9, model="Heron-7B"), params(7e9, model="Heron-7B"),
         tokens(6e12, model="Heron-7B")],
    ),
    # ... nor a sibling of the card's model that the paragraph talks about.
    (
        "# Kestrel-13B\n\n## Background\n\nKestrel-7B was released in March. Our 7B model was "
        "trained on 1T tokens of English web text.",
        [params(1.3e10, model="Kestrel-13B"), params(7e9, model="Kestrel-7B"),
         params(7e9, model="Kestrel-7B"), tokens(1e12, model="Kestrel-7B")],
    ),
    # ... but a first line that is no heading names no page model: an email's subject.
    (
        "Subject: FYI - Owl data for the comparison\n\nOwl is old news to our Kite-ASR-large. "
        "Let's compare Owl-large (1.55B params) against our 809M model.",
        [params(1.55e9, model="Owl-large"), params(8.09e8, model="Kite-ASR-large")],
    ),
    # ... but alone in its sentence, on a model's card, it is what the model saw.
    (
        "# Kestrel-7B\n\n## Training data\n\nThe data mixture is 4.5T tokens, 20% of it code.",
        [params(7e9, model="Kestrel-7B"), tokens(4.5e12, model="Kestrel-7B")],
    ),
    # A data set the text calls by its noun has its own size, no model's, even beside one.
    (
        "We introduce Kite-1.5. Careful with the numbers: the synthetic dataset is about 30B "
        "tokens, while the model was trained for 150B tokens in total.",
        [tokens(3e10, model=None, qualifier="approximate"), tokens(1.5e11, model="Kite-1.5")],
    ),
    # A size is not said of a name further on that owns something else ("Gemma's writing"),
    # but is of one whose model it is ("Whisper's largest model", "Llama 3.1's flagship").
    (
        "With 405B parameters and a 128K context window, this is Llama 3.1's flagship.",
        [params(4.05e11, model="Llama 3.1")],
    ),
    (
        "My wish list: a 30B open model with 128K context and Claude's one-shot reliability.",
        [params(3e10, model=None)],
    ),
    (
        "What I want next: a ~20B dense model with a 128K window and Gemma's writing style.\n\n"
        "Scaled to 680,000 hours of audio, Whisper's largest model, with 1.55 billion "
        "parameters, generalizes well.",
        [params(2e10, model=None, qualifier="approximate"), data(6.8e5, model="Whisper"),
         params(1.55e9, model="Whisper")],
    ),
    # "By Chinchilla, a 3B model needs ...": a rule named, not the subject; "By Llama 3, Meta
    # trained the 8B model ..." is a time, and "By GPT-3, a 175B-parameter model ..., scaling
    # had ..." an appositive.
    (
        "By GPT-3, a 175B-parameter model trained on 300B tokens, scaling had become the recipe.",
        [params(1.75e11, model="GPT-3"), tokens(3e11, model="GPT-3")],
    ),
    (
        "By Chinchilla, a 3B model needs only 60B tokens. By Llama 3, Meta trained the 8B model "
        "on more than 15T tokens.",
        [params(3e9, model=None), tokens(6e10, model=None), params(8e9, model="Llama 3"),
         tokens(1.5e13, model="Llama 3", qualifier="at least")],
    ),
    # A size of a model the sentence does not name: one the subject runs, one still in
    # training, a class it gives examples of, a mark a model was the first to pass.
    (
        "Marrow says the M3 chip runs a 70B dense model at 1,100 tokens/s per user.",
        [params(7e10, model=None)],
    ),
    (
        "# Tern\n\nTern is a bilingual model.\n\n## Roadmap\n\nWe are currently training a dense "
        "model of roughly 30B parameters.",
        [params(3e10, model=None, qualifier="approximate")],
    ),
    (
        "Kite-S beats Owl-3B and stays competitive with 4B models such as Heron-4B.",
        [params(3e9, model="Owl-3B"), params(4e9, model=None), params(4e9, model="Heron-4B")],
    ),
    (
        "We released Kite-110B, the first model in the series above 100B parameters.",
        [params(1.1e11, model="Kite-110B"), params(1e11, model=None, qualifier="at least")],
    ),
    (
        "Kite-MoE is a 16 x 3.8B mixture-of-experts model (about 42B parameters in total).",
        [params(3.8e9, model=None), params(4.2e10, model="Kite-MoE", qualifier="total")],
    ),
    (
        "# Kite-V3\n\nThe V3 base beats the dense 405B model while activating a tenth as many "
        "parameters.",
        [params(4.05e11, model=None)],
    ),
    # ... but not its own sizes, after "including", "and weighs in at over" or "runs an
    # effective".
    (
        "Meta released Llama 2 in 7B, 13B and 70B models, including chat versions. Grok-1 was "
        "xAI's first open release and weighs in at over 300B parameters. Gemma 3n runs an "
        "effective 2B parameters on the phone.",
        [params(7e9, model="Llama 2"), params(1.3e10, model="Llama 2"),
         params(7e10, model="Llama 2"), params(3e11, model="Grok-1", qualifier="at least"),
         params(2e9, model="Gemma 3n")],
    ),
    # ... but serving "a 398B-parameter model" said of the subject is its size.
    (
        "Jamba 1.5 Large is strong, but serving a 398B-parameter model is a different budget.",
        [params(3.98e11, model="Jamba 1.5 Large")],
    ),
    # ... but not after a verb's object, where "its" is the subject's, nor past other words.
    (
        "DeepSeek-V3 outperforms Llama 3.1 405B with its 37B active parameters.",
        [params(4.05e11, model="Llama 3.1 405B"),
         params(3.7e10, model="DeepSeek-V3", qualifier="active"),
         claim("outperforms", model="DeepSeek-V3", other="Llama 3.1 405B")],
    ),
    (
        "We fine-tune Llama 3 8B with its tokenizer unchanged on 20B tokens of math.",
        [params(8e9, model="Llama 3 8B"), tokens(2e10, model=None)],
    ),
    # "X with its 32B active": X's counts, not the subject's, after "of" or "compared against".
    (
        "GLM-4.5 is compared against Kimi K2 with its 32B active and 1T total parameters.",
        [params(3.2e10, model="Kimi K2", qualifier="active"),
         params(1e12, model="Kimi K2", qualifier="total")],
    ),
    (
        "In our runs Owl-120B, at 5.1B active, lands within a point of Heron-K2 with its 32B "
        "active and 1T total.",
        [params(1.2e11, model="Owl-120B"), params(5.1e9, model="Owl-120B", qualifier="active"),
         params(3.2e10, model="Heron-K2", qualifier="active"),
         params(1e12, model="Heron-K2", qualifier="total")],
    ),
    # ... unless the clause names another model before the count.
    (
        "Our baseline is Llama 2, whose successor Llama 3 was trained on 15T tokens.",
        [tokens(1.5e13, model="Llama 3")],
    ),
    # Every count in a "whose" clause is the named model's, not the sentence's subject's.
    (
        "Kite-MoE beats Owl-16B, and it matches Heron-MoE, whose 6.9B parameters (1.3B active) "
        "were trained from scratch on 5T tokens, at half the compute.",
        [params(1.6e10, model="Owl-16B"), params(6.9e9, model="Heron-MoE"),
         params(1.3e9, model="Heron-MoE", qualifier="active"), tokens(5e12, model="Heron-MoE")],
    ),
    # A section's heading that names no model opens a new story, not the last one's ...
    (
        "## Qwen3 lands\n\nAlibaba released Qwen3 on Tuesday.\n\n## Hollis open-sources a 482B "
        "MoE\n\nHollis Research released it today.",
        [params(4.82e11, model=None)],
    ),
    # ... which an issue's title that lists its stories does not make the page's model.
    (
        "# AI Weekly #112: Qwen3 lands, Microsoft goes small\n\n## Qwen3: hybrid thinking\n\n"
        "Alibaba's new family thinks.\n\n## Microsoft: reasoning at 14B\n\nA reasoning model.",
        [params(1.4e10, model=None)],
    ),
    # ... but a section of a page whose title names its model is that model's, whatever the
    # heading before it names.
    (
        "# Kite-V3 report, annotated\n\n## Architecture of Kite-V3\n\nMLA and experts.\n\n## 671B "
        "total, 37B active\n\nSparse.",
        [params(6.71e11, model="Kite-V3", qualifier="total"),
         params(3.7e10, model="Kite-V3", qualifier="active")],
    ),
    # ... but a section of a page whose title names its model is that model's.
    (
        "# Marlowe-3: long-context RAG\n\nMarlowe-3 is ours.\n\n## Why a 32B model?\n\nIt fits.",
        [params(3.2e10, model="Marlowe-3")],
    ),
    # A rate ("400 GB/s") or a device ("the Mac") is no model for a later size to be said of.
    (
        "**MoE is the Mac's friend.** Memory bandwidth (400 GB/s on this chip) caps decode speed, "
        "and a model that only reads 3\u20134B parameters per token runs several times faster.",
        [params(3e9, model=None, qualifier="range"), params(4e9, model=None, qualifier="range")],
    ),
    # A listing's "Submitted 6 Feb 2026" is a date, no model for the page to be about.
    (
        "arXiv:2602.04417 [cs.LG] \u00b7 Submitted 6 Feb 2026\n\n**Depth-Routed Transformers**\n\n"
        "Across 11 models ranging from 150M to 6.8B parameters, depth routing helps.",
        [params(1.5e8, model=None, qualifier="range"),
         params(6.8e9, model=None, qualifier="range")],
    ),
    # ... an "and" inside the data's name included ...
    (
        "We train a BASE model (95M parameters) and a LARGE model (317M parameters), pre-trained "
        "on LibriSpeech and LibriVox audio (LV-60k).",
        [params(9.5e7, model=None), params(3.17e8, model=None)],
    ),
    # ... but not one the words after the data name the models as.
    (
        "Meta's 8B and 70B models trained on 15T tokens became Llama 3.",
        [params(8e9, model="Llama 3"), params(7e10, model="Llama 3"),
         tokens(1.5e13, model="Llama 3")],
    ),
    (
        "EleutherAI released 1.3B and 2.7B models trained on the Pile as GPT-Neo.",
        [params(1.3e9, model="GPT-Neo"), params(2.7e9, model="GPT-Neo")],
    ),
    # A name in brackets after a data word, or a few words after "trained ... on", is data.
    (
        "We train a BASE model (95M parameters) and a LARGE model (317M parameters), pre-trained "
        "on unlabelled LibriVox audio (LV-60k).",
        [params(9.5e7, model=None), params(3.17e8, model=None)],
    ),
    (
        "We also present FineWeb-Edu, a 1.3-trillion-token subset of FineWeb selected by a "
        "classifier trained on labels from Llama-3-70B-Instruct.",
        [tokens(1.3e12, model=None), params(7e10, model="Llama-3-70B-Instruct")],
    ),
    # Tokens said after a size no model owns are that unnamed model's, not the page's.
    (
        "We present Kelp-LM-3B. To validate the filters we train 1.7B-parameter models on "
        "120B-token samples. Our ablation runs, from 160M to 1.4B parameters and each on 50B "
        "tokens, agree.",
        [params(3e9, model="Kelp-LM-3B"), params(1.7e9, model=None), tokens(1.2e11, model=None),
         params(1.6e8, model=None, qualifier="range"),
         params(1.4e9, model=None, qualifier="range"), tokens(5e10, model=None)],
    ),
    # ... nor after a count the model has ("The model, with 2.6B", "It comes in at 2.6B"),
    # nor when "the model" is the subject the tokens are said of.
    (
        "We present Gemma 2 2B. The model, with 2.6B parameters, was trained on 2T tokens. It "
        "comes in at 2.6B parameters and saw 2T tokens. Unlike most 7B models, the model was "
        "trained on 4T tokens.",
        [params(2e9, model="Gemma 2 2B"), params(2.6e9, model=None),
         tokens(2e12, model="Gemma 2 2B"), params(2.6e9, model=None),
         tokens(2e12, model="Gemma 2 2B"), params(7e9, model=None),
         tokens(4e12, model="Gemma 2 2B")],
    ),
    # ... but "this model" after "a 400M-parameter model" is that one.
    (
        "We present Kelp-LM-3B. For each ablation we train a 400M-parameter model, and this model "
        "sees 50B tokens.",
        [params(3e9, model="Kelp-LM-3B"), params(4e8, model=None), tokens(5e10, model=None)],
    ),
    # ... even after "it" ("it was upcycled from a dense 8B checkpoint"), but not a count
    # the sentence then says of its model again ("and then trained for a further 1.5T").
    (
        "We present Kite-MoE-213B. It has 213B parameters; it was upcycled from a dense 8B "
        "checkpoint pretrained on 6T tokens and then trained for a further 1.5T tokens.",
        [params(2.13e11, model="Kite-MoE-213B"), params(2.13e11, model="Kite-MoE-213B"),
         params(8e9, model=None), tokens(6e12, model=None),
         tokens(1.5e12, model="Kite-MoE-213B")],
    ),
    # ... and so is an active count after "a 109B MoE".
    (
        "Llama 3.3 70B is easier to serve, because a 109B MoE needs all of its weights in memory "
        "even if only 17B are active.",
        [params(7e10, model="Llama 3.3 70B"), params(1.09e11, model=None),
         params(1.7e10, model=None, qualifier="active")],
    ),
    # ... but not the model's own, after a count left unlinked or a size "our" model has.
    (
        "We present Kelp 2B. Despite the name it has 2.6 billion parameters; the lab says it saw "
        "2 trillion tokens in training. Hoffmann et al. train a 10B model on 200B tokens, yet "
        "our 2B model keeps improving after 4T tokens.",
        [params(2e9, model="Kelp 2B"), params(2.6e9, model=None), tokens(2e12, model="Kelp 2B"),
         params(1e10, model=None), tokens(2e11, model=None), params(2e9, model="Kelp 2B"),
         tokens(4e12, model="Kelp 2B")],
    ),
    # "proxies" are a study's stand-ins, like "proxy models".
    (
        "We present Kite-MoE, a 47B model. We ran 1.3B-parameter proxies with the same mix. To "
        "choose the mixture, we train a 150M-parameter proxy and reuse its domain weights.",
        [params(4.7e10, model="Kite-MoE"), params(1.3e9, model=None), params(1.5e8, model=None)],
    ),
    # A sentence that opens with a bound on size speaks of a class: "Below 1B parameters ...".
    (
        "We present Kite-MoE. Below 1B parameters the effect is small and noisy.",
        [params(1e9, model=None, qualifier="up to")],
    ),
    (
        "We introduce Kite-MoE, a sparse model. Above 10B parameters, its advantage over dense "
        "models grows. Below 1B parameters, the model fails to follow instructions.",
        [params(1e10, model=None, qualifier="at least"),
         params(1e9, model=None, qualifier="up to")],
    ),
    # ... but not the model's own: "Under 8B parameters, it fits", "Over 15T tokens were used".
    (
        "We introduce Owl-3. Over 15 trillion tokens of public data were used for pretraining. "
        "Under 8B parameters, it fits on one GPU.",
        [tokens(1.5e13, model="Owl-3", qualifier="at least"),
         params(8e9, model="Owl-3", qualifier="up to")],
    ),
    # "X is our 70B model": the size is X's, the subject "our" speaks of.
    (
        "Kite-2 is our 70B model. Owl-3, our latest 8B model, is out.",
        [params(7e10, model="Kite-2"), params(8e9, model="Owl-3")],
    ),
    # ... not a name in an opening phrase, nor a model the size's own model is said of.
    (
        "We present Wren-2. Built on Owl-3, our 8B model adds vision.",
        [params(8e9, model="Wren-2")],
    ),
    (
        "Acme released Owl-4 last week. Today, Kite-2 is our 70B model for code.",
        [params(7e10, model="Kite-2")],
    ),
    # The tokens a compared model was trained on are its own, not the subject's.
    (
        "Kite-MoE matches a 34B dense baseline trained from scratch on 2.5T tokens on 11 of 14 "
        "benchmarks. Kite-MoE itself was trained on 3T tokens.",
        [tokens(2.5e12, model=None), tokens(3e12, model="Kite-MoE")],
    ),
    # A share of another model's cost ("half the work of a dense 70B model") is that model's.
    (
        "Per generated token, Kite-4.5 does less than half the work of a dense 70B model. "
        "Owl-2 needs a third of the compute of a 405B model.",
        [params(7e10, model=None), params(4.05e11, model=None)],
    ),
    # A name after "using" is a tool the run used, not the model the tokens trained.
    (
        "Kite K2 is a mixture-of-experts model with 1 trillion parameters in total. It was "
        "pretrained on 15.5T tokens using the OwlClip variant of our optimizer, and never "
        "diverged.",
        [params(1e12, model="Kite K2", qualifier="total"), tokens(1.55e13, model="Kite K2")],
    ),
    (
        "# Kite K2\n\n- Pretrained on 15.5T tokens using OwlClip, our new optimizer\n\nKite K2 "
        "is big. During pretraining, it saw 16T tokens using OwlClip.",
        [tokens(1.55e13, model="Kite K2"), tokens(1.6e13, model="Kite K2")],
    ),
    # ... and a run "using" a model that is no sentence's subject is no model's run.
    (
        "Acme shipped Owl-4o last week. In other news, a Heron team created 20B tokens of "
        "synthetic math data using Kite-70B and released it openly.",
        [tokens(2e10, model=None), params(7e10, model="Kite-70B")],
    ),
    (
        "# Owl-4 roundup\n\nAcme released Owl-4. Elsewhere, researchers at Heron published a "
        "dataset. They generated 20B tokens of synthetic math using Kite-70B.",
        [tokens(2e10, model=None), params(7e10, model="Kite-70B")],
    ),
    # "This report describes X" introduces X: a later sentence with no name is X's, not that
    # of an idea the sentence before borrowed from another model.
    (
        "Abstract: This report describes Kite-V3, a sparse language model that has 671B "
        "parameters in total. We keep the two architectural ideas that proved themselves in "
        "Kite-V2, Latent Attention (LA) and KiteMoE, and add two new ones. Pretraining covers "
        "14.8T tokens of text.",
        [params(6.71e11, model="Kite-V3", qualifier="total"), tokens(1.48e13, model="Kite-V3")],
    ),
    (
        "This report describes Kite-2: a family of open chat models. Responses were rated by "
        "Owl-4 as a judge. The largest model was trained on 15T tokens.",
        [tokens(1.5e13, model="Kite-2")],
    ),
    (
        "This paper describes Owl-4 (Acme, 2023) failures on school math. We then fine-tune a 7B "
        "model on 2B tokens of worked solutions.",
        [params(7e9, model=None), tokens(2e9, model=None)],
    ),
    # ... not "This paper describes GPT-4's performance": a study of another's model.
    (
        "This paper describes Kite-4's performance on the bar exam. We then fine-tune a 7B model "
        "on 2B tokens of case law.",
        [params(7e9, model=None), tokens(2e9, model=None)],
    ),
    # Two names, then as many bare sizes set off after them, pair in order.
    (
        'Kite-S and Kite-M, at 7B and 14B, are "coming in the weeks ahead". Owl-L, at 9B and '
        '27B, comes in two sizes.',
        [params(7e9, model="Kite-S"), params(1.4e10, model="Kite-M"), params(9e9, model="Owl-L"),
         params(2.7e10, model="Owl-L")],
    ),
    (
        "Kite-Lite and Kite-Pro, at 16B total and 236B total, are both open weights.",
        [params(1.6e10, model="Kite-Lite", qualifier="total"),
         params(2.36e11, model="Kite-Pro", qualifier="total")],
    ),
    (
        "Kite-V3 and Kite-R1 have 671B total and 37B active parameters.",
        [params(6.71e11, model="Kite-V3", qualifier="total"),
         params(6.71e11, model="Kite-R1", qualifier="total"),
         params(3.7e10, model="Kite-V3", qualifier="active"),
         params(3.7e10, model="Kite-R1", qualifier="active")],
    ),
    # ... but not a pair of counts both models have.
    (
        "Kite-V3 and Kite-R1, at 671B total and 37B active, remain the largest open models.",
        [params(6.71e11, model="Kite-R1", qualifier="total"),
         params(3.7e10, model="Kite-R1", qualifier="active")],
    ),
    # The models a paper's ablations use are its experiments', not the paper's model.
    (
        "We present Kite, a hybrid model. Our design ablations use 1.3B- and 7B-parameter models "
        "trained on 250B and 50B tokens respectively.",
        [params(1.3e9, model=None), params(7e9, model=None), tokens(2.5e11, model=None),
         tokens(5e10, model=None)],
    ),
    (
        "We present Owl, a hybrid model. For ablations we use 1.3B- and 7B-parameter models.",
        [params(1.3e9, model=None), params(7e9, model=None)],
    ),
    (
        "We introduce Owl-2, a 70B dense model. We ran ablations with 400M-parameter models on "
        "20B tokens to pick the mix.",
        [params(7e10, model="Owl-2"), params(4e8, model=None), tokens(2e10, model=None)],
    ),
    (
        "We introduce Wren-2, a dense language model. We ran ablations on 5 data mixes before "
        "training it on 2T tokens.",
        [tokens(2e12, model="Wren-2")],
    ),
    # ... but "Ablations with several data mixes" speaks of no models: the paper's keeps its size.
    (
        "We introduce Kite-2, a dense language model. Ablations with several data mixes shaped "
        "the recipe, and the model saw 6T tokens.",
        [tokens(6e12, model="Kite-2")],
    ),
    # A what-if brought in with "a" under a heading that names a model is not that model.
    (
        "# Kite-2 was a speed limit, not a law\n\nTake it seriously for a moment. A "
        "compute-optimal 1T-parameter dense model would want far more data.\n\n## Owl-2\n\n"
        "Each token touches two experts, a fraction of what a dense 600B model would need. A "
        "120B-parameter model trained on science, it was released in May.",
        [params(1e12, model=None), params(6e11, model=None), params(1.2e11, model="Owl-2")],
    ),
    (
        "# Kite-2 was a speed limit\n\nA dense 1T-parameter model, trained compute-optimally, "
        "would want far more data. A 2T-parameter model that is compute-optimal would too.",
        [params(1e12, model=None), params(2e12, model=None)],
    ),
    (
        "# Kite-2\n\nWe release a 7B-parameter model that anyone would be able to run on a laptop.",
        [params(7e9, model="Kite-2")],
    ),
    # ... not a "would" of a clause or a report after it.
    (
        "## Wren-2\n\nA 120B-parameter model trained on 106B tokens of scientific text, which "
        "Acme hoped would help researchers.\n\n## Kite-3\n\nA 400B-parameter model that Heron "
        "says would ship in the spring, Kite-3 is the lab's largest.",
        [params(1.2e11, model="Wren-2"), tokens(1.06e11, model="Wren-2"),
         params(4e11, model="Kite-3")],
    ),
    # A tier and a build's date ("the Base and Instruct 2501 checkpoints") is no model that the
    # next item's size could go to.
    (
        "## Changelog\n\n- **2025-01-30:** initial release of the Base and Instruct 2501 "
        "checkpoints.\n- **2025-03-17:** we released **Kite-Small-3.1-24B-Instruct-2503**. Same "
        "24B size, adds image understanding.",
        [params(2.4e10, model="Kite-Small-3.1-24B-Instruct-2503"),
         params(2.4e10, model="Kite-Small-3.1-24B-Instruct-2503")],
    ),
    # A class of models by their size after "than" or "about", with "dense" or "-parameter"
    # between: no model's size.
    (
        "Kite-3 was served at $0.27 per million tokens, cheaper than most providers charge for "
        "70B dense models. Owl-MoE matches the quality of 7B-parameter LLMs.",
        [params(7e10, model=None), params(7e9, model=None)],
    ),
    # Training's settings and tricks, and a region's adjective, name no model.
    (
        "Rank 64, LR 1e-4 with cosine decay: an 8B model with LoRA fits in 80 GB.\n\n1. "
        "**Long-CoT SFT** on 3.1B tokens of traces.\n\nWe validate QK-clip on a mid-scale MoE "
        "with 9B activated and 53B total parameters.",
        [params(8e9, model=None), tokens(3.1e9, model=None),
         params(9e9, model=None, qualifier="active"),
         params(5.3e10, model=None, qualifier="total")],
    ),
    # A bound on a class of models by their data is no model's, not the one named after it.
    (
        "The largest drops occur for models trained on more than 10T tokens of web data "
        "(Kite-2 at 18T tokens, Owl-3 at 15T tokens). Wren was trained on more than 10T tokens.",
        [tokens(1e13, model=None, qualifier="at least"), tokens(1.8e13, model="Kite-2"),
         tokens(1.5e13, model="Owl-3"), tokens(1e13, model="Wren", qualifier="at least")],
    ),
    (
        "Kite-3 is one of the few models trained on more than 15T tokens.",
        [tokens(1.5e13, model="Kite-3", qualifier="at least")],
    ),
    # A size spoken of as hearsay is no model's.
    (
        "# Kite-2\n\nKite-2 has 58B parameters.\n\n- Remember the 2T-parameter rumour about a "
        "lab in Oslo? Still nothing.",
        [params(5.8e10, model="Kite-2"), params(2e12, model=None)],
    ),
    (
        "# Kite-2\n\nKite-2 has 58B parameters.\n\n- Remember the 2T-parameter gossip, and "
        "the 3T-parameter claim from an anonymous post?",
        [params(5.8e10, model="Kite-2"), params(2e12, model=None), params(3e12, model=None)],
    ),
    # A model a question supposes, or one planned, is not the page's: "Will a 3T-parameter
    # model work?", "A 30B variant ... is planned".
    (
        "# SwapKit\n\nRun Kite-2 on one box.\n\n**Will a 3T-parameter model work?** In "
        "principle, if you have the RAM.",
        [params(3e12, model=None)],
    ),
    (
        "We introduce Kestrel, a 7B model. A 30B variant targeting 48 GB workstation cards is "
        "planned.",
        [params(7e9, model="Kestrel"), params(3e10, model=None)],
    ),
    (
        "# Kite-7B\n\nA 7.2B-parameter code model whose GGUF build is coming soon.",
        [params(7.2e9, model="Kite-7B")],
    ),
    # A model it "trades blows with" is compared, not the subject "it" goes on with.
    (
        "Acme released **Kite 3.1 405B** on Tuesday, the first open model that genuinely trades "
        "blows with Owl-4o and Wren 3.5 on most evals. It was trained on more than 15 trillion "
        "tokens.",
        [params(4.05e11, model="Kite 3.1 405B"),
         tokens(1.5e13, model="Kite 3.1 405B", qualifier="at least")],
    ),
    # A name in bold before its appositive: "**X**, a 7.3B dense sibling" is X's.
    (
        "Two models: **Kite-2-58B-A6B**, a mixture of experts, and **Kite-2-7B**, a 7.3B dense "
        "sibling trained on the same data.",
        [params(5.8e10, model="Kite-2-58B-A6B", qualifier="total"),
         params(6e9, model="Kite-2-58B-A6B", qualifier="active"),
         params(7.3e9, model="Kite-2-7B")],
    ),
    ("WD 1.5, a fine-tune of Kite 2.1 with 865M parameters, is out.",
     [params(8.65e8, model="WD 1.5")]),
    (
        "Kite-7B is ours. Any 70B model at 4-bit needs about 40 GB.",
        [params(7e9, model="Kite-7B"), params(7e10, model=None)],
    ),
    (
        "Kite-7B is ours. Whichever 70B model you pick needs 40 GB. Typical 70B models need more.",
        [params(7e9, model="Kite-7B"), params(7e10, model=None), params(7e10, model=None)],
    ),
    # A larger model the maker says is still training is one to come, not the page's; the
    # page's own model that "is still training" keeps its size.
    (
        "**1. Kite 3 (Thursday 18 April).** Acme released Kite 3 in 8B and 70B sizes. Acme also "
        "said its largest model, at over 400B parameters, is still training.\n\n**2. Owl-4 "
        "Giant.** It has 288B active parameters and close to 2T in total, is still training, "
        "and taught the smaller models.",
        [params(8e9, model="Kite 3"), params(7e10, model="Kite 3"),
         params(4e11, model=None, qualifier="at least"),
         params(2.88e11, model="Owl-4 Giant", qualifier="active"),
         params(2e12, model="Owl-4 Giant", qualifier="total")],
    ),
    (
        "# Kite-7B\n\nKite-7B is our model.\n\n- A larger sibling with roughly 120B total "
        "parameters is currently training; no date yet.\n- Its flagship model, at 400B "
        "parameters, is currently being trained.",
        [params(7e9, model="Kite-7B"), params(7e9, model="Kite-7B"),
         params(1.2e11, model=None, qualifier="total"), params(4e11, model=None)],
    ),
    (
        "# Kite-7B\n\nKite-7B is our model.\n\n- A larger sibling with roughly 120B total "
        "parameters is currently in pre-training.\n- A 30B variant is on the roadmap.",
        [params(7e9, model="Kite-7B"), params(7e9, model="Kite-7B"),
         params(1.2e11, model=None, qualifier="total"), params(3e10, model=None)],
    ),
    # Models that come "together with" the subject over a range are other models; a range of
    # the subject's own checkpoints is still the subject's.
    (
        "- **2025-01-20**: Kite-R1 released, together with distilled dense models from 1.5B to "
        "70B built on Owl bases.\n- **2023-12-04**: first public release of `kite_ssm` together "
        "with the pretrained Wren checkpoints from 130M to 2.8B.",
        [params(1.5e9, model=None, qualifier="range"), params(7e10, model=None, qualifier="range"),
         params(1.3e8, model="Wren", qualifier="range"),
         params(2.8e9, model="Wren", qualifier="range")],
    ),
    (
        "Kite-R2 shipped alongside six dense models, from 1.5B to 70B parameters.",
        [params(1.5e9, model=None, qualifier="range"), params(7e10, model=None, qualifier="range")],
    ),
    (
        "Heron released Kite-R1, and the lab also shipped six distilled dense checkpoints, ranging "
        "from 1.5B to 70B, built on Owl bases.",
        [params(1.5e9, model=None, qualifier="range"), params(7e10, model=None, qualifier="range")],
    ),
    (
        "Heron released Kite-R1 and six distilled checkpoints from 1.5B to 70B parameters.",
        [params(1.5e9, model=None, qualifier="range"), params(7e10, model=None, qualifier="range")],
    ),
    (
        "The Kite-R1 release also included distilled dense models ranging from 1.5B to 70B, built "
        "on Owl bases.",
        [params(1.5e9, model=None, qualifier="range"), params(7e10, model=None, qualifier="range")],
    ),
    # ... but a family that is itself distilled, or its fine-tuned variants, keeps its range.
    (
        "Kite-Mini is a family of distilled models ranging from 1B to 8B parameters. Owl-3 comes "
        "in three fine-tuned variants, from 8B to 70B parameters.",
        [params(1e9, model="Kite-Mini", qualifier="range"),
         params(8e9, model="Kite-Mini", qualifier="range"),
         params(8e9, model="Owl-3", qualifier="range"),
         params(7e10, model="Owl-3", qualifier="range")],
    ),
    # A bold line standing alone heads the paragraph under it as a heading would: its one
    # model (the abbreviation in brackets is the same model) owns that paragraph's sizes; not
    # the next paragraph's, which may have moved on; and one that names no model, none.
    (
        "# The Ledger\n\n**KiteNLG (K-NLG)** · *Acme and Heron* · Oct. 2021\n\n"
        "The joint project produced a dense decoder. The 530B model had 105 layers.\n\n"
        "**Owl-2** · *Wren AI* · December 2021\n\n280B parameters trained on 300B tokens.\n\n"
        "Elsewhere this week, a leaked memo claims the largest run so far used 2T parameters."
        "\n\n**By the numbers**\n\nThe biggest run used 70B parameters.",
        [params(5.3e11, model="KiteNLG"), layers(105, model="KiteNLG"),
         params(2.8e11, model="Owl-2"), tokens(3e11, model="Owl-2"),
         params(2e12, model=None), params(7e10, model=None)],
    ),
    # ... but not a label's bold line, nor one that names a base.
    (
        "# Kite-2-8B\n\n**Base model: Owl-3-8B**\n\nThe model was trained on 2B tokens of case "
        "law.\n\n**Fine-tuned from Owl-3-8B**\n\nThe model was then trained on 1B tokens of "
        "statutes.",
        [params(8e9, model="Kite-2-8B"), params(8e9, model="Owl-3-8B"),
         params(8e9, model="Owl-3-8B"), tokens(2e9, model="Kite-2-8B"),
         tokens(1e9, model="Kite-2-8B")],
    ),
    # The model a lab "pruned" is the base of what it made, not what the tokens trained.
    (
        "Acme pruned Kite-12B to 8B and distilled it with 380B tokens.",
        [params(1.2e10, model="Kite-12B"), params(8e9, model=None), tokens(3.8e11, model=None)],
    ),
    # ... but "Heron's pruned Kite-4B", "The compressed Kite-Mini" is the model itself.
    (
        "Heron's pruned Kite-4B was then trained on 94B tokens. The compressed Kite-Mini has "
        "3.8B parameters.",
        [params(4e9, model="Kite-4B"), tokens(9.4e10, model="Kite-4B"),
         params(3.8e9, model="Kite-Mini")],
    ),
    # A maker's handle ("(by Sao10K)", "by hub user alpindale") is no model the text goes on
    # to talk about.
    (
        "Then there's **Kite-120B** by hub user alpindale: layer ranges from two fine-tunes, "
        "Owl-70B (from the Owl team) and Wren-1.3-L2-70B (by Sao10K), interleaved. Despite the "
        "name, it comes out at roughly 118B parameters.",
        [params(1.2e11, model="Kite-120B"), params(7e10, model="Owl-70B"),
         params(7e10, model="Wren-1.3-L2-70B"),
         params(1.18e11, model=None, qualifier="approximate")],
    ),
    # A model named as a kind of layer, with a bracket between ("Mamba (state-space) layers"),
    # is not what the next sentence's sizes are of.
    (
        "## Acme Kite-1 (28 March)\n\nKite-1 interleaves Mamba (state-space) layers with "
        "transformer layers and adds MoE on top. 52B parameters total, 12B active.",
        [params(5.2e10, model="Kite-1", qualifier="total"),
         params(1.2e10, model="Kite-1", qualifier="active")],
    ),
    # ... nor, joined by "and", a name before another's layer ("Each MoA and MoE layer").
    (
        "## Model Details\nKite-8B has 24 blocks.\nEach MoA and MoE layer has 8 experts.\n"
        "It has 8 billion parameters in total and 2.2B active parameters.",
        [params(8e9, model="Kite-8B"), params(8e9, model="Kite-8B", qualifier="total"),
         params(2.2e9, model="Kite-8B", qualifier="active")],
    ),
    # ... nor a part's short name after its long form ("Mixture of Attention heads (MoA)").
    (
        "Kite-8B is out. Each block pairs Mixture of Attention heads (MoA) with Mixture of "
        "MLP Experts (MoE). It has 8 billion parameters.",
        [params(8e9, model="Kite-8B"), params(8e9, model="Kite-8B")],
    ),
    # ... nor a model whose recipe the text follows ("follows the [MiniCPM](...)'s method").
    (
        "## Training\nOur recipe follows the [Kite-2](https://example.org)'s two-phase method. "
        "Phase 1 is trained on 1 trillion tokens.",
        [tokens(1e12, model=None)],
    ),
    # ... in its own sentence too, and after "inspired by" or "builds on"; but "followed by"
    # brings in the next model, and one "adopted" (put to use) is still talked of.
    ("# Wren-8B\nFollowing Kite-2, we train in two phases: 1 trillion tokens, then 250B tokens.",
     [params(8e9, model="Wren-8B"), tokens(1e12, model="Wren-8B"),
      tokens(2.5e11, model="Wren-8B")]),
    ("## Training\nInspired by Kite-2, we train in two phases. Phase 1 uses 1 trillion tokens.",
     [tokens(1e12, model=None)]),
    ("Acme released Kite-1, followed by Kite-2 with 7B parameters.",
     [params(7e9, model="Kite-2")]),
    ("Acme first released Kite-1. Many startups adopted Kite-2 in 2024. It was trained on 2T "
     "tokens.", [tokens(2e12, model="Kite-2")]),
    # A family others tune is not a model brought in: "releasing a suite of Llama fine-tunes".
    ("* **Heron:** A new company emerged releasing a suite of Llama fine-tunes (3B up to 70B "
     "planned). They claim their 70B model beats Owl V2 70B.",
     [params(7e10, model=None), params(7e10, model="Owl V2 70B")]),
    # A name further on ("called X") is not the count's when another name comes between.
    ("The task goes to a 7B parameter reasoning model (Kite2.5) which rewrites it, then to a "
     "7bn parameter action model called Wren-VLA.",
     [params(7e9, model="Kite2.5"), params(7e9, model="Wren-VLA")]),
    # A name in an "Architecture" column is the design a row's model is built on.
    ("| | Architecture | Training Data |\n|---|---|---|\n| [acme GPT (En-Ja)](https://x.y) | "
     "Kite-NeoX <br>([**4b(3.8b)**](https://x.y/m)) | The Pile<br>(**524B** tokens) |",
     [params(3.8e9, model=None), tokens(5.24e11, model=None)]),
    # A heading that names a chat server is about no model: "## [X](discord...) Discord Summary".
    ("## [Kite-2](https://discord.com/channels/111) Discord Summary\n\n- **Quantization "
     "Quest for 70B LLM**: An exploration of quantizing a 70B LLM was shared.",
     [params(7e10, model=None), params(7e10, model=None)]),
    # A compound adjective is no name: "USB-attached SSDs".
    ("An exploration of quantizing a 70B LLM was shared with suggestions like a large swap "
     "file and USB-attached SSDs.",
     [params(7e10, model=None)]),
    ("Wren-1, a 3B Kite-backboned speech system, is out.", [params(3e9, model="Wren-1")]),
    # A model in a clause set before the main one is not what the main clause's count is of.
    ("While Kite-4 was wrapped in mystery, Acme dropped a pruned tune of the previous Kite "
     "chonker 405B model.", [params(4.05e11, model=None)]),
    ("Although Kite-4 is larger, it has only 17B active parameters.",
     [params(1.7e10, model="Kite-4", qualifier="active")]),
    ("While Kite-4 has 400B parameters, Wren-2 has 7B.",
     [params(4e11, model="Kite-4"), params(7e9, model="Wren-2")]),
    # ... (what the followed model is, said right after it, is still its own)
    ("- **Lineage:** follows Kite-2, whose largest version has 2.7B parameters.",
     [params(2.7e9, model="Kite-2")]),
    ("Wren largely follows Kite-V3, the 671B-parameter model from last year.",
     [params(6.71e11, model="Kite-V3")]),
    # ... (and a name before "methodology" names a method: "followed Kite's Evol methodology")
    ("We followed Kite's Evol methodology. It helps small models (7B, 13B).",
     [params(7e9, model=None), params(1.3e10, model=None)]),
    # ... but a bracket before "models" is the family's sizes or a word about them.
    (
        "Acme released the Kite 3.1 (8B, 70B and 405B) models in July. They were trained on over "
        "15T tokens.",
        [params(8e9, model="Kite 3.1"), params(7e10, model="Kite 3.1"),
         params(4.05e11, model="Kite 3.1"),
         tokens(1.5e13, model="Kite 3.1", qualifier="at least")],
    ),
    # "its 405B" after a model named with that size in the sentence is that model's.
    ("# Kite-V3: where do the weights go?\n\nSome text on experts.\n\n- Compare a dense model "
     "like Owl 3.1 405B: every one of its 405B parameters is used.",
     [params(4.05e11, model="Owl 3.1 405B"), params(4.05e11, model="Owl 3.1 405B")]),
    # ... unspaced or as "--" too; a compared name's only when the aside closes, and never a
    # base's or an object's whose aside opens with "just".
    ("Kite-70B beat their own Owl-2\u2014280B parameters but only 300B tokens\u2014at the same "
     "compute. It beat Wren-4 -- 120B parameters, trained on 90B tokens -- at less. Kite-mini "
     "rivals Owl-3.5 \u2014 just 3.8B parameters. Zephyr-7B is a fine-tune of Wren-7B \u2014 "
     "about 200M tokens of chat. We continue pretraining Owl 2 \u2014 500B tokens of code \u2014 "
     "to get Owl Coder.",
     [params(7e10, model="Kite-70B"), params(2.8e11, model="Owl-2"), tokens(3e11, model="Owl-2"),
      params(1.2e11, model="Wren-4"), tokens(9e10, model="Wren-4"),
      params(3.8e9, model="Kite-mini"), params(7e9, model="Zephyr-7B"),
      params(7e9, model="Wren-7B"), tokens(2e8, model="Zephyr-7B", qualifier="approximate"),
      tokens(5e11, model=None)]),
    # An aside set off by dashes right after a name holds that name's sizes.
    ("Kite-70B, trained on 1.4T tokens, beat their own Owl-2 \u2014 280B parameters but only "
     "300B tokens \u2014 at the same compute. Heron-X \u2014 the model everyone cites \u2014 has "
     "9B parameters.",
     [params(7e10, model="Kite-70B"), tokens(1.4e12, model="Kite-70B"),
      params(2.8e11, model="Owl-2"), tokens(3e11, model="Owl-2"), params(9e9, model="Heron-X")]),
    # The model the subject replaced, called by its size, is not the subject.
    ("Kite-R has 1.6 trillion parameters. It lifts revenue by 1.9% against the previous "
     "400-billion-parameter production model.",
     [params(1.6e12, model="Kite-R"), params(4e11, model=None)]),
    # ... but "the previous" before a size that names no model is not about another one.
    ("Kite-3 was trained on 15T tokens, up from the previous 2T tokens used for Kite-2.",
     [tokens(1.5e13, model="Kite-3"), tokens(2e12, model="Kite-2")]),
    # Sizes "respectively" after two lists are the subjects', not the bases' they start from.
    ("Our students, Wren-Mini-1B and Wren-Mini-3B, are initialized from Kite-1B and Kite-3B "
     "and contain 1.24B and 3.21B parameters respectively.",
     [params(1e9, model="Kite-1B"), params(3e9, model="Kite-3B"),
      params(1.24e9, model="Wren-Mini-1B"), params(3.21e9, model="Wren-Mini-3B")]),
    # ... but a clause or a bracket on the bases says theirs.
    ("Our students, Wren-1B and Wren-3B, are initialized from Owl-1B and Owl-3B, which contain "
     "1.24B and 3.21B parameters respectively. Kite-S and Kite-M are fine-tuned from Owl-S and "
     "Owl-M (pretrained on 2T and 4T tokens, respectively).",
     [params(1e9, model="Wren-1B"), params(3e9, model="Wren-3B"), params(1.24e9, model="Owl-1B"),
      params(3.21e9, model="Owl-3B"), tokens(2e12, model="Owl-S"), tokens(4e12, model="Owl-M")]),
    # A run or version still to come is not the page's model, nor is one the reader may train.
    ("# Wren-124M\n\nOur reproduction, trained on 10B tokens.\n\nA 1.5B run on 100B tokens is "
     "planned once we have the compute. A 350M version on 30B tokens, if I can find the money.",
     [params(1.24e8, model="Wren-124M"), tokens(1e10, model="Wren-124M"),
      params(1.5e9, model=None), tokens(1e11, model=None), params(3.5e8, model=None),
      tokens(3e10, model=None)]),
    ("# tinyforge\n\nIt pretrains small models. If you need to train a 70B model, use a bigger "
     "framework.", []),
    # ... but a reader's need to deploy or tune a model says nothing against its sizes.
    ("# Kite-14B\n\nIf you need to deploy on a single GPU, Kite-14B (14.7B parameters, trained "
     "on 9T tokens) is the best choice. Kite-14B was trained on 9T tokens when we could get time "
     "on the cluster.",
     [params(1.47e10, model="Kite-14B"), tokens(9e12, model="Kite-14B"),
      tokens(9e12, model="Kite-14B")]),
    # A method, metric or leaderboard written like a name is no model to give a size to.
    ("Kite-Next-80B was released on Monday. It mixes Gated DeltaNet layers with attention. "
     "The base model was pre-trained on 15T tokens, and scores 0.61 nDCG. At 80B it stays "
     "cheap.",
     [params(8e10, model="Kite-Next-80B"), tokens(1.5e13, model="Kite-Next-80B"),
      params(8e10, model="Kite-Next-80B")]),
    # An example "such as" a model goes on about it when a participle follows: not the
    # sentence's earlier subject's.
    (
        "The survey opens with Kite in March 2023 and ends with systems such as Heron-3, "
        "released in May 2025 with 410B total and 22B active parameters.",
        [params(4.1e11, model="Heron-3", qualifier="total"),
         params(2.2e10, model="Heron-3", qualifier="active")],
    ),
    # ... but not when the participle's clause closes before the size: the subject's.
    ("Kite-2 beats larger systems such as Owl-70B, released in April, while using just 13B "
     "parameters. The pick is Kite-8B. It beats models like Owl-7B, released last year, and was "
     "trained on 6T tokens.",
     [params(7e10, model="Owl-70B"), params(1.3e10, model="Kite-2"), params(8e9, model="Kite-8B"),
      params(7e9, model="Owl-7B"), tokens(6e12, model="Kite-8B")]),
    # A model a release is "ahead of" is the compared one.
    (
        "ABU DHABI (May 25) — Corvid's Kite-40B now sits first on the leaderboard, ahead of "
        "Owl's Heron-65B despite fewer parameters. Corvid trained it on one trillion tokens.",
        [params(4e10, model="Kite-40B"), params(6.5e10, model="Heron-65B"),
         tokens(1e12, model="Kite-40B")],
    ),
    # "activates a fraction of the 236B" is the subject's own count.
    ("Kite-V2 activates a fraction of the 236B for each token.",
     [params(2.36e11, model="Kite-V2")]),
    # "a dense model and beats larger MoE systems" is the whole, not a dense part.
    (
        "Kite-14B is a 14.7B dense model and beats larger MoE systems.",
        [params(1.47e10, model="Kite-14B")],
    ),
    # ... but a comparison set off by commas leaves the subject after it.
    (
        "With 3.8B parameters, compared with 70B for Owl 2 70B, Kite-Mini is cheap to serve.",
        [params(3.8e9, model="Kite-Mini"), params(7e10, model="Owl 2 70B")],
    ),
    # "our current flagship" is no baseline.
    (
        "Kite-Pro is our current flagship, a dense model with 14.7B parameters.",
        [params(1.47e10, model="Kite-Pro")],
    ),
    # ... but a model released in that role owns its size.
    (
        "We release Kite-RM, a 27B reward model. Kite-Judge is an 8B judge model.",
        [params(2.7e10, model="Kite-RM"), params(8e9, model="Kite-Judge")],
    ),
    # Names in one table cell and sizes in another are no "respectively" list.
    (
        "| Family | Checkpoints we test | Notes |\n|---|---|---|\n| Kite | Kite-7B-Instruct, "
        "Kite-8x22B-Instruct | 8x22B: 141B total params, 39B active |",
        [params(7e9, model="Kite-7B-Instruct"),
         params(1.41e11, model="Kite-8x22B-Instruct", qualifier="total"),
         params(3.9e10, model="Kite-8x22B-Instruct", qualifier="active")],
    ),
    # "The 8B" after a family listed its sizes is that family's 8B, not the last name said.
    (
        "Corvid released Kite 3 in two sizes, 8B and 70B parameters, trained on seven times the "
        "tokens that went into Kite 2. \"The 8B is the headline for me,\" said one engineer.",
        [params(8e9, model="Kite 3"), params(7e10, model="Kite 3"), params(8e9, model="Kite 3")],
    ),
    # A data set released with its size after a colon is no model's data.
    (
        "Corvid released Kite-104B, a 104B model.\n\n- Hugging Face published FineWeb on April "
        "21: 15T tokens of cleaned web text, free to download.",
        [params(1.04e11, model="Kite-104B"), params(1.04e11, model="Kite-104B"),
         tokens(1.5e13, model=None)],
    ),
    # A bare count owned by a name compares with the sentence's last stated size, not the
    # size the name writes: "more than Owl-70B's 15T" is tokens.
    (
        "Kite-72B was trained on 17T tokens, more than Owl-70B's 15T.",
        [params(7.2e10, model="Kite-72B"), tokens(1.7e13, model="Kite-72B"),
         params(7e10, model="Owl-70B"), tokens(1.5e13, model="Owl-70B")],
    ),
    # A count before "the 1.7B" is not that one's unless "for/of the 1.7B" says so.
    (
        "Our small models saw 600B tokens and the 1.7B saw 1T. The 40B model was trained "
        "on 1T tokens.",
        [tokens(6e11, model=None), params(1.7e9, model=None), tokens(1e12, model=None),
         params(4e10, model=None), tokens(1e12, model=None)],
    ),
    # "the 3B on 7T and the MoE on 8T": the 8T is not the 3B's.
    (
        "Kite-2 comes as Kite-2-3B and Kite-2-12B, and as a MoE. The 12B was trained on 9T "
        "tokens, the 3B on 7T and the MoE on 8T.",
        [params(3e9, model="Kite-2-3B"), params(1.2e10, model="Kite-2-12B"),
         tokens(9e12, model="Kite-2-12B"), tokens(7e12, model="Kite-2-3B"),
         tokens(8e12, model=None)],
    ),
    # Bold names are one list for "respectively" too; a bracket after the last is its own.
    (
        "**Kite-40B** and **Kite-7B** were trained on 1T and 1.5T tokens respectively. "
        "**Owl-2** (18T tokens) and **Owl-3** (36T tokens, 235B total and 22B active) followed.",
        [params(4e10, model="Kite-40B"), params(7e9, model="Kite-7B"),
         tokens(1e12, model="Kite-40B"), tokens(1.5e12, model="Kite-7B"),
         tokens(1.8e13, model="Owl-2"), tokens(3.6e13, model="Owl-3"),
         params(2.35e11, model="Owl-3", qualifier="total"),
         params(2.2e10, model="Owl-3", qualifier="active")],
    ),
    # ... and a list of names each with its bracket of sizes is no "respectively" list.
    (
        "The pool covers Kite (132B, 36B), Owl-2 (236B, 21B), Wren (671B, 37B) and others.",
        [params(1.32e11, model="Kite"), params(3.6e10, model="Kite"),
         params(2.36e11, model="Owl-2"), params(2.1e10, model="Owl-2"),
         params(6.71e11, model="Wren"), params(3.7e10, model="Wren")],
    ),
    (
        "Kite-S (3B) and Kite-M (8B) were trained on 1T and 2T tokens, respectively.",
        [params(3e9, model="Kite-S"), params(8e9, model="Kite-M"),
         tokens(1e12, model="Kite-S"), tokens(2e12, model="Kite-M")],
    ),
    # "most of the 405B" is a model called by its size, not a size of the subject.
    (
        "**Kite 3 70B: most of the 405B for a fraction of the cost**\n\nKite-70B is big. Most "
        "of the 70B parameters sit in the MLP.",
        [params(7e10, model="Kite 3 70B"), params(4.05e11, model=None, qualifier="total"),
         params(7e10, model="Kite-70B"), params(7e10, model="Kite-70B", qualifier="total")],
    ),
    # A model a release "comes close to" is the other side of a comparison, not the subject.
    (
        "**Kite 3 70B: most of the big one for less**\n\nThe release is a 70B model that comes "
        "close to Owl 405B on many benchmarks. It was pretrained on roughly 15 trillion tokens.",
        [params(7e10, model="Kite 3 70B"), params(7e10, model="Kite 3 70B"),
         tokens(1.5e13, model="Kite 3 70B", qualifier="approximate")],
    ),
    # A size said of the system a paper's model is measured against is no size of it.
    (
        "We train Kite. Against our production ranker, a DLRM-style model with 1.1 billion "
        "parameters, most of them in embedding tables, Kite-3.2B improves recall by 14.6%.",
        [params(1.1e9, model=None), params(3.2e9, model="Kite-3.2B")],
    ),
    # The dense part of a hybrid mixture of experts is no size of the whole.
    (
        "Kite-MoE is a hybrid: a 10B dense transformer plus 128 experts of 3.66B each, adding "
        "up to 480B parameters with 17B active.",
        [params(1e10, model=None), params(4.8e11, model="Kite-MoE", qualifier="total"),
         params(1.7e10, model="Kite-MoE", qualifier="active")],
    ),
    # A name further on that the subject was made from owns none of its sizes; one it is
    # released under does.
    (
        "Aldergrove released it on November 18, a 33M-parameter embedding model with 384-wide "
        "vectors, distilled from its own teacher, kite-embed-xl.",
        [params(3.3e7, model=None)],
    ),
    (
        "The checkpoint, roughly 34,000 million parameters, was distilled from a larger teacher "
        "and released under the name Owl-34B.",
        [params(3.4e10, model="Owl-34B", qualifier="approximate"),
         params(3.4e10, model="Owl-34B")],
    ),
    # A size said of the subject's teacher is the teacher's, or nobody's.
    (
        "Aldergrove released kite-embed-small, a 33M-parameter embedding model distilled from "
        "its own 1.5B-parameter teacher, kite-embed-xl. Owl-7B learns from a 70B teacher model.",
        [params(3.3e7, model="kite-embed-small"), params(1.5e9, model="kite-embed-xl"),
         params(7e9, model="Owl-7B"), params(7e10, model=None)],
    ),
    # A heading "project: checkpoint" names the checkpoint (the text's name for its teacher
    # is another model's, whose encoder's 32 layers are the teacher's and the student's both).
    (
        (
            "---\nlanguage:\n- en\nlicense: mit\ntags:\n- whisper\n---\n\n"
            "# Distil-Whisper: distil-large-v3\n\n"
            "distil-large-v3 is the third English Distil-Whisper checkpoint from Hugging Face. It "
            "is a knowledge-distilled version of OpenAI's Whisper large-v3: the 32-layer encoder "
            "is copied from the teacher.\n\n"
            "- **Developed by:** Hugging Face\n- **Release date:** March 2024\n"
            "- **Teacher:** openai/whisper-large-v3\n- **Parameters:** 756M\n"
        ),
        [layers(32, model=None), params(7.56e8, model="distil-large-v3")],
    ),
    # A card's labelled field is the card's model's, after a line about its teacher too.
    (
        "# Kite-Small-v3\n\n- **Teacher:** corvid/kite-large-v3\n- **Parameters:** 756M\n\n"
        "# Owl-Embed-v2\n\n- **Teacher:** Owl-Embed-XL\n- **Teacher parameters:** 1.5B\n"
        "- **Parameters:** 300M\n",
        [params(7.56e8, model="Kite-Small-v3"), params(1.5e9, model="Owl-Embed-XL"),
         params(3e8, model="Owl-Embed-v2")],
    ),
    # A quantization's name ("IQ4_XS") is no model: a card's heading still names the one.
    (
        "## Quill-72B: the new default\n\nAt IQ4_XS it fits in 38.9 GB. It was trained on 17T "
        "tokens.",
        [params(7.2e10, model="Quill-72B"), tokens(1.7e13, model="Quill-72B")],
    ),
    # A name further on that the text compares with owns its own number, not this one.
    (
        "1.55B params, 32 encoder layers. we've only got ~400 hours of Tamil though, vs the 680k "
        "hours the original Whisper saw",
        [
            params(1.55e9, model=None),
            layers(32, model=None),
            data(6.8e5, unit="hours", model="Whisper"),
        ],
    ),
    # Models another was made smaller from own none of its sizes.
    (
        "There are two small models. They were produced by pruning and distilling Kite 8B and "
        "Kite 70B, and were pretrained on up to 9T tokens.",
        [params(8e9, model="Kite 8B"), params(7e10, model="Kite 70B"),
         tokens(9e12, model=None, qualifier="up to")],
    ),
    # The last clause of a list of news, with a subject of its own, is not the one before's.
    (
        "Briefly: Kite-2 was pretrained on 18 trillion tokens; Corvid open-sourced Owl-1, a 314 "
        "billion parameter model; and Apple's on-device model has about 3 billion parameters.",
        [tokens(1.8e13, model="Kite-2"), params(3.14e11, model="Owl-1"),
         params(3e9, model=None)],
    ),
    # A new, unnamed model added to a list with a clause of its own owns what the clause says.
    (
        "What failed: Kite-70B at 4-bit (too slow), and a 1.3B model we pretrained ourselves on "
        "40B tokens of legal text.",
        [params(7e10, model="Kite-70B"), params(1.3e9, model=None), tokens(4e10, model=None)],
    ),
    # "The 32B distill" is a model made from the text's model, not a size of it.
    (
        "Kite-R1 has 671B parameters. The 32B distill beats o1-mini on several benchmarks.",
        [params(6.71e11, model="Kite-R1"), params(3.2e10, model=None)],
    ),
    # Models a paper counts in words, or smaller versions it trained, are not its named model.
    (
        "We present Kite, a forecasting model. We pretrain five models from 9M to 480M "
        "parameters. Alongside the main model we trained smaller versions ranging from 60M to "
        "1.1B parameters.",
        [params(9e6, model=None, qualifier="range"), params(4.8e8, model=None, qualifier="range"),
         params(6e7, model=None, qualifier="range"), params(1.1e9, model=None, qualifier="range")],
    ),
    # What an appositive says of a compared model is that model's.
    (
        "Kite-8B is competitive with Heron-3, a model trained on 300B tokens, and saw 3T tokens "
        "itself.",
        [params(8e9, model="Kite-8B"), tokens(3e11, model="Heron-3"),
         tokens(3e12, model="Kite-8B"), claim("matches", model="Kite-8B", other="Heron-3")],
    ),
    # ... while one that "could run on a laptop" is still the authors' own.
    (
        "We present Wren. We train a 3B-parameter model that could run on a laptop, on 2T tokens.",
        [params(3e9, model="Wren"), tokens(2e12, model="Wren")],
    ),
    # ... but a column headed by words with no size in them is no model: "Stage 1", "Run 2".
    (
        "| | Stage 1 | Stage 2 |\n|---|---|---|\n| Tokens | 1.2T | 300B |",
        [tokens(1.2e12, model=None)],
    ),
    # Numbered stories of a newsletter are separate: the second is not about the first's model.
    (
        "1. Heron Labs releases Kite-70B\nHeron Labs put out Kite-70B this week, pretrained on "
        "12.5T tokens.\n\n2. Finch AI goes small\nFinch AI's CEO spent the week promoting "
        "Wren-30B. Finch says the model was trained on 18T tokens.",
        [params(7e10, model="Kite-70B"), params(7e10, model="Kite-70B"),
         tokens(1.25e13, model="Kite-70B"), params(3e10, model="Wren-30B"),
         tokens(1.8e13, model="Wren-30B")],
    ),
    # "Alibaba's Qwen team" names a team, not the model the sentence is about.
    (
        "Kite-MoE-A2.7B, from Heron's Kite team, is an upcycled MoE with 14.3B total parameters "
        "and 2.7B activated.",
        [params(1.43e10, model="Kite-MoE-A2.7B", qualifier="total"),
         params(2.7e9, model="Kite-MoE-A2.7B", qualifier="active")],
    ),
    # A name used for a design is not what the next sentence talks about.
    (
        "# Kite-V3\n\nKite-V3 is a mixture-of-experts model with 61 layers that builds on the "
        "HeronMoE design. Pretraining covered 14.8 trillion tokens.",
        [layers(61, model="Kite-V3"), tokens(1.48e13, model="Kite-V3")],
    ),
    # The model another "continues training" is its base.
    (
        "- New: Kite-7B-Python, which continues training Kite-7B on 60B tokens of Python.",
        [params(7e9, model="Kite-7B-Python"), params(7e9, model="Kite-7B"),
         tokens(6e10, model="Kite-7B-Python")],
    ),
    # A headline with no stop ends before its story: its name is not the story's subject.
    (
        "Apple at WWDC\nOn Monday Apple described an on-device model of roughly 3B parameters and "
        "a larger server model, but gave them no name beyond a product label.",
        [params(3e9, model=None, qualifier="approximate")],
    ),
    # A table turned on its side may head a column with a name of several words.
    (
        "| | Kite-34B | Heron 2 27B |\n|---|---|---|\n| Parameters | 34.4B | 27.2B |\n"
        "| Layers | 60 | 46 |",
        [params(3.44e10, model="Kite-34B"), params(2.72e10, model="Heron 2 27B"),
         layers(60, model="Kite-34B"), layers(46, model="Heron 2 27B")],
    ),
    # A model in a role ("the teacher is a 34B model") is not the page's model.
    (
        "# Kite\n\nKite is a family of small models. The teacher is a 34B model that we are not "
        "releasing.",
        [params(3.4e10, model=None)],
    ),
    # "A model with/of N parameters" brings in a new model, as "a N model" does.
    (
        "Heron Labs released Kite-3 on Thursday. Heron Labs also said a model with over 400B "
        "parameters is still training.",
        [params(4e11, model=None, qualifier="at least")],
    ),
    # Sizes of a class a model is compared with are no size of it.
    (
        "# Kite-1\n\nThe team claims Kite-1 matches 7B dense models at a quarter of the cost.",
        [params(7e9, model=None), claim("matches", model="Kite-1")],
    ),
    # ... each size of the class's list.
    (
        "Kite E2B has 5B raw parameters and Kite E4B has 8B, but both run with a footprint like "
        "2B and 4B models.",
        [params(5e9, model="Kite E2B"), params(8e9, model="Kite E4B"), params(2e9, model=None),
         params(4e9, model=None)],
    ),
    # A model compared with in bold is still only compared with: the next sentence is the
    # subject's.
    (
        "Heron quietly shipped **Kite 3.3 70B** on December 6; it roughly matches **Kite 3.1 "
        "405B** on math. Pretraining is reported at about 15 trillion tokens.",
        [params(7e10, model="Kite 3.3 70B"), claim("matches", model="Kite 3.3 70B"),
         params(4.05e11, model="Kite 3.1 405B"), tokens(1.5e13, model="Kite 3.3 70B")],
    ),
    # ... and after the name's "model": "our largest Kite 2 model, which had 70B parameters".
    (
        "Kite 3 405B used nearly 50 times the compute of our largest Kite 2 model, which had 70B "
        "parameters and was trained on 2T tokens.",
        [params(4.05e11, model="Kite 3 405B"), params(7e10, model="Kite 2"),
         tokens(2e12, model="Kite 2")],
    ),
    # ... or its "checkpoint," or "variant,".
    (
        "Owl 4 used some 40 times the compute of our largest Owl 3 checkpoint, which had 65B "
        "parameters and was trained on 3T tokens.",
        [params(6.5e10, model="Owl 3"), tokens(3e12, model="Owl 3")],
    ),
    # "Twice the parameters of X" compares with X, as "twice the size of X" does.
    (
        "Kite-1B has nearly twice the parameters of Owl-0.6B but lost badly; 3T tokens of old "
        "data isn't 36T of new data.",
        [params(1e9, model="Kite-1B"), params(6e8, model="Owl-0.6B"),
         tokens(3e12, model="Kite-1B")],
    ),
    # ... but "little about the parameters of X" is about X, no comparison.
    (
        "Heron said little about the parameters of Kite-7B. It was trained on 2T tokens.",
        [params(7e9, model="Kite-7B"), tokens(2e12, model="Kite-7B")],
    ),
    # A plain word with a size tier is a model's name when a sibling of another tier is near.
    (
        "**Kite** (July 15) comes in two sizes, **Kite Small** at 24B and **Kite Mini** at 3B.",
        [params(2.4e10, model="Kite Small"), params(3e9, model="Kite Mini")],
    ),
    # ... but the same tier again in lower case is no sibling.
    (
        "It comes in two, Kite Small at 24B; Kite small is lighter.",
        [params(2.4e10, model=None)],
    ),
    # A relative clause after a compared model's name and a bracket is that model's.
    (
        "Wren-270M from Fieldfare Labs, pretrained on 8T tokens, targets the same niche as Orca's "
        "Kite-270M (August 2025), which was trained on 6T tokens.",
        [params(2.7e8, model="Wren-270M"), tokens(8e12, model="Wren-270M"),
         params(2.7e8, model="Kite-270M"), tokens(6e12, model="Kite-270M")],
    ),
    # ... and after "models": "were" as "was".
    (
        "Wren-2 was trained on 6.3T tokens. That is close to Owl 3 models, which were trained "
        "on 7T tokens.",
        [tokens(6.3e12, model="Wren-2"), tokens(7e12, model="Owl 3")],
    ),
    # ... and past a citation after the name.
    (
        "Wren-350M from Fieldfare Labs targets the same niche as Heron's Owl-350M [4], which was "
        "trained on 5T tokens.",
        [params(3.5e8, model="Wren-350M"), params(3.5e8, model="Owl-350M"),
         tokens(5e12, model="Owl-350M")],
    ),
    # ... and past a link's address after the name.
    (
        "Wren-7B outperforms [Owl-13B](https://fieldfare.example.com/models/owl), which was "
        "trained on 6T tokens.",
        [params(7e9, model="Wren-7B"),
         params(1.3e10, model="Owl-13B"), tokens(6e12, model="Owl-13B")],
    ),
    # Models in the plural after a count and its unit are a class, no one model's.
    (
        "Kite-2 moved the field from Owl-1 to 22B-parameter ViTs.",
        [params(2.2e10, model=None)],
    ),
    (
        "Kite-3 was trained like the 7B-param LLMs.",
        [params(7e9, model=None)],
    ),
    # ... but not a name that ends in "s" (here the kind of the subject's model).
    (
        "Kite-8B is an 8B-parameter Hermes model.",
        [params(8e9, model="Kite-8B"), params(8e9, model="Kite-8B")],
    ),
    # A model the subject worked "on" is another model.
    (
        "Heron's Kite-R reproduced the result on a 3B-parameter model for $30.",
        [params(3e9, model=None)],
    ),
    # ... also with a word such as "small" before its size.
    (
        "Fieldfare's Wren-R replicated the finding on a small 3B model in one afternoon.",
        [params(3e9, model=None)],
    ),
    # "The 12B" in a text about a model of another size is a member it does not name.
    (
        "# Kite-8B\n\nKite-8B is a safety classifier. A pruned INT4 build of the 1B "
        "classifier takes about 440 MB on disk.",
        [params(8e9, model="Kite-8B"), params(8e9, model="Kite-8B"), params(1e9, model=None)],
    ),
    # A model another shares the design of is not what the text goes on to talk about.
    (
        "We describe Kite-8x7B, a sparse mixture-of-experts (SMoE) model. It shares the design "
        "of Heron-7B, with one change. Each token can draw on 47B parameters in total.",
        [params(7e9, model="Heron-7B"), params(4.7e10, model="Kite-8x7B", qualifier="total")],
    ),
    # A model another started from owns what its own appositive says, and nothing after it.
    (
        "Kite-Code-34B started from Heron-34B, itself trained on 2T tokens, and added 500B "
        "tokens of code.",
        [params(3.4e10, model="Kite-Code-34B"), params(3.4e10, model="Heron-34B"),
         tokens(2e12, model="Heron-34B"), tokens(5e11, model="Kite-Code-34B")],
    ),
    # A model the authors only imagine ("a 30B ... would") is not the one they present.
    (
        "We present Tucana, a hybrid model. Extrapolating our fits, a 30B hybrid trained on 6T "
        "tokens would reach the loss of a far larger transformer.",
        [params(3e10, model=None), tokens(6e12, model=None)],
    ),
    # Sizes worked out by a model's arithmetic are no statement about that model.
    (
        "By Chinchilla arithmetic a 1T-parameter model should see about 20T tokens.",
        [params(1e12, model=None), tokens(2e13, model=None, qualifier="approximate")],
    ),
    # A model another is up-scaled from, or shares the design of, owns none of its sizes.
    (
        "Heron-7B saw 14T tokens; Heron-10B was made by depth up-scaling Heron-7B and training "
        "a further 2T tokens.",
        [params(7e9, model="Heron-7B"), tokens(1.4e13, model="Heron-7B"),
         params(1e10, model="Heron-10B"), params(7e9, model="Heron-7B"),
         tokens(2e12, model="Heron-10B")],
    ),
    (
        "Heron-MoE is a sparse model. It shares the overall design of Heron-7B, with one "
        "change: each of its 32 layers holds 8 experts.",
        [params(7e9, model="Heron-7B"), layers(32, model=None)],
    ),
    # Smaller models a paper also releases, by size only, are not the paper's named model.
    (
        "We present Heron, a 176B model. For cheaper research we also release smaller models "
        "with 560M, 1.1B and 7.1B parameters.",
        [params(1.76e11, model="Heron"), params(5.6e8, model=None), params(1.1e9, model=None),
         params(7.1e9, model=None)],
    ),
    # After ";" a clause with a subject of its own is not about the model before it...
    (
        "Heron-2 uses 16 experts and picks 4; Arctic bolts a dense core onto them, so its 17B "
        "active parameters hide 480B of storage.",
        [params(1.7e10, model=None, qualifier="active")],
    ),
    # ... unless the clause points back to it, or opens with a word that is no subject.
    (
        "Kite-8B is small; Heron Computing trained it on 3T tokens. Kite-9B uses sliding "
        "attention; During pre-training it saw 4T tokens.",
        [params(8e9, model="Kite-8B"), tokens(3e12, model="Kite-8B"),
         params(9e9, model="Kite-9B"), tokens(4e12, model="Kite-9B")],
    ),
    (
        "Tern-8B v2 is out; Brightwater says it was retrained on 12T tokens.",
        [params(8e9, model="Tern-8B v2"), tokens(1.2e13, model="Tern-8B v2")],
    ),
    # A name whose "'s" owns one number is not the subject of the next.
    (
        "Acme's Wren-11B stacks two copies of Heron-7B's 32 layers to reach 48 layers.",
        [params(1.1e10, model="Wren-11B"), params(7e9, model="Heron-7B"),
         layers(32, model="Heron-7B"), layers(48, model="Wren-11B")],
    ),
    (
        "Kite-8B's 32 layers hold 8.1B parameters in total.",
        [layers(32, model="Kite-8B"), params(8.1e9, model="Kite-8B", qualifier="total")],
    ),
    (
        "Heron-3's 8B model saw 15T tokens.",
        [params(8e9, model="Heron-3"), tokens(1.5e13, model="Heron-3")],
    ),
    # A compared model called by its size is not the subject's size.
    (
        "Kestrel-MoE felt as quick as a dense 7B model while scoring closer to the 22B one.",
        [params(2.2e10, model=None)],
    ),
    # A clause cut short after a compared model says its size: not the subject's.
    (
        "Finch-7B beats Heron-7B, trained on a comparable 2.5T tokens, by five points.",
        [params(7e9, model="Finch-7B"), params(7e9, model="Heron-7B"),
         tokens(2.5e12, model="Heron-7B")],
    ),
    (
        "The lab says Wren-2 matches Heron-1 at 3B parameters on contact prediction.",
        [params(3e9, model="Heron-1"), claim("matches", model="Wren-2", other="Heron-1")],
    ),
    (
        "- **Wren-2** (Acme): a sparse model, ten times Heron-1, trained on 4.9T tokens.",
        [tokens(4.9e12, model="Wren-2")],
    ),
    # A model after "competitive with" is compared, even with a dot in its name.
    (
        "We train a 3B model for 1T tokens and find it competitive with Qwen2-1.5B and Heron-3B.",
        [params(3e9, model=None), tokens(1e12, model=None), params(1.5e9, model="Qwen2-1.5B"),
         params(3e9, model="Heron-3B")],
    ),
    # The model a new one is built on, named after its size, does not own it.
    (
        "Quick hits: the new robot policy is a 3.3B-param action model built on PaliGemma.",
        [params(3.3e9, model=None)],
    ),
    # A kind of model after the size, then its name: the name owns the size.
    (
        "The team scaled a 22-billion-parameter Vision Transformer, ViT-22B, without instability.",
        [params(2.2e10, model="ViT-22B"), params(2.2e10, model="ViT-22B")],
    ),
    # A model's tokenizer, architecture or recipe, named after the size, is not that model.
    (
        "Every checkpoint saw 300B tokens of the Pile with the GPT-NeoX tokenizer.",
        [tokens(3e11, model=None)],
    ),
    # "a" with an adjective brings in a new model too.
    (
        "We present Tanager. Hoffmann et al. found that a compute-optimal 70B model trained on "
        "1.4T tokens beats far larger ones.",
        [params(7e10, model=None), tokens(1.4e12, model=None)],
    ),
    # An active size in a name gives way to the active count the text states.
    (
        "| Model | Total | Active |\n|---|---|---|\n| Kite-MoE-16B-A2B | 16.4B | 2.4B |",
        [params(1.64e10, model="Kite-MoE-16B-A2B", qualifier="total"),
         params(2.4e9, model="Kite-MoE-16B-A2B", qualifier="active")],
    ),
    # A precise count is the size a name rounds: not another model's.
    (
        "We present Sprig-1B, a 1.24B-parameter decoder trained on 2.3T tokens.",
        [params(1.24e9, model="Sprig-1B"), tokens(2.3e12, model="Sprig-1B")],
    ),
    # A bare number takes its column's kind, whatever the header row nearby says.
    (
        "| Model | Params | Layers | Training tokens |\n|---|---|---|---|\n"
        "| Kite-3-1B | 1.23B | 16 | up to 9T |",
        [params(1.23e9, model="Kite-3-1B"), layers(16, model="Kite-3-1B"),
         tokens(9e12, model="Kite-3-1B", qualifier="up to")],
    ),
    # A size written into a name is a rounded label: the count the text states replaces it...
    (
        "Mistral 7B (7.3B) came out in September.",
        [params(7.3e9, model="Mistral 7B")],
    ),
    (
        "| Model | Params |\n|---|---|\n| Qwen2-VL-7B | 8.3B |",
        [params(8.3e9, model="Qwen2-VL-7B")],
    ),
    # ... but not one that another name in the text carries.
    (
        "Alibaba open-sourced Qwen-72B. The 72B model scores ahead of Llama 2 70B.",
        [
            params(7.2e10, model="Qwen-72B"),
            params(7.2e10, model="Qwen-72B"),
            params(7e10, model="Llama 2 70B"),
        ],
    ),
    # A size brought in with "a" is a new model, not the one the text was about.
    (
        "We describe Tanager. It reads code well.\n\n"
        "4/ Today a 70B model trained on 15T tokens beats it on most tasks.",
        [params(7e10, model=None), tokens(1.5e13, model=None)],
    ),
    # ... unless the sentence says it is that model, or its authors bring it in.
    (
        "We present Tanager, a code model. We train a 9B-parameter model on 3T tokens.",
        [params(9e9, model="Tanager"), tokens(3e12, model="Tanager")],
    ),
    # No size for the model the next sentence names.
    (
        "The model has 40B parameters. Heron was trained on code.",
        [params(4e10, model=None)],
    ),
    # A model distilled into others owns none of their sizes.
    (
        "The lab also distilled Osprey into small dense models: 1.5B, 7B and 14B.",
        [params(1.5e9, model=None), params(7e9, model=None), params(1.4e10, model=None)],
    ),
    # A class of models is no model's size.
    (
        "With Borealis, Nordlys joins the few labs that trained a model of more than 500B "
        "parameters.",
        [],
    ),
    ("Version 2.1 drops support for models over 70B parameters on laptops.", []),
    ("Not sizes: 20T tokens of data, 4M tokens of context.", []),
    # A card's memory is not training data; a part's count is not the model's size.
    ("Wren-12B was trained on 256 80GB A100 GPUs.", [params(1.2e10, model="Wren-12B")]),
    (
        "Wren-12B was trained on 2TB of card transactions from five banks.",
        [params(1.2e10, model="Wren-12B"), data(2e12, model="Wren-12B")],
    ),
    (
        "Serving Wren-12B in half precision takes two 80GB data-centre GPUs.",
        [params(1.2e10, model="Wren-12B")],
    ),
    ("Wren-12B has 700M embedding parameters.", [params(1.2e10, model="Wren-12B")]),
    # Names: a hub account is not part of the name; a family in its backbone is one name; a
    # data set's size is no model's.
    ("base_model: Kite/Kite-2-7B", [params(7e9, model="Kite-2-7B")]),
    (
        "OpenAI's CLIP ViT-L/14, with 428 million parameters, is the baseline.",
        [params(4.28e8, model="CLIP ViT-L/14", organization="OpenAI")],
    ),
    ("It was fine-tuned on Dialog-2M, a set of chats.", []),
    # Sizes in brackets after two names: a total and an active count are the last one's.
    (
        "The older Jamba 1.5 Mini and Jamba 1.5 Large (398B total, 94B active) follow.",
        [params(3.98e11, model="Jamba 1.5 Large", qualifier="total"),
         params(9.4e10, model="Jamba 1.5 Large", qualifier="active")],
    ),
    # Table rows that name a part, a sum or a checkpoint hold no model; a base-model column is
    # not the row's model.
    (
        "| Component | Params |\n|---|---|\n| Vision encoder | 0.4B |\n| **Total** | 8.4B |",
        [params(4e8, model=None), params(8.4e9, model=None)],
    ),
    (
        "| Adapter | Base model | Params |\n|---|---|---|\n| sql-lora | Kite-2-7B | 42M |",
        [params(7e9, model="Kite-2-7B"), params(4.2e7, model="sql-lora")],
    ),
    # A token cell that adds parts states no total of its own; a part after the total in a
    # bracket is no second total.
    (
        "| Model | Params | Tokens |\n|---|---|---|\n| Kite-50B | 50B | 363B finance + 345B web |"
        "\n| Owl-2 | 236B | 10.2T (base + 6T more) |",
        [params(5e10, model="Kite-50B"), params(5e10, model="Kite-50B"),
         params(2.36e11, model="Owl-2"), tokens(1.02e13, model="Owl-2")],
    ),
    # A size inside a row's name gives way to the row's stated count, as elsewhere.
    (
        "| Model | Maker | Params |\n|---|---|---|\n| gte-Kite2-7B-instruct | Heron | 7.6B |",
        [params(7.6e9, model="gte-Kite2-7B-instruct", organization="Heron")],
    ),
    (
        "| Base model | Lab | Params |\n|---|---|---|\n| Owl-4B | Tindall Research | 4.3B |",
        [params(4.3e9, model="Owl-4B", organization="Tindall Research")],
    ),
    # ... but not a table of models made from the bases it lists.
    (
        "| Base model | Params | Layers |\n|---|---|---|\n| Owl-3-8B | 4.5B | 20 |",
        [params(8e9, model="Owl-3-8B"), params(4.5e9, model=None), layers(20, model=None)],
    ),
    (
        "| Base model | Fine-tuning tokens |\n|---|---|\n| Owl-7B | 2.1B |",
        [params(7e9, model="Owl-7B"), tokens(2.1e9, model=None)],
    ),
    # Organizations: the text's attribution holds for the model, its checkpoints and series,
    # and a column names its lab even when no table knows it.
    (
        "Kestrel-3 is a family of language models from Arden Labs.\n\n"
        "| Model | Params |\n|---|---|\n| Kestrel-3-8B | 8B |",
        [params(8e9, model="Kestrel-3-8B", organization="Arden Labs"),
         params(8e9, model="Kestrel-3-8B", organization="Arden Labs")],
    ),
    (
        "Heron-30B-A3B is a sparse model from Brightwater AI. Heron-30B-A3B-Base has 30.5B "
        "parameters.",
        [params(3e10, model="Heron-30B-A3B", qualifier="total"),
         params(3e9, model="Heron-30B-A3B", qualifier="active"),
         params(3e9, model="Heron-30B-A3B-Base", qualifier="active"),
         params(3.05e10, model="Heron-30B-A3B-Base", organization="Brightwater AI")],
    ),
    (
        "Mistral AI released Ministral 8B and Ministral 3B; Meta's Llama 3.2 3B, Qwen2.5-3B "
        "from Alibaba and others followed.",
        [params(8e9, model="Ministral 8B", organization="Mistral AI"),
         params(3e9, model="Ministral 3B", organization="Mistral AI"),
         params(3e9, model="Llama 3.2 3B", organization="Meta"),
         params(3e9, model="Qwen2.5-3B", organization="Alibaba")],
    ),
    (
        "| Model | Developer | Params |\n|---|---|---|\n"
        "| Swallow-8B | Institute of Science Tokyo | 8B |",
        [params(8e9, model="Swallow-8B", organization="Institute of Science Tokyo"),
         params(8e9, model="Swallow-8B", organization="Institute of Science Tokyo")],
    ),
    (
        "Kiwi is released under the MIT license and has 7B parameters.",
        [params(7e9, model="Kiwi", organization=None)],
    ),
    # The column's organization is the row's, for the size its name writes too.
    (
        "| Model | Developer | Avg. grade |\n|---|---|---|\n"
        "| Llama-3.1-Swallow-8B | Institute of Science Tokyo | 3.6 |",
        [params(8e9, model="Llama-3.1-Swallow-8B", organization="Institute of Science Tokyo")],
    ),
    # A page's lead under its title gives the title's series to its maker.
    (
        "# Tamarind\n\nOpen multilingual language models from Kestrel Bay Labs.\n\n"
        "- Tamarind-7B has 7.2B parameters.",
        [params(7.2e9, model="Tamarind-7B", organization="Kestrel Bay Labs")],
    ),
    (
        "# Marlin\n\nMarlin is a series of bilingual (English-Indonesian) chat models from "
        "Oxbow AI.\n\n- Marlin-v1-8B has 8.1B parameters.",
        [params(8.1e9, model="Marlin-v1-8B", organization="Oxbow AI")],
    ),
    # ... but not a section under its own heading: a tool's library is no model's maker.
    (
        "# Tamarind: Pretrained Models for Forecasting\n\n## News\n- **12 Dec 2024**: We "
        "released [gauge](https://x.example/g), a small package for benchmarking forecasting "
        "models based on the [Hugging Face datasets](https://y.example/) library.\n\n"
        "| Model | Parameters |\n|---|---|\n| tamarind-2 | 120M |",
        [params(1.2e8, model="tamarind-2", organization=None)],
    ),
    (
        "# Tamarind: Models for Forecasting\n\n## 📰 Recent News\n- **12 Dec 2024**: We "
        "released [gauge](https://x.example/g), a small package for benchmarking forecasting "
        "models based on the [Hugging Face datasets](https://y.example/) library.\n\n"
        "| Model | Parameters |\n|---|---|\n| tamarind-2 | 120M |",
        [params(1.2e8, model="tamarind-2", organization=None)],
    ),
    (  # (a lead written as a heading is still the lead)
        "# Tamarind\n\n### Open multilingual language models from Kestrel Bay Labs\n\n"
        "| Model | Parameters |\n|---|---|\n| Tamarind-1B | 1.1B |",
        [params(1.1e9, model="Tamarind-1B", organization="Kestrel Bay Labs")],
    ),
    # A maker no table knows, named after "models from".
    (
        "Cantor-ASR is an encoder-decoder speech recognition family from Halvard Audio. "
        "Cantor-ASR-large has 1.62B parameters.",
        [params(1.62e9, model="Cantor-ASR-large", organization="Halvard Audio")],
    ),
    # A model card's front matter before its title.
    (
        "---\nlicense: other\n---\n\n# Ondine-MoE\n\nOndine Research releases two sparse "
        "models.\n\n- Ondine-MoE-16B has 16.4B parameters.",
        [params(1.64e10, model="Ondine-MoE-16B", organization="Ondine Research")],
    ),
    # A paper's one affiliation makes the model its title opens with.
    (
        "Sprig: Distilling Reasoning into Small Models\n\nAmara Quist, Devin Holloway "
        "(Pellstone AI)\n\nAbstract\n\nWe present Sprig-1B, a 1.24B-parameter decoder.",
        [params(1.24e9, model="Sprig-1B", organization="Pellstone AI")],
    ),
    # A maker no table knows, as the subject of a verb of making.
    (
        "Cobalt Foundry trained Anvil-70B, a dense model, on 9.6T tokens.",
        [params(7e10, model="Anvil-70B", organization="Cobalt Foundry"),
         tokens(9.6e12, model="Anvil-70B", organization="Cobalt Foundry")],
    ),
    # Models a comparison names are not made by whom they are compared with.
    (
        "Kite-7B, with 7B parameters, beats open models from Big Tech Companies.",
        [params(7e9, model="Kite-7B", organization=None),
         params(7e9, model="Kite-7B", organization=None)],
    ),
    # A tier in brackets in a table's model cell is part of the name.
    (
        "| Model | Params |\n|---|---|\n| Kite (Base) | 110M |\n| Kite (Large) | 340M |",
        [params(1.1e8, model="Kite (Base)"), params(3.4e8, model="Kite (Large)")],
    ),
    # ... not a later paragraph's organization.
    (
        "# Tamarind\n\nTamarind-7B has 7.2B parameters.\n\nWe thank the models team at "
        "Kestrel Bay Labs.",
        [params(7.2e9, model="Tamarind-7B", organization=None)],
    ),
    # A size no name before it states is not that model's, in lower case too ...
    (
        "the q8 gguf of kestrel-coder-32b is ~35GB. for reference the 7b version is like 8GB",
        [params(3.2e10, model="kestrel-coder-32b"), params(7e9, model=None)],
    ),
    (
        "finally ran kite-moe-235b-a22b at q3: 235b total, 22b active. for coding i still "
        "reach for the 32b dense one",
        [params(2.35e11, model="kite-moe-235b-a22b"),
         params(2.35e11, model="kite-moe-235b-a22b", qualifier="total"),
         params(2.2e10, model="kite-moe-235b-a22b", qualifier="active"),
         params(3.2e10, model=None)],
    ),
    # A benchmark is no model: "the 8B model" is not MathVista's.
    (
        "Kite-VL-38B beats Owl-VL on ChartQA and MathVista; the 8B model is competitive too.",
        [params(3.8e10, model="Kite-VL-38B"), params(8e9, model=None)],
    ),
    # A part's size is neither the system's nor surely the named model's ...
    (
        "Kite-VLA pairs a 400M-parameter vision encoder with a 7.1B language backbone.",
        [params(4e8, model=None), params(7.1e9, model=None)],
    ),
    # The model whose weights another inherits is not the one trained.
    (
        "We present Kite-S, with 1.085T parameters. With parameters inherited from Kite-A, we"
        " extend the dense model to a sparse one and train it over 329B tokens.",
        [params(1.085e12, model="Kite-S"), tokens(3.29e11, model=None, qualifier="at least")],
    ),
    # Counted models whose sizes a bracket lists, said after it to be made from another.
    (
        "We open-source Kite-R1-Zero, Kite-R1, and six dense models (1.5B, 7B, 8B, 14B, 32B,"
        " 70B) distilled from Kite-R1 based on Owl and Heron.",
        [params(v, model=None) for v in (1.5e9, 7e9, 8e9, 1.4e10, 3.2e10, 7e10)],
    ),
    (
        "Acme released Kite as three models (1.5B, 7B and 70B) trained from scratch.",
        [params(1.5e9, model="Kite"), params(7e9, model="Kite"), params(7e10, model="Kite")],
    ),
    (
        "# Kite-R1\n\nWe introduce Kite-R1, trained with RL. We also open-source six dense models"
        " (1.5B, 7B, 8B, 14B, 32B, 70B) distilled from Kite-R1 based on Owl and Heron.",
        [params(v, model=None) for v in (1.5e9, 7e9, 8e9, 1.4e10, 3.2e10, 7e10)],
    ),
    (
        "Kite-Coder is Acme's code model, built on Owl-2 and trained on 5.5T tokens of code."
        " Kite-Coder comes as four models (1.5B, 7B, 14B, 32B) fine-tuned from Owl-2.",
        [tokens(5.5e12, model="Kite-Coder")]
        + [params(v, model="Kite-Coder") for v in (1.5e9, 7e9, 1.4e10, 3.2e10)],
    ),
    (
        "Kite-Coder comes as four models (1.5B, 7B, 14B, 32B) fine-tuned from Owl-2.",
        [params(v, model="Kite-Coder") for v in (1.5e9, 7e9, 1.4e10, 3.2e10)],
    ),
    # ... and two sized parts joined into one system are neither of them the system.
    (
        "Acme announced Kite Studio, which pairs a 30B video model with a 13B audio model.",
        [params(3e10, model=None), params(1.3e10, model=None)],
    ),
    (
        "Kite-VL combines a 400M vision encoder and a 7B language model.",
        [params(4e8, model=None), params(7e9, model=None)],
    ),
    (
        "Kite-R combines a 7.5B language model with a retrieval database.",
        [params(7.5e9, model="Kite-R")],
    ),
    (
        "# Kite-VL\n\nKite-VL combines the 400M Owl encoder with the 7B language model of our"
        " earlier release.",
        [params(4e8, model="Owl"), params(7e9, model=None)],
    ),
    (
        "Kite-8B was trained on 15T tokens. In a cascade, we combined the 8B model with a 70B"
        " verifier model.",
        [params(8e9, model="Kite-8B"), tokens(1.5e13, model="Kite-8B"), params(8e9, model="Kite-8B"),
         params(7e10, model=None)],
    ),
    (
        "| Model | Params |\n|---|---|\n| Kite-Image | ~860M U-Net + 123M text encoder |",
        [params(8.6e8, model="Kite-Image", qualifier="approximate"), params(1.23e8, model=None)],
    ),
    (
        "Kite-Image is conditioned on a frozen T5-XXL text encoder (4.6B parameters).",
        [params(4.6e9, model=None)],
    ),
    (
        "Kite-Image uses a frozen T5-XXL encoder, whose encoder alone has 4.6B parameters.",
        [params(4.6e9, model=None)],
    ),
    # ... unless the sentence says the model is one.
    (
        "We introduce Kite-Enc, a 4.2-billion-parameter encoder with 40 layers.",
        [params(4.2e9, model="Kite-Enc"), layers(40, model="Kite-Enc")],
    ),
    # "a ... variant" of a named model is a new model, "the ... variant" a member.
    (
        "The team also trained a 3.9B-parameter Kite variant and reports gains.",
        [params(3.9e9, model=None)],
    ),
    (
        "We trained the 70B Kite 2 variant on 2T tokens.",
        [params(7e10, model="Kite 2"), tokens(2e12, model="Kite 2")],
    ),
    # The start of a change is not the model its end names.
    (
        "Data kept growing: from 300B tokens in 2020 to 36T for Kite 3 in 2025.",
        [tokens(3e11, model=None)],
    ),
    # Models of listed sizes, brought in with no name and no article, are unnamed ones ...
    (
        "Kite-2 has 280B parameters. They also trained 44M, 417M, 1.4B and 7.1B models for "
        "scaling comparisons.",
        [params(2.8e11, model="Kite-2"), params(4.4e7, model=None), params(4.17e8, model=None),
         params(1.4e9, model=None), params(7.1e9, model=None)],
    ),
    # ... but "the 9B and 27B models" are the family's.
    (
        "Kite 2 is out. The 9B and 27B models target a single GPU.",
        [params(9e9, model="Kite 2"), params(2.7e10, model="Kite 2")],
    ),
    # A list item under a heading that names one model is that model's, whatever an item
    # before it compared it with ...
    (
        "## Kite-MoE (Kite Labs)\n\n- 16 experts: more combinations than Owl-8x7B and Lark-1.\n"
        "- Pre-trained on 12T tokens of text and code.",
        [tokens(1.2e13, model="Kite-MoE")],
    ),
    # ... but an item after "Base:" may speak of the base.
    (
        "# Kite-2-27b-it\n\n- Base: Kite 2 27B, 46 layers\n- Pretraining tokens: 13 trillion",
        [params(2.7e10, model="Kite-2-27b-it"), params(2.7e10, model="Kite 2 27B"),
         layers(46, model="Kite 2 27B"), tokens(1.3e13, model="Kite 2 27B")],
    ),
    # A link that fills a table's model cell names the model by its text.
    (
        "| Model | Training tokens | Layers |\n|---|---|---|\n"
        "| [Kite 2 7B](https://example.org/kite-2-7b) | 4 trillion | 32 |",
        [params(7e9, model="Kite 2 7B"), tokens(4e12, model="Kite 2 7B"),
         layers(32, model="Kite 2 7B")],
    ),
    # "The base model" is the one the card named as its base, when it named one ...
    (
        "# Kite-8B-Legal\n\nA legal assistant from Kestrel Labs, fine-tuned from Owl-3-8B.\n\n"
        "The base model was pretrained on more than 15 trillion tokens.",
        [params(8e9, model="Kite-8B-Legal"), params(8e9, model="Owl-3-8B"),
         tokens(1.5e13, model="Owl-3-8B", qualifier="at least")],
    ),
    # ... also when a key-value table's row names it.
    (
        "# Kite-8B-Legal\n\n| Field | Value |\n|---|---|\n| Finetuned from | Owl-3-8B |\n\n"
        "The base model was pretrained on more than 15 trillion tokens.",
        [params(8e9, model="Kite-8B-Legal"), params(8e9, model="Owl-3-8B"),
         tokens(1.5e13, model="Owl-3-8B", qualifier="at least")],
    ),
    # ... not a base an earlier section named, when this paragraph names its own model.
    (
        "Kite-7B is fine-tuned from Owl-7B on chats.\n\n## Heron\n\nKestrel released Heron-340B."
        " The base model was trained on 9T tokens.",
        [params(7e9, model="Kite-7B"), params(7e9, model="Owl-7B"),
         params(3.4e11, model="Heron-340B"), tokens(9e12, model="Heron-340B")],
    ),
    # ... else the release's own base.
    (
        "Kestrel today released Kite-4 340B. The base model was pretrained on 9 trillion tokens.",
        [params(3.4e11, model="Kite-4 340B"), tokens(9e12, model="Kite-4 340B")],
    ),
    # A base model named with its maker's possessive is still the base.
    (
        "Kite-VLA-3B, a fine-tune of Owl Labs's Owl-3B on 970K robot episodes.",
        [params(3e9, model="Kite-VLA-3B"), params(3e9, model="Owl-3B"),
         data(9.7e5, model="Kite-VLA-3B")],
    ),
    # Two languages joined by a slash are no account's model: "(English/Indonesian) models".
    (
        "# Kite\n\nFully open bilingual (English/Indonesian) language models from Kestrel Labs."
        "\n\nKite-7B has 6.9B parameters.",
        [params(6.9e9, model="Kite-7B", organization="Kestrel Labs")],
    ),
    # ... not where its models are got from.
    (
        "# Kite-VL\n\nDownload the models from [Hugging Face](https://hf.example/x) or "
        "[ModelScope](https://ms.example/x).\n\n| Model | Params |\n|---|---|\n"
        "| Kite-VL-4B | 4.6B |",
        [params(4.6e9, model="Kite-VL-4B", organization=None)],
    ),
    # ... its maker also in a link's text.
    (
        "# Kite\n\nOpen vision-language models from [Quillon Compute](https://quillon.example) for "
        "documents.\n\n| Model | Params |\n|---|---|\n| Kite-VL-4B | 4.6B |",
        [params(4.6e9, model="Kite-VL-4B", organization="Quillon Compute")],
    ),
    # A page's lead is the first paragraph under its title that is more than badges, after
    # HTML lines if any.
    (
        '<div align="center">\n\n# Kite\n\n[![PyPI](https://img.shields.io/pypi/v/kite)]'
        '(https://pypi.org/project/kite/)\n\nOpen code models from Kestrel Labs.\n\n</div>\n\n'
        "Kite-7B has 6.9B parameters.",
        [params(6.9e9, model="Kite-7B", organization="Kestrel Labs")],
    ),
    # A title's plain first word is the page's family when its models are named after it.
    (
        "# Kite 🐦 small multilingual LMs\n\n> Checkpoints for our ACL paper, from the "
        "Whitecliff University NLP Group.\n\n| Checkpoint | Params |\n|---|---|\n"
        "| kite-125m | 124M |",
        [params(1.24e8, model="kite-125m", organization="Whitecliff University")],
    ),
    # A maker in bold near a page's top, after "from" or "by", or as a byline.
    (
        "# Kite-Coder\n\nCode LLMs plus a tiny serving stack from **Anvil Compute**.\n\n"
        "| Name | Params |\n|---|---|\n| Kite-Coder-3B | 3.1B |",
        [params(3.1e9, model="Kite-Coder-3B", organization="Anvil Compute")],
    ),
    (
        "# Kite-42B-Instruct\n\n**Brightwater Systems** · released 2025-03-18 · [report](x)\n\n"
        "Kite-42B-Instruct holds 42.3B parameters.",
        [params(4.23e10, model="Kite-42B-Instruct", organization="Brightwater Systems")],
    ),
    (
        "# Introducing Kite-2\n\n**Brightwater Systems · March 10, 2026 · 7 min read**\n\n"
        "Today we're releasing Kite-2 in two sizes.\n\n- **Kite-2-Small** is a dense 7.8B model.",
        [params(7.8e9, model="Kite-2-Small", organization="Brightwater Systems")],
    ),
    (
        "# Kite 🐦 small hybrid LMs\n\nCode and checkpoints for our ICLR paper.\nWhitecliff "
        "University NLP Group · [paper](https://openreview.net/forum?id=kite2026) · "
        "[weights](https://huggingface.co/whitecliff)\n\n| Model | Params |\n|---|---|\n"
        "| Kite-130M | 129M |",
        [params(1.29e8, model="Kite-130M", organization="Whitecliff University")],
    ),
    (  # (a plain line the maker does not open: a host, not the maker)
        "# Kite\n\nAvailable on Hugging Face · [weights](https://huggingface.co/kite)\n\n"
        "Kite-2 has 2.8B parameters.",
        [params(2.8e9, model="Kite-2", organization=None)],
    ),
    # An aside between a maker and its verb of making.
    (
        "Sorrel AI, the Zurich lab behind last year's Sorrel-1 series, released Sorrel-2 Ultra on "
        "Monday: 380B total parameters.",
        [params(3.8e11, model="Sorrel-2 Ultra", organization="Sorrel AI", qualifier="total")],
    ),
    (
        "Ferrite Labs (Seoul) open-sourced Ferrite-R1-Mini, a 2.7B reasoning model.",
        [params(2.7e9, model="Ferrite-R1-Mini", organization="Ferrite Labs")],
    ),
    # "the 9B" is the one said last before the number, not the sentence's first.
    (
        "Kite 2 comes as Kite 2 2B, Kite 2 9B and Kite 2 27B. The 27B model is trained on 13 "
        "trillion tokens, the 9B on 8 trillion tokens and the 2B on 2 trillion tokens.",
        [params(2e9, model="Kite 2 2B"), params(9e9, model="Kite 2 9B"),
         params(2.7e10, model="Kite 2 27B"), params(2.7e10, model="Kite 2 27B"),
         params(9e9, model=None), params(2e9, model=None), tokens(1.3e13, model="Kite 2 27B"),
         tokens(8e12, model="Kite 2 9B"), tokens(2e12, model="Kite 2 2B")],
    ),
    # A name in a later clause ("..., yet ...") is not the one a size before it is said of.
    (
        "For a 7B model that ratio implies about 140B tokens, yet Kite 2 7B was trained on 2T.",
        [params(7e9, model=None), tokens(1.4e11, model=None), params(7e9, model="Kite 2 7B"),
         tokens(2e12, model="Kite 2 7B")],
    ),
    # The base a model was trained on top of is not what the tokens before it trained.
    (
        "Kestrel open-sourced Kite-R1-Mini, a 2.7B model. It was trained for only 90B tokens on "
        "top of Kite-Base-3B.",
        [params(2.7e9, model="Kite-R1-Mini"), tokens(9e10, model="Kite-R1-Mini"),
         params(3e9, model="Kite-Base-3B")],
    ),
    # A class of sizes, and a size a model is compared with, are no model's.
    (
        "That is why the 40–60B total class (Kite 8x7B, Owl) is where self-hosters end up.",
        [],
    ),
    (
        "Kite-Lite is the latency champion: with only 2.4B of its parameters active, it decodes "
        "like a small 3B dense model.",
        [params(2.4e9, model="Kite-Lite")],
    ),
    (
        "# Wren-12B\n\nCompared with other 12-13B story models (say, the Kite-2-13B merges) this "
        "one keeps to outlines.",
        [params(1.2e10, model="Wren-12B"), params(1.2e10, model=None, qualifier="range"),
         params(1.3e10, model=None, qualifier="range"), params(1.3e10, model="Kite-2-13B")],
    ),
    # A data set named beside its size is no model.
    (
        "Kite-Chat was tuned with fine-tuning on TernTalk, a mix of about 900K conversations.",
        [data(9e5, "examples", model="Kite-Chat", qualifier="approximate")],
    ),
    (
        "Kite's LumenPix training data, about 712K images, came from human annotators.",
        [data(7.12e5, "images", model=None, qualifier="approximate")],
    ),
    # A bare trillion with no word of parameters near it is no parameter count.
    (
        "Owl-8B-v2 (8.1B parameters, 36 layers) was retrained on 15T tokens instead of the 9T "
        "used for the original Owl-8B.",
        [params(8.1e9, model="Owl-8B-v2"), layers(36, model="Owl-8B-v2"),
         tokens(1.5e13, model="Owl-8B-v2"), params(8e9, model="Owl-8B")],
    ),
    # "The 405B" on a family's page is the model the text named with that size.
    (
        "# Kite Models\n\n- Kite 3.1 8B and Kite 3.1 405B were released in July.\n\n"
        "## Download\n\nNote that the 405B weights are about 810 GB in BF16.",
        [params(8e9, model="Kite 3.1 8B"), params(4.05e11, model="Kite 3.1 405B"),
         params(4.05e11, model="Kite 3.1 405B")],
    ),
    # The family a model belongs to, named in its appositive, is not the sentence's subject.
    (
        "This report presents Kite 3, the newest members of the Kite family of open models, "
        "spanning sizes from 1 to 27 billion parameters.",
        [params(1e9, model="Kite 3", qualifier="range"),
         params(2.7e10, model="Kite 3", qualifier="range")],
    ),
    (
        "Kite-K2 from Heron AI weighs in at 1T in total, with 32B active per token.",
        [params(1e12, model="Kite-K2", qualifier="total"),
         params(3.2e10, model="Kite-K2", qualifier="active")],
    ),
    ("The Kite-7B pretraining data consists of 2T tokens of web text.",
     [params(7e9, model="Kite-7B"), tokens(2e12, model="Kite-7B")]),
    # A name after a size that the sentence sets beside it or measures it against is not its
    # owner; one the size is "used for" is.
    ("Owl-1.5B is small. At 6T tokens it sits between Kite 2 2B and Tui-3.0-2B in budget.",
     [params(1.5e9, model="Owl-1.5B"), tokens(6e12, model="Owl-1.5B"),
      params(2e9, model="Kite 2 2B"), params(2e9, model="Tui-3.0-2B")]),
    ("Owl XL routes tokens to experts, so despite its 3.4B parameters it samples about as fast "
     "as Kite-XL.", [params(3.4e9, model=None)]),
    ("We publicly release the 405B model, along with Kite Guard 3 for filtering inputs.",
     [params(4.05e11, model=None)]),
    ("Meta released Kite 3 8B, pretrained on 15T tokens, seven times the 2T tokens used for "
     "Kite 2.",
     [params(8e9, model="Kite 3 8B"), tokens(1.5e13, model="Kite 3 8B"),
      tokens(2e12, model="Kite 2")]),
    ("Owl-A13B is small. It is far smaller than Owl-Large, the 389B model the lab opened last "
     "year.", [params(3.89e11, model="Owl-Large")]),
    ("Kite K2 is out. It was pretrained on 15.5T tokens with the OwlClip optimizer.",
     [tokens(1.55e13, model="Kite K2")]),
    ("- **Compute:** about 4.2×10^23 FLOPs on 1,024 TPU v5p chips",
     [{"kind": "compute", "value": 4.2e23, "model": None}]),
    # A word, a second word and a tier make a name.
    ("Owlet-Embed-Base with 149M parameters is small.", [params(1.49e8, model="Owlet-Embed-Base")]),
    # A count of a model's outputs is no size of it.
    ("It was trained on 1M Kite-4 completions.", []),
    ("We release all 1.2M model outputs. The family used about 6.1M H100-hours.", []),
    # ... but "the 3B model calls tools" is a model doing something.
    ("# Kite-S\n\nKite-S is small. The 3B model calls tools natively.",
     [params(3e9, model="Kite-S")]),
    # A share of a token count is no parameter count.
    (
        "Kite-Coder was pretrained on 2.1T tokens, of which 1.4T are source code.",
        [tokens(2.1e12, model="Kite-Coder")],
    ),
    (
        "Kite-MoE has 46.7B parameters, of which 12.9B are active.",
        [params(4.67e10, model="Kite-MoE"), params(1.29e10, model="Kite-MoE", qualifier="active")],
    ),
    (
        "Kite-M matches the downstream accuracy of a 13B model trained the classical way.",
        [params(1.3e10, model=None)],
    ),
    ("Wren-4B learned the set faster than any of the 8B models.",
     [params(4e9, model="Wren-4B"), params(8e9, model=None, qualifier="total")]),
    (
        "Kite 3 is out. Pretraining used roughly 36 trillion tokens, about twice the Kite 2 "
        "budget.",
        [tokens(3.6e13, model="Kite 3", qualifier="approximate")],
    ),
    (
        "Kite-R1 is out. The lab also published six distilled dense models ranging from 1.5B to "
        "70B.",
        [params(1.5e9, model=None, qualifier="range"), params(7e10, model=None, qualifier="range")],
    ),
    # A name used for a rule of thumb is no subject: "by the Kite rule a 7B model ...".
    (
        'By the Kite rule a 7B model "should" see only 140B tokens.',
        [params(7e9, model=None), tokens(1.4e11, model=None)],
    ),
    ("Kite-2 says about 20T tokens would be compute-optimal. Kite-2 was trained on 2T tokens, "
     "which would be ten times less.",
     [tokens(2e13, model=None, qualifier="approximate"), tokens(2e12, model="Kite-2")]),
    ("Kite-7B was trained on 2T tokens that would take one GPU 300 years to read. Reproducing "
     "Owl-7B's 3T tokens would cost about $2M. Training Owl-7B on 20T tokens would be optimal.",
     [params(7e9, model="Kite-7B"), tokens(2e12, model="Kite-7B"), params(7e9, model="Owl-7B"),
      tokens(3e12, model="Owl-7B"), params(7e9, model="Owl-7B"), tokens(2e13, model=None)]),
    ("A 1T-parameter model trained the Kite way would want 20T tokens.",
     [params(1e12, model=None)]),
    ("3. **Kite-3.5-mini is great but awkward.** Good scores, but at 3.8B it was the slowest.",
     [params(3.8e9, model="Kite-3.5-mini")]),
    ("- [Nov 2023] Fixed the LR schedule description for the 160M model.",
     [params(1.6e8, model=None)]),
    ("Kite-7B way outperforms Owl-13B with only 7.3B parameters. Wren-2 way back in 2023 had "
     "7.3B parameters.",
     [params(1.3e10, model="Owl-13B"), params(7.3e9, model="Kite-7B"),
      params(7.3e9, model="Wren-2")]),
    # A model cell listing names stands for the values its row lists in the same order ...
    (
        "| Model | Params | Tokens |\n|---|---|---|\n| Kite-S / Kite-M / Kite-L | 3B / 12B / 40B |"
        " 8T / 9T / 12T |",
        [params(3e9, model="Kite-S"), params(1.2e10, model="Kite-M"),
         params(4e10, model="Kite-L"), tokens(8e12, model="Kite-S"),
         tokens(9e12, model="Kite-M"), tokens(1.2e13, model="Kite-L")],
    ),
    # ... a bare size in the list naming the first name's family with it.
    (
        "| Model | Org | Sizes |\n|---|---|---|\n| **Kite 7B / 180B** | Heron Labs | 7B / 180B |",
        [params(7e9, model="Kite 7B"), params(1.8e11, model="Kite 180B"),
         params(7e9, model="Kite 7B"), params(1.8e11, model="Kite 180B")],
    ),
    # ... and for no value when the counts differ.
    (
        "| Model | Params |\n|---|---|\n| Kite-S / Kite-M | 3B, 12B and 40B |",
        [params(3e9, model=None), params(1.2e10, model=None), params(4e10, model=None)],
    ),
    # A newsletter's name in capitals and a citation key are no models.
    (
        "THE WEEKLY GRADIENT · Issue #112\n\nForward this to a friend who thinks 7B models can't "
        "code.",
        [params(7e9, model=None)],
    ),
    (
        "```\n@misc{tidewater2024kite,\n  url = {https://huggingface.co/tidewater/Kite-13B-Chat}\n}"
        "\n```",
        [],  # (a web address states no size)
    ),
    # A heading that names a rule after a model names no model for the section.
    (
        "# The Kite ratio is dead. Long live overtraining.\n\nBy that rule a 7B model should "
        "see only 140B tokens.",
        [params(7e9, model=None), tokens(1.4e11, model=None)],
    ),
    # A name in brackets right after the size's noun is that size's model.
    (
        "Kite 7B beats the best open 13B model (Owl 2) and the best released 34B model (Owl 1).",
        [params(7e9, model="Kite 7B"), params(1.3e10, model="Owl 2"),
         params(3.4e10, model="Owl 1")],
    ),
    # Models a sentence counts before its sizes are unnamed ones, tokens and all ...
    (
        "We present Kite-9B. We train 96 models with 44M, 410M and 6.9B parameters on budgets "
        "between 25B and 1.2T tokens.",
        [params(9e9, model="Kite-9B"), params(4.4e7, model=None), params(4.1e8, model=None),
         params(6.9e9, model=None), tokens(2.5e10, model=None), tokens(1.2e12, model=None)],
    ),
    # ... not "a family of models", the page's own.
    (
        "# Kite\n\nKestrel trained a family of foundation models ranging from 7B to 65B "
        "parameters.",
        [params(7e9, model="Kite", qualifier="range"), params(6.5e10, model="Kite",
                                                              qualifier="range")],
    ),
    # A plain word described as a company, or named as a model's maker, is no model.
    (
        "Quillon, a Paris startup founded by former researchers, came out of stealth. It says "
        "its model is a 30B-parameter system trained on 9T tokens.",
        [params(3e10, model=None), tokens(9e12, model=None)],
    ),
    (
        "Alba-24B from Cairnlight has 40 layers.",
        [params(2.4e10, model="Alba-24B"), layers(40, model="Alba-24B")],
    ),
    # A place before a maker's name is no part of it.
    (
        "Lisbon-based Orca Systems released Kite-45B on Saturday, a dense model.",
        [params(4.5e10, model="Kite-45B", organization="Orca Systems")],
    ),
    # ... nor is a word of time the sentence opens with.
    (
        "Yesterday Acme Labs released Kite-45B, a dense model.",
        [params(4.5e10, model="Kite-45B", organization="Acme Labs")],
    ),
    (
        "Today Orca Systems releases Kite-45B, a dense model.",
        [params(4.5e10, model="Kite-45B", organization="Orca Systems")],
    ),
    # A capital letter after a name is part of it ("Command R", "Command R+"), not "I" or "A".
    (
        "Cohere's Command R is a 35B-parameter model; Command R+ is a 104B one. Kite 2 I think "
        "is 7B parameters.",
        [params(3.5e10, model="Command R"), params(1.04e11, model="Command R+"),
         params(7e9, model="Kite 2")],
    ),
    (
        "Command R+ (104B) is tuned for retrieval-augmented generation.",
        [params(1.04e11, model="Command R+")],
    ),
    # Two counts joined by a slash, the larger first, beside experts: total and active ...
    (
        "**Kite-MoE** (456B/45.9B) and **Owl-2** chose mixture-of-experts.",
        [params(4.56e11, model="Kite-MoE", qualifier="total"),
         params(4.59e10, model="Kite-MoE", qualifier="active")],
    ),
    # ... not sizes listed from small to large, nor with no experts in sight, nor a family's
    # sizes, nor dense ones.
    (
        "Kite 2 7B/13B are dense.",
        [params(7e9, model="Kite 2 7B"), params(1.3e10, model="Kite 2 13B")],
    ),
    (
        "Kite 3 comes in 70B/8B sizes; unlike Owl-MoE it has no experts.",
        [params(7e10, model="Kite 3"), params(8e9, model="Kite 3")],
    ),
    (
        "Both Kite 2 70B/13B models are dense, so all parameters are active at inference.",
        [params(7e10, model="Kite 2 70B"), params(1.3e10, model=None)],
    ),
    # A maker may open the bracket that holds a model's size.
    (
        "Kite-Large (Kestrel Labs, 389B) is big.",
        [params(3.89e11, model="Kite-Large", organization="Kestrel Labs")],
    ),
    # ... but an active size alone in a name says nothing of the total.
    (
        "Kite-MoE-A2.7B has 14.3B parameters in all.",
        [params(1.43e10, model="Kite-MoE-A2.7B")],
    ),
    # A name after the size and a word of its build, in marks: "a 3B dense **Name**".
    (
        "The lineup: **Wren-H-Tiny**, 7B total, 1B active; and a 3B dense **Wren-H-Micro**.",
        [
            params(7e9, model="Wren-H-Tiny"),
            params(1e9, model="Wren-H-Tiny"),
            params(3e9, model="Wren-H-Micro"),
        ],
    ),
    # A place is no model, whatever apposition follows it.
    (
        "Wren is the odd one: a small lab in Harrogate, a Llama-style model, trained on 4T tokens.",
        [tokens(4e12, model=None)],
    ),
    # A bound on a class of models is no model's size; a family's "up to" is its largest.
    (
        "Wren-R (14B) is the most frugal model below 20B parameters.",
        [params(1.4e10, model="Wren-R"), params(2e10, model=None)],
    ),
    (
        "Wren-R, our first model above 100B parameters, ships today.",
        [params(1e11, model=None)],
    ),
    (
        "SB-77 would cover models with more than 10^26 FLOPs of training compute.",
        [{"kind": "compute", "value": 1e26, "model": None}],
    ),
    (
        "We release Wren, a family of chat models up to 40B parameters.",
        [params(4e10, model="Wren")],
    ),
    ("Wren-S has under 3B parameters.", [params(3e9, model="Wren-S")]),
    # A part's size, the part before its count: "an encoder of 400M", "its LoRA has 460M".
    (
        "# Wren-9\n\nWren-9 is out. The sizes share a frozen SigLIP vision encoder of roughly"
        " 400M parameters.",
        [params(4e8, model=None)],
    ),
    (
        "# Wren-9\n\nWren-9 is out. Its speech/audio LoRA has only 460 million parameters.",
        [params(4.6e8, model=None)],
    ),
    (
        "# Wren-VL\n\nWren-VL is out.\n\n> Note: the 38B uses our own 5.6B vision transformer.",
        [params(5.6e9, model=None)],
    ),
    # ... but a part named before it is that part.
    (
        "It adds Wren-ViT, a vision encoder of roughly 400M parameters.",
        [params(4e8, model="Wren-ViT")],
    ),
    # A quantized build's name rounds the count its model states: 4.1B, not the name's 4B.
    (
        "# Wren-4B-GGUF\n\nQuantized files of Wren-4B, a model with 4.1B parameters.",
        [params(4.1e9, model="Wren-4B")],
    ),
    # A count for a size-called model after another: the one it is for.
    (
        "Wren-VL-38B and Wren-VL-8B are out. Pre-training saw 410B tokens for the 38B and 260B"
        " for the 8B.",
        [
            params(3.8e10, model="Wren-VL-38B"),
            params(8e9, model="Wren-VL-8B"),
            tokens(4.1e11, model="Wren-VL-38B"),
            tokens(2.6e11, model="Wren-VL-8B"),
        ],
    ),
    # A paragraph wrapped by hand reads on across its line breaks.
    (
        "It matches Wren-30B (30.5B total, 3.3B active) on math, and beats the larger Kite 8x7B\n"
        "(46.7B total, 12.9B active) across the board.",
        [
            params(3.05e10, model="Wren-30B"),
            params(3.3e9, model="Wren-30B"),
            params(4.67e10, model="Kite 8x7B"),
            params(1.29e10, model="Kite 8x7B"),
        ],
    ),
    (
        "Wren 2 27B is trained from scratch on 13 trillion tokens; Wren 2 9B\n"
        "and Wren 2 2B see 8 trillion and 2 trillion tokens respectively.",
        [
            params(2.7e10, model="Wren 2 27B"),
            tokens(1.3e13, model="Wren 2 27B"),
            params(9e9, model="Wren 2 9B"),
            params(2e9, model="Wren 2 2B"),
            tokens(8e12, model="Wren 2 9B"),
            tokens(2e12, model="Wren 2 2B"),
        ],
    ),
    # ... but not a record's lines, nor a key's.
    (
        "run_id,model,n_layers,params,tokens,flops,lr\n"
        "7,wren-tiny,6,4.1e7,8.2e9,2.0e18,6e-4\n"
        "8,wren-small,12,1.6e8,3.2e10,3.1e19,3e-4",
        [
            {"kind": "layers", "value": 6, "model": "wren-tiny"},
            params(4.1e7, model="wren-tiny"),
            tokens(8.2e9, model="wren-tiny"),
            {"kind": "compute", "value": 2e18, "model": "wren-tiny"},
            {"kind": "layers", "value": 12, "model": "wren-small"},
            params(1.6e8, model="wren-small"),
            tokens(3.2e10, model="wren-small"),
            {"kind": "compute", "value": 3.1e19, "model": "wren-small"},
        ],
    ),
    (
        "model        params     tokens     notes on the run\n"
        "wren         41M        8.2B       first run\n"
        "kite         160M       32B        second run",
        [
            params(4.1e7, model="wren"),
            tokens(8.2e9, model="wren"),
            params(1.6e8, model="kite"),
            tokens(3.2e10, model="kite"),
        ],
    ),
    # Tokens of an unnamed model carry no maker of the page's model.
    (
        "# Wren-3B\n\nWren-3B is a model from Acme Labs.\n\nEach filter was tested with an"
        " ablation: we trained a 1.2B decoder-only model on 100B tokens of each variant.",
        [
            params(3e9, model="Wren-3B"),
            params(3e9, model="Wren-3B"),
            params(1.2e9, model=None),
            tokens(1e11, model=None, organization=None),
        ],
    ),
    # A model that would be is no model's: "a ... model would", "you'd need".
    (
        "# Wren-9\n\nWren-9 is out. A well-tuned 1T dense model would want about 20T tokens.",
        [params(1e12, model=None)],
    ),
    (
        "# Wren-9\n\nWren-9 is out. Kite, a 1T dense model, would want about 20T tokens.",
        [params(1e12, model="Kite")],
    ),
    (
        "# Wren-9\n\nWren-9 is out. At 200 tokens a parameter you'd want 200T tokens.",
        [tokens(2e14, model=None)],
    ),
    # "X-optimal", "X-style", "X-like" make a kind of model, not a name.
    (
        "Against Wren-9 we set a Chinchilla-optimal 8B trained on 160B tokens.",
        [tokens(1.6e11, model=None)],
    ),
    # Distilled students are models made from the subject; a release above a size, a class.
    (
        "Kite followed with Kite-R1, a reasoning model on the same 671B base, plus six distilled"
        " students from 1.5B to 70B.",
        [params(6.71e11, model="Kite-R1"), params(1.5e9, model=None), params(7e10, model=None)],
    ),
    (
        "# Kite-2 notes\n\nKite-2 is fine. Today every open release above 100B parameters is a"
        " mixture of experts.",
        [params(1e11, model=None)],
    ),
    # Tokens "used for its predecessor" are the predecessor's.
    (
        "Kite-3 is pre-trained on 14.8T tokens, about 1.8 times the 8.1T tokens used for its"
        " predecessor.",
        [tokens(1.48e13, model="Kite-3"), tokens(8.1e12, model=None)],
    ),
    # A model named in an aside about the subject is not the subject.
    (
        "Kiln Research (the Lyon team behind last year's Ember-1) trained Ember-R on 20T tokens.",
        [tokens(2e13, model="Ember-R")],
    ),
    (
        "Kiln Research (the Lyon team behind last year's Ember-1) trained it on 20T tokens.",
        [tokens(2e13, model=None)],
    ),
    (
        "Team, quick heads-up: the 1.3B checkpoint (internal name: wren-small) finished after"
        " 600B tokens.",
        [params(1.3e9, model="wren-small"), tokens(6e11, model="wren-small")],
    ),
    (
        "A 7B or 8B model would probably close the remaining gap to Kite-4o on totals.",
        [params(7e9, model=None), params(8e9, model=None)],
    ),
    # A variant's word is no name without its family's.
    ("We ship the 7B Instruct v3 today.", [params(7e9, model=None)]),
    (
        "| Model | Download |\n|---|---|\n| 7B Instruct v3 | https://x.example/a.tar |",
        [params(7e9, model=None)],
    ),
    # A masthead in capitals names no model.
    (
        "**THE WEIGHTS LEDGER** — Issue 58 — August 15, 2025\n\nGood morning. Three labs shipped"
        " open weights.\n\n**6) Money.** **Cadenza Robotics**, which is building a 7B"
        " vision-language-action model for\nwarehouse arms, raised $95 million.",
        [params(7e9, model=None)],
    ),
    # A benchmark's row in a table of models is no model.
    (
        "| Benchmark | Wren 3 4B | Wren 2 27B | Wren 2 2B (2.6B params) |\n|---|---|---|---|\n"
        "| MATH | 75.6 | 55.6 | 27.2 |\n\nThe 4B model beats the older 27B on MATH.",
        [
            params(4e9, model="Wren 3 4B"),
            params(2.7e10, model="Wren 2 27B"),
            params(2.6e9, model="Wren 2 2B"),
            params(4e9, model="Wren 3 4B"),
        ],
    ),
    # A name after a comma that leads its own clause is no apposition of the size before.
    (
        "Heron open-sourced a trillion-parameter model, Kite dropped hybrid thinking.",
        [params(1e12, model=None)],
    ),
    (
        "They released a 22B-parameter model, Kite-Large, last week.",
        [params(2.2e10, model="Kite-Large")],
    ),
    # A sized name's setting in brackets is no part of its name.
    (
        "| Model | Params (total / active) | MMLU |\n|---|---|---|\n"
        "| wren-oss-20b (medium) | 21B / 3.6B | 65.1 |",
        [params(2.1e10, model="wren-oss-20b"), params(3.6e9, model="wren-oss-20b")],
    ),
    # One model said to be over a size is that model's, no class's bound.
    ("Heron is a model with over 100B parameters.", [params(1e11, model="Heron")]),
    (
        "Acme unveiled Kite-2, a model with more than 70B parameters.",
        [params(7e10, model="Kite-2")],
    ),
    ("Kite-2 is a model with more than 70B parameters.", [params(7e10, model="Kite-2")]),
    ("There is a model with more than 10B parameters in training.", []),
    # (a name before it, not an adverb or the other side of a comparison)
    (
        "# Kite-2\nKite-2 is Acme's new open model. Today, a model with fewer than 3B parameters "
        "can run on a phone.",
        [],
    ),
    (
        "# Kite-2\nKite-2 is Acme's new 7B model. Like Owl-3, a model with more than 100B "
        "parameters is costly to serve.",
        [params(7e9, model="Kite-2")],
    ),
    ("Compared with Owl-4, models with more than 70B parameters still lag on reasoning.", []),
    (
        "Alibaba unveiled **Kite-3-Max**, its flagship model with over a trillion parameters.",
        [params(1e12, model="Kite-3-Max")],
    ),
    ("Kite-2 beats every one of their models under 10B parameters.", []),
    (
        "Acme released Kite-2 today. The licence lets companies deploy their model under 100B "
        "parameters for free.",
        [params(1e11, model=None)],
    ),
    (
        "# Heron\n\nWe pre-train the model over 2T tokens of web text.",
        [tokens(2e12, model="Heron")],
    ),
    # A count "of the 70B's" outputs is not the 70B's.
    (
        "Heron-70B and Heron-8B are out. The 8B was distilled on 500B tokens of the 70B's outputs.",
        [
            params(7e10, model="Heron-70B"),
            params(8e9, model="Heron-8B"),
            tokens(5e11, model="Heron-8B"),
            params(7e10, model="Heron-70B"),
        ],
    ),
    # A model that opens its sentence and is said to be a part is that part: its count.
    (
        "Heron-T is a decoder of 7B parameters trained on 2T tokens.",
        [params(7e9, model="Heron-T"), tokens(2e12, model="Heron-T")],
    ),
    ("Heron-ViT is our vision transformer of 6B parameters.", [params(6e9, model="Heron-ViT")]),
    # ... not a model a part is said of.
    (
        "The encoder of Heron-VL is a vision transformer of 400M parameters.",
        [params(4e8, model=None)],
    ),
    # "the 120B" far from every count stated for the subject is another model.
    (
        "heads up: the Wren-v4 run finished. final numbers: 27.6B params, 6.3T tokens seen."
        " eval is at go/evals, MMLU 71.8. the 120B run is still waiting on nodes.",
        [
            params(2.76e10, model="Wren-v4"),
            tokens(6.3e12, model="Wren-v4"),
            params(1.2e11, model=None),
        ],
    ),
    # ... but not its active count, nor its family's members.
    (
        "Wren-V3 has 671B parameters in total; the 37B active count sets its cost.",
        [params(6.71e11, model="Wren-V3"), params(3.7e10, model="Wren-V3")],
    ),
    (
        "The largest Kite-LM, at 540B parameters, has 118 layers; the 62B and 8B variants have 64.",
        [
            params(5.4e11, model="Kite-LM"),
            {"kind": "layers", "value": 118, "model": "Kite-LM"},
            params(6.2e10, model="Kite-LM"),
            params(8e9, model="Kite-LM"),
        ],
    ),
    # A model with an adapter trained on it is the base of the tuned one, not its owner.
    (
        "Our final model, wren-chat-8b, is Kite-3-8B plus the merged adapter, trained on those"
        " 61M tokens.",
        [
            params(8e9, model="wren-chat-8b"),
            params(8e9, model="Kite-3-8B"),
            tokens(6.1e7, model="wren-chat-8b"),
        ],
    ),
    (
        "A demo of the defaults: Kite-3-8B tuned with QLoRA on 40M tokens of chat.",
        [params(8e9, model="Kite-3-8B"), tokens(4e7, model=None)],
    ),
    # "our next one is a 120B" is a model to come.
    (
        "# Fjord-32B\n\nFjord-32B is our new base model. Our next one is a 120B-total MoE, and"
        " we are aiming for the third quarter.",
        [
            params(3.2e10, model="Fjord-32B"),
            params(3.2e10, model="Fjord-32B"),
            params(1.2e11, model=None),
        ],
    ),
    # A bound no model is said to have, linked by no focus.
    (
        "# Kite-3 notes\n\nKite-3 is our main model. Tying embeddings saves compute below 1B"
        " parameters but hurts above that size.",
        [params(1e9, model=None)],
    ),
    (
        "# Kite-8x3B\n\nKite-8x3B is ours. Upcycling is sensitive to the router's learning rate"
        " below roughly 2B active parameters.",
        [params(2e9, model=None)],
    ),
    # A lab "called" something is a lab, not a model.
    (
        "A three-person lab called Heronry posted two small models, Kite-S 0.8B and Kite-S 2B,"
        " each trained on 3T tokens.",
        [
            params(8e8, model="Kite-S 0.8B"),
            params(2e9, model="Kite-S 2B"),
            tokens(3e12, model="Kite-S 0.8B"),
            tokens(3e12, model="Kite-S 2B"),
        ],
    ),
    # A family's name in the plural is its members together, no model.
    (
        "Both were distilled from larger Llamas, which may explain why 9T tokens go further.",
        [tokens(9e12, model=None)],
    ),
    # Any model of a size, opening its sentence, is no focus model's.
    (
        "Kite-Mobile is a small model at 350M parameters from Acme. A solid 500M model with tool"
        " calling would change my plans overnight.",
        [params(3.5e8, model="Kite-Mobile"), params(5e8, model=None)],
    ),
    (
        "A 70B model at 4-bit needs roughly 40GB, so Kite 3.3 70B is out.",
        [params(7e10, model="Kite 3.3 70B"), params(7e10, model="Kite 3.3 70B")],
    ),
    # A calibration set in a command is no model for the next line's folder to be about.
    (
        "```bash\nsqueezebox quantize Kite/Kite-VL-72B-Instruct \\\n    --calib wikitext2 "
        "--samples 256 \\\n    --out ./Kite-VL-72B-Instruct-AWQ\n```",
        [params(7.2e10, model="Kite-VL-72B-Instruct"), params(7.2e10, model=None)],
    ),
    # A filler cell ("--", "...") under a checkpoint column names no model: its row's tokens
    # and date stay unlinked.
    (
        "| Date | Checkpoint | Tokens |\n|---|---|---|\n| 2024-05-02 | Kite-1B-step-40k | 84B |\n"
        "| 2024-06-10 | -- | 500B |\n| 2024-07-01 | ... | 1T |",
        [params(1e9, model="Kite-1B-step-40k"), tokens(8.4e10, model="Kite-1B-step-40k"),
         tokens(5e11, model=None), tokens(1e12, model=None)],
    ),
    # A bucket's scheme and a hosting site's link label are no models.
    (
        "# Kite-LLM-7B-Base\naws s3 cp s3://kite-ai/Kite-LLM/Kite-LLM-7B-Base ./local --recursive",
        [params(7e9, model="Kite-LLM-7B-Base"), params(7e9, model="Kite-LLM-7B-Base")],
    ),
    (
        "| Model | Download |\n|---|---|\n| Kite-4-9B-Chat | [Huggingface](https://huggingface.co/"
        "kite/kite-4-9b-chat)<br> [WiseModel](https://wisemodel.cn/models/Kite/Kite-4-9B-Chat) |",
        [params(9e9, model="Kite-4-9B-Chat")],  # (the addresses' sizes are no statements)
    ),
    # Sizes a list of distilled checkpoints gives are the students', none named here.
    (
        "# Kite-R1\n\nWe used traces from Kite-R1 to tune several dense models. We open-source "
        "distilled 1.5B, 7B, and 70B checkpoints built on the Owl-2 series.",
        [params(1.5e9, model=None), params(7e9, model=None), params(7e10, model=None)],
    ),
    # An HTML heading inside a README's collapsed block scopes its section as "###" would.
    (
        "### Kite-3-2507\n\nKite-3-2507 has 30B parameters.\n\n<details><summary><b>Previous "
        "release</b></summary>\n    <h3>Kite-3 (aka Kite-3-2504)</h3>\n    <p>We are excited to "
        "announce the release of Kite-3, the latest addition to the Kite family.\n    <ul>\n    "
        "<li><b>Dense and MoE models of various sizes</b>, available in 0.6B, 1.7B and 4B.</li>\n"
        "    </ul></p>\n</details>",
        [params(3e10, model="Kite-3-2507"), params(6e8, model="Kite-3"),
         params(1.7e9, model="Kite-3"), params(4e9, model="Kite-3")],
    ),
    # A sentence that opens on one more model in a role brings in another model: its size is
    # that one's, or the name given right after it.
    (
        "We distill Wren-13B into Wren-Mini, a 2.7B student. An identically trained 1.3B "
        "student, however, collapses on arithmetic. A 70B teacher, Owl-70B, labels the data.",
        [params(1.3e10, model="Wren-13B"), params(2.7e9, model="Wren-Mini"),
         params(1.3e9, model=None), params(7e10, model="Owl-70B"), params(7e10, model="Owl-70B")],
    ),
    # ... but a name that goes on into a list is one more item, not the role's.
    (
        "We compare three systems. A 7B baseline, Owl-Large, and Kite-2 were run on the same "
        "prompts.",
        [params(7e9, model=None)],
    ),
    # A role capitalized in a title is no model's name.
    (
        "**Small but Faithful: Distilling Wren-13B into a 2.7B Student with On-Policy Feedback**",
        [params(1.3e10, model="Wren-13B"), params(2.7e9, model=None)],
    ),
    # A plain word after a bold or joined name's "from" is its maker, not the model the
    # appositive describes.
    (
        "Our shortlist:\n\n- **Nimbus-Lite** from Cirrostrata, a 3B model tuned for retrieval.",
        [params(3e9, model="Nimbus-Lite")],
    ),
    # A machine that can hold a model of a size holds none named.
    (
        "## Kestrel Ultra\n\nFor model people: a single 8-GPU node can now hold a 1T-parameter "
        "model at FP8.",
        [params(1e12, model=None)],
    ),
    # "X ships <Name>": X makes the named model, and is no model itself.
    (
        "**1) Arclight ships Torrent-2.** Arclight, the Oslo lab, released it on Tuesday. "
        "Torrent-2 has 31B total and 3.8B active parameters. Arclight's CTO told us the 3.8B "
        "active figure was chosen for laptops.",
        [params(3.1e10, model="Torrent-2", qualifier="total"),
         params(3.8e9, model="Torrent-2", qualifier="active"),
         params(3.8e9, model="Torrent-2", qualifier="active")],
    ),
    # A plain word whose refresh, officers or funding the text speaks of is a maker.
    (
        "**January 2026: Torrent-7B-2601.** Arclight's refresh of their Torrent line. The suffix "
        "is a date stamp; the model has 7.4B parameters and was trained on 14T tokens.",
        [params(7.4e9, model="Torrent-7B-2601"), tokens(1.4e13, model="Torrent-7B-2601")],
    ),
    # "A <line> ... is planned": one more of the line, to come.
    (
        "Kite-MoE-48B has 48B total parameters.\n\n- A Kite-MoE at roughly 200B total is planned "
        "for 2026; its active size is not decided.",
        [params(4.8e10, model="Kite-MoE-48B"),
         params(4.8e10, model="Kite-MoE-48B", qualifier="total"),
         params(2e11, model=None, qualifier="total")],
    ),
    # A README's code block is no sentence about the page's model (its config's values are).
    (
        "# Ladder\n\nLadder-1B has 1B parameters.\n\n```python\nfit = fit_chinchilla(df)\n"
        "print(fit.predict(params=70e9, tokens=1.4e12))   # extrapolate to a 70B run\n```\n\n"
        "```json\n{\n  \"num_hidden_layers\": 16\n}\n```",
        [params(1e9, model="Ladder-1B"), params(1e9, model="Ladder-1B"),
         params(7e10, model=None), tokens(1.4e12, model=None), params(7e10, model=None),
         layers(16, model="Ladder")],
    ),
    # ... nor is a diagram's source: its node labels are no sentences (a name's size holds).
    (
        "```mermaid\ngraph LR\n  subgraph \"Frontier (Kite)\"\n    A[7B params / 140B tokens]\n"
        "    B[Wren 2 70B]\n  end\n```",
        [params(7e9, model=None), tokens(1.4e11, model=None), params(7e10, model="Wren 2 70B")],
    ),
    (
        '```mermaid\ngraph LR\n  A["Wren-2 (12B params)"]\n  B["C = 1e22 FLOPs\\nOptimal: 1B '
        'params"]\n```',
        [params(1.2e10, model="Wren-2"), flop(1e22, model=None), params(1e9, model=None)],
    ),
    (
        "# Wren-2\n\n```mermaid\ngraph LR\n  A[Wren-2 teacher] -->|distilled into 1B params| "
        "B[student]\n  C[Wren-2] --> D(3B params student)\n```",
        [params(1e9, model=None), params(3e9, model=None)],
    ),
    # Models a study trains over a range are its runs, not the page's model (a family named
    # before "models" is that family).
    (
        "# Owl-2\n\nOwl-2 has 1.7B parameters.\n\n- **\"Router Collapse at Scale\"** (Ondine "
        "Research) trains MoEs between 2B and 60B total parameters.\n- We trained Kite models "
        "from 1B to 7B.",
        [params(1.7e9, model="Owl-2"), params(2e9, model=None, qualifier="range"),
         params(6e10, model=None, qualifier="range"), params(1e9, model="Kite", qualifier="range"),
         params(7e9, model="Kite", qualifier="range")],
    ),
    # ... "transformers spanning" as well (the pattern's second line).
    (
        "# Owl-2\n\nOwl-2 has 1.7B parameters.\n\n- The Lark team trained small transformers "
        "spanning 10M to 1B parameters to fit the law.",
        [params(1.7e9, model="Owl-2"), params(1e7, model=None, qualifier="range"),
         params(1e9, model=None, qualifier="range")],
    ),
    # Sizes a pair of models is measured as are no sizes of theirs, in turn or otherwise.
    (
        "**Kite 3n E2B** and **Kite 3n E4B** have 5B and 8B raw parameters, but they run with the "
        "memory footprint of roughly 2B and 4B models.",
        [params(5e9, model="Kite 3n E2B"), params(8e9, model="Kite 3n E4B"),
         params(2e9, model=None, qualifier="approximate"), params(4e9, model=None)],
    ),
    # The tokens of a run that ends in a model named after them are that model's.
    (
        "- **v1.5** — Wren-1-7B widened and continued on 2T extra tokens, giving Wren-1.5-9B.",
        [params(7e9, model="Wren-1-7B"), tokens(2e12, model="Wren-1.5-9B"),
         params(9e9, model="Wren-1.5-9B")],
    ),
    # ... not a model the run is measured against, nor one made by a later stage's count.
    (
        "Kite-7B was trained on 2T tokens, giving Owl-13B a run for its money. Finch-3B was "
        "pretrained on 900B tokens and then tuned on 2B tokens to produce Finch-3B-Chat.",
        [params(7e9, model="Kite-7B"), tokens(2e12, model="Kite-7B"),
         params(1.3e10, model="Owl-13B"), params(3e9, model="Finch-3B"),
         tokens(9e11, model="Finch-3B"),
         tokens(2e9, model="Finch-3B-Chat"), params(3e9, model="Finch-3B-Chat")],
    ),
    # ... and the model made may go on to what it has: "producing Owl-A14B with 118B total".
    (
        "Heron-14B was then trained on 1.1T tokens, producing Owl-A14B with 118B total "
        "parameters.",
        [params(1.4e10, model="Heron-14B"), tokens(1.1e12, model="Owl-A14B"),
         params(1.18e11, model="Owl-A14B", qualifier="total")],
    ),
    # A size that qualifies what a model does is any model of that size's.
    (
        "# Owl-3\n\nOwl-3 has 30B parameters. The 30B-A3B gives you big-model quality at roughly "
        "3B-model speed.",
        [params(3e10, model="Owl-3"), params(3e10, model="Owl-3"),
         params(3e9, model=None, qualifier="approximate")],
    ),
    # "dense-14B" is a kind of model, not a name.
    (
        "The one to watch is the 30B-A3B: dense-14B quality at a fraction of the cost.",
        [],
    ),
    # A count in a row's notes is not the model a "Base" column names (but a first column
    # headed "Base model" is the row's own).
    (
        "| Build | Base | Size on disk | Notes |\n|---|---|---|---|\n"
        "| Wren-2-Distill-1.5B | Wren-2-30B-A3B | 3.1 GB | distilled on 200B tokens |\n\n"
        "| Base model | Params | Method |\n|---|---|---|\n| Kite-Scout-17B-16E | 109B total / 17B "
        "active | QLoRA |",
        [params(1.5e9, model="Wren-2-Distill-1.5B"),
         params(3e10, model="Wren-2-30B-A3B", qualifier="total"),
         params(3e9, model="Wren-2-30B-A3B", qualifier="active"), tokens(2e11, model=None),
         params(1.09e11, model="Kite-Scout-17B-16E", qualifier="total"),
         params(1.7e10, model="Kite-Scout-17B-16E", qualifier="active")],
    ),
    # ... counting columns by unescaped pipes: a "\|" before the base is a cell's text.
    (
        "| Build | Quant | Base | Notes |\n|---|---|---|---|\n"
        "| Wren-2-Distill-1.5B | Q4 \\| Q8 | Wren-2-30B-A3B | distilled on 200B tokens |",
        [params(1.5e9, model="Wren-2-Distill-1.5B"),
         params(3e10, model="Wren-2-30B-A3B", qualifier="total"),
         params(3e9, model="Wren-2-30B-A3B", qualifier="active"), tokens(2e11, model=None)],
    ),
    # ... nor does a language's code heading a data set's row.
    (
        "|       | # Documents | Estimated Token count |\n|---|---|---|\n| en | 14.5B | 20.5T |\n"
        "| de | 1.9B | 3.0T |",
        [tokens(2.05e13, model=None), tokens(3e12, model=None)],
    ),
    (  # a size in a web address is a page's name, not a statement of the sentence's models
        "Demos of Kite-135M and Kite-360M run at [https://hf.co/spaces/acme/Kite-135M-WebGPU]"
        "(https://hf.co/spaces/acme/Kite-135M-WebGPU).",
        [params(1.35e8, model="Kite-135M"), params(3.6e8, model="Kite-360M")],
    ),
    (
        "To deploy Wren-2, open the [model page](https://hf.co/acme/owl-7b-instruct) and "
        "click Deploy; a demo lives at https://hf.co/spaces/acme/wren-13b-chat too.",
        [],
    ),
    (  # a rule named after a model, written apart, names no model for the next sentence
        "Small models gain from training far past the Chinchilla optimal point. So we trained the "
        "1.7B model on 1 trillion tokens.",
        [params(1.7e9, model=None), tokens(1e12, model=None)],
    ),
    (
        "We follow the Chinchilla scaling laws: the 7B model saw 140B tokens.",
        [params(7e9, model=None), tokens(1.4e11, model=None)],
    ),
    (  # a link to a data set's page is no model, nor the subject of a size in its item
        "We ran DPO for one epoch, on [WrenPrefs](https://hf.co/datasets/acme/WrenPrefs) for "
        "the 135M and 1.7B models.",
        [params(1.35e8, model=None), params(1.7e9, model=None)],
    ),
    (
        "# Kite-LM\n\nKite-LM is a 1.7B model.\n\n## Data\n\n"
        "- [OwlWeb](https://hf.co/datasets/acme/owlweb): 1.3T tokens of web pages\n"
        "- [OwlMath](https://hf.co/datasets/acme/owlmath): 34B tokens of math pages",
        [params(1.7e9, model="Kite-LM"), tokens(1.3e12, model=None), tokens(3.4e10, model=None)],
    ),
    (  # a chip written with its maker's name is no model
        "We tuned the 7B model on a single NVIDIA-T4 16GB, and the 40B model on one NVIDIA A100 "
        "80GB.",
        [params(7e9, model=None), params(4e10, model=None)],
    ),
    (  # ... nor a consumer graphics card's line
        "The 7B model runs on one NVIDIA GeForce RTX 4090, while the 13B model needs two.",
        [params(7e9, model=None), params(1.3e10, model=None)],
    ),
    (  # the name after "released by" is a maker's, not the subject's
        "The Kite models, released by TIIUAE, were trained on 1 to 1.5T tokens of English and "
        "code.",
        [tokens(1e12, model="Kite", qualifier="range"),
         tokens(1.5e12, model="Kite", qualifier="range")],
    ),
    (  # a digest's table: each row a paper, no row's model carried into the next
        "## Top papers of the week\n\n| **Paper** | **Links** |\n| --------- | --------- |\n"
        "| 1) **Wren-3** - a new 3.8B parameter language model called wren-3-mini, trained on 3.3 "
        "trillion tokens. | [Paper](https://x.example/1) |\n"
        "| 2) **Faster Decoding** - proposes predicting several tokens at once with extra output "
        "heads; the proposed 13B parameter models solve more coding problems. | "
        "[Paper](https://x.example/2) |",
        [params(3.8e9, model="wren-3-mini"), tokens(3.3e12, model="wren-3-mini"),
         params(1.3e10, model=None)],
    ),
    (  # ... but a table of a model's properties, with a row that names it, is all its own
        "Heron-7B is a chat model from Acme.\n\n## Model details\n\n| | |\n|---|---|\n"
        "| Model name | Heron-7B |\n| Parameters | 7.2B |\n| Layers | 32 |",
        [params(7.2e9, model="Heron-7B"), layers(32, model="Heron-7B")],
    ),
    (  # a size in brackets before a score says which model scored, not the benchmark's size
        "Kite 3 beats its predecessor on Bird-SQL (27B: 54.4), GPQA Diamond (27B: 42.4) and FACTS "
        "Grounding (27B: 74.9).",
        [params(2.7e10, model=None), params(2.7e10, model=None), params(2.7e10, model=None)],
    ),
    (  # a programming language a code model's card lists is no model for the next sentence
        "Kite-Coder covers Python, C++, Java, PHP, C#, TypeScript, and Bash. The 7B and 13B base "
        "variants support infilling.",
        [params(7e9, model="Kite-Coder"), params(1.3e10, model="Kite-Coder")],
    ),
    (  # sizes and the names a bracket lists after them, in the same order
        "It also reports results on 7B and 14B models (wren-3-small and wren-3-medium).",
        [params(7e9, model="wren-3-small"), params(1.4e10, model="wren-3-medium")],
    ),
    (  # ... and no pairing when the counts differ
        "It also reports results on 7B and 14B models (wren-3-small, wren-3-medium, wren-3-large).",
        [params(7e9, model=None), params(1.4e10, model=None)],
    ),
    (  # ... nor when the bracket says more than the names: distilled from them, not them
        "Our 1B and 3B models (Kite-2 and Wren-2 distillations) run on phones.",
        [params(1e9, model=None), params(3e9, model=None)],
    ),
    (  # a company named after "provider" is no model
        "Our partner is cloud compute provider [SkyForge](https://x.example/); the largest "
        "model has 175B parameters.",
        [params(1.75e11, model=None)],
    ),
    (  # a size the focus gives a family is the member the text names with that size
        "# Wren\n\nWren is a family of small open models.\n\n- **[2024/06/18]** Released the "
        "1.8B model, base and chat, for laptops.\n\n| Model | Download |\n|---|---|\n"
        "| Wren-1.8B | [hf](https://x.example/a) |\n| Wren-1.8B-Chat | [hf](https://x.example/b) |",
        [params(1.8e9, model="Wren-1.8B"), params(1.8e9, model="Wren-1.8B"),
         params(1.8e9, model="Wren-1.8B-Chat")],
    ),
    (  # ... and a size listed with such members is the family's, not a base's of that size
        "# Kite\n\nKite is a family of vision models: Kite-8B, Kite-13B and Kite-34B.\n\n"
        "| Base LLM | Batch |\n|---|---|\n| Orca-2 8B | 512 |\n| Vale 13B | 512 |\n\n"
        "To train the 8B, 13B, and 34B models, download the base weights first.",
        [params(8e9, model="Kite-8B"), params(1.3e10, model="Kite-13B"),
         params(3.4e10, model="Kite-34B"), params(8e9, model="Orca-2 8B"),
         params(1.3e10, model="Vale 13B"), params(8e9, model="Kite-8B"),
         params(1.3e10, model="Kite-13B"), params(3.4e10, model="Kite-34B")],
    ),
    (  # ... but not when two members of that size are no one name and its variants
        "# Wren\n\nWren is a family of small open models. The model has 7B parameters.\n\n"
        "| Model | Note |\n|---|---|\n| Wren-7B | base |\n| Wren-Coder-7B | code |",
        [params(7e9, model="Wren"), params(7e9, model="Wren-7B"),
         params(7e9, model="Wren-Coder-7B")],
    ),
    (  # ... nor to another model whose name only starts like the family's
        "# Wren\n\nWren is a family of small open models. The model has 7B parameters.\n\n"
        "| Model | Note |\n|---|---|\n| WrenCoder-7B | code |",
        [params(7e9, model="Wren"), params(7e9, model="WrenCoder-7B")],
    ),
    (  # ... nor an active count to a dense member that size
        "# Wren\n\nWren is a mixture-of-experts model. It has 47B total and 13B active "
        "parameters.\n\n| Model | Note |\n|---|---|\n| Wren-13B | dense |",
        [params(4.7e10, model="Wren"), params(1.3e10, model="Wren"),
         params(1.3e10, model="Wren-13B")],
    ),
    (  # ... nor to a later version of it
        "# Heron 3\n\nHeron 3 is our new language model. It has 8B parameters.\n\n"
        "Compared with Heron 3.1 8B, it is faster.",
        [params(8e9, model="Heron 3"), params(8e9, model="Heron 3.1 8B")],
    ),
    (  # a heading's verb before a size is no name: "Releasing 3B"
        "- [Releasing 3B and 7B Wren-INCITE models](https://x.example/blog)",
        [params(3e9, model="Wren-INCITE"), params(7e9, model="Wren-INCITE")],
    ),
    (  # ... or that a list names by its size after the family's first
        "# Code Llama\n\n## Details\n\nAll variants come in sizes of 7B, 13B, 34B and 70B "
        "parameters.\n\n## Infilling\n\nCode Llama 7B, 13B and 70B fill in code.",
        [params(7e9, model="Code Llama 7B"), params(1.3e10, model="Code Llama 13B"),
         params(3.4e10, model="Code Llama"), params(7e10, model="Code Llama 70B"),
         params(7e9, model="Code Llama 7B"), params(1.3e10, model="Code Llama 13B"),
         params(7e10, model="Code Llama 70B")],
    ),
    (  # ... but a name that ends like one still is: "Starling 7B"
        "We compare against Starling 7B, a chat model trained with RLAIF.",
        [params(7e9, model="Starling 7B")],
    ),
    (  # a digest's item that says its name is a data set gives its token count to no model
        "| **Paper** | **Links** |\n| --------- | --------- |\n"
        "| 1) **Wren-3** - a new 3.8B parameter model called wren-3-mini. | [Paper](x) |\n"
        "| 2) **WEAVE-1T** - open-sources a large-scale interleaved image-text dataset consisting "
        "of 1 trillion tokens. | [Paper](x) |",
        [params(3.8e9, model="wren-3-mini"), tokens(1e12, model=None)],
    ),
    # A dated news item that opens with its own name and a comma, which the lexicon does not
    # know, is about that name: not a model its words bring in.
    (
        "## News\n\n- 04/04: Bramble, tuned with LoRA on 90K dialogs from Kite-2 self-chat and "
        "other open data, released 7B, 13B and 30B models\n- 03/28: Wren-Owl, added 20K tokens to "
        "the vocabulary and tuned Kite-2 with Owl-LoRA, 7B model released",
        [params(7e9, model=None), params(1.3e10, model=None), params(3e10, model=None),
         params(7e9, model=None)],
    ),
    # ... and one that opens with a name and a release verb in the present is about that name,
    # not the model an item before it named.
    (
        "## News\n\n- 04/09: Gannet-Chat launched by a lab.\n- 04/07: Heron-Tern release its 13B "
        "model ([tweet](https://example.com/t))",
        [params(1.3e10, model=None)],
    ),
    # A maker's name before a bracketed size stands for its model: the size is not the page's
    # model's, nor another's the sentence names (but a maker's product's is).
    (
        "## Kite 2\n\nThe report also compares small models.\n\n| Benchmark | Mistral (7B) "
        "| Kite 2 (9B) |\n| --- | --- | --- |\n| MMLU | 62.5 | 71.3 |",
        [params(7e9, model=None), params(9e9, model="Kite 2")],
    ),
    (
        "Kite 2 (9B) beats Mistral (7B) on MMLU, and Reka Edge (7B) is close.",
        [params(9e9, model="Kite 2"), params(7e9, model=None), params(7e9, model="Edge")],
    ),
    # A token count's model named or sized after "of the"/"for the": that model (the one the
    # text named with that size), or nobody.
    (
        "We are happy to release our final 1T token version of Kite 3B and 7B. We are also happy "
        "to release a 600B token preview of the 13B model. Last month we released our 700B token "
        "checkpoint for the Kite 7B model and 500B token checkpoint for the 3B model.",
        [tokens(1e12, model=None), params(3e9, model="Kite 3B"), params(7e9, model="Kite 7B"),
         tokens(6e11, model=None), params(1.3e10, model=None, qualifier="total"),
         tokens(7e11, model="Kite 7B"), params(7e9, model="Kite 7B"), tokens(5e11, model="Kite 3B"),
         params(3e9, model="Kite 3B")],
    ),
    (
        "Heron released Kite 2 9B and Kite 2 27B. The Kite 2 models were trained on 13T tokens "
        "for the 27B version and 8T tokens for the 9B version.",
        [params(9e9, model="Kite 2 9B"), params(2.7e10, model="Kite 2 27B"),
         tokens(1.3e13, model="Kite 2 27B"), params(2.7e10, model="Kite 2"),
         tokens(8e12, model="Kite 2 9B"), params(9e9, model="Kite 2")],
    ),
    # "GPT" after an article and a size is a kind of model, not OpenAI's.
    (
        "A 50 million parameter GPT trained on 50B tokens of chess games learns to play at about "
        "1300 Elo.",
        [params(5e7, model=None), tokens(5e10, model=None)],
    ),
    # ... but not after an article whose words go on to another thing: that GPT is OpenAI's.
    (
        "In 2018 OpenAI put out a short paper on GPT, which had 117M parameters.",
        [params(1.17e8, model="GPT")],
    ),
    # Sizes split by "/" in a bracket glued to the last of two names are that one's members'.
    (
        "Heron fine-tuned Kite-7B and Owl(7B/13B) on a chat dataset.",
        [params(7e9, model="Kite-7B"), params(7e9, model="Owl"), params(1.3e10, model="Owl")],
    ),
    # A newsletter's row of a link and a description is no table header: its title is no
    # model, and a size its description compares with is nobody's.
    (
        "## Research\n|Link|description|\n|---|---|\n|[Wren: A Fast Video Editor with Diffusion "
        "Models.](https://example.com/wren) |Wren edits videos with pretrained text-to-image "
        "diffusion models, keeping the layout and flow of each clip. |\n|[Kite-2: The surprising "
        "power of small language models.](https://example.com/kite-2) | Heron's Kite 2 is the "
        "latest small model. The performance of 13B parameter models is matched by the 2.7B "
        "parameter model.|",
        [params(1.3e10, model=None), params(2.7e9, model="Kite-2")],
    ),
    # A name before "framework", "formula" or "scaling laws" is a method's, not a model's.
    (
        "Kite-6B is an open model based on the General Language Model (GLM) framework, with 6.2 "
        "billion parameters. Seven Owl models range from 111 million to 13 billion, trained "
        "using the [Chinchilla](https://example.com/c) formula.",
        [params(6.2e9, model="Kite-6B"), params(1.11e8, model="Owl", qualifier="range"),
         params(1.3e10, model="Owl", qualifier="range")],
    ),
    # A common word written in odd capitals is no model.
    (
        "- [Kite-M32](https://example.com/k) Mixture of Experts, 32 Experts, TOtal 40B "
        "parameters, 3.7B active\n- [GET Owl NOW! 7B LLM KING That Can Beat Wren!](https://e.com)",
        [params(4e10, model="Kite-M32"), params(3.7e9, model="Kite-M32", qualifier="active"),
         params(7e9, model=None)],
    ),
    # An item that opens with a link to another page is its own thing: its sizes are not the
    # model an item before it named (but a contents entry's link is no item of its own).
    (
        "## Coding\n\n- [owlcoder1.5](https://example.com/Owl/OwlCoder1.5-7B) 7B parameter model "
        "for code\n- [kitecode](https://example.com/heron) Heron's code models available in 3b, "
        "8b, 20b size as base and instruct variants",
        [params(7e9, model="owlcoder1.5"), params(3e9, model=None), params(8e9, model=None),
         params(2e10, model=None)],
    ),
    # A domain and "LLM" name a kind of model, not one.
    (
        "- [kiteXcoder](https://example.com/k) 7B Code LLM for code completion\n- Owl-Med is "
        "a 13B Medical LLM.",
        [params(7e9, model="kiteXcoder"), params(1.3e10, model="Owl-Med")],
    ),
    # A name in a bracketed list of sources is no subject of the sentence's later size.
    (
        "The Kite series, released by Heron, was trained on 1.5T tokens of English and code "
        "(RefinedWeb, Reddit, StackOverflow, Github, among other sources) - later in the year, a "
        "gigantic 180B model was also released.",
        [tokens(1.5e12, model="Kite"), params(1.8e11, model="Kite")],
    ),
    # ... but a name that opens a bracket of notes on it is the model the words before bring in.
    (
        "The smallest model (Kite-7B, released in May, with open weights) was trained on 2T "
        "tokens.",
        [params(7e9, model="Kite-7B"), tokens(2e12, model="Kite-7B")],
    ),
    # Words joined by "+" in a link's query are no name.
    (
        "- **Kite** [[Heron]](https://example.com/kite) Apr 2020 [[try]](https://example.com/"
        "kite-90M?text=Hey+my+name+is+Thomas%21+How+are+you%3F)\n\n    Params: 9.4B",
        [params(9.4e9, model=None)],
    ),
    # A nested item under an item that opens with a link to an unknown thing is that thing's:
    # not the model its sibling compared it with.
    (
        "- [Kite Cascade](https://example.com/k): a new design vs Owl-2\n\t- Owl-2 uses a "
        "compression factor of 8. Kite Cascade reaches 42.\n\t- For this release, the two versions "
        "for Stage B amount to 700 million and 1.5 billion parameters.",
        [params(7e8, model=None), params(1.5e9, model=None)],
    ),
    # A section's heading word ("## Release Notes") is no model.
    (
        "## Release Notes\n\n- [2023/09/20] We summarize our study of training 33B and 65B Kite-V "
        "models in a [note](https://example.com/n).",
        [params(3.3e10, model=None), params(6.5e10, model="Kite-V")],
    ),
    # ... but not a thing of that model's: "of the 7B model's data mix".
    (
        "Kite-13B was trained on 3T tokens of the 7B model's data mix. Owl 13B was trained on 2T "
        "tokens for the 7B model's successor.",
        [params(1.3e10, model="Kite-13B"), tokens(3e12, model="Kite-13B"),
         params(7e9, model=None, qualifier="total"), params(1.3e10, model="Owl 13B"),
         tokens(2e12, model="Owl 13B"), params(7e9, model=None)],
    ),
    # A name before "based" is the base of the model sized, not that model.
    (
        "- [kitemed](https://example.com/k) 70B Owl2 based LLM tuned for the medical domain",
        [params(7e10, model=None)],
    ),
    # A sentence that gives what it speaks of to another lab is not about the model before (but a
    # cluster "provided by" a lab makes no model of it).
    (
        "Alibaba released Qwen, models of 7 to 70B parameters trained on 2.4T tokens. These models "
        "were a step ahead. Another contender was the Wren coding model from [Mistral AI]"
        "(https://example.com/m) trained from scratch on 2T tokens. Qwen has 80 layers and was "
        "trained in a cluster provided by Mistral AI.",
        [params(7e9, model="Qwen", qualifier="range"), params(7e10, model="Qwen", qualifier="range"),
         tokens(2.4e12, model="Qwen"), tokens(2e12, model=None),
         layers(80, model="Qwen", organization="Alibaba")],
    ),
    # A list of links, each with the sizes written after it: the link's text names the model.
    (
        "## Library\n\n- [Gemma](https://example.com/library/gemma) 2B and 7B\n"
        "- [Phi-3](https://example.com/library/phi3): 3.8B, 14B\n"
        "- [Llama 3](https://example.com/library/llama3) (8B, 70B)\n",
        [params(2e9, model="Gemma"), params(7e9, model="Gemma"), params(3.8e9, model="Phi-3"),
         params(1.4e10, model="Phi-3"), params(8e9, model="Llama 3"),
         params(7e10, model="Llama 3")],
    ),
    # ... but not after a link to a data set or to something no reference calls a model.
    (
        "- [PageWeb](https://example.com/datasets/pageweb) 15T\n"
        "- [quickstart](https://example.com/docs) 2B",
        [],
    ),
    # What models of a kind usually are is no size of the model in focus.
    (
        "Heron introduced Kite in May 2024. This marked the rise of small LLMs, which usually "
        "range from 3 billion to 9 billion parameters.",
        [params(3e9, model=None, qualifier="range"), params(9e9, model=None, qualifier="range")],
    ),
    (
        "Kite-2 is out. Open models of this kind commonly have 7B parameters; Kite-2 has 13B.",
        [params(7e9, model=None), params(1.3e10, model="Kite-2")],
    ),
    # ... but what "it", the model in focus, usually does beside other models is its own.
    (
        "Heron released Kite 2 in July. Compared with other models it usually needs fewer "
        "GPUs, and it has 8B parameters.",
        [params(8e9, model="Kite 2")],
    ),
    # A subsection that names no model is its section's: the nearest heading over it that
    # names one, before the page's title.
    (
        "# Kite 2 learns to draw\n\n## Working with Sketchbird 2\n\n### Setup\n\nInstall the "
        "package first.\n\n#### Captions\n\nThe 7B model writes the captions.\n",
        [params(7e9, model="Sketchbird 2")],
    ),
    # A size brought in with "a", its list's first number between: any model of that size.
    (
        "Heron released Kite 2 in July. A 3 or 8-billion-parameter model is worth most to "
        "hobbyists, since it fits on one consumer card.",
        [params(8e9, model=None)],
    ),
    # The model whose "tech" another's is built with is no subject of the other's data.
    (
        "2) **Wren-2** - a series of open models inspired by the same research and tech used "
        "for Kite-3; includes 2B (trained on 2T tokens) and 7B (trained on 6T tokens) models.",
        [tokens(2e12, model="Wren-2"), tokens(6e12, model="Wren-2")],
    ),
    # A kind and a size in a bracket after a name ("(MoE-236B)") is that model's size, not a
    # model called "MoE-236B".
    (
        "| **Task** | **Kite-1 (Dense-40B)** | **Kite-2 (MoE-120B)** |\n|:-:|:-:|:-:|\n"
        "| Reading | 61.2 | 70.4 |\n",
        [params(4e10, model="Kite-1"), params(1.2e11, model="Kite-2")],
    ),
    # An HTML table laid out over many lines, a type spanning rows: each row's cells are its
    # model's, not the description's model's.
    (
        "<table>\n  <thead>\n    <tr>\n      <th>Type</th>\n      <th>Model</th>\n"
        "      <th>Description</th>\n      <th>Pretrained tokens</th>\n    </tr>\n  </thead>\n"
        "  <tbody>\n    <tr>\n      <td rowspan=2>Base</td>\n      <td>Kite-9B</td>\n"
        "      <td>For research use.</td>\n      <td>3T</td>\n    </tr>\n    <tr>\n"
        "      <td>Kite-9B-Long</td>\n      <td>A long-context version of Kite-9B.</td>\n"
        "      <td>3.2T</td>\n    </tr>\n  </tbody>\n</table>\n",
        [params(9e9, model="Kite-9B"), tokens(3e12, model="Kite-9B"),
         params(9e9, model="Kite-9B-Long"), params(9e9, model="Kite-9B"),
         tokens(3.2e12, model="Kite-9B-Long")],
    ),
    # A count under a setting's header (batch, context) is no model's size nor data.
    (
        "| Model | Params | Batch size | Context |\n|---|---|---|---|\n"
        "| Kite-7B | 7B | 3.2M tokens | 1M (4M at inference) |\n",
        [params(7e9, model="Kite-7B"), params(7e9, model="Kite-7B"), tokens(3.2e6, model=None),
         tokens(1e6, model=None), params(4e6, model=None)],
    ),
    # Rows without their last pipe are rows, as GitHub reads them.
    (
        "| Name | Organization | Model size | Devices |\n| --- | --- | --- |---|\n"
        "| Kite | Heron | 540 B | 6144 chips\n| Owl-2 | Perch Labs | 1.2T | 512 chips\n",
        [params(5.4e11, model="Kite", organization="Heron"),
         params(1.2e12, model="Owl-2", organization="Perch Labs")],
    ),
    # A leaderboard's "Pretraining length" is the model's training tokens.
    (
        "| Model | Size | Pretraining length |\n| --- | --- | --- |\n| Kite-2 | 70B | 2,000B |\n",
        [params(7e10, model="Kite-2"), tokens(2e12, model="Kite-2")],
    ),
    # An active or total count carried to the last subject, whose own words just gave it
    # another, is the next model's (unnamed); a name's rounded count is no other.
    (
        "Owl V3 had 37B active and 671B total parameters. Kite K2 had 32B active and 1T total "
        "parameters. With 5B active and 121B total, the sparsity fits right in.",
        [params(3.7e10, model="Owl V3", qualifier="active"),
         params(6.71e11, model="Owl V3", qualifier="total"),
         params(3.2e10, model="Kite K2", qualifier="active"),
         params(1e12, model="Kite K2", qualifier="total"),
         params(5e9, model=None, qualifier="active"),
         params(1.21e11, model=None, qualifier="total")],
    ),
    (
        "Kite-MoE has roughly 16B total and 3B active parameters. Precisely, it has 15.7B total "
        "and 2.7B active parameters.",
        [params(1.6e10, model="Kite-MoE", qualifier="total"),
         params(3e9, model="Kite-MoE", qualifier="active"),
         params(1.57e10, model="Kite-MoE", qualifier="total"),
         params(2.7e9, model="Kite-MoE", qualifier="active")],
    ),
    (
        "Kite-MoE has 3B active and 30B total parameters. The previous generation had 2.7B "
        "active and 28B total parameters.",
        [params(3e9, model="Kite-MoE", qualifier="active"),
         params(3e10, model="Kite-MoE", qualifier="total"),
         params(2.7e9, model=None, qualifier="active"),
         params(2.8e10, model=None, qualifier="total")],
    ),
    # A model named with the class it is one of gives the class's count no owner.
    ("- Kite-4 and other frontier models likely use 10-15T+ tokens",
     [tokens(1e13, model=None, qualifier="range"), tokens(1.5e13, model=None, qualifier="range")]),
    ("Kite-2 was trained on 2T tokens, like other open models.", [tokens(2e12, model="Kite-2")]),
    # A size written into a name the text does not know is that name's, not the focus's.
    ("## Kite 3 Opus\n\n- **Tuning pays**: the [d-Wren1.5-0.5B student model]"
     "(https://x.example/d-Wren1.5-0.5B) beat its base model after tuning.",
     [params(5e8, model=None)]),
    ("### Heron Max\n\n- the [d-Heron-0.5B student model](https://x.example/d) beat its base.",
     [params(5e8, model=None)]),
    ("# Wren\n\nWren is a small open model. It was trained on 1-2T tokens.",
     [tokens(1e12, model="Wren", qualifier="range"),
      tokens(2e12, model="Wren", qualifier="range")]),
    # One language's share of the data is not what the model saw.
    (
        "# Kite-13B\n\n- Trained tokens: 1.5T tokens (English: 1.32T tokens, Japanese: "
        "0.18T tokens)",
        [params(1.3e10, model="Kite-13B"), tokens(1.5e12, model="Kite-13B"),
         tokens(1.32e12, model=None), tokens(1.8e11, model=None)],
    ),
    ("Kite-7B was trained on 2T tokens (English: 1.4T tokens, Non-English: 600B tokens).",
     [params(7e9, model="Kite-7B"), tokens(2e12, model="Kite-7B"), tokens(1.4e12, model=None),
      tokens(6e11, model=None)]),
    ("- Kite-7B-Code: 1.2T tokens\n- Kite-7B-Japanese: 500B tokens",
     [params(7e9, model="Kite-7B-Code"), tokens(1.2e12, model="Kite-7B-Code"),
      params(7e9, model="Kite-7B-Japanese"), tokens(5e11, model="Kite-7B-Japanese")]),
    # A row that gives the model in focus two sizes sets budgets side by side: no one model.
    (
        "# Kite-2\n\n## Budgets\n\n| Budget | Old way | New way |\n|---|---|---|\n"
        "| 1x | 1B params, 20B tokens | 400M params, 8B tokens |\n",
        [params(1e9, model=None), tokens(2e10, model=None), params(4e8, model=None),
         tokens(8e9, model=None)],
    ),
    # ... but a count a rule says it should have had is not what it had.
    (
        "| Model | Parameters | Training Tokens | Chinchilla-Optimal Tokens |\n|---|---|---|---|\n"
        "| Kite-2 | 175B | 300B | ~3.5T |\n",
        [params(1.75e11, model="Kite-2"), tokens(3e11, model="Kite-2")],
    ),
    # Data a model made, its count in brackets after the maker: not what the maker saw.
    (
        "Kite-1 has 1.3B parameters and was trained on exercises synthetically generated with "
        "Owl-3.5 (1B tokens).",
        [params(1.3e9, model="Kite-1"), tokens(1e9, model=None)],
    ),
    # A count "per token", or "out of" a larger one, is the active share; not a range's end,
    # nor "all" of a dense model's.
    (
        "Kite-MoE is a sparse model that uses only 39 billion parameters out of 141 billion.",
        [params(3.9e10, model="Kite-MoE", qualifier="active"),
         params(1.41e11, model="Kite-MoE", qualifier="total")],
    ),
    (
        "## Kite-MoE\n\nIt activates a subnetwork of 97B (8%) parameter per token.",
        [params(9.7e10, model="Kite-MoE", qualifier="active")],
    ),
    (
        "Kite-Dense 400B still wins on recall, but it activates all 400B parameters for every "
        "token.",
        [params(4e11, model="Kite-Dense 400B"), params(4e11, model="Kite-Dense 400B")],
    ),
    # A training step's data is the model the step makes, named after it, not the one the
    # step before made.
    (
        "- Step 2: Further pre-training on an additional 150B tokens, resulting in base models "
        "(**Kite-Coder-Base**).\n- Step 3: Instruction tuning on 3B tokens of instruction data, "
        "resulting in chat models (**Kite-Coder-Chat**).\n",
        [tokens(1.5e11, model="Kite-Coder-Base"), tokens(3e9, model="Kite-Coder-Chat")],
    ),
    # A variant's context written after its size in a table's cell is no count: "7B-16k".
    (
        "| Size | Model |\n|---|---|\n| 7B-16k | acme/kite-7b-v1.5-16k |\n",
        [params(7e9, model="kite-7b-v1.5-16k"), params(7e9, model="kite-7b-v1.5-16k")],
    ),
    # ... but a range of sizes in a Size cell keeps both its ends.
    (
        "| Model | Size |\n|---|---|\n| Kite | 7B-70B |\n",
        [params(7e9, model="Kite"), params(7e10, model="Kite")],
    ),
    # A chip's throughput is no count of tokens: "16T@FP16".
    (
        "It runs at 7 tokens/s on the edge chip KX-900 (16T@FP16, 16G DDR).",
        [],
    ),
    # A name an appositive calls a data set is no model: its size-like suffix is no size.
    (
        "- [2024/05] We released **Parley-Chat-2M**, a large-scale real-world conversation "
        "dataset.",
        [],
    ),
    # A proxy's size, and the size of the model a method is used to train, are not the
    # method's; a project's own model, brought in with "to pre-train a", is.
    (
        "**MixTune** uses a 300M proxy model to train a 9B model more efficiently.",
        [params(3e8, model=None), params(9e9, model=None)],
    ),
    (
        "The TinyWren project set out to pre-train a 1.1B-parameter Llama model on 3 trillion "
        "tokens.",
        [params(1.1e9, model="TinyWren"), tokens(3e12, model="TinyWren")],
    ),
    # "Name-7B/13B" is the 7B model and another size, not a model called "Name-7B/13B".
    (
        "Kite-7B/13B can run on an edge NPU.",
        [params(7e9, model="Kite-7B"), params(1.3e10, model=None)],
    ),
    # A headline's praise before a size is no name: the size is the headline's model's.
    (
        "# Introducing Kestrel2: A Powerful 8B Vision-Language Model for the community",
        [params(8e9, model="Kestrel2")],
    ),
    # A model whose appositive names a data set after a preposition is still a model (the
    # appositive that is no model's: "**Parley-Chat-2M**, a ... conversation dataset").
    (
        "We released **Kite-13B**, an LLM fine-tuned on the Parley dataset.",
        [params(1.3e10, model="Kite-13B")],
    ),
    (
        "Kite-7B, a small assistant tuned for the leaderboard, is out.",
        [params(7e9, model="Kite-7B")],
    ),
    # A table that names only a row's parts (its language model, its vision encoder) counts a
    # whole it does not name: the count is no part's.
    (
        "|# params|Language model|Vision encoder|Weights|\n|---|---|---|---|\n"
        "|3B| acme/wren-1b | CLIP ViT-L/14 |[Link](https://x.co/acme/Kite-3B)|\n"
        "|9B| acme/wren-7b | CLIP ViT-L/14 |[Link](https://x.co/acme/Kite-9B)|",
        [params(3e9, model=None), params(1e9, model="wren-1b"), params(9e9, model=None),
         params(7e9, model="wren-7b")],
    ),
    # One name in several rows with one size and other token counts: runs of a recipe (often
    # named for the data set they were trained on), not one model's facts.
    (
        "| Model | Params | Tokens |\n|---|---|---|\n| Kite-2 | 7B | 2T |\n"
        "| Wrenset | 7B | 0.14T |\n| Wrenset | 7B | 0.28T |\n| Wrenset | 7B | 2.6T |",
        [params(7e9, model="Kite-2"), tokens(2e12, model="Kite-2"),
         params(7e9, model=None), tokens(1.4e11, model=None), params(7e9, model=None),
         tokens(2.8e11, model=None), params(7e9, model=None), tokens(2.6e12, model=None)],
    ),
    # Names listed as what a model was tuned on are its data, not the subject a later
    # sentence's sizes belong to.
    (
        "Bo trained a chat version, the wren-4-raven model, a Wren-4 model fine-tuned on Alpaca, "
        "CodeAlpaca, Guanaco, GPT4All, ShareGPT and more. The model comes in several versions, "
        "with different sizes (1.5B parameters, 7B parameters, 14B parameters).",
        [params(1.5e9, model="wren-4-raven"), params(7e9, model="wren-4-raven"),
         params(1.4e10, model="wren-4-raven")],
    ),
    # A list led in by a line that names another model ("... Kite 3.3 with these specs:") is
    # that model's, not the one the section's heading names.
    (
        "### Kite 4\n\nKite 4 is out.\n\nHeron released Kite 3.3 with the following specs:\n"
        "- 70B parameters, 128k context\n- 15T training tokens",
        [params(7e10, model="Kite 3.3"), tokens(1.5e13, model="Kite 3.3")],
    ),
    (
        "### Kite 4\n\nKite 4 is out. It beats Kite 3.3 on these:\n- 70B parameters, 128k context",
        [params(7e10, model="Kite 4")],
    ),
    # ... and so is one a later version's bold label leads ("**Kite 2 (2023):**" under
    # "### Kite (Heron)"), though its name begins with the heading's.
    (
        "### Kite-LM (Heron)\n\n**Kite-LM 2 (2023):**\n\n- 7B, 70B variants\n- 2T tokens training",
        [
            params(7e9, model="Kite-LM 2"),
            params(7e10, model="Kite-LM 2"),
            tokens(2e12, model="Kite-LM 2"),
        ],
    ),
    (  # (but not a lead that only names it to compare)
        "### Kite-LM (Heron)\n\nHow it differs from Kite-LM 2:\n- 15T training tokens",
        [tokens(1.5e13, model="Kite-LM")],
    ),
    (
        "### Kite-LM (Heron)\n\nThe follow-up, Kite-LM 2, scaled it up:\n- 27B parameters",
        [params(2.7e10, model="Kite-LM 2")],
    ),
    # A license's version is no model: "Apache NC 4.0", "CC BY-NC 4.0".
    (
        "#### Corvid Wren+\n- 104B total / 16B active, Apache NC 4.0\n- 128k context",
        [params(1.04e11, model=None, qualifier="total"),
         params(1.6e10, model=None, qualifier="active")],
    ),
    # Names in a bracket after the counts own them: the sizes in turn, a shared count nobody
    # alone; not the subject before ("it" is the paper).
    (
        "Kite-3 is a new 3.8B parameter model called kite-3-mini trained on 3.3 trillion tokens; "
        "it includes a version extended to 128K (kite-mini-128K); it also reports results on 7B "
        "and 14B models trained on 4.8T tokens (kite-3-small and kite-3-medium).",
        [params(3.8e9, model="kite-3-mini"), tokens(3.3e12, model="kite-3-mini"),
         params(7e9, model="kite-3-small"), params(1.4e10, model="kite-3-medium"),
         tokens(4.8e12, model=None)],
    ),
    # A name after a verb that compares ("outshines", "beats") is what the count's model is
    # measured against, not its owner.
    (
        "Their biggest Mixture-of-Experts (MoE) model, with 47B active parameters, even "
        "outshines Corvid's Wren-1 on visual knowledge tasks.",
        [params(4.7e10, model=None, qualifier="active")],
    ),
    # A table's row is a story of its own: a model a later row introduces is not its subject.
    (
        "|Link|description|\n|---|---|\n|[Medical model.](https://x.org/a) | We developed a "
        "medical large language model with 176 billion parameters. |\n|[Other.](https://x.org/b)"
        " | Text about code. |\n|[Kite: judging.](https://x.org/c) | This paper introduces "
        "Kite-J, a novel training approach. |",
        [params(1.76e11, model=None)],
    ),
    # What a title says its model is ("An Open Multilingual 7B Language Model") is no name.
    (
        "Read our report [Kite: An Open Multilingual 7B Language Model](https://x.org/a.pdf).",
        [params(7e9, model=None)],
    ),
    # An app that runs models ("LM Studio") and a hub's short name ("HF 14B") name no model.
    (
        "I ran the 30B MoE (3B active) locally using LLM Studio.",
        [params(3e10, model=None), params(3e9, model=None, qualifier="active")],
    ),
    ("See [HF 14B SFT](https://huggingface.co/x/y).", []),
    # A query key in an address is no model's name.
    (
        "I ran the 30B MoE (3B active) locally ([Link](https://x.com/a/compare?"
        "evaluationCallIds=%5B%22019%22)).",
        [params(3e10, model=None), params(3e9, model=None, qualifier="active")],
    ),
    # What an appositive says of a compared model is its own, past the model's link.
    (
        "Kite-2 improves upon [Wren-1](https://arxiv.org/abs/2204.14198), an 80 billion "
        "parameter model, by 8.7%.",
        [params(8e10, model="Wren-1")],
    ),
    # A bracketed size after two variants joined by a slash is either one's.
    ("Cohere Command R/R+ (104B) is open weights.", [params(1.04e11, model=None)]),
    # A sentence's opening "Alongside X," names a model the rest is not about.
    (
        "* **Kite 2.5 Omni 3B:** Alongside Kite 3, the Heron team also updated their existing "
        "Omni model with a 3B model, which runs on phones.",
        [params(3e9, model="Kite 2.5 Omni 3B"), params(3e9, model=None)],
    ),
    (
        "Heron is shipping it alongside Kite 2 Base, a 3.1B-parameter sibling for consumer GPUs.",
        [params(3.1e9, model="Kite 2 Base")],
    ),
    # A name in brackets after a rival the count beats is the rival's: "the 4B model beats
    # the older 72B model (Kite 2)" puts nothing of the 4B on Kite 2.
    (
        "* The **4B dense model** even beats last year's 72B chat model (Kite 2) on most tests.",
        [params(4e9, model=None), params(7.2e10, model="Kite 2")],
    ),
    # A token count in a sentence that calls another run by its size is that run's, not the
    # page's model's: "the 3B ablation on 400B tokens" after Kite-R 34B's run.
    (
        "The 34B run (internally 'Kite-R 34B') finished at 7.5T tokens. We also kicked off the "
        "3B ablation on 400B tokens.",
        [params(3.4e10, model="Kite-R 34B"), params(3.4e10, model="Kite-R 34B"),
         tokens(7.5e12, model="Kite-R 34B"), tokens(4e11, model=None)],
    ),
    # A size after "(from" is the model's teacher's, not the subject's: "| Yes (from 8B/70B) |"
    # (but "Kite-2 (from 7B to 70B)" is a range of Kite-2's).
    (
        "| Feature | Kite 2 (9B) | Wren-mini (3.8B) | Lark (3B) |\n|---|---|---|---|\n"
        "| **Distillation** | Yes (from 27B) | Yes (from Owl-4) | Yes (from 8B/70B) |",
        [params(9e9, model="Kite 2"), params(3.8e9, model="Wren-mini"), params(3e9, model="Lark"),
         params(2.7e10, model=None), params(8e9, model=None, qualifier="range"),
         params(7e10, model=None, qualifier="range")],
    ),
    (
        "Kite-2 (from 7B to 70B) is out.",
        [params(7e9, model="Kite-2", qualifier="range"),
         params(7e10, model="Kite-2", qualifier="range")],
    ),
    # A bound on a class of models ("among open MLLMs within **30B** parameters") is no model's.
    (
        "Kite-VL ranks first among open-source MLLMs within **30B** parameters on OpenBench.",
        [params(3e10, model=None)],
    ),
    # A modality capitalized after a size is no model's name: "the 1B and 3B Text model".
    (
        "You can run the 1B and 3B Text model checkpoints in a couple of lines.",
        [params(1e9, model=None), params(3e9, model=None)],
    ),
    # A size in brackets after its own word is not shared by the subjects before: "Kite-Nano
    # (8B) and Kite-Super (49B) are here, with Ultra (253B) on the horizon".
    (
        "Kite-Nano (8B) and Kite-Super (49B) are here, with Ultra (253B) on the horizon.",
        [params(8e9, model="Kite-Nano"), params(4.9e10, model="Kite-Super"),
         params(2.53e11, model=None)],
    ),
    # A name with its own count after it is not the one a count before it belongs to:
    # "clocking in at 20B params (Owl-1 dev uses 13B params)".
    (
        "The image model is big, clocking in at 20B params (Owl-1 dev uses 13B params).",
        [params(2e10, model=None), params(1.3e10, model="Owl-1")],
    ),
    # A name made a measure is no model, whatever joins it to its word: "GPT-3–scale models",
    # "a GPT-4 class model" (but "Kite-3 405B level with GPT-4o" names Kite-3).
    (
        "We trained GPT-3–scale models with 13B params on 150B tokens.",
        [params(1.3e10, model=None), tokens(1.5e11, model=None)],
    ),
    (
        "Early scores put Kite-3 405B level with GPT-4o.",
        [params(4.05e11, model="Kite-3 405B")],
    ),
    (
        "Kite-7B grade school math accuracy is 52%. Kite-7B was trained on 2T tokens.",
        [params(7e9, model="Kite-7B"), params(7e9, model="Kite-7B"), tokens(2e12, model="Kite-7B")],
    ),
    (
        "Kite 180B Scale: the model has 180B parameters.",
        [params(1.8e11, model="Kite 180B"), params(1.8e11, model="Kite 180B")],
    ),
    # A heading about models of a scale is about no model, and its sections are not its
    # parent's model's either.
    (
        "## Kite-2 notes\n\n### What would Kite-3–scale models need?\n\n#### And a smaller run?\n\n"
        "| Size | Tokens |\n|---|---|\n| 1B params | 12B tokens |",
        [params(1e9, model=None), tokens(1.2e10, model=None)],
    ),
    # A news item of its own, led by a bold name, is no part of the one model a post
    # introduces, whether the lead is known as a model or not.
    (
        "Meet Kite-5, the new model from Heron Labs. Kite-5 launched as a router between "
        "models. Kite-5 thinking is good.\n\n"
        "* **Osprey Search**: 4B parameter search assistant that runs on a laptop",
        [params(4e9, model=None)],
    ),
    (
        "Meet Kite-5, the new model from Heron Labs. Kite-5 launched as a router between "
        "models. Kite-5 thinking is good.\n\n* **Parameters**: 34B\n"
        "* **Training data**: 12T tokens",
        [params(3.4e10, model="Kite-5"), tokens(1.2e13, model="Kite-5")],
    ),
    # A Markdown table whose header has an HTML cell is still one table: each row's sizes are
    # its own model's, not read as sentences running across the rows.
    (
        "| Model Name | Institution | Dataset Size | Model Size | <div style=\"width:290px\">"
        " Comments </div>|\n|---|---|---|---|---|\n"
        "| [Wren](https://example.org/wren) | Heron Labs | 300B tokens | 7B, 13B | |\n"
        "| [Kite-LM](https://example.org/kite) | Acme | 1.5T tokens | N/A | |",
        [tokens(3e11, model="Wren"), params(7e9, model="Wren"), params(1.3e10, model="Wren"),
         tokens(1.5e12, model="Kite-LM")],
    ),
    # A link's status words in a model column name no model: "| [Available](https://...) |".
    (
        "| Size | Training Status | Model Card |\n|:----:|:----:|:----:|\n"
        "| 1.3B | [Finished](https://example.org/runs/1) "
        "| [Available](https://example.org/kite-1.3b) |",
        [params(1.3e9, model=None)],
    ),
    # A language before another's model names a team's adaptation of it: "Tamil LLaMA 7B
    # Base" is not Meta's LLaMA 7B (but "a Korean Llama-2 13B" describes Llama 2 13B).
    (
        "| Adapted model | Type | Base |\n|---|---|---|\n"
        "| Tamil LLaMA 7B Base | Base model | LLaMA 7B |",
        [params(7e9, model="Tamil LLaMA 7B Base"), params(7e9, model="LLaMA 7B")],
    ),
    (
        "They tuned a Korean Llama-2 13B on chat logs.",
        [params(1.3e10, model="Llama-2 13B")],
    ),
    (
        "The Chinese Kite-V3 model has 671B parameters. French Kite Large 2 has 123B.",
        [params(6.71e11, model="Kite-V3"), params(1.23e11, model="Kite Large 2")],
    ),
    # A name with a count that the text calls data, or whose hub page is a data set's, is a
    # data set: its count is of examples, not parameters.
    (
        "We gather a large pool of instruction tuning data, Heron-10M, for future study. "
        "Training with Heron-10M works well.",
        [],
    ),
    (
        "See the [Wren-7M](https://huggingface.co/datasets/acme/Wren-7M) release. Wren-7M beats "
        "older sets.",
        [],
    ),
    # ... but a model after a clause about its data is still a model.
    (
        "With only 600B tokens of training data, Kite-350M matches much larger models.",
        [tokens(6e11, model="Kite-350M"), params(3.5e8, model="Kite-350M")],
    ),
    (
        "Kite-360M data efficiency is remarkable.",
        [params(3.6e8, model="Kite-360M")],
    ),
    # In a table's row, a name beside another cell's own size is that size's, not the next
    # cell's: "| 675B+ total params (Kite Large 3) | 100B MoE (Wren 2.0-flash) |" (but "| Kite
    # 1 | 7B, 13B |" names its row).
    (
        "| Largest model | Dense | Diffusion |\n|---|---|---|\n"
        "| **Size** | 675B total params (Kite Large 3) | 100B MoE (Wren 2.0-flash) |",
        [params(6.75e11, model="Kite Large 3", qualifier="total"), params(1e11, model=None)],
    ),
    (
        "| Wren 3 (8B) | 15T tokens |\n| Kite-2 (7B) | 2T tokens, 4K ctx |",
        [params(8e9, model="Wren 3"), tokens(1.5e13, model="Wren 3"), params(7e9, model="Kite-2"),
         tokens(2e12, model="Kite-2")],
    ),
    # The size of an unnamed model another was made from is not the other's: "which is
    # distilled and pruned from a larger 6.4B model" (but "distilled from the 9B", a member
    # named before, is that member's).
    (
        "It gets more interesting for the Kite-on-device model, which is distilled and pruned "
        "from a larger 6.4-billion-parameter model.",
        [params(6.4e9, model=None)],
    ),
    # A data set's possessive owns the count after it: "FineWeb's 15T-token pool" trained no
    # model the heading names.
    (
        "# Kite-3B\n\n## Training data\n\nAbout 71% web text. We sampled from FineWeb's "
        "15T-token pool rather than using all of it.",
        [params(3e9, model="Kite-3B"), tokens(1.5e13, model=None)],
    ),
    # A timeline's entries, each led by its year in bold, are stories of their own: a count
    # in one that names no model is not the entry before's.
    (
        "### Data scale over time\n\n- **2023 (Kite 2):** ~13 trillion tokens\n"
        "- **2024 (Kite 2.5):** 18 trillion tokens\n"
        "- **2025 frontier models:** more synthetic data, with public web text estimated at "
        "only 20T tokens total",
        [tokens(1.3e13, model="Kite 2", qualifier="approximate"), tokens(1.8e13, model="Kite 2.5"),
         tokens(2e13, model=None)],
    ),
    # A hedge before a count opens no name: "Estimated 20-30T+ tokens", "the nearly-2T-parameter
    # Behemoth".
    (
        "Meta says its nearly-2T-parameter Llama 4 Behemoth is still training.",
        [params(2e12, model="Llama 4 Behemoth")],
    ),
    (
        "- **Frontier models:** Estimated 30T tokens, as public web text runs out.",
        [tokens(3e13, model=None)],
    ),
    # The size "with" gives after a pruned version's source is the version's, not the
    # source's (a fine-tuned version keeps its source's size).
    (
        "Kite-Lite is a 50% expert-pruned and INT4 quantized version of Kite-2 with 179B "
        "parameters.",
        [params(1.79e11, model=None)],
    ),
    (
        "Kite-Chat is a fine-tuned version of Kite-2 with 9B parameters.",
        [params(9e9, model="Kite-2")],
    ),
    # A quantization scheme is no model: "W4A16-INT", "W8A8".
    (
        "3. W4A16-INT: 4-bit weights, 16-bit activations\n- Larger models (70B, 405B) lost almost "
        "nothing after quantization.",
        [params(7e10, model=None), params(4.05e11, model=None)],
    ),
    # Names stacked in a cell with breaks are a list, no one name: "| Kite-7B<br>Kite-13B |".
    (
        "| Model | Params |\n|---|---|\n| Kite-7B<br>Kite-13B | 7B<br>13B |",
        [params(7e9, model="Kite-7B"), params(1.3e10, model="Kite-13B"), params(7e9, model=None),
         params(1.3e10, model=None)],
    ),
    (
        "## Kite-2: our new 7B-class model\n\n### Training\n\nIt was trained on 2T tokens.",
        [tokens(2e12, model="Kite-2")],
    ),
    (
        "Kite-7B release history:\n- **2024-03-01:** base model trained on 2T tokens\n"
        "- **2024-05-02:** chat version",
        [params(7e9, model="Kite-7B"), tokens(2e12, model="Kite-7B")],
    ),
    (
        "Kite-1B was pretrained on Dolma's 3T tokens.",
        [params(1e9, model="Kite-1B"), tokens(3e12, model="Kite-1B")],
    ),
    # A bound written in a table cell bounds the cell's count, as it does in prose.
    (
        "| Bounded model | Org | Params |\n|---|---|---|\n| **Kite-D** | Research | <1B |",
        [params(1e9, model="Kite-D", qualifier="up to")],
    ),
    # A rate's units are no hub account and its model: "FLOPs/token", "USD/token".
    (
        "| Measure | Value |\n|---|---|\n| Cost | 2e11 FLOPs/token |\n"
        "| Data | ~509B tokens of text |",
        [tokens(5.09e11, model=None, qualifier="approximate")],
    ),
    (
        "| Measure | Value |\n|---|---|\n| Cost | 6 TFLOPs/token, 2 GB/token |\n"
        "| Data | ~509B tokens of text |",
        [tokens(5.09e11, model=None, qualifier="approximate")],
    ),
]


# Found while reading the bundled corpus and text in other styles; each was once wrong.
BUGS_CAUGHT = [
    # A model card's table on its side: a model per column, a fact per row; a part's count
    # ("Embedding params", "Non-embedding params") is no model's size: the names' are (the
    # non-embedding count a qualified part).
    (
        "| | Kite-2b | Kite-7b |\n|---|---|---|\n| Layers | 18 | 28 |\n"
        "| Embedding params | 524M | 786M |\n| Non-embedding params | 1,981M | 7,751M |\n"
        "| Pretraining tokens | 3T | 6T |",
        [
            layers(18, model="Kite-2b"),
            layers(28, model="Kite-7b"),
            params(2e9, model="Kite-2b"),
            params(7e9, model="Kite-7b"),
            params(1.981e9, model="Kite-2b", qualifier="non-embedding"),
            params(7.751e9, model="Kite-7b", qualifier="non-embedding"),
            tokens(3e12, model="Kite-2b"),
            tokens(6e12, model="Kite-7b"),
        ],
    ),
    # ... with names that carry no digit, when its corner is empty and a row counts parameters;
    # a stage table on its side ("| Stage | Warmup | Main |") is no table of models.
    (
        "| | Kite-S | Kite-M | Kite-L |\n|---|---|---|---|\n| Parameters | 412M | 1.38B | 6.91B |\n"
        "| Training tokens | 1.2T | 2.4T | 3.1T |",
        [
            params(4.12e8, model="Kite-S"),
            params(1.38e9, model="Kite-M"),
            params(6.91e9, model="Kite-L"),
            tokens(1.2e12, model="Kite-S"),
            tokens(2.4e12, model="Kite-M"),
            tokens(3.1e12, model="Kite-L"),
        ],
    ),
    (
        "| Stage | Warmup | Main | Decay |\n|---|---|---|---|\n| Tokens | 1T | 10T | 1T |",
        [tokens(1e12, model=None)],
    ),
    # ... nor are its columns models when they are words ("Base", "Chat"), under a card's model.
    (
        "# Kite-7B\n\n| | Base | Chat |\n|---|---|---|\n| Parameters | 7B | 7B |\n"
        "| Training tokens | 2T | 2T |",
        [params(7e9, model="Kite-7B"), params(7e9, model="Kite-7B"), tokens(2e12, model="Kite-7B")],
    ),
    # A question about something else keeps the sizes it names; a CSV is not speech captions.
    (
        "Does anybody know how many layers the 13B variant of Nightjar has?",
        [params(1.3e10, model="Nightjar")],
    ),
    (
        "model,params_b,tokens_b,release\nkite-1,175,300,2020-05\nwren,70,1400,2022-03\n"
        "tern,280,300,2021-12",
        [
            params(1.75e11, model="kite-1"),
            tokens(3e11, model="kite-1"),
            params(7e10, model="wren"),
            tokens(1.4e12, model="wren"),
            params(2.8e11, model="tern"),
            tokens(3e11, model="tern"),
        ],
    ),
    ("JFT-3B images were used for pre-training.", []),  # once a fact whose model was False
    (
        "Our ViT-22B image encoder was pre-trained on roughly 4 billion images.",
        [params(2.2e10, model="ViT-22B"), data(4e9, unit="images", model="ViT-22B")],
    ),
    (
        "Table 2: Zero-shot results.\nModel | Size | ARC-e\nOPT | 6.7B | 65.6\nOurs | 6.9B | 68.3",
        [params(6.7e9, model="OPT"), params(6.9e9, model=None)],
    ),
    (
        "We trained two bigger encoders, with 2.1B and 8.4B parameters. Our two new models, "
        "dubbed Nimbus-L and Nimbus-XL, beat the base model on every task.",
        [params(2.1e9, model="Nimbus-L"), params(8.4e9, model="Nimbus-XL")],
    ),
    (
        "We train two models with 1.3B and 6.7B parameters, called Orca-Small and Orca-Large.",
        [params(1.3e9, model="Orca-Small"), params(6.7e9, model="Orca-Large")],
    ),
    (
        "Switch Transformers were a start. We scale a sparse model to 310B parameters, costing as "
        "much as a 40B dense model (Sparse Routed Experts or SRE-40B).",
        [
            params(3.1e11, model="SRE-40B"),
            params(4e10, model="SRE-40B"),  # the name's; "as much as a 40B dense model" is none
        ],
    ),
    (
        "A 15B protein language model feeds the ESM Metagenomic Atlas of 600M structures.",
        [params(1.5e10, model=None)],
    ),
    (
        "Our method lifts a 540B-parameter LLM from 71.2% to 80.4% on GSM8K and 62% on ANLI-A3.",
        [params(5.4e11, model=None)],
    ),
    (
        "Atlas-2 delivers 2x the throughput of its predecessor while cutting compute by 40%.",
        [
            claim("faster", value=2, model="Atlas-2"),
            claim("reduces_by", value=40, unit="%", model="Atlas-2"),
        ],
    ),
    (
        "The startup, which raised $200M in funding, plans a 70B version next year.",
        [params(7e10, model=None)],
    ),
    (
        "Specs: Params: 34B · Context: 32K · Tokens: 4.5T · Layers: 60",
        [params(3.4e10, model=None), tokens(4.5e12, model=None), layers(60, model=None)],
    ),
    ("The model has one hundred seventy-five billion parameters.", [params(1.75e11, model=None)]),
    ("They trained it on a hundred and twenty billion tokens.", [tokens(1.2e11, model=None)]),
    ("It has 10^970 parameters and saw 1e999 tokens.", []),  # once an OverflowError
    ("The rest have 0 million parameters and 0B tokens.", []),
    (
        "| Model | Params | Tokens |\n|---|---|---|\n| Chinchilla | 70B | 1.4T |\n",
        [params(7e10, model="Chinchilla"), tokens(1.4e12, model="Chinchilla")],
    ),
    (
        "| Model | Organization | Total | Active per token |\n|---|---|---|---|\n"
        "| DBRX | Databricks | 132B | 36B |\n| Grok-1 | xAI | 314B | n/d |\n",
        [
            params(1.32e11, model="DBRX", organization="Databricks", qualifier="total"),
            params(3.6e10, model="DBRX", qualifier="active"),
            params(3.14e11, model="Grok-1", organization="xAI", qualifier="total"),
        ],
    ),
    (
        "| Model | Parameters (B) | Layers |\n|---|---|---|\n| GPT-3 | 175 | 96 |\n",
        [params(1.75e11, model="GPT-3"), layers(96, model="GPT-3")],
    ),
    (
        "MusicGen was trained on 20,000 hours of licensed music.",
        [data(2e4, unit="hours", model="MusicGen")],
    ),
    (
        "Chinchilla has 70 billion parameters, compared with Gopher's 280B parameters.",
        [params(7e10, model="Chinchilla"), params(2.8e11, model="Gopher")],
    ),
    (
        "Alibaba dropped Qwen3 this week. The flagship, Qwen3-235B-A22B, is sparse.",
        [
            # The lab named in the sentence before is no evidence; the families table is.
            params(2.35e11, model="Qwen3-235B-A22B", organization="Alibaba", qualifier="total"),
            params(2.2e10, model="Qwen3-235B-A22B", qualifier="active"),
        ],
    ),
    (
        "Meta published details on Llama 4. Scout has 109B total parameters (17B active) and "
        "Maverick 400B total, also with 17B active.",
        [
            # No organization: the lab is named in the sentence before, and a neighbouring
            # sentence's lab is no evidence (a newsletter's next story is another lab's).
            params(1.09e11, model="Scout", organization=None, qualifier="total"),
            params(1.7e10, model="Scout", qualifier="active"),
            params(4e11, model="Maverick 400B", qualifier="total"),
            params(1.7e10, model="Maverick 400B", qualifier="active"),
        ],
    ),
    (
        "Chinchilla clearly outperforms Gopher, GPT-3 and Jurassic-1 on most tasks.",
        [
            claim("outperforms", model="Chinchilla", other="Gopher"),
            claim("outperforms", model="Chinchilla", other="GPT-3"),
            claim("outperforms", model="Chinchilla", other="Jurassic-1"),
        ],
    ),
    (
        "Mistral 7B beats Llama 2 13B everywhere and is on par with Llama 1 34B.",
        [
            params(7e9, model="Mistral 7B"),
            params(1.3e10, model="Llama 2 13B"),
            params(3.4e10, model="Llama 1 34B"),
            claim("outperforms", model="Mistral 7B", other="Llama 2 13B"),
            claim("matches", model="Mistral 7B", other="Llama 1 34B"),
        ],
    ),
    (
        "LLaMA-13B outperforms GPT-3 (175B) despite being 10x smaller.",
        [
            params(1.3e10, model="LLaMA-13B"),
            params(1.75e11, model="GPT-3"),
            claim("smaller", value=10, model="LLaMA-13B"),
        ],
    ),
    (
        "GPT-J saw about 400B tokens drawn from the RoBERTa corpus and the Pile.",
        [tokens(4e11, model="GPT-J")],
    ),
    (
        "GPT-3 and Gopher have 175B and 280B parameters, respectively.",
        [params(1.75e11, model="GPT-3"), params(2.8e11, model="Gopher")],
    ),
    (
        "Its two new models, XLM-R XL and XLM-R XXL, hold 3.5B and 10.7B parameters.",
        [params(3.5e9, model="XLM-R XL"), params(1.07e10, model="XLM-R XXL")],
    ),
    (
        "Llama Guard, a Llama2-7b model tuned on a small safety set, screens prompts.",
        [params(7e9, model="Llama Guard")],
    ),
    (
        "Pre-training a bilingual 100B model on a trillion tokens, the InternLM team reports "
        "gains.",
        [params(1e11, model="InternLM"), tokens(1e12, model="InternLM")],
    ),
    ("Together, the two labs trained a 7B model.", [params(7e9, model=None, organization=None)]),
    (
        r"We train a compute-optimal model, \chinchilla, with the same budget as \gopher but "
        r"with 70B parameters.",
        [params(7e10, model="chinchilla")],
    ),
    (
        "The Meta Llama 3.3 release is a 70B model tuned for dialogue.",
        [params(7e10, model="Llama 3.3", organization="Meta")],
    ),
    (
        "It scaled past 1 trillion parameters on 480 NVIDIA V100-32GB GPUs.",
        [params(1e12, model=None)],
    ),
    ("It is a 7 B-parameter model.", [params(7e9, model=None)]),
    (
        "We trained a family of models (125M, 350M, 1.3B, 2.7B) on 300B tokens.",
        [
            params(1.25e8, model=None),
            params(3.5e8, model=None),
            params(1.3e9, model=None),
            params(2.7e9, model=None),
            tokens(3e11, model=None),
        ],
    ),
    (
        "Each of the eight experts holds roughly 7 billion parameters, for 47B in total.",
        [
            params(7e9, model=None, qualifier="approximate"),
            params(4.7e10, model=None, qualifier="total"),
        ],
    ),
    ("It stacks 24 Transformer blocks.", [layers(24, model=None)]),
    ("The 24 blocks of text were read twice.", []),
    (
        "The 8B model scores 68% on the exam while the 70B reaches 82%.",
        [params(8e9, model=None), params(7e10, model=None)],
    ),
    (
        "TL;DR: DeepSeek-R1 (671B MoE, 37B active) matches o1 on math.",
        [
            params(6.71e11, model="DeepSeek-R1"),
            params(3.7e10, model="DeepSeek-R1", qualifier="active"),
            claim("matches", model="DeepSeek-R1", other="o1"),
        ],
    ),
    (
        "Jamba combines Transformer and Mamba layers: 52B total parameters, 12B active.",
        [
            params(5.2e10, model="Jamba", qualifier="total"),
            params(1.2e10, model="Jamba", qualifier="active"),
        ],
    ),
    (
        "Snowflake Arctic has 480B parameters in total with 17B active.",
        [
            params(4.8e11, model="Snowflake Arctic", organization="Snowflake", qualifier="total"),
            params(1.7e10, model="Snowflake Arctic", qualifier="active"),
        ],
    ),
    ("The model has 1.5 B parameters.", [params(1.5e9, model=None)]),
    ("We paid the $70B bill, and the 70B tokens were enough.", [tokens(7e10, model=None)]),
    (
        "Phi-2, with only 2.7 billion parameters, keeps up with far bigger models.",
        [params(2.7e9, model="Phi-2", qualifier=None)],
    ),
    (
        "We introduce Zamba, a 7B SSM-transformer hybrid trained on 1T tokens.",
        [params(7e9, model="Zamba"), tokens(1e12, model="Zamba")],
    ),
    (
        "Stable Diffusion XL pairs a 2.6B-parameter UNet with two text encoders.",
        [params(2.6e9, model="Stable Diffusion XL")],
    ),
    (
        "Claude 3.5 Sonnet outperforms GPT-4o on a reasoning test by 5 percentage points.",
        [claim("outperforms", value=5, unit="pp", model="Claude 3.5 Sonnet", other="GPT-4o")],
    ),
    (
        "Baidu and its partner lab took ERNIE 3.0 to 260 billion parameters.",
        [params(2.6e11, model="ERNIE 3.0")],
    ),
    (
        "Token budgets kept climbing, from 1.4T for LLaMA-65B to 18T for Qwen2.5-72B.",
        [params(6.5e10, model="LLaMA-65B"), params(7.2e10, model="Qwen2.5-72B")],
    ),
    ("## 2021: the sprint to half a trillion", []),
    (
        "- **gpt-oss-120b:** 117B total parameters, 5.1B active per token.",
        [
            params(1.17e11, model="gpt-oss-120b", qualifier="total"),
            params(5.1e9, model="gpt-oss-120b", qualifier="active"),
        ],
    ),
    (
        "Later that month came a chat model called Vicuna with 13B parameters, such as a model "
        "called Koala with 13B parameters.",
        [params(1.3e10, model="Vicuna"), params(1.3e10, model="Koala")],
    ),
    (
        "Its pretraining run consumed 15 trillion+ tokens.",
        [tokens(1.5e13, model=None, qualifier="at least")],
    ),
    (
        "At 405bn params, Llama 3.1 is the lab's biggest release so far.",
        [params(4.05e11, model="Llama 3.1")],
    ),
    (
        "The router picks experts so that DBRX has 132B total / 36B active params.",
        [
            params(1.32e11, model="DBRX", qualifier="total"),
            params(3.6e10, model="DBRX", qualifier="active"),
        ],
    ),
    (
        "Falcon 180B saw 3.5T tokens, 4x more than Llama 2.",
        [
            params(1.8e11, model="Falcon 180B"),
            tokens(3.5e12, model="Falcon 180B"),
            claim("more", value=4, other="Llama 2"),
        ],
    ),
    (
        "Yi-34B (34B), Grok-1 (314B total) and DeepSeek LLM (67B) were all out by November.",
        [
            params(3.4e10, model="Yi-34B"),
            params(3.4e10, model="Yi-34B"),
            params(3.14e11, model="Grok-1", qualifier="total"),
            params(6.7e10, model="DeepSeek LLM"),
        ],
    ),
    # A size followed by "-token" or "-context" is a window, not a name's size.
    (
        "- **Kite-4 Scout**: 9B active parameters, 60B total. Advertised 4M-token context."
        " Pre-trained on roughly 20T tokens.",
        [
            params(9e9, model="Kite-4 Scout"),
            params(6e10, model="Kite-4 Scout"),
            tokens(2e13, model="Kite-4 Scout"),
        ],
    ),
    # A one-word section heading ("# Details") names no model.
    (
        "# Details\n\n- 32 experts per layer, 12 layers\n- Pretrained on 3T tokens of Kite-mix",
        [layers(12, model=None), tokens(3e12, model=None)],
    ),
    # A model's ratios are a rule of thumb named after it, not the model.
    (
        "A 2T model at Kite-3 ratios would want something like 200T tokens.",
        [params(2e12, model=None)],
    ),
    # A size the subject's quality tracks is only compared with, like one it matches.
    (
        "Wren-A1B is the first small MoE I'd run on a laptop: 1.2B active means ~60 tok/s,"
        " while quality tracks a dense 5B model.",
        [params(1.2e9, model="Wren-A1B")],
    ),
    (
        "Wren-A1B is small: 1.2B active, and it keeps pace with a dense 5B model.",
        [params(1.2e9, model="Wren-A1B")],
    ),
    # "the same <long description> as X": X is compared with, and the sizes after it are the
    # subject's.
    (
        "Heron released Kite-R1 on May 2. It is the same 400B-parameter mixture-of-experts"
        " architecture as Kite-V3, with 22B parameters active per token.",
        [params(4e11, model="Kite-R1"), params(2.2e10, model="Kite-R1")],
    ),
    # "up from 9.5T for the original X": the count is X's, past "the original".
    (
        "**Wren-12B-2601.** Heron released this refresh in January: 12.4B parameters, trained on"
        " 11T tokens, up from 9.5T for the original Wren-12B.",
        [
            params(1.24e10, model="Wren-12B-2601"),
            tokens(1.1e13, model="Wren-12B-2601"),
            params(1.2e10, model="Wren-12B"),
            tokens(9.5e12, model="Wren-12B"),
        ],
    ),
    # A dated release's name size gives way to the undated model's stated count (but the
    # original Wren-12B's, above, not to its dated refresh's).
    (
        "> Kite-1B-7B is a mixture-of-experts model with 1.3B active and 6.9B total parameters."
        '\n\n```python\nmodel = load("acme/Kite-1B-7B-0924")\n```',
        [
            params(1.3e9, model="Kite-1B-7B"),
            params(6.9e9, model="Kite-1B-7B"),
        ],
    ),
    # A bare count of three trillion or more is no parameter count, even a model's; a table's
    # line before it does not make it a column's cell.
    (
        "| Model | Lab | Params | Tokens |\n|---|---|---|---|\n| Kite-4B | Heron | 4B | 36T |\n\n"
        "(Kite's 36T is a family-wide figure.)",
        [
            params(4e9, model="Kite-4B"),
            params(4e9, model="Kite-4B"),
            tokens(3.6e13, model="Kite-4B"),
        ],
    ),
    (
        "DBRX's 12T is the largest; Arctic's 3.5T looks small. The final 3T checkpoint is out.",
        [],
    ),
    # A model still to come, said right after its name, has no size yet.
    (
        'The money goes to a new cluster and, per its CEO, to "the 14B Wren we promised."',
        [params(1.4e10, model=None)],
    ),
    (
        '- Heron mentions a 14B dense Wren-3 "later this year".',
        [params(1.4e10, model=None)],
    ),
    (
        "We release the 7B Kite we trained last spring.",
        [params(7e9, model="Kite")],
    ),
    # "; this release adds ...": the page's release, not the base named before the semicolon.
    (
        "- **Pre-training:** Wren-7B-Base was trained on 9T tokens (web, code); this release adds"
        " 200B tokens of continued pre-training on tool-use traces",
        [
            params(7e9, model="Wren-7B-Base"),
            tokens(9e12, model="Wren-7B-Base"),
            tokens(2e11, model=None),
        ],
    ),
    # A bare count set against a token count "for" a name is that name's token count; with
    # no name after "for", nobody's.
    (
        "We describe the data (a corpus of about 9.6T multilingual tokens, versus 1.8T for"
        " Kite 2), and the scaling-law runs.",
        [tokens(9.6e12, model=None), tokens(1.8e12, model="Kite 2")],
    ),
    (
        "Wren-3 was trained on 12T tokens, up from 7T for Wren-2.",
        [tokens(1.2e13, model="Wren-3"), tokens(7e12, model="Wren-2")],
    ),
    (
        "Wren-14B-v1.5 is out. Per the notes the base was pretrained on 9T tokens, up from 6T for"
        " the v1 base.",
        [params(1.4e10, model="Wren-14B-v1.5"), tokens(9e12), tokens(6e12, model=None)],
    ),
    # ... but set against a parameter count read after the token count, it is a parameter
    # count, as before.
    (
        "Heron-2 saw 4T tokens versus 2T for Heron-1, and has 34B parameters versus 13B for"
        " Heron-1.",
        [
            tokens(4e12, model="Heron-2"),
            tokens(2e12, model="Heron-1"),
            params(3.4e10, model="Heron-2"),
            params(1.3e10, model="Heron-1"),
        ],
    ),
    # A plain word, then a dated aside, then "is a <size> model": a name, as without the aside.
    (
        "**Wrenstral** (Heron Labs and Acme, May 2025) is a 24B model tuned for agent loops.",
        [params(2.4e10, model="Wrenstral")],
    ),
    (
        "Dropout (Srivastava et al., 2014) is a regularizer we apply to the 7B model.",
        [params(7e9, model=None)],
    ),
    # "from X up to the Y MoE": a range, its second end after "the".
    (
        "4. **Kite3** (April 2025): the whole family, from 0.6B up to the 200B MoE, was"
        " pre-trained on about 30T tokens.",
        [
            params(6e8, model="Kite3", qualifier="range"),
            params(2e11, model="Kite3", qualifier="range"),
            tokens(3e13, model="Kite3", qualifier="approximate"),
        ],
    ),
    # An "ACL Anthology" line above a paper's title is the listing's, read past to the header.
    (
        "ACL Anthology · Findings of the Association for Computational Linguistics: ACL 2025\n\n"
        "**Kite-2: Open Language Models for Twelve Languages**\n\n"
        "Ana Ruiz¹, Li Wei¹, Mara Holt²\n¹Fenwick Language Lab, Porto · ²Coldwater University\n\n"
        "*Abstract*\n\nWe present Kite-2, an open family released in 1.5B and 7B variants.",
        [
            params(1.5e9, model="Kite-2", organization="Fenwick Language Lab"),
            params(7e9, model="Kite-2", organization="Fenwick Language Lab"),
        ],
    ),
    # A family's maker goes with a name that continues with a member's words, not with one
    # that goes on with a word of whoever fine-tuned it.
    (
        "Qwen2.5-14B-Lex is a legal fine-tune with 14.7B parameters. Qwen2.5-14B-Instruct has"
        " 14.7B parameters too.",
        [
            params(1.47e10, model="Qwen2.5-14B-Lex", organization=None),
            params(1.47e10, model="Qwen2.5-14B-Instruct", organization="Alibaba"),
        ],
    ),
    # Plural model nouns ("siblings", "students", "baselines") and "classifier" make a bare size
    # a model's, as their singulars do.
    (
        "The flagship is a dense model with 400B parameters; it is accompanied by 8B and 70B"
        " siblings, all released in July 2024 as Kite 3.1. Heron also ships Kite Guard 3, an 8B"
        " classifier for input and output safety.",
        [
            params(4e11, model=None),
            params(8e9, model="Kite 3.1"),
            params(7e10, model="Kite 3.1"),
            params(8e9, model="Kite Guard 3"),
        ],
    ),
    # ... but without its "from", "to a" joins no range: one model made from another.
    (
        "Heron-3 was trained on 12T tokens. Distilling 405B to an 8B student took a week.",
        [tokens(1.2e13, model="Heron-3"), params(8e9, model=None)],
    ),
    # A bare count "for X" after "up from" is X's, though the cue makes X the compared one.
    (
        "Kite-2 has 13B parameters, up from 7B for Kite-1.",
        [params(1.3e10, model="Kite-2"), params(7e9, model="Kite-1")],
    ),
    # A count "for" a name not read, in a list set against the sentence's count: nobody's.
    (
        "Kite-7B was trained on 2T tokens, against 300B for Wren and 1.4T for Heron.",
        [
            params(7e9, model="Kite-7B"),
            tokens(2e12, model="Kite-7B"),
            tokens(3e11, model=None),
            tokens(1.4e12, model=None),
        ],
    ),
    # A bare trillion is a parameter count with a model noun after it, or a total before an
    # active count; not before "checkpoint", "run" or "ones".
    (
        "Kite-Ultra is a 3.2T MoE model. Kite-Max has 3.5T total, 100B active.",
        [
            params(3.2e12, model="Kite-Ultra"),
            params(3.5e12, model="Kite-Max"),
            params(1e11, model="Kite-Max"),
        ],
    ),
    (
        "Is Kite-V3 trained at 22:1 (14.8T over 671B total) or at 400:1? The 3T run is the"
        " baseline.",
        [params(6.71e11, model="Kite-V3")],
    ),
    # The aside before "is a 7B model" holds a month and year, not a citation's year; and
    # "Ours" is no name.
    (
        "Larkspur (Acme, 2023) is a 600B-token corpus. Ours (May 2025) is a 7B model.",
        [tokens(6e11, model=None), params(7e9, model=None)],
    ),
    # A sized name said to be promised, rumoured or planned has no size yet.
    (
        "- Whether Heron releases the promised 70B Kite.\n- Acme's rumoured 2T Wren-Max.",
        [params(7e10, model=None)],
    ),
    # "Hub" is a place, not a model: "the published Hub checkpoint is 685B".
    (
        "- The MTP module adds 14B parameters on top of the 671B main model; the published Hub"
        " checkpoint is 685B in total for that reason.",
        [
            params(1.4e10, model=None),
            params(6.71e11, model=None, qualifier="total"),
            params(6.85e11, model=None, qualifier="total"),
        ],
    ),
    # A name right after a count, with its own count after its possessive, is not the first
    # count's owner.
    (
        "Pre-training doubled to about 30 trillion tokens from Kite-2's 15 trillion, and the"
        " models cover 40 languages.",
        [tokens(3e13, model=None, qualifier="approximate"), tokens(1.5e13, model="Kite-2")],
    ),
    # "A <size> model was trained ...", opening its sentence, is an unnamed run, not the
    # heading's model; its tokens go with it.
    (
        "# Wren\n\nWren-7B has 7.4B parameters.\n\nA dense 30B model was trained to 4T tokens as"
        " an ablation and will not be released.",
        [
            params(7.4e9, model="Wren-7B"),
            params(3e10, model=None),
            tokens(4e12, model=None),
        ],
    ),
    # A heading's title case is no apposition: "LLM Evaluators" names no model.
    (
        "# Judging the Judges: Position Bias in Open-Weight LLM Evaluators\n\nWe audit seven"
        " judges spanning 8B to 405B parameters.",
        [
            params(8e9, model=None, qualifier="range"),
            params(4.05e11, model=None, qualifier="range"),
        ],
    ),
    # Serving engines are not models: SGLang, TensorRT-LLM, llama.cpp, LMDeploy.
    (
        "Deploy with vllm serve or with SGLang; on 8x H100 80GB the FP8 build of the 235B model"
        " serves with room for 128K context.",
        [params(2.35e11, model=None, qualifier="total")],
    ),
    # What hardware "can pretrain" or "can fine-tune" is a capacity, no model's size.
    (
        "Kessel says a 1,024-chip pod of its K2 accelerators can pretrain a 70B model in under"
        " three weeks.",
        [],
    ),
    # Review: students and teachers in the plural, and the first of a list of them, are other
    # models than the sentence's subject ("was distilled into 7B and 1.5B students").
    (
        "Kite-Large was distilled into 7B and 1.5B students. Wren-Small learns from 70B teachers"
        " during post-training.",
        [params(7e9, model=None), params(1.5e9, model=None), params(7e10, model=None)],
    ),
    # Review: the first of a list of sizes before "baselines" or "predecessors" is another
    # model's too, as the last is: "compared with 7B and 70B baselines".
    (
        "Heron-3 is compared with 7B and 70B baselines trained on the same data.",
        [params(7e9, model=None), params(7e10, model=None)],
    ),
    # Review: a possessive count after a name keeps the count before it off the name only after
    # "from" ("up from Kite-2's 15T"); otherwise the count fell to an earlier subject.
    (
        "Heron-2 is our new model. Pre-trained on 15T tokens, Wren-3's 8B-parameter version is"
        " still ahead of it.",
        [tokens(1.5e13, model="Wren-3"), params(8e9, model="Wren-3")],
    ),
    # Review: a bare trillion "total" is a parameter count before a count "active", not a run's
    # tokens ("pretrained on 15T total") nor before "active-learning".
    (
        "Heron-MoE was pretrained on 15T total, with 37B parameters active per token. Wren-MoE"
        " saw 12T total, with an active-learning filter on code.",
        [params(3.7e10, model="Heron-MoE"), tokens(1.2e13, model="Wren-MoE")],
    ),
    # Review: a size before "flagships" (214f8c3's plural) is other models', not the subject's.
    (
        "Wren-2 is small, but 400B flagships like Heron-Max still lead on math.",
        [params(4e11, model=None)],
    ),
    # A possessive's size with a model noun after it is a parameter count, even after a token
    # count ("than Kite-1's 2T" still compares token counts).
    (
        "Trained on 15T tokens, Wren-3's 70B variant tops the board. Kite-2 saw 9T tokens, far"
        " more than Kite-1's 2T.",
        [
            tokens(1.5e13, model="Wren-3"),
            params(7e10, model="Wren-3"),
            tokens(9e12, model="Kite-2"),
            tokens(2e12, model="Kite-1"),
        ],
    ),
    # "improves on X" names X as the other side of a comparison, as "outperforms X" does.
    (
        "Kite-2 improves on Kite-1 with 13B parameters and 2T tokens.",
        [params(1.3e10, model="Kite-2"), tokens(2e12, model="Kite-2")],
    ),
    # A name right after a possessed size is the model; the possessor is its maker.
    (
        "Kite-2 beats Acme's 70B Heron-2 on every benchmark.",
        [params(7e10, model="Heron-2")],
    ),
    ("Acme's 70B Heron was released in May 2025.", [params(7e10, model="Heron")]),
    # "improves on the 7B ..." sets the size against the subject, as "outperforms the 7B" does.
    ("Kite-2 improves on the 7B classifier.", [params(7e9, model=None)]),
    # ... but "was improved on a ..." is what the subject was trained on.
    (
        "Owl-4 was further improved on a 600B-token code mixture.",
        [tokens(6e11, model="Owl-4")],
    ),
    (
        "Kite-2 improves on the 7B and 13B classifiers.",
        [params(7e9, model=None), params(1.3e10, model=None)],
    ),
    # A size of a part "used in" or "inside" a model named after it is the part's, not the model's.
    (
        "Kite-2 outperforms the 7B classifier used in Heron-1.",
        [params(7e9, model=None), claim("outperforms", model="Kite-2")],
    ),
    ("A 400M encoder inside Kite-VL reads the images.", [params(4e8, model=None)]),
    ("The 2T tokens used in Heron-1 came from public sources.", [tokens(2e12, model="Heron-1")]),
    # ... but "the N parameters used in X" are X's own, and "a 300M-parameter encoder" a part's.
    (
        "Of the 52B parameters used in Wren-MoE, only 9B fire for each token.",
        [params(5.2e10, model="Wren-MoE"), params(9e9, model="Wren-MoE")],
    ),
    ("A 300M-parameter encoder inside Wren-VL reads the images.", [params(3e8, model=None)]),
    ("Trained on 2T tokens within six weeks, Heron-2 is open.", [tokens(2e12, model="Heron-2")]),
    # "the 400B flagship X" names X as "the 400B model X" does; "flagships X and Y" are several.
    (
        "Kite-2 beats the 400B flagship Heron-Max on math.",
        [params(4e11, model="Heron-Max"), claim("outperforms", model="Kite-2")],
    ),
    (
        "Kite-2 beats the 400B flagships Heron-Max and Wren on math.",
        [params(4e11, model=None), claim("outperforms", model="Kite-2")],
    ),
    # A hub repository column names the row's model where the first column gives only a variant's
    # label or a size; a first column that is a name keeps it.
    (
        "| Variant | Hub id | Total params | Active params |\n|---|---|---|---|\n"
        "| Base | `acme/Heron-2-14B` | 14.3B | - |\n"
        "| MoE Instruct | `acme/Heron-2-A4B` | 38B | 4.1B |",
        [
            params(1.43e10, model="Heron-2-14B"),
            params(3.8e10, model="Heron-2-A4B"),
            params(4.1e9, model="Heron-2-A4B", qualifier="active"),
        ],
    ),
    (
        "| Size | Hub id | Tokens |\n|---|---|---|\n"
        "| 7B | [acme/Kite-2-7B](https://hf.co/acme/Kite-2-7B) | 4T |",
        [
            params(7e9, model="Kite-2-7B"),
            params(7e9, model="Kite-2-7B"),
            tokens(4e12, model="Kite-2-7B"),
        ],
    ),
    (
        "| Variant | Params | Repository |\n|---|---|---|\n"
        "| Base | 7B | [GitHub](https://github.com/owl/wren-tools) |\n"
        "| Chat | 7B | [Wren 3 7B Chat](https://hf.co/owl/Wren-3-7B-Chat) |",
        [
            params(7e9, model=None),
            params(7e9, model="Wren 3 7B Chat"),
            params(7e9, model="Wren 3 7B Chat"),
        ],
    ),
    (
        "| Model | Params | Repo |\n|---|---|---|\n| Nimbus-7B | 7B | cirrus/nimbus-7b |",
        [
            params(7e9, model="Nimbus-7B"),
            params(7e9, model="Nimbus-7B"),
            params(7e9, model="nimbus-7b"),
        ],
    ),
    # Two models named as often in the sentences before: the one the page's heading names.
    (
        "# Kite-3\n\n## Introduction\n\nKite-3 is a mixture-of-experts model. It keeps the "
        "attention design that Kite-2 validated. We pre-trained it on 9T tokens.",
        [tokens(9e12, model="Kite-3")],
    ),
    # ... but not over one the latest sentence brings in as released: the next "It" is that one.
    (
        "# Wren-4\n\nWren-4 is Acme's new chat model. Owl Labs, meanwhile, released Heron-6 on "
        "Tuesday. It was trained on 5T tokens.",
        [tokens(5e12, model="Heron-6")],
    ),
    (
        "# Wren-4 and more: the week in models\n\nWren-4 got a small update on Monday. "
        "Separately, Heron-6 from Owl Labs is now open. It has 70B parameters.",
        [params(7e10, model="Heron-6")],
    ),
    (
        "# Wren-4\n\nWren-4 is our new open model. Wren-3 provided the tokenizer. We pretrained "
        "it on 9T tokens.",
        [tokens(9e12, model="Wren-4")],
    ),
    # A size a table cell says the row's model came from is that other model's.
    (
        "| Model | Layers | Pretraining |\n|---|---|---|\n"
        "| Kite-3-1B | 18 | pruned + distilled from 7B |\n| Kite-3-7B | 28 | 14T tokens |",
        [
            params(1e9, model="Kite-3-1B"),
            layers(18, model="Kite-3-1B"),
            params(7e9, model=None),
            params(7e9, model="Kite-3-7B"),
            layers(28, model="Kite-3-7B"),
            tokens(1.4e13, model="Kite-3-7B"),
        ],
    ),
    # ... also where the row's name has no size in it, and in prose.
    (
        "| Model | Params | Notes |\n|---|---|---|\n| Owl-5 | 8B | distilled from 70B |",
        [params(8e9, model="Owl-5"), params(7e10, model=None)],
    ),
    ("Heron-6 was upscaled from 7B.", [params(7e9, model=None)]),
    # A name in "up from 32,064 in X" is the other side of a comparison, no subject to carry on.
    (
        "Kite-4-mini is a small open model.\n\n## Model details\n\n"
        "- **Vocabulary:** 200,064 tokens (up from 32,064 in Kite-3-mini)\n"
        "- **Training data:** 5T tokens",
        [tokens(5e12, model=None)],
    ),
    # "X, a 1.9T-token ... corpus" makes X a data set and the count its size.
    (
        "We also publish **NorText-2**, a 1.9T-token deduplicated Nordic web and book corpus.",
        [tokens(1.9e12, model=None)],
    ),
    (
        "Kite-2, a 7B model trained on a 3.4T-token web corpus, is out.",
        [params(7e9, model="Kite-2"), tokens(3.4e12, model="Kite-2")],
    ),
    # ... but not when the phrase names the model first: "a 2T-token model trained on a crawl".
    (
        "We release Wren-7, a 2T-token model trained on our web crawl.",
        [tokens(2e12, model="Wren-7")],
    ),
    # A card's maker label holds with a place in brackets after the maker.
    (
        "# Kestrel-7B\n\n- **Developer:** Ardent Systems, Inc. (Austin, TX)\n"
        "- **Parameters:** 7.2B",
        [params(7.2e9, model="Kestrel-7B", organization="Ardent Systems")],
    ),
    (
        "# Sable-8B\n\n- **Developed by:** Northgate Labs (Leeds, UK)\n- **Parameters:** 8.03B",
        [params(8.03e9, model="Sable-8B", organization="Northgate Labs")],
    ),
    # A heading that makes a claim about a model ("# X is a floor") scopes no section to it.
    (
        "# Kite-3 is a floor, not a target\n\n## The ratios\n\nBy 2026 the typical open "
        "release is a 1-10B dense model trained on 15-40T tokens.",
        [params(1e9, model=None, qualifier="range"), params(1e10, model=None, qualifier="range"),
         tokens(1.5e13, model=None, qualifier="range"),
         tokens(4e13, model=None, qualifier="range")],
    ),
    (
        "# Kite-2 is here\n\n## Details\n\nA 7B model trained on 2T tokens.",
        [params(7e9, model="Kite-2"), tokens(2e12, model="Kite-2")],
    ),
    # A data set's or a stage's repository column names no model.
    (
        "| Dataset | Tokens | HF repo |\n|---|---|---|\n| Kite-Pile-2 | 2T | acme/kite-pile-2 |",
        [tokens(2e12, model=None)],
    ),
    (
        "| Stage | Repository | Tokens |\n|---|---|---|\n| SFT | acme/heron-3-8b-sft | 2B |",
        [params(8e9, model="heron-3-8b-sft"), tokens(2e9, model=None)],
    ),
    # The tokens "the backbone" or "the underlying encoder" saw are the base's, not the page's.
    (
        "# Owl-VL-8B\n\n| | |\n|---|---|\n| Language backbone | Owl-7B (7.6B) |\n\n"
        "The backbone was pre-trained on 11T text tokens before the multimodal stage.",
        [params(7.6e9, model="Owl-7B"), params(8e9, model="Owl-VL-8B"), tokens(1.1e13, model=None)],
    ),
    (
        "# Kite-Embed\n\nKite-Embed is built on top of Owl-Encoder-L.\n\n## Training\n\n"
        "The underlying encoder was pre-trained by its authors on 2T tokens.",
        [tokens(2e12, model=None)],
    ),
    # A number word in a title is no model's name: "Across Fourteen LLMs".
    (
        "## Verbatim Memorization Across Fourteen LLMs\n\nWe measure fourteen open-weight models "
        "spanning 0.5B to 405B parameters.",
        [params(5e8, model=None), params(4.05e11, model=None)],
    ),
    # A size brought in with "a" after a family's sized name is no member of that family.
    (
        "Our model outperforms Kite-3 7B and a 13B dense baseline trained on the same data.",
        [params(7e9, model="Kite-3 7B"), params(1.3e10, model=None), claim("outperforms")],
    ),
    # "claims parity with X" sets X against the subject, as "on par with X" does.
    (
        "**Kite-3** (March 6).\n\nAlibaba's reasoner has 32.5B parameters and claims parity with "
        "Owl-R1, a 671B MoE with 37B active.",
        [params(3.25e10, model=None), params(6.71e11, model="Owl-R1"),
         params(3.7e10, model="Owl-R1", qualifier="active")],
    ),
    # The active part of a total no model owns is that other model's too.
    (
        "**Kite-3 (Alibaba, March 6).** Alibaba's reasoner claims parity with Owl-R1 at a fraction "
        "of the size: 32B dense against 671B total and 37B active.",
        [params(3.2e10, model="Kite-3"), params(6.71e11, model=None),
         params(3.7e10, model=None, qualifier="active")],
    ),
    # A plain word that "ships a" model is its maker, no model.
    ("Acme ships a 12B version as part of Heron-3.", [params(1.2e10, model=None)]),
    # A named part after a possessed size is the possessor's part: no one's model size.
    ("Kite-VL's 300M CLIP encoder is frozen.", [params(3e8, model=None)]),
    ("Kite-VL's 400M SigLIP-So400m vision tower is frozen.", [params(4e8, model=None)]),
    # A size called by its own model after "since the" opens a clause of its own.
    (
        "The comparison with Kite-2 (70 billion parameters) is not fair, since the submitted 33B "
        "model saw far less data.",
        [params(7e10, model="Kite-2"), params(3.3e10, model=None)],
    ),
    # A size that is a mark, a barrier or a threshold is a bound, no model's count.
    ("Kite-2 crosses the 1T-parameter mark.", [params(1e12, model=None)]),
    (
        "# Kite-2\n\nThe AI Office published guidance on the 10^25 FLOP threshold for "
        "systemic risk.",
        [flop(1e25, model=None)],
    ),
    # ... also where the word before is only weakly a name.
    (
        "None of these rounds came with a parameter count, but the SSI pitch is said to go well "
        "past today's ~2T-parameter frontier.",
        [params(2e12, model=None)],
    ),
    # A name in a string of code opens after its quote ("load('acme/Kite-7B-Chat')"); the
    # method called on a class is no name ("AutoModelForCausalLM.from_pretrained").
    (
        "model = AutoModelForCausalLM.from_pretrained('AcmeLab/Kite-7B-Chat', "
        "trust_remote_code=True)",
        [params(7e9, model="Kite-7B-Chat")],
    ),
    (
        "O'Neil trained a 7B model.",
        [params(7e9, model=None)],
    ),
    # "Final" opens a list's last step, no name: "→ Final 1B/3B models".
    (
        "1. Pruned from Kite 3 8B → distilled from Kite 3 70B → Final 1B/3B models",
        [params(8e9, model="Kite 3 8B"), params(7e10, model="Kite 3 70B"),
         params(1e9, model=None), params(3e9, model=None)],
    ),
    # Words of what a size is of are no names: "Variants (7B, 13B, 70B)", "a 2.7B Causal
    # Language Model", "24B / 3B Hybrid Reasoners", "runs on a SINGLE GPU".
    ("- **Key Features**: Variants (7B, 13B, 70B), good for fine-tuning.",
     [params(7e9, model=None), params(1.3e10, model=None), params(7e10, model=None)]),
    ("`kite-code-v1` is a 2.7B Causal Language Model focused on code completion.",
     [params(2.7e9, model="kite-code-v1")]),
    ("Heron Hybrid 7B was trained on 3T tokens.",
     [params(7e9, model="Heron Hybrid 7B"), tokens(3e12, model="Heron Hybrid 7B")]),
    ("Traditional Dense 671B model (estimated):", [params(6.71e11, model=None)]),
    ("* Kite-M1 456B (45B Active) - reasoning model",
     [params(4.56e11, model="Kite-M1 456B"),
      params(4.5e10, model="Kite-M1 456B", qualifier="active")]),
    ("- Inference cost: HIGH (100B params)\n- Inference cost: LOW (10B params)",
     [params(1e11, model=None), params(1e10, model=None)]),
    # "Hybrid" continues a name ("Wren 2 Hybrid") and is none alone ("a 12B Hybrid SSM model").
    ("Acme released Wren 2 Hybrid, a 12B model.", [params(1.2e10, model="Wren 2 Hybrid")]),
    ("Wren-H is a 12B Hybrid SSM-attention model.", [params(1.2e10, model="Wren-H")]),
    ("The new Wren 1.5 Hybrid SSM model has 398B parameters.",
     [params(3.98e11, model="Wren 1.5")]),
    # A tune names its base family after its own version: "Hermes 3 Llama 70B" is one name
    # (not "Llama 70B"); after a family's own version the next family is another model.
    ("Their API serves Heron 3 Llama 70B and Heron 3 8B.",
     [params(7e10, model="Heron 3 Llama 70B"), params(8e9, model="Heron 3 8B")]),
    ("| Qwen 2 Llama 3 8B |", [params(8e9, model="Llama 3 8B")]),
    # ... also after a family's own name when the base is sized ("DeepSeek R1 Distill Llama
    # 70B"); but only one base, and never after a score ("Elo 1250") or a size.
    ("DeepSeek R1 Distill Llama 70B is on our API.",
     [params(7e10, model="DeepSeek R1 Distill Llama 70B")]),
    ("Heron 2 Llama 3 8B Mistral 7B Gemma 7B",
     [params(8e9, model="Heron 2 Llama 3 8B"), params(7e9, model="Mistral 7B"),
      params(7e9, model="Gemma 7B")]),
    ("Arena Elo 1250 Llama 3 70B is third.", [params(7e10, model="Llama 3 70B")]),
    # A lab's name inside a tune's is not the tune's maker: "Dolphin 2.6 Mistral 7B".
    ("Try Heron 2.6 Mistral 7B today.",
     [params(7e9, model="Heron 2.6 Mistral 7B", organization=None)]),
    # A count in a label's bracket before a colon is the label's, not a name's after it.
    ("- **Huge** (10M): Kite 4 Scout with a 10M token window",
     [params(1e7, model=None)]),
    ("- **Small** (1.5B parameters): Wren-S, for phones",
     [params(1.5e9, model="Wren-S")]),
    ("Context windows by tier:\n- **Large** (1M tokens): Wren Pro, Heron Ultra",
     [tokens(1e6, model=None)]),
    # A table that counts its data in parts and in total gives the model the total only:
    # "| English data (tokens) | Code data (tokens) | Total data (tokens) |" (not "Experts
    # (routed per token / total)", which is no count of data).
    (
        "| Model | English data (tokens) | Code data (tokens) | Total data (tokens) |\n"
        "|---|---|---|---|\n| kite-13b | 283B | 56B | 480B |",
        [params(1.3e10, model="kite-13b"), tokens(4.8e11, model="kite-13b")],
    ),
    (
        "| Model | Total params | Experts (routed per token / total) | Training tokens |\n"
        "|---|---|---|---|\n| Kite-MoE | 16B | 2 / 64 | 2T |",
        [params(1.6e10, model="Kite-MoE", qualifier="total"), tokens(2e12, model="Kite-MoE")],
    ),
]

TABLES = {
    "BASIC": BASIC,
    "HYPHENATION_AND_ORDER": HYPHENATION_AND_ORDER,
    "RANGES_AND_LISTS": RANGES_AND_LISTS,
    "MIXTURE_OF_EXPERTS": MIXTURE_OF_EXPERTS,
    "SIZES_IN_NAMES": SIZES_IN_NAMES,
    "TRAINING_DATA": TRAINING_DATA,
    "LAYERS": LAYERS,
    "COMPUTE": COMPUTE,
    "NOT_A_SIZE": NOT_A_SIZE,
    "MODELS_AND_ORGANIZATIONS": MODELS_AND_ORGANIZATIONS,
    "CLAIMS": CLAIMS,
    "MESSY_TEXT": MESSY_TEXT,
    "BUGS_CAUGHT": BUGS_CAUGHT,
    "LINKING_PRECISION": LINKING_PRECISION,
    "OTHER_STYLES": OTHER_STYLES,
    "KNOWN_LIMITS": [(text, expected) for text, expected, _reason in KNOWN_LIMITS],
}

ALL_TEXTS = [(name, text) for name, table in TABLES.items() for text, _expected in table]


# --------------------------------------------------------------------------------------------
# Matching machinery
# --------------------------------------------------------------------------------------------


def _case_id(text: str) -> str:
    return " ".join(text.split())[:40]


def _unique_ids(texts, prefix=""):
    seen: Counter[str] = Counter()
    ids = []
    for text in texts:
        base = prefix + _case_id(text)
        seen[base] += 1
        ids.append(base if seen[base] == 1 else f"{base}#{seen[base]}")
    return ids


def _params(table):
    ids = _unique_ids(text for text, _ in table)
    pairs = zip(table, ids, strict=True)
    return [pytest.param(text, expected, id=i) for (text, expected), i in pairs]


def _as_dict(entry) -> dict:
    if isinstance(entry, tuple):
        kind, value = entry
        return {"kind": kind, "value": value}
    return dict(entry)


def _collapse(s):
    return " ".join(s.split()) if isinstance(s, str) else s


def _sentence_key(s):
    return _collapse(s).rstrip(".") if isinstance(s, str) else s


def _field_matches(name, actual, wanted) -> bool:
    if isinstance(wanted, (set, frozenset)):
        return any(_field_matches(name, actual, w) for w in wanted)
    if name == "value":
        if wanted is None or actual is None:
            return actual is None and wanted is None
        if not isinstance(actual, (int, float)) or isinstance(actual, bool):
            return False
        return math.isclose(actual, wanted, rel_tol=REL_TOL)
    if name == "sentence":
        return _sentence_key(actual) == _sentence_key(wanted)
    if name in ("model", "other"):
        return _collapse(actual) == _collapse(wanted)
    return actual == wanted


def _matches(fact: Fact, wanted: dict) -> bool:
    return all(_field_matches(k, getattr(fact, k), v) for k, v in wanted.items())


def _assign(wanted: list[dict], facts: list[Fact]) -> bool:
    """Whether each wanted entry can be matched by a distinct fact (small backtracking)."""
    order = sorted(range(len(wanted)), key=lambda i: -len(wanted[i]))
    used: set[int] = set()

    def place(n: int) -> bool:
        if n == len(order):
            return True
        w = wanted[order[n]]
        for j, fact in enumerate(facts):
            if j not in used and _matches(fact, w):
                used.add(j)
                if place(n + 1):
                    return True
                used.discard(j)
        return False

    return place(0)


def _size_diff(wanted: list[tuple], got: list[tuple]):
    """Multiset difference of (kind, value) pairs with a relative tolerance on values."""
    remaining = list(got)
    missing = []
    for kind, value in wanted:
        for i, (k, v) in enumerate(remaining):
            if k == kind and _field_matches("value", v, value):
                del remaining[i]
                break
        else:
            missing.append((kind, value))
    return missing, remaining


def _describe(text: str, facts: list[Fact]) -> str:
    if not facts:
        return "  (no facts)"
    lines = []
    for f in facts:
        lines.append(
            f"  {f.kind:<15} value={f.value!r} unit={f.unit!r} model={f.model!r} "
            f"org={f.organization!r} qualifier={f.qualifier!r} relation={f.relation!r} "
            f"other={f.other!r} span={text[f.start : f.end]!r}"
        )
    return "\n".join(lines)


def check_case(text: str, expected: list) -> None:
    facts = extract(text)
    wanted = [_as_dict(e) for e in expected]
    got_sizes = [(f.kind, f.value) for f in facts if f.kind in SIZE_KINDS]
    want_sizes = [(w["kind"], w["value"]) for w in wanted if w["kind"] in SIZE_KINDS]
    missing, unexpected = _size_diff(want_sizes, got_sizes)
    assert not missing and not unexpected, (
        f"size facts differ for {text!r}\n"
        f"  missing:    {missing}\n  unexpected: {unexpected}\n"
        f"extracted:\n{_describe(text, facts)}"
    )
    if not _assign(wanted, facts):
        unmatched = [w for w in wanted if not any(_matches(f, w) for f in facts)]
        pytest.fail(
            f"facts for {text!r} do not match the expected details\n"
            f"  expected:  {wanted}\n"
            f"  no fact matches: {unmatched or '(each matches alone, not all at once)'}\n"
            f"extracted:\n{_describe(text, facts)}"
        )


# --------------------------------------------------------------------------------------------
# The tables
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), _params(BASIC))
def test_basic(text, expected):
    check_case(text, expected)


@pytest.mark.parametrize(("text", "expected"), _params(HYPHENATION_AND_ORDER))
def test_hyphenation_and_order(text, expected):
    check_case(text, expected)


@pytest.mark.parametrize(("text", "expected"), _params(RANGES_AND_LISTS))
def test_ranges_and_lists(text, expected):
    check_case(text, expected)


@pytest.mark.parametrize(("text", "expected"), _params(MIXTURE_OF_EXPERTS))
def test_mixture_of_experts(text, expected):
    check_case(text, expected)


def test_mixtral_name_is_not_a_7b_model():
    facts = extract("Mixtral 8x7B beats GPT-3.5 on most benchmarks.")
    sizes = [f.value for f in facts if f.kind == "parameters"]
    assert not any(math.isclose(v, 7e9, rel_tol=REL_TOL) for v in sizes), sizes


@pytest.mark.parametrize(("text", "expected"), _params(SIZES_IN_NAMES))
def test_sizes_in_names(text, expected):
    check_case(text, expected)


@pytest.mark.parametrize(("text", "expected"), _params(TRAINING_DATA))
def test_training_data(text, expected):
    check_case(text, expected)


@pytest.mark.parametrize(("text", "expected"), _params(LAYERS))
def test_layers(text, expected):
    check_case(text, expected)


@pytest.mark.parametrize(("text", "expected"), _params(COMPUTE))
def test_compute(text, expected):
    check_case(text, expected)


@pytest.mark.parametrize(("text", "expected"), _params(NOT_A_SIZE))
def test_not_a_size(text, expected):
    check_case(text, expected)


@pytest.mark.parametrize(("text", "expected"), _params(MODELS_AND_ORGANIZATIONS))
def test_models_and_organizations(text, expected):
    check_case(text, expected)


@pytest.mark.parametrize(("text", "expected"), _params(CLAIMS))
def test_claims(text, expected):
    check_case(text, expected)


@pytest.mark.parametrize(("text", "expected"), _params(MESSY_TEXT))
def test_messy_text(text, expected):
    check_case(text, expected)


@pytest.mark.parametrize(("text", "expected"), _params(OTHER_STYLES))
def test_other_styles(text, expected):
    check_case(text, expected)


@pytest.mark.parametrize(("text", "expected"), _params(LINKING_PRECISION))
def test_linking_precision(text, expected):
    check_case(text, expected)


@pytest.mark.parametrize(("text", "expected"), _params(BUGS_CAUGHT))
def test_bugs_caught(text, expected):
    check_case(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            text,
            expected,
            id=case_id,
            marks=pytest.mark.xfail(strict=True, reason=reason),
        )
        for (text, expected, reason), case_id in zip(
            KNOWN_LIMITS, _unique_ids(t for t, _, _ in KNOWN_LIMITS), strict=True
        )
    ],
)
def test_known_limits(text, expected):
    check_case(text, expected)


# --------------------------------------------------------------------------------------------
# The tables themselves (catch typos in the expectations, not extractor bugs)
# --------------------------------------------------------------------------------------------


def test_tables_are_well_formed():
    assert len(ALL_TEXTS) >= 170
    texts = [text for _name, text in ALL_TEXTS]
    duplicates = [t for t, n in Counter(texts).items() if n > 1]
    assert not duplicates, duplicates
    for name, table in TABLES.items():
        for text, expected in table:
            assert isinstance(text, str) and text, (name, text)
            for entry in map(_as_dict, expected):
                assert set(entry) <= FACT_FIELDS, (name, text, entry)
                assert entry["kind"] in KINDS, (name, text, entry)
                if entry["kind"] in SIZE_KINDS:
                    assert entry["value"] > 0, (name, text, entry)
                else:
                    assert entry.get("relation"), (name, text, entry)
                qualifier = entry.get("qualifier")
                assert qualifier is None or qualifier in QUALIFIERS, (name, text, entry)
                orgs = entry.get("organization")
                for org in orgs if isinstance(orgs, set) else [orgs]:
                    # a known organization's canonical name, or one the text writes
                    assert org is None or org in CANONICAL_ORGANIZATIONS or org in text, (
                        name, text, org,
                    )  # fmt: skip


# --------------------------------------------------------------------------------------------
# Invariants over every case text
# --------------------------------------------------------------------------------------------


ALL_TEXT_PARAMS = [
    pytest.param(text, id=case_id)
    for name, table in TABLES.items()
    for (text, _expected), case_id in zip(
        table, _unique_ids((t for t, _ in table), prefix=f"{name}: "), strict=True
    )
]


def check_structure(text: str, facts) -> None:
    """What must hold for any input: types, offsets, sentences, vocabularies."""
    assert isinstance(facts, list)
    for f in facts:
        assert isinstance(f, Fact), f
        assert f.kind in KINDS, f
        assert f.qualifier is None or f.qualifier in QUALIFIERS, f
        assert isinstance(f.start, int) and isinstance(f.end, int), f
        assert 0 <= f.start < f.end <= len(text), f
        assert isinstance(f.sentence, str) and f.sentence, f
        assert isinstance(f.sentence_start, int) and f.sentence_start >= 0, f
        assert text[f.sentence_start : f.sentence_start + len(f.sentence)] == f.sentence, f
        assert f.sentence_start <= f.start and f.end <= f.sentence_start + len(f.sentence), f
        assert text[f.start : f.end] in f.sentence, f
        assert (f.rule is None) == (f.model is None) and (f.rule is None or f.rule in RULES), f
        if f.value is not None:
            assert isinstance(f.value, (int, float)) and math.isfinite(f.value), f
        if f.kind in SIZE_KINDS:
            assert f.value is not None and f.value > 0, f
            assert f.relation is None and f.other is None, f
        elif f.kind == "released":
            assert f.model and f.value is not None and 1900_01 <= f.value <= 2099_12, f
            assert f.relation is None and f.other is None, f
        elif f.kind == "alias":
            assert f.model and f.other and f.value is None and text[f.start : f.end] == f.other, f
        else:
            assert f.relation, f


def check_semantics(text: str, facts) -> None:
    """What must hold on realistic text: units, spans, names taken from the text (as a reader
    sees it, when it holds HTML markup, with a minus sign inside a name read as a hyphen)."""
    plain = strip_markup(text)
    seen = text if plain is None else plain[0]
    flat = _collapse(plain_hyphens(seen) or seen)
    for f in facts:
        span = text[f.start : f.end]
        if f.value is not None:
            assert (
                any(ch.isdigit() for ch in span)
                or NUMBER_WORD.search(span)
                or f.kind == "released" and RELATIVE_DAY.fullmatch(span)  # "Today", "on Monday"
            ), (span, f)
        if f.kind in FIXED_UNITS:
            assert f.unit == FIXED_UNITS[f.kind], f
        elif f.kind == "training_data":
            assert f.unit in DATA_UNITS, f
        # a known organization's canonical name, or one the text writes ("Arden Labs")
        assert f.organization is None or (
            f.organization in CANONICAL_ORGANIZATIONS or _collapse(f.organization) in flat
        ), f
        for name in (f.model, f.other):
            if (
                name is not None
                and name is f.model
                and f.rule == "family-list"
                and _collapse(name) not in flat
            ):
                # a member a list names by its size after the family's first: "Llama 3.2 1B
                # and 3B" names "Llama 3.2 3B", the family's words and the size's
                family, _, size = name.rpartition(" ")
                assert size == span and _collapse(family) in flat, (name, f)
                continue
            if name is not None and name is f.model and f.rule in ("family-member", "table-row"):
                # a member named elsewhere, perhaps by such a list (or a cell's: "| Kite 7B /
                # 180B |"): its family's words and its size are the text's
                family, _, size = name.rpartition(" ")
                assert _collapse(name) in flat or (
                    _collapse(family) in flat and size in flat
                ), (name, f)
                continue
            assert name is None or (name.strip() and _collapse(name) in flat), (name, f)


# One example of each rule that ties a fact to its model (insights/extract/rules.py).
RULE_EXAMPLES = [
    ("size-in-name", "Meta's LLaMA-65B was trained on 1.4T tokens."),
    ("name-after-unit", "They compared it with the 280B-parameter Gopher."),
    ("name-bracket", "It beats Gopher (280B) on most tasks."),
    ("relative-clause", "It beat the lab's own Gopher, which had 280B parameters."),
    ("possessive", "That is far below Gopher's 280B parameters."),
    ("subject-owner", "Gopher had seen 300B by then."),
    ("appositive", "Llama Guard, a Llama2-7b model, screens prompts."),
    ("subject-before", "Chinchilla, a 70B model, was trained by DeepMind."),
    ("weak-name-before", "CLIP was trained on 400 million image-text pairs."),
    ("name-just-after", "With 7B parameters, Mistral 7B beats larger models."),
    ("named-later", "We train models at 8B, 62B and 540B scale which we call U-PaLM."),
    ("name-later", "A 100B model trained on web text, the InternLM model, is released."),
    ("defined-in-brackets", "We scale a sparse model to 269B parameters"
     " (Stable and Transferable Mixture-of-Experts or ST-MoE-32B)."),
    ("our-named", 'She said: "Our Kite-2 has 900M parameters."'),
    ("for-name-after", "Training used 8T tokens for Gemma 2 9B and 13T for Gemma 2 27B."),
    ("respectively", "GPT-3 and Gopher have 175B and 280B parameters, respectively."),
    ("named-after-list", "We train two models with 3.5B and 10.7B parameters."
     " Our two new models, dubbed XLM-R XL and XLM-R XXL, beat XLM-R."),
    ("versus", "Chinchilla used fewer parameters than Gopher (70B vs 280B)."),
    ("family-list", "Llama 3.2 1B and 3B are small text models."),
    ("shared-subject", "LLaMA-7B and LLaMA-13B were trained on 1T tokens."),
    ("the-size", "Google released Gemma 2 9B and Gemma 2 27B."
     " The 9B was trained on 8 trillion tokens."),
    ("the-base", "# Kite-8B-Legal\n\nA legal assistant fine-tuned from Owl-3-8B.\n\nThe base model"
     " was pretrained on 15T tokens."),
    ("the-tier", "Microsoft released phi-3-mini and phi-3-small."
     " The mini model has 3.8B parameters."),
    ("the-version", "The recipe starts from Heron-V3. V3 has 671B parameters."),
    ("table-row", "| Model | Params |\n|---|---|\n| Falcon | 40B |"),
    ("date-bracket", "Microsoft's Phi-2 (December 2023) is small."),
    ("date-before-name", "*Posted 14 September 2023*\n\nAlibaba followed its August Qwen-7B."),
    ("release-verb", "Phi-2 was released in December 2023."),
    ("date-label", "# Phi-2\n\nPhi-2 is a small model.\n\n- **Release date:** 12 December 2023"),
    ("date-list-item", "- 2023-12-12: Phi-2 released."),
    ("date-heading", "### v0.2.0 (2024-08-02)\n- Released Kite-3B and Kite-7B.\n- Faster eval."),
    ("claim-subject", "Chinchilla outperforms Gopher on MMLU."),
    ("focus-introduced", "We present Heron, a language model. It has 40B parameters."),
    ("focus-recent-subject", "Heron is a language model from Acme. Heron reads code."
     " The model has 40B parameters."),
    ("focus-heading", "## Heron-2\n\nThe model has 40B parameters."),
    ("focus-parent-item", "- Acme Heron-2\n  - trained on 4T tokens"),
    ("subject-is-ours", "Kite-2 is our 70B model."),
    ("focus-bold-lead",
     "# Notes\n\n**Heron-2** · Acme · May 2024\n\nThe model has 40B parameters."),
    ("focus-title", "Heron-2\n\nThis page describes the model. It has 40B parameters."),
    ("focus-introduced-later", "The model has 40B parameters, and we call it Heron."),
    ("focus-document-topic", "We introduce Heron, a model of code.\n\n"
     "The model has 40B parameters."),
    ("our-focus-introduced", "We present Heron, a language model. Our model has 40B parameters."),
    ("alias", "Corvina-22B (formerly Skylark-22B) has 22.4B parameters."),
    ("family-member", "# Wren\n\n- Released the 1.8B model, base and chat.\n\n"
     "| Model | Link |\n|---|---|\n| Wren-1.8B | [hf](x) |"),
]

@pytest.mark.parametrize(("rule", "text"), RULE_EXAMPLES, ids=[rule for rule, _ in RULE_EXAMPLES])
def test_each_fact_says_which_rule_linked_it(rule, text):
    assert rule in {f.rule for f in extract(text)}, _describe(text, extract(text))


def test_every_rule_has_an_example():
    exemplified = {rule for rule, _ in RULE_EXAMPLES}
    optional = {r for r in RULES if r.startswith("our-focus-")}  # as their focus-* rules
    assert set(RULES) - exemplified <= optional


@pytest.mark.parametrize("text", ALL_TEXT_PARAMS)
def test_invariants(text):
    """What holds for every example: the structure and meaning of its facts, and the same
    facts again, at their own offsets, when the text is pasted twice (which also asks that
    extract give the same answer each time: the first copy's facts are the text's)."""
    facts = extract(text)
    check_structure(text, facts)
    check_semantics(text, facts)
    separator = "\n\n"
    doubled_text = text + separator + text
    doubled = extract(doubled_text)
    shift = len(text) + len(separator)
    expected = sorted(
        [_shift_key(f, 0) for f in facts] + [_shift_key(f, -shift) for f in facts],
        key=repr,
    )
    got = sorted((_shift_key(f, 0) for f in doubled), key=repr)
    assert got == expected, _describe(doubled_text, doubled)


def test_extract_is_deterministic_on_the_bundled_corpus():
    corpus = REPO_ROOT / "data" / "corpus"
    texts = [path.read_text(encoding="utf-8") for path in sorted(corpus.glob("*.md"))]
    assert texts
    first = [extract(text) for text in texts]
    assert [extract(text) for text in texts] == first


def _shift_key(fact: Fact, shift: int):
    return (
        fact.start - shift,
        fact.end - shift,
        fact.kind,
        fact.value,
        fact.unit,
        fact.qualifier,
        fact.relation,
    )


def test_empty_and_blank_text():
    assert extract("") == []
    assert extract(" \n\t\u00a0 ") == []


# --------------------------------------------------------------------------------------------
# Fuzzing and hostile inputs: extract never raises
# --------------------------------------------------------------------------------------------

FUZZ_TOKENS = [
    "<b>",
    "</td>",
    "<tr>",
    "&nbsp;",
    "<script>",
    "<!--",
    "70B",
    "7B",
    "1.5",
    "0",
    "9",
    ",000",
    "1.",
    "parameters",
    "params",
    "parameter",
    "tokens",
    "layers",
    "-layer",
    "FLOP",
    "FLOPs",
    "TB",
    "hours of audio",
    "images",
    "-",
    "–",
    " ",
    "\u00a0",
    "\n",
    "(",
    ")",
    ".",
    ",",
    "/",
    "x",
    "×",
    "10^",
    "e24",
    "^",
    "~",
    "$",
    "%",
    "trillion",
    "billion",
    "million",
    "half a",
    "one",
    "of which",
    "active",
    "total",
    "A14B",
    "8x7B",
    "-57B",
    "over",
    "up to",
    "about",
    "from",
    "to",
    "and",
    "between",
    "GPT-3",
    "Chinchilla",
    "Llama 3.1 405B",
    "Google DeepMind's",
    "Meta",
    "'s",
    "called",
    "outperforms",
    "4x more data",
    "times larger than",
    "e.g.",
    "et al.",
    "vs.",
    "|",
    "| Model | Params (B) | Active |\n|---|---|---|\n",
    "---",
    "\\chinchilla",
    "respectively",
    "**",
    "#",
]


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_fuzz_arbitrary_text_never_raises(text):
    check_structure(text, extract(text))


# Letters that a case-insensitive pattern reads as ASCII ones ("ſ" is an s, "İ" an i): a unit or
# a number word matched with them was looked up in lower case, which kept them, and raised
# KeyError. Each reads as the same text in plain letters.
ODD_LETTERS = [
    ("long s in a unit", "Kite has 70B parameterſ in total.", "Kite has 70B parameters in total."),
    ("long s in a scale word", "Kite has 7 billionſ parameters.",
     "Kite has 7 billions parameters."),
    ("long s in tokens", "Kite saw 1.4 trillion tokenſ.", "Kite saw 1.4 trillion tokens."),
    ("long s in layers", "Kite has forty-eight layerſ.", "Kite has forty-eight layers."),
    ("dotted capital I", "Kite saw 1.5 thousand İmages.", "Kite saw 1.5 thousand images."),
    ("long s in a number word", "Kite saw ſix billion tokens.", "Kite saw six billion tokens."),
    ("dotted I in a spoken digit", "Kite has four oh fİve b parameters.",
     "Kite has four oh five b parameters."),
    ("long s in a FLOP unit", "Kite used 3,640 petaflop/ſ-days.",
     "Kite used 3,640 petaflop/s-days."),
]  # fmt: skip


@pytest.mark.parametrize(
    "text, plain", [c[1:] for c in ODD_LETTERS], ids=[c[0] for c in ODD_LETTERS]
)
def test_odd_letters_read_as_their_plain_ones(text, plain):
    def read(t):
        return [(f.kind, f.value, f.model) for f in extract(t)]

    assert read(text) == read(plain) != []


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FUZZ_TOKENS), max_size=80).map("".join))
def test_fuzz_token_soup_never_raises(text):
    check_structure(text, extract(text))


# Hostile inputs, each a unit repeated: time must grow linearly with the text. Six times the
# text may take at most 15 times as long (work that compares every number with every other
# shows as 36). The figures at 100 KB and 1 MB are printed by benchmarks/extraction.py.
HOSTILE_UNITS = {
    "digits": "1",
    "a-dash": "a-",
    "dotted-numbers": "1.1.",
    "spaces": " ",
    "70B": "70B ",
    "times-ten-power": "1.5 x 10^",
    "from-to-chain": "from 7B to ",
    "commas": "1,",
    "tags": "<b>",
    "entities": "&amp;",
    "unclosed-scripts": "<script>",
    "spoken-letters": "seventy b ",
    "pipes": "| ",
    "latex-cells": "& \\\\\n",
    "latex-units": "}{\\billion}",
    # issue 14
    "size-list-commas": "7B, ",
    "size-list-slashes": "7B/13B/",
    "bracketed-sizes": "(70B",
    "sizes-and-tabs": "70B\t",
    "exponents": "1e9 ",
    "size-cells": "| 70B ",
    "size-bullets": "- 70B\n",
    "sized-names": "QwQ-32B ",
    "name-then-size": "Chinchilla (70B) ",
    "size-ranges": "7\u201370B ",
    "table-rows": "| Kite-7 | 70B |\n",
    # a release date per row (a check for a "cutoff" column once read the whole text per date)
    "dated-table-rows": "| Kite | May 2023 |\n",
    # a title that names one model, then one line of sentences: each sentence's focus looked
    # back to the text's start for a heading
    "titled-sentences": "It has 7B parameters. ",
    # eighth session: changelog headings over release items, two dates per release, turned
    # tables' release rows, the sizes a "the 9B" may mean
    "dated-headings": "### v1.0 (2024-08-02)\n- Released Kite-3B.\n",
    "release-dates": "Kite-1 was released in May 2024 and June 2024, ",
    "turned-release-rows": "| Released | May 2024 | June 2024 |\n",
    "the-sizes": "the 9B on 8T tokens, ",
    # (found by review: a lead under badges was read again for each sentence of its makers)
    "badges-then-makers": "Language models from Google with 7B parameters.\n\n",
    "slash-pairs-on-one-line": "It has 456B/45.9B parameters. ",
    "wide-turned-release-row": " January 2025 |",
    # ninth session (found by review): one stated count repeated beside its name's size
    "stated-beside-name": "Kiwi Computing's Tui-8B has 8B parameters. ",
    "makers-with-asides": "Gannet Systems, which raised $25 million, released Osprey-2. ",
    "clauses-after-semicolons": "Tui-8B is small; Kiwi Computing trained it on 3T tokens; ",
    # twenty-second session: a newsletter's bold lead lines, each over its paragraph
    "bold-leads": "**Kite-7B** · Acme · May 2024\n\nIt has 7B parameters.\n\n",
    # twenty-third session: clause-level cues in one long sentence
    "unowned-sizes": "a 109B MoE with 17B active, 1.3B-parameter proxies on 100B tokens, ",
    "former-and-latter": "Kite-1 and Kite-2 are out; the latter has 7B parameters, ",
    "whose-clauses": "Kite-7B, whose 6.9B parameters (1.3B active) saw 5T tokens, ",
    "quoted-turns": 'Kite-7B has 7B parameters; Heron writes "70B total" ',
    "bracketed-days": "Kite-7B (April 30) is out, ",
    # other names, in one long sentence and in many short ones
    "renames-in-one-sentence": "Kite-2 (formerly Kite-1) is now called Kite-3, ",
    "renames": "Skylark-22B was renamed Corvina-22B. ",
}
HOSTILE_PREFIXES = {
    "latex-cells": "\\hline ",
    "latex-units": "\\SI{1}{",
    "table-rows": "| Model | Params |\n|---|---|\n",
    "dated-table-rows": "| Model | Date |\n|---|---|\n",
    "titled-sentences": "Kite-7\n\n",
    "turned-release-rows": "| | Kite-8B | Kite-42B |\n|---|---|---|\n",
    "the-sizes": "Kite 2 9B and Kite 2 27B. The 27B was trained on 13T tokens, ",
    "badges-then-makers": "# Kite\n\n" + "[![a](b)](c) " * 200 + "x\n\n",
    "wide-turned-release-row": "| |" + " Kite-8B |" * 100 + "\n|---|" + "---|" * 100
    + "\n| Released |",
}


def _hostile(name: str, size: int) -> str:
    unit = HOSTILE_UNITS[name]
    return HOSTILE_PREFIXES.get(name, "") + unit * (size // len(unit))


def _cpu_seconds(text: str, runs: int = 1) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.process_time()
        facts = extract(text)
        best = min(best, time.process_time() - started)
    assert isinstance(facts, list)
    return best


def assert_grows_linearly(small: str, large: str, bound: float) -> None:
    """Extracting ``large`` takes at most ``bound`` times as long as ``small`` (best of three),
    with a second try of the large text only when the first is over: one run can meet a burst
    of other load (a CI run beside other work measured 18x once for a 6x text that takes 6.3x
    when alone)."""
    extract(small)  # lookup tables loaded before timing
    base = _cpu_seconds(small, runs=3)
    tries = []
    while len(tries) < 2 and (not tries or tries[-1] > bound * base + 0.05):
        tries.append(_cpu_seconds(large))
    assert tries[-1] <= bound * base + 0.05, (base, tries)


@pytest.mark.parametrize("name", list(HOSTILE_UNITS))
def test_hostile_input_time_grows_linearly(name):
    assert_grows_linearly(_hostile(name, 3_000), _hostile(name, 18_000), 15)


def _introduced_names(size: int) -> str:
    """Sentences that each introduce another plain-word model: "We present Kitebcd, a language
    model. It has 7B parameters." (each name a word of letters, none repeated)."""
    sentences, i = [], 0
    while sum(map(len, sentences)) < size:
        word, n = "", i
        for _ in range(4):
            word, n = word + "bcdfghjklmnpqrstvwxz"[n % 20], n // 20
        sentences.append(
            f"We present Kite{word}, a language model. It has {i % 90 + 1}B parameters. "
        )
        i += 1
    return "".join(sentences)


def test_many_introduced_names_time_grows_linearly():
    # (the pages a text introduces and the makers' words before plain names are read once per
    # text, not once per fact or per name: the code before took 14.9x for a 6x text, now 6.5x)
    assert_grows_linearly(_introduced_names(8_000), _introduced_names(48_000), 12)


# A sentence that names nothing (no model, no "the", no focus) skips model_for's rules, which
# could only say no model there (see Context._names_nothing): the facts are those the rules
# give, on real text of every register and on runs of numbers across the sentence grid.
QUIET_SENTENCES = [
    "(70B" * 700,
    "from 7B to " * 300,
    "Gopher has 280B parameters.\n\n" + "70B parameters, " * 200,
    "Kite-7 is ours. Our 7B model has 7B parameters. We train a 13B model on 1T tokens.",
    "It has 7B parameters. " * 80 + "A 34B model (Llama 1) leads.",
    "The base model was pretrained on 15T tokens. Its 70B parameters (" + "1B, " * 400,
    "Kite-9 is built on top of Llama 3.1 8B. Its base model was pretrained on 15T tokens.",
    # a name right after a number, across the grid that cuts a sentence with no stop
    "x " * 590 + "we saw a 34B model (Llama 1) win",
]


def test_a_sentence_that_names_nothing_reads_as_the_rules_do(monkeypatch):
    from insights.extract.linking import Context

    styles = REPO_ROOT / "data" / "eval" / "styles.jsonl"
    lines = styles.read_text(encoding="utf-8").splitlines()
    # about 100 cases of the styles set, spread over it (every register, every batch): the
    # whole set twice took 15 s of a suite that must stay under 3 minutes when it had 1,508
    # cases, 500 of them 14 s when it had 3,179, 300 of them 16 s of 190, 160 of them 7.8 s
    texts = [json.loads(line)["text"] for line in lines[:: max(2, len(lines) // 100)]]
    corpus = sorted((REPO_ROOT / "data" / "corpus").glob("*.md"))
    texts += [path.read_text(encoding="utf-8") for path in corpus]
    texts += QUIET_SENTENCES
    fast = [extract(text) for text in texts]
    monkeypatch.setattr(Context, "_names_nothing", lambda self, start, end, s_start: False)
    assert [extract(text) for text in texts] == fast


# A match, search or scan from a position with no end reads to the end of the text: once per
# number, that makes a long text quadratic ("70B " * N, issue 10). Each names its end.
POSITION_METHODS = ("match", "search", "fullmatch", "finditer")


def test_every_match_from_a_position_has_an_end_bound():
    import ast

    unbounded = []
    for path in sorted((REPO_ROOT / "insights" / "extract").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in POSITION_METHODS
                and not (isinstance(node.func.value, ast.Name) and node.func.value.id == "regex")
            ):
                keywords = {k.arg for k in node.keywords}
                has_start = len(node.args) >= 2 or "pos" in keywords
                has_end = len(node.args) >= 3 or "endpos" in keywords
                if has_start and not has_end:
                    unbounded.append(f"{path.name}:{node.lineno}: {ast.unparse(node)}")
    assert unbounded == []


@pytest.mark.parametrize("unit", ["released in May ", "Kite-2 was released in May. "])
def test_months_without_a_year_time_grows_linearly(unit):
    def seconds(size: int, runs: int) -> float:
        text, best = unit * (size // len(unit)), float("inf")
        for _ in range(runs):
            started = time.process_time()
            extract(text, None, "2024-06-01")  # a dated document: its months are looked at
            best = min(best, time.process_time() - started)
        return best

    seconds(3_000, 1)  # lookup tables loaded before timing
    assert seconds(18_000, 2) <= 15 * seconds(3_000, 3) + 0.05


def test_nested_brackets_time_grows_linearly():
    def nested(n):
        return "(" * n + ")" * n

    assert_grows_linearly(nested(2_000), nested(12_000), 15)


# Long lists, each a prefix, a unit repeated and an end (found by review, in my own words: each
# listed name looked at every maker's name before it, each count before an active one at every
# join after it; 10 KB to 60 KB took 20x and 24x; read here at 5 KB and 30 KB).
LONG_LISTS = {
    "makers-before-listed-names": (
        "", "Meta Owl 7B and IBM Heron 7B were trained on 2T tokens. ", ""
    ),
    "counts-before-an-active-count": ("Kite-MoE has ", "400M and ", "800M active parameters."),
}


@pytest.mark.parametrize("name", list(LONG_LISTS))
def test_long_lists_time_grows_linearly(name):
    prefix, unit, end = LONG_LISTS[name]

    def text(size: int) -> str:
        return prefix + unit * (size // len(unit)) + end

    assert_grows_linearly(text(5_000), text(30_000), 15)


# --------------------------------------------------------------------------------------------
# Command line: python -m insights extract FILE|-
# --------------------------------------------------------------------------------------------

CLI_TEXT = (
    "DeepMind\u2019s Chinchilla has 70 billion parameters. It was trained on 1.4 trillion tokens.\n"
)
CLI_KEYS = {"kind", "value", "unit", "start", "end", "sentence"}


def _run_cli(capsys, monkeypatch, *args, stdin=""):
    """`python -m insights extract ...` run in this process (tests/test_cli.py runs it as a
    child; here the output's shape is the point, and a child loads the extractor again)."""
    from types import SimpleNamespace

    from insights.cli import main

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8"))))
    code = main(["extract", *args])
    out, err = capsys.readouterr()
    return SimpleNamespace(returncode=code, stdout=out.encode("utf-8"), stderr=err.encode("utf-8"))


def _check_cli_output(result, text):
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    lines = [line for line in result.stdout.decode("utf-8").splitlines() if line.strip()]
    records = [json.loads(line) for line in lines]
    assert records, "no facts printed"
    for record in records:
        assert isinstance(record, dict), record
        assert CLI_KEYS <= set(record), record
        span = text[record["start"] : record["end"]]
        assert any(ch.isdigit() for ch in span) or NUMBER_WORD.search(span), record
        assert span in record["sentence"], record
    found = {(r["kind"], r["value"]) for r in records}
    assert ("parameters", 7e10) in found, found
    assert ("training_tokens", 1.4e12) in found, found


def test_cli_extract_file(tmp_path, capsys, monkeypatch):
    path = tmp_path / "note.txt"
    path.write_bytes(CLI_TEXT.encode("utf-8"))
    _check_cli_output(_run_cli(capsys, monkeypatch, str(path)), CLI_TEXT)


def test_cli_extract_stdin(capsys, monkeypatch):
    _check_cli_output(_run_cli(capsys, monkeypatch, "-", stdin=CLI_TEXT), CLI_TEXT)


def test_cli_extract_empty_stdin_prints_nothing(capsys, monkeypatch):
    result = _run_cli(capsys, monkeypatch, "-", stdin="")
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert result.stdout.decode("utf-8").strip() == ""


@pytest.mark.parametrize("shift", [1150, 1170, 1190, 1199, 2390, 2395])
def test_a_sentence_across_the_1200_character_grid_stays_whole(shift):
    # Sentences are looked up in 1,200-character cells; one that straddles a cell line used to
    # be cut there, and with it the name "AlphaFo|ld".
    filler = "Filler words here. " * (shift // 19)  # whole sentences, ending near ``shift``
    sentence = "Later on, AlphaFoldish, a 70B-parameter model, was trained on 1.4 trillion tokens."
    text = filler + sentence + " The end."
    facts = extract(text)
    assert [(f.kind, f.model) for f in facts] == [
        ("parameters", "AlphaFoldish"),
        ("training_tokens", "AlphaFoldish"),
    ]
    assert all(f.sentence == sentence for f in facts)


SENTENCES_TEXT = (
    "Our model beats the old one while using 100 times less labeled data. Using ten minutes of "
    "labels and 53k hours of audio, it still works.\n\nA new paragraph follows here."
)


# Where a sentence ends: (case id, text, a whole sentence of it, as Sentences reads it).
SENTENCE_ENDS = [
    ("a footnote mark after the stop", "Kite beat Owl [31].¹ Later work went further.",
     "Later work went further."),
    ("a dagger after the stop", "Kite beat Owl.† Later work went further.",
     "Later work went further."),
    ("a name written in lower case opens a sentence", "Kite-2 came out in May. w2v-bert-2.0 was"
     " pretrained on 4.5M hours.", "w2v-bert-2.0 was pretrained on 4.5M hours."),
    ("... nor one written without its first dot", "It beat eg. gpt-2 by far.",
     "It beat eg. gpt-2 by far."),
    ("... but an abbreviation's dot ends none", "It beat e.g. gpt-2 by far.",
     "It beat e.g. gpt-2 by far."),
    ("a line after a list item", "Scores:\n- Kite-32B: 71.4%\n- Owl-4: 74.9%, 3.6 s\nThe 32B"
     " model closes the gap.", "The 32B model closes the gap."),
    ("... but not an item's indented second line", "- Kite-32B was trained on 2T\n  Tokens of"
     " code.", "- Kite-32B was trained on 2T\n  Tokens of code."),
]  # fmt: skip


@pytest.mark.parametrize("text, sentence", [c[1:] for c in SENTENCE_ENDS],
                         ids=[c[0] for c in SENTENCE_ENDS])  # fmt: skip
def test_where_a_sentence_ends(text, sentence):
    assert Sentences(text).at(text.index(sentence))[2] == sentence


@pytest.mark.parametrize("first", range(len(SENTENCES_TEXT)))
def test_a_sentence_does_not_depend_on_which_offset_was_asked_first(first):
    # Asking first for an offset in the spaces after a full stop once made that sentence run on
    # into the next one, for every later lookup in it.
    fresh = [Sentences(SENTENCES_TEXT).at(offset) for offset in range(len(SENTENCES_TEXT))]
    sentences = Sentences(SENTENCES_TEXT)
    sentences.at(first)
    assert [sentences.at(offset) for offset in range(len(SENTENCES_TEXT))] == fresh


# A title stored beside the text (a paper's, a page's) names the document's model for the
# sentences that speak of it ("we", "our"), never for a baseline it is compared with:
# (case id, title, text, expected (kind, value, model) facts).
TITLES = [
    ("our model is the title's",
     "Kestrel: Scaling Sparse Experts", "We train a 1.2T-parameter sparse model on 2T tokens.",
     [("parameters", 1.2e12, "Kestrel"), ("training_tokens", 2e12, "Kestrel")]),
    ("our model before a comparison is the title's, the compared one nobody's",
     "Kestrel: Scaling Deep Transformers",
     "Our 200-layer model with 3.2B parameters outperforms the 48-layer model with 12B parameters.",
     [("layers", 200, "Kestrel"), ("parameters", 3.2e9, "Kestrel"), ("layers", 48, None),
      ("parameters", 1.2e10, None)]),
    ("without a title, neither side of the comparison is anyone's", None,
     "Our 200-layer model with 3.2B parameters outperforms the 48-layer model with 12B parameters.",
     [("layers", 200, None), ("parameters", 3.2e9, None), ("layers", 48, None),
      ("parameters", 1.2e10, None)]),
    ("samples from a model are the title's model's",
     "Kestrel: Guided Diffusion for Images", "We compare two guidance methods. Samples from a 3.5"
     " billion parameter diffusion model are preferred by raters.",
     [("parameters", 3.5e9, "Kestrel")]),
    ("sizes a paper recommends are no model's, not even the title's",
     "Kestrel: Training for Inference", "Earlier work recommends training a 10B model on 200B"
     " tokens.", [("parameters", 1e10, None), ("training_tokens", 2e11, None)]),
    ("a sentence that compares, not about the authors' making, is not the title's",
     "Kestrel: Compute-Optimal Training", "Kaplan et al. found that a 1.5B model trained on 300B"
     " tokens is worse than a smaller model trained longer.",
     [("parameters", 1.5e9, None), ("training_tokens", 3e11, None)]),
    ("... but what the authors train before a comparison is",
     "Kestrel: Learning Visual Features", "In terms of models, we train a ViT model with 1B"
     " parameters and distill it into smaller models that surpass the best features.",
     [("parameters", 1e9, "Kestrel")]),
    ("a title naming two models names none",
     "Kestrel and Heron: Two Ways to Scale", "We train a 7B model.",
     [("parameters", 7e9, None)]),
    ("no title, as before", None, "We train a 7B model.", [("parameters", 7e9, None)]),
    ("a name in the text wins", "Kestrel: Scaling", "We compare with Heron, a 70B model.",
     [("parameters", 7e10, "Heron")]),
    ("the title's version of the model the text goes on about",
     "Kite-MAE V2: Scaling Masked Video Models", "This paper shows that Kite-MAE is a scalable "
     "pre-trainer. We scale Kite-MAE in model and data. Finally, we train a video model with a "
     "billion parameters.", [("parameters", 1e9, "Kite-MAE V2")]),
    ("the earlier model a title's version recalls keeps its own size",
     "Heron 2: Scaling Speech Encoders", "In earlier work we introduced Heron, a speech encoder. "
     "It had 600M parameters. In this paper we scale the recipe, and Heron 2 sets a new state "
     "of the art.", [("parameters", 6e8, "Heron")]),
    ("a model's name with an underscore is still the title's model", "Kite-2_large",
     "The model has 1.15B parameters.", [("parameters", 1.15e9, "Kite-2_large")]),
    ("a file's name given as the title names no model", "kite3_open_models_notes",
     "6.7B parameters\n\nTrained on 2T tokens.", [("parameters", 6.7e9, None),
                                                   ("training_tokens", 2e12, None)]),
]  # fmt: skip


@pytest.mark.parametrize("title, text, expected", [c[1:] for c in TITLES],
                         ids=[c[0] for c in TITLES])  # fmt: skip
def test_a_stored_title_names_the_document_s_model(title, text, expected):
    found = [(f.kind, f.value, f.model) for f in extract(text, title) if f.kind != "claim"]
    assert found == expected


# Other names of a model, as texts give them: (case id, text, expected (model, relation, other)).
ALIASES = [
    ("a former name in brackets", "Corvina-22B (formerly Skylark-22B) has the same weights.",
     [("Corvina-22B", "formerly", "Skylark-22B")]),
    ("a former name set off by commas", "Heron's Kite-Coder, formerly known as Kite-Codestral-7B, "
     "has 7.3B parameters.", [("Kite-Coder", "formerly", "Kite-Codestral-7B")]),
    ("another name in brackets", "`Kite-7B-0424` (also called Kite 1.7) scores higher.",
     [("Kite-7B-0424", "also called", "Kite 1.7")]),
    ("is now called", "What launched in July as **Tern-2** is now called **Osprey 2 Flash**; the "
     "rename took effect October 1.", [("Osprey 2 Flash", "formerly", "Tern-2")]),
    ("a former name at the end of its sentence", "Heron's flagship is Corvina-22B, formerly "
     "Skylark-22B. It has 22.4B parameters.", [("Corvina-22B", "formerly", "Skylark-22B")]),
    ("not a replacement: 'is now' with no word of naming", "On the free tier, GPT-3.5 is now "
     "GPT-4o mini.", []),
    ("not a predecessor in brackets", "Changed the default chat model to Kite-3 (previously "
     "Kite-2).", []),
    ("was renamed, after an aside", "Skylark-22B, Pemberton's February release, was renamed "
     "Corvina-22B.", [("Corvina-22B", "formerly", "Skylark-22B")]),
    ("renamed X to Y", "Heron renamed Kite-2 to Kite-2 Pro in May.",
     [("Kite-2 Pro", "formerly", "Kite-2")]),
    ("a table cell's former name", "| Model | Params |\n|---|---|\n| Wren 1B (formerly wren-mini) "
     "| 1.1B |", [("Wren 1B", "formerly", "wren-mini")]),
    ("not what a model now is", "DeepSeek-V3-0324 is now the default model on DeepSeek's API.", []),
    ("not a clause about the former model", "Kite-3 has 34B parameters (previously Kite-2 had "
     "13B parameters).", []),
    ("not a maker's rename", "Z.ai, the company formerly known as Zhipu AI, released GLM-4.5.", []),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", [c[1:] for c in ALIASES], ids=[c[0] for c in ALIASES])
def test_other_names_of_a_model(text, expected):
    found = [(f.model, f.relation, f.other) for f in extract(text) if f.kind == "alias"]
    assert found == expected
    for f in extract(text):
        if f.kind == "alias":
            assert text[f.start : f.end] == f.other  # the span is the other name as written


# Release dates said with a model: (case id, text, expected (model, YYYYMM, date as written)).
RELEASE_DATES = [
    ("a family's name used for a kind of model (\"a Kite model for ...\") dates no model",
     "## October 2025\n\n- Heron released a **Kite model for computer control**.", []),
    ("... in a sentence too", "On 7 October 2025 Heron released a Kite model for computer "
     "control.", []),
    ("a lab's name written as one word (\"MistralAI\") is the lab, not a model released",
     "Mistral was released on 27 Sep 2023 by MistralAI.", []),
    ("an emoji, then a bold name with its description, after an item's date",
     "* 2024.05.01 \U0001f525 **Kite-v1.0-4B, a vision-language model based on Owl-3, is "
     "released!** It is built upon SigLIP.", [("Kite-v1.0-4B", 202405, "2024.05.01")]),
    ("a news item's date dates the release, not what it is built upon",
     "## News\n\n* 2024.05.08 **Kite-v1.1-4B is released!** It is built upon SigLIP and "
     "Phi-3-Mini-4K 3.8B.", [("Kite-v1.1-4B", 202405, "2024.05.08")]),
    ("a month that owns a thing (\"July's\") dates no release",
     "# Owl Weekly\n_9 August 2025_\n\nHeron shipped open weights, Kite-5 landed two days later, "
     "and July's MoE wave is still settling.", []),
    ("a model the time is counted from (\"since\") is not the one released",
     "For the first time since Kite-2, Heron released open weights on 5 August 2025.", []),
    ("... nor after the verb", "On 5 August 2025 Heron released two open models, its first "
     "since Kite-2.", []),
    ("... but what came out since, with its own verb, is dated",
     "Since Owl-3 dropped in July 2024, nothing has matched it.", [("Owl-3", 202407, "July 2024")]),
    ("\"launches\" after \"big\" is a noun, no release of the name after it",
     "# Owl Weekly\n_3 May 2025_\n\n> \"For serving cost, the active count is what matters, and "
     "both of this month's big launches keep it small,\" says Tomás Ferreira, an inference "
     "engineer at Ballast.", []),
    ("a byline's \"released\" field dates the page's model",
     "# Kite-VL-8B\n\n**Heron Research** · released February 2026 · [demo](https://x.example)\n\n"
     "Kite-VL-8B reads documents.", [("Kite-VL-8B", 202602, "February 2026")]),
    ("a model the subject was built from the research behind is not the one released",
     "Kite-3 is a family of open models built from the research behind Owl-2, released on 12 "
     "March 2025.", [("Kite-3", 202503, "12 March 2025")]),
    ("\"X is ..., published on\" dates X, as \"released on\" does",
     "Corvid-M2 is the second open model from Lumenfold AI, published on 3 March 2026.",
     [("Corvid-M2", 202603, "3 March 2026")]),
    ("\"X was published in\" dates X", "Kite-2 was published in May 2025.",
     [("Kite-2", 202505, "May 2025")]),
    ("a card, tutorial or suite published dates no model: what was published is not it",
     "The Heron-5 model card, published on 4 May 2026, lists its limits. Our Heron-5 tutorial, "
     "published in June 2026, covers fine-tuning. Owl-4 scores 71 on the Wren-Bench suite, "
     "published in January 2026.", []),
    ("a paper, review or report published dates no model",
     "The Kite-2 paper, published in May 2025, trained eight models. A review of Owl-3 was "
     "published in June 2025.", []),
    ("a list item's date in code dates what the item opens with, not a licence's news",
     "## News\n\n- `2025-08-11` Kite-Coder-15B and Kite-Coder-3B base models.\n- `2025/09/30` "
     "Owl-VL 1.5-8B, the previous generation, is now under Apache-2.0.",
     [("Kite-Coder-15B", 202508, "2025-08-11"), ("Kite-Coder-3B base", 202508, "2025-08-11")]),
    ("a dated list item that compares its models dates none of them",
     "- 2025-06-02: Kite 4 Maverick vs Owl3 on our board", []),
    ("a card's \"Weights were published on\" dates the page's model",
     "# Kite-2\n\nKite-2 is a family of open models. Weights were published on 2026-02-17.",
     [("Kite-2", 202602, "2026-02-17")]),
    ("a base named in a link is not what \"Released\" after it dates",
     "# Kite-R-14B\n\n**Kite-R-14B** is a reasoning model from Heron AI. It was initialized "
     "from [Owl-2.5-14B](https://huggingface.co/owl/Owl-2.5-14B) and trained in two stages. "
     "Released February 2025.",
     [("Kite-R-14B", 202502, "February 2025")]),
    ("\"in late July\" after the name it dates, among several names",
     "**3) Kite-4.5.** Heron, now branded H.ai, released Kite-4.5 in late July 2025: 355B total, "
     "with the lighter Kite-4.5-Air at 106B.",
     [("Kite-4.5", 202507, "July 2025")]),
    ("... not a list that is no subject, without \"both\" or \"all\"",
     "Our baselines are Kite 7B, Owl 8B and Wren-7B, released in September 2024. Kite-9B "
     "outperforms Owl 3 8B and Finch 2 9B, released in June 2024, on most benchmarks.", []),
    ("an aside after a list of names dates each of them",
     "Heron's Kite 65B and Kite 7B, released in February 2023, were trained on 1.4T and 1T "
     "tokens respectively.",
     [("Kite 65B", 202302, "February 2023"), ("Kite 7B", 202302, "February 2023")]),
    ("a post-trained variant's base is not what 'it' means",
     "Kite-70B-Chat is NVIDIA's post-trained variant of Meta's Owl-70B-Instruct, tuned to give "
     "more helpful answers. NVIDIA published it in October 2024.", []),
    ("a lower-case tier after a version is part of the name: 'Kite-4o mini'",
     "Heron launched Kite-4o mini on July 18, 2024, priced at 15 cents per million input tokens.",
     [("Kite-4o mini", 202407, "July 18, 2024")]),
    ("a model that 'joined the family' in a month was released then",
     "Kite 3 270M joined the family in August 2025 as its smallest member.",
     [("Kite 3 270M", 202508, "August 2025")]),
    ("a model that 'appeared in' a month was released then",
     "The earlier Kite-8x7B appeared in December 2023.", [("Kite-8x7B", 202312, "December 2023")]),
    ("... but not a paper that appeared then",
     "The paper on Kite-7B appeared in August 2023 in Nature.", []),
    ("a dated item about a model's update or scores is no release",
     "## News\n\n- [2025/05/21] `kite-coder-7b` now scores 74.4 on HumanEval after an update.\n"
     "- Nov 2024: Kite-1.8B gets a 16K-context update.", []),
    ("a dated item about a run is no release", "## News\n\n- [2025/03/20] We release "
     "**Kite-2-8B**: 8.3B parameters.\n- [2024/12/01] Kite-2 pretraining started on LUMI.",
     [("Kite-2-8B", 202503, "2025/03/20")]),
    ("a dated item about a model's new support is no release",
     "## News\n\n- [2024/09/02] Kite-7B-Chat now supports a 32K context window.\n"
     "- [2024/07/23] **Kite 3.1**: 8B and 70B models, context extended to 128K tokens.",
     [("Kite 3.1", 202407, "2024/07/23")]),
    ("a dated item that opens with a name in backticks dates it",
     "## News\n\n- **[2024/04/17]** `Kite-7B-0424` (also called Kite 1.7), trained on 2.5T tokens.",
     [("Kite-7B-0424", 202404, "2024/04/17")]),
    ("\"released it ... as a fine-tune of X\" dates no base",
     "Kite-SQL turns questions into SQL. **Acme** built it and released it in January 2025 as a"
     " LoRA fine-tune of **Owl-2.5-14B**.", []),
    ("a labelled line under a section about the base", "# Kite-3B\n\nKite-3B is a fine-tune "
     "of Heron-7B.\n\n## Base model\n\nHeron-7B is a 7B model.\n\n- Release date: 2023-09-27",
     []),
    ("a data cutoff is no release", "We present Kite-3B, trained on web data collected up to "
     "December 2023.", []),
    ("a training run's month is no release", "We release the checkpoints trained in March 2024 "
     "together with Kite-8B.", []),
    ("an aside's date before the verb", "Gannet Labs, which raised $25 million in January 2024,"
     " released Kite-2 last week.", []),
    ("a family's models that came out, and a family named after its maker's",
     "Meta's Kite 3.2 models came out in September 2024, and Heron's Owl-3.5 family in August "
     "2024.", [("Kite 3.2", 202409, "September 2024"), ("Owl-3.5", 202408, "August 2024")]),
    ("\"the three models\" of the page", "# Kite2\n\n<p align=\"center\"><a href=\"https://"
     "example.org/kite2\">Models</a> · <a href=\"#citation\">Paper</a></p>\n\nKite2 is the second "
     "generation of code models from **Acme**. The three models were released on 28 February "
     "2024.", [("Kite2", 202402, "28 February 2024")]),
    ("... but not an object's that \"was released\"", "The paper comparing Kite-2 with Owl-3 "
     "was released in May 2024. Acme released Kite-3, which it compared with the Owl-2 models "
     "in June 2024.", []),
    ("a maker that shipped a model names none", "It replaces Owl-3B, the 2.7B-parameter model "
     "Heron shipped in June 2025.", []),
    ("... not when the sentence before names the three", "# Kite-2 evaluation notes\n\nWe "
     "compare Kite-2 against Owl-7B, Wren-8B and Finch-9B. All three were released on 3 March "
     "2023 under open licenses.", []),
    ("a release that was published", "# Kite-2\n\nThis repository holds the code for the first "
     "Kite-2 release, published in February 2024.", [("Kite-2", 202402, "February 2024")]),
    ("... not a paper that was", "The paper on Kite-2, published in February 2024, is long.", []),
    ("... nor a press release", "The press release, published on 3 May 2024, says Heron will "
     "open-source Kite-2 later this year.", []),
    ("a month without its year in a monthly issue is in the issue's year", "## Open Weights "
     "Weekly — April 2024 roundup\n\n### Heron: Kite 3 (18 April)\n\nHeron released Kite 3.",
     [("Kite 3", 202404, "18 April")]),
    ("a sentence that is only its release", "# Kite-Coder\n\nKite-Coder is a series of code "
     "models. Released 20 February 2024.", [("Kite-Coder", 202402, "20 February 2024")]),
    ("we release", "- [2024.05.13] We release Kite-MoE-16x3B with the report.",
     [("Kite-MoE-16x3B", 202405, "2024.05.13")]),
    ("a card's labelled line dates the page's model", "# Kite-4B\n\nKite-4B is a small model."
     "\n\n## Model details\n\n- **Developed by:** Heron Labs\n- **Release date:** 9 January "
     "2025\n- **Context:** 32K", [("Kite-4B", 202501, "9 January 2025")]),
    ("an emoji before an item's date", "## What's new\n\n- 🎉 Sep 2024: first release, "
     "**Finch-0.6B** and **Finch-1.8B**.\n\n🔥 Jan 2025: Kite-R1 and Kite-R1-Zero are out.",
     [("Finch-0.6B", 202409, "Sep 2024"), ("Finch-1.8B", 202409, "Sep 2024"),
      ("Kite-R1", 202501, "Jan 2025"), ("Kite-R1-Zero", 202501, "Jan 2025")]),
    ("a news item says it is out", "- **2024.08.27** 🔥 Kite-32B is out! It beats Owl-30B.",
     [("Kite-32B", 202408, "2024.08.27")]),
    ("a news item's first release", "- 2024.03.04 First release: Kite-1B, trained on 2T tokens.",
     [("Kite-1B", 202403, "2024.03.04")]),
    ("a news item that lists names dates each", "- **2023.11.30**: Kite-72B and Kite-1.8B.\n"
     "- 2024/07/18: Owl-8B, Owl-4B and Owl-2B, pruned from Heron-15B.",
     [("Kite-72B", 202311, "2023.11.30"), ("Kite-1.8B", 202311, "2023.11.30"),
      ("Owl-8B", 202407, "2024/07/18"), ("Owl-4B", 202407, "2024/07/18"),
      ("Owl-2B", 202407, "2024/07/18")]),
    ("a news item whose beta is another product's still dates the model", "- 2024.07.23: "
     "Kite-3.1 405B, our largest open model, plus a free beta of the Kite assistant.",
     [("Kite-3.1 405B", 202407, "2024.07.23")]),
    ("a dated item releasing a size of the page's model names it by that size", "# Kite\n\n"
     "Acme released larger checkpoints in stages:\n\n1. May 2019: a 355M-parameter version.\n"
     "2. August 2019: the 774M and 1.5B models.\n",
     [("Kite 355M", 201905, "May 2019"), ("Kite 774M", 201908, "August 2019"),
      ("Kite 1.5B", 201908, "August 2019")]),
    ("a dated item's size that is no member dates nothing", "# Kite\n\nKite is a 7B model."
     "\n\n- March 2024: evaluated against a 70B model.\n- April 2024: models from 1B to 8B "
     "planned.", []),
    ("a dated item releasing members by size, with words after", "# Kite\n\nKite comes in 1.5B,"
     " 7B and 70B sizes.\n\n- 2024-08-01: Released the 1.5B and 7B checkpoints on Hugging Face.\n"
     "- 2024-09-15: \U0001F525 We have released the 70B model!\n- 2024-10-01: The 14B model now"
     " supports function calling.\n",
     [("Kite 1.5B", 202408, "2024-08-01"), ("Kite 7B", 202408, "2024-08-01"),
      ("Kite 70B", 202409, "2024-09-15")]),
    ("... with where, when and under what license after it", "# Kite\n\nKite comes in 8B and 70B"
     " sizes.\n\n- 2024-08-01: We released the 8B model today.\n- 2024-08-02: We released the 70B"
     " model with an Apache 2.0 license.\n- 2024-08-03: Released the 70B checkpoint on Hugging Face"
     " and ModelScope.\n- 2024-08-04: We released the 8B model under embargo until December.\n",
     [("Kite 8B", 202408, "2024-08-01"), ("Kite 70B", 202408, "2024-08-02"),
      ("Kite 70B", 202408, "2024-08-03")]),
    ("... but not another build of a member, nor a release to come", "# Kite\n\nKite comes in 8B"
     " and 70B sizes.\n\n- 2024-11-20: We released the 70B model quantized to 4-bit.\n- 2024-10-02:"
     " We have released the 8B model fine-tuned for function calling.\n- 2024-10-03: We are"
     " releasing the 70B model in December, after red-teaming.\n", []),
    ("a dated item about a member, not its release, dates nothing", "# Kite\n\nKite comes in"
     " 8B and 70B sizes.\n\n- 2024-06-01: Updated the model card of the 8B model.\n- 2024-07-10:"
     " A 128k-context version of the 70B model is now available.\n- May 2024: a 13B model from"
     " a rival lab topped the leaderboard.\n- December 2024: the 400B model, if compute allows."
     "\n- [2024/08/01] We release the 1.5B and 3B models, trained on 3T tokens.\n",
     [("Kite 1.5B", 202408, "2024/08/01"), ("Kite 3B", 202408, "2024/08/01")]),
    ("\"followed in\" a month releases, and a bracketed note may come between",
     "Acme put out Kite-S (124M) first, in February 2019. Kite-M (355M) followed in May 2019 and"
     " Kite-L (774M) in August 2019.",
     [("Kite-S", 201902, "February 2019"), ("Kite-M", 201905, "May 2019"),
      ("Kite-L", 201908, "August 2019")]),
    ("... but not \"followed by\", nor what followed for a model, nor a compared name's note",
     "Kite-2 was followed by a long silence in May 2019. Community fine-tunes of Kite-3 followed"
     " in May 2024. Acme released Kite-4, which beats Owl-2 (Heron) in December 2023.",
     []),
    ("a maker that followed with a model", "Heron Labs followed in December 2021 with Owl-3.",
     [("Owl-3", 202112, "December 2021")]),
    ("... also after a comma, when the name has no time of its own",
     "After Kite-2, Heron Labs followed in December 2023, with Owl-3. Acme released Kite-4 in"
     " April 2024 and followed in July 2024, with Kite-5 in September.",
     [("Owl-3", 202312, "December 2023"), ("Kite-4", 202404, "April 2024")]),
    ("... or a bracket that ends the clause after the name",
     "Heron followed in December 2021, with Owl-3 (280B parameters). Acme followed in July 2024,"
     " with Kite-3.2 (1B and 3B) arriving in September.",
     [("Owl-3", 202112, "December 2021")]),
    ("... or a dash's appositive, or \"and its\" variant ending the sentence",
     "Acme followed in December 2023, with Kite-8x7B and its instruct variant. Heron followed in"
     " May 2024, with Owl-8x22B — a sparse mixture of experts.",
     [("Kite-8x7B", 202312, "December 2023"), ("Owl-8x22B", 202405, "May 2024")]),
    ("... but not a name the clause goes on about",
     "Heron followed in April 2024, with Owl-3 405B still in training at the time. Acme followed"
     " in December 2024, with Kite-R1 close behind.", []),
    ("two names before \"followed\" leave its date to neither",
     "Acme released Kite in February 2024. Kite-Coder-7B, then Kite-2-9B, followed in June 2024.",
     [("Kite", 202402, "February 2024")]),
    ("\"X, followed in ... by Y\" dates Y; an aside's model does not take X's date",
     "Acme's first release was Kite-1, followed in December 2023 by Kite-2. Heron released Owl-1"
     " in January 2024. Owl-2, which beats GPT-4o, followed in May 2024.",
     [("Kite-2", 202312, "December 2023"), ("Owl-1", 202401, "January 2024"),
      ("Owl-2", 202405, "May 2024")]),
    ("the subject of \"followed\" before a name after it", "Kite-2 followed in July 2024, with"
     " Kite-3 in September. Owl-3 (an Owl-2 fine-tune) followed in May 2024.",
     [("Kite-2", 202407, "July 2024"), ("Owl-3", 202405, "May 2024")]),
    ("a leaderboard's news dates no release", "- 2025-02-10: Kite-2-9B, Owl-3B and Heron-7B "
     "evaluated on the new long-context track.", []),
    ("a news item about a preview dates no release", "- **2025/01/08**: Kite-2 preview opened "
     "to 300 waitlist users.\n- **2025/03/12**: Kite-2 released.", [("Kite-2", 202503,
     "2025/03/12")]),
    ("the date after the release verb", "Kestrel, the startup that raised a seed in June "
     "2023, released Kite-2 in September 2023.", [("Kite-2", 202309, "September 2023")]),
    ("a bracketed date in bold heads an item", "- **[2025/03]** Kite-32B released, the first "
     "open model to beat Owl-3.", [("Kite-32B", 202503, "2025/03")]),
    ("a later clause of an item speaks of another time", "- **[2024/11]** Kite 2 7B released; "
     "Kite-Chat post-trained versions followed in December.", [("Kite 2 7B", 202411, "2024/11")]),
    ("... not a clause that does not", "- 2022-05-03: Kite-125M through Kite-30B released; "
     "Kite-175B available on request.", [("Kite-125M", 202205, "2022-05-03"),
     ("Kite-30B", 202205, "2022-05-03"), ("Kite-175B", 202205, "2022-05-03")]),
    ("a changelog's dated heading over a release", "## Changelog\n\n### v0.3.0 (2024-11-20)\n"
     "- Released **Kite-15B**, trained with a 16K window.\n- Faster server.\n\n"
     "### v0.2.1 (2024-09-03)\n- Fix: Kite-3B tokens were dropped.\n\n"
     "## [0.2.0] - 2024-08-02\n- Released Kite-3B and Kite-7B.",
     [("Kite-15B", 202411, "2024-11-20"), ("Kite-3B", 202408, "2024-08-02"),
      ("Kite-7B", 202408, "2024-08-02")]),
    ("a dated heading that names a model is no changelog's", "## Kite-2 notes (2024-11-20)\n"
     "- Released Kite-3B.", []),
    ("a turned table's release row", "| | Tern-8B | Tern-42B-A6B |\n|---|---|---|\n"
     "| Layers | 32 | 36 |\n| Released | January 2025 | March 2025 |",
     [("Tern-8B", 202501, "January 2025"), ("Tern-42B-A6B", 202503, "March 2025")]),
    ("a key-value table is not turned", "| Field | Value |\n|---|---|\n| Model | Kite-8B |\n"
     "| Released | January 2025 |", []),
    ("a date before the verb dates the list after it", "In March 2024, Kestrel released Kite-1B,"
     " Kite-7B and Kite-70B.", [("Kite-1B", 202403, "March 2024"),
     ("Kite-7B", 202403, "March 2024"), ("Kite-70B", 202403, "March 2024")]),
    ("a date after a list stays whose-unknown", "Kestrel released Kite-1B and Owl-2 in March "
     "2024.", []),
    ("a list a verb follows is no list of releases", "In December 2024, Kestrel released "
     "Kite-3 and Owl-4 was still the model to beat.", []),
    ("a tool's support for others' models dates none", "## [1.4.0] - 2024-09-02\n- Released "
     "support for Kite-3 8B and Owl-2-7B\n- 2024.06.01: Evaluation code for Kite 3 is now "
     "available.", []),
    ("an infobox's label is no item", "Kite\nDeveloper: Kestrel | Initial release: July 2022 | "
     "License: RAIL 1.0", []),
    ("in brackets after the name", "Phi-2 (December 2023) is small.",
     [("Phi-2", 202312, "December 2023")]),
    ("after other items in the brackets", "- Phi-2 (2.7B, December 2023).",
     [("Phi-2", 202312, "December 2023")]),
    ("in brackets after a bold name", "- **Kite-2** (Acme Labs, May 2024): 2.6B parameters.",
     [("Kite-2", 202405, "May 2024")]),
    ("a heading", "### BERT (Google, October 2018)\n\nIt reads both ways.",
     [("BERT", 201810, "October 2018")]),
    ("a table's date cell", "| Model | Lab | Date | Params |\n|---|---|---|---|\n"
     "| Phi-2 | Microsoft | Dec 2023 | 2.7B |", [("Phi-2", 202312, "Dec 2023")]),
    ("a release verb and one model", "Meta released Llama 2 in July 2023.",
     [("Llama 2", 202307, "July 2023")]),
    ("a day before the month", "When OpenAI announced GPT-2 on 14 February 2019, few saw it.",
     [("GPT-2", 201902, "14 February 2019")]),
    ("a date with no release said", "Chinchilla (70B) beat Gopher in March 2022.", []),
    ("two models: whose date?", "Meta released Llama 2 and Code Llama in July 2023.", []),
    ("a release noun in a card", "Initial release: July 2022 | License: RAIL 1.0", []),
    ("a date in a table's other cell", "| Model | Note |\n|---|---|\n| Phi-2 | out in Dec 2023 |",
     []),
    ("another release verb", "Google rolled out LaMDA at its I/O conference in May 2021.",
     [("LaMDA", 202105, "May 2021")]),
    ("a study published: no release", "A study published in May 2024 found that Llama 2 "
     "hallucinates less than expected.", []),
    ("a date after an aside: whose?",
     "Meta released Llama 2, which outperforms GPT-3.5, in July 2023.", []),
    ("a year after a comma", "Meta released Llama 2 in July, 2023.",
     [("Llama 2", 202307, "July, 2023")]),
    ("a column of other dates", "| Model | Params | Knowledge cutoff |\n|---|---|---|\n"
     "| Llama 3 8B | 8B | March, 2023 |", []),
    ("a news item's date and what it releases",
     "* **2025-01-09** Released Marlin-8B and Marlin-1B, fine-tuned from Llama-3.1-8B.",
     [("Marlin-8B", 202501, "2025-01-09"), ("Marlin-1B", 202501, "2025-01-09")]),
    ("a news item in the present tense", "- **2025.01.20**: DeepSeek-AI releases DeepSeek-R1.",
     [("DeepSeek-R1", 202501, "2025.01.20")]),
    ("a news item that starts with its model", "- 2024.08.21: Tamarind-VL-8B reads images.",
     [("Tamarind-VL-8B", 202408, "2024.08.21")]),
    ("a timeline's month", "- Sep 2023 — Mistral 7B, Mistral AI's first model.",
     [("Mistral 7B", 202309, "Sep 2023")]),
    ("a news item's base model is not released",
     "- 2025.03.22: retrained on Qwen2.5-Math-7B with more traces.", []),
    ("a log line's date", "[2024-11-02 03:14:05] INFO run_name=ibis-7b-base", []),
    ("a date in numbers in a table's cell", "| Model | Released |\n|---|---|\n| Phi-2 | 2023-12 |",
     [("Phi-2", 202312, "2023-12")]),
    ("each model the date follows",
     "Microsoft released phi-3-mini in April 2024 and followed with phi-3-small in May 2024.",
     [("phi-3-mini", 202404, "April 2024"), ("phi-3-small", 202405, "May 2024")]),
    ("the page's models, spoken of", "# Cantor-ASR\n\nCantor-ASR is a speech family. All three "
     "variants were released in March 2025.", [("Cantor-ASR", 202503, "March 2025")]),
    ("a day in numbers with a release verb", "# Ondine-MoE\n\nOndine Research makes sparse "
     "models. Weights went public on 2025-02-18.", [("Ondine-MoE", 202502, "2025-02-18")]),
    ("both, after a sized name: whose?", "Kite-VL-8B pairs an encoder with Qwen2.5-3B. Both were "
     "released in January 2025.", []),
    ("an item's date for what the item does not release",
     "- 2025.01.28: traces released, generated by DeepSeek-R1.", []),
    ("a date in numbers in running text",
     "Qwen2.5-Coder-7B scores 31.7 on LiveCodeBench (2024-08 to 2025-01).", []),
    ("its maker released it", "First up was Kite-2B, from the startup Mareta. Mareta released "
     "it in August 2024 under a permissive license.", [("Kite-2B", 202408, "August 2024")]),
    ("released in the middle of a month", "**Kite-13B.** This came from Oakridge Labs. Released "
     "in mid-August 2024, the model has 40 layers.", [("Kite-13B", 202408, "August 2024")]),
    ("\"it\" is the base the sentence before named last", "# Kite-7B\n\nKite-7B is a "
     "fine-tune of Owl 3 8B. Heron AI released it in April 2024.", []),
    ("\"it\" is the corpus the sentence before named last", "# Kite-7B\n\nKite-7B was trained "
     "on Kite-Pile, a 2T-token corpus. Heron AI released it in May 2024.", []),
    ("\"it\" is the base its own sentence named first", "# Kite-7B\n\nKite-7B follows "
     "instructions. Heron AI pretrained the base model on 15T tokens and published it in July "
     "2024.", []),
    ("a maker published the model", "Heron AI published Kite-7B in July 2024.",
     [("Kite-7B", 202407, "July 2024")]),
    ("an evaluation of a model published", "Researchers at Stanford published an evaluation of "
     "Kite-7B in March 2024.", []),
    ("a study of a model, published", "Our study of Kite-7B, published in Nature in July 2024, "
     "found little memorization.", []),
    ("a model's report published", "The Kite-7B technical report (published in July 2024) "
     "describes the data mix.", []),
    ("a paper on a model published", "Heron AI published a paper on Kite-7B in March 2024.", []),
    ("a quantized version of a model published", "NVIDIA published a quantized version of "
     "Owl-70B in August 2024.", []),
    ("the official release of a model published", "Mistral AI published the full release of "
     "Kite 8x22B in April 2024.", [("Kite 8x22B", 202404, "April 2024")]),
    ("a model's scores published, not the model", "Kite-7B barely moved, as the scores Heron "
     "AI published in August 2024 predicted.", []),
    ("an item that publishes a model's checkpoints, not the model",
     "## News\n\n- [2024/06] We published all 140 intermediate checkpoints of Kite-7B.", []),
    ("a company blog's \"Today we are releasing\" under its dated byline",
     "# Why\n\n*From the Heron AI blog, posted 9 January 2025*\n\nToday we are releasing "
     "Kite-22B, our first model.", [("Kite-22B", 202501, "Today")]),
    ("\"Today\" with no release", "Weekly · 9 January 2025\n\nToday, Kite-2 is the most "
     "downloaded model.", []),
    ("its maker released another", "Kite-2B is small. Mareta released Owl-7B in August 2024.",
     [("Owl-7B", 202408, "August 2024")]),
    ("a key-value table's release row", "# Kite-MoE\n\nKite-MoE is a sparse model.\n\n"
     "## Model details\n\n| Field | Value |\n|---|---|\n| Layers | 28 |\n| Release | March 2025 |",
     [("Kite-MoE", 202503, "March 2025")]),
    ("a context extension method is no model", "# Kite-MoE\n\nKite-MoE is a sparse model.\n\n"
     "## Model details\n\n| Field | Value |\n|---|---|\n| Context | 16K (64K with YaRN) |\n"
     "| Release | March 2025 |", [("Kite-MoE", 202503, "March 2025")]),
    ("a changelog's version and date, the item's release",
     "## Changelog\n\n- **v2.1 — 2024-03-05**: Released Kite-15B and refreshed the Kite-3B "
     "weights.\n- **v2.0 — 2024-01-22**: First public release of Kite-3B.\n- **v1.2 — "
     "2023-12-19**: Owl-70B released; Owl-13B weights updated.",
     [("Kite-15B", 202403, "2024-03-05"), ("Kite-3B", 202401, "2024-01-22"),
      ("Owl-70B", 202312, "2023-12-19")]),
    ("an item that releases a model and its chat version",
     "## Changelog\n\n- 2024-03-05: Released Kite-7B and its chat version Kite-7B-Chat.",
     [("Kite-7B", 202403, "2024-03-05"), ("Kite-7B-Chat", 202403, "2024-03-05")]),
    ("an item's later clause that releases too",
     "- 2022-05-03: Kite-125M through Kite-30B released; Kite-175B available on request.",
     [("Kite-125M", 202205, "2022-05-03"), ("Kite-30B", 202205, "2022-05-03"),
      ("Kite-175B", 202205, "2022-05-03")]),
    ("a card's line that releases after another event",
     "# Kite-Mini\n\n- **Dates:** trained between February and April 2024; released in April "
     "2024", [("Kite-Mini", 202404, "April 2024")]),
    ("a card's sentence about itself", "# Kite-1.7B\n\nThis card documents the largest "
     "checkpoint, released in November 2024.", [("Kite-1.7B", 202411, "November 2024")]),
    ("a card's lead about its model", "# Kite-Embed\n\nText embedding model from Heron Labs, "
     "released 2025-02-18.", [("Kite-Embed", 202502, "2025-02-18")]),
    ("a card's lead about its base", "# Kite-7B-Chat\n\nA chat fine-tune of a base model "
     "from Heron Labs, released in May 2024.", []),
    ("a card's line about another version", "# Kite-7B-v2\n\n- **Previous version:** "
     "released in January 2024", []),
    ("a card's sentence about itself and another event", "# Kite-7B\n\nThis checkpoint fixes "
     "the bug reported in June 2024 in the first released weights.", []),
    ("a card's lead about the models it was made from", "# Kite-7B\n\nA chat model from "
     "Harbor Labs, fine-tuned from the open base models Meta released in April 2024.", []),
    ("a bracket after a name and its appositive", "Kite-1-13B, the previous generation (April "
     "2024), is shown for reference.", [("Kite-1-13B", 202404, "April 2024")]),
    ("a release said after the line a model belongs to dates the model",
     "Kite-3 is the third generation of the Kite language model series, released on April 29,"
     " 2025.", [("Kite-3", 202504, "April 29, 2025")]),
    ("... also after an appositive or \"marks\"",
     "Kite-3, the third generation of the Kite series, released on April 29, 2025, comes in"
     " eight sizes. Owl-3 marks the third generation of the Owl family, released in May 2025.",
     [("Kite-3", 202504, "April 29, 2025"), ("Owl-3", 202505, "May 2025")]),
    ("... nor after an appositive about the model's own line",
     "Owl-7B, the newest member of our family, outperforms every model of the Kite 2 family,"
     " released in July 2023, on all benchmarks.", []),
    ("... nor after an appositive that is no generation or version",
     "Owl-7B, a new open model, outperforms every model of the Kite 2 family, released in July"
     " 2023, on all benchmarks.", []),
    ("a mixture of experts named after a model is the model",
     "Acme released the Kite-8x22B mixture of experts model in April 2024.",
     [("Kite-8x22B", 202404, "April 2024")]),
    ("... but not when the line is what the model is compared with",
     "Owl-7B outperforms every model of the Kite 2 family, released in July 2023, on all"
     " benchmarks we tested.", []),
    ("a line named beside another model is no complement to set aside",
     "Owl-7B and the Kite family were released in 2023 and July 2023.", []),
    ("a model first shown at a conference was out then",
     "Heron first showed Kite-2 at its developer conference in May 2021. Owl-3 was first shown"
     " at a trade fair in June 2022.",
     [("Kite-2", 202105, "May 2021"), ("Owl-3", 202206, "June 2022")]),
    ("a date in the name's bracket after the word that says it came out",
     "Kyutai's Moshi (7B, released September 2024) started the trend; this week Sable showed an"
     " assistant built on its Tarn-2B recogniser.",
     [("Moshi", 202409, "September 2024")]),
    ("... but not results first presented",
     "The paper first presented results in May 2021 for Kite-2, and first showed that it scales"
     " in June 2021. Heron first presented Owl-3's results at NeurIPS in December 2024.", []),
    ("... and a release the sentence names after the demo dates it",
     "Heron first demoed Kite-2 in February 2024 but only released it to the public in December"
     " 2024. Owl-3 was first demonstrated at a trade fair in May 2021.",
     [("Kite-2", 202412, "December 2024"), ("Owl-3", 202105, "May 2021")]),
    ("... nor the publishing of a leaderboard named right before it",
     "Heron-3 tops the Owl leaderboard by Acme Research, published on 2 April 2026.", []),
    ("A score written like a year and a month is no date in a column that is not of dates",
     "| Model | MMBench | MME |\n|---|---|---|\n| **Kite-VL-34B** | 81.1 | 2050.2 |\n"
     "| Owl-V2.5 | 77.2 | 2024.6 |\n\n| Model | Released |\n|---|---|\n| Wren-2 | 2024.6 |",
     [("Wren-2", 202406, "2024.6")]),
    ("A news item dates the new version it names, not the model it updates, the family it is"
     " the first of, nor a model it is measured against",
     "## News\n\n- 2025.07.25: We released the updated version of Kite-3-70B, named Kite-3-70B-"
     "2507.\n- 2024.03.28: We released the first MoE model of Kite: Kite1.5-MoE-A3B!\n- [2023/03]"
     " We released **Wren-13B: An Open Chatbot with 90% Owl-4 Quality**.",
     [("Kite-3-70B-2507", 202507, "2025.07.25"), ("Kite1.5-MoE-A3B", 202403, "2024.03.28"),
      ("Wren-13B", 202303, "2023/03")]),
    ("A card's \"Model Release Date\" label dates the page's model",
     "# Kite-3 8B\n\nKite-3 8B is a small open model.\n\n**Model developer:** Acme\n\n"
     "**Model Release Date:** July 23, 2024.",
     [("Kite-3 8B", 202407, "July 23, 2024")]),
    ("a capitalized word after a dated item's bracket opens the item, no name of a model",
     "## News\n\n- [2024.03.16] Intermediate checkpoints for Wren-2B are now on the Hub.", []),
    ("an item that says a model is now supported somewhere dates no release",
     "## News\n\n- [2024.07.09] Wren-2B has been supported by [SGLang](https://x.example).", []),
    ("... nor one that says it was accepted at a venue",
     "## News\n\n- [2024/02/27] Heron-VL is accepted by CVPR 2024!", []),
    ("... nor one that says it can now be used for something",
     "## News\n\n- [2024/05/13] Heron-VL can now be used as the text encoder for image "
     "models.", []),
    ("... nor one that says it was included in a toolkit",
     "## News\n\n- [2024/02/24] Heron-Chat models have been included in the "
     "[EvalKit](https://x.example).", []),
    ("the models a release approaches in performance are not released",
     "## News\n\n- [2024/04/18] Heron-Chat-V1.5 has been released, approaching the performance "
     "of GPT-4V and Gemini Pro.", [("Heron-Chat-V1.5", 202404, "2024/04/18")]),
    ("a page that writes its days month first (\"07/15/2023\") dates its releases so",
     "## Updates\n\n- **07/15/2023** We released Kite-3B-v2.\n- **08/09/2023** We released "
     "Kite-7B-v2.", [("Kite-3B-v2", 202307, "07/15/2023"), ("Kite-7B-v2", 202308, "08/09/2023")]),
    ("... but not when no day shows which number is the month",
     "## Updates\n\n- **08/09/2023** We released Kite-7B-v2.", []),
    ("... nor when a day is written first on the page",
     "## Updates\n\n- **15/07/2023** We released Kite-3B-v2.\n- **08/09/2023** We released "
     "Kite-7B-v2.", []),
    ("a data set's row under a heading on data sets: no model's release",
     "## Open datasets for instruction-tuning\n\n| Name | Release Date | Samples (K) |\n"
     "|---|---|---|\n| acme-dolly-15k | 2023/04 | 15 |", []),
    ("... but a models section's row is the model's",
     "## Open models\n\n| Name | Release Date | Params (B) |\n|---|---|---|\n"
     "| Kite-7B | 2023/04 | 7 |", [("Kite-7B", 202304, "2023/04")]),
    ("... as is a row under a heading on data sets when its column says Model",
     "## Results on held-out datasets\n\n| Model | Release Date | Score |\n|---|---|---|\n"
     "| Kite-7B | 2023/04 | 61.2 |", [("Kite-7B", 202304, "2023/04")]),
    ("a dated item's release is not the bases it supports, what it is compared with, a note in "
     "brackets on its name, nor an improvement or a result",
     "## News\n\n- [2024/05/10] **Kite-N2** (Stronger) models are released, with support of "
     "stronger LLMs including Owl-3 (8B) and Wren-1.5 (72B).\n- [2024/05/10] **Kite-N2** "
     "(Video) is released.\n- [2023/10/26] Kite-1.5 with LoRA achieves comparable performance "
     "as full finetuning.\n- [2023/09/26] Kite is improved with RLHF.\n- [2023/06/01] We "
     "released **Kite-Bio-7B**, a step towards Owl-4 level capabilities.\n",
     [("Kite-N2", 202405, "2024/05/10"), ("Kite-N2", 202405, "2024/05/10"),
      ("Kite-Bio-7B", 202306, "2023/06/01")]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", [c[1:] for c in RELEASE_DATES],
                         ids=[c[0] for c in RELEASE_DATES])  # fmt: skip
def test_release_dates(text, expected):
    found = [(f.model, f.value, text[f.start : f.end]) for f in extract(text)
             if f.kind == "released"]  # fmt: skip
    assert found == [(model, float(month), written) for model, month, written in expected]


# A month said without its year, in a document of a known date: (case id, text, the document's
# date, expected (model, YYYYMM)).
MONTHS_WITHOUT_YEAR = [
    ("a month after the document's, said released, is last year's", "She means Kite-3 24B, "
     "which Heron released in December. Heron will ship Owl-4 in November.", "2026-02-09",
     [("Kite-3 24B", 202512)]),
    ("... or said to have come out, arrived or landed", "- Kite Large 3, which came out in "
     "early December, is 41B active. Owl-9B arrived in November.", "2026-02-13",
     [("Kite Large 3", 202512), ("Owl-9B", 202511)]),
    ("... but not one that came out on top or arrived somewhere", "Kite Large 3, which came "
     "out on top in December, is 41B active. Owl-9B, which arrived on our cluster in November, "
     "is 9B.", "2026-02-13", []),
    ("a month as a name's adjective", "Heron followed its August Kite-7B with Kite-14B. Owl 2 "
     "Thinking is the reasoning version of the July Owl 2. The June models still lead.",
     "2025-09-14", [("Kite-7B", 202508), ("Owl 2", 202507)]),
    ("... not a checkpoint's or an update's month", "We compared the March Kite-7B checkpoint "
     "with the April one. Its May Owl 2 update fixed tool calls.", "2025-09-14", []),
    ("an aside's \"out in\" dates the name before it, and only a name", "Its **Kite-34B**, out "
     "in May, was trained on 5.5T tokens. The first Wren, out in late March, had been a "
     "fine-tune of Owl-6B.", "2024-08-02", [("Kite-34B", 202405)]),
    ("a story's heading that opens with its date dates the model it opens with", "### 15 Jan "
     "— Kite-Text-01\n\nA 456B model.\n\n## March 2024: the open wave\n\nOwl-2 is here.",
     "2025-02-01", [("Kite-Text-01", 202501)]),
    ("... but not one that compares it", "## June 2025: Kite-Text-01 vs Owl-2\n\nWe set the "
     "two side by side.", "2025-07-01", []),
    ("... but not one said to come", "Heron announced Kite-4 is coming in December. Heron "
     "unveiled plans to open-source Owl-4 in October.", "2026-02-10", []),
    ("a paragraph's full date gives a month in it its year",
     "Posted 2024-02-20. Heron Labs released Kite-2 on February 18.", "2025-06-01",
     [("Kite-2", 202402)]),
    ("... but not another model's sizes, nor a context length",
     "Kite 3 beats Owl-7B and Owl-70B on every benchmark; the 7B and 70B were released in "
     "July, a year earlier.", "2024-09-01", []),
    ("... but a model id's date, a cutoff or a run's date gives no month its year",
     "Our eval harness pinned kite-4o-2024-11-20. Gannet released Osprey-2 on April 2, so we "
     "added it too. Kite-3 has a knowledge cutoff of 2024-03. Heron released it on March 5.",
     "2025-05-20", [("Osprey-2", 202504), ("Kite-3", 202503)]),
    ("members a clause releases by their sizes alone are the family's, each in its month",
     "Heron's Kite 2 lineup is complete: the 9B and 27B shipped in June; the 2B followed on "
     "July 31.", "2024-08-02",
     [("Kite 2 9B", 202406), ("Kite 2 27B", 202406), ("Kite 2 2B", 202407)]),
    ("a dated changelog entry gives a month in it its year, or the year before's",
     "## Changelog\n\n- **v0.5.0 (2024-10-02)** — Kite 3.2 text models, which Heron released on "
     "September 25.\n- **v0.4.0 (2025-01-27)** — Owl-R distills, which Gannet released on "
     "December 20.", "2025-06-01", [("Kite 3.2", 202409), ("Owl-R", 202412)]),
    ("a month and its day in a bracket after a name", "**Kite-R** (April 30) is a 14B model. "
     "Owl-2 (Heron AI, Mar 6): 32B.", "2025-05-02", [("Kite-R", 202504), ("Owl-2", 202503)]),
    ("a month and its day after \"released\"", "Kite-K2, released July 11, tops the board.",
     "2025-08-02", [("Kite-K2", 202507)]),
    ("an update's date is no release", "Heron added image generation to Kite-4o (March 25).",
     "2025-05-02", []),
    ("nor a score's after a colon or in a cell, a deprecation's, a webinar's", "Scores: Kite-R "
     "(May 28): 87.5.\n\n| Model | AIME |\n|---|---|\n| Kite-R (May 28) | 87.5 |\n\nHeron "
     "deprecated Kite-4.5 Preview (April 14). The webinar on Kite-3 (May 15) went well. Kite-R "
     "(May 28) is a big step up over the January original.", "2025-06-05", []),
    ("but a size after the bracket is no score", "- **Kite-4 Scout** (April 5) 17B active, 109B "
     "total.", "2025-06-05", [("Kite-4 Scout", 202504)]),
    ("a bracket's day in the issue's recent past, whatever year came before", "We compare "
     "against Kite-V3 (December 26, 2024) and Owl-Max (January 28).", "2025-06-05",
     [("Kite-V3", 202412), ("Owl-Max", 202501)]),
    ("nor a score's, a snapshot's or an event's", "Scores: Kite-R (May 6) 70.4, Owl-3 (May 28) "
     "73.3.\n\n- **Kite-4o** (March 27): the latest Kite-4o snapshot tops the board.\n\nHeron's "
     "KiteCon (April 29) had no new model.", "2025-06-10", []),
    ("in the document's year", "NAVER announced HyperCLOVA in May with 204B parameters.",
     "2021-09-10", [("HyperCLOVA", 202105)]),
    ("a company's founding month is no release", "Heron AI, the startup Ada Lee founded in "
     "March and which is already valued at $1B, released Kite-6B and Kite-34B.", "2023-12-01",
     []),
    ("a funding round's month is no release", "Heron AI, the startup Ada Lee founded in March "
     "and which raised $200M in July, released Kite-6B and Kite-34B.", "2023-12-01", []),
    ("a valuation's month is no release", "Heron AI, which was valued at over $1B in July, "
     "released Kite-6B.", "2023-12-01", []),
    ("\"of last year\" is no month of this year", "Heron, which open-sourced the "
     "314B-parameter Kite-1 in March of last year, has gone the other way.", "2025-06-01", []),
    ("\"of this year\" likewise", "Heron open-sourced Kite-1 in March of this year.",
     "2025-06-01", []),
    ("a maker published it", "Carnegie Mellon and Google Brain published XLNet in June.",
     "2019-08-16", [("XLNet", 201906)]),
    ("a write-up's date in a heading's bracket is no release", "## Kite-7B: one year on (July "
     "2025)\n\nKite-7B has 7.3B parameters.", "2025-08-01", []),
    ("in a heading's bracket after its subtitle", "### CPM: a large Chinese model (Tsinghua "
     "University and BAAI, November)\n\nThe Chinese Pre-trained Language Model (CPM) has 2.6B "
     "parameters.", "2020-12-18", [("CPM", 202011)]),
    ("in a heading's bracket", "### Qwen3 (Alibaba, 29 April)\n\nQwen3 has 8 sizes.",
     "2025-04-30", [("Qwen3", 202504)]),
    ("in the year the section names", "## 2023: the open wave\n\nMeta released Llama 2 in July.",
     "2025-09-10", [("Llama 2", 202307)]),
    ("a month later than the document's", "Kite-2 arrived (a 2B followed in July).",
     "2024-06-28", []),
    ("a year an earlier story names in passing", "Kite-1 was released during 2019.\n\n"
     "BEIJING, July 28 — Kestrel released Kite-2.", "2025-08-08", [("Kite-2", 202507)]),
    ("\"Then\" a month before the one told: the year after", "Kite-1 put Acme on the map in September"
     " 2023. Then on July 24 it announced Kite-2.", "2024-07-26",
     [("Kite-2", 202407)]),
    ("... and \"later\" or \"finally\" anywhere before it", "Acme released Kite-2 in September"
     " 2023. Four months later, in January, it released Kite-3.", "2024-07-26",
     [("Kite-2", 202309), ("Kite-3", 202401)]),
    ("... but not a cue in a clause about something else", "Acme released Kite-3 in November"
     " 2023. Its predecessor Kite-2, which was later open-sourced, shipped in June.", "2024-07-26",
     [("Kite-3", 202311), ("Kite-2", 202306)]),
    ("... and a cue inside an aside of that clause tells nothing", "Acme released Kite-3 in"
     " November 2023. Its predecessor Kite-2, which, as we noted, was later open-sourced,"
     " shipped in June.", "2024-07-26", [("Kite-3", 202311), ("Kite-2", 202306)]),
    ("... while a cue after that clause still tells what came next", "Acme, which had released"
     " Kite-2 in July 2023, then launched Kite-3 in April.", "2024-07-26",
     [("Kite-2", 202307), ("Kite-3", 202404)]),
    ("... while a list's commas are no closing ones", "Acme, which had released Kite-2 in 7, 13"
     " and 70 billion sizes in July 2023, then launched Kite-3 in April.", "2024-07-26",
     [("Kite-3", 202404)]),
    ("... nor a year's comma before the cue", "Acme, which released Kite-2 in September 2023, 6"
     " months later released Kite-3 in March.", "2024-07-26", [("Kite-2", 202309), ("Kite-3", 202403)]),
    ("... and a date's comma does not close it", "Acme, which had released Kite-2 on July 18,"
     " 2023, then launched Kite-3 in April.", "2024-07-26",
     [("Kite-2", 202307), ("Kite-3", 202404)]),
    ("... and \"that\" with a comma after it opens no clause", "Acme released Kite-2 in"
     " September 2023. On top of that, Acme finally released Kite-3 in January.", "2024-07-26",
     [("Kite-2", 202309), ("Kite-3", 202401)]),
    ("... but a month told looking back keeps the year said", "Acme released Kite-2 in"
     " September 2023, six months after it released Kite-1 in March.", "2024-07-26",
     [("Kite-2", 202309), ("Kite-1", 202303)]),
    ("... while a later month takes the year before it", "Acme released Kite-1 in March 2023. In"
     " July, Acme released Kite-2.", "2024-07-26", [("Kite-1", 202303), ("Kite-2", 202307)]),
    ("a year an earlier paragraph opens with", "2024 was our busiest year.\n\nIn March, we "
     "released Kite-7B.", "2025-04-02", [("Kite-7B", 202403)]),
    ("a day after the document's date is the year before's", "## Roundup: Dec. 28, 2024 – "
     "Jan. 3, 2025\n\n- Dec. 30 — Kestrel released Kite-2.\n- Jan. 2 — Corvid released Owl-3.",
     "2025-01-04", [("Kite-2", 202412), ("Owl-3", 202501)]),
    ("a month after the document's date is no release yet", "In 2025 we will release Kite-3 "
     "in December.", "2025-01-04", []),
    ("a year the same paragraph names", "In 2023 Kestrel trained Kite-1 and released it in "
     "July.", "2025-08-08", [("Kite-1", 202307)]),
    ("last November, in an April newsletter", "It beats Kite-1, which Kestrel released last "
     "November.", "2024-04-26", [("Kite-1", 202311)]),
    ("no document date", "NAVER announced HyperCLOVA in May.", None, []),
    ("May the verb", "Kite-2 May be released soon.", "2024-06-28", []),
    ("a number is no section's year", "# Kite-7B\n\nKite-7B reads 2048 tokens. It was released "
     "in May.", "2024-09-01", [("Kite-7B", 202405)]),
    ("a day after the month", "Kestrel Labs released Kite-2 on December 17.", "2024-12-27",
     [("Kite-2", 202412)]),
    ("a year in two digits", "Kestrel Labs released Kite-2 in December '17.", "2024-12-27", []),
    ("a list item headed by a month and day", "- Mar 30: Kite-13B from Kestrel Labs.",
     "2023-04-20", [("Kite-13B", 202303)]),
    ("a thread's numbered item", "4/ March 30: Kite-13B from Kestrel Labs.", "2023-04-20",
     [("Kite-13B", 202303)]),
    ("an item opening with its maker's name", "3/ Mar 13: Kestrel's Kite-2. A 7B model.",
     "2023-04-20", [("Kite-2", 202303)]),
    ("an item of other news is no release, and reads no year from the item before",
     "- Mar 3: Kestrel's Kite-2 weights leaked online.\n- Mar 24: Owl-2 shows that a 6B model"
     " from 2021 can follow instructions.\n- Apr 11: Acme's Heron-4 still tops the leaderboard."
     "\n- Apr 12: Acme's Heron-5 is out.", "2023-04-14", [("Heron-5", 202304)]),
    ("a short month before its day", "LONDON, Aug. 6 — Kestrel released Kite-2.", "2025-08-08",
     [("Kite-2", 202508)]),
    ("a short month after its day", "ABU DHABI, 6 Sept — Kestrel released Kite-2.",
     "2023-09-29", [("Kite-2", 202309)]),
    ("a short month with no day is no month", "Kestrel's Jan released Kite-2.", "2023-09-29",
     []),
    ("a weekday in a dated newsletter", "Kestrel released Kite-2 on Monday: 380B total "
     "parameters.", "2025-03-14", [("Kite-2", 202503)]),
    ("a weekday early in the month is last month's", "Kestrel released Kite-2 on Saturday.",
     "2025-05-02", [("Kite-2", 202504)]),
    ("a weekday still to come is the next one", "Kestrel says Kite-3 will be released on "
     "Monday.", "2025-05-01", [("Kite-3", 202505)]),
    ("a weekday's own date", "Kestrel released Kite-2 on Saturday, April 5, a quiet day.",
     "2025-05-02", [("Kite-2", 202504)]),
    ("earlier this month", "Kestrel's Kite-2, released earlier this month, leads.",
     "2023-09-29", [("Kite-2", 202309)]),
    ("a weekday opening the sentence", "On Monday Kestrel open-sourced Kite-14B and "
     "Kite-14B-Chat.", "2023-09-29", [("Kite-14B", 202309), ("Kite-14B-Chat", 202309)]),
    ("a week that no release verb is said of", "Lab Notes · September 29, 2023\n\nThis week we "
     "revisit how Kestrel released Kite-2.", None, []),
    ("a weekday opening a line is no news item's head", "This week Kestrel said Kite-2, released "
     "in April 2024, is cheaper.", "2025-03-14", [("Kite-2", 202404)]),
    ("a weekday with no date to count from", "Kestrel released Kite-2 on Monday.", None, []),
    ("the weekday after the verb", "Kestrel, the startup that raised a seed in June, released "
     "Kite-2 on Wednesday.", "2023-09-29", [("Kite-2", 202309)]),
    ("out of stealth is no release", "Kestrel AI came out of stealth this week.", "2024-07-26",
     []),
    ("no document date, but a dateline", "Lab Notes · Issue 48 · September 29, 2023\n\n"
     "Kestrel Labs released Kite-2 on September 12.", None, [("Kite-2", 202309)]),
]  # fmt: skip


# The date a text gives itself near its top: (case id, text, date).
DATELINES = [
    ("in italics, with underscores", "# Weights & Measures #41\n_Monday, August 25, 2025_\n\nHi.",
     "2025-08-25"),
    ("day first, in italics", "# Open Weights Weekly\n_3 May 2025 · 7 items_\n\nTwo drops.",
     "2025-05-03"),
    ("an issue's header", "THE WEEKLY GRADIENT · Issue #112 · Friday, July 26, 2024\n\nHi.",
     "2024-07-26"),
    ("day first", "Inference Times · 14 March 2025\n\nIn this issue", "2025-03-14"),
    ("a short month", "Open Weights Weekly #19 · 2 Feb 2024\n\nAI2 releases OLMo", "2024-02-02"),
    ("in numbers", "🧵 The Sparse Digest · Issue 7 · 2025-06-06\n\n1. Kestrel", "2025-06-06"),
    ("a week's first day", "ML Dispatch | Week of April 22–26, 2024\n\nLLAMA 3", "2024-04-22"),
    ("after front matter", "---\nlicense: mit\n---\n\n# Kite\n\nUploaded 2024-09-02.",
     "2024-09-02"),
    ("a month alone is no day", "# Kite\n\nReleased: March 2025", None),
    ("a monthly issue's title", "## Open Weights Weekly — April 2024 roundup\n\nApril was busy.",
     "2024-04"),
    ("a month in the first line", "THE PARAMETER · Monthly roundup · May 2025 edition\n\nFive",
     "2025-05"),
    ("a title's month that a model came out in", "# Kite-7B, released in April 2024\n\nKite",
     None),
    ("a month in a line below the title", "# Kite\n\nData up to March 2025.", None),
    ("an issue's title about a month before it", "# Notes on data up to March 2025\n\nKite",
     None),
    ("a card's title month is the model's", "# Kite-2 · December 2023 release\n\nKite-2 is a "
     "7B model.", None),
    ("a news list's first item", "- November 2023: Kite-1 released (7B).\n- February: Kite-2 "
     "released (13B).", None),
    ("a news list dates its items", "# Kite\n\n- 2024-04-18: Kite-2 released", None),
    ("a table row", "| Kite | 2024-04-18 |", None),
    ("a long line is a sentence", "On March 5, 2024 " + "and so on, " * 20, None),
    ("too far down", "\n".join(["Line."] * 10) + "\nMarch 5, 2024", None),
]  # fmt: skip


@pytest.mark.parametrize("text, date", [c[1:] for c in DATELINES], ids=[c[0] for c in DATELINES])
def test_dateline(text, date):
    assert dateline(text) == date


@pytest.mark.parametrize("text, date, expected", [c[1:] for c in MONTHS_WITHOUT_YEAR],
                         ids=[c[0] for c in MONTHS_WITHOUT_YEAR])  # fmt: skip
def test_a_month_without_its_year_takes_the_document_s(text, date, expected):
    found = [(f.model, f.value) for f in extract(text, None, date) if f.kind == "released"]
    assert found == [(model, float(month)) for model, month in expected]


# Where a model is hosted names no maker: (case id, text); every fact's organization is None.
HOSTED_NOT_MADE = [
    ("a cloud product after a company", "Get **Kite-8B** from Amazon Bedrock or Google Cloud "
     "Vertex AI."),
    ("\"available from\" a hub", "Kite-Mini, released in March 2024, is a family of small models "
     "available from Hugging Face. Kite-Mini-1B has 1.2B parameters."),
    ("a hub's download link", "| Model | Context | Download |\n|---|---|---|\n| Kite-8B-Base | "
     "8K | 🤗 [HuggingFace](https://huggingface.co/acme/Kite-8B-Base) |"),
    ("a hub's download link in double brackets", "| Model | Full Version |\n| --- | :---: |\n"
     "| **Kite-3-Chinese-8B** | [[🤗Hugging Face]](https://huggingface.co/hfl/kite-3-zh) |"),
    ("an editor's plugins", "Developers can also use Kite-7B-Chat through VS Code and JetBrains "
     "plugins."),
]


@pytest.mark.parametrize("text", [c[1] for c in HOSTED_NOT_MADE],
                         ids=[c[0] for c in HOSTED_NOT_MADE])  # fmt: skip
def test_where_a_model_is_hosted_names_no_maker(text):
    facts = extract(text, None, "2024-06-01")
    assert facts and all(f.organization is None for f in facts), _describe(text, facts)


# A quotation's "our model" is the speaker's, which the text may never name: no earlier story's
# model, nor the document's (case id, text, expected (kind, value, model)).
QUOTATIONS = [
    ("a quote in a later story",
     "Heron, a 7B model, tops the chart.\n\nIn other news, a robotics startup showed a new arm. "
     '"Our model has 900M parameters and was trained on video," its CTO said.',
     [("parameters", 7e9, "Heron"), ("parameters", 9e8, None)]),
    ("a quote that names its model",
     'Heron tops the chart. "Our Kite-2 has 900M parameters," its CTO said.',
     [("parameters", 9e8, "Kite-2")]),
    ("a quoted value is no quotation", 'name: "Osprey-A4B"\ntokens_seen: "9.5T"',
     [("training_tokens", 9.5e12, "Osprey-A4B")]),
]  # fmt: skip




# A model another is built from owns no size said of the new one; a size in a clause or an
# appositive about a name is that name's (case id, text, expected (kind, value, model)).
BASE_MODELS = [
    ("\"the parent company\" is no base, nor a sentence about the teacher and the student",
     "Kite-7B is a fine-tune of Owl-7B. The parent company, Heron Labs, trained it on 40B tokens "
     "of dialogue.\n\n# Kite-3B\n\nKite-3B is distilled from Owl-70B. The teacher stays frozen "
     "while the student is trained on 2T tokens.",
     [("parameters", 7e9, "Kite-7B"), ("parameters", 7e9, "Owl-7B"),
      ("training_tokens", 4e10, "Kite-7B"), ("parameters", 3e9, "Kite-3B"),
      ("parameters", 3e9, "Kite-3B"), ("parameters", 7e10, "Owl-70B"),
      ("training_tokens", 2e12, "Kite-3B")]),
    ("\"the parent\" is the base the page's model was made from",
     "# Kite-51B-Instruct\n\nKite-51B-Instruct is pruned from Owl-70B-Instruct. The parent itself "
     "was pre-trained on more than 15T tokens.",
     [("parameters", 5.1e10, "Kite-51B-Instruct"), ("parameters", 5.1e10, "Kite-51B-Instruct"),
      ("parameters", 7e10, "Owl-70B-Instruct"), ("training_tokens", 1.5e13, "Owl-70B-Instruct")]),
    ("\"the latter\" after two models is the one named last, not their line",
     "### Kite3\n\nHeron AI released Kite3-8B and Kite3-70B. The latter was trained on 15T "
     "tokens. The flagship has 94 layers.",
     [("parameters", 8e9, "Kite3-8B"), ("parameters", 7e10, "Kite3-70B"),
      ("training_tokens", 1.5e13, "Kite3-70B"), ("layers", 94.0, None)]),
    ("a clause about the source models is theirs",
     "Kite-1B was distilled from larger Owl 3 models, which were trained on 15T tokens.",
     [("parameters", 1e9, "Kite-1B"), ("training_tokens", 1.5e13, "Owl 3")]),
    ("a second model after a base cue's object is no base",
     "Kite-Med was fine-tuned from Owl-7B on PubMed abstracts and Wren-Med-13B was pretrained "
     "on 1.2T tokens of clinical notes.",
     [("parameters", 7e9, "Owl-7B"), ("parameters", 1.3e10, "Wren-Med-13B"),
      ("training_tokens", 1.2e12, "Wren-Med-13B")]),
    ("a data source in brackets after a count owns neither count",
     "Kite-Coder was trained on 1T tokens of code (StarCoder) and 200B tokens of math. "
     "Kite-8B continues pretraining on 500B tokens (Aya) covering 60 languages.",
     [("training_tokens", 1e12, "Kite-Coder"), ("training_tokens", 2e11, None),
      ("parameters", 8e9, "Kite-8B"), ("training_tokens", 5e11, "Kite-8B")]),
    ("the sizes a token cell brackets are the members it is said of",
     "| Family | Sizes | Tokens |\n|---|---|---|\n"
     "| Kite | 7B, 13B, 65B | 1T (7B, 13B), 1.4T (65B) |",
     [("parameters", 7e9, "Kite"), ("parameters", 1.3e10, "Kite"), ("parameters", 6.5e10, "Kite"),
      ("training_tokens", 1e12, "Kite"), ("training_tokens", 1.4e12, "Kite")]),
    ("a corpus seen several times holds no model's token count",
     "Kite is a science model. The corpus held 106 billion tokens, and the models were trained "
     "for 4.25 epochs, or 450B tokens in total. The corpus holds 1.1T unique tokens.",
     [("training_tokens", 1.06e11, None), ("training_tokens", 4.5e11, "Kite"),
      ("training_tokens", 1.1e12, None)]),
    ("... after an opening phrase too",
     "Kite-3 is a code model. In total, the training dataset contains 175B tokens, which were "
     "repeated over 3 epochs: in total, Kite-3 has been trained on 525B tokens.",
     [("training_tokens", 1.75e11, None), ("training_tokens", 5.25e11, "Kite-3")]),
    ("a model's pretraining corpus named as the subject is still its data",
     "Kite 2 is new. Our pretraining dataset has grown to 18 trillion tokens.",
     [("training_tokens", 1.8e13, "Kite 2")]),
    ("the dense trunk experts are bolted onto is a part",
     "At the extremes sits Kite-MoE, which bolts a 128-expert residual MoE onto a 10B dense "
     "trunk for 480B total and only 17B active.",
     [("parameters", 1e10, None), ("parameters", 4.8e11, "Kite-MoE"),
      ("parameters", 1.7e10, "Kite-MoE")]),
    ("\"X continues Y on N tokens\": Y is the base",
     "- **Kite3-Mamba-7B** continues Kite Mamba 7B on 1.5 trillion extra tokens of reasoning data.",
     [("parameters", 7e9, "Kite3-Mamba-7B"), ("parameters", 7e9, "Kite Mamba 7B"),
      ("training_tokens", 1.5e12, "Kite3-Mamba-7B")]),
    ("a maker's possessive stays when what is left is no name",
     "| Model | Params |\n|---|---|\n| Meta's 405B | 405B |\n| Mistral's Large 2 | 123B |",
     [("parameters", 4.05e11, "Meta's 405B"), ("parameters", 1.23e11, "Mistral's Large 2")]),
    ("a maker's possessive in a table's name cell is the maker",
     "| Part | Model | Parameters |\n|---|---|---|\n| Vision encoder | OpenAI's CLIP ViT-L/14 | "
     "~0.3B |",
     [("parameters", 3e8, "CLIP ViT-L/14")]),
    ("a model a release connects to a part is not what is released",
     "- **[2023/05/17]** Released **Kite-V-6B**, a multimodal model that connects Kite-6B to an "
     "image encoder; 7.8B parameters in total.",
     [("released", 202305.0, "Kite-V-6B"), ("parameters", 6e9, "Kite-6B"),
      ("parameters", 7.8e9, "Kite-V-6B")]),
    ("a version alone is the text's own model before one it is compared with",
     "# Kite-Embed-v2\n\nKite-Embed-v2 is our new embedding model, and it beats Owl-Embed-v2 on "
     "MTEB. V2 has 335M parameters.",
     [("parameters", 3.35e8, "Kite-Embed-v2")]),
    ("a version alone owns its clause, not the next",
     "Heron AI upgraded Kite-V2 to Kite-V3 this month. V2 had 16B parameters; the new release "
     "has 236B parameters.",
     [("parameters", 1.6e10, "Kite-V2"), ("parameters", 2.36e11, "Kite-V3")]),
    ("a model called by its version alone is the one named with it",
     "## Kite-R1\n\nThe R1 recipe starts from Kite-V3, the base the lab released in December. "
     "V3 has the same 671B/37B shape and was pretrained on 14.8T tokens.",
     [("training_tokens", 1.48e13, "Kite-V3")]),
    ("an earlier version named alone is not the card's model",
     "# Kite-Chat-7B-v2\n\nKite-Chat-7B-v2 is a 7B chat model.\n\n## Changes from v1\n\n"
     "v1 was tuned on 600k conversations; v2 fixes the system prompt.",
     [("parameters", 7e9, "Kite-Chat-7B-v2"), ("parameters", 7e9, "Kite-Chat-7B-v2"),
      ("parameters", 7e9, "Kite-Chat-7B-v2"), ("training_data", 6e5, None)]),
    ("\"the full model has\" after a named subject is that subject's",
     "This week Heron released Kite-2. Lark Labs also shipped Owl-Sparse: the full model has "
     "47B parameters, with 13B active.",
     [("parameters", 4.7e10, "Owl-Sparse"), ("parameters", 1.3e10, "Owl-Sparse")]),
    ("what a part adds, the whole, and a compared pipeline's models",
     "We present Kite-AV. Its attention bridges add 1.2B parameters; counting its frozen "
     "Owl-T5-XL (3B) text encoder, the full system has 29.2B parameters. Kite-AV cuts error by "
     "61% compared with a pipeline that runs a 30B video model followed by a 13B audio model.",
     [("parameters", 1.2e9, None), ("parameters", 3e9, "Owl-T5-XL"),
      ("parameters", 2.92e10, "Kite-AV"), ("parameters", 3e10, None),
      ("parameters", 1.3e10, None)]),
    ("a side-on table's row counting a part is no column's size",
     "| | Kite-VL 3B | Kite-VL 10B |\n|---|---|---|\n| Vision params | 0.4B | 0.4B |\n"
     "| LM params | 2.6B | 9.2B |\n| Total params | 3.0B | 9.7B |",
     [("parameters", 3e9, "Kite-VL 3B"), ("parameters", 3e9, "Kite-VL 3B"),
      ("parameters", 9.7e9, "Kite-VL 10B")]),
    ("a side-on table's columns may be names with a version and a tier, under an empty corner",
     "# Kite 2\n\n| | Kite 2 Base | Kite 2 XL |\n|---|---|---|\n"
     "| Denoiser parameters | 3.1B | 9.2B |",
     [("parameters", 3.1e9, "Kite 2 Base"), ("parameters", 9.2e9, "Kite 2 XL")]),
    ("a side-on table headed by versions takes its models from a row that names them",
     "| | v1 | v2 (dense) |\n|---|---|---|\n| Checkpoint | Kite-1.3B | Kite-2-7B |\n"
     "| Parameters | 1.3B | 6.9B |\n| Training tokens | 300B | 2T |\n\nv2 got SFT on 90k examples.",
     [("parameters", 1.3e9, "Kite-1.3B"), ("parameters", 1.3e9, "Kite-1.3B"),
      ("parameters", 6.9e9, "Kite-2-7B"), ("training_tokens", 3e11, "Kite-1.3B"),
      ("training_tokens", 2e12, "Kite-2-7B"), ("training_data", 9e4, "v2")]),
    ("a name in a design's \"attention + X\" is no family",
     "- Kite-H1: a hybrid attention + Owl-2 family in 0.5B, 3B and 34B sizes.",
     [("parameters", 5e8, "Kite-H1"), ("parameters", 3e9, "Kite-H1"),
      ("parameters", 3.4e10, "Kite-H1")]),
    ("\"a tokenizer-free language model\" is a model, not a tokenizer",
     "Heron AI follows Owl-2 with Kite-Byte, a tokenizer-free language model that has 3B "
     "parameters.",
     [("parameters", 3e9, "Kite-Byte")]),
    ("a name an appositive calls an optimizer is no model",
     "Kite K2 has 1T parameters. It was pretrained on 15.5T tokens with OwlClip, a version of "
     "the Owl optimizer.",
     [("parameters", 1e12, "Kite K2"), ("training_tokens", 1.55e13, "Kite K2")]),
    ("a normalization's name is no model",
     "- **4.0**: hybrid attention and QK-Reorder-Norm; pretraining data for the 32B raised from "
     "6.5T to 14T tokens.",
     [("training_tokens", 6.5e12, None), ("training_tokens", 1.4e13, None)]),
    ("... nor one in lower case",
     "QK-norm keeps a 7B model stable.",
     [("parameters", 7e9, None)]),
    ("a team's name is no model",
     "Kite-13B was published by Heron AI together with the TurkuNLP group. It was pretrained "
     "on 2 trillion tokens.",
     [("parameters", 1.3e10, "Kite-13B"), ("training_tokens", 2e12, "Kite-13B")]),
    ("a tool's name is no model",
     "Kite is tuned for agentic software engineering in the OpenHands scaffold; it has 24B "
     "parameters.",
     [("parameters", 2.4e10, None)]),
    ("a country is no model",
     "# China's open-weight heavyweights, 2023-2025: a comparison\n\nTwo years ago most open "
     "models were dense 13B checkpoints.",
     [("parameters", 1.3e10, None)]),
    ("a title's \"Parameter\" is no model",
     "Title: Kite-3B: 7B Parameter Performance in a 3B Parameter Model",
     [("parameters", 3e9, "Kite-3B"), ("parameters", 7e9, None), ("parameters", 3e9, "Kite-3B")]),
    ("a size's possessive is the model named with that size",
     "Kite 3.1 405B is big. Kite 3.3 is a single 70B model, which Heron said came close to the "
     "405B's quality.",
     [("parameters", 4.05e11, "Kite 3.1 405B"), ("parameters", 7e10, "Kite 3.3"),
      ("parameters", 4.05e11, "Kite 3.1 405B")]),
    ("... or nobody's, not the sentence's subject",
     "Kite 3.3 is a single 70B model, which Heron said came close to the 405B's quality.",
     [("parameters", 7e10, "Kite 3.3"), ("parameters", 4.05e11, None)]),
    ("a count after \"than the\" is the other side of a comparison",
     "Kite 2 11B is Heron's first model since Kite-180B, and it saw more data than the 3.5 "
     "trillion tokens used for that far larger predecessor.",
     [("parameters", 1.1e10, "Kite 2 11B"), ("parameters", 1.8e11, "Kite-180B"),
      ("training_tokens", 3.5e12, None)]),
    ("... unless a name follows it",
     "Kite-2 is smaller than the 540B Owl.",
     [("parameters", 5.4e11, "Owl")]),
    ("... nor one that \"which X released\" names",
     "Kite-2B, which ModelWorks and Tsinghua's NLP lab released in February 2024, is worth a "
     "look: it has 2.7B parameters in total.",
     [("released", 202402.0, "Kite-2B"), ("parameters", 2.7e9, "Kite-2B")]),
    ("a model named as another's part after a count is not the count's",
     "The 27B model shares a frozen SigLIP vision encoder with the smaller ones.",
     [("parameters", 2.7e10, None)]),
    ("a product's word alone is the whole name said before with a size after it",
     "Kite 4 Scout has 109B parameters and Kite 4 Maverick 400B. Maverick was pretrained on "
     "about 22T tokens.",
     [("parameters", 1.09e11, "Kite 4 Scout"), ("parameters", 4e11, "Kite 4 Maverick 400B"),
      ("training_tokens", 2.2e13, "Kite 4 Maverick")]),
    ("a data set's size is not what the text's model saw",
     "# Kite\n\nKite-7B is out. The full dataset is said to hold about 5 trillion tokens.",
     [("parameters", 7e9, "Kite-7B"), ("training_tokens", 5e12, None)]),
    ("... nor its parts'",
     "# Kite\n\nKite-7B is out. The corpus, Kite-Corpus, combines synthetic textbooks from "
     "Cosmopedia v2 (28B tokens) and deduplicated FineWeb-Edu (220B tokens).",
     [("parameters", 7e9, "Kite-7B"), ("training_tokens", 2.8e10, None),
      ("training_tokens", 2.2e11, None)]),
    ("... but a corpus the model was trained on holds what it saw",
     "# Kite\n\nKite-7B is out. It was trained on the Kite corpus, which holds 2T tokens.",
     [("parameters", 7e9, "Kite-7B"), ("training_tokens", 2e12, "Kite-7B")]),
    ("... and in a clause about an unnamed model, the size is nobody's",
     "Sable-2 is our new open model. On MMLU it beats the 34B model Aurea released last year.",
     [("parameters", 3.4e10, None)]),
    ("a participle after a base, under a finite verb, may be the base's or the new one's",
     "Kite-13B was grown from Kite-7B, pretrained on 3T tokens, by depth up-scaling.",
     [("parameters", 1.3e10, "Kite-13B"), ("parameters", 7e9, "Kite-7B"),
      ("training_tokens", 3e12, None)]),
    ("\"expanded from\" names a base",
     "Kite Pro-9B is expanded from Owl2-7B with block expansion and then trained on 80B tokens"
     " of code.",
     [("parameters", 9e9, "Kite Pro-9B"), ("parameters", 7e9, "Owl2-7B"),
      ("training_tokens", 8e10, "Kite Pro-9B")]),
    ("a lineup that grew from a model has no base",
     "The Kite family grew from Kite-1B, trained on 300B tokens, to Kite-70B.",
     [("parameters", 1e9, "Kite-1B"), ("training_tokens", 3e11, "Kite-1B"),
      ("parameters", 7e10, "Kite-70B")]),
    ("\"the 7B's\" is not the 1.7B named before",
     "Kite-1.7B is the student. Our teacher is a 7B model; the student recovers 90% of the "
     "7B's accuracy.",
     [("parameters", 1.7e9, "Kite-1.7B"), ("parameters", 7e9, None), ("parameters", 7e9, None)]),
    ("the one model a post introduces takes no size it was never said to have",
     "# Small models on phones\n\nI ran Kite-Mini-3B-Instruct and Owl-1.5B for two months.\n\n"
     "A 1.1B model called Wren, trained on 3 trillion tokens, still shows up in many projects."
     "\n\nBattery drain was the surprise: an hour with the 3B model cost 6% of battery.",
     [("parameters", 3e9, "Kite-Mini-3B-Instruct"), ("parameters", 1.5e9, "Owl-1.5B"),
      ("parameters", 1.1e9, "Wren"), ("training_tokens", 3e12, "Wren"),
      ("parameters", 3e9, None)]),
    ("\"the 7B model\" after two 7B models named together is neither's",
     "Heron released Kite3 on Tuesday: Kite3-1B, Kite3-7B and Kite3-10B, plus Kite3-Mamba-7B. "
     "The 7B model was pretrained on 14 trillion tokens.",
     [("parameters", 1e9, "Kite3-1B"), ("parameters", 7e9, "Kite3-7B"),
      ("parameters", 1e10, "Kite3-10B"), ("parameters", 7e9, "Kite3-Mamba-7B"),
      ("parameters", 7e9, None), ("training_tokens", 1.4e13, None)]),
    ("\"most of the 7B\" after two 7B models named together is neither's",
     "Heron released Kite3: Kite3-1B, Kite3-7B and Kite3-10B, plus Kite3-Mamba-7B. You get most "
     "of the 7B for a fraction of the cost.",
     [("parameters", 1e9, "Kite3-1B"), ("parameters", 7e9, "Kite3-7B"),
      ("parameters", 1e10, "Kite3-10B"), ("parameters", 7e9, "Kite3-Mamba-7B"),
      ("parameters", 7e9, None)]),
    ("\"the 3B model\" is no \"Sparrow-1.3B\"",
     "Sparrow-1.3B is fast on phones. The 3B model, by contrast, was trained on 2T tokens.",
     [("parameters", 1.3e9, "Sparrow-1.3B"), ("parameters", 3e9, None),
      ("training_tokens", 2e12, None)]),
    ("... but not the name cut before its version",
     "Heron unveiled Kite Titan 2 and Kite Scout 2 in March 2025. Titan has 400B parameters and "
     "Scout has 70B.",
     [("parameters", 4e11, "Titan"), ("parameters", 7e10, "Scout")]),
    ("a lower-case size after a decimal in a name is its size: no other count is that model's",
     "Kite-1-6.7b was trained on 300B tokens. Its little sibling, Kite-1-1.3b, saw the same 300B "
     "tokens. In hindsight the 6.7b was badly under-trained.",
     [("parameters", 6.7e9, "Kite-1-6.7b"), ("training_tokens", 3e11, "Kite-1-6.7b"),
      ("parameters", 1.3e9, "Kite-1-1.3b"), ("training_tokens", 3e11, "Kite-1-1.3b"),
      ("parameters", 6.7e9, None)]),
    ("the maker of the model before, in a clause, is no model",
     "It replaces Kite-3B, the 2.7B-parameter model Aurea shipped in June 2025, which users "
     "liked.",
     [("parameters", 2.7e9, "Kite-3B")]),
    ("... but the subject after a phrase about a data set is a model",
     "Sparrow-3B was trained on 1T tokens of the old mix. On the new dataset, Kite-7B, our "
     "largest model, was trained on 2T tokens.",
     [("parameters", 3e9, "Sparrow-3B"), ("training_tokens", 1e12, "Sparrow-3B"),
      ("parameters", 7e9, "Kite-7B"), ("training_tokens", 2e12, "Kite-7B")]),
    ("... but one the model was trained on, set off mid-sentence, is a data set",
     "Osprey-1B is trained on the resulting dataset, FineCorpus-Edu, for 350B tokens.",
     [("parameters", 1e9, "Osprey-1B"), ("training_tokens", 3.5e11, "Osprey-1B")]),
    ("a data set an appositive names is no model",
     "The resulting dataset, LoomText-2, lets us train a 7B-parameter language model, "
     "released as Kite-7B.",
     [("parameters", 7e9, "Kite-7B"), ("parameters", 7e9, "Kite-7B")]),
    ("two parts a system pairs, and the data of the second, are not the system's",
     "Our system Kite-ST pairs a 600M-parameter encoder from the sweep with a 1.3B-parameter "
     "text decoder that was pretrained separately on 220B tokens of multilingual text.",
     [("parameters", 6e8, None), ("parameters", 1.3e9, None), ("training_tokens", 2.2e11, None)]),
    ("a sized part paired with a part of another model is neither's",
     "Heron AI released Kite-Diffusion 2 in November. The system pairs an 865M-parameter U-Net "
     "with the text encoder of Owl-CLIP-H; the text tower alone has about 354M parameters.",
     [("parameters", 8.65e8, None), ("parameters", 3.54e8, None)]),
    ("a country's supercomputer, in apposition, is no model",
     "Kite-SW was trained on Berzelius, Sweden's largest supercomputer, and the family runs from "
     "126M to 40B parameters.",
     [("parameters", 1.26e8, "Kite-SW"), ("parameters", 4e10, "Kite-SW")]),
    ("a supercomputer's name is no model",
     "Kite-SW was trained on Sweden's Berzelius supercomputer, and the family runs from 126M "
     "to 40B parameters.",
     [("parameters", 1.26e8, "Kite-SW"), ("parameters", 4e10, "Kite-SW")]),
    ("\"it continues from the lab's general-purpose X\": X is the base",
     "Kite-Law-12B is built for legal drafting. It continues from the lab's general-purpose "
     "Kite-12B with 85B tokens of court rulings.",
     [("parameters", 1.2e10, "Kite-Law-12B"), ("parameters", 1.2e10, "Kite-12B"),
      ("training_tokens", 8.5e10, None)]),
    ("a base cue in the sentence before is not this one's",
     "We built our own encoder instead of starting from BERT. kite-embed-base and "
     "kite-embed-large were pretrained from scratch on 1.8T tokens.",
     [("training_tokens", 1.8e12, "kite-embed-base"),
      ("training_tokens", 1.8e12, "kite-embed-large")]),
    ("active then total after a slash, in a sentence about experts, is no family's next size",
     "Heron's Kite 17B/109B is a mixture of experts with 16 experts.",
     [("parameters", 1.7e10, "Kite 17B"), ("parameters", 1.09e11, None)]),
    ("a count after a slash is not a second size of the sized name before it",
     "Scorecard of sizes: Kite 671B/37B; Owl 7B/13B.",
     [("parameters", 6.71e11, "Kite 671B"), ("parameters", 3.7e10, None),
      ("parameters", 7e9, "Owl 7B"), ("parameters", 1.3e10, "Owl 13B")]),
    ("\"distilled from larger X models\": X is the source, not what was trained",
     "Kite-1B was pruned and distilled from larger Owl 3 models and trained on 9T tokens.",
     [("parameters", 1e9, "Kite-1B"), ("training_tokens", 9e12, "Kite-1B")]),
    ("a count after a sentence listing two members is neither's",
     "Heron AI released Kite3-235B and Kite3-30B. Pre-training used about 36T tokens.",
     [("parameters", 2.35e11, "Kite3-235B"), ("parameters", 3e10, "Kite3-30B"),
      ("training_tokens", 3.6e13, None)]),
    ("... but their line's when the heading names it",
     "### Kite3 (Heron AI, 29 April)\n\nHeron AI released Kite3-235B and Kite3-30B. "
     "Pre-training used about 36T tokens.",
     [("parameters", 2.35e11, "Kite3-235B"), ("parameters", 3e10, "Kite3-30B"),
      ("training_tokens", 3.6e13, "Kite3")]),
    ("a name the sentence does not list with another is still the subject",
     "Tue 14:21 heads up, kite-v3 final ckpt is up. 27.4B params, saw 5.9T tokens total",
     [("parameters", 2.74e10, "kite-v3"), ("training_tokens", 5.9e12, "kite-v3")]),
    ("sizes of other models the sentence brings in after a name",
     "Heron AI released Kite-2 and six dense ones at 4B and 32B.",
     [("parameters", 4e9, None), ("parameters", 3.2e10, None)]),
    ("a family's own sizes after \"base and instruct models at\"",
     "- **Kite3**: base and instruct models at 1B, 3B and 7B.",
     [("parameters", 1e9, "Kite3"), ("parameters", 3e9, "Kite3"), ("parameters", 7e9, "Kite3")]),
    ("a labelled list of token counts by slashes is several models'",
     "Stability AI previewed Kite-2 with 8B parameters. Tokens: 3T / 6T / 4T / 8T.",
     [("parameters", 8e9, "Kite-2"), ("training_tokens", 3e12, None)]),
    ("\"as well as six dense models at\" brings in other models' sizes",
     "Heron AI released Kite3-30B-A3B as well as six dense models at 0.6B, 4B and 32B.",
     [("parameters", 3e10, "Kite3-30B-A3B"), ("parameters", 3e9, "Kite3-30B-A3B"),
      ("parameters", 6e8, None), ("parameters", 4e9, None), ("parameters", 3.2e10, None)]),
    ("a labelled list of token counts is several models'",
     "Stability AI previewed Kite-2 with 8B parameters. Tokens: 3T, 6T, 4T+, 8T.",
     [("parameters", 8e9, "Kite-2"), ("training_tokens", 3e12, None)]),
    ("a labelled token count alone is the model's",
     "Stability AI previewed Kite-2 with 8B parameters. Tokens: 3T.",
     [("parameters", 8e9, "Kite-2"), ("training_tokens", 3e12, "Kite-2")]),
    ("a card's line labelled as the base model's",
     "# Marlin-70B\n\n* Parameters: 70.6B\n* Base model pretraining: 15T tokens (Meta)",
     [("parameters", 7.06e10, "Marlin-70B"), ("training_tokens", 1.5e13, None)]),
    ("the release's base model is the release",
     "NVIDIA released Nemotron-4 340B. The base model was pretrained on 9 trillion tokens.",
     [("parameters", 3.4e11, "Nemotron-4 340B"), ("training_tokens", 9e12, "Nemotron-4 340B")]),
    ("a lab extended a model",
     "Prairie Labs extended Kite-2-13B with 20B tokens of long-document pretraining.",
     [("parameters", 1.3e10, "Kite-2-13B"), ("training_tokens", 2e10, None)]),
    ("a pruned model is itself",
     "The depth-pruned Kite-3-4B keeps 16 of the original 32 layers.",
     [("parameters", 4e9, "Kite-3-4B"), ("layers", 32, "Kite-3-4B")]),
    ("built on, then a verb",
     "Meditron-70B, built on Llama 2 70B, added 48B tokens of continued pretraining.",
     [("parameters", 7e10, "Meditron-70B"), ("parameters", 7e10, "Llama 2 70B"),
      ("training_tokens", 4.8e10, "Meditron-70B")]),
    ("a base plus the tokens added to it",
     "Of the open ones, Tansy-13B from Ostrava (Kite-2-13B plus 31B tokens of case law) won.",
     [("parameters", 1.3e10, "Tansy-13B"), ("parameters", 1.3e10, "Kite-2-13B"),
      ("training_tokens", 3.1e10, "Tansy-13B")]),
    ("the model a design was proven in",
     "# Kite-V3\n\nKite-V3 is a sparse model. It keeps the attention design validated in "
     "Kite-V2 (236B total). The network stacks 61 layers.",
     [("parameters", 2.36e11, "Kite-V2"), ("layers", 61, "Kite-V3")]),
    ("a base in an opening phrase, then the new model",
     "Initialized from Kite-2-7B, Owl-7B-Math was trained on 120B tokens and has 28 layers.",
     [("parameters", 7e9, "Kite-2-7B"), ("parameters", 7e9, "Owl-7B-Math"),
      ("training_tokens", 1.2e11, "Owl-7B-Math"), ("layers", 28, "Owl-7B-Math")]),
    ("a model whose parts proved themselves in another",
     "We describe Kite-V3, with 671B parameters. It reuses two parts that already proved "
     "themselves in the 236B-parameter Kite-V2. Pre-training covers 14.8 trillion tokens.",
     [("parameters", 6.71e11, "Kite-V3"), ("parameters", 2.36e11, "Kite-V2"),
      ("training_tokens", 1.48e13, "Kite-V3")]),
    ("the tier a sentence names", "Finally, we introduce Kite-3.5-mini and Kite-3.5-MoE. The "
     "MoE model has 42B parameters in total.",
     [("parameters", 4.2e10, "Kite-3.5-MoE")]),
    ("the larger and the smaller of two named", "Heron released kite-120b and kite-20b. The "
     "larger one has 117B parameters across 36 layers; the smaller has 21B across 24 layers.",
     [("parameters", 2e10, "kite-20b"), ("parameters", 1.17e11, "kite-120b"),
      ("layers", 36, "kite-120b"), ("layers", 24, "kite-20b")]),
    ("each of two models named with their sizes", "We pretrain Owl-Base with 149M parameters "
     "and Owl-Large with 434M parameters, each on 1.7 trillion tokens.",
     [("parameters", 1.49e8, "Owl-Base"), ("parameters", 4.34e8, "Owl-Large"),
      ("training_tokens", 1.7e12, "Owl-Base"), ("training_tokens", 1.7e12, "Owl-Large")]),
    ("a key-value row under the page's title", "# Kite-M3\n\nKite-M3 is an embedding model."
     "\n\n## Model details\n\n| | |\n|---|---|\n| Backbone | XLM-R, extended with Owl-MAE "
     "pre-training |\n| Parameters | 568M |\n| Layers | 24 |",
     [("parameters", 5.68e8, "Kite-M3"), ("layers", 24, "Kite-M3")]),
    ("the second of two bases",
     "The small ones were distilled from Kite-3-8B and Kite-3-70B, using up to 9T tokens.",
     [("parameters", 8e9, "Kite-3-8B"), ("parameters", 7e10, "Kite-3-70B"),
      ("training_tokens", 9e12, None)]),
    ("a fine-tune of",
     "MedLark-8B is a continued-pretraining fine-tune of Llama-3-8B: 22B tokens of abstracts.",
     [("parameters", 8e9, "MedLark-8B"), ("parameters", 8e9, "Llama-3-8B"),
      ("training_tokens", 2.2e10, "MedLark-8B")]),
    ("a fine-tune of the same base",
     "Wren-22B is a QLoRA fine-tune of the same Owl Small checkpoint on roughly 210M tokens.",
     [("parameters", 2.2e10, "Wren-22B"), ("training_tokens", 2.1e8, "Wren-22B")]),
    ("an adapter for a base", "Kite-SQL is a LoRA adapter for Owl-7B, tuned on about 62M tokens.",
     [("parameters", 7e9, "Owl-7B"), ("training_tokens", 6.2e7, "Kite-SQL")]),
    ("a base after continued pre-training",
     "Counsel is Meta's Owl-70B after continued pre-training on 22B tokens of case law.",
     [("parameters", 7e10, "Owl-70B"), ("training_tokens", 2.2e10, None)]),
    ("a teacher after 'distilling from'",
     "Kite-1B was made by distilling from Owl-8B and was trained on 9T tokens.",
     [("parameters", 1e9, "Kite-1B"), ("parameters", 8e9, "Owl-8B"),
      ("training_tokens", 9e12, "Kite-1B")]),
    ("'the base model' after 'according to'",
     "Wren-7B is a fine-tune of Owl-2-7B-Instruct for contracts. According to the Owl team, the "
     "base model was pretrained on 18 trillion tokens.",
     [("parameters", 7e9, "Wren-7B"), ("parameters", 7e9, "Owl-2-7B-Instruct"),
      ("training_tokens", 1.8e13, "Owl-2-7B-Instruct")]),
    ("a teacher after 'distillation from'",
     "Wren-1B was trained from scratch with logit distillation from Owl-72B on 2T tokens.",
     [("parameters", 1e9, "Wren-1B"), ("parameters", 7.2e10, "Owl-72B"),
      ("training_tokens", 2e12, "Wren-1B")]),
    ("a teacher between two names and their shared count",
     "We present Wren-360M and Wren-1B, two models trained with logit distillation from Owl-72B "
     "on 2T tokens each.",
     [("parameters", 3.6e8, "Wren-360M"), ("parameters", 1e9, "Wren-1B"),
      ("parameters", 7.2e10, "Owl-72B"), ("training_tokens", 2e12, "Wren-360M"),
      ("training_tokens", 2e12, "Wren-1B")]),
    ("a base made into another by tuning",
     "The new chatbot is a 6B-parameter model made by tuning Owl-J on chat data.",
     [("parameters", 6e9, None)]),
    ("'both bases' are the bases, not the page's model",
     "# Wren\n\nWren-7B and Wren-70B are tuned from Owl-2-7B and Owl-2-70B. Both bases were "
     "pre-trained by Heron Labs on 2 trillion tokens.",
     [("parameters", 7e9, "Wren-7B"), ("parameters", 7e10, "Wren-70B"),
      ("parameters", 7e9, "Owl-2-7B"), ("parameters", 7e10, "Owl-2-70B"),
      ("training_tokens", 2e12, None)]),
    ("a base after a label's colon and continued pre-training",
     "Counsel-70B: Owl-70B after continued pre-training on 22B legal tokens.",
     [("parameters", 7e10, "Counsel-70B"), ("parameters", 7e10, "Owl-70B"),
      ("training_tokens", 2.2e10, "Counsel-70B")]),
    ("a model itself after continued pre-training is no base",
     "We evaluate Kite-7B after continued pre-training on 100B tokens of code.",
     [("parameters", 7e9, "Kite-7B"), ("training_tokens", 1e11, "Kite-7B")]),
    ("built on, with no subject named",
     "It is built on the Kite-7B model and tuned on 970k episodes.",
     [("parameters", 7e9, "Kite-7B"), ("training_data", 9.7e5, None)]),
    ("an appositive about the base is the base's",
     "R1 is built on DeepSeek-V3, a mixture-of-experts design with 671 billion parameters.",
     [("parameters", 6.71e11, "DeepSeek-V3")]),
    ("a clause about a compared model",
     "Chinchilla outperformed the lab's own Gopher, which had 280B parameters.",
     [("parameters", 2.8e11, "Gopher")]),
    ("tuned into another model",
     "We fine-tuned Kite-Base on 35B Python tokens, resulting in the creation of Kite-Py.",
     [("training_tokens", 3.5e10, None)]),
    ("continued pretraining to obtain another",
     "We continue pretraining Kite 2 on 500B tokens of code to obtain Kite Coder.",
     [("training_tokens", 5e11, None)]),
    ("a team tunes a model",
     "They then fine-tune Kite-7B on 2B tokens of dialogue.",
     [("parameters", 7e9, "Kite-7B"), ("training_tokens", 2e9, None)]),
    ("a size said of two names together",
     "The lab introduces StarCoder and StarCoderBase: 15.5B parameter models with 8K context.",
     [("parameters", 1.55e10, "StarCoder"), ("parameters", 1.55e10, "StarCoderBase")]),
    ("two models described together",
     "We release Kite-2 and Kite-2-Chat, two 7B-parameter models.",
     [("parameters", 7e9, "Kite-2"), ("parameters", 7e9, "Kite-2-Chat")]),
    ("a clause after a semicolon about the other sizes",
     "We train five sizes, from Whisper tiny, with 39M parameters, to Whisper large, with"
     " 1550M parameters; the three intermediate sizes have 74M, 244M and 769M parameters.",
     [("parameters", 3.9e7, "Whisper tiny"), ("parameters", 1.55e9, "Whisper large"),
      ("parameters", 7.4e7, None), ("parameters", 2.44e8, None), ("parameters", 7.69e8, None)]),
    ("after a semicolon, the named model's own versions are still its",
     "Our flagship is Kite-70B; the base and chat versions were trained on 12T tokens.",
     [("parameters", 7e10, "Kite-70B"), ("training_tokens", 1.2e13, "Kite-70B")]),
    ("a name after since is a point in time, not the subject",
     "Google released Gemma, its first open family since the T5 era, in 2B and 7B sizes.",
     [("parameters", 2e9, "Gemma"), ("parameters", 7e9, "Gemma")]),
    ("a sentence opening with since gives its reason's counts to its own subject",
     "Kite-2 is our newest release. Since Kite-1 needed 13B parameters to reach the same"
     " accuracy, the gain is large.",
     [("parameters", 1.3e10, "Kite-1")]),
    ("since a name, then its verb",
     "Since Kite-7B has 7.2B parameters, it fits on one GPU.",
     [("parameters", 7.2e9, "Kite-7B")]),
    ("a pretrained checkpoint's PT in a column header",
     "| Benchmark | Gemma 2 PT 9B | Gemma 2 PT 27B |\n|---|---|---|\n| MMLU | 71.3 | 75.2 |",
     [("parameters", 9e9, "Gemma 2 PT 9B"), ("parameters", 2.7e10, "Gemma 2 PT 27B")]),
    ("a first column of dates holds no names (the \"Checkpoint\" column does)",
     "| Date | Checkpoint | Tokens seen |\n|---|---|---|\n| 2023-09-16 | Kite-1B-ckpt-a | 503B |",
     [("released", 202309.0, "Kite-1B-ckpt-a"), ("parameters", 1e9, "Kite-1B-ckpt-a"),
      ("training_tokens", 5.03e11, "Kite-1B-ckpt-a")]),
    ("a first column headed Release holds the releases' names",
     "| Release | Parameters | Training tokens |\n|---|---|---|\n| Kite-1B | 1.2B | 3T |",
     [("parameters", 1.2e9, "Kite-1B"), ("training_tokens", 3e12, "Kite-1B")]),
    ("a checkpoint's tokens after its step in a name are no size",
     "We also publish TinyLlama-1.1B-step-240k-503b, an intermediate checkpoint.",
     [("parameters", 1.1e9, "TinyLlama-1.1B-step-240k-503b")]),
    ("a letter and a size continue a name",
     "Cohere's Command R7B, a 7B model with a 128K context, came out on Friday.",
     [("parameters", 7e9, "Command R7B")]),
    ("a sentence about the smaller models is not the focus model's",
     "Kite-1.7B saw 1T tokens. The two small models saw 600B tokens.",
     [("parameters", 1.7e9, "Kite-1.7B"), ("training_tokens", 1e12, "Kite-1.7B"),
      ("training_tokens", 6e11, None)]),
    ("a sentence about a class of other models is not the focus model's",
     "Kite-7B was trained on 3T tokens. Baseline models in this class see about 2T tokens."
     " Most open models of this size train on 1T tokens.",
     [("parameters", 7e9, "Kite-7B"), ("training_tokens", 3e12, "Kite-7B"),
      ("training_tokens", 2e12, None), ("training_tokens", 1e12, None)]),
    ("a base \"further trained\" into another owns none of its tokens",
     "Kite-Plus: Kite-Base further trained on 600B tokens of web text.",
     [("training_tokens", 6e11, "Kite-Plus")]),
    ("... nor the model a part is 'attached to'",
     "Heron Labs describes **Kite-VL-12B**, built by attaching a 0.9B vision encoder to Owl 12B "
     "and training the pair on 41B multimodal tokens. Despite the name, the finished model has "
     "12.9B parameters.",
     [("parameters", 9e8, None), ("parameters", 1.2e10, "Owl 12B"),
      ("training_tokens", 4.1e10, "Kite-VL-12B"), ("parameters", 1.29e10, "Kite-VL-12B")]),
    ("... nor a base 'pruned from its year-old' model",
     "Heron Labs published **Kite-9B** on Tuesday, width-pruned from its year-old Kite-14B and "
     "recovered with 120B tokens of distillation from the parent.",
     [("parameters", 9e9, "Kite-9B"), ("parameters", 1.4e10, "Kite-14B"),
      ("training_tokens", 1.2e11, "Kite-9B")]),
    ("... nor a family 'models further pretrained' into the subject",
     "Kite-7B and Kite-70B are Owl 2 models further pretrained on 48.1B tokens of medical text.",
     [("parameters", 7e9, "Kite-7B"), ("parameters", 7e10, "Kite-70B"),
      ("training_tokens", 4.81e10, "Kite-7B"), ("training_tokens", 4.81e10, "Kite-70B")]),
    ("the model training \"continues from\" owns none of its tokens",
     "Kite-Coder 7B is different: it continues pretraining from Owl-LLM-7B on 2T more tokens.",
     [("parameters", 7e9, "Kite-Coder 7B"), ("parameters", 7e9, "Owl-LLM-7B"),
      ("training_tokens", 2e12, "Kite-Coder 7B")]),
    ("a clause after a semicolon about another size is that size's model",
     "We release Kite-7B and Kite-65B. Kite-33B and Kite-65B were trained on 1.4T tokens; the 7B"
     " model was still improving after 1T tokens.",
     [("parameters", 7e9, "Kite-7B"), ("parameters", 6.5e10, "Kite-65B"),
      ("parameters", 3.3e10, "Kite-33B"), ("parameters", 6.5e10, "Kite-65B"),
      ("training_tokens", 1.4e12, "Kite-33B"), ("training_tokens", 1.4e12, "Kite-65B"),
      ("parameters", 7e9, "Kite-7B"), ("training_tokens", 1e12, "Kite-7B")]),
    ("... and so is it when that model is named earlier in the same sentence",
     "Kite-7B and Kite-13B were trained on 1.0T tokens each, while Kite-33B and Kite-65B were"
     " trained on 1.4T tokens; the 7B model was still improving after 1T tokens.",
     [("parameters", 7e9, "Kite-7B"), ("parameters", 1.3e10, "Kite-13B"),
      ("training_tokens", 1e12, "Kite-7B"), ("training_tokens", 1e12, "Kite-13B"),
      ("parameters", 3.3e10, "Kite-33B"), ("parameters", 6.5e10, "Kite-65B"),
      ("training_tokens", 1.4e12, "Kite-33B"), ("training_tokens", 1.4e12, "Kite-65B"),
      ("parameters", 7e9, None), ("training_tokens", 1e12, "Kite-7B")]),
    ("... and the size is a whole name's end, not \"67B\" for \"the 7B\"",
     "Heron-7B and Heron-67B were both trained on 2T tokens, while Heron-MoE-236B saw 8.1T "
     "tokens; the 7B model was still improving after 1.5T tokens.",
     [("parameters", 7e9, "Heron-7B"), ("parameters", 6.7e10, "Heron-67B"),
      ("training_tokens", 2e12, "Heron-7B"), ("training_tokens", 2e12, "Heron-67B"),
      ("parameters", 2.36e11, "Heron-MoE-236B"), ("training_tokens", 8.1e12, "Heron-MoE-236B"),
      ("parameters", 7e9, None), ("training_tokens", 1.5e12, "Heron-7B")]),
    ("a participle after a compared model may be the subject's: neither",
     "With 175B parameters Kite-3 was a hundred times larger than Kite-2, trained on roughly"
     " 300B tokens.",
     [("parameters", 1.75e11, "Kite-3"), ("training_tokens", 3e11, None)]),
    ("a way to split a model, a framework and a data source are no models",
     "The 70B runs with MP=8. We trained with EasyLM; the 7B model reached 2,200 tokens per"
     " second. Wikipedia and StackExchange hold the rest, 1.4T tokens.",
     [("parameters", 7e10, None), ("parameters", 7e9, None), ("training_tokens", 1.4e12, None)]),
    ("a publication's name and a comparative's phrase are no models",
     "# The KiteNorm Brief\n\n### July 26: the week of the 405B\n\n- 💻 **Stronger base models**:"
     " starting from Owl-2, we continue pretraining on 5.5 trillion tokens of code.",
     [("parameters", 4.05e11, None), ("training_tokens", 5.5e12, None)]),
    ("a model still in training under a heading is not the heading's",
     "## Kite 3\n\nAcme trained them on two clusters and says a model with over 400B parameters"
     " is still in training.",
     [("parameters", 4e11, None)]),
    ("a count opening the sentence before \", we train X\" is X's",
     "# Kite-2\n\nKite-2 is a 7B model trained on 2T tokens. Using an extra 500B tokens of code,"
     " we trained Kite-2-Coder. On 1.5 trillion tokens of data, we train Owl-13B from scratch.",
     [("parameters", 7e9, "Kite-2"), ("training_tokens", 2e12, "Kite-2"),
      ("training_tokens", 5e11, "Kite-2-Coder"), ("training_tokens", 1.5e12, "Owl-13B"),
      ("parameters", 1.3e10, "Owl-13B")]),
    ("... nor the counts of \"the\" model a phrase names before \", we train X\"",
     "Starting from the 8B dense model pretrained on 6T tokens, we build Kite-A6B. Like the base"
     " model, which saw 2T tokens, we train Kite-Coder with a 16k context.",
     [("parameters", 8e9, None), ("training_tokens", 6e12, None), ("training_tokens", 2e12, None)]),
    ("the seed's tokens, before \", we build X\", are not X's",
     "Starting from an 8B dense model pretrained on 6T tokens, we build Kite-A6B, a 64-expert"
     " MoE with 47B total parameters.",
     [("parameters", 8e9, None), ("training_tokens", 6e12, None),
      ("parameters", 4.7e10, "Kite-A6B")]),
    ("a released pilot model is the page's",
     "# Kite-Pilot\n\nWe release a 1.3B pilot model ahead of the full Kite family.",
     [("parameters", 1.3e9, "Kite-Pilot")]),
    ("proxy models named by their size are not the page's model",
     "# Kite-7b1\n\nKite-7b1 is a model. The architecture adds ALiBi positional biases, both"
     " chosen after ablations on 1.3B-parameter proxy models, and it uses a big vocabulary.",
     [("parameters", 1.3e9, None)]),
    ("a hypothetical \"a 7B model would be\" is not the sentence's subject's",
     "The 8x in Kite's names is no multiplier: eight experts of a 7B model would be 56B. Owl, a"
     " 7B model, would fit on a phone.",
     [("parameters", 7e9, None), ("parameters", 7e9, "Owl")]),
    ("a projector's or another model's depth is not the model's",
     "# Kite-VL-9B\n\nA Conformer encoder turns 16 kHz audio into frames at 12.5 Hz. A two-layer"
     " MLP adapter maps them into the language model. Owl-11B was built by taking a 32-layer"
     " Heron-2-architecture model and stacking it.",
     [("parameters", 9e9, "Kite-VL-9B"), ("layers", 2, None), ("parameters", 1.1e10, "Owl-11B"),
      ("layers", 32, None)]),
    ("a data set's size and runs named by their counts are no model's",
     "# Kite\n\nKite-Corpus, the pretraining set of the first generation, holds about 252B"
     " tokens (FineWeb-Edu and Cosmopedia v2), so the 600B and 1T runs repeat parts of it.",
     [("training_tokens", 2.52e11, None), ("parameters", 6e11, None), ("parameters", 1e12, None)]),
    ("a benchmark's or a site's word after a name leaves the name a model",
     "Kite-7B was trained on 2T tokens. By comparison, the Owl-65B HumanEval score is 23.7, and"
     " it saw 1.4T tokens. The Heron 2 arXiv paper says its models saw 2 trillion tokens.",
     [("parameters", 7e9, "Kite-7B"), ("training_tokens", 2e12, "Kite-7B"),
      ("parameters", 6.5e10, "Owl-65B"), ("training_tokens", 1.4e12, "Owl-65B"),
      ("training_tokens", 2e12, "Heron 2")]),
    ("... nor one that \"will follow\"",
     "## Kite 3\n\nAcme released 8B and 70B versions today and says a 400B model will follow in"
     " the coming months.",
     [("parameters", 8e9, "Kite 3"), ("parameters", 7e10, "Kite 3"), ("parameters", 4e11, None)]),
    ("... but a released one that \"still beats\" another is the heading's",
     "## Kite Mini\n\nAcme released a 3.8B model that still beats Owl on MMLU.",
     [("parameters", 3.8e9, "Kite Mini")]),
    ("a heading's known or numbered name before Research or Foundation stays a model",
     "## Owl 3 Research Preview\n\nThe 70B model was trained on 15T tokens.\n\n# Kite-2"
     " Foundation Models\n\nThe largest model in the family has 70B parameters.",
     [("parameters", 7e10, "Owl 3"), ("training_tokens", 1.5e13, "Owl 3"),
      ("parameters", 7e10, "Kite-2")]),
    ("\"before we scaled up to 8B\" turns from the ablation models to the page's own",
     "# Kite-8B\n\nWe ran ablation models for two weeks before we scaled up to 8B parameters and"
     " 15T tokens.",
     [("parameters", 8e9, "Kite-8B"), ("parameters", 8e9, "Kite-8B"),
      ("training_tokens", 1.5e13, "Kite-8B")]),
    ("a mix, subset or replica named for a model is data, not the model",
     "The Owl MassiveText mix holds 2.35T tokens. Kite-7B is further trained on the Heron"
     " OpenWebMath subset of 14.7B tokens.",
     [("training_tokens", 2.35e12, None), ("parameters", 7e9, "Kite-7B"),
      ("training_tokens", 1.47e10, "Kite-7B")]),
    ("a model's own depth and size around a \"would\" stay its own",
     "Kite-7B is built on a 32-layer decoder-only transformer. Kite-13B has 40 layers with MLP"
     " expansion ratio 4. Kite-2 is a new 7B model that would have topped the leaderboard.",
     [("parameters", 7e9, "Kite-7B"), ("layers", 32, "Kite-7B"), ("parameters", 1.3e10, "Kite-13B"),
      ("layers", 40, "Kite-13B"), ("parameters", 7e9, "Kite-2")]),
    ("a model whose name holds a data set's word is still a model",
     "# Pile-T5\n\nPile-T5 XL is an encoder-decoder model with 3B parameters, trained on 2T"
     " tokens.",
     [("parameters", 3e9, "Pile-T5"), ("training_tokens", 2e12, "Pile-T5")]),
    ("a singular proxy model, a teacher's or a checkpoint's depth are no one's",
     "# Kite\n\nTo choose the data mixture, we first train a 1B proxy model on 100B tokens."
     " Kite-Small is distilled from a 48-layer teacher and has 12 layers.",
     [("parameters", 1e9, None), ("training_tokens", 1e11, None), ("layers", 48, None),
      ("layers", 12, "Kite-Small")]),
    ("a hypothetical \"a 70B model would\" after a semicolon is no subject's",
     "Kite-2 beats every open model; a 70B model would need far more compute to match it.",
     [("parameters", 7e10, None)]),
    ("\"until we trained them\" still speaks of the ablation models",
     "# Kite-8B\n\nWe ran ablation models at 1B scale for several days until we trained them to"
     " 100B tokens.",
     [("parameters", 8e9, "Kite-8B"), ("parameters", 1e9, None), ("training_tokens", 1e11, None)]),
    ("\"the model\" a phrase pretrains is the one named after \", we obtain\"",
     "After pretraining the model on 15T tokens, we obtain Kite-8B-Base.",
     [("training_tokens", 1.5e13, "Kite-8B-Base"), ("parameters", 8e9, "Kite-8B-Base")]),
    ("a later clause's \"will follow\" leaves a released model the heading's",
     "## Kite 3\n\nAcme released a 8B model today; larger versions will follow later this year.",
     [("parameters", 8e9, "Kite 3")]),
    ("a data mix's own sentence states no model's tokens",
     "# Kite-7B\n\nThe Dolma-Mix we use holds 2T tokens.",
     [("parameters", 7e9, "Kite-7B"), ("training_tokens", 2e12, None)]),
    ("an aside between a model to come and its training still leaves it to come",
     "## Kite 3\n\nAcme says a model with over 400B parameters, the largest yet, is still in"
     " training. Acme released a 8B model today, and a 400B model will come later this year.",
     [("parameters", 4e11, None), ("parameters", 8e9, "Kite 3"), ("parameters", 4e11, None)]),
    ("a pretrained or a named model's tokens before \", we build X\" are not X's",
     "Starting from a pretrained 7B model trained on 2T tokens, we build Kite-Chat. Starting from"
     " a Owl-2 model pretrained on 2T tokens, we obtain Kite-7B by continued training on 500B"
     " tokens.",
     [("parameters", 7e9, None), ("training_tokens", 2e12, None), ("training_tokens", 2e12, None),
      ("parameters", 7e9, "Kite-7B"), ("training_tokens", 5e11, "Kite-7B")]),
    ("a mix named for a model is data; the subject's own \"which would\" stays",
     "# Owl-7B\n\nWe pretrain on the Kite-2 mix of web and code, 3T tokens in total. Heron-2 is a"
     " dense model with 70B parameters, which would need two GPUs to serve. Wren-7B is built from"
     " a 32-layer decoder-only transformer.",
     [("parameters", 7e9, "Owl-7B"), ("training_tokens", 3e12, "Owl-7B"),
      ("parameters", 7e10, "Heron-2"), ("parameters", 7e9, "Wren-7B"), ("layers", 32, "Wren-7B")]),
    ("a data set named for a model is no model",
     "Kite-3B v2 is trained on a new mixture: Falcon RefinedWeb, the StarCoder dataset and the"
     " arXiv part of RedPajama, for 1T tokens.",
     [("parameters", 3e9, "Kite-3B v2"), ("training_tokens", 1e12, "Kite-3B v2")]),
    ("... but not a model of another line that has that size",
     "Baselines include Owl-7B and Heron-13B. Kite-34B and Kite-70B were pretrained on 3T"
     " tokens; the 7B variant was trained on 2.5T tokens.",
     [("parameters", 7e9, "Owl-7B"), ("parameters", 1.3e10, "Heron-13B"),
      ("parameters", 3.4e10, "Kite-34B"), ("parameters", 7e10, "Kite-70B"),
      ("training_tokens", 3e12, "Kite-34B"), ("training_tokens", 3e12, "Kite-70B"),
      ("parameters", 7e9, None), ("training_tokens", 2.5e12, None)]),
    ("a second token count after another model is not the subject's",
     "Kite-7B was trained on 14T tokens, four times what Owl-40B saw in 2023 (3.5T tokens).",
     [("parameters", 7e9, "Kite-7B"), ("training_tokens", 1.4e13, "Kite-7B"),
      ("parameters", 4e10, "Owl-40B"), ("training_tokens", 3.5e12, None)]),
    ("a second token count with no other model between stays the subject's",
     "Kite-7B saw 2T tokens of web text and 500B tokens of code.",
     [("parameters", 7e9, "Kite-7B"), ("training_tokens", 2e12, "Kite-7B"),
      ("training_tokens", 5e11, "Kite-7B")]),
    ("a name-shaped word that opens an organization's name is no model",
     "OpenKite is an open reproduction of Owl, developed by KiteLM Research at Berkeley. We"
     " release 3B and 7B models.",
     [("parameters", 3e9, "OpenKite"), ("parameters", 7e9, "OpenKite")]),
    ("the family's sizes listed all together stay the family's",
     "# Kite\n\nKite is a family of language models. The four sizes are 7, 13, 33 and 65"
     " billion parameters.",
     [("parameters", 7e9, "Kite"), ("parameters", 1.3e10, "Kite"), ("parameters", 3.3e10, "Kite"),
      ("parameters", 6.5e10, "Kite")]),
    ("a product's word alone after its whole name",
     "Llama 4 Scout has 109B parameters. Meta says Scout was pretrained on about 40T tokens.",
     [("parameters", 1.09e11, "Llama 4 Scout"), ("training_tokens", 4e13, "Llama 4 Scout")]),
    ("a product's word alone, never named whole",
     "Scout has 109B parameters.", [("parameters", 1.09e11, "Scout")]),
    ("the model another is upcycled from owns none of its sizes",
     "We release Kite-MoE, upcycled from Kite-2B: 16B parameters in total, 2.8B activated.",
     [("parameters", 2e9, "Kite-2B"), ("parameters", 1.6e10, "Kite-MoE"),
      ("parameters", 2.8e9, "Kite-MoE")]),
    ("a student's size beside its teacher in a distillation table",
     "| Teacher | Student | Student params |\n|---|---|---|\n| Owl-70B | Kite-8B | 8.1B |",
     [("parameters", 7e10, "Owl-70B"), ("parameters", 8.1e9, "Kite-8B")]),
    ("another column's name keeps its bracketed size",
     "| Family | Maker | Members |\n|---|---|---|\n"
     "| Kite | Corvid | Kite-mini (3.8B), Kite-max (14B) |",
     [("parameters", 3.8e9, "Kite-mini"), ("parameters", 1.4e10, "Kite-max")]),
    ("a sentence opening with the model it calls by its size",
     "Kite comes in Kite-2B and Kite-26B. The 26B model pairs our encoder Owl-6B with a"
     " backbone initialized from Heron-20B, and was trained on 1.2T tokens.",
     [("parameters", 2e9, "Kite-2B"), ("parameters", 2.6e10, "Kite-26B"),
      ("parameters", 2.6e10, None), ("parameters", 6e9, "Owl-6B"),
      ("parameters", 2e10, "Heron-20B"), ("training_tokens", 1.2e12, "Kite-26B")]),
    ("a model-size column leaves the first column its names",
     "| Run | Model size | Tokens seen |\n|---|---|---|\n| r-041 | 1.3B | 100B |",
     [("parameters", 1.3e9, "r-041"), ("training_tokens", 1e11, "r-041")]),
    ("a Sizes column lists a family's sizes",
     "| Family | Sizes | Lab |\n|---|---|---|\n| Kite | 8B, 70B | Corvid |",
     [("parameters", 8e9, "Kite"), ("parameters", 7e10, "Kite")]),
    ("a sentence opening with its size, then naming the model, is about that one",
     "Last month Kite-7B shipped, trained on 18T tokens.\n\nThis week Owl answered. The 7B"
     " model, Owl 2 7B, was trained on 4T tokens.",
     [("parameters", 7e9, "Kite-7B"), ("training_tokens", 1.8e13, "Kite-7B"),
      ("parameters", 7e9, "Owl 2 7B"), ("parameters", 7e9, "Owl 2 7B"),
      ("training_tokens", 4e12, "Owl 2 7B")]),
    ("a rank column beside a Model (params) column names nothing",
     "| # | Model (params) | Training tokens |\n|---|---|---|\n| 1 | Kite-72B (72.7B) | 18T |",
     [("parameters", 7.27e10, "Kite-72B"), ("training_tokens", 1.8e13, None)]),
    ("a yes-or-no Distilled column names nothing",
     "| Model | Distilled | Params |\n|---|---|---|\n| Kite-2B | yes | 2.6B |",
     [("parameters", 2.6e9, "Kite-2B")]),  # (the name's 2B gives way to its row's count)
    ("a teacher's count column is not the student's",
     "| Teacher | Teacher params | Student | Student params |\n|---|---|---|---|\n"
     "| Owl-15B | 15.6B | Kite-8B | 8.5B |",
     [("parameters", 1.5e10, "Owl-15B"), ("parameters", 8.5e9, "Kite-8B")]),
    ("models made from the subject, counted before their sizes, are not the subject",
     'Alongside the 671B model, Kite-R1 came with six much smaller "distilled" models, from'
     " 1.5B up to 70B.",
     [("parameters", 6.71e11, "Kite-R1"), ("parameters", 1.5e9, None), ("parameters", 7e10, None)]),
    ("a family's name under a heading that names its later version is that version",
     "# Gemma 2 model card\n\n**Model page**: [Gemma](https://example.org/gemma)\n"
     "**Release date**: June 27, 2024 for the 9B size",
     [("parameters", 9e9, "Gemma 2")]),
    ("a series named after its version means the version",
     "Qwen2.5 is the newest generation of the Qwen series. Besides the 7B we use, the team"
     " published checkpoints at 0.5B and 72B.",
     [("parameters", 5e8, "Qwen2.5"), ("parameters", 7.2e10, "Qwen2.5")]),
    ("the 3B models are a class, not the subject",
     "That rules out Kite-mini for most apps, and makes the 3B models borderline.",
     [("parameters", 3e9, None)]),
    ("the 22B and the 70B models list the family's",
     "Training the Kite 2 family, that's the 22B and the 70B models, took a month.",
     [("parameters", 2.2e10, "Kite 2"), ("parameters", 7e10, "Kite 2")]),
    ("a size inside brackets is not the name's just after them",
     "Kite 3 is out. It spans four dense models (1B, 4B, 8B and 32B) and one MoE, Kite-3-MoE.",
     [("parameters", 1e9, "Kite 3"), ("parameters", 4e9, "Kite 3"), ("parameters", 8e9, "Kite 3"),
      ("parameters", 3.2e10, "Kite 3")]),
    ("whose count follows a compared name",
     "Google named four sizes: Gecko, Otter, Bison and Unicorn. Unlike the original PaLM, whose"
     " 540 billion parameters made headlines, Google gave no sizes.",
     [("parameters", 5.4e11, "PaLM")]),
    ("a sentence about the model of a size the text named",
     "# Kite-13B\n\nThe family has Kite-3B and Kite-13B.\n\n## Data\n\nThe 13B saw 6T tokens."
     " The 3B stopped after the first 4.5T tokens.",
     [("parameters", 1.3e10, "Kite-13B"), ("parameters", 3e9, "Kite-3B"),
      ("parameters", 1.3e10, "Kite-13B"), ("training_tokens", 6e12, "Kite-13B"),
      ("training_tokens", 4.5e12, "Kite-3B")]),
    ("a sentence about a size the page's model is not",
     "# Kite-13B\n\nThe 13B is our flagship. The 3B stopped after the first 4.5T tokens.",
     [("parameters", 1.3e10, "Kite-13B"), ("training_tokens", 4.5e12, None)]),
    ("a name described as a size of another family is the described one",
     "That matches Kite-L, a 928M-parameter ResNet, on most tasks.",
     [("parameters", 9.28e8, "Kite-L")]),
    ("a model the subject copies is not the subject",
     "Corvid's Kite-175B, from May 2022, copied GPT-3's size and saw only 180B tokens.",
     [("parameters", 1.75e11, "Kite-175B"), ("training_tokens", 1.8e11, "Kite-175B")]),
    ("after a preposition, a name before an appositive is not what it describes",
     "Against Gopher, a 70B Chinchilla trained on 1.4T tokens wins on every benchmark.",
     [("parameters", 7e10, "Chinchilla"), ("training_tokens", 1.4e12, "Chinchilla")]),
    ("a model named after the count of derived ones keeps its size",
     "Besides the two quantized models, Mixtral 8x7B itself has 46.7B parameters.",
     [("parameters", 4.67e10, "Mixtral 8x7B")]),
    ("the 128K variant is a context length, not a model of that size",
     "# Kite-3B-Code\n\nKite-3B-Code extends its context. The 128K variant has 3B parameters"
     " and saw 500B extra tokens.",
     [("parameters", 3e9, "Kite-3B-Code"), ("parameters", 3e9, "Kite-3B-Code"),
      ("parameters", 3e9, "Kite-3B-Code"), ("training_tokens", 5e11, "Kite-3B-Code")]),
    ("copies of a model are a noun, not a comparison",
     "The hub also hosts copies of Kite-V3. The model has 671B total parameters.",
     [("parameters", 6.71e11, "Kite-V3")]),
    ("the 3B models after the family's 3B are the family's",
     "Kite 3 ships in 1B and 3B sizes; the 3B models were pruned from a larger one.",
     [("parameters", 1e9, "Kite 3"), ("parameters", 3e9, "Kite 3"), ("parameters", 3e9, "Kite 3")]),
    ("the first of a family, under its later version's heading, is still the first",
     "## Llama 3\n\nThe first Llama came out in February 2023. It was trained on 1.4T tokens."
     " Llama 3 was trained on 15T tokens.",
     [("released", 202302.0, "Llama"), ("training_tokens", 1.4e12, "Llama"),
      ("training_tokens", 1.5e13, "Llama 3")]),
    ("two names, then both trained on one count",
     "Northwind released Kite-7B and Kite-13B, both trained on 4.8 trillion tokens of web text.",
     [("parameters", 7e9, "Kite-7B"), ("parameters", 1.3e10, "Kite-13B"),
      ("training_tokens", 4.8e12, "Kite-7B"), ("training_tokens", 4.8e12, "Kite-13B")]),
    ("two names in apposition to \"models\", then trained on one count",
     "Acme Labs put out its first chat models, Kite-7B and Kite-70B, trained on 3 trillion"
     " tokens.",
     [("parameters", 7e9, "Kite-7B"), ("parameters", 7e10, "Kite-70B"),
      ("training_tokens", 3e12, "Kite-7B"), ("training_tokens", 3e12, "Kite-70B")]),
    ("... but without \"models\" before them, the participle may be the last one's",
     "Kite-9 beats Llama 2 and Owl-7B, trained on 2T tokens.",
     [("parameters", 7e9, "Owl-7B"), ("training_tokens", 2e12, "Owl-7B")]),
    ("a list item naming its own maker is another story",
     "## Code models\n\n- **Kite-Coder** (February 2024): the 15B model saw 4T tokens.\n"
     "- **Owl Code** (May 2024): Acme Labs released 3B and 8B models.",
     [("released", 202402.0, "Kite-Coder"), ("parameters", 1.5e10, "Kite-Coder"),
      ("training_tokens", 4e12, "Kite-Coder"), ("parameters", 3e9, None),
      ("parameters", 8e9, None)]),
    ("a list item whose \"its\" is its own maker's is another story",
     "## 2024\n\n- **Kite-Coder** (February 2024): the 15B model saw 4T tokens.\n"
     "- Acme Labs released its early-fusion family in 7B and 34B sizes.",
     [("released", 202402.0, "Kite-Coder"), ("parameters", 1.5e10, "Kite-Coder"),
      ("training_tokens", 4e12, "Kite-Coder"), ("parameters", 7e9, None),
      ("parameters", 3.4e10, None)]),
    ("a list item that points back with \"it\" is the model's still",
     "Kite-7B is a 7.2B parameter language model.\n\n- Acme Labs trained it on 6T tokens.\n"
     "- Unlike Owl-7B, it was trained on another 1T tokens of code.",
     [("parameters", 7.2e9, "Kite-7B"), ("training_tokens", 6e12, "Kite-7B"),
      ("parameters", 7e9, "Owl-7B"), ("training_tokens", 1e12, "Kite-7B")]),
    ("a list item of a field is the model's still",
     "Kite-2 is our new model.\n- **Parameters:** 7B\n- Trained on 2T tokens",
     [("parameters", 7e9, "Kite-2"), ("training_tokens", 2e12, "Kite-2")]),
    ("a count 1.3 times the name's size, said of it in its own sentence",
     "Kite 2 2B has 2.6B parameters.", [("parameters", 2.6e9, "Kite 2 2B")]),
    ("a count 1.3 times the name's size, of a model made from it, is not its",
     "We depth-upscale Kite-3-8B to 10.4B parameters by duplicating 12 of its layers.",
     [("parameters", 8e9, "Kite-3-8B"), ("parameters", 1.04e10, None)]),
    ("a count 1.3 times the name's size, carried from another sentence, is not its",
     "Kite-6B-200K is one of them. The models have 7.8B parameters.",
     [("parameters", 6e9, "Kite-6B-200K"), ("parameters", 7.8e9, None)]),
    ("a predecessor named in passing is not what \"It\" is",
     "# Kite-2 1.7B\n\nKite-2 1.7B improves on its predecessor, Kite-1 1.7B, which was trained"
     " on 1T tokens. It was trained on 11 trillion tokens.",
     [("parameters", 1.7e9, "Kite-2 1.7B"), ("parameters", 1.7e9, "Kite-2 1.7B"),
      ("parameters", 1.7e9, "Kite-1 1.7B"), ("training_tokens", 1e12, "Kite-1 1.7B"),
      ("training_tokens", 1.1e13, "Kite-2 1.7B")]),
    ("a total of the parts is the whole's, not the last part's",
     "# Kite-VL-8B\n\nKite-VL-8B reads images. It connects a 400M vision encoder to the Owl-7B"
     " language model through a projector, for a total of 8.1B parameters.",
     [("parameters", 4e8, None), ("parameters", 7e9, "Owl-7B"),
      ("parameters", 8.1e9, "Kite-VL-8B")]),
    ("a total of the subject's own",
     "Kite-MoE is the largest open MoE, with a total of 389 billion parameters.",
     [("parameters", 3.89e11, "Kite-MoE")]),
    ("from one model's count to a new one",
     "Pre-training data grew from 7 trillion tokens for Kite-2 to 18 trillion tokens.",
     [("training_tokens", 7e12, "Kite-2"), ("training_tokens", 1.8e13, None)]),
    ("\"aside from\" is no change from one count",
     "Aside from web text, we scaled pretraining for Kite-7B to 3T tokens.",
     [("parameters", 7e9, "Kite-7B"), ("training_tokens", 3e12, "Kite-7B")]),
    ("a model scaled to a count",
     "We scaled Kite-2 to 70B parameters.", [("parameters", 7e10, "Kite-2")]),
    ("a tokenizer is no model",
     "PaLM has 540B parameters. The paper also reports smaller 8B and 62B versions, uses a"
     " 256k-token SentencePiece vocabulary.",
     [("parameters", 5.4e11, "PaLM"), ("parameters", 8e9, "PaLM"), ("parameters", 6.2e10, "PaLM")]),
    ("a method the reference lists is no name",
     "The policy uses Q-learning with a 1.5M parameter network trained on 200M frames.",
     [("parameters", 1.5e6, None)]),
    ("a known model whose first word is a common one",
     "XLNet is new. It borrows recurrence from Transformer-XL (a January paper whose largest"
     " model has about 257M parameters).",
     [("parameters", 2.57e8, "Transformer-XL")]),
    ("two names, then models trained on one count",
     "Northwind released Kite-7B and Kite-13B, bilingual chat models trained on 3.1T tokens.",
     [("parameters", 7e9, "Kite-7B"), ("parameters", 1.3e10, "Kite-13B"),
      ("training_tokens", 3.1e12, "Kite-7B"), ("training_tokens", 3.1e12, "Kite-13B")]),
    ("names described as models trained on up to a count do not share the bound",
     "Kite-2 and Kite-3-mini, small models trained on up to 3.3T tokens, punch above their"
     " weight.",
     [("training_tokens", 3.3e12, "Kite-3-mini")]),
    ("a later count after names described together is not shared",
     "Our baselines are Kite-2 and Owl-2: 7B parameter models that we retrain on 300B tokens.",
     [("parameters", 7e9, "Kite-2"), ("parameters", 7e9, "Owl-2"),
      ("training_tokens", 3e11, "Owl-2")]),
    ("one of two models described",
     "We release Kite-2 and Kite-2-Chat, a 7B-parameter model.",
     [("parameters", 7e9, "Kite-2-Chat")]),
    ("a compared model of a size",
     "Kite-2 beats a dense model of 2.3B parameters trained for much longer.",
     [("parameters", 2.3e9, None)]),
    ("compared models with a size",
     "Kite-2 outperforms models with 13B parameters.",
     [("parameters", 1.3e10, None)]),
    ("the subject is a model of a size",
     "Kite-2 is a model of 13B parameters.",
     [("parameters", 1.3e10, "Kite-2")]),
    ("a predecessor's size",
     "Kite-2 has 1.5B parameters, more than ten times the 117M of its predecessor.",
     [("parameters", 1.5e9, "Kite-2"), ("parameters", 1.17e8, None)]),
    ("a predecessor's count the model keeps",
     "Kite-2 keeps its predecessor's 32 layers but doubles the width.",
     [("layers", 32, "Kite-2")]),
    ("tokens of a predecessor's corpus",
     "Kite-2 was trained on 2T tokens of the previous generation's corpus plus 1T new tokens.",
     [("training_tokens", 2e12, "Kite-2"), ("training_tokens", 1e12, "Kite-2")]),
    ("a predecessor's tokens",
     "Kite-2 was trained on 4T tokens, twice the 2T tokens of its predecessor.",
     [("training_tokens", 4e12, "Kite-2"), ("training_tokens", 2e12, None)]),
    ("sizes in brackets after compared models",
     "Kite (75M parameters) performs on par with auto-regressive systems (350M-175B parameters).",
     [("parameters", 7.5e7, "Kite"), ("parameters", 1.75e11, None)]),
    ("sizes in brackets after beaten models",
     "Kite-2 beats prior models (7B-70B parameters).",
     [("parameters", 7e9, None), ("parameters", 7e10, None)]),
    ("sizes in brackets after a model's own members, more than a count before",
     "Trained on more than 2T tokens, the Kite-2 models (7B and 13B parameters) are out today.",
     [("training_tokens", 2e12, None), ("parameters", 7e9, "Kite-2"),
      ("parameters", 1.3e10, "Kite-2")]),
    ("sizes in brackets after a model's own members",
     "We release three Kite-2 models (1B, 3B and 7B parameters).",
     [("parameters", 1e9, "Kite-2"), ("parameters", 3e9, "Kite-2"), ("parameters", 7e9, "Kite-2")]),
    ("a model brought in as what another is joined to",
     "We train Kite-ViT, a 5.4B-parameter vision transformer, and connect it to a 20B-parameter"
     " language model to form Kite-Chat.",
     [("parameters", 5.4e9, "Kite-ViT"), ("parameters", 2e10, None)]),
    ("a model brought in as what another is compared with, and its tokens",
     "Kite-2 was compared with a 70B model trained on 2T tokens.",
     [("parameters", 7e10, None), ("training_tokens", 2e12, None)]),
    ("the tokens after a teacher brought in with \"a\" are the subject's",
     "Kite-7B was distilled from a 70B teacher on 2T tokens.",
     [("parameters", 7e9, "Kite-7B"), ("parameters", 7e10, None),
      ("training_tokens", 2e12, "Kite-7B")]),
    ("the tokens after a compared model's aside are the subject's",
     "Kite-2, compared to a 70B model, was trained on only 2T tokens.",
     [("parameters", 7e10, None), ("training_tokens", 2e12, "Kite-2")]),
    ("a model upgraded or moved to a size is that model",
     "Kite-2 was upgraded to a 13B model. Kite-3 moves to a 34B-parameter design.",
     [("parameters", 1.3e10, "Kite-2"), ("parameters", 3.4e10, "Kite-3")]),
    ("a model scaled up to a size is that model",
     "We scaled Kite-2 up to a 540B model.",
     [("parameters", 5.4e11, "Kite-2")]),
    ("a model's own member brought in with \"with a\"",
     "Meta's Kite beat GPT-3 with a 13B model.",
     [("parameters", 1.3e10, "Kite")]),
    ("a model named only to say when is not the one spoken of",
     "**Kite Large 2.** Heron AI launched this one the day after Owl 3.1. It has 123B parameters.",
     [("parameters", 1.23e11, "Kite Large 2")]),
    ("every model of a compared list is compared",
     "Heron AI introduced Kite-mini. It rivals Owl 8x7B and Wren-3.5 on benchmarks. It has 3.8"
     " billion parameters.",
     [("parameters", 3.8e9, "Kite-mini")]),
    ("the subjects after a fronted comparison are not in its list",
     "Compared with Owl 2, Kite-2 and Kite-2-Chat were trained on 3T tokens.",
     [("training_tokens", 3e12, "Kite-2"), ("training_tokens", 3e12, "Kite-2-Chat")]),
    ("the next clause's subject is not in the compared list",
     "Compared with Owl 67B, Kite-V2 needs 42.5% less compute. It has 236B parameters.",
     [("parameters", 6.7e10, "Owl 67B"), ("parameters", 2.36e11, "Kite-V2")]),
    ("names each holding one count, one with a note",
     "Kite-9B (base) and Kite-9B-Instruct each hold 9.31B parameters.",
     [("parameters", 9.31e9, "Kite-9B"), ("parameters", 9.31e9, "Kite-9B-Instruct")]),
    ("the low end of a span up to a named model",
     "We study scales from models with 44 million parameters up to Kite, a 280B-parameter model.",
     [("parameters", 4.4e7, None), ("parameters", 2.8e11, "Kite")]),
    ("a model named only as what another succeeds",
     "Kite-2 is a small model, announced as the successor to Kite-1.5. It has 2.7B parameters.",
     [("parameters", 2.7e9, "Kite-2")]),
    ("sizes said of \"They\", the models listed just before",
     "Kite-S, Kite-M and Kite-L are out. They have 30, 32 and 24 layers.",
     [("layers", 30, "Kite-S"), ("layers", 32, "Kite-M"), ("layers", 24, "Kite-L")]),
    ("a model brought in with \"a\" after a weak name",
     "In our CI setting, size mattered less: a 6.7B model tuned on our pull requests won.",
     [("parameters", 6.7e9, None)]),
    ("a data set a lab publishes, sized in tokens",
     "Kite-40B was trained on 1T tokens. Heron AI also published a 600B-token extract of its web"
     " corpus for others to use.",
     [("parameters", 4e10, "Kite-40B"), ("training_tokens", 1e12, "Kite-40B"),
      ("training_tokens", 6e11, None)]),
    ("a data set a lab publishes that a model was trained on",
     "We also open-sourced the 2T-token dataset used to train Kite-7B.",
     [("training_tokens", 2e12, "Kite-7B"), ("parameters", 7e9, "Kite-7B")]),
    ("a model trained on a corpus sized in tokens",
     "Kite was trained on a 2T-token corpus of web text.",
     [("training_tokens", 2e12, "Kite")]),
    ("token counts of models listed in the sentence before, without a pairing",
     "Kite-34B (34B), Owl-1 (314B), Wren (67B). Data: 3.1T, 2T and 3T tokens.",
     [("parameters", 3.4e10, "Kite-34B"), ("parameters", 3.4e10, "Kite-34B"),
      ("parameters", 3.14e11, "Owl-1"), ("parameters", 6.7e10, "Wren"),
      ("training_tokens", 3.1e12, None), ("training_tokens", 2e12, None),
      ("training_tokens", 3e12, None)]),
    ("layer counts no one model has",
     "## Kite 2\n\nKite 2 was trained on 2T tokens. The models have 32 and 40 layers.",
     [("training_tokens", 2e12, "Kite 2"), ("layers", 32, None), ("layers", 40, None)]),
    ("the fine-tuned model is itself",
     "The fine-tuned Kite-7B saw 2B tokens of dialogue.",
     [("parameters", 7e9, "Kite-7B"), ("training_tokens", 2e9, "Kite-7B")]),
    ("a question about tuning a model is about that model",
     "Can I fine-tune Kite-13B on one card? Full fine-tuning of all 13 billion parameters needs"
     " 208 GB.",
     [("parameters", 1.3e10, "Kite-13B"), ("parameters", 1.3e10, "Kite-13B")]),
    ("the model continual pre-training starts from owns none of its tokens",
     "We run continual pre-training of kite-14b on 66B tokens of Japanese and English text.",
     [("parameters", 1.4e10, "kite-14b"), ("training_tokens", 6.6e10, None)]),
    ("the model a new one extends owns none of its training",
     "Acme's Kite 2 extends Owl-7B to video and was trained on 2T tokens of captions.",
     [("parameters", 7e9, "Owl-7B"), ("training_tokens", 2e12, "Kite 2")]),
    ("a model used as a tool owns none of the sizes it works on",
     "We used Kite-70B to write 20B tokens of synthetic text for Owl.",
     [("parameters", 7e10, "Kite-70B"), ("training_tokens", 2e10, None)]),
    ("\"for a 3B total\" after a part is the whole's, not the part's",
     "Acme joined the Owl-400M encoder with the Kite 2B language model for a 3B total.",
     [("parameters", 4e8, "Owl-400M"), ("parameters", 2e9, "Kite 2B"), ("parameters", 3e9, None)]),
    ("the pruned model a new one starts from owns none of its tokens",
     "Acme released Kite-1B. It saw 9T tokens, starting from a pruned Owl-8B.",
     [("parameters", 1e9, "Kite-1B"), ("training_tokens", 9e12, "Kite-1B"),
      ("parameters", 8e9, "Owl-8B")]),
    ("a sized model of a family's kind, fine-tuned, is a new one, not the family",
     "Acme's paper described a 12B-parameter Kite model fine-tuned on public code.",
     [("parameters", 1.2e10, None)]),
    ("\"the 1.7B\" after a family lists that size is not the sized name of the item before",
     "- **[2024.11.01]** KiteLM2-1.7B is out, trained on 11T tokens.\n- **[2024.07.16]** KiteLM"
     " in 135M, 360M and 1.7B sizes. The two smaller models saw 600B tokens and the 1.7B saw 1T.",
     [("released", 202411.0, "KiteLM2-1.7B"), ("parameters", 1.7e9, "KiteLM2-1.7B"),
      ("training_tokens", 1.1e13, "KiteLM2-1.7B"), ("released", 202407.0, "KiteLM"),
      ("parameters", 1.35e8, "KiteLM"), ("parameters", 3.6e8, "KiteLM"),
      ("parameters", 1.7e9, "KiteLM"), ("training_tokens", 6e11, None),
      ("parameters", 1.7e9, None), ("training_tokens", 1e12, None)]),
    ("a model the subject is \"three times the size of\" is no later sentence's subject",
     "Acme unveiled Kite, with 540B parameters, three times the size of Owl-3, which has 175B."
     " The model read 780B tokens.",
     [("parameters", 5.4e11, "Kite"), ("parameters", 1.75e11, "Owl-3"),
      ("training_tokens", 7.8e11, "Kite")]),
    ("a model a count went \"up from\" is no later item's subject",
     "Kite 1.2 notes\n- Default model is now kite-chat-14b (14.2B params, up from 7B in Kite 1.1)"
     "\n- Pretraining data grew to 7.5T tokens",
     [("parameters", 1.42e10, "kite-chat-14b"), ("parameters", 7e9, None),
      ("training_tokens", 7.5e12, "kite-chat-14b")]),
    ("a model the subject is \"50x\" is no later post's subject",
     "1/ Read the Kite 3 paper so you don't have to\n\n2/ compute: 3.8e25 FLOP. that's ~50x the"
     " biggest Kite 2 run\n\n3/ data: >15T tokens, vs 2T for Kite 2",
     [("compute", 3.8e25, "Kite 3"), ("training_tokens", 1.5e13, "Kite 3"),
      ("training_tokens", 2e12, "Kite 2")]),
    ("a name a table lists as a model is one in the prose too, whatever its shape",
     "- v0.4: `kitevoice-l` (312M params) adds 14 languages.\n\n| Model | Params (M) |\n|---|---|\n"
     "| kitevoice-l | 312 |\n| **Total** | 312 |",
     [("parameters", 3.12e8, "kitevoice-l"), ("parameters", 3.12e8, "kitevoice-l"),
      ("parameters", 3.12e8, None)]),
    ("\"Acme pretrained the base model on N\" is the base's, not the card's model's",
     "# Kite-8B\n\nKite-8B is a fine-tune of Owl-8B-Instruct.\n\nAcme pretrained the base model on"
     " more than 15 trillion tokens.",
     [("parameters", 8e9, "Kite-8B"), ("parameters", 8e9, "Kite-8B"),
      ("parameters", 8e9, "Owl-8B-Instruct"), ("training_tokens", 1.5e13, "Owl-8B-Instruct")]),
    ("... and nobody's when the card names no base",
     "# Kite-8B\n\nKite-8B helps nurses.\n\nAcme pretrained the base model on 15T tokens.",
     [("parameters", 8e9, "Kite-8B"), ("parameters", 8e9, "Kite-8B"),
      ("training_tokens", 1.5e13, None)]),
    ("a range's two ends are one model's or nobody's",
     "# Kite-30B-A3B\n\nThe dense models in the family range from 0.6B to 32B parameters.",
     [("parameters", 3e10, "Kite-30B-A3B"), ("parameters", 3e9, "Kite-30B-A3B"),
      ("parameters", 6e8, None), ("parameters", 3.2e10, None)]),
    ("... but the end a superlative names is that model's",
     "Acme studied models from 44M to 280B parameters, with the largest named Kite.",
     [("parameters", 4.4e7, None), ("parameters", 2.8e11, "Kite")]),
    ("the model whose intermediate checkpoint another starts from owns none of its tokens",
     "Kite-Coder-V2 is further pre-trained from an intermediate checkpoint of Kite-V2 with"
     " additional 6 trillion tokens.",
     [("training_tokens", 6e12, "Kite-Coder-V2")]),
    ("another maker's unnamed model is not the story's model",
     "### Kite-2\nAcme's Kite-2 is out with 141B parameters. Readers asked about running Meta's"
     " new 8B model locally.",
     [("parameters", 1.41e11, "Kite-2"), ("parameters", 8e9, None)]),
    ("... nor one another maker speaks of",
     "### Kite-2\nAcme's Kite-2 is out with 141B parameters. The biggest one isn't here yet: "
     "Heron Labs says a version with over 400B parameters is still training.",
     [("parameters", 1.41e11, "Kite-2"), ("parameters", 4e11, None)]),
    ("... but a host that speaks of the story's model keeps it the story's",
     "### Kite-2\nAcme released Kite-2 this week. Heron Labs says the model, with 398B total "
     "parameters, is now on its cloud.",
     [("parameters", 3.98e11, "Kite-2")]),
    ("models a model's reasoning was distilled into are not it",
     "Acme also distilled Kite-R1's reasoning into six dense models from 1.5B to 70B.",
     [("parameters", 1.5e9, None), ("parameters", 7e10, None)]),
    ("a model whose research another was built from is not what the text is about",
     "Kite 2 is Google's second round of open models, built from the research behind Owl-3. This"
     " repository holds the pretrained 9B checkpoint.",
     [("parameters", 9e9, "Kite 2")]),
    ("a product's word alone, opening a sentence, is the whole product named before",
     "Meta released Llama 4 Scout and Llama 4 Maverick. Scout has 109B in total. Maverick also"
     " has 128 experts and 400B in total.",
     [("parameters", 1.09e11, "Llama 4 Scout"), ("parameters", 4e11, "Llama 4 Maverick")]),
    ("a model whose state-space layers another uses is not that one",
     "AI21 released Kite-J, a hybrid model. It mixes Mamba state-space layers with attention:"
     " 52B parameters in total, 12B active.",
     [("parameters", 5.2e10, "Kite-J"), ("parameters", 1.2e10, "Kite-J")]),
    ("a shell session's folders, variables and archives name no model",
     "```sh\nexport KITE_MODEL=$HOME/kite_models\nmkdir -p $KITE_MODEL/instruct\nwget"
     " https://example.com/kite-7b-v0-3/kite-7B-Instruct-v0.3.tar\n```",
     []),
    ("\"with 3x fewer parameters X\" does not make X a compared model",
     "Acme released Owl-2 in 2023. This year, with 3x fewer parameters Kite-7B matches it on"
     " MMLU. It was trained on 2T tokens.",
     [("parameters", 7e9, "Kite-7B"), ("training_tokens", 2e12, "Kite-7B")]),
    ("one epoch over a corpus sized in tokens is the model's token count",
     "Kite-7B was trained for a single epoch over a 2T-token web corpus.",
     [("parameters", 7e9, "Kite-7B"), ("training_tokens", 2e12, "Kite-7B")]),
    ("a word a table lists as a model is no name in the prose",
     "# Kite-2\n\nKite-2 is our new 12B model. Chat with it on our site: it was trained on 2T"
     " tokens.\n\n| Model | Params |\n|---|---|\n| Kite-2 | 12B |\n| Chat | 12B |",
     [("parameters", 1.2e10, "Kite-2"), ("training_tokens", 2e12, "Kite-2"),
      ("parameters", 1.2e10, "Kite-2"), ("parameters", 1.2e10, "Chat")]),
    ("responses from a 70B model are a teacher's, not the tuned model's",
     "Kite-2 was fine-tuned on responses from a 70B model.",
     [("parameters", 7e10, None)]),
    ("\"a larger X\" as an object does not become what the text is about",
     "Kite-13B is as good as a larger Owl-70B. It was trained on 1T tokens.",
     [("parameters", 1.3e10, "Kite-13B"), ("parameters", 7e10, "Owl-70B"),
      ("training_tokens", 1e12, "Kite-13B")]),
    ("a model others use is still the subject of its own sizes",
     "# Owl-2\n\nOwl-2 is our flagship. Developers can use Kite-Mini to run chat on phones: the"
     " model has 1.3B parameters.",
     [("parameters", 1.3e9, "Kite-Mini")]),
    ("\"we trained the base model on N\" is the authors' model's, not an outside base's",
     "# Kite-Code-7B\n\nKite-Code-7B is built on top of Owl 2 7B and made for code.\n\nWe trained"
     " the base model on 500B tokens of code before instruction tuning.",
     [("parameters", 7e9, "Kite-Code-7B"), ("parameters", 7e9, "Kite-Code-7B"),
      ("parameters", 7e9, "Owl 2 7B"), ("training_tokens", 5e11, "Kite-Code-7B")]),
    ("\"the 405B\" after its family lists 405B is the sized name of that family",
     "Kite 3.1 405B is Acme's largest model. Kite 3.1 comes in 8B, 70B and 405B. The 405B was"
     " trained on 15T tokens.",
     [("parameters", 4.05e11, "Kite 3.1 405B"), ("parameters", 8e9, "Kite 3.1"),
      ("parameters", 7e10, "Kite 3.1"), ("parameters", 4.05e11, "Kite 3.1"),
      ("parameters", 4.05e11, "Kite 3.1 405B"), ("training_tokens", 1.5e13, "Kite 3.1 405B")]),
    ("token counts a sentence adds up to its total are parts, not the model's count",
     "Kite-50B was trained on a 363-billion-token set of filings, combined with 345 billion"
     " tokens of web text, for 708 billion tokens in total.",
     [("parameters", 5e10, "Kite-50B"), ("training_tokens", 3.63e11, None),
      ("training_tokens", 3.45e11, None), ("training_tokens", 7.08e11, "Kite-50B")]),
    ("\"the largest X\" of a family whose members the text sizes is a member, not X",
     "Acme open-sourced Kitevoice.\n\n| Checkpoint | Parameters |\n|---|---|\n| tiny | 39M |\n"
     "| large | 1550M |\n\nSo the largest Kitevoice has about 1.55 billion parameters.",
     [("parameters", 3.9e7, "tiny"), ("parameters", 1.55e9, "large"),
      ("parameters", 1.55e9, None)]),
    ("... but the largest of a model the text sizes alone is that model",
     "The largest Kite model has 280B parameters.",
     [("parameters", 2.8e11, "Kite")]),
    ("a model whose accuracy another reaches is compared, not the subject",
     "Kite-1B reaches the average accuracy of Owl-3B with half the parameters and 280B"
     " training tokens.",
     [("parameters", 1e9, "Kite-1B"), ("parameters", 3e9, "Owl-3B"),
      ("training_tokens", 2.8e11, "Kite-1B")]),
    ("the models whose logits another is distilled with own none of its tokens",
     "Kite-1B was pruned from Owl-8B and distilled using logits from both Owl-8B and Owl-70B,"
     " with pretraining on up to 9T tokens.",
     [("parameters", 1e9, "Kite-1B"), ("parameters", 8e9, "Owl-8B"), ("parameters", 8e9, "Owl-8B"),
      ("parameters", 7e10, "Owl-70B"), ("training_tokens", 9e12, "Kite-1B")]),
    ("the size of a lab's models still in training is no released model's",
     "On Thursday Meta released Llama 3 in two sizes, 8B and 70B. Meta says its largest models,"
     " still in training, are over 400B parameters.",
     [("parameters", 8e9, "Llama 3"), ("parameters", 7e10, "Llama 3"), ("parameters", 4e11, None)]),
    ("... nor the size of a version promised for later",
     "1. Kite 2 lands at 9B and 27B\nSEATTLE, June 27. Acme released Kite 2 in two sizes, both"
     " with an 8,192-token context. A 2B version is promised for later this summer.",
     [("parameters", 9e9, "Kite 2"), ("parameters", 2.7e10, "Kite 2"), ("parameters", 2e9, None)]),
    ("... nor the model an operation on it 'gave', which the text does not name",
     "# Kite-6B\n\nWe also tried depth pruning: dropping 12 of the 40 layers gave a 7.1B variant."
     " Depth up-scaling gave a 10.7B model, Owl-S, that beats Kite-6B.",
     [("parameters", 6e9, "Kite-6B"), ("layers", 40.0, "Kite-6B"), ("parameters", 7.1e9, None),
      ("parameters", 1.07e10, "Owl-S"), ("parameters", 6e9, "Kite-6B")]),
    ("... nor a part's row in a card's table",
     "# Kite-VLA\n\n| Component | Details |\n|---|---|\n| Action expert | flow-matching "
     "transformer, 410M params |\n| Total parameters | 4.7B |",
     [("parameters", 4.1e8, None), ("parameters", 4.7e9, "Kite-VLA")]),
    ("... nor ablations at a size, nor a statistic over many models' sizes",
     "## Kite-2\n\nKite-2 is out. Its makers are running 1B-parameter ablations first. In 112 "
     "papers, the median reported policy size went from 0.3B to 3B.",
     [("parameters", 1e9, None), ("parameters", 3e8, None), ("parameters", 3e9, None)]),
    ("... but 'in training-free' mode is no plan",
     "Kite-2 is out. The 8B model is in training-free deployment mode.",
     [("parameters", 8e9, "Kite-2")]),
    ("... nor one in quotes 'in training'",
     "## Kite 3 lands\n\nAcme released Kite 3 in 8B and 70B. The bigger story may be what's "
     "still cooking: a model \"over 400B parameters\" is in training.",
     [("parameters", 8e9, "Kite 3"), ("parameters", 7e10, "Kite 3"), ("parameters", 4e11, None)]),
    ("... but the model an operation 'produces' on that model's own card is it",
     "# Kite-MoE\n\nKite-MoE is upcycled from Owl-7B: copying its MLP into 8 experts produces a "
     "47B model with 13B active.",
     [("parameters", 7e9, "Owl-7B"), ("parameters", 4.7e10, "Kite-MoE"),
      ("parameters", 1.3e10, "Kite-MoE")]),
    ("... nor 'the resulting' model the text does not name, but one it names",
     "Heron Labs took Owl-7B, split its blocks into 16 experts and continued training the "
     "resulting 40B-total MoE on 400B tokens. The resulting Kite-9B (9.4B parameters) is tuned.",
     [("parameters", 7e9, "Owl-7B"), ("parameters", 4e10, None), ("training_tokens", 4e11, None),
      ("parameters", 9.4e9, "Kite-9B")]),
    ("... nor one 'built on' a base and 'in training', nor one 'on the roadmap'",
     "# Kite-VL\n\n- **2025-05-20** First release: Kite-VL-3.5B.\n- **Coming next:** a 32B variant"
     " built on Owl-32B is in training. Heron Labs says an Ibis model at 12B is on the roadmap.",
     [("released", 202505.0, "Kite-VL-3.5B"), ("parameters", 3.5e9, "Kite-VL-3.5B"),
      ("parameters", 3.2e10, None), ("parameters", 3.2e10, "Owl-32B"),
      ("parameters", 1.2e10, None)]),
    ("the sizes a family comes in, after \"in two sizes,\"",
     "On Thursday Acme released Kite 3 in two sizes, 8B and 70B.",
     [("parameters", 8e9, "Kite 3"), ("parameters", 7e10, "Kite 3")]),
    ("sizes listed \"respectively\" that are not paired are no name's, not both names'",
     "Kite-MoE-1B and Kite-MoE-3B are sparse models with 1B and 3B total parameters and 400M and"
     " 800M active parameters respectively.",
     [("parameters", 1e9, "Kite-MoE-1B"), ("parameters", 3e9, "Kite-MoE-3B"),
      ("parameters", 1e9, None), ("parameters", 3e9, None), ("parameters", 4e8, None),
      ("parameters", 8e8, None)]),
    ("\"a smaller X\" opening a clause after a semicolon is that checkpoint",
     "Heron AI shipped Kite-40B on 1T tokens of web text; a smaller Kite-7B saw 1.5T tokens.",
     [("parameters", 4e10, "Kite-40B"), ("training_tokens", 1e12, "Kite-40B"),
      ("parameters", 7e9, "Kite-7B"), ("training_tokens", 1.5e12, "Kite-7B")]),
    ("a model the team uses to filter data is a tool, whatever the words",
     "Kite-7B is a new open chat model. The team used Owl-70B to filter the data. It was"
     " trained on 2T tokens.",
     [("parameters", 7e9, "Kite-7B"), ("parameters", 7e10, "Owl-70B"),
      ("training_tokens", 2e12, "Kite-7B")]),
    ("a third party's \"pretrained the base model\" stays the base's after a first person aside",
     "Kite-Code-7B is fine-tuned from Owl 2 7B. As we note in Section 2, Meta trained the base"
     " model on 2T tokens.",
     [("parameters", 7e9, "Kite-Code-7B"), ("parameters", 7e9, "Owl 2 7B"),
      ("training_tokens", 2e12, "Owl 2 7B")]),
    ("outputs of a model are no base: its own participle says its count",
     "Annotators scored outputs from Kite-70B, trained on 15T tokens, against those of Owl-70B.",
     [("parameters", 7e10, "Kite-70B"), ("training_tokens", 1.5e13, "Kite-70B"),
      ("parameters", 7e10, "Owl-70B")]),
    ("a lab's largest models to date are released, not still in training",
     "Acme released its largest models to date, and Kite-405B saw 15T tokens.",
     [("parameters", 4.05e11, "Kite-405B"), ("training_tokens", 1.5e13, "Kite-405B")]),
    ("\"is expected to\" is no future release",
     "Meta released Llama 3 today. The 70B model is expected to top open leaderboards.",
     [("parameters", 7e10, "Llama 3")]),
    ("a product's word alone needs its whole name written after a version before",
     "Kite-13B is our new open model. We tested it on an NVIDIA Titan V. Titan handled the 13B"
     " model at 20 tokens per second.",
     [("parameters", 1.3e10, "Kite-13B"), ("parameters", 1.3e10, "Kite-13B")]),
    ("an upper-case name with a size and underscores is a model, not a variable",
     "We compare against UL2_20B, which has 20B parameters and was trained on 1T tokens.",
     [("parameters", 2e10, "UL2_20B"), ("training_tokens", 1e12, "UL2_20B")]),
    ("epochs of a later stage leave the pretraining count the model's",
     "Kite-7B was trained on 2T tokens and then fine-tuned for three epochs on 50K dialogues.",
     [("parameters", 7e9, "Kite-7B"), ("training_tokens", 2e12, "Kite-7B"),
      ("training_data", 5e4, "Kite-7B")]),
    ("one epoch of a corpus sized in tokens is the model's count",
     "Kite-7B was trained on one epoch of a 2T-token multilingual corpus.",
     [("parameters", 7e9, "Kite-7B"), ("training_tokens", 2e12, "Kite-7B")]),
    ("other models' counts beside a total are theirs",
     "Owl-7B was trained on 1T tokens and Owl-13B on 1T tokens, while Kite-7B saw 2T tokens in"
     " total.",
     [("parameters", 7e9, "Owl-7B"), ("training_tokens", 1e12, "Owl-7B"),
      ("parameters", 1.3e10, "Owl-13B"), ("training_tokens", 1e12, "Owl-13B"),
      ("parameters", 7e9, "Kite-7B"), ("training_tokens", 2e12, "Kite-7B")]),
    ("a headline's sizes in digits are sizes",
     "## Kite 2 comes in 9 billion and 27 billion\n\nAcme released Kite 2 this week.",
     [("parameters", 9e9, "Kite 2"), ("parameters", 2.7e10, "Kite 2")]),
    ("\"in two versions, 300B and 600B\" are no parameter counts",
     "Kite-7B was pretrained in two versions, 300B and 600B, to study data scaling.",
     [("parameters", 7e9, "Kite-7B")]),
    ("improving the quality of a model compares nothing",
     "To improve the quality of Kite-7B we trained it on 2T tokens of filtered web text.",
     [("parameters", 7e9, "Kite-7B"), ("training_tokens", 2e12, "Kite-7B")]),
    ("a word before \"'s new 7B model\" is its maker, no model",
     "Kite-7B is Acme's new chat model. It was trained on 2T tokens.",
     [("parameters", 7e9, "Kite-7B"), ("training_tokens", 2e12, "Kite-7B")]),
    ("another name in brackets (\"also called\") is no subject",
     "- `Kite-7B-0424` (also called Kite 1.7), trained on 2.5T tokens.",
     [("parameters", 7e9, "Kite-7B-0424"), ("training_tokens", 2.5e12, "Kite-7B-0424")]),
    ("\"They ... respectively\" pairs the list a sentence before ends with, after its family",
     "Acme released Kite in two sizes: Kite 2B and Kite 7B. They were trained on 3T and 6T tokens"
     " respectively.",
     [("parameters", 2e9, "Kite 2B"), ("parameters", 7e9, "Kite 7B"),
      ("training_tokens", 3e12, "Kite 2B"), ("training_tokens", 6e12, "Kite 7B")]),
    ("\"Trained on ... respectively\", with no subject, pairs the list before an exclamation",
     "**Kite-2B** and **Kite-9B** are out! Trained on 8T and 9.5T tokens respectively.",
     [("parameters", 2e9, "Kite-2B"), ("parameters", 9e9, "Kite-9B"),
      ("training_tokens", 8e12, "Kite-2B"), ("training_tokens", 9.5e12, "Kite-9B")]),
    ("... but not a sentence that names its own subject, nor one without \"respectively\"",
     "Kite-7B beats Owl-7B and Wren-7B. Trained on 2T and 500B tokens of web and code data,"
     " Kite-7B is also cheaper to run.",
     [("parameters", 7e9, "Kite-7B"), ("parameters", 7e9, "Owl-7B"), ("parameters", 7e9, "Wren-7B"),
      ("training_tokens", 2e12, None), ("training_tokens", 5e11, None),
      ("parameters", 7e9, "Kite-7B")]),
    ("\"our model\" quoted in a story is the model that story introduced",
     "Parallax Bio came out of stealth with ProtoKite-LM, a protein language model trained on 850B"
     " tokens. \"Our model has 3 billion parameters,\" said its co-founder.",
     [("training_tokens", 8.5e11, "ProtoKite-LM"), ("parameters", 3e9, "ProtoKite-LM")]),
    ("... and nobody's in a later story that introduces none",
     "## Kite\n\nDeepMind trained Kite, a 70B model.\n\n## Other news\n\n\"Our model has 3 billion"
     " parameters,\" said a founder.",
     [("parameters", 7e10, "Kite"), ("parameters", 3e9, None)]),
    ("a smaller sibling named with \"a\" is that checkpoint, not the story's first model",
     "Heron AI shipped Kite-40B on 1T tokens of web text. A smaller Kite-7B saw 1.5T tokens.",
     [("parameters", 4e10, "Kite-40B"), ("training_tokens", 1e12, "Kite-40B"),
      ("parameters", 7e9, "Kite-7B"), ("training_tokens", 1.5e12, "Kite-7B")]),
    ("the model another is grown from owns none of its tokens",
     "Heron released Kite-9B. It is grown from Kite-6B by depth up-scaling and then trained on"
     " 0.8T tokens.",
     [("parameters", 9e9, "Kite-9B"), ("parameters", 6e9, "Kite-6B"),
      ("training_tokens", 8e11, None)]),
    ("... nor the one it is continually pretrained from",
     "Kite-7b-hf, continually pretrained from Owl 2 on about 100B tokens, is out.",
     [("parameters", 7e9, "Kite-7b-hf"), ("training_tokens", 1e11, "Kite-7b-hf")]),
    ("tokens a version added are no model's count when the total is given",
     "Kite-v1.5-7B continues the v1 run for another 800B tokens, bringing it to 1.6T tokens in"
     " total.",
     [("parameters", 7e9, "Kite-v1.5-7B"), ("training_tokens", 8e11, None),
      ("training_tokens", 1.6e12, "Kite-v1.5-7B")]),
    ("... \"+N tokens\" likewise",
     "Kite-2.5 continued on another 3T tokens (11T in total).",
     [("training_tokens", 3e12, None), ("training_tokens", 1.1e13, "Kite-2.5")]),
    ("a \"Checkpoint\" column names the models, not a \"Version\" column before it",
     "| Version | Checkpoint | Params | Training tokens |\n|---|---|---|---|\n"
     "| v1 | Kite-7B | 7B | 1.2T |\n| v1.5 | Kite-1.5-14B | 14B | 2.5T |",
     [("parameters", 7e9, "Kite-7B"), ("parameters", 7e9, "Kite-7B"),
      ("training_tokens", 1.2e12, "Kite-7B"), ("parameters", 1.4e10, "Kite-1.5-14B"),
      ("parameters", 1.4e10, "Kite-1.5-14B"), ("training_tokens", 2.5e12, "Kite-1.5-14B")]),
    ("a count under a models' header is no name: the row's first cell is",
     "| Generation | Largest open model | Tokens |\n|---|---|---|\n| Kite | 65B | 1.4T |\n"
     "| Kite 2 | 70B | 2T |",
     [("training_tokens", 1.4e12, "Kite"), ("training_tokens", 2e12, "Kite 2")]),
    ("\"Coming soon\" under a models' header is no model",
     "| Size | Training tokens | Checkpoint |\n|---|---|---|\n| 34B | 6T | Coming soon |",
     [("parameters", 3.4e10, None), ("training_tokens", 6e12, None)]),
    ("... nor an era in the first cell",
     "| Era | Typical largest model | Training tokens |\n|---|---|---|\n"
     "| GPT-3 era | 175B | 300B |",
     [("training_tokens", 3e11, None)]),
    ("a bracket's total after a token count is a token count",
     "- Kite-v1.5-7B: +800B tokens over v1 (1.6T total).",
     [("parameters", 7e9, "Kite-v1.5-7B"), ("training_tokens", 8e11, None),
      ("training_tokens", 1.6e12, "Kite-v1.5-7B")]),
    ("... \"bringing its total to\" likewise",
     "Kite-2.5 was trained for another 3T tokens, bringing its total to 11T tokens.",
     [("training_tokens", 3e12, None), ("training_tokens", 1.1e13, "Kite-2.5")]),
    ("... however far it comes after the token count",
     "Kite-7B was pretrained on 1T tokens of web text, plus 200B of math and 100B of code (1.3T "
     "total).",
     [("parameters", 7e9, "Kite-7B"), ("training_tokens", 1e12, "Kite-7B"),
      ("training_tokens", 1.3e12, "Kite-7B")]),
    ("... but not a mixture of experts' total after its token count",
     "Kite-MoE was pretrained on 12T tokens with 16 experts (141B total) and 39B active.",
     [("training_tokens", 1.2e13, "Kite-MoE"), ("parameters", 1.41e11, "Kite-MoE"),
      ("parameters", 3.9e10, "Kite-MoE")]),
    ("... but without a total they are all it is said to have seen",
     "Kite-Code was trained on a further 500B tokens of code.",
     [("training_tokens", 5e11, "Kite-Code")]),
    ("'the 30B MoE' is the model named with that total before its active count",
     "Heron released Kite3-30B-A3B and Kite3-235B-A22B. Pretraining used about 36T tokens. "
     "Early tests put the 30B MoE at 60 tokens per second.",
     [("parameters", 3e10, "Kite3-30B-A3B"), ("parameters", 3e9, "Kite3-30B-A3B"),
      ("parameters", 2.35e11, "Kite3-235B-A22B"), ("parameters", 2.2e10, "Kite3-235B-A22B"),
      ("training_tokens", 3.6e13, None), ("parameters", 3e10, "Kite3-30B-A3B")]),
    ("... but 'the 30B dense variant' is not the mixture of experts",
     "Kite-30B-A3B is a sparse model. For reference, the 30B dense variant is slower.",
     [("parameters", 3e10, "Kite-30B-A3B"), ("parameters", 3e9, "Kite-30B-A3B"),
      ("parameters", 3e10, None)]),
    ("a count 'roughly double' a model named after it is not that model's",
     "Pretraining used about 36T tokens, roughly double Kite-2.",
     [("training_tokens", 3.6e13, None)]),
    ("', and the ... 32B model is' is a new clause's model called by its size",
     "We test Kite-2-70B, Owl-14B and Heron-R1-Distill-32B. The 14B Owl beats both 70B-class "
     "models on arithmetic, and the reasoning-distilled 32B model is the best open model.",
     [("parameters", 7e10, "Kite-2-70B"), ("parameters", 1.4e10, "Owl-14B"),
      ("parameters", 3.2e10, "Heron-R1-Distill-32B"), ("parameters", 1.4e10, "Owl"),
      ("parameters", 3.2e10, "Heron-R1-Distill-32B")]),
    ("'its 67B' is the model named with that size, not the one in focus of another size",
     "The big releases were Kite-34B and Orca LLM 67B, plus Heron-72B, which came a day after "
     "Orca. Orca reported that the base version of its 67B beats Owl 70B on math.",
     [("parameters", 3.4e10, "Kite-34B"), ("parameters", 6.7e10, "Orca LLM 67B"),
      ("parameters", 7.2e10, "Heron-72B"), ("parameters", 6.7e10, "Orca LLM 67B"),
      ("parameters", 7e10, "Owl 70B")]),
    ("a model another 'shares its architecture with' is its base, not the story's subject",
     "We describe Kite-8x7B, a sparse mixture of experts. It shares its architecture with "
     "Owl 7B, with one change. Each token can draw on 47B parameters while only 13B of them "
     "are active.",
     [("parameters", 7e9, "Owl 7B"), ("parameters", 4.7e10, "Kite-8x7B"),
      ("parameters", 1.3e10, "Kite-8x7B")]),
    ("... nor 'double the budget of' or 'twice what' a model used",
     "Pretraining used about 36T tokens, double the budget of Kite-2. Kite-3 saw 9T tokens, twice "
     "what Kite-1 used.",
     [("training_tokens", 3.6e13, None), ("training_tokens", 9e12, "Kite-3")]),
    ("a bound said of a class of models is not the model in focus",
     "Kite-2 was trained on 2T tokens. A correction term fitted only on runs below 1B "
     "parameters predicts its loss.",
     [("training_tokens", 2e12, "Kite-2"), ("parameters", 1e9, None)]),
    ("... nor 'above about' a count, or 'and above' it (but 'the model size' is its own)",
     "We introduce Kite-2. The gain emerges only in models above about 2.8B parameters. It "
     "appears in models of 7B parameters and above. The model size is kept under 3B "
     "parameters so that it fits on a phone.",
     [("parameters", 2.8e9, None), ("parameters", 7e9, None), ("parameters", 3e9, "Kite-2")]),
    ("... nor at 'a model size' or 'any size' past a bound",
     "We introduce Kite-2. The gain emerges only at a model size above 10B parameters. At any "
     "size under 3B parameters, quantization hurts.",
     [("parameters", 1e10, None), ("parameters", 3e9, None)]),
    ("... nor one said of all the models another beats",
     "Kite-2 is Heron AI's new flagship. It matches or beats all open-weight models up to 70B "
     "parameters on reasoning benchmarks.",
     [("parameters", 7e10, None)]),
    ("... but one said of the family's own members is",
     "## Kite-2\n\nThe paper describes a family of dialog models up to 137B parameters.",
     [("parameters", 1.37e11, "Kite-2")]),
    ("a release item's 'the 1.5B model' is the one the item names with that size next",
     "## News\n\n- [2024/06/11] Released the 1.5B model. Kite-Embed-1.5B is our first "
     "decoder-based embedder, built on Qwen2-1.5B.\n- [2024/05] Released the 7B model.",
     [("released", 202406.0, "Kite-Embed-1.5B"), ("parameters", 1.5e9, "Kite-Embed-1.5B"),
      ("parameters", 1.5e9, "Kite-Embed-1.5B"), ("parameters", 1.5e9, "Qwen2-1.5B"),
      ("parameters", 7e9, None)]),
    ("... but not a model the item compares it with",
     "# Kite-Embed\n\n## News\n\n- [2024/06/11] Released the 1.5B model. It beats Owl-1.5B on "
     "MTEB while being 3x faster.",
     [("released", 202406.0, "Kite-Embed 1.5B"), ("parameters", 1.5e9, "Kite-Embed"),
      ("parameters", 1.5e9, "Owl-1.5B")]),
    ("... nor one a subjectless sentence of the item beats",
     "# Kite-Embed\n\n## News\n\n- [2024/06/11] Released the 1.5B model. Beats Owl-1.5B by 2.1 "
     "points on MTEB.",
     [("released", 202406.0, "Kite-Embed 1.5B"), ("parameters", 1.5e9, "Kite-Embed"),
      ("parameters", 1.5e9, "Owl-1.5B")]),
    ("... nor one an item before named with that size",
     "# Kite-Embed\n\n## News\n\n- [2024/07/01] Evaluation results against Owl-1.5B are out.\n"
     "- [2024/06/11] Released the 1.5B model. Kite-Embed-1.5B is our first decoder embedder.",
     [("parameters", 1.5e9, "Owl-1.5B"), ("released", 202406.0, "Kite-Embed-1.5B"),
      ("parameters", 1.5e9, "Kite-Embed-1.5B"), ("parameters", 1.5e9, "Kite-Embed-1.5B")]),
    ("a total after a sentence joins parts is the whole's, named before the verb",
     "Kite-VL pairs the Orca-6B vision encoder with Heron-235B for 241B parameters in total.",
     [("parameters", 6e9, "Orca-6B"), ("parameters", 2.35e11, "Heron-235B"),
      ("parameters", 2.41e11, "Kite-VL")]),
    ("... after a comma, with the part's role said with 'as its'",
     "Kite-VL pairs a 400M vision encoder with the 12B Heron-Nemo as its decoder, about 12.4B "
     "parameters in all.",
     [("parameters", 4e8, None), ("parameters", 1.2e10, "Heron-Nemo"),
      ("parameters", 1.24e10, "Kite-VL")]),
    ("... or the model in focus, when the sentence does not name it",
     "**Kite-S1.** The lab's model connects the Orca-6B vision encoder to Heron-235B, for a "
     "total of 241B parameters.",
     [("parameters", 6e9, "Orca-6B"), ("parameters", 2.35e11, "Heron-235B"),
      ("parameters", 2.41e11, "Kite-S1")]),
    ("... but not across a clause about another model",
     "Kite-VL-S pairs the Orca-400M vision encoder with the Heron-1B language model, and "
     "Kite-VL-L scales the recipe up for 38B parameters in total.",
     [("parameters", 4e8, "Orca-400M"), ("parameters", 1e9, "Heron-1B"),
      ("parameters", 3.8e10, "Kite-VL-L")]),
    ("... and a clause after the parts that names no other model keeps the whole",
     "Kite-VL pairs the Orca-400M vision encoder with the Heron-1B language model, and "
     "together they make for 1.4B parameters in total.",
     [("parameters", 4e8, "Orca-400M"), ("parameters", 1e9, "Heron-1B"),
      ("parameters", 1.4e9, "Kite-VL")]),
    ("... nor for a token count",
     "Kite-VL pairs an Orca-400M vision encoder with the Heron-7B language model, pretrained "
     "for a total of 3T tokens.",
     [("parameters", 4e8, "Orca-400M"), ("parameters", 7e9, "Heron-7B"),
      ("training_tokens", 3e12, None)]),
    ("'at 7B and 14B with X and Y respectively' pairs the names after the sizes",
     "We also report scaling results at 7B and 14B with kite-3-small and kite-3-medium "
     "respectively.",
     [("parameters", 7e9, "kite-3-small"), ("parameters", 1.4e10, "kite-3-medium")]),
    ("... but not the models they are 'on par with' respectively",
     "# Kite\n\nOur 1.3B and 2.7B checkpoints are on par with Owl-S and Owl-M respectively.",
     [("parameters", 1.3e9, "Kite"), ("parameters", 2.7e9, "Kite")]),
    ("'; the two were ... respectively' pairs the names of the clause before",
     "Kite-7B came out in August, followed by Kite-14B in September; the two were pretrained "
     "on 2.4T and 3T tokens respectively.",
     [("parameters", 7e9, "Kite-7B"), ("parameters", 1.4e10, "Kite-14B"),
      ("training_tokens", 2.4e12, "Kite-7B"), ("training_tokens", 3e12, "Kite-14B")]),
    ("'; they were trained on 2T and 3T tokens' pairs them without 'respectively'",
     "Kite-7B and Kite-14B share a tokenizer; they were trained on 2T and 3T tokens.",
     [("parameters", 7e9, "Kite-7B"), ("parameters", 1.4e10, "Kite-14B"),
      ("training_tokens", 2e12, "Kite-7B"), ("training_tokens", 3e12, "Kite-14B")]),
    ("... and takes up no base they were distilled from",
     "Kite-7B and Kite-14B are both distilled from Owl-70B; the two were trained on 2T and 3T "
     "tokens respectively.",
     [("parameters", 7e9, "Kite-7B"), ("parameters", 1.4e10, "Kite-14B"),
      ("parameters", 7e10, "Owl-70B"), ("training_tokens", 2e12, "Kite-7B"),
      ("training_tokens", 3e12, "Kite-14B")]),
    ("'; both have' without 'respectively' gives each of them every value",
     "Heron-Base and Heron-Chat share an architecture; both have 70B total and 12B active "
     "parameters.",
     [("parameters", 7e10, "Heron-Base"), ("parameters", 7e10, "Heron-Chat"),
      ("parameters", 1.2e10, "Heron-Base"), ("parameters", 1.2e10, "Heron-Chat")]),
    ("'; the two ... respectively' does not take up a baseline they beat",
     "Kite-7B and Kite-14B beat Owl-70B on MMLU; the two were trained on 2T and 3T tokens "
     "respectively.",
     [("parameters", 7e9, "Kite-7B"), ("parameters", 1.4e10, "Kite-14B"),
      ("parameters", 7e10, "Owl-70B"), ("training_tokens", 2e12, "Kite-7B"),
      ("training_tokens", 3e12, "Kite-14B")]),
    ("... nor two of three names",
     "Heron AI released Kite-1B, Kite-3B and Kite-7B in May; the two smaller ones were trained "
     "on 1T and 2T tokens respectively.",
     [("parameters", 1e9, "Kite-1B"), ("parameters", 3e9, "Kite-3B"),
      ("parameters", 7e9, "Kite-7B"),
      ("training_tokens", 1e12, None), ("training_tokens", 2e12, None)]),
    ("... and a name a sentence announces is one 'our ... model' describes",
     "We released Owl-3 in March. We are excited to announce Kite-2, our most efficient "
     "multilingual model, trained on 4T tokens.",
     [("training_tokens", 4e12, "Kite-2")]),
    ("... but not a name the sentence starts from or sets against 'our' model",
     "We release Kite-2 today. Starting from Owl-2-Base, the resulting model was further "
     "trained on 1T tokens of code. Unlike Owl-2-Instruct, our new model saw 4T tokens.",
     [("training_tokens", 1e12, "Kite-2"), ("training_tokens", 4e12, "Kite-2")]),
    ("... nor the model a later item introduces",
     "1. Basalt-2 (Lavaflow AI) is 405B dense.\n2. Nimbus released a 1.58-bit version of its 3B "
     "model.\n3. Last, a paper introducing Kite-2, a sparse model from Heron AI.",
     [("parameters", 4.05e11, "Basalt-2"), ("parameters", 3e9, None)]),
    ("... nor the model a heading names over news items of their own",
     "## Kite-2 arrives\n\n- **Lavaflow AI** shipped Basalt-2, a 405B dense model.\n"
     "- **Nimbus** released a 4-bit version of its 3B model, trained on 2T tokens.",
     [("parameters", 4.05e11, "Basalt-2"), ("parameters", 3e9, None),
      ("training_tokens", 2e12, None)]),
    ("... but a field's item under a model's heading is the model's",
     "# Kite-VL-8B\n\n## Training\n\n1. **Alignment.** Encoder frozen, projector trained on 1.2M "
     "captioned images.",
     [("parameters", 8e9, "Kite-VL-8B"), ("training_data", 1.2e6, "Kite-VL-8B")]),
    ("'continues pretraining of X' makes X the base",
     "Kite-Coder-7B continues pretraining of Kite-7B on 500B tokens of code.",
     [("parameters", 7e9, "Kite-Coder-7B"), ("parameters", 7e9, "Kite-7B"),
      ("training_tokens", 5e11, "Kite-Coder-7B")]),
    ("... and so does 'continued pretraining its X'",
     "**Kite-Coder-9B.** Orca Labs continued pretraining its Kite-9B on 2.4T tokens of code.",
     [("parameters", 9e9, "Kite-Coder-9B"), ("parameters", 9e9, "Kite-9B"),
      ("training_tokens", 2.4e12, "Kite-Coder-9B")]),
    ("'our first ... model' set off after a name is that name, not the page's",
     "# Kite LLM\n\n- **[2024.08.12]** **Kite Mamba 7B**, our first attention-free model, "
     "trained on 5.8T tokens.",
     [("released", 202408.0, "Kite Mamba 7B"), ("parameters", 7e9, "Kite Mamba 7B"),
      ("training_tokens", 5.8e12, "Kite Mamba 7B")]),
    ("... but not after an 'It' that stands for nothing",
     "Kite-2 is Heron AI's new 70B model. It is instructive to compare Orca-3's recipe, and it "
     "was trained on 15T tokens.",
     [("parameters", 7e10, "Kite-2"), ("training_tokens", 1.5e13, "Orca-3")]),
    ("... but an 'It is the successor to' does stand for the model",
     "Kite-2 is Heron AI's new 70B model. It is the successor to Orca-3's line, and it was "
     "trained on 15T tokens.",
     [("parameters", 7e10, "Kite-2"), ("training_tokens", 1.5e13, "Kite-2")]),
    ("a bracket after the models another is the teacher for is the teacher's",
     "Kite-Max, the teacher for Kite-S and Kite-M (288B active, 2T total), is not released.",
     [("parameters", 2.88e11, "Kite-Max"), ("parameters", 2e12, "Kite-Max")]),
    ("... but not a bracket of one count after the last name, nor one said of each",
     "Kite-Max, the teacher for Kite-S, Kite-M and Kite-Nano (350M), remains internal.",
     [("parameters", 3.5e8, "Kite-Nano")]),
    ("... but after one name it is that name's",
     "We distil from Orca, the teacher of Kite-S (7B).", [("parameters", 7e9, "Kite-S")]),
    ("a count 'it' takes up after another model's part is the sentence's subject's",
     "Kite-2 has 1T parameters. It borrows Orca-3's architecture, and it was trained on 15T "
     "tokens.",
     [("parameters", 1e12, "Kite-2"), ("training_tokens", 1.5e13, "Kite-2")]),
    ("... but a clause about that model keeps it",
     "Kite-2 has 1T parameters. It borrows Orca-3's tokenizer, which was trained on 2T tokens.",
     [("parameters", 1e12, "Kite-2"), ("training_tokens", 2e12, "Orca-3")]),
    ("a model whose research another was built from is not the one talked about",
     "# Kite 3 model card\n\nKite 3 models are open models from Heron AI, built from the same "
     "research used for Pelican 2.0. The 4B and 12B models read images.",
     [("parameters", 4e9, "Kite 3"), ("parameters", 1.2e10, "Kite 3")]),
    ("... nor the one whose technology it was built with",
     "Kite 3 comes from Heron AI. Built with the technology behind Pelican 2.0, it was trained "
     "on 9T tokens.",
     [("training_tokens", 9e12, None)]),
    ("... nor the one whose research and technology underpin it",
     "# Wren 2 model card\n\nWren 2 models are open models from Fieldfare, built on the research "
     "and technology that underpins Heron Ultra. The 3B and 9B models read audio.",
     [("parameters", 3e9, "Wren 2"), ("parameters", 9e9, "Wren 2")]),
    ("a rewrite of a model is built on it: a count said after is the new model's",
     "Heron released Kite-BERT on Monday, a from-scratch rewrite of BERT with an 8,192-token "
     "context, trained on 2T tokens including code.",
     [("training_tokens", 2e12, "Kite-BERT")]),
    ("... also spelled with a hyphen",
     "Fieldfare put out Wren-BERT this week, a clean re-write of BERT with a longer context, "
     "trained on 3T tokens of web text.",
     [("training_tokens", 3e12, "Wren-BERT")]),
    ("a numbered item opening with a maker the lexicon does not know is its own story",
     "This week:\n1. Kite-2 (Orca Labs) is 405B dense.\n2. Price cut: the Kite-2 API is now $2.\n"
     "3. Nimbus released a 1.58-bit version of its 3B model.",
     [("parameters", 4.05e11, "Kite-2"), ("parameters", 3e9, None)]),
    ("a plural relative clause after a list is said of every name in it",
     "We compare with Owl 7B, Kite 7B and Heron 7B, which have been trained on about 2T tokens.",
     [("parameters", 7e9, "Owl 7B"), ("parameters", 7e9, "Kite 7B"),
      ("parameters", 7e9, "Heron 7B"),
      ("training_tokens", 2e12, "Owl 7B"), ("training_tokens", 2e12, "Kite 7B"),
      ("training_tokens", 2e12, "Heron 7B")]),
    ("... a singular one only of the last",
     "We compare with Owl 7B and Kite 7B, which was trained on about 2T tokens.",
     [("parameters", 7e9, "Owl 7B"), ("parameters", 7e9, "Kite 7B"),
      ("training_tokens", 2e12, "Kite 7B")]),
    ("a maker written before a listed name does not end the list",
     "Owl 7B, Kite 7B and IBM Granite 7B were each trained on 2T tokens.",
     [("parameters", 7e9, "Owl 7B"), ("parameters", 7e9, "Kite 7B"),
      ("parameters", 7e9, "Granite 7B"), ("training_tokens", 2e12, "Owl 7B"),
      ("training_tokens", 2e12, "Kite 7B"), ("training_tokens", 2e12, "Granite 7B")]),
    ("names written as Markdown links are one list: each takes its size in order",
     "[Kite-2](https://hf.co/acme/kite-2) and [Owl-3](https://hf.co/acme/owl-3) have 7B and 13B"
     " parameters, respectively.",
     [("parameters", 7e9, "Kite-2"), ("parameters", 1.3e10, "Owl-3")]),
    ("... and share the count said of them all",
     "[Kite-7B](https://hf.co/acme/kite-7b) and [Kite-13B](https://hf.co/acme/kite-13b) were"
     " trained on 2T tokens.",
     [("parameters", 7e9, "Kite-7B"), ("parameters", 1.3e10, "Kite-13B"),
      ("training_tokens", 2e12, "Kite-7B"), ("training_tokens", 2e12, "Kite-13B")]),
    ("a count changed from is the one it had, not the one it has",
     "Compared to Kite-7B (original), Kite-7B uses more training tokens, increasing from 2.2T"
     " tokens to 2.4T tokens.",
     [("parameters", 7e9, "Kite-7B"), ("parameters", 7e9, "Kite-7B"),
      ("training_tokens", 2.2e12, None), ("training_tokens", 2.4e12, "Kite-7B")]),
    ("... but the ends of a range are read as a range",
     "We present Kite 3, a family of open models ranging in scale from 1 to 27 billion"
     " parameters.",
     [("parameters", 1e9, "Kite 3"), ("parameters", 2.7e10, "Kite 3")]),
    ("a name made a measure of quality is not the subject",
     "Kite-2.5 excels at many tasks, achieving GPT-4V level capabilities with merely 7B LLM"
     " backend.",
     [("parameters", 7e9, "Kite-2.5")]),
    ("... nor, with no other name, the size's owner",
     "It reaches GPT-4 class quality with only 7B parameters.", [("parameters", 7e9, None)]),
    ("a clause after \"the version of\" a name is the version's, not the name's",
     "# Kite Owl\n\nWe also introduce the instruction-tuned version of Kite-Owl, which has been"
     " fine-tuned with an additional 5 billion tokens of SFT data.",
     [("training_tokens", 5e9, None)]),
    ("... but a checkpoint of a model is the model: the clause is its",
     "We keep the final checkpoint of Kite-7B, which has 7B parameters and saw 2T tokens.",
     [("parameters", 7e9, "Kite-7B"), ("parameters", 7e9, "Kite-7B"),
      ("training_tokens", 2e12, "Kite-7B")]),
    ("a nested item is its parent item's story, not an earlier one's",
     "- Kite-3 is out\n\t- We introduce Kite-3-small, a 7B model trained for 4.8T tokens\n"
     "- Stable Tune 2.0, a music model, is out\n- Owl-2 is out, with long context:\n"
     "\t- 8 model sizes, including 0.5B, 4B and 72B dense models",
     [("parameters", 7e9, "Kite-3-small"), ("training_tokens", 4.8e12, "Kite-3-small"),
      ("parameters", 5e8, "Owl-2"), ("parameters", 4e9, "Owl-2"), ("parameters", 7.2e10, "Owl-2")]),
    ("a nested item's model is the one its parent item opens with",
     "- We introduce Kite-3-small, a 7B model\n- Tsinghua Kite-130B\n  - outperforms OpenAI's"
     " GPT-3 175B and Google's PaLM 540B on critical benchmarks\n  - only trained on 400B tokens",
     [("parameters", 7e9, "Kite-3-small"), ("parameters", 1.3e11, "Kite-130B"),
      ("parameters", 1.75e11, "GPT-3 175B"), ("training_tokens", 4e11, "Kite-130B")]),
    ("an active count the focus gives a family is the member whose name writes it",
     "## Kite 3\n\nAcme released **Kite 3** on Tuesday: Kite-3-235B-A22B and Kite-3-30B-A3B.\n\n"
     "The one people download is the small MoE: 30B total, 3B active, which means laptop speed.",
     [("parameters", 2.35e11, "Kite-3-235B-A22B"), ("parameters", 2.2e10, "Kite-3-235B-A22B"),
      ("parameters", 3e10, "Kite-3-30B-A3B"), ("parameters", 3e9, "Kite-3-30B-A3B"),
      ("parameters", 3e10, "Kite-3-30B-A3B"), ("parameters", 3e9, "Kite-3-30B-A3B")]),
    ("a name describing prompts is not the subject: the tool before it is",
     "- SuperWord - Better Kite-XL prompts in 77M Parameters - I trained a small model to expand"
     " prompts.",
     [("parameters", 7.7e7, "SuperWord")]),
    ("names after \"as ... as\", and one's other name in brackets, are compared, not the subject",
     "Owl isn't as advanced as either Kite or KiteChat (kite-3.5-turbo). It's a much smaller"
     " model at 13B parameters.",
     [("parameters", 1.3e10, None)]),
    ("... but \"as well as\" lists names",
     "We release Kite-7B as well as Owl-2. The latter has 13B parameters.",
     [("parameters", 7e9, "Kite-7B"), ("parameters", 1.3e10, "Owl-2")]),
    ("a local runner's tag names its model and size (its variant, not its build)",
     "I got Codex CLI to run against a gpt-oss:120b model; by default it uses the smaller"
     " gpt-oss:20b. Then: ollama run llama3.2:3b-instruct-q4_K_M",
     [("parameters", 1.2e11, "gpt-oss:120b"), ("parameters", 2e10, "gpt-oss:20b"),
      ("parameters", 3e9, "llama3.2:3b-instruct")]),
    ("... written with capitals too, when its name has a digit or is a family's (not a word's)",
     "I picked Kite3:8B and Owl-2:4B for the test. Note:7B is a label.",
     [("parameters", 8e9, "Kite3:8B"), ("parameters", 4e9, "Owl-2:4B")]),
    ("\"in comparison with\" a name makes it the other side, not the subject",
     "Kite-2 is out. In comparison with the previously released Owl, it has 7B parameters.",
     [("parameters", 7e9, "Kite-2")]),
    ("a parent item's head is its name; the description after \" - \" may name others",
     "- Kite-3 ([HN](https://news.example.com/item?id=1))\n\t- kite-3-mini: 3.8B model trained on"
     " 3.3T tokens\n- [Tune Audio 2.0](https://x.com/a) - a new model for music.\n- Owl"
     " 1.5-32B-Chat ([HF](https://hf.co/acme/owl)) - the beta version of Owl2, a decoder-only"
     " language model. In comparison with the previous released Owl, the improvements include:\n"
     "\t- 8 model sizes, including 0.5B, 4B and 32B dense models;\n\t- better chat models;",
     [("parameters", 3.8e9, "kite-3-mini"), ("training_tokens", 3.3e12, "kite-3-mini"),
      ("parameters", 3.2e10, "Owl 1.5-32B-Chat"), ("parameters", 5e8, None),
      ("parameters", 4e9, None), ("parameters", 3.2e10, "Owl 1.5-32B-Chat")]),
    ("a second model brought in unnamed owns the sizes after it, not the page's model",
     "# Owl-32B\n\nWe release 7B and 32B dense models, and an MoE model of 14B with 2.7B"
     " activated.",
     [("parameters", 3.2e10, "Owl-32B"), ("parameters", 7e9, None), ("parameters", 3.2e10, "Owl-32B"),
      ("parameters", 2.7e9, None)]),
    ("a list page's one introduced model is not what its other items are about",
     "## Open models\n\n- Kite and variants\n  - We introduce Heron, a Kite fine-tune.\n"
     "  - Kite beats Owl on chat; Kite is open.\n- Wren GPT https://example.com/wren\n"
     "  - not as good https://example.com/review\n    - Wren isn't as strong as either Kite or "
     "Owl. It's a much smaller model at 13B parameters.",
     [("parameters", 1.3e10, None)]),
    ("a post's one introduced model is its topic, beside the parts it is built of",
     "We introduce Wren, a hybrid of Mamba layers and attention. Wren uses Mamba layers in "
     "most blocks and Mamba kernels for speed.\n\nWren is fast.\n\nIt has 9B parameters.",
     [("parameters", 9e9, "Wren")]),
    ("a model a later clause calls by name is not the one an earlier clause sized",
     "Kite-2 - a new series of mixture-of-experts models; it includes a model with 16 experts "
     "and 120B parameters, and 12B are active per token; there is also a vision model called "
     "Kite-2-VL trained on 300 billion multimodal tokens.",
     [("parameters", 1.2e11, "Kite-2"), ("parameters", 1.2e10, "Kite-2"),
      ("training_tokens", 3e11, "Kite-2-VL")]),
    ("each size of the smaller models a model was distilled into is theirs, however far along",
     "Heron distilled Kite-R's reasoning into smaller models, with their 8B model beating much "
     "larger rivals and their 30B model coming close to Owl-mini.",
     [("parameters", 8e9, None), ("parameters", 3e10, None)]),
]  # fmt: skip


# Which model a size is about, in exactly these facts (claims aside).
WHOSE_SIZE = [*QUOTATIONS, *BASE_MODELS]


@pytest.mark.parametrize("text, expected", [c[1:] for c in WHOSE_SIZE],
                         ids=[c[0] for c in WHOSE_SIZE])  # fmt: skip
def test_whose_size(text, expected):
    found = [(f.kind, f.value, f.model) for f in extract(text) if f.kind not in ("claim", "alias")]
    assert found == expected



@pytest.mark.parametrize("enabled", [True, False])
def test_the_cycle_collector_is_paused_inside_and_restored_after_also_on_an_error(enabled):
    import gc

    from insights.extract.collector import no_cycle_collection

    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        with pytest.raises(ValueError), no_cycle_collection():
            assert not gc.isenabled()
            raise ValueError
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


# A title's model before its colon (linking.TITLE_HEAD): one word, or two when the second is
# shaped like a name; not a plural of a kind of model.
TITLE_HEADS = [
    ("Kestrel: Scaling Sparse Experts", "Kestrel"),
    ("**Sheared KiteLM: Faster Pre-training**", "Sheared KiteLM"),
    ("Scaling Laws: A Survey", None),
    ("Efficient LLMs: A Survey", None),
]


@pytest.mark.parametrize("title, head", TITLE_HEADS, ids=[t for t, _ in TITLE_HEADS])
def test_a_title_names_its_model_before_the_colon(title, head):
    from insights.extract.linking import TITLE_HEAD

    found = TITLE_HEAD.match(title)
    assert (found[1] if found else None) == head
