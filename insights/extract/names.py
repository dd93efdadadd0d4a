"""Model and organization mentions: found by their shape and by the words around them."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache, lru_cache
from typing import NamedTuple

import regex

from insights.extract.keys import model_key, without_build
from insights.extract.lines import line_start as _line_start
from insights.extract.organizations import aliases as organization_aliases
from insights.extract.organizations import canonical_organization
from insights.extract.patterns import (
    ADAPTED_LANGUAGES,
    AHEAD,
    COUNT_WORDS,
    DATA_SET_TARGET,
    DATASET_HEADS,
    HUB_NAMESPACE,
    INTRODUCERS,
    LOWERCASE_FAMILIES,
    NAME_MODIFIERS,
    NOT_MODELS,
    NOT_NAME_WORDS,
    PROGRAMMING_LANGUAGES,
    STEP_NUMBER,
    STEP_WORD,
    VERBS_THAT_NAME_MODELS,
    alternation,
)
from insights.extract.reference import (
    curated_aliases,
    family_names,
    family_organization,
    load_reference,
)
from insights.extract.reference import organization_for as reference_organization

# A size written inside a name: "Chinchilla-70B", "Llama 3.1 405B", "Qwen1.5-0.5B", "GPT-J-6B".
# Not the experts of "Mixtral 8x7B" nor the active part of "Qwen2-57B-A14B".
SIZE_IN_NAME = regex.compile(
    r"""(?<![A-Za-z0-9.])(?<!\d[x×])
        (?P<number>[0-9]+(?:\.[0-9]+)?)[ ]?(?P<scale>[KMBTkmbt])
        (?=(?:v[0-9]+)?(?![A-Za-z0-9]))     # (and a version joined to it: "OpenLLaMA 3Bv2")""",
    regex.VERBOSE,
)
SCALES = {"k": 1e3, "m": 1e6, "b": 1e9, "t": 1e12}
# The most a model's count may differ from the size its name writes ("Gemma 2 2B" has 2.6B):
# a name's size gives way to a count within it, and "the 12B" is no model named 7B. (Matching a
# count to a name, quantities.refines asks for closer: 1.25.)
NAME_SIZE_REACH = 1.35
BRACKETED = regex.compile(r"\s*\(([^()]*)\)")
BASE_SUFFIX = regex.compile(r"(?i)[ _-]+base\Z")


def size_value(written: str) -> float | None:
    """The value of a size as a name writes it.

    >>> size_value("12B"), size_value("1.5b"), size_value("large")
    (12000000000.0, 1500000000.0, None)
    """
    return split_size("x-" + written)[1]


@lru_cache(maxsize=65536)
def split_size(name: str) -> tuple[str, float | None]:
    """A name's family key and the size it writes, if any.

    >>> split_size("Chinchilla-70B"), split_size("Chinchilla")
    (('chinchilla', 70000000000.0), ('chinchilla', None))
    >>> split_size("Llama 3.1 405B Instruct"), split_size("Qwen1.5-0.5B")
    (('llama3.1instruct', 405000000000.0), ('qwen1.5', 500000000.0))
    >>> split_size("Mixtral 8x7B"), split_size("Qwen2-57B-A14B")
    (('mixtral8x7b', None), ('qwen2a14b', 57000000000.0))
    >>> split_size("Falcon (180B)"), split_size("Llama 3 8B (2024)")
    (('falcon', 180000000000.0), ('llama3', 8000000000.0))
    >>> split_size("Nemotron-4 340B Base"), split_size("DALL-E 2 (decoder)")
    (('nemotron4', 340000000000.0), ('dalle2', None))
    """
    # A bracket is kept when it writes the size ("Falcon (180B)"); a note goes ("(2024)").
    plain = BRACKETED.sub(
        lambda m: " " + m.group(1) if SIZE_IN_NAME.fullmatch(m.group(1).strip()) else "", name
    )
    match = SIZE_IN_NAME.search(plain)
    if match is None:
        return model_key(plain), None
    size = float(match["number"]) * SCALES[match["scale"].lower()]
    family = plain[: match.start()] + " " + plain[match.end() :]
    # "Nemotron-4 340B Base" is the pretrained Nemotron-4 340B; "BERT-Base" (no size) stays.
    family = BASE_SUFFIX.sub("", family.strip(" -_/"))
    return model_key(family.strip(" -_/")), size


def significant_digits(value: float) -> int:
    """How many significant digits a value is written with (a tie between values goes to the
    more precise one; a stated count is more precise than the size a name rounds).

    >>> significant_digits(7.3e9), significant_digits(7e9), significant_digits(1.085e12)
    (2, 1, 4)
    """
    return len(f"{value:.6e}".split("e")[0].rstrip("0").replace(".", "").lstrip("-"))


def size_text(value: float) -> str:
    """A size as a name writes it, the reverse of ``split_size``'s reading.

    >>> size_text(1.75e11), size_text(1.4e12), size_text(5e8), size_text(12)
    ('175B', '1.4T', '500M', '12')
    """
    for scale, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(value) >= scale:
            return f"{value / scale:.4g}{suffix}"
    return f"{value:g}"


@lru_cache(maxsize=65536)
def family_name(name: str) -> str:
    """A name with the size it writes taken off, as written.

    >>> family_name("CodeT5+ 16B"), family_name("PaLM-E-562B"), family_name("Gopher")
    ('CodeT5+', 'PaLM-E', 'Gopher')
    """
    match = SIZE_IN_NAME.search(name)
    if match is None:
        return name
    return (name[: match.start()] + " " + name[match.end() :]).strip(" -_/").replace("  ", " ")


def name_stem(name: str) -> str:
    """What a name writes before its size: the line of models it belongs to, with every
    variant and tuning after the size taken off.

    >>> name_stem("Halyard-30B-A3B-Base"), name_stem("Nimbus-70B-Chat"), name_stem("Kestrel-2")
    ('Halyard', 'Nimbus', 'Kestrel-2')
    >>> name_stem("Llama-2-7b"), name_stem("DeepSeekMoE 16B Chat"), name_stem("70B")
    ('Llama-2', 'DeepSeekMoE', '70B')
    """
    match = SIZE_IN_NAME.search(name)
    if match is None or match.start() == 0:
        return name
    return name[: match.start()].rstrip(" -_/")


# Names are found in two steps, for speed: HEAD scans for name-like tokens (a capitalized
# word, or a lower-case one with a digit or inner capital), then TAIL, anchored at the token's
# end, takes the versions, sizes and modifiers that continue it ("Llama 3.1 405B Instruct").
# A letter or digit of a name: a word character, but not one of Chinese, Japanese or Korean
# script, which runs on without spaces ("Skywork-13B和Llama-2-13B模型" names two models).
NAME_CHAR = r"[^\W\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]"
HEAD = regex.compile(
    r"""
    [A-Z](?:%(c)s|\+)*                       # GPT, PaLM, Chinchilla, CodeT5+
    (?:(?:[-_.·]|(?<![0-9][BMbm])/|/(?![0-9.x]+[BMbm]\b)|(?<=[0-9][BMbm])×(?=[0-9]))(?:%(c)s|\+)+)*
    # joined parts: GPT-NeoX-20B, Qwen2.5-Math, ViT-G/14, DALL·E, MoE-LLaVA-1.6B×4-Top2 (not a
    # size after a size: "Vicuna-7B/13B")
    (?:-\{?\\?[A-Za-z]+\}?)?               # PanGu-{\Sigma}
    """ % {"c": NAME_CHAR},
    regex.VERBOSE,
)
# Lower-case names (mT5, iGPT, pplx-70b-online, qwen-14b) are rarer: their mark is a lower-case
# letter before a capital, a digit or a hyphen and digit; the whole token is then read at its start.
LOWER_MARK = regex.compile(r"[a-z][A-Z0-9]")
LOWER_LETTER = re.compile(r"[a-z]")  # what every lower-case name needs (a quick no for all)
HYPHEN_DIGIT = regex.compile(r"-[0-9]")
# A tier joined to a name: "lark-mini", "skua-moe", "bge-large", "Zephyrine-Base".
TIER_WORDS = frozenset({
    "mini", "base", "chat", "instruct", "large", "small", "medium", "moe", "lite", "tiny", "nano",
    "xl", "xxl", "coder",
})  # fmt: skip
_TIERS = "(?:%s)" % "|".join(sorted(TIER_WORDS))
HYPHEN_TIER = regex.compile(r"(?<=[a-z0-9])-%s(?![a-z])" % _TIERS)
LOWER_TIERED = regex.compile(
    r"([a-z][a-z0-9]{1,15})(?:-[a-z][a-z0-9]{1,9}){0,2}-%s(?:-[\w.]+)*" % _TIERS
)
SPACE_DIGIT = regex.compile(r" v?[0-9]")
SPACE_TIER = regex.compile(r" (?:large|base|small|medium|tiny)(?:-v[0-9]|(?![\w-]))")
LOWER_WORD_BEFORE = regex.compile(r"(?r)(?<![\w.-])[a-z]+\Z")
PREDICATES = frozenset({"is", "was", "has", "had"})
SIZE_THEN_LOWER = regex.compile(r"[0-9][bBmM][ \u00a0]([a-z]{3,16})(?![\w-]|\.\w)")
FAMILY_AFTER_SIZE = regex.compile(r"[a-z]+?(?=s?\Z)")
LOWER_SUBJECT_BEFORE = regex.compile(r"(?r)(?<![\w.-])[a-z]+(?=[ \n]\Z)")
# A size said in words after the family's verb, as transcripts write it: "chinchilla was seventy
# billion parameters".
SPOKEN_PREDICATE = regex.compile(
    r"[a-z][ \n](?:is|was|has|had) (?=(?:%s|a|one|half)[ -])" % alternation(COUNT_WORDS)
)
LOWER_HEAD = regex.compile(r"[a-z]+[A-Z0-9-][\w+]*(?:[-_.][\w+]+)*")
# What a number of two digits or more counts when it is a count and not a name's version:
# "Maverick 128 experts" (not "Gemma 2 layers alternate").
COUNTED_AFTER_NUMBER = (
    r"experts?|layers?|heads?|GPUs|TPUs|tokens?|params|parameters|languages|steps|epochs|days"
    r"|hours|nodes|chips"
)
TAIL = regex.compile(
    r"""
    (?:
        [ \u00a0]                                                  # a spaced continuation:
        (?:
            [vV]?[0-9]+(?:\.[0-9]+)*[a-z]?(?![\w]|[,.][0-9]|[ \u00a0](?i:thousand|million|billion|trillion)\b|(?<=[0-9]{2})[ \u00a0](?i:%(counted)s)\b)  # a version: Llama 2, GPT 4, 3.1, V3 (not "141 Billion", "Maverick 128 experts")
          | [0-9]+(?:\.[0-9]+)?[BMKTbmkt](?:v[0-9]+)?(?![\w+]|[ \u00a0-](?i:tokens?|params|parameters|context)\b)  # a size: Llama 3.1 405B, OpenLLaMA 3Bv2 (not "15T+ tokens", "Advertised 10M-token")
          | [0-9]+x[0-9]+[BMbm](?![\w])                            # experts: Mixtral 8x7B
          | [a-wyz][0-9]+\.[0-9]+(?![\w]|[.,][0-9])                # a lettered version: BitNet
                                                                     # b1.58, Kimi k1.5 (not "x1.5")
          | [0-9]+(?:\.[0-9]+)?[BM][0-9]+(?:\.[0-9]+)?T(?![\w])     # size and tokens: 2B4T
          | (?=[A-Z])(?i:%(modifiers)s)(?![\w])                    # a modifier: PaLM 2 Large
          | Hybrid(?![\w]|[ \u00a0-](?i:ssm|mamba|transformer|architecture|attention|design|moe)\b)  # (not a kind: "Jamba 1.5 Hybrid SSM model")
          | (?:tiny|base|small|medium|large|xl|xxl|mini|nano)(?![\w]|-(?!v[0-9])[a-z]|[ \u00a0](?:language|scale|vision|multimodal|amounts?|numbers?|gains?|margins?|corpora|datasets?|batch))  # a size tier: Whisper large, BERT base
          | [A-Z][a-z]+(?=[ \u00a0]v?[0-9])                        # a word before a version: Wu Dao 2.0, Embed v2
          | [A-Z][0-9](?:\.[0-9]+)?(?![\w]|[.,][0-9])             # a letter-digit code: Kimi K2, K2.5
          | (?!AI\b)[A-Z]{2,5}(?:[0-9](?:\.[0-9])?)?(?=[ \u00a0](?:[A-Z]{2,5}[ \u00a0])?[0-9]+(?:\.[0-9]+)?[BMbm](?![\w]))  # an acronym (and its version) before a size: Parakeet TDT 0.6B, Qwen VL2 72B, Intern VL2 LLAMA 76B
          | (?<=[a-z][ \u00a0])LM(?=[ \u00a0][0-9](?![\w.%%]))           # "LM" before a version: Stable LM 2
          | [A-Z][0-9]{1,3}(?:\.[0-9])?[BM](?![\w])                 # a letter and a size: Command R7B
          | [B-HJ-Z]\+?(?![\w+])                                  # a letter: Command R, Command R+
          | A(?=[,;:)!?]|\.(?![A-Za-z])|\Z|[ \u00a0](?:on|in|is|was|has|had|and(?![ \u00a0][B-Z]\b)|with|from|by|at|beats|outperforms|scores|runs|costs|now|also)\b)  # Command A (not the article: "Command A new ...", "A to Z", nor "A.I.", "A and B")
        )
        (?:-[\w.]+)*                                               # Nemotron-4 340B-Instruct
    )*
    """
    % {"modifiers": alternation(NAME_MODIFIERS - {"hybrid"}), "counted": COUNTED_AFTER_NUMBER},
    regex.VERBOSE,
)
TAIL_LETTERED_VERSION = regex.compile(r"[a-wyz][0-9]+\.[0-9]")  # "b1.58", "k1.5"
# Modifiers that are also models' own names when written alone: "Scout has 109B parameters".
PRODUCT_MODIFIERS = frozenset(
    {"scout", "maverick", "behemoth", "opus", "sonnet", "haiku", "titan", "jumbo"}
)
BUILD_AFTER_TIER = regex.compile(r"[ _-]?[0-9]{4}")  # "Instruct 2501", "Chat-0125"
PRODUCT_REACH = 5000  # how far back a product's word alone looks for its whole name
PRODUCT_AFTER_VERSION = regex.compile(
    r"(?i)[0-9][ ](?:%s)\b" % alternation(PRODUCT_MODIFIERS)
)  # ("Llama 4 Maverick", "Claude 3 Opus"; not "an NVIDIA Titan V")
# Labs whose name is also their models' family name: "Mistral NeMo" is Mistral's model, not
# "NeMo" by Mistral (while "Meta Llama 3.3" is Llama 3.3, by Meta).
LAB_NAMED_FAMILIES = frozenset({"mistral", "deepseek"})
# Words that make a derived model's name with the family name after them: "Code Llama".
PRODUCT_PREFIXES = frozenset({"code", "math", "tiny", "open", "stable", "vision"})
PRODUCT_PREFIX_ENDS = tuple(PRODUCT_PREFIXES)
# Tiers that make the plain word before them a product name: "Gemini Ultra", "Claude Opus".
PRODUCT_TIERS = frozenset(
    {"ultra", "pro", "nano", "flash", "opus", "sonnet", "haiku", "turbo", "mini", "max", "plus"}
)
LATEX_NAME = regex.compile(r"\\([A-Za-z][A-Za-z0-9]{2,})(?![\w{])")
LATEX_COMMANDS = frozenset({
    "textbf", "textit", "emph", "cite", "citep", "citet", "ref", "url", "href", "sigma", "alpha",
    "beta", "gamma", "delta", "lambda", "mu", "times", "cdot", "sim", "approx", "leq", "geq",
    "ours", "method", "model", "ourmodel", "name", "system", "ie", "eg", "etal", "textsc",
    "mathbf", "mathrm", "mathcal", "frac", "sqrt", "log", "exp", "sum", "prod", "infty", "pm",
    "footnote", "label", "item", "newline", "quad", "qquad", "ldots", "dots", "rightarrow",
})  # fmt: skip
BOUNDED = 5_000  # characters under which a linear scan needs no timeout guard
REPO_OWNER_BEFORE = regex.compile(r"(?r)(?<![\w./:-])[A-Za-z0-9][\w.-]{1,40}/\Z")
NOT_BEFORE_NAME = frozenset(".+-/@#_'’") | frozenset("0123456789")
# The characters before a word inside a web address, and the address up to there.
URL_PARTS = frozenset("=&?")
MODEL_KEY_BEFORE = regex.compile(r"(?i)[?&](?:model|model_id|model_name|name|m)=\Z")
IN_URL = regex.compile(r"https?://[^\s()<>\[\]\"']+\Z")
WORD_APART_SCRIPT = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")


