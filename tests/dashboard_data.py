"""A small database for the dashboard tests, filled without the extractor.

Facts are written with ``Store.add_extracted`` so the tests do not depend on what the
extractor finds; each fact's span is the first occurrence of its surface text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from insights.fact import Fact
from insights.store import FACT_COLUMNS, Store

# (title, date, text, [(surface, kind, value, model, organization, qualifier)])
DOCUMENTS = [
    (
        "GPT-3 paper notes",
        "2020-05-28",
        "OpenAI trained GPT-3 with 175 billion parameters. GPT-3 saw 300 billion tokens.",
        [
            ("175 billion parameters", "parameters", 175e9, "GPT-3", "OpenAI", None),
            ("300 billion tokens", "training_tokens", 300e9, "GPT-3", "OpenAI", None),
        ],
    ),
    (
        "Chinchilla <b>summary</b>",
        "2022-03-29",
        "DeepMind's Chinchilla has 70B parameters. Chinchilla was trained on 1.4T tokens. "
        "Chinchilla outperforms Gopher. <script>alert(1)</script>",
        [
            ("70B parameters", "parameters", 70e9, "Chinchilla", "DeepMind", None),
            ("1.4T tokens", "training_tokens", 1.4e12, "Chinchilla", "DeepMind", None),
        ],
    ),
    (
        "LLaMA release",
        "2023-02-24",
        "Meta released LLaMA 65B with 65B parameters. LLaMA 65B was trained on 1.4T tokens. "
        "LLaMA 13B has 13B parameters. LLaMA 13B was trained on 1T tokens.",
        [
            ("65B parameters", "parameters", 65e9, "LLaMA 65B", "Meta", None),
            ("1.4T tokens", "training_tokens", 1.4e12, "LLaMA 65B", "Meta", None),
            ("13B parameters", "parameters", 13e9, "LLaMA 13B", "Meta", None),
            ("1T tokens", "training_tokens", 1e12, "LLaMA 13B", "Meta", None),
        ],
    ),
    (
        "Llama 2 and Mixtral roundup",
        "2023-12-11",
        "Llama 2 70B has 70B parameters. Llama 2 70B was trained on 2T tokens. "
        "Mixtral 8x7B has 46.7B total parameters and 12.9B active parameters.",
        [
            ("70B parameters", "parameters", 70e9, "Llama 2 70B", "Meta", None),
            ("2T tokens", "training_tokens", 2e12, "Llama 2 70B", "Meta", None),
            ("46.7B total parameters", "parameters", 46.7e9, "Mixtral 8x7B", "Mistral AI",
             "total"),
            ("12.9B active parameters", "parameters", 12.9e9, "Mixtral 8x7B", "Mistral AI",
             "active"),
        ],
    ),
]  # fmt: skip

# One short document per model: (date, model, organization, parameters, tokens or None).
ONE_LINERS = [
    ("2018-10-11", "BERT-Large", "Google", ("340M", 340e6), ("3.3B", 3.3e9)),
    ("2019-02-14", "GPT-2", "OpenAI", ("1.5B", 1.5e9), None),
    ("2019-10-23", "T5-11B", "Google", ("11B", 11e9), ("34B", 34e9)),
    ("2021-12-08", "Gopher", "DeepMind", ("280B", 280e9), ("300B", 300e9)),
    ("2022-04-04", "PaLM", "Google", ("540B", 540e9), ("780B", 780e9)),
    ("2023-09-06", "Falcon 180B", "TII", ("180B", 180e9), ("3.5T", 3.5e12)),
    ("2024-06-07", "Qwen2-72B", "Alibaba", ("72B", 72e9), ("7T", 7e12)),
    ("2024-07-23", "Llama 3.1 405B", "Meta", ("405B", 405e9), ("15.6T", 15.6e12)),
    ("2024-12-26", "DeepSeek-V3", "DeepSeek", ("671B", 671e9), ("14.8T", 14.8e12)),
]
for _date, _model, _org, (_p, _pv), _tokens in ONE_LINERS:
    _text = f"{_org} announced {_model}, a model with {_p} parameters."
    _specs = [(f"{_p} parameters", "parameters", _pv, _model, _org, None)]
    if _tokens:
        _text += f" {_model} was trained on {_tokens[0]} tokens."
        _specs.append((f"{_tokens[0]} tokens", "training_tokens", _tokens[1], _model, _org, None))
    DOCUMENTS.append([f"{_model} announcement", _date, _text, _specs])
# A mixture-of-experts model states its active parameters too.
DOCUMENTS[-1][2] += " Only 37B parameters are active per token."
DOCUMENTS[-1][3].append(("37B parameters", "parameters", 37e9, "DeepSeek-V3", "DeepSeek", "active"))

CLAIM = ("Chinchilla outperforms Gopher", "Chinchilla", "outperforms", "Gopher", "DeepMind")


def _sentence(text: str, start: int) -> tuple[str, int]:
    bounds = [0] + [m.end() for m in re.finditer(r"(?<=\.)\s+", text)] + [len(text)]
    for begin, end in zip(bounds, bounds[1:], strict=False):
        if begin <= start < end:
            return text[begin:end].strip(), begin
    return text, 0


def facts_of(text: str, specs) -> list[Fact]:
    facts, offset = [], {}
    for surface, kind, value, model, organization, qualifier in specs:
        start = text.index(surface, offset.get(surface, 0))
        offset[surface] = start + 1
        sentence, sentence_start = _sentence(text, start)
        facts.append(
            Fact(kind, value, "", model, organization, qualifier, start, start + len(surface),
                 sentence, sentence_start)
        )  # fmt: skip
    if CLAIM[0] in text:
        start = text.index(CLAIM[0])
        sentence, sentence_start = _sentence(text, start)
        facts.append(
            Fact("claim", None, "", CLAIM[1], CLAIM[4], None, start, start + len(CLAIM[0]),
                 sentence, sentence_start, relation=CLAIM[2], other=CLAIM[3])
        )  # fmt: skip
    return facts


def fill(path: str | Path) -> Path:
    """Create a database at ``path`` with the sample documents, marked as already built."""
    with Store(path) as store:
        for title, date, text, specs in DOCUMENTS:
            store.add_extracted(text, facts_of(text, specs), title=title, source=title, date=date)
        store.set_meta("corpus", "test data")
    return Path(path)


def frame(*documents) -> pd.DataFrame:
    """Facts of documents given as (date, [Fact, ...]), as the store's facts frame holds them;
    document ids count from 1."""
    rows = []
    for document_id, (date, facts) in enumerate(documents, 1):
        for f in facts:
            doc = {"document_id": document_id, "title": f"doc{document_id}",
                   "source": f"doc{document_id}.md", "date": date}  # fmt: skip
            rows.append({**f.to_dict(), **doc})
    return pd.DataFrame(rows, columns=list(FACT_COLUMNS))
