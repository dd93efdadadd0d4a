"""Model and organization mentions: found by their shape and by the words around them."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from insights.organizations import aliases as organization_aliases
from insights.patterns import (
    DATASET_HEADS,
    INTRODUCERS,
    NAME_MODIFIERS,
    NOT_MODELS,
    NOT_NAME_WORDS,
    alternation,
)

NAME = regex.compile(
    r"""
    (?<![\w.+\-/@#])                       # a name starts a token
    (?P<head>
        (?:
            [A-Z][\w+]*+                   # GPT, PaLM, Chinchilla, T5, CodeT5+
          | [a-z]++(?=[A-Z0-9\-])[\w+]*+   # mT5, iGPT, xTrimoPGLM, pplx-70b, gpt-3
        )
        (?:[-_.][\w+]++|\.[0-9]++)*+       # joined parts: GPT-NeoX-20B, Qwen2.5-Math, Llama-2-70b
        (?:-\{?\\?[A-Za-z]+\}?)?            # PanGu-{\Sigma}
    )
    (?P<tail>
        (?:
            [ \u00a0]                      # a spaced continuation:
            (?:
                v?[0-9]++(?:\.[0-9]++)*+[a-z]?(?![\w.]|[,.][0-9])   # a version: Llama 2, GPT 4, 3.1
              | [0-9]++(?:\.[0-9]++)?[BMKTbmkt](?![\w])            # a size: Llama 3.1 405B
              | [0-9]++x[0-9]++[BMbm](?![\w])                      # experts: Mixtral 8x7B
              | (?=[A-Z])(?i:%(modifiers)s)(?![\w])                 # a modifier: PaLM 2 Large
            )
            (?:-[\w.]++)*+                 # Nemotron-4 340B-Instruct
        )*+
    )
    """
    % {"modifiers": alternation(NAME_MODIFIERS)},
    regex.VERBOSE,
)

# A word before a plain capitalized name that says it is a model: "a model called Chinchilla".
INTRODUCED_BY = regex.compile(
    r"(?i:\b(?:%s))[ \u00a0]++(?:(?:the|a|an|our|its|their|new|model|models|family|series)[ \u00a0]++){0,3}\Z"
    % alternation(INTRODUCERS)
)
# What follows a plain name that says it is a model: "Chinchilla, a", "Gopher (280B)", "X's".
NAMED_AFTER = regex.compile(
    r"""
    (?:
        [ \u00a0]?,[ \u00a0](?:a|an|the|our|which|DeepMind's|OpenAI's|Meta's|Google's)\b
      | [ \u00a0]?\([ \u00a0]?[~≈]?[0-9.]+[ \u00a0]?(?:[BMKTbmkt]\b|billion|million|trillion)
      | ['’]s\b
      | [ \u00a0](?:model|models|LLM|LM|language[ \u00a0]model|family|series|checkpoint)\b
      | [ \u00a0](?:is|was|has|had|uses|contains|achieves|outperforms|surpasses|beats|matches|scores|reaches)\b
    )
    """,
    regex.VERBOSE,
)
# A size written just before a plain name: "280B-parameter Gopher", "the 70B Chinchilla".
SIZED_BEFORE = regex.compile(
    r"[0-9](?:[BMT]|[ \u00a0-]?(?:billion|million|trillion))?[ \u00a0-]?(?:parameters?|params?)?[ \u00a0]\Z"
)


@dataclass(frozen=True)
class Mention:
    """A model or organization named in the text."""

    start: int
    end: int
    name: str
    strong: bool = True  # shaped like a model name, or named by context; weak: acronyms only


def is_shaped(name: str) -> bool:
    """Looks like a model name on its own: a digit, an inner capital, or an acronym.

    >>> [is_shaped(n) for n in ["GPT-3", "PaLM", "Chinchilla", "BERT", "mT5", "Fine-Tuning"]]
    [True, True, False, True, True, False]
    """
    head = regex.split(r"[ \u00a0]", name, maxsplit=1)[0]
    if any(c.isdigit() for c in head):
        return any(c.isalpha() for c in head)
    for part in regex.split(r"[-_.]", head):
        letters = [c for c in part if c.isalpha()]
        if len(letters) >= 2 and part.isupper():
            return True
        if any(c.isupper() for c in part[1:]):
            return True
    return False


def head_word(name: str) -> str:
    """The first word of a name, lower-cased, without a size or joined parts."""
    return regex.split(r"[ \u00a0]", name, maxsplit=1)[0].lower()


@cache
def _known_models() -> frozenset[str]:
    """Lower-cased names and aliases of the reference table, for plain-word names."""
    try:
        from insights.reference import load_reference
    except ImportError:  # the reference table is optional for the extractor
        return frozenset()
    names = set()
    for row in load_reference():
        for name in (row.model, *row.aliases):
            if name and len(name) >= 3:
                names.add(name.lower())
    return frozenset(names)


# Shaped names that are benchmarks or datasets by their ending: ChartQA, MMBench, MT-Bench.
BENCHMARK_ENDING = regex.compile(r"(?i:qa|vqa|bench|eval|evals|arena|coco|glue|caps|set|test|hub|v2)[0-9]*\Z")
PLURAL_ACRONYM = regex.compile(r"[A-Z]{2,}s\Z")
GENERIC_COMPOUND = regex.compile(
    r"(?i)-(?:based|like|style|tuned|source|sourced|weight|weights|aware|free|level|scale|of|"
    r"the|art|specific|only|shot|context|step|time|to|end|wise|centric|oriented|driven|sized)\b"
)


def _rejected(name: str) -> bool:
    low = name.lower()
    head = head_word(name)
    if low in NOT_MODELS or head in NOT_MODELS or low in NOT_NAME_WORDS or head in NOT_NAME_WORDS:
        return True
    if low in organization_aliases() or head in organization_aliases():
        return True
    if PLURAL_ACRONYM.search(name) or (BENCHMARK_ENDING.search(head) and "vqa" in low or
                                        regex.search(r"(?i)(?:qa|bench|eval)[0-9]*\Z", head)):
        return True
    if not any(c.isdigit() for c in name) and GENERIC_COMPOUND.search(name):
        return True
    base = regex.sub(r"[-_ ]?[0-9.]+[BMKTbmkt]?$", "", low)
    return base in DATASET_HEADS or low in DATASET_HEADS


def model_mentions(text: str, timeout: float | None = None) -> list[Mention]:
    """Every model named in ``text``, in order.

    >>> [m.name for m in model_mentions("Chinchilla, a 70B model, beats GPT-3 175B and PaLM 2 Large.")]
    ['Chinchilla', 'GPT-3 175B', 'PaLM 2 Large']
    >>> [m.name for m in model_mentions("We trained on C4 and MMLU with LLMs on A100 GPUs.")]
    []
    """
    known = _known_models()
    found: list[Mention] = []
    plain_models: set[str] = set()
    for match in NAME.finditer(text, timeout=timeout):
        name = match.group().rstrip(".-")
        head = match.group("head").rstrip(".-")
        if _rejected(head) or _rejected(name):
            continue
        start, end = match.start(), match.start() + len(name)
        if is_shaped(head) or is_shaped(name):
            strong = not (head.isupper() and head.isalpha() and len(head) <= 5) or name.lower() in known
            if text[start - 1 : start] == "(" and text[end : end + 1] == ")" and head.isupper():
                continue  # an acronym being defined: "Random Routed Experts (RRE)"
            found.append(Mention(start, end, name, strong))
        elif head.lower() in known or name.lower() in known or head in plain_models:
            found.append(Mention(start, end, name))
        elif head.endswith("ly") or not head[0].isupper() or _inside_title(text, start):
            continue
        elif _named_by_context(text, start, end):
            plain_models.add(head)
            found.append(Mention(start, end, name))
    return found


PREVIOUS_CAPITALIZED = regex.compile(r"[A-Z][a-z]+[ \u00a0]\Z")


def _inside_title(text: str, start: int) -> bool:
    """A plain word inside a run of capitalized words ("Open Model License Agreement")."""
    return bool(PREVIOUS_CAPITALIZED.search(text, max(0, start - 30), start))


def _named_by_context(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 60) : start]
    return bool(
        INTRODUCED_BY.search(before)
        or NAMED_AFTER.match(text, end)
        or SIZED_BEFORE.search(before)
    )


@cache
def _organization_pattern() -> regex.Pattern:
    names = [a for a in _alias_spellings() if len(a) >= 2]
    return regex.compile(r"(?<![\w])(?:%s)(?![\w])" % alternation(names))


@cache
def _alias_spellings() -> tuple[str, ...]:
    """Aliases as written in the alias table (case kept: "FAIR" is not "fair")."""
    import csv

    from insights.organizations import ORGANIZATIONS_CSV

    spellings = set()
    with ORGANIZATIONS_CSV.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            spellings.add(row["organization"].strip())
            spellings.update(a.strip() for a in row["aliases"].split("|") if a.strip())
    return tuple(sorted(spellings))


def organization_mentions(text: str, timeout: float | None = None) -> list[Mention]:
    """Every organization named in ``text``, with its canonical name.

    >>> [m.name for m in organization_mentions("Google DeepMind and Facebook AI Research, not FAIRness.")]
    ['DeepMind', 'Meta']
    """
    table = organization_aliases()
    return [
        Mention(m.start(), m.end(), table[m.group().lower()])
        for m in _organization_pattern().finditer(text, timeout=timeout)
    ]