def _quote_opens(text: str, start: int) -> bool:
    """Whether the straight quote before ``start`` opens a quotation (a string in code,
    "load('acme/Kite-7B')"), not an apostrophe inside a word ("O'Brien")."""
    return text[start - 1 : start] == "'" and not text[start - 2 : start - 1].isalnum()


def _joined_letter(char: str) -> bool:
    """Whether a letter before a capital joins it into one word ("aSkywork"); a character of
    Chinese, Japanese or Korean script does not ("对比了Skywork-13B": no spaces in that script)."""
    return char.isalpha() and WORD_APART_SCRIPT.match(char) is None
NAME_ENDS = ".-"

# A word before a plain capitalized name that says it is a model: "a model called Chinchilla".
INTRODUCED_BY = regex.compile(
    r"(?r)(?i:\b(?:%s))[ \u00a0]+(?:(?:the|a|an|our|its|their|new|model|models|family|series)[ \u00a0]+){0,3}\Z"
    % alternation(INTRODUCERS)
)
# The rest of a name spelled out in capitals, with the name it defines in brackets after it:
# " Teacher Model (AlexaTM 20B)" after "Alexa".
SPELLED_OUT_AFTER = regex.compile(
    r"(?:[ \u00a0]+[A-Z][\w-]*){0,3}[ \u00a0]+(?:Model|Network|Transformer|Machine)[ \u00a0]*\("
)
# "a model which we call Wren," (one word, then the clause goes on; not "we call Pathways
# Language Model PaLM", where the name is longer).
WE_CALL_BEFORE = regex.compile(r"(?r)(?i:\bwe[ \u00a0]+call(?:[ \u00a0]+it)?[ \u00a0]+\Z)")
# A noun for a model just before a plain name: "its 7B-parameter sibling, Vicuna", "the model Gopher".
APPOSITIVE_BEFORE = regex.compile(
    r"(?r)\b(?:model|LLM|sibling|variant|version|successor|predecessor|counterpart|cousin|chatbot|assistant)s?,?[ \u00a0]+\Z"
)
# What follows a plain name that says it is a model: "Chinchilla, a", "Gopher (280B)", "X's".
NAMED_AFTER = regex.compile(
    r"""
    (?:
        [}$]*(?:[ \u00a0]?\[[0-9,\u2013\ -]{1,12}\])?[ \u00a0]?,[ \u00a0](?:a|an|the|our|which|DeepMind's|OpenAI's|Meta's|Google's)\b
      | \**[ \u00a0]?\([ \u00a0]?(?:(?:up\ to|about|around|over)[ \u00a0])?[~≈]?[0-9.]+[ \u00a0]?(?:[BMKTbmkt]\b|billion|million|trillion)
      | ,[ \u00a0][~≈]?[0-9.]+[ \u00a0]?(?:[BMT]|billion|million|trillion)(?:[;)]|,[ \u00a0](?:and[ \u00a0])?[A-Z])   # "(OLMo, 7B; Pythia, 6.9B)"
      | ['’]s\b
      | (?P<noun>[ \u00a0](?:models?|LLMs?|LM|language[ \u00a0]models?|family|series|suite|checkpoints?|run|runs)\b)
      | (?:\**[ \u00a0]?\((?=[^()\n]{0,50}\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \u00a0](?:19|20)[0-9]{2}\b)[^()\n]{1,60}\))?  # a dated aside:
        [ \u00a0](?P<verb>is|was|has|had|uses|contains|combines|pairs|packs|comes|runs
          |ships(?![ \u00a0]+(?:a|an|the|its|their|two|three|four|new)\b|[ \u00a0]+[*_`]*[A-Z]))\b
          # "**Devstral** (Mistral AI, May 2025) is a 24B model"
          # (but "Acme ships a 12B version of Heron-3", "Arclight ships Torrent-2" name a maker)
      | [ \u00a0](?:achieves|outperforms|surpasses|beats|matches|scores|reaches|tops|rivals)\b
    )
    """,
    regex.VERBOSE,
)
# Between two names of one list: a plain name listed after a model name is one too.
NAME_LIST_GAP = regex.compile(r",?[ \u00a0](?:and|or|&)[ \u00a0]|,[ \u00a0]")
# A size written just before a plain name: "280B-parameter Gopher", "the 70B Chinchilla".
SIZED_BEFORE = regex.compile(
    r"(?r)(?<![\w.-])[0-9][0-9.,]*(?:(?:[BMT]|[ \u00a0-]?(?:billion|million|trillion))[ \u00a0-]?(?:parameters?|params?)?|[ \u00a0-]?(?:parameters?|params?))[ \u00a0]\Z"
)


class Mention(NamedTuple):
    """A model or organization named in the text (a named tuple: cheap to make)."""

    start: int
    end: int
    name: str
    strong: bool = True  # shaped like a model name, or named by context; weak: acronyms only


@lru_cache(maxsize=65536)
def is_shaped(name: str) -> bool:
    """Looks like a model name on its own: a digit, an inner capital, or an acronym.

    >>> [is_shaped(n) for n in ["GPT-3", "PaLM", "Chinchilla", "BERT", "mT5", "Fine-Tuning"]]
    [True, True, False, True, True, False]
    >>> [is_shaped(n) for n in ["MacLeod", "McCarthy", "MacBERT", "English/Czech"]]
    [False, False, True, False]
    """
    head = SPACE.split(name, maxsplit=1)[0]
    if any(c.isdigit() for c in head):
        return any(c.isalpha() for c in head)
    if "/" in head and all(w[:1].isupper() and w[1:].islower() for w in head.split("/")):
        return False  # words in a pair, not a name's inner capital: "English/Czech"
    parts = JOINER.split(head)
    for i, part in enumerate(parts):
        letters = [c for c in part if c.isalpha()]
        if len(letters) >= 2 and part.isupper():
            return True
        if i and len(part) == 1 and part.isupper() and head[len(parts[0])] == "-":
            return True  # a lettered variant: "Switch-C"
        if any(c.isupper() for c in part[1:]) and not SURNAME.fullmatch(part):
            return True
    return False


SPACE = regex.compile(r"[ \u00a0]")
# A surname's inner capital is no model's: "Calum MacLeod", "Ann McCarthy" (not "MacBERT").
SURNAME = regex.compile(r"Ma?c[A-Z][a-z\u00e0-\u00ff]+")
JOINER = regex.compile(r"[-_.]")
SIZE_SUFFIX = regex.compile(r"[-_ ]?[0-9.]+[BMKTbmkt]?$")
COUNTED_BENCHMARK = regex.compile(r"(?i)(?:qa|bench|eval)[0-9]*\Z")


def head_word(name: str) -> str:
    """The first word of a name, lower-cased."""
    return SPACE.split(name, maxsplit=1)[0].lower()


def known_model(name: str) -> bool:
    """Whether the reference table or the curated aliases know ``name`` as a model's."""
    return name.lower() in _known_models()


@cache
def _known_models() -> frozenset[str]:
    """Lower-cased names and aliases of the reference table, for plain-word names."""
    names = set()
    for row in load_reference():
        for name in (row.model, *row.aliases):
            if name and len(name) >= 3:
                names.add(name.lower())
    names.update(alias.lower() for alias in curated_aliases() if len(alias) >= 3)
    return frozenset(names)


SHAPED_TAIL = regex.compile(r"[-_ .](?:[A-Z]{2}|[0-9])")  # "-XL", "-2", " 3B"
SIZE_PART = regex.compile(r"-[0-9]+(?:\.[0-9]+)?[BbMm](?![A-Za-z0-9])")  # "-8B-", "-1.5b"
FAMILY_MEMBER = regex.compile(r"-[0-9]*[A-Za-z]")  # after a family: "-Audio", "-1V"


# Shaped names that are benchmarks or datasets by their ending: ChartQA, MMBench, MT-Bench.
BENCHMARK_ENDING = regex.compile(
    r"(?i:qa|vqa|bench|eval|evals|arena|coco|glue|caps|set|test|hub|v2)[0-9]*\Z"
)
LAYERED_PART = regex.compile(r"(?i)[0-9]+-layer\b")
ADJECTIVE_SUFFIX = regex.compile(
    r"(?i)-(?:level|style|like|based|class|sized|scale|quality|grade|equivalent|architecture"
    r"|compatible|attached|powered|enabled|accelerated|optimi[sz]ed|aware|driven|backed|backboned)\Z"
)  # ("a 32-layer Llama-2-architecture model": an adjective, not Llama 2 itself)
PLURAL_ACRONYM = regex.compile(r"[A-Z]{2,}s\Z")
GENERIC_COMPOUND = regex.compile(
    r"(?i)-(?:based|like|style|tuned|source|sourced|weight|weights|aware|free|level|scale|of|class|quality|grade|equivalent|approved|licensed|"
    r"the|art|specific|only|shot|context|step|time|to|end|wise|centric|oriented|driven|sized|"
    r"transformer|transformers|hybrid|architecture|model|models|encoder|decoder|attention|"
    r"attached|powered|enabled|accelerated|optimi[sz]ed|backed|backboned)\b"  # ("USB-attached SSDs")
)


BARE_VERSION = regex.compile(r"[vV]?[0-9]+(?:\.[0-9]+)*\Z|.\Z")
ACTIVE_SIZE = regex.compile(r"A[0-9]+(?:\.[0-9]+)?[BM]\Z")
CAMEL_PLURAL = regex.compile(r"[A-Z]s\Z")


# An acronym, a lower-case code and a version: "LLM-jp-3", "LLM-jp-3.1" (not "LLM-based").
ACRONYM_LINE = regex.compile(r"^[A-Z]{2,4}-[a-z]{2,3}-[0-9]+(?:\.[0-9]+)?$")
SIZED_ID = regex.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9.]+)*-[0-9]+(?:\.[0-9]+)?[bm]$")
NOT_A_MODEL_TOKEN = regex.compile(
    r"For(?:CausalLM|ConditionalGeneration|SequenceClassification|TokenClassification"
    r"|QuestionAnswering|MaskedLM|Seq2SeqLM|PreTraining)$"
    r"|(?<=[A-Za-z])(?:Config|Tokenizer|Trainer|Processor)$"  # a class: "SFTTrainer"
    r"|\.[a-z]+(?:_[a-z]+)+$"  # a method: "AutoModelForCausalLM.from_pretrained"
    r"|(?<=[A-Za-z-])Norm$|(?<=[A-Za-z])-norm$"  # a normalization: "RMSNorm", "QK-norm"
    r"|(?<=[A-Za-z-])RoPE$"  # a position encoding: "TMRoPE", "M-RoPE"
    r"|^(?i:b?float(?:8|16|32|64)|bf16|fp(?:4|8|16|32|64)|u?int(?:2|4|8|16|32|64)|nf4|i?q[1-8](?:_[0-9k])?(?:_(?:xxs|xs|s|m|l|[0-9]))?)$"
    r"|^x[0-9]+(?:\.[0-9]+)?$"  # a multiplier: "x1.5 faster"
    r"|^b[0-9]{4,}$"  # a software build: "llama.cpp build b6412"
    r"|^(?i:w[0-9]{1,2}a[0-9]{1,2})(?:-[A-Za-z0-9]+)?$"  # a quantization scheme: "W4A16-INT", "W8A8"
)


# A part of a name that makes it a data set: "Dolmino-Mix-1124", "Tulu-3-SFT-Mixture".
DATA_PART = regex.compile(r"(?:^|[-_ ])(?:mix|mixture|corpus|dataset|data)(?:$|[-_ ])")
CAMEL_DATA_PART = regex.compile(r"(?<=[a-z])(?:Mix|Mixture|Corpus|Dataset)\Z")  # "LanternMix"
CITATION_KEY = regex.compile(r"[a-z]+(?:19|20)[0-9]{2}[a-z]+")
FILE_EXTENSIONS = r"(?i:\.(?:ya?ml|jsonl?|toml|cfg|ini|py|sh|txt|md|csv|gguf|safetensors|bin|pt|pth|ckpt|onnx|tar|gz|tgz|zip))"
FILE_NAME = regex.compile(FILE_EXTENSIONS + r"\Z")
WEB_DOMAIN = regex.compile(r"(?i)[a-z0-9]\.(?:com|net|org|edu|gov|io)\Z")
# Words that name a variant of a family, not a model, when the family's name is not before them.
VARIANT_WORDS = frozenset({"Instruct", "Instruction", "Base", "Chat", "Think", "Thinking"})
# A word that makes a name a kind of model: "Chinchilla-optimal", "GPT-style", "Llama-like".
LIKE_A_MODEL = regex.compile(r"(?i)^[\w.]+-(?:optimal|style|like|esque|inspired|sized)\b")
QUERY_WORDS = regex.compile(r"[\w%]+(?:\+[\w%]+){2,}")  # words joined by "+" as a query writes them
DOMAIN_LLM = regex.compile(
    r"(?i)(?:code|coding|medical|legal|math|financial|finance|chinese|english|multilingual"
    r"|vision|speech|general|foundation|reasoning)[ -](?:LLM|LM)s?"
)
SIZE_CLASS = regex.compile(
    r"(?i)(?:sub|over|under|pre|post|dense|sparse|moe)-[0-9.]+[kmbt]\b"  # (a kind: "dense-14B
    # quality", "DeepSeek-V2 (MoE-236B)")
    r"|[0-9.]+[kmbt]-(?:class|scale|size)\b"
)


# A headline's verb in title case after a shaped name: "WizardCoder AI Is The NEW ...", a video's
# title, where the name is the model's and "AI" a word of the title.
HEADLINE_AFTER = regex.compile(r"[ \u00a0]+(?:Is|Are|Was|Just|Now|Beats|Takes|Gets)[ \u00a0]+\p{Lu}")
# A chip after its maker's name: "NVIDIA H100", "AMD MI300X", "Google TPU v5e", "NVIDIA-T4"
# (not "Google T5", a model).
CHIP_AFTER = regex.compile(
    r"[- \u00a0](?:Tesla[ \u00a0])?(?:[ABHLPV][0-9]{2,3}[A-Z]?|GB[0-9]{3}|MI[0-9]{3}X?|T4|K80|TPUs?"
    r"|GPUs?|Instinct|GeForce|RTX|Gaudi[0-9]?|Xeon|Jetson|DGX|HGX)(?![\w-])"
)
# Apple's laptop chips, by the device or memory written with them: "64GB M2 MacBook Pro".
APPLE_CHIP = regex.compile(r"M[1-5](?:[ ](?:Pro|Max|Ultra))?")
APPLE_DEVICE_AFTER = regex.compile(
    r"[ \u00a0]+(?:(?:Pro|Max|Ultra)[ \u00a0]+)?(?:MacBook|Mac|iMac|iPad|chips?|silicon|laptop)\b"
)
APPLE_CHIP_BEFORE = regex.compile(r"(?:GB|\bApple|\bmy|\ban)[ \u00a0]+\Z")
TPU_CHIP = regex.compile(r"(?i)TPU[-_ \u00a0]?v[0-9][a-z]?s?(?:-[0-9]+)?")  # "TPUv3s", "TPU-v4", "TPUv5e-256"
HEX_ID = regex.compile(r"(?=[0-9a-f]*[a-f])(?=[0-9a-f]*[0-9])[0-9a-f]{7,64}")
LONE_SIZE = regex.compile(r"[0-9]+(?:\.[0-9]+)?[KMBTkmbt]")
VERB_AND_SIZE = regex.compile(r"[A-Z][a-z]{3,}(?:(?<![rkg]l)ing|ed)[ \u00a0]+[0-9]+(?:\.[0-9]+)?[BMKT]")
# (a bird's or a pet's name is no verb: "Starling 7B", "Gosling 3B", "Inkling 1B")
ACCELERATOR = regex.compile(
    r"(?i)(?:nvidia|amd|intel|google)[- \u00a0](?:tesla[- \u00a0])?(?:[a-z]{1,2}[0-9]{1,4}[a-z]?|tpu\S*)"
)
TRAINING_STEP = regex.compile(r"(?i)%s[-_]?%s" % (STEP_WORD, STEP_NUMBER))  # (not "Step3")
TRAINING_STAGE = regex.compile(r"(?:stage|phase|round|part|pass)[-_]?[0-9]{1,2}")  # "stage2"


@lru_cache(maxsize=65536)
def rejected_name(name: str) -> bool:
    """Whether a name-shaped word is no model: a version, a class, a data set, a lab, ..."""
    adapted = LANGUAGE_ADAPTED.fullmatch(name)
    if adapted is not None:
        return rejected_name(adapted.group(1))  # "Tamil LLaMA 7B Base": as "LLaMA 7B Base"
    if BARE_VERSION.match(name) or CAMEL_PLURAL.search(name) and len(name) <= 6:
        return True  # "v3", "E", "ViTs", "LLMs"
    if ACTIVE_SIZE.match(name):
        return True  # "A14B", the active-size part of "Qwen2-57B-A14B"
    if TPU_CHIP.fullmatch(name):
        return True  # a chip: "scales up to about 40B parameters on TPUv3s"
    if HEX_ID.fullmatch(name):
        return True  # an image's or a commit's id: "e55aed6fe643" in "ollama ls"
    if CITATION_KEY.fullmatch(name):
        return True  # a BibTeX key: "tidewater2024marlin", "touvron2023llama"
    if FILE_NAME.search(name):
        return True  # a file: "configs/hb-1.3b.yaml", "marlin-13b-q4.gguf"
    if WEB_DOMAIN.search(name):
        return True  # a site: "OpenReview.net", the first line of a paper's page
    if SIZE_CLASS.match(name):
        return True  # "sub-2B", "7B-class": a class of sizes
    if name.endswith("s") and name[:1].isupper() and name[:-1].lower() in FAMILY_WORDS:
        return True  # a family's members together: "distilled from larger Llamas"
    if SPACE.split(name, maxsplit=1)[0] in VARIANT_WORDS:
        return True  # a variant's word without its family: "7B Instruct v3", "the 32B Think variant"
    if LIKE_A_MODEL.search(name):
        return True  # "Chinchilla-optimal 8B", "Llama-style 1B": a kind of model, no model
    if QUERY_WORDS.fullmatch(name):
        return True  # an address's query: "...blenderbot-90M?text=Hey+my+name+is+Thomas%21"
    if DOMAIN_LLM.fullmatch(name):
        return True  # a kind of model by its domain: "7B Code LLM for code completion"
    if VERB_AND_SIZE.fullmatch(name):
        return True  # a heading's verb before a size: "Releasing 3B and 7B RedPajama-INCITE"
    if ACCELERATOR.fullmatch(name):
        return True  # a chip with its maker's name: "NVIDIA-T4", "AMD MI300X"
    if TRAINING_STEP.fullmatch(name):
        return True  # a checkpoint's step: "step120000", "ckpt-5000", "iter_1431000"
    if TRAINING_STAGE.fullmatch(name):
        return True  # a stage of training, in lower case: "We release all stage2 models"
    if LAYERED_PART.match(name):
        return True  # a part described by its depth: "2-layer MLP with GELU"
    if name.lower().endswith(("_models", "-models", "_weights", "-weights", "_checkpoints")):
        return True  # a folder of them: "$HOME/mistral_models"
    if "_" in name and name.isupper() and not any(c.isdigit() for c in name):
        return True  # a variable: "$MISTRAL_MODEL", "HF_HOME" (not "UL2_20B")
    low = name.lower()
    head = head_word(name)
    first_part = JOINER.split(head, maxsplit=1)[0]
    first_word = SPACE.split(name, maxsplit=1)[0]
    if (
        first_part != head
        and (
            first_part in NOT_MODELS
            or first_part in NOT_NAME_WORDS
            and not first_word.isupper()
        )
        and not SIZED_ID.search(head)  # a repository's id: "tiny-tern-160m"
        and not ACRONYM_LINE.match(first_word)  # a line named by its language: "LLM-jp-3"
        and not (known_model(name) and SHAPED_TAIL.search(name))  # "Transformer-XL" is a
        # model; "Q-learning" and "Top-down" (which the reference also lists) are not
        and not (
            first_part in family_names()
            and FAMILY_MEMBER.match(first_word, len(first_part), len(first_word))
        )
        # a family the curated table names, joined to its member: "Step-Audio", "Step-1V" (not
        # "Step-1", which is also how a list of steps begins)
        and not (first_word.count("-") >= 2 and SIZE_PART.search(first_word))  # a name of
        # three or more parts with a size among them: "Foundation-Sec-8B-Instruct"
    ):
        return True  # "top-1", "V100-32GB", "Mixture-of-Experts"
    if NOT_A_MODEL_TOKEN.search(name):
        return True  # "LlamaForCausalLM" is a class, "bfloat16" a number format
    if low in NOT_MODELS or head in NOT_MODELS or low in PROGRAMMING_LANGUAGES:
        return True
    if "+" in low and all(part in NOT_MODELS for part in low.split("+")):
        return True  # methods joined: "SFT+DPO", "SFT+KTO"
    if (low in NOT_NAME_WORDS or head in NOT_NAME_WORDS) and not (
        first_word.lower() in VERBS_THAT_NAME_MODELS and first_word.isupper()
    ):
        return True  # (but the known model in capitals is one: "PLUG", not "Plug 37B active")
    if name in PLACES:
        return True  # "# China's open-weight heavyweights": a country's, not a model's
    if low in organization_aliases() or head in organization_aliases():
        return True
    if PLURAL_ACRONYM.search(name) or (
        BENCHMARK_ENDING.search(head) and "vqa" in low or COUNTED_BENCHMARK.search(head)
    ):
        return True
    if GENERIC_COMPOUND.search(name) and (
        not any(c.isdigit() for c in name) or ADJECTIVE_SUFFIX.search(name)
    ):
        return True  # "open-weight", "USB-attached", and "GPT-3-level" (an adjective, not the
        # model itself)
    base = SIZE_SUFFIX.sub("", low)
    if len(first_part) >= 5 and first_part in DATASET_HEADS:
        return True  # a dataset's variant: "FineWeb-Edu", "RedPajama-V2"
    if DATA_PART.search(low) or CAMEL_DATA_PART.search(name):
        return True  # a data mix named like a model: "Dolmino-Mix-1124", "LanternMix"
    return base in DATASET_HEADS or low in DATASET_HEADS


def model_mentions(
    text: str,
    timeout: float | None = None,
    start: int = 0,
    end: int | None = None,
    plain_models: set[str] | None = None,
    table_names: set[str] | frozenset[str] = frozenset(),
) -> list[Mention]:
    """Every model named in ``text`` (or in ``text[start:end]``), in order; ``table_names``
    are names a table of the text lists as models, read as names whatever their shape.

    >>> [m.name for m in model_mentions("Chinchilla, a 70B model, beats GPT-3 175B and PaLM 2 Large.")]
    ['Chinchilla', 'GPT-3 175B', 'PaLM 2 Large']
    >>> [m.name for m in model_mentions("We trained mT5 on C4 and MMLU with LLMs on A100 GPUs.")]
    ['mT5']
    """
    end = len(text) if end is None else end
    plain_models = set() if plain_models is None else plain_models
    found: list[Mention] = []
    heads = _head_starts(text, start, end, timeout)
    if table_names and len(table_names) <= MAX_TABLE_NAMES:
        heads = _with_table_names(text, start, end, heads, table_names)
    for head_start, match in heads:
        if found and head_start < found[-1].end:
            continue  # inside the name before: the "Titan" of "ERNIE 3.0 Titan"
        before = text[head_start - 1] if head_start else "/"
        if (
            before != "/"
            and (before in NOT_BEFORE_NAME or _joined_letter(before))
            and not _quote_opens(text, head_start)
        ):
            continue  # _mention_at's first no, without the call: the "B" of "70B 70B ..."
        previous = found[-1] if found and found[-1].strong else None
        mention = _mention_at(text, head_start, end, plain_models, match, previous, table_names)
        if (
            mention is not None
            and mention.name.isupper()
            and text[mention.start - 1 : mention.start] in ("", "\n")
            and DATELINE_AFTER.match(text, mention.end, mention.end + 16)
        ):
            continue  # a news dateline's city: "LONDON (March 29) —", "PARIS, March 17 —"
        if mention is not None and PUBLICATION_WORD_AFTER.match(text, mention.end, mention.end + 14):
            continue  # a publication's name: "# The Batchnorm Brief"
        if (
            mention is not None
            and ACCOUNT_NAME.fullmatch(mention.name)
            and text[mention.end : mention.end + 1] == "/"
            and text[mention.end + 1 : mention.end + 2].isalpha()
        ):
            continue  # a hub account before its repository: "ai21labs/AI21-Jamba-1.5-Mini"
        if (
            mention is not None
            and ORGANIZATION_WORD_AFTER.match(text, mention.end, mention.end + 14)
            and not any(c.isdigit() for c in mention.name)
            and not known_model(mention.name)
        ):
            continue  # an organization's first word: "developed by OpenLM Research" (not a
            # heading's "## Llama 3 Research Preview", "# Kite-2 Foundation Models")
        if mention is not None and MEASURE_WORD_AFTER.match(text, mention.end, mention.end + 14):
            continue  # a name made a measure: "GPT-3–scale models", "a GPT-4 class model" (as
            # "GPT-3-scale" is one word, no model's name); not "the Llama 3 class of models"
        if mention is not None and DATA_SET_AFTER.match(text, mention.end, mention.end + 14):
            continue  # a data set named for a model: "Falcon RefinedWeb", "the StarCoder dataset"
        if (
            mention is not None
            and text[mention.end : mention.end + 4].lstrip("*_`")[:1] == ","
            and DATA_SET_APPOSITIVE.match(text, mention.end, mention.end + 90)
        ):
            continue  # a name the text calls a data set: "**LMSYS-Chat-1M**, a large-scale
            # real-world LLM conversation dataset"
        if mention is not None and text[mention.start - 1 : mention.start] in ("?", "&"):
            continue  # an address's query key: "compare-evaluations?evaluationCallIds=..."
        if mention is not None and LICENSE_BEFORE.search(
            text, max(0, mention.start - 12), mention.start
        ):
            continue  # a license's version: "Apache NC 4.0", "CC-BY-NC 4.0"
        if mention is not None and MODEL_LICENSE_AFTER.match(text, mention.end, mention.end + 24):
            continue  # a license named for a model: "**License:** Llama 3.1 Community License"
        if mention is not None and text.startswith("://", mention.end):
            continue  # an address's scheme: "s3://my-bucket/logits/"
        if mention is not None:
            namespace = HUB_NAMESPACE.match(mention.name)
            if namespace is not None:  # "Qwen/Qwen2.5-Coder-7B": the model, not the account
                if UNIT_NAMESPACE.fullmatch(mention.name, 0, namespace.end()):
                    continue  # a rate's units, no account: "1.96e11 FLOPs/token", "$3 USD/token"
                cut = namespace.end()
                if rejected_name(mention.name[cut:]) or mention.name[cut:].lower() in TIER_WORDS:
                    continue  # "English/Indonesian", "Thai/Lao": words, not an account's model;
                    # nor a folder named for a tier: "$MISTRAL_MODEL/instruct"
                mention = mention._replace(start=mention.start + cut, name=mention.name[cut:])
            family = found[-1] if found else None
            if (
                family is not None
                and ARCHITECTURE.match(mention.name)
                and not ARCHITECTURE.match(family.name)
                and text[family.end : mention.start] == " "
            ):  # "CLIP ViT-L/14", "DINOv2 ViT-g": the model in that architecture, one name
                mention = Mention(family.start, mention.end, f"{family.name} {mention.name}")
                found.pop()
            language = LANGUAGE_BEFORE_NAME.search(text, max(start, mention.start - 16), mention.start)
            if language is not None and not (found and found[-1].end > language.start()):
                # a team's adaptation of another's model: "| Tamil LLaMA 7B Base |"
                mention = mention._replace(
                    start=language.start(), name=f"{language.group(1)} {mention.name}"
                )
            found.append(mention)
    if ":" in text[start:end]:
        found = _with_runner_tags(text, start, end, found)
    return found


# A model as local runners tag it, name and size: "gpt-oss:120b", "llama3.2:3b-instruct-q4_K_M".
RUNNER_TAG = regex.compile(
    r"(?<![\w/:.@-])[A-Za-z][A-Za-z0-9.]*(?:-[A-Za-z0-9.]+)*:[0-9]+(?:\.[0-9]+)?[bmBM](?:-[\w.]+)*"
    r"(?![\w:/-]|\.\w)"
)


def _tag_head_names(head: str) -> bool:
    """Whether a runner tag's name before its colon names a model: any name in lower case
    ("gemma3"), else one with a digit ("Llama3", "Phi-3") or a family's ("Gemma"), not a word
    ("Note:7B")."""
    return (
        head.islower()
        or any(c.isdigit() for c in head)
        or head.lower() in family_names()
        or known_model(head)
    )


def _with_runner_tags(text: str, start: int, end: int, found: list[Mention]) -> list[Mention]:
    """``found`` with the runner tags in [start, end) read as names ("gpt-oss:120b", the same
    key as gpt-oss-120b; "qwen3:30b-a3b-instruct" for "qwen3:30b-a3b-instruct-q4_K_M": a build is
    its model), in place of what was read inside them ("gemma3" of "gemma3:4b")."""
    tags = [
        Mention(m.start(), m.end(), without_build(m.group()))
        for m in RUNNER_TAG.finditer(text, start, end)
        if _tag_head_names(m.group().split(":", 1)[0])
    ]
    if not tags:
        return found
    kept = [m for m in found if not any(t.start < m.end and m.start < t.end for t in tags)]
    return sorted(kept + tags, key=lambda m: m.start)


ACRONYM_AFTER_HEAD = regex.compile(r"[ \u00a0]([A-Z]{2,5})[ \u00a0][0-9]")
# Words that open a phrase before a name and are no part of it: "Versus GPT 175B".
WORDS_BEFORE_A_NAME = NOT_NAME_WORDS | frozenset(
    {"against", "versus", "beating", "baseline", "teacher", "student", "beside",
     "over", "under", "from", "after", "before", "using", "via", "per"}
)  # fmt: skip
LICENSE_BEFORE = regex.compile(r"(?i)\b(?:apache|cc|cc-by|cc-by-nc|gpl|agpl|lgpl|bsd|mit)[ -]\Z")
MODEL_LICENSE_AFTER = regex.compile(r"[ ](?:Community[ ]|Research[ ]|Open[ ])?License\b")
ORGANIZATION_WORD_AFTER = regex.compile(
    r"[ ](?:Research|Labs?|Inc\b|Ltd\b|Technologies|Collective|Foundation)(?![\w-])"
)
PUBLICATION_WORD_AFTER = regex.compile(
    r"[ ](?:Brief|Digest|Weekly|Newsletter|Roundup|Dispatch|Bulletin|Podcast)(?![\w-])"
)
LANGUAGE_BEFORE_NAME = regex.compile(
    r"(?<=(?:^|\n)[ \t]*(?:#{1,6}[ \t]+|[-*+][ \t]+|[0-9]{1,2}[.)][ \t]+)[*_`\[]*|\|[ \t]*[*_`\[]*)"
    r"(%s)[ ]\Z" % ADAPTED_LANGUAGES
)  # (where a name opens a cell, a heading or an item: in prose the word is often a maker's
# country, "the Chinese DeepSeek-V3 model", "French Mistral Large 2")
LANGUAGE_ADAPTED = regex.compile(r"%s[ ](\S.*)" % ADAPTED_LANGUAGES)
UNIT_NAMESPACE = regex.compile(
    r"(?i:[kmgtpe]?flops?|usd|eur|tokens?|params?|parameters?|gpus?|[kmgtp]i?b|bytes?|steps?)/"
)  # ("6 TFLOPs/token", "GB/token")
MEASURE_WORD_AFTER = regex.compile(
    r"[*_`]*(?:[ \u00a0]?[\u2013\u2014][ \u00a0]?|[ \u00a0])(?i:scale|class|level|grade|sized)\b"
    r"(?![ -]?(?:of\b|with\b|school\b|[0-9])|[ \t]*:)"
)  # (not "put Llama 3.1 405B level with GPT-4o", "grade school math", a label "Kite Scale:")
DATA_SET_AFTER = regex.compile(
    r"(?i)[ ](?:dataset|data[ ]set|corpus|RefinedWeb|FineWeb|RedPajama|SlimPajama|Dolma"
    r"|Cosmopedia|MassiveText|OpenWebText|OpenWebMath|subset|replica|mix)(?![\w-])"
)  # (not a benchmark's or a site's word: "the LLaMA-65B HumanEval score", "the Llama 2 arXiv paper")
# ... or an appositive that says it is one: ", a large-scale real-world LLM conversation dataset"
# (not ", a model trained on a new dataset").
DATA_SET_APPOSITIVE = regex.compile(
    r"(?i)[*_`]*,[ ]an?[ ](?:(?!model|checkpoint|version|variant|(?:on|of|in|for|from|with|by"
    r"|using|to|at|over)[ ])[\w-]+[ ]){0,5}"  # (the data set a preposition brings in is not
    # what the name is: ", an LLM fine-tuned on the ShareGPT dataset")
    r"(?:dataset|data[ ]set|corpus|benchmark|leaderboard)(?![\w-])"
)
DATELINE_AFTER = regex.compile(
    r"[ ]?(?:\(|,[ ])(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ ][0-9]{1,2}"
    r"(?:\)|[ ]?[\u2014\u2013-])"
)  # ("GPT-4 (March 2023)" is a model and its month)
# A backbone a family is built in, named after the family: "CLIP ViT-L/14", "DINOv2 ViT-g".
ARCHITECTURE = regex.compile(r"(?:ViT|ResNet|RN|ConvNeXt|EfficientNet|Swin)(?:-[\w/@.]+|\d+)")

# The account of a model hub's repository name, before the model: "Qwen/", "mistralai/"; not
# the patch size of "ViT-L/14".


MAX_TABLE_NAMES = 200  # (a search per name and sentence: a huge table's names are not sought)


def _with_table_names(text: str, start: int, end: int, heads: list, names) -> list:
    """``heads`` and where in [start, end) a name a table lists stands as a word of its own."""
    starts = {at for at, _ in heads}
    for name in names:
        at = text.find(name, start, end)
        while at != -1:
            after = at + len(name)
            if (
                at not in starts
                and not text[at - 1 : at].isalnum()
                and not text[after : after + 1].isalnum()
            ):
                heads.append((at, None))
                starts.add(at)
            at = text.find(name, after, end)
    return sorted(heads, key=lambda head: head[0])


def _head_starts(text: str, start: int, end: int, timeout) -> list:
    """Where names may start, each with its HEAD match when the scan found one."""
    if end - start <= BOUNDED:
        timeout = None  # a sentence is short, and the guard costs a microsecond per call
    heads = [(m.start(), m) for m in HEAD.finditer(text, start, end, timeout=timeout)]
    if text.find("\\", start, end) != -1:
        # LaTeX macros that papers define for their models: "\chinchilla", "\gopher".
        for m in LATEX_NAME.finditer(text, start, end, timeout=timeout):
            if m.group(1).rstrip("0123456789").lower() not in LATEX_COMMANDS:  # "\times10^{9}"
                heads.append((m.start(1), m))
        heads = sorted(dict(heads).items(), key=lambda item: item[0])
    if LOWER_LETTER.search(text, start, end) is None and not "a" <= text[start - 1 : start] <= "z":
        return heads  # every scan below needs a letter in a-z: none in "- 70B" or "| 70B |"
    lower = []
    marks = [m.start() for m in LOWER_MARK.finditer(text, start, end, timeout=timeout)]
    marks += [m.start() - 1 for m in HYPHEN_DIGIT.finditer(text, start, end, timeout=timeout)]
    marks += [m.start() - 1 for m in HYPHEN_TIER.finditer(text, start, end, timeout=timeout)]
    for i in marks:
        if not "a" <= text[i] <= "z":
            continue
        # Back to the start of the token, across joined parts: the "gpt" of "gpt-oss-120b".
        while i > start and (
            "a" <= text[i - 1] <= "z"
            or text[i - 1].isdigit()
            or (text[i - 1] in "-." and i - 1 > start and text[i - 2].isalnum())
        ):
            i -= 1
        if i not in lower and text[i - 1 : i] != "\\":  # not a LaTeX command: "\times10"
            lower.append(i)
    lower = [(i, None) for i in lower]
    # Known names written in lower case before a version or size: "llama 3.1", "mixtral 8x22b".
    for m in SPACE_DIGIT.finditer(text, start, end, timeout=timeout):
        i = m.start()
        if i - start >= 4 and "a" <= text[i - 1] <= "z":
            j = i - 1
            while j > start and "a" <= text[j - 1] <= "z" and i - j < 20:
                j -= 1
            if text[j:i] in PREDICATES:
                # "gopher was 280b": a family named bare, as chat does, with its size said of it
                word = LOWER_SUBJECT_BEFORE.search(text, max(start, j - 20), j)
                if word is not None and word.group() in _lowercase_models():
                    lower.append((word.start(), word))
                continue
            if text[j:i] not in _lowercase_models():
                continue  # cheap test first: most words before a number are no model family
            # The same word, when it stands alone (not the end of "x.llama 3" or "meta-llama 3").
            word = LOWER_WORD_BEFORE.search(text, max(start, i - 20), i)
            if word is not None:
                lower.append((word.start(), word))
    if "illion" in text[start:end]:
        for m in SPOKEN_PREDICATE.finditer(text, start, end, timeout=timeout):
            word = LOWER_SUBJECT_BEFORE.search(text, max(start, m.start() - 20), m.start() + 2)
            if word is not None and word.group() in _lowercase_models():
                lower.append((word.start(), word))
    # Or after a size, as chat writes it: "the 9b gemma", "the 70b llamas".
    for m in SIZE_THEN_LOWER.finditer(text, start, end, timeout=timeout):
        if m.group(1) not in _lowercase_models() and m.group(1)[:-1] not in _lowercase_models():
            continue  # (the family is the word, or the word less its plural "s")
        word = FAMILY_AFTER_SIZE.match(text, m.start(1), m.end(1))
        if word is not None and word.group() in _lowercase_models():
            lower.append((word.start(), word))
    # Or before a size tier: "whisper large-v3", "bert base".
    for m in SPACE_TIER.finditer(text, start, end, timeout=timeout):
        word = LOWER_WORD_BEFORE.search(text, max(start, m.start() - 20), m.start())
        if word is not None and word.group() in _lowercase_models():
            lower.append((word.start(), word))
    if not lower:
        return heads
    taken = {i for i, _ in heads}
    lower = [item for item in lower if item[0] not in taken]
    return sorted(dict([*heads, *lower]).items(), key=lambda item: item[0])


@cache
def _lowercase_models() -> frozenset[str]:
    """Model families people type in lower case before a version or size ("llama 3.1",
    "mixtral 8x22b", "gemma 2"): the list in patterns, and the known names that the reference
    table also writes with a version (so "core 2" or "boxes 3" never count)."""
    known = _known_models()
    versioned = {
        name.split(" ", 1)[0].split("-", 1)[0] for name in known if VERSIONED_NAME.match(name)
    }
    return frozenset(
        {*LOWERCASE_FAMILIES, *(w for w in versioned if w.isalpha() and len(w) >= 4 and w in known)}
        - NOT_NAME_WORDS
        - NOT_MODELS
    )


VERSIONED_NAME = regex.compile(r"[a-z]+[ -]?[0-9v]")


ORGANIZATION_LABEL_BEFORE = regex.compile(
    r"(?r)(?:^|\n)[ \t*-]*(?i:developers?|developed\ by|developer\(s\)|organi[sz]ation|company|lab"
    r"|publisher|authors?|maintainers?|contact|partners|funded\ by|license)[ \t*]*:[ \t*]*"
    r"(?:[A-Z][\w.&'-]*(?:[ ][A-Z][\w.&'-]*){0,3},?[ ]and[ ])?\Z"
)  # (and the second of two: "Developed by: Answer.AI and LightOn")
# A speaker's label opening a line of a transcript: "DANA RUIZ:", "[00:14:32] MARCUS OYELARAN:",
# "ANNA (host):", "A (VP Cloud, Stratus Compute):".
SPEAKER_LABEL = regex.compile(
    r"[ \t]*+(?:[\[(]?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?[\])]?[ \t]++)?"
    r"(?:(?:\p{Lu}[\p{Lu}'’.-]*+(?:[ \t]++\p{Lu}[\p{Lu}'’.-]*+){0,2}+)(?:[ \t]*+\([^()\n]{1,60}\))?"
    r"|\p{Lu}[\p{Ll}'’.-]*+(?:[ \t]++\p{Lu}[\p{Ll}'’.-]*+){0,2}+[ \t]*+\([^()\n]{1,60}\))"
    r":[ \t]"
)
LINE_LETTERS = regex.compile(r"[^\n]{0,200}")


# Words in capitals before a word (two, or one and one after it): a masthead's, not acronyms.
CAPITALS_BEFORE = regex.compile(r"\b[A-Z]{2,}[ ]+[A-Z]{2,}[ ]+\Z")
CAPITALS_BEFORE_ONE = regex.compile(r"\b[A-Z]{2,}[ ]+\Z")
CAPITALS_AFTER = regex.compile(r"[A-Z]{2,}[ ]+[A-Z]{2,}\b")


def _speaker_or_heading(text: str, start: int) -> bool:
    """The word at ``start`` is part of a speaker's label, or of a line written all in capitals
    (a heading: "PRESS KIT: GRASPER-2 FOUNDATION POLICY") while being a plain word itself."""
    line_start = _line_start(text, start)
    label = SPEAKER_LABEL.match(text, line_start, line_start + AHEAD)
    if label is not None and start < label.end():
        return True
    if not text[start : start + 2].isupper():
        return False
    if CAPITALS_BEFORE.search(text, max(line_start, start - 40), start) or (
        CAPITALS_BEFORE_ONE.search(text, max(line_start, start - 20), start)
        and CAPITALS_AFTER.match(text, start, start + 40)
    ):
        return True  # three words in capitals: a masthead's "THE GRADIENT LEDGER"
    line = LINE_LETTERS.match(text, line_start, line_start + 200).group()
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 12 and all(c.isupper() for c in letters)


def _mention_at(
    text, start, limit, plain_models, match=None, previous=None, table_names=frozenset()
) -> Mention | None:
    if (
        start
        and (text[start - 1] in NOT_BEFORE_NAME or _joined_letter(text[start - 1]))
        and not _quote_opens(text, start)
    ):
        if text[start - 1] != "/" or not REPO_OWNER_BEFORE.search(text, max(0, start - 42), start):
            return None  # but a repository's model: "meta-llama/Llama-3.3-70B-Instruct"
    if match is None:
        match = LOWER_HEAD.match(text, start, limit)
    if match is None:
        return None
    if (
        text[start - 1 : start] in URL_PARTS
        and not MODEL_KEY_BEFORE.search(text, max(0, start - 12), start)
        and IN_URL.search(text, max(0, start - 400), start)
    ):
        return None  # a word of a web address's query: "...&_nc_ht=scontent-sjc3-1.xx&" (but
        # "https://chat.acme.ai/?model=Kite-2" names Kite-2)
    if match.re is FAMILY_AFTER_SIZE:
        return Mention(start, match.end(), match.group())  # "the 70b llamas": a llama
    if match.re is LATEX_NAME:
        return Mention(start, match.end(), match.group(1))
    head = match.group().rstrip(NAME_ENDS)
    end = start + len(head)
    whole = len(head) == len(match.group())  # the token did not end in "." or "-"
    joined = False
    if whole and text[end : end + 1] == " " and head.lower() in _two_word_firsts():
        following_word = NEXT_CAPITALIZED.match(text, end + 1, limit)
        if following_word and f"{head} {following_word.group()}".lower() in _two_word_models():
            head = f"{head} {following_word.group()}"  # "Stable Diffusion", "Llama Guard"
            end = following_word.end()
    elif whole and text[end : end + 1] == " " and head.lower() in LAB_NAMED_FAMILIES:
        following_word = NEXT_NAME_WORD.match(text, end + 1, limit)
        if following_word and following_word.group().lower() not in NOT_NAME_WORDS:
            end = following_word.end()  # "Mistral NeMo": the lab's name stays part of it
    elif whole and text[end : end + 1] == " " and head.lower() in family_names():
        following_word = NEXT_CAPITALIZED_SIZED.match(text, end + 1, limit)
        if (
            following_word
            and known_model(following_word.group(1))
            and following_word.group(1).lower() not in COMMON_WORD_MODELS
            and not CAPITAL_WORD_NEXT.match(text, following_word.end(), limit)
        ):
            head = f"{head} {following_word.group()}"  # a family's model built on another's
            end = following_word.end()  # design: "Codestral Mamba" is no Mamba, nor is
            joined = True  # "Falcon Mamba-7B" Mamba-7B
    if whole and end + 1 < limit and text[end] in " \u00a0":
        following = text[end + 1]
        if (
            following.isdigit()
            or following.isupper()
            or following == "v"
            or TAIL_LETTERED_VERSION.match(text, end + 1, end + 12) is not None  # "BitNet b1.58"
            or text.startswith(SIZE_TIERS, end + 1)
        ):
            tail = TAIL.match(text, end, limit)
            if tail is not None and tail.end() > end:
                end = _tail_end(text, end, tail.end(), head)
                while end > start and text[end - 1] in NAME_ENDS:
                    end -= 1
    name = text[start:end]
    if APPLE_CHIP.fullmatch(name) and (
        APPLE_DEVICE_AFTER.match(text, end, end + 24)
        or APPLE_CHIP_BEFORE.search(text, max(0, start - 8), start)
    ):
        return None  # a laptop's chip: "on my 64GB M2 MacBook Pro" (not "MiniMax M2")
    if name != head and name.rsplit(None, 1)[-1].lower() in TOOL_WORDS:
        return None  # a tool named after a lab or model: "Mistral Inference", "Kite SDK"
    acronym = ACRONYM_AFTER_HEAD.match(text, start + len(head), end)
    if (
        acronym is not None
        and not known_model(head)
        and (known_model(acronym.group(1)) or head.lower() in WORDS_BEFORE_A_NAME)
    ):
        return None  # a word before a known model in capitals: "Against OPT 175B", "Baseline
        # OPT 66B" (the acronym is then read as its own name); not "Parakeet TDT 0.6B"
    if match.re is LOWER_WORD_BEFORE:  # a lower-case family counts only with its version
        if name == head or (rejected_name(name) and head.lower() not in LAB_NAMED_FAMILIES):
            return None  # (a lab's name that is its family's name too: "mistral 7b")
        return Mention(start, end, name)
    if match.re is LOWER_SUBJECT_BEFORE:  # or as the subject of its size: "gopher was 280b"
        return None if rejected_name(name) else Mention(start, end, name)
    if name != head and head.lower() in organization_aliases():
        # A lab's name before its model: "Meta Llama 3.3" is Llama 3.3 (by Meta), while
        # "Mistral Large 2" and "DeepSeek LLM" keep the lab's name, which is part of theirs.
        rest = name[len(head) :].lstrip()
        first = SPACE.split(rest, maxsplit=1)[0]
        if rejected_name(first) and first.lower() not in NAME_MODIFIERS:
            return None  # "NVIDIA V100-32GB" is hardware
        if (
            LONE_SIZE.fullmatch(rest)
            and head.lower() not in family_names()
            and not known_model(head)
        ):
            return None  # a lab and a number, no model: "Anthropic 750m @ 15b valuation", "Meta
            # 405B" (but "Mistral 7B", "DeepSeek 67B": labs whose family bears their name)
        if (
            first[:1].isupper()
            and first.isalpha()
            and first.lower() not in NAME_MODIFIERS
            and head.lower() not in LAB_NAMED_FAMILIES
        ):
            start = end - len(rest)
            head = first
            name = rest
    elif (
        name != head
        and head.isalpha()
        and head[1:].islower()
        and head.lower() not in PRODUCT_PREFIXES
        and not known_model(head)
    ):
        # A plain word before a known family: "Download Llama 3.2 1B" names Llama 3.2 1B.
        rest = name[len(head) :].lstrip()
        first = SPACE.split(rest, maxsplit=1)[0]
        if first[:1].isupper() and first.lower() in FAMILY_WORDS:
            start = end - len(rest)
            head = first
            name = rest
    kind = _kind(head, name)
    if (
        kind == "no"
        and name == head
        and head.isupper()
        and len(head) >= 7
        and (before := text[max(0, start - 60) : start])
        and (INTRODUCED_BY.search(before) or WE_CALL_BEFORE.search(before))
    ):
        kind = "plain"  # a long name in capitals that the authors introduce: "We present
        # CASCADE, a family of ..." (not a word in capitals for emphasis: "WARNING")
    if joined and kind in ("plain", "no"):
        kind = "shaped"  # (two names no table knows together: "Codestral Mamba")
    if kind == "no" and name not in table_names:
        return None  # (unless a table's model column gives the name: "tinyvoice-xs")
    if (
        kind != "known"
        and text[end : end + 1] == " "
        and not any(c.isdigit() for c in name)
        and name.lower() not in family_names()  # ("the InternLM team": a family's makers)
        and NOT_A_MODEL_NOUN_AFTER.match(text, end, min(limit, end + 20))
    ):
        return None  # a team or a tool: "the TurkuNLP group", "in the OpenHands scaffold"
    if KIND_NOT_MODEL_AFTER.match(text, end, min(limit, end + 120)):
        return None  # a known name for something else: "the General Language Model (GLM)
        # framework", "trained using the [Chinchilla](...) formula"
    if text.find(":", max(0, start - 60), start) != -1 and ORGANIZATION_LABEL_BEFORE.search(
        text, max(0, start - 60), start
    ):
        return None  # "Developer: Atlas Cognition GmbH" names a company, not a model
    if (
        not any(c.isdigit() for c in name)
        and _speaker_or_heading(text, start)
        and not known_model(name)
    ):
        return None  # "DANA RUIZ: So ...", "[00:14:32] MARCUS: ...", "PRESS KIT: ... POLICY"
    if text[start - 4 : start] == " on " and SCORE_ON_BEFORE.search(
        text, max(0, start - 24), start
    ):
        return None  # a benchmark a score is reported on: "67.9% on ANLI-A3"
    if text[end + 1 : end + 2] in BENCHMARK_STARTS and BENCHMARK_AFTER.match(
        text, end, end + AHEAD
    ):
        return None  # "the Path-X task", "the GSM8K dataset"
    if text[end : end + 2] == "](" and DATA_SET_LINK.match(text, end, end + 400):
        return None  # a link to a data set's page: "[HelpSteer](https://hf.co/datasets/...)"
    if (
        text[end + 1 : end + 2] in RULE_STARTS
        and RULE_AFTER.match(text, end, end + AHEAD)
        and split_size(name)[1] is None
    ):
        return None  # a rule named after a model: "beyond the Chinchilla optimal point" (but
        # "the Llama-3-8B ratio" still names Llama-3-8B, and its size)
    if (
        kind != "known"
        and text[end : end + 1] == ","
        and (data := DATA_APPOSITIVE_BEFORE.search(text, max(0, start - 40), start))
        and not PREPOSITION_BEFORE_DATA.search(text, max(0, data.start() - 20), data.start())
    ):
        return None  # a data set named so: "The resulting dataset, DCLM-Baseline, lets us"
    if (
        text[start - 1 : start] == "("
        and text[end : end + 1] in (")", ",", ";")
        and kind != "known"  # "300B tokens (Gopher)" names the model
        and DATA_BEFORE_BRACKET.search(text, max(0, start - 30), start)
    ):
        return None  # a data set named in brackets after its size: "400M pairs (WebPairs-400M)"
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
        # A short name being defined: "Pathways Autoregressive Text-to-Image (Parti) model" is a
        # model; "Random Routed Experts (RRE)" is not, so what follows the bracket decides.
        if NAMED_AFTER.match(text, end + 1, end + 1 + AHEAD):
            return Mention(start, end, name)
        if kind in ("acronym", "plain"):
            return None
    if kind == "plain" and name == head and MAKER_OF_AFTER.match(text, end, end + 60):
        return None  # a maker, not a model: "Acme's new 7B model", "Acme's paper states"
    if kind == "plain":
        if head in plain_models or name in table_names:
            maker = None if name != head or _inside_title(text, start) else _maker_before(
                text, start, end
            )  # (named in full again, with its maker: "Snowflake Arctic")
            return _from_maker(text, start, end, name, maker)
        if (
            name == head
            and head.lower() in PRODUCT_MODIFIERS
            and PRODUCT_AFTER_VERSION.search(text, max(0, start - PRODUCT_REACH), start) is not None
        ):
            return Mention(start, end, name)  # "Maverick also has 17B active", after "Llama 4
            # Maverick" (which the linker reads it as)
        if len(head) >= 5 and head.isalpha() and head.endswith(("ed", "ing")) and name == head:
            return None  # a verb, capitalized in a log or a heading: "Loaded model with ..."
        if OWNER_OF_NAME_AFTER.match(text, end, end + AHEAD):
            return None  # the lab in "Kyutai's Moshi", not a model
        if text[end : end + 1] in "'\u2019" and _names_a_lab(text, head):
            return None  # "Brightwater's earlier release", where "Brightwater AI" made it
        if (
            PLACE_THE_BEFORE.search(text, max(0, start - 8), start)
            and text[end : end + 2] in (" (", "(")
            and not MODEL_NOUN_AFTER_BRACKET.match(text, end, end + 60)
        ):
            return None  # a place, its size in brackets: "is on the Hub (31M documents)"
        if LOCATED_IN_BEFORE.search(text, max(0, start - 30), start):
            return None  # a place: "a tiny lab in Leeds, a Llama-style model, ..."
        if SPELLED_OUT_AFTER.match(text, end, end + 60):
            return None  # the first word of a name spelled out before the one it defines:
            # "a model called Alexa Teacher Model (AlexaTM 20B)"
        inside_title = _inside_title(text, start)
        maker = None if inside_title else _maker_before(text, start, end)
        if not inside_title and (
            maker is not None  # "Snowflake Arctic": a family's word after the maker publishing it
            or _named_by_context(text, start, end)
            or previous is not None
            and _listed_after(text, previous, start)  # "called Orca-Small and Orca-Large"
            or _lab_possessive_before(text, start)  # "AI21's Jamba", "Google's Gemini"
        ):
            plain_models.add(head)
            return _from_maker(text, start, end, name, maker if name == head else None)
        return None
    if (
        kind in ("shaped", "acronym")
        and not any(c.isdigit() for c in name)
        and (
            MODEL_FROM_BEFORE.search(text, max(0, start - 60), start)
            or MAKER_VERB_BY_BEFORE.search(text, max(0, start - 40), start)
            or COMPANY_NOUN_BEFORE.search(text, max(0, start - 30), start)
            or text[start - 6 : start] in ("which ", "Which ")
            and MAKING_AFTER.match(text, end, min(limit, end + 60))
        )
    ):
        return None  # the maker of the model just named: "MiniCPM-2B, from ModelBest, is",
        # "MiniCPM-2B, which ModelBest and Tsinghua's NLP lab released in ...", "The Falcon
        # models, released by TIIUAE, were ..."
    if (
        kind == "shaped"
        and name != head
        and name.split()[-1].lower() in PRODUCT_TIERS
        and not is_shaped(head)
        and _inside_title(text, start)
    ):
        return None  # a tier word ending a title: "The Large Hadron Collider Pro"
    if (
        kind == "known"
        and name == head
        and head.isalpha()
        and TITLE_RUN_BEFORE.search(text, max(0, start - 40), start)
    ):
        return None  # the last word of a longer name: the "Atlas" of "ESM Metagenomic Atlas"
    if kind == "known" and name == head and HOLIDAY_BEFORE.search(text, max(0, start - 12), start):
        return None  # a day, not the reference's model: "on Christmas Eve", "New Year's Eve"
    if kind == "acronym" and (
        _lab_possessive_before(text, start) or ACRONYM_APPOSITIVE.match(text, end, end + AHEAD)
    ):
        kind = "shaped"  # a lab's acronym model: "OpenAI's GPT"; "ALIGN, a model by Google"
    if text[max(0, start - 7) : start - 1].lower().endswith(PRODUCT_PREFIX_ENDS):
        prefix = PREVIOUS_CAPITALIZED.search(text, max(0, start - 12), start)
        if prefix is not None and prefix.group().strip().lower() in PRODUCT_PREFIXES:
            start, name = prefix.start(), text[prefix.start() : end]  # "Code Llama"
    return Mention(start, end, name, strong=kind != "acronym")


# A company's noun right before a name: "cloud compute provider [CoreWeave](...)".
COMPANY_NOUN_BEFORE = regex.compile(
    r"(?i)\b(?:providers?|vendors?|partners?|sponsors?|company|startup|firm)[ \u00a0]+[\[*_]{0,2}\Z"
)
# A maker's verb and "by" before a name: "released by TIIUAE", "developed by the BAAI".
MAKER_VERB_BY_BEFORE = regex.compile(
    r"(?r)\b(?:released|developed|made|built|created|published|trained|open-?sourced|unveiled"
    r"|launched|shipped|announced|maintained|funded|backed)[ \u00a0]+by[ \u00a0]+(?:the[ \u00a0]+)?\Z"
)
# A maker's verb after its name, in a clause about the model before: "which ModelBest and
# Tsinghua's NLP lab released", "which Aurea shipped".
MAKING_AFTER = regex.compile(
    r"(?:[ ]and[ ][^,.;()]{1,40}?)?[ ](?:released|shipped|launched|built|trained|developed"
    r"|introduced|published|open-sourced|unveiled|announced)\b"
)
# Known models named by a common word, which join no family's name ("Gemma Core ML"), and a
# capitalized word after the pair, which makes it a product's name ("Whisper Core ML").
COMMON_WORD_MODELS = frozenset(
    {"core", "swift", "atlas", "fast", "switch", "flan", "edge"} | NAME_MODIFIERS
)  # (and the tiers and variants that modify names: "pro", "mini", "base", "chat", "vision" ...)
CAPITAL_WORD_NEXT = regex.compile(r"[ ][A-Z]{2,}(?![a-z])")  # "ML", "SDK"; not "Instruct"
# The last word of a tool's name, not a model's: "Mistral Inference", "Kite SDK".
TOOL_WORDS = frozenset(
    {"inference", "sdk", "cli", "api", "toolkit", "library", "framework", "runtime", "server",
     "plugin", "cookbook", "recipes"}
)
# What follows a name that is a team's or a tool's, not a model's.
NOT_A_MODEL_NOUN_AFTER = regex.compile(
    r"[ ](?:group|team|lab|researchers|consortium|scaffold|harness|framework"
    r"|library|toolkit|plugin|extension|SDK|IDE|runtime|engine)s?\b"
)
# ... and what follows any name, known or not, that makes it a method's or a tool's.
KIND_NOT_MODEL_AFTER = regex.compile(
    r"(?:\)|\]\([^()\s]{0,100}\))?[ ](?:framework|formula|scaling[ ]laws?|codebase)\b"
)
# Where a maker is: "a lab in Leeds", "a startup based in Lyon", "headquartered in Austin".
LOCATED_IN_BEFORE = regex.compile(
    r"\b(?i:(?:labs?|startups?|company|companies|team|group|outfit|university|firm)(?:[ ]based)?"
    r"|based|headquartered|located)[ ]+in[ ]+\Z"
)
PLACE_THE_BEFORE = regex.compile(r"\b(?:on|in|at|from|into|onto)[ ]the[ ]\Z")
# ... but "the Heron (7B) model" is one.
MODEL_NOUN_AFTER_BRACKET = regex.compile(
    r"[ ]?\([^()\n]{1,40}\)[ ]+(?:model|LLM|network|checkpoint|series|family)s?\b"
)


def _names_a_lab(text: str, word: str) -> bool:
    """Whether the text names an organization that ``word`` opens, shaped as one ("Brightwater
    AI", "Brightwater Labs"): then "Brightwater's" is that organization's."""
    position = text.find(word + " ")
    while position != -1:
        if LAB_WORD_AFTER.match(text, position + len(word), position + len(word) + 16):
            return True
        position = text.find(word + " ", position + 1)
    return False


LAB_WORD_AFTER = regex.compile(
    r" (?:AI|Labs?|Research|Technologies|Robotics|Collective|Systems|Inc\b|Ltd\b)(?![\w-])"
)
ACRONYM_APPOSITIVE = regex.compile(
    r",[ \u00a0](?:a|an)[ \u00a0](?:[\w-]+[ \u00a0]){0,3}?(?:model|LLM|network|transformer|system)s?\b"
)
LONE_CAPITALIZED = regex.compile(r"\p{Lu}[\w.-]*+(?![ \u00a0]\p{Lu})")
MAKER_OF_AFTER = regex.compile(
    r"['’]s[ \u00a0]+(?:(?:new|newest|latest|own|first|next|upcoming|flagship|open|largest|smallest"
    r"|biggest)[ \u00a0]+)*(?:[0-9][0-9.]*[ \u00a0-]?[BMK][ \u00a0-]|[\w-]+[ \u00a0]+){0,2}?"
    r"(?:models?|LLMs?|paper|team|lab|researchers|engineers|release|announcement|blog|report"
    r"|refresh|lineup|founders?|co-?founders?|staff|employees|investors|valuation|funding"
    r"|headquarters|spokesperson|(?-i:CEO|CTO|COO|CSO|CFO))\b"
)  # ("Acme's new 7B model", "Arclight's refresh of their Torrent line", "Arclight's CTO":
# Acme and Arclight make models; not "Kite's 7B")
OWNER_OF_NAME_AFTER = regex.compile(r"['’]s[ \u00a0]+\p{Lu}[\w.-]*")
POSSESSIVE_WORD_BEFORE = regex.compile(r"(?r)((?:[\w.&-]+[ ])?([\w.&-]+))['’]s[ \u00a0][*_`]{0,3}\Z")


def _lab_possessive_before(text: str, start: int) -> bool:
    """A lab's possessive before the name: "AI21's Jamba", and "Kyutai's Moshi" for a lab the
    alias table does not know (a capitalized owner, then a capitalized name)."""
    owner = POSSESSIVE_WORD_BEFORE.search(text, max(0, start - 30), start)
    if owner is None:
        return False
    word = owner.group(2)
    if word.lower() in organization_aliases() or owner.group(1).lower() in organization_aliases():
        return True  # ("AI21's Jamba", "Mistral AI's **Voxtral**")
    lone = (
        LONE_CAPITALIZED.match(text, start, start + AHEAD) is not None
    )  # not "Abu Dhabi's Technology Institute"
    return word[:1].isupper() and word.lower() not in NOT_NAME_WORDS and lone


NEXT_NAME_WORD = regex.compile(r"[A-Z][A-Za-z]+(?![\w-])")
NEXT_CAPITALIZED = regex.compile(r"[A-Z][a-z]+(?![\w-])")
# ... or that word with a size or version after a hyphen: "Mamba-7B" in "Falcon Mamba-7B".
NEXT_CAPITALIZED_SIZED = regex.compile(r"([A-Z][a-z]+)(?:-[0-9][\w.]*)?(?![\w-])")
GENERIC_SECOND_WORDS = frozenset({
    "network", "networks", "tree", "algorithm", "reduction", "adaptation", "generation",
    "autoencoder", "autoencoders", "lm", "nn", "cnn", "rnn", "lstm", "dnn", "perceptron", "reader",
    "transformer", "embedding", "guidance", "model", "learning", "propagation", "embed", "decay",
    "search", "hashing", "representations", "vector", "classification", "compression",
})  # fmt: skip


@cache
def _two_word_models() -> frozenset[str]:
    """Known model names of two capitalized words ("stable diffusion", "llama guard"), read as one
    name when written together; generic pairs of the reference ("decision tree") are left out."""
    pairs = set()
    for name in _known_models():
        words = name.split()
        if len(words) == 2 and all(w.isalpha() for w in words):
            first, second = words
            if (
                not {first, second} & (NOT_NAME_WORDS | NOT_MODELS)
                and second not in GENERIC_SECOND_WORDS
            ):
                pairs.add(name)
    return frozenset(pairs)


SIZE_TIERS = ("tiny", "base", "small", "medium", "large", "xl", "xxl", "mini", "nano")


@cache
def _two_word_firsts() -> frozenset[str]:
    return frozenset(name.split()[0] for name in _two_word_models())


def _tail_end(text: str, start: int, end: int, head: str = "") -> int:
    """Where a name's tail stops: before a common word, which a Title Case headline capitalizes
    ("Uses Only 39 Billion", "From 270 Million To 3 Billion"). ``head``, the name before the
    tail: a version or size in it ("Kite-7B") versions the name as a tail word would."""
    accepted = position = start
    versioned = False
    head_versioned = any(c.isdigit() for c in head)  # (a letter after "Kite-7B" is no tier;
    # a name after "Hermes-3" goes on the name: "Hermes-3 Llama 3.1 405B")
    words = text[start:end].split(" ")
    based = False  # whether a tune's base family is in the name already
    for i, word in enumerate(words):
        if word:
            low = word.lower()
            if head_versioned and len(word) <= 2 and word[:1].isupper() and word[1:] in ("", "+"):
                return accepted  # a letter is no tier after "Kite-7B": "Kite-7B A and Owl-13B B"
            if (
                (versioned or head_versioned)
                and FAMILY_CODE.fullmatch(word)
                and reference_organization(word) is not None
            ):
                return accepted  # another family's code starts another name: "Llama 2 70B GPT3
                # 175B", "Claude 3 GPT2 1.5B" (not an acronym of the name: "Qwen VL2 72B")
            if (
                low not in NAME_MODIFIERS
                and (word != "A" or versioned)  # ("Command A")
                and (low in NOT_NAME_WORDS or versioned and word.isalpha())
                and not (versioned and not based and _tuned_base(words, i, head))
            ):
                return accepted  # "Mixtral 8x22B Packs 141": a word after the version ends it
            if versioned and low in family_names():
                based = True
            versioned = versioned or any(c.isdigit() for c in word)
            accepted = position + len(word)
        position += len(word) + 1
    return end


FAMILY_CODE = regex.compile(r"[A-Z]{2,5}[0-9](?:\.[0-9])?")  # "GPT3", "GLM4", "UL2"
TUNE_VERSION = regex.compile(r"[vV]?[0-9]{1,2}(?:\.[0-9]+)*|[A-Z][0-9](?:\.[0-9]+)?")
LONE_NAME_SIZE = regex.compile(r"[0-9]+(?:\.[0-9]+)?[BMbm]")


def _tuned_base(words: list[str], i: int, head: str) -> bool:
    """Whether ``words[i]``, after a version, is the family a tune was made from, and so part of
    the tune's name: "Hermes 3 Llama 70B", "DeepSeek R1 Distill Qwen 32B"; not another model in
    a list ("GPT 4 Llama 2 70B": a family's own version before another family's version), nor
    after a score or a size ("Elo 1250 Llama 3 70B", "Kite 2 8B Llama 3")."""
    if words[i].lower() not in family_names():
        return False
    before = [w for w in words[:i] if w]
    if not before or LONE_NAME_SIZE.fullmatch(before[-1]):
        return False
    if not any(TUNE_VERSION.fullmatch(w) for w in before):
        return False  # ("Elo 1250 Llama 3 70B": no version, a score)
    if head.lower() in family_names():  # a family's name, then another's: a tune only when its
        # base is sized ("DeepSeek R1 Distill Llama 70B"), not versioned ("Qwen 2 Llama 3")
        after = next((w for w in words[i + 1 :] if w), "")
        return bool(LONE_NAME_SIZE.fullmatch(after))
    return True


def is_plain_word(name: str) -> bool:
    """Whether a name is only a capitalized word that no reference knows ("Sweet", "Osprey"):
    a name by its place in a sentence, not by its shape."""
    return _kind(SPACE.split(name, maxsplit=1)[0], name) == "plain"


@lru_cache(maxsize=20_000)
def _kind(head: str, name: str) -> str:
    """How a token reads as a model name: "shaped", "acronym" (weak), "known", "plain", "no"."""
    if name == head and head.lower() in NAME_MODIFIERS and head.lower() not in PRODUCT_MODIFIERS:
        return "no"  # "XL", "Pro", "Ultra" on their own continue a name, they are not one
    versioned = name != head and any(c.isdigit() for c in name[len(head) :])
    if versioned and YEAR_AFTER_NAME.match(name, len(head), len(name)):
        return "no"  # an event or an edition: "Interspeech 2025", "NeurIPS 2024"
    if (
        versioned
        and head.lower() in NAME_MODIFIERS
        and head.lower() not in PRODUCT_MODIFIERS
        and BUILD_AFTER_TIER.fullmatch(name, len(head), len(name))
    ):
        return "no"  # a tier and a build's date: "the Base and Instruct 2501 checkpoints"
    if (
        len(head) >= 7
        and head.isalpha()
        and head.isupper()
        and not known_model(name)
        and head.lower() not in FAMILY_WORDS
    ):
        return "no"  # a word in capitals for emphasis or a heading: "ILLUSTRATIVE", "WARNING"
    if name != head and head.lower() in organization_aliases():
        return "shaped"  # a lab's name with a version, size or suffix: "Mistral 7B", "DeepSeek LLM"
    if rejected_name(head) or (name != head and rejected_name(name)):
        return "no"
    if (
        versioned
        and head.isalpha()
        and len(head) >= 6
        and head.endswith("ing")
        and name[len(head) :].strip().isdigit()  # a count, not a size: not "Viking 7B"
        and not known_model(name)
    ):
        return "no"  # a verb opening a sentence, and its count: "Fitting 214 training runs"
    if versioned and head[:1].isupper():
        return "shaped"  # a word with a version or size: "Gemma 3 27B", "Claude 3 Opus"
    if (
        name != head
        and head[:1].isupper()
        and name[len(head) :].split()[-1].lower() in PRODUCT_TIERS
    ):
        return "shaped"  # a word with a product tier: "Gemini Ultra", "Claude Opus"
    known = _known_models()
    if is_shaped(head) or is_shaped(name):
        if (
            head.isupper()
            and head.isalpha()
            and len(head) <= 5
            and name.lower() not in known
            and head.lower() not in FAMILY_WORDS  # "BERT" is a model family, not an acronym
            and (not any(c.isdigit() for c in name))
        ):
            return "acronym"
        return "shaped"
    if head.lower() in known or name.lower() in known:
        return "known"
    if head[:1].isupper() and head.lower() in FAMILY_WORDS:
        return "known"  # a family named bare: "Falcon offering 7B and 40B variants"
    lower_tier = LOWER_TIERED.fullmatch(head)
    if lower_tier and lower_tier.group(1) not in NOT_NAME_WORDS | COMPOUND_FIRSTS | TIER_WORDS:
        return "shaped"  # a repository's name: "lark-mini", "bge-large"
    if head.endswith("ly") or not head[0].isupper():
        return "no"
    tier = TIERED_WORD.fullmatch(head)
    if tier and tier.group(1).lower() not in NOT_NAME_WORDS | COMPOUND_FIRSTS:
        return "shaped"  # a word with a model's tier joined on: "Zephyrine-Base", "Orca-Large"
    return "plain"


YEAR_AFTER_NAME = regex.compile(r"[ \u00a0](?:19|20)[0-9]{2}\Z")
# Model families people name bare ("Falcon", "Mixtral"), less the ones that are also common words.
FAMILY_WORDS = LOWERCASE_FAMILIES - {"command", "granite", "opt", "palm", "bloom", "yi", "glm"}
# First words of ordinary compounds ("Self-Instruct", "Super-Large"), never a model's name.
COMPOUND_FIRSTS = frozenset({
    "self", "super", "multi", "pre", "post", "non", "semi", "cross", "extra", "hyper", "mega",
    "over", "under", "fine", "low", "high", "long", "short", "open", "closed", "very", "more",
    "less", "most", "all", "real", "full", "half", "sub", "ultra", "anti", "auto", "meta",
})  # fmt: skip
TIERED_WORD = regex.compile(
    r"([A-Z][a-z]{2,})(?:-[A-Z][a-z]{2,})?-(?i:%s|pro|plus|ultra|max|turbo|huge|giant|jumbo|vision)"
    % _TIERS
)  # ("Anvil-Embed-Large": a word, a second word, a tier)


# ... unless the data set is a phrase's object, before the sentence's subject: "On the new
# dataset, Kite-7B, our largest model, was trained on 2T tokens".
PREPOSITION_BEFORE_DATA = regex.compile(
    r"(?r)(?:^|(?<=[.!?:][ \u00a0])|(?<=\n))(?i:(?:on|with|using|in|from|for|after|over|across|by|via"
    r"|atop)[ \u00a0]+(?:(?:the|a|an|this|that|our|their|its)[ \u00a0]+)?\Z)"
)
DATA_APPOSITIVE_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:the|our|a|this|that|their|its|new|resulting|final)[ \u00a0]+"
    r"(?:dataset|data[ \u00a0]set|corpus|pretraining[ \u00a0]set)),[ \u00a0]+\Z"
)
DATA_BEFORE_BRACKET = regex.compile(
    r"(?r)(?i:\b(?:tokens|images|pairs|examples|hours|words|documents|text|data|corpus|dataset"
    r"|videos|clips|samples|sequences)[ \u00a0]*+\(\Z)"
)
BENCHMARK_STARTS = frozenset("tbdcl")
BENCHMARK_AFTER = regex.compile(r"[ \u00a0](?:tasks?|benchmarks?|datasets?|corpus|leaderboard)\b")
# ... and a rule or a kind of model named after one, written apart ("Chinchilla-optimal" is
# one word, see LIKE_A_MODEL).
RULE_STARTS = frozenset("olrs")
DATA_SET_LINK = regex.compile(DATA_SET_TARGET)
RULE_AFTER = regex.compile(r"[ \u00a0](?:optimal(?:ity)?|laws?|ratio|scaling[ \u00a0]laws?|style)\b")
SCORE_ON_BEFORE = regex.compile(r"(?r)[0-9](?:%|[ \u00a0]?points?)?[ \u00a0]on[ \u00a0]\Z")
# Two capitalized words (or acronyms) right before: a title the word ends ("ESM Metagenomic").
HOLIDAY_BEFORE = regex.compile(r"(?r)\b(?:Christmas|Year['\u2019]s|Hallows)[ \u00a0]\Z")
TITLE_RUN_BEFORE = regex.compile(r"(?r)(?:(?<![\w-])[A-Z][\w-]*[ \u00a0]){2}\Z")
PREVIOUS_CAPITALIZED = regex.compile(r"(?r)[A-Z][a-z]+[ \u00a0]\Z")


def _inside_title(text: str, start: int) -> bool:
    """A plain word inside a run of capitalized words ("Open Model License Agreement"), unless
    the word before is a lab's name ("Snowflake Arctic")."""
    previous = PREVIOUS_CAPITALIZED.search(text, max(0, start - 30), start)
    if previous is None:
        return False
    word = previous.group().strip().lower()
    return word not in organization_aliases() and word not in NOT_NAME_WORDS  # not "The Pythia"


def _listed_after(text: str, previous: Mention, start: int) -> bool:
    """Listed right after a model name that a naming word introduces: "called X and Y"."""
    return (
        0 <= start - previous.end <= 6
        and bool(NAME_LIST_GAP.fullmatch(text, previous.end, start))
        and bool(INTRODUCED_BY.search(text, max(0, previous.start - 60), previous.start))
    )


def _labelled_line(text: str, start: int, end: int) -> bool:
    """A joined name that opens a line, before a colon: "Vindr-Base: the model has ..."."""
    return (
        text[end : end + 1] == ":"
        and (start == 0 or text[start - 1] == "\n")
        and ("-" in text[start:end] or any(c.isdigit() for c in text[start:end]))
    )


def _named_by_context(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 60) : start]
    if (
        MAKER_OF_NAME_BEFORE.search(before)
        or COMPANY_AFTER.match(text, end, end + AHEAD)
        or MAKER_CALLED_BEFORE.search(before)
    ):
        return False  # "Alba-24B from Cairnlight has ...", "Quillon, a Paris startup, ...", "a
        # three-person lab called Quillon"
    return bool(
        INTRODUCED_BY.search(before)
        or WE_CALL_BEFORE.search(before)
        and text[end : end + 1] in (",", ".", ";", ")")
        or _labelled_line(text, start, end)
        or APPOSITIVE_BEFORE.search(before)
        and not text.startswith("#", _line_start(text, start))  # (a heading's title case:
        # "# Position Bias in Open-Weight LLM Evaluators")
        or _named_after(text, start, end)
        or SIZED_BEFORE.search(before)
        or _sibling_tier(text, start, end)
    )


SIBLING_REACH = 200  # how far a tier's sibling may be: "Voxtral Small at 24B and Voxtral Mini"


def _sibling_tier(text: str, start: int, end: int) -> bool:
    """Whether a plain word with a size tier ("Voxtral Small") has a sibling of another tier
    close by ("Voxtral Mini"): two tiers of one word make a family's names."""
    words = text[start:end].split()
    if len(words) != 2 or words[1].lower() not in SIZE_TIERS:
        return False
    tier = words[1].lower()
    return any(
        found.group(1).lower() != tier
        for found in _tiers_of(words[0]).finditer(
            text, max(0, start - SIBLING_REACH), end + SIBLING_REACH
        )
    )


@lru_cache(maxsize=4096)
def _tiers_of(word: str) -> regex.Pattern:
    """The pattern of ``word`` followed by any size tier, compiled once per word."""
    return regex.compile(r"\b%s[ \u00a0]+((?i:%s))\b" % (regex.escape(word), "|".join(SIZE_TIERS)))


def _from_maker(text: str, start: int, end: int, name: str, maker: int | None) -> Mention:
    """The mention of ``name`` at [start, end), from its maker's word when that starts at
    ``maker``: "Snowflake Arctic" (see ``_maker_before``)."""
    return Mention(start, end, name) if maker is None else Mention(maker, end, text[maker:end])


def _maker_before(text: str, start: int, end: int) -> int | None:
    """Where the name of the organization that publishes the ``families.csv`` family at
    [start, end) starts, when it is written right before it: "Snowflake Arctic" (not "the
    Arctic", nor "Google Arctic"); else None."""
    maker = family_organization(text[start:end])
    if maker is None or CAPITALIZED_NEXT.match(text, end, end + 3):
        return None  # (nor another product of the line: "Snowflake Arctic Embed")
    word = MAKER_WORD_BEFORE.search(text, max(0, start - 30), start)
    if word is None or canonical_organization(word.group(1)) != canonical_organization(maker):
        return None
    return word.start(1)


CAPITALIZED_NEXT = regex.compile(r"[ -][A-Z]")
# A capitalized word or two just before a name, written as a maker is: "Snowflake ", "Stability AI ".
MAKER_WORD_BEFORE = regex.compile(r"\b([A-Z][\w.&-]*(?:[ ][A-Z][\w.&-]*)?)[ ]\Z")


def _named_after(text: str, start: int, end: int) -> bool:
    """What follows says the word is a name: "Zephyr, a 7B model", "Zephyr has 7B". A word
    that opens a sentence or line before "model" is capitalized for that alone: "Teacher
    model: 70B", "Final model trained on 2T tokens"."""
    after = NAMED_AFTER.match(text, end, end + AHEAD)
    if after is None:
        return False
    before = text[max(0, start - 4) : start].rstrip(" \t\u00a0\"'“‘*([")
    opens = not before or before[-1] in ".!?:;\n-•>#|]"  # capitalized for its place alone
    if after.group("verb") is not None:
        # "Zephyr has 7B", "Zephyr is a 7B model"; but "Vocab is 32,768", "Cluster is free"
        return not opens or bool(MODEL_PREDICATE.match(text, after.end(), after.end() + AHEAD))
    return after.group("noun") is None or not opens


# A plain word named as a model's maker, or described as a company, is no model.
MAKER_CALLED_BEFORE = regex.compile(
    r"(?i)\b(?:labs?|startups?|start-ups?|company|firm|team|outfit|group|studio)[ \u00a0]+"
    r"(?:called|named|dubbed)[ \u00a0]+\Z"
)
MAKER_OF_NAME_BEFORE = regex.compile(
    r"(?:[\w.-]*[0-9][\w.-]*|\*\*[^*\n]{1,40}\*\*|(?<![\w.-])[A-Z][\w.]*-[A-Z][\w.-]*)"
    r",?[ \u00a0]+(?:from|by)[ \u00a0]+\Z"
)  # (a bold or joined name: "- **Nimbus-Lite** from Cirrostrata, a 3B model")
# ... and a model's name just before "from" or "by" ("MiniCPM-2B, from"; not "2T from").
MODEL_FROM_BEFORE = regex.compile(
    r"(?<![\w.-])[A-Za-z][\w.-]*[0-9][\w.-]*,?[ \u00a0]+(?:from|by)[ \u00a0]+\Z"
)
COMPANY_AFTER = regex.compile(
    r",[ \u00a0](?:a|an|the)[ \u00a0](?:[\w-]+[ \u00a0]){0,3}?(?:startup|start-up|company|lab|firm"
    r"|maker|developer|unicorn|spin-?off|nonprofit|non-profit|collective|studio|team)\b"
)
# What a word that opens a sentence must be said to be or have, to be a model's name.
MODEL_PREDICATE = regex.compile(
    r"""[ \u00a0]++(?:(?:only|just|about|around|roughly|over|nearly|now|still|also|further|then|first
        |later|a|an|the|[a-z]++ly)[ \u00a0]++|[~≈][ \u00a0]*+)*+
    (?:[0-9][0-9.,]*+[ \u00a0-]?(?:[BMTbmt]\b|(?i:billion|million|trillion|bn)\b)
      | (?:[\w-]++[ \u00a0]++){0,4}?(?i:models?|LLMs?|language[ \u00a0]models?|networks?|transformers?)\b
      | (?i:(?:pre-?)?trained|fine-?tuned|released|built|developed|distilled)\b)""",
    regex.VERBOSE,
)


@cache
def _aliases_by_first_word() -> dict[str, tuple[str, ...]]:
    """Alias spellings grouped by their first word, longest first: "Meta" -> ("Meta AI", "Meta")."""
    groups: dict[str, list[str]] = {}
    for alias in _alias_spellings():
        if len(alias) >= 2:
            groups.setdefault(FIRST_WORD.match(alias).group(), []).append(alias)
    return {word: tuple(sorted(group, key=len, reverse=True)) for word, group in groups.items()}


@cache
def _uncapitalized_first_words() -> tuple[str, ...]:
    return tuple(word for word in _aliases_by_first_word() if not word[0].isupper())


FIRST_WORD = regex.compile(r"[^\s'’]+?(?=[\s'’]|\Z)|\S+")
CAPITALIZED = regex.compile(r"[A-Z][\w.&-]*")


@cache
def _alias_spellings() -> tuple[str, ...]:
    """Aliases as written (case kept: "FAIR" is not "fair")."""
    from insights.extract.organizations import spellings

    return tuple(sorted({spelling for spelling, _ in spellings()}))


# A hub account's name, lower case with a digit inside: "ai21labs" (not "gpt-4o" of "gpt-4o/o1").
ACCOUNT_NAME = regex.compile(r"[a-z][a-z0-9]*[0-9][a-z0-9]*[a-z]")
SUPERSCRIPTS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"


def organization_mentions(
    text: str, timeout: float | None = None, start: int = 0, end: int | None = None
) -> list[Mention]:
    """Every organization named in ``text``, with its canonical name.

    >>> [m.name for m in organization_mentions("Google DeepMind and Facebook AI Research, not FAIRness; xAI.")]
    ['DeepMind', 'Meta', 'xAI']
    >>> [m.name for m in organization_mentions("Hana Novak — Vantage Institute of Technology")]
    ['Vantage Institute of Technology']
    >>> [m.name for m in organization_mentions("Ashgrove Intelligence on Artificial Intelligence")]
    ['Ashgrove Intelligence']
    >>> [m.name for m in organization_mentions("toward Artificial General Intelligence, not "
    ...     "Open-Source Intelligence or Threat Intelligence; the Central Intelligence Agency")]
    []
    >>> [m.name for m in organization_mentions("Ana Ruiz¹, Li Wei² — ¹NVIDIA ²Meta")]
    ['NVIDIA', 'Meta']
    >>> [m.name for m in organization_mentions("From Anvaya AI in Bengaluru, this is new.")]
    ['Anvaya AI']
    >>> organization_mentions("In Generative AI, from the Open Source AI community, Kite leads.")
    []
    >>> [m.name for m in organization_mentions("- Sennet Bio raised $120 million last week.")]
    ['Sennet Bio']
    """
    table = organization_aliases()
    by_first_word = _aliases_by_first_word()
    end = len(text) if end is None else end
    # Only capitalized words that start some alias are kept: most words start none.
    candidates = []
    # (no timeout: the pattern cannot backtrack, and the guard's clock read at each capital
    # cost as much as the scan in a long list of sizes, "70B 70B ...")
    for m in CAPITALIZED.finditer(text, start, end):
        aliases = by_first_word.get(m.group().rstrip(".,;:)-"))
        if aliases is not None:
            candidates.append((m.start(), aliases))
    for word in _uncapitalized_first_words():  # the few aliases like xAI and 01.AI
        position = text.find(word, start, end)
        while position != -1:
            candidates.append((position, by_first_word[word]))
            position = text.find(word, position + 1, end)
    if len(candidates) > 1:
        candidates.sort(key=lambda candidate: candidate[0])
    found = []
    last_end = -1
    for position, aliases in candidates:
        if (
            position < last_end
            or position
            and (text[position - 1].isalnum() or text[position - 1] == "_")
            and text[position - 1] not in SUPERSCRIPTS  # "¹Answer.AI ²LightOn": affiliations
            or text[position - 1 : position] == "."
            and ARXIV_CLASS_BEFORE.search(text, max(0, position - 6), position)  # "cs.LG"
        ):
            continue
        for alias in aliases:
            stop = position + len(alias)
            if text.startswith(alias, position) and not (
                stop < len(text) and (text[stop].isalnum() or text[stop] == "_")
            ):
                found.append(Mention(position, stop, table[alias.lower()]))
                last_end = stop
                break
    found = [
        m for m in found
        if not LICENSE_AFTER.match(text, m.end, m.end + 12)  # MIT license
        and not CHIP_AFTER.match(text, m.end, m.end + 16)  # a chip's maker: "on one NVIDIA H100"
        and not (text[m.start : m.end] in LICENSE_NAMES and not _maker_named_so(text, m))
    ]  # fmt: skip
    shaped = [
        named
        for m in SHAPED_ORGANIZATION.finditer(text, start, end, timeout=timeout)
        if (
            (named := _without_head(m)).name != m.group()  # (its "The" dropped)
            or _named_by_head(named.name)
        )
        and not any(f.start < m.end() and m.start() < f.end for f in found)
        and not (  # a field or a product, not a lab: "a model for High Performance Computing"
            m.group().endswith(FIELD_LIKE_ENDINGS)
            and FIELD_BEFORE.search(text, max(0, m.start() - 12), m.start())
        )
        and not _intelligence_field(named.name)
        and not HEADLINE_AFTER.match(text, m.end(), m.end() + 20)
    ] if any(text.find(word, start, end) != -1 for word in SHAPE_WORDS) else []
    if (
        "from " in text
        or "by " in text
        or "ed " in text
        or "'s " in text
        or "\u2019s " in text
        or "**" in text[:BOLD_MAKER_REACH]
    ):
        # a maker no table knows and no shape gives, named where a text says who made models:
        # "a speech recognition family from Halvard Audio"; not after a comparison ("beats
        # open models from Big Tech Companies")
        taken = sorted((f.start, f.end) for f in found + shaped)
        taken_starts = [t[0] for t in taken]
        makers = []
        for m in _maker_matches(text, start, end, timeout):
            name, at = m.group("maker"), m.start("maker")
            place = PLACE_BEFORE_MAKER.match(name) or TIME_BEFORE_MAKER.match(name)
            if place is not None and place.end() < len(name):  # "Lisbon-based Orca Systems",
                name, at = name[place.end() :], at + place.end()  # "Today Brightwater"
            i = bisect_right(taken_starts, at + len(name)) - 1  # the last taken span before its end
            j = bisect_right(taken_starts, m.end() + 1) - 1
            if m.re is MAKER_POSSESSIVE and j >= 0 and taken[j][0] >= m.end():
                continue  # a place owning a known maker: "Israel's AI21 Labs launched ..."
            if (
                (_named_so(name, m) if m.re in PLACED_MAKERS else _maker_name(name))
                and not (i >= 0 and taken[i][1] > at)
                and not COMPARED_BEFORE_MAKER.search(text, max(start, m.start() - 40), m.start())
                and not HOSTED_BEFORE_MAKER.search(text, max(start, m.start() - 40), m.start())
            ):
                makers.append(Mention(at, at + len(name), name))
        fuller = {f.name for f in found + shaped if " " in f.name}
        for i, maker in enumerate(makers):
            longer = [n for n in fuller if n.startswith(maker.name + " ")]
            if len(longer) == 1:  # "Brightwater's ..." beside "Brightwater AI": one maker
                makers[i] = Mention(maker.start, maker.end, longer[0])
        shaped.extend(makers)
    if shaped:
        found = sorted(found + shaped, key=lambda m: m.start)
    return found


def _without_head(match) -> Mention:
    """A shaped organization without a first word that is no part of a name: "The Ridgeback
    Collective" is "Ridgeback Collective" (when two words are left), "From Anvaya AI" is
    "Anvaya AI", "Generative AI" stays."""
    name = match.group()
    head, _, rest = name.partition(" ")
    after = match.string[match.end() : match.end() + 2]
    if head in ("The", "the") and " " in rest and not (after[:1] == " " and after[1:].isupper()):
        return Mention(match.start() + len(head) + 1, match.end(), rest)
    if (
        (head in NOT_ORGANIZATION_HEADS and head != "The" or NO_NAME_HEAD.match(head))
        and " " in rest
        and _named_by_head(rest)
    ):
        return Mention(match.start() + len(head) + 1, match.end(), rest)  # "From Anvaya AI"
    owner = OWNER.match(name)
    if owner is not None:
        owned = name[owner.end() :]
        if " " in owned and _named_by_head(owned) and not _a_unit_of(owned):
            return Mention(match.start() + owner.end(), match.end(), owned)  # "Oslo's Halvard
            # AI", "San Francisco's Pellucid Labs"
    return Mention(match.start(), match.end(), name)  # (not "The EU AI Office": a longer name)


def _a_unit_of(rest: str) -> bool:
    """Whether a lab's name after a possessive is a unit of the possessor, named by its field
    ("Heron's Vision Lab", "Carnegie Mellon's Language Technologies Institute"), not a lab of
    its own that a place owns ("Oslo's Halvard AI")."""
    head = rest.split(" ", 1)[0]
    return head in FIELD_HEADS or head in PHRASE_HEADS


# The field words that open a unit's name: "Vision Lab", "Speech Research Group".
FIELD_HEADS = frozenset(
    """Vision Language Speech Robotics Data Learning Intelligence AI Research Computing Computer
    Computational Systems Applied Advanced Foundation Foundational Cognitive Audio Media NLP
    Perception Reasoning Alignment Safety Security Quantum Neural Deep""".split()
)
# The place of one or two words whose the lab is: "Oslo's Halvard AI", "San Francisco's
# Pellucid Labs".
OWNER = regex.compile(r"(?:[A-Z]\w*[ ][A-Z]\w*|\w+)['\u2019]s[ ]")
# A first word that opens a maker's name in news but is no part of it: a date's month ("On 4
# June Brightwater AI released"), a describing compound ("Two-person Lantern Research").
NO_NAME_HEAD = regex.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\Z|[A-Z][a-z]+-[a-z]+\Z"
)
LICENSE_AFTER = regex.compile(r"(?i)[ -]licen[sc]e")
# Organizations whose short name is a license's, in a table's License column or a bracket of
# specs ("| Owl-9B | 9.2B | MIT |", "(9.2B parameters, MIT)"): a maker only where the text
# says so ("MIT's", "researchers at MIT", "¹MIT", "MIT and Harvard").
LICENSE_NAMES = frozenset({"MIT"})
LICENSE_CONTEXT = regex.compile(
    r"(?i)\b(?:licen[cs]e[ds]?|apache|bsd|gpl|openrail|cc[ -]by|under|code[ ]is|weights[ ]are)\b"
)
MAKER_BEFORE = regex.compile(r"(?r)(?:\b(?:at|from|by|of|with|and|an?)[ \t]+|[\u00b9\u00b2\u00b3\u2074-\u2079]|^)\Z", regex.M)
MAKER_AFTER = regex.compile(
    r"['\u2019]s\b|[ \t]+(?:and|researchers|scientists|team|group|lab|CSAIL|Media)\b"
    r"|[ \t]+(?:released|trained|built|developed|introduced|open-sourced|published|unveiled)\b"
)


def _maker_named_so(text: str, mention: Mention) -> bool:
    if LICENSE_CONTEXT.search(text, max(0, mention.start - 25), mention.end + 25):
        return False  # "released under Apache 2.0 and MIT", "The code is MIT and ..."
    return bool(
        MAKER_BEFORE.search(text, max(0, mention.start - 6), mention.start)
        or MAKER_AFTER.match(text, mention.end, mention.end + 14)
        # an author's affiliation alone in brackets: "Ana Ruiz (MIT), Tom Park (MIT)"
        or text[mention.start - 1 : mention.start] == "(" and text[mention.end : mention.end + 1] == ")"
    )


# Who made models, after the words that say so: "models from Halvard Audio", "a family of
# encoders developed by Quarry Systems". Two to four capitalized words; one is too often a
# place ("models from China").
MAKER_AFTER_MODELS = regex.compile(
    r"""\b(?:(?:models?|family|series|suite|LLMs?|checkpoints?|encoders?|decoders?)
    (?:[ ](?:for|in|of)[ ][^.;,\n]{1,40},)?  # "models for Southeast Asia, from Lumen Ridge"
    [ ](?:(?:developed|built|trained|released|made|created|published)[ ])?(?:from|by)
    |(?:comes|came)[ ]from)[ ](?:the[ ])?\[?  # (a link's text: "from [Oriel Compute](...)")
    (?P<maker>[A-Z][\w&']*(?:[.-][\w&']+)*(?:[ ][A-Z][\w&']*(?:[.-][\w&']+)*){1,3})(?![\w-])
    (?![ ]to[ ][A-Z])""",  # (not a range's start: "from Lumen Ridge to Harbor Lane")
    regex.VERBOSE,
)
# Who made a model, as a sentence's subject before a verb of making and the model: "Cobalt
# Foundry trained Anvil-70B", "Brightline Robotics introduced Stride-VLA-3B". Two or three
# capitalized words: one is too often a model, a place or a sentence's first word.
MAKING_VERBS = (
    "released", "trained", "introduced", "unveiled", "launched", "open-sourced", "published",
    "announced", "built", "developed", "shipped", "posted", "debuted", "releases", "unveils",
    "launches", "introduces", "open-sources", "ships", "debuts",
)  # fmt: skip
# (after an aside: "Oslo-based Gannet Systems, which raised $25 million in January, released
# Osprey-2"; and one word alone, "Adept open-sourced Persimmon-8B", unless it is a common one)
MAKER_BEFORE_VERB = regex.compile(
    r"""(?:^|(?<=[.!?:\u2014\u2013][ ])|(?<=\n))(?P<maker>[A-Z][\w&']*(?:[.-][\w&']+)*(?:[ ][A-Z][\w&']*
    (?:[.-][\w&']+)*){0,2})(?:[ ]\([^()\n]{1,40}\)|,[ ](?:the|a|an|which|who)[ ][^,;()\n]{1,90},)?
    [ ](?:has[ ])?(?:%s)[ ](?=[A-Z0-9])"""
    % "|".join(MAKING_VERBS),
    regex.VERBOSE,
)
MAKER_NOUNS = ("lab", "startup", "start-up", "company", "firm", "nonprofit", "studio", "outfit")
# A maker the text calls one: "the newest open model from the Bremen lab Nordwind", "from
# the Lisbon startup Mareta" (one word is enough: the noun before it says it is a maker).
DESCRIBED_MAKER = regex.compile(
    r"""(?:\bfrom|\b(?:built|developed|made|trained|released|created|published)[ ]by)[ ]the[ ]
    (?:[A-Z][\w]*(?:-based)?[ ])?(?:AI[ ])?%s[ ]
    (?P<maker>[A-Z][\w&']*(?:[.-][\w&']+)*(?:[ ][A-Z][\w&']*(?:[.-][\w&']+)*){0,2})(?![\w-])"""
    % r"(?:%s)" % "|".join(MAKER_NOUNS),
    regex.VERBOSE,
)
# Where a sentence or a list item opens: a company named there is its subject.
SENTENCE_OR_ITEM_OPENING = r"(?:^|(?<=[.!?:][ ])|(?<=\n)|(?<=[-*\u2022][ ]))"
# A company that comes out of stealth: "Seattle-based Sable Dynamics came out of stealth on
# Wednesday with Auklet-70B".
STEALTH_MAKER = regex.compile(
    r"""%s(?:[A-Z][\w]*-based[ ])?
    (?P<maker>[A-Z][\w&']*(?:[ ][A-Z][\w&']*){0,2})[ ](?:came[ ]out[ ]of|emerged[ ]from)[ ]stealth\b"""
    % SENTENCE_OR_ITEM_OPENING,
    regex.VERBOSE,
)
# A company that raises money: "Sennet Bio raised $120 million to train protein models".
FUNDED_MAKER = regex.compile(
    r"""%s(?P<maker>[A-Z][\w&']*(?:[ ][A-Z][\w&']*){1,2})
    [ ](?:has[ ])?(?:raised|closed|secured|landed)[ ](?:a[ ])?(?:[$\u20ac\u00a3][0-9]|Series[ ][A-F]\b)"""
    % SENTENCE_OR_ITEM_OPENING,
    regex.VERBOSE,
)
# An unknown maker owning a model whose name has a digit: "Kiwi Computing's Tui-8B".
MAKER_POSSESSIVE = regex.compile(
    r"""(?:^|(?<=[\s(\[*"]))(?P<maker>[A-Z][\w&]*(?:[ ][A-Z][\w&]*){0,2})['\u2019]s[ ]
    (?!(?:startup|start-up|company|firm|lab|team|venture|outfit|group)\b)  # (a person's company:
    # "Kai-Fu Lee's startup 01.AI released Yi-6B")
    (?=(?:(?:new(?:est)?|latest|earlier|first|previous|own|flagship)[ ](?:[\w-]+[ ]){0,2}?
    (?:release|model|LLM|checkpoint),[ ])?(?:(?:new(?:est)?|latest|open|flagship)[ ])?
    (?:\*\*|__|[*_`])?[A-Za-z][\w.]*(?:[-\ ][\w.]+)?[-\ ]?[0-9])""",
    regex.VERBOSE,
)  # (and its new model in an appositive: "Brightwater's earlier dense release, Tessellate-3B";
# or a word and marks before the name: "Northwind Audio's new **Breeze-TTS-3B**")
# What every MAKER_BEFORE_VERB match holds, for a quick no: that pattern may start anywhere and
# is tried at every character (0.13 s/MB of abstracts), while this one is a scan for its verbs
# (a fifth of that), and in most texts no verb is followed by a name.
MAKING_VERB = re.compile(r"(?:%s) [A-Z0-9]" % "|".join(MAKING_VERBS))


# Who made the model just named, in a word or a few: "MiniCPM-2B, from ModelBest, is",
# "Alba-24B from Cairnlight has" (a name with a digit before it: ``MODEL_FROM_BEFORE``).
MODEL_FROM_MAKER = regex.compile(
    r"""[ ](?:from|by)[ ](?P<maker>[A-Z][\w&']*(?:[.-][\w&']+)*(?:[ ][A-Z][\w&']*(?:[.-][\w&']+)*){0,3})
    (?![\w-])(?=[,;)]|\.(?:\s|\Z)|[ ](?:is|has|was|and|released|trained|built)\b)""",
    regex.VERBOSE,
)
# A maker a card's label names, in a word or a few: "- **Developed by:** Answer.AI and LightOn",
# "| Developer | Polder Labs |" (not "Authors:", which lists people).
LABELLED_MAKER = regex.compile(
    r"""(?m)^[ \t]*(?:[-*+][ \t]*|\|[ \t]*)?(?:\*\*|__)?
    (?i:developed[ \t]+by|(?:model[ \t]+)?developers?|developer\(s\)|organi[sz]ation|company
      |made[ \t]+by|built[ \t]+by|trained[ \t]+by)
    (?:\*\*|__)?[ \t]*(?::|\|)(?:\*\*|__)?[ \t]*(?:\*\*|__)?
    (?P<maker>[A-Z][\w&']*(?:[.-][\w&']+)*(?:[ ][A-Z][\w&']*(?:[.-][\w&']+)*){0,3})
    (?![\w-])(?=[ \t]*(?:$|[,(;*_]|\|[ \t]*$|and[ ]))""",  # (a two-cell row: "| Developer | X |")
    regex.VERBOSE,
)
SEPARATOR_NEXT = regex.compile(r"\n[ \t]*\|?[ \t]*:?-{3,}")  # (a header row's: no label)
# A maker set in bold near a page's top, where cards and READMEs name who made them: "Code LLMs
# from **Anvil Compute**", "a text embedding model by **Parallax Research**", and a byline
# "**Brightwater Systems** · released 2025-03-18".
BOLD_MAKER = regex.compile(
    r"""(?:\b(?:from|by)[ ](?:the[ ])?\*\*|(?:^|(?<=\n))\*\*(?=[^*\n]{2,60}\*\*[ ]*[\u00b7|\u2022]))
    (?P<maker>[A-Z][\w&']*(?:[.-][\w&']+)*(?:[ ][A-Z][\w&']*(?:[.-][\w&']+)*){0,3})\*\*""",
    regex.VERBOSE,
)
BOLD_MAKER_REACH = 3000  # how far into a page its maker may be named so


def _maker_matches(text: str, start: int, end: int, timeout: float | None) -> list:
    """The matches of the maker patterns, in order."""
    found = list(MAKER_AFTER_MODELS.finditer(text, start, end, timeout=timeout))
    if MAKING_VERB.search(text, start, min(len(text), end + 1)) is not None:
        found += MAKER_BEFORE_VERB.finditer(text, start, end, timeout=timeout)
    if "'s " in text or "\u2019s " in text:
        found += MAKER_POSSESSIVE.finditer(text, start, end, timeout=timeout)
    if ":" in text or "|" in text:
        found += (
            m
            for m in LABELLED_MAKER.finditer(text, start, end, timeout=timeout)
            if (line_end := text.find("\n", m.end(), m.end() + 200)) == -1
            or not SEPARATOR_NEXT.match(text, line_end, line_end + 40)
        )
    if " from " in text or " by " in text:
        found += (
            m
            for m in MODEL_FROM_MAKER.finditer(text, start, end, timeout=timeout)
            if (model := MODEL_FROM_BEFORE.search(text, max(0, m.start() - 60), m.start("maker")))
            and not reference_organization(FROM_BY_TAIL.sub("", model.group()))
        )  # (a known model's maker is known: "Llama-3.1-70B from Groq" names where it is served)
    if "the " in text:
        found += DESCRIBED_MAKER.finditer(text, start, end, timeout=timeout)
    if "$" in text or "\u20ac" in text or "Series " in text:
        found += FUNDED_MAKER.finditer(text, start, end, timeout=timeout)
    if " stealth" in text:
        found += STEALTH_MAKER.finditer(text, start, end, timeout=timeout)
    if start < BOLD_MAKER_REACH and "**" in text[start : min(end, BOLD_MAKER_REACH)]:
        found += BOLD_MAKER.finditer(text, start, min(end, BOLD_MAKER_REACH), timeout=timeout)
    return sorted(found, key=lambda m: m.start("maker"))


COMPARED_BEFORE_MAKER = regex.compile(
    r"(?i)\b(?:beats?|beating|outperform\w*|surpass\w*|rivals?|than|vs\.?|versus|against"
    r"|compared|like)\b(?:[ ]+[\w-]+){0,3}[ ]*\Z"
)
# Where models are got from, not who made them: "Download the models from Hugging Face".
HOSTED_BEFORE_MAKER = regex.compile(
    r"(?i)\b(?:download|downloaded|downloadable|get|pull|grab|fetch|available|hosted|mirrored"
    r"|served)\b[^.;\n]{0,30}\Z"
)
NOT_MAKERS = frozenset(
    {"united states", "united kingdom", "hong kong", "south korea", "new york", "silicon valley",
     "north america", "latin america", "south america", "middle east", "san francisco"}
)


# A word of time that opens the sentence before a maker's name: "Today Brightwater releases".
TIME_OPENERS = (
    "Today", "Yesterday", "Tonight", "Now", "Recently", "Earlier", "Later", "Meanwhile",
    "Separately", "Finally", "Also", "Then", "Lastly", "Elsewhere",
)  # fmt: skip
TIME_BEFORE_MAKER = regex.compile(r"(?:%s)[ ]+" % "|".join(TIME_OPENERS))
# A place before a maker's name: "Lisbon-based Orca Systems", "Lisbon's Brisa Tech".
PLACE_BEFORE_MAKER = regex.compile(r"(?:[A-Z][\w]*-based|[A-Z][\w]*['\u2019]s)[ ]+")


PLACED_MAKERS = (MODEL_FROM_MAKER, LABELLED_MAKER)


# What stands where a maker's name would and is none: a placeholder ("Developed by: Unknown"),
# or a host that serves models ("Kite-70B from OpenRouter").
NOT_PLACED_MAKERS = frozenset(
    """Anonymous Unknown None Various TBD TBA Community Independent Groq Together Fireworks
    Ollama OpenRouter Replicate DeepInfra Bedrock Azure Vertex Perplexity Anyscale Lepton
    Novita Hyperbolic SambaNova Modal Baseten Cloudflare""".split()
)
FROM_BY_TAIL = regex.compile(r",?[ \u00a0]+(?:from|by)[ \u00a0]+\Z")


def _named_so(name: str, match) -> bool:
    """A maker's name where its place says it is one ("Kite-7B, from ModelBest,", "- Developed
    by: LightOn"): no digits, no place, no common word alone, no team; a shape like a model's is
    allowed. Where a person's name may stand ("Developed by: Marta Ilves", "Kite-7B by Marta
    Ilves"), one word only: several are a lab's by their shape ("Polder Labs")."""
    several = match.re is MODEL_FROM_MAKER and match.group().startswith(" from ")
    return (
        (several or " " not in name)
        and name not in NOT_PLACED_MAKERS
        and not known_model(name)  # "initialize Kite-8B from Llama": a base
        and name.lower() not in family_names()
        and not name.endswith((" Team", " team"))  # "Granite Team, IBM": a team of IBM's
        and _maker_words(name)
    )


def _maker_name(name: str) -> bool:
    """A maker's name as ``MAKER_AFTER_MODELS`` finds it: no digits, no model, no place; one
    word alone no common word or plural ("Researchers", "Today")."""
    words = name.split()
    return (
        not (len(words) == 1 and words[0].endswith(("s", "ly")))
        and _maker_words(name)
        and not any(is_shaped(w) and not w.isupper() for w in words)
    )


def _maker_words(name: str) -> bool:
    """What every maker's name found by its place needs: no digits, no place or common word
    alone ("China", "Today"), no phrase the text uses for no lab ("Silicon Valley"), and a head
    word that can open a lab's name."""
    return (
        not any(c.isdigit() for c in name)
        and name not in NOT_LONE_MAKERS
        and name not in PLACES
        and name.lower() not in NOT_MAKERS
        and not TIME_WORD.search(name)  # "Last November's SmolLM2-1.7B": when, not who
        and _named_by_head(name)
    )


# An arXiv archive before the dot of its class: "cs.LG", "stat.ML" (not a sentence run into
# the next: "keeps rising.Microsoft released ...").
ARXIV_CLASS_BEFORE = regex.compile(r"(?<![A-Za-z])(?:cs|stat|math|eess|q-bio|physics)\.\Z")
TIME_WORD = regex.compile(
    r"\b(?:January|February|March|April|June|July|August|September|October|November|December"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Week|Weekend|Month|Year|Quarter"
    r"|Spring|Summer|Autumn|Fall|Winter)\b|\A(?:Last|Next|This|Early|Late)[ ]"
)  # ("Last May's Kite-1.7B")
# An organization no table knows, by its shape: "Arden Labs", "Brightwater AI", "the Saltmarsh
# Collective", "Hazel University", "University of Lagos", "Meridian Climate Lab", "Sundial Systems",
# "Ashgrove Intelligence", "Baltic Speech Technology Centre", "Nordic Language Data Cooperative"
# (not "Artificial Intelligence" or "Machine Intelligence": PHRASE_HEADS).
SHAPED_ORGANIZATION = regex.compile(
    r"""(?<![\w.-])
    (?:(?:[A-Z][\w&']*(?:-(?!based\b)[\w&']+)*[ ]){1,3}(?:Labs?|AI|Research|Collective|Technologies
        |Robotics|Systems|Computing|Foundry|Intelligence|Cooperative
        |(?:Research|Technology|Science|Sciences|Speech|Language)[ ](?:Centre|Center)
        |(?:Institute|Laboratory|Laboratories|University)(?:[ ](?:of|for)(?:[ ][A-Z][\w-]*){1,3})?)
      | (?:University|Institute)[ ]of(?:[ ][A-Z][\w-]*){1,3}
    )(?![\w-])""",
    regex.VERBOSE,
)
# Lab endings that also end a field's or a product's name ("Recommender Systems", "High
# Performance Computing", "Palantir Foundry"), read as a lab's only where no "for/in/..." says
# the name is a subject or a place.
FIELD_LIKE_ENDINGS = ("Systems", "Computing", "Foundry")
FIELD_BEFORE = regex.compile(r"\b(?:for|in|on|of|to|into|about|with|large-scale|scalable)[ ]\Z")
# What every SHAPED_ORGANIZATION match holds, for a quick no ("Laboratory" holds "Lab"): most
# texts have none, and the pattern is tried at every capital.
SHAPE_WORDS = ("Lab", "AI", "Research", "Institute", "Collective", "Technologies", "University",
               "Robotics", "Systems", "Computing", "Foundry", "Intelligence", "Cooperative",
               "Centre", "Center")  # fmt: skip
# Capitalized words that open a sentence and are no maker on their own: "Today released ...".
NOT_LONE_MAKERS = frozenset(
    """We I You He She They It Today Yesterday Tomorrow Recently Finally Meanwhile Separately
    Elsewhere Also Then Now Later Earlier Last Next Here There Still However Instead Everyone
    Nobody Someone Somebody Anyone Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    January February March April May June July August September October November December
    Who What Which Whoever Nothing Everybody Team Community Staff Just Newly Previously Already
    Together Researchers""".split()
)
# Places that own a model in news ("Singapore's Tui-8B") and are no makers on their own.
PLACES = frozenset(
    """America Europe Asia Africa China Japan Korea India Israel France Germany Britain
    England Canada Russia Brazil Singapore Taiwan Vietnam Indonesia Spain Italy Sweden Norway
    Finland Denmark Switzerland Netherlands Poland Turkey Iran Egypt Nigeria Kenya Mexico
    Australia Paris London Berlin Beijing Shanghai Shenzhen Hangzhou Tokyo Seoul Toronto
    Montreal Zurich Dubai Bangalore Mumbai Lisbon Madrid Amsterdam Stockholm Oslo Helsinki
    UAE""".split()
)
# First words that make such a shape a phrase, not a name: "Generative AI", "Open Research".
NOT_ORGANIZATION_HEADS = frozenset(
    """The A An Our Their Its This That These Those Your My His Her
    In At From By For With And Or Of On To As Like Many Most Some Other Both Each Every All No""".split()
) | frozenset(TIME_OPENERS)  # (and a sentence's first word of time: "Yesterday Acme Labs ...")
# ... and words that make a phrase of two ("Generative AI", "Open Research"), but may open a
# longer name ("the Open Lantern Collective").
PHRASE_HEADS = frozenset(
    """Generative Responsible Conversational Applied Frontier Agentic Artificial Modern General
    Explainable Enterprise Edge Safe Open Trustworthy Physical Embodied Human Ethical Sovereign
    Multimodal Large Small New Recent Current Future Early Academic Industry Industrial
    Independent Public Private National Machine Business Computational Emotional Swarm""".split()
)


def _intelligence_field(name: str) -> bool:
    """Whether a shaped name that ends in "Intelligence" is a field's ("Artificial General
    Intelligence", "Threat Intelligence", "Open-Source Intelligence"), not a lab's: a lab's
    is one word of a name before it ("Ashgrove Intelligence", "Sakura Intelligence"), or an
    institute's ("Marrow Institute for Machine Intelligence")."""
    words = name.split()
    if words[-1] != "Intelligence" or "for" in words or "of" in words:
        return False
    return len(words) != 2 or not words[0].isalpha() or words[0] in INTELLIGENCE_FIELDS


# Words that make a field of "... Intelligence", not a lab.
INTELLIGENCE_FIELDS = frozenset(
    """Artificial General Superhuman Super Machine Business Central Spatial Threat Ambient
    Collective Emotional Swarm Computational Human Augmented Cognitive Competitive Market Signals
    Social Cyber Distributed Narrow Strong Physical Embodied Multimodal Conversational Geospatial
    Customer Sales Document Edge Enterprise Open Source Military National Economic Financial
    Artificial Natural Visual Causal Contextual Decision Operational Strategic Data Network
    Security Retail Revenue Supply Crowd Hybrid Generative Agentic Autonomous Applied""".split()
)


def _named_by_head(name: str) -> bool:
    """Whether a capitalized phrase's first word lets it be an organization's name: no article
    or preposition, and no adjective opening a phrase of two words ("Generative AI")."""
    words = name.split()
    return words[0] not in NOT_ORGANIZATION_HEADS and (
        words[0] not in PHRASE_HEADS or len(words) > 2 and words[1] not in GENERIC_NAME_WORDS
    )  # ("the Open Lantern Collective", not "Open Source AI" or "Responsible AI Research")


GENERIC_NAME_WORDS = frozenset(
    "Source AI Research Science Learning Intelligence Language Model Models Data Machine".split()
)
