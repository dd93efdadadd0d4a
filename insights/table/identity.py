"""Which mentions are the same model: sized names and their families, aliases, and names that
are no model at all.

The extractor decides which model a fact is about inside one document and writes the name as
the text does. Here the names of all documents meet:

- ``Chinchilla-70B`` and ``Chinchilla (70B)`` are ``Chinchilla`` when the texts give Chinchilla
  one size;
- a family stated with several sizes is one row per size (``Qwen1.5 0.5B`` ... ``Qwen1.5 72B``),
  never a family row holding the first member's size;
- two spellings that the reference table gives one model (an alias such as ``MT-NLG``) are one;
- a row needs a name shaped like a model or known as one: ordinary words at a sentence's start,
  bare tiers ("large"), data sets and benchmarks are not rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

import regex

from insights.extract.keys import without_build
from insights.extract.names import (
    BRACKETED,
    LAB_NAMED_FAMILIES,
    TIER_WORDS,
    is_shaped,
    rejected_name,
    size_text,
    split_size,
)
from insights.extract.organizations import aliases

TOLERANCE = 1.10  # sizes within 10% are one size ("175B" and "175.2B")
BOUNDS = ("range", "at least", "up to")


def same_size(a: float | None, b: float | None) -> bool:
    return (
        a is not None and b is not None and a > 0 and b > 0 and max(a, b) <= min(a, b) * TOLERANCE
    )


WORD_AND_NUMBER = regex.compile(r"[a-z]{4,}[0-9]+\Z")
SIZE_RANGE = regex.compile(r"[0-9][KMBTkmbt]\s?[-\u2013\u2014]\s?[0-9.]+\s?[KMBTkmbt]\b")
SENTENCE_OPENING = regex.compile(r"(?:^|[.!?:]\s+|\n\s*(?:[-*•>#]+\s*)?)\Z")


def is_model_name(name: str, sentences: Iterable[str], known: bool) -> bool:
    """Whether a row may be named ``name``: known to the reference, or shaped like a model
    ("GPT-3", "PaLM", "Llama 2"), or a plain word that the texts do not only use as a sentence's
    opening adverb ("Nevertheless, a 7B model ..." names no model; "Gopher has 280B" does).

    >>> is_model_name("Nevertheless", ["Nevertheless, a 7B model wins."], known=False)
    False
    >>> is_model_name("Wren", ["We call it Wren, a 7B model."], known=False)
    True
    >>> is_model_name("Gopher", ["Gopher has 280B parameters."], known=False)
    True
    >>> is_model_name("large", ["The large has 1.5B."], known=False)
    False
    >>> is_model_name("LLaMA 7B-65B", ["LLaMA 7B-65B is open."], known=False)
    False
    >>> is_model_name("Qwen2.5-72B-Instruct", ["Qwen2.5-72B-Instruct is open."], known=False)
    True
    >>> is_model_name("Mistral 7B", ["Mistral 7B has 7.3B."], known=True)
    True
    >>> is_model_name("Tamil LLaMA 7B Base", ["Tamil LLaMA 7B Base is out."], known=False)
    True
    """
    stripped = name.strip()
    # (a family named after its lab is a model with more after it: "Mistral 7B", "DeepSeek V3")
    lab_family = " " in stripped and stripped.split()[0].lower() in LAB_NAMED_FAMILIES
    if not stripped or stripped.lower() in TIER_WORDS or rejected_name(stripped) and not lab_family:
        return False
    if WORD_AND_NUMBER.match(stripped) and not known:
        return False  # a citation or figure label: "algorithm1", "classification12"
    if SIZE_RANGE.search(stripped):
        return False  # a family and a range of its sizes: "LLaMA 7B-65B", "Pythia 70M-12B"
    if known or is_shaped(stripped) or any(c.isdigit() for c in stripped):
        return True
    if not stripped[:1].isupper():
        return False
    for sentence in sentences:
        at = sentence.find(stripped)
        while at >= 0:
            opening = SENTENCE_OPENING.search(sentence[:at])
            if not opening or sentence[at + len(stripped) : at + len(stripped) + 1] != ",":
                return True
            at = sentence.find(stripped, at + 1)
    return False


# A tier's word alone as a model's name, as a card's table of sizes writes it: "tiny.en".
BARE_TIER = regex.compile(
    r"(?i)(?:tiny|base|small|medium|large|xl|xxl|mini|nano|turbo|huge)(?:[-.](?:en|v[0-9]+))*"
)


def name_tiers_by_title(
    facts: list[dict],
    find: Callable | None,
    named: Callable[[object], Iterable[str]] | None = None,
) -> None:
    """Give a bare tier's facts ("tiny.en", from "| tiny | 39 M | `tiny.en` |") the family the
    document's title names, in place: "Whisper tiny.en" under the title "Release notes: OpenAI
    Whisper speech recognition" (a name the document's facts give, with no size, written in its
    title) or "Whisper" (a title that is a name the reference knows). A title that names no
    such family, or two, names nothing. ``named``: a document's names of all its facts, those
    of kinds the table has no column for too ("Whisper was trained on 680,000 hours"), asked
    only of a document with a bare tier.

    >>> facts = [{"model": "tiny", "document_id": 1, "title": "Notes: Kite speech"},
    ...          {"model": "Kite", "document_id": 1, "title": "Notes: Kite speech"}]
    >>> name_tiers_by_title(facts, None); facts[0]["model"]
    'Kite tiny'
    """
    by_document: dict[object, list[dict]] = {}
    for fact in facts:
        by_document.setdefault(fact.get("document_id"), []).append(fact)
    for document, group in by_document.items():
        tiers = [f for f in group if BARE_TIER.fullmatch(f["model"].strip(" `*_"))]
        title = next((f["title"] for f in group if isinstance(f.get("title"), str)), None)
        if not tiers or not title:
            continue
        names = {f["model"] for f in group} | (set(named(document)) if named else set())
        families = {
            name
            for name in names
            if isinstance(name, str)
            and not BARE_TIER.fullmatch(name.strip(" `*_"))
            and split_size(name)[1] is None
            and regex.search(r"(?<!\w)%s(?!\w)" % regex.escape(name), title)
        }
        if not families and find is not None:
            families = _known_names_in(title, find)  # a card titled by its family ("# Whisper"),
            # or a title that names one the reference knows ("OpenAI Whisper speech recognition")
        if len(families) == 1:
            family = families.pop()
            for fact in tiers:
                fact["model"] = f"{family} {fact['model'].strip(' `*_')}"
                fact["_titled_tier"] = True  # (a model's name, though not shaped like one)


TITLE_WORD = regex.compile(r"[\w.+-]+")


def _known_names_in(title: str, find: Callable) -> set[str]:
    """The names of one to three words in ``title`` that the reference knows, as written."""
    words = [w.strip(".-") for w in TITLE_WORD.findall(title)]
    found = {
        " ".join(words[i : i + n])
        for n in (3, 2, 1)
        for i in range(len(words) - n + 1)
        if any(c.isupper() for c in words[i]) and find(" ".join(words[i : i + n])) is not None
    }
    # (the longest of nested names: "Llama 2" rather than "Llama" in "Llama 2 chat notes")
    return {name for name in found if not any(name != other and name in other for other in found)}


@dataclass
class Mention:
    """One fact's model name as the table sees it."""

    name: str
    family: str
    size: float | None
    reference: object  # the reference record the name resolves to, or None


# How a repository spells a name that prose writes otherwise: a release's month code before
# the size ("OLMo-2-1124-7B" is OLMo 2 7B), an underscore for a version's dot ("internlm2_5").
DATE_CODE_BEFORE_SIZE = regex.compile(
    r"[-_ ](?:0[1-9]|1[0-2])[0-9]{2}(?=[-_ ][0-9]+(?:\.[0-9]+)?[BbMm]\b)"
)
VERSION_UNDERSCORE = regex.compile(r"(?<=[0-9])_(?=[0-9])")


@lru_cache(maxsize=65536)
def plain_spelling(name: str) -> str:
    """A name as prose would write it, for telling which model it is.

    >>> plain_spelling("OLMo-2-1124-7B"), plain_spelling("internlm2_5-7b")
    ('OLMo-2-7B', 'internlm2.5-7b')
    >>> plain_spelling("Mistral-Small-24B-Instruct-2501"), plain_spelling("GPT-4-0613")
    ('Mistral-Small-24B-Instruct-2501', 'GPT-4-0613')
    """
    return VERSION_UNDERSCORE.sub(".", DATE_CODE_BEFORE_SIZE.sub("", name))


def mention(name: str, find: Callable | None) -> Mention:
    """The family, written size and reference record of one name."""
    family, size = split_size(plain_spelling(without_build(name)))
    ref = find(name) if find else None
    if ref is not None:
        ref_name = ref.get("model") if isinstance(ref, dict) else getattr(ref, "model", None)
        if ref_name:
            ref_family, ref_size = split_size(
                BRACKETED.sub("", ref_name)
            )  # "(davinci)" is a nickname
            # An alias the reference knows ("MT-NLG" for "Megatron-Turing NLG") joins the
            # family the reference names; a size the name does not write is not taken from it.
            if ref_family != family and (size is None or same_size(size, ref_size)):
                family = ref_family
    return Mention(name, family, size, ref)


SEPARATOR = regex.compile(r"[ _-]")


def without_organization(name: str) -> str | None:
    """A name with the organization written before it taken off, else None.

    >>> without_organization("DeepSeek-R1"), without_organization("Meta Llama 3")
    ('R1', 'Llama 3')
    >>> without_organization("Gopher"), without_organization("Mistral 7B")
    (None, None)
    """
    known = aliases()
    for separator in list(SEPARATOR.finditer(name))[:3]:
        if name[: separator.start()].lower() in known:
            rest = name[separator.end() :]
            return rest if any(c.isalpha() for c in split_size(rest)[0]) else None  # not "7B"
    return None


def member_sizes(facts: list[dict], mentions: dict[str, Mention]) -> dict[str, list[float]]:
    """Per family, the sizes its members are stated with: the sizes names write, and the sizes a
    bare family name is given several of in one sentence ("Qwen1.5 comes in 0.5B, 1.8B, ...
    and 72B"). A bare name given two sizes in two sentences is a contradiction, not a family."""
    sizes: dict[str, list[float]] = {}
    in_sentence: dict[tuple, set[float]] = {}
    sparse: set[tuple] = set()  # sentences that give a name its total or active count
    bracketed: dict[str, list[float]] = {}  # sizes in brackets after a bare name
    for fact in facts:
        m = mentions[fact["model"]]
        if m.size is not None:
            sizes.setdefault(m.family, []).append(m.size)
        elif fact["field"] in ("parameters", "active_parameters"):
            key = (m.family, fact["document_id"], fact.get("sentence_start"), fact.get("sentence"))
            if fact.get("qualifier") in ("total", "active"):
                sparse.add(key)
            elif _names_a_member(fact):
                sizes.setdefault(m.family, []).append(fact["value"])
            elif _bracketed_size(fact):
                bracketed.setdefault(m.family, []).append(fact["value"])
            elif _lists_members(fact):
                in_sentence.setdefault(key, set()).add(fact["value"])
    for key, values in in_sentence.items():
        if len(values) > 1 and len(_clusters(values)) > 1 and key not in sparse:
            # (not "a 10B dense transformer plus ... for 480B total and 17B active": one model)
            sizes.setdefault(key[0], []).extend(values)
    for family, found in bracketed.items():
        # Sizes in brackets after a bare name are members' when they are several ("Llama 3
        # (70B)" in one table, "Llama 3 (8B)" in the next), or beside sized members; one alone
        # is the family's one model ("GPT-3 (175B), Jurassic-1 (178B), Gopher (280B)").
        if len(_clusters([*sizes.get(family, ()), *found])) > 1:
            sizes.setdefault(family, []).extend(found)
    return {family: _clusters(values) for family, values in sizes.items()}


# A member called by its size: "May 2019: a 355M-parameter version", "the 774M checkpoint".
MEMBER_BY_SIZE_AFTER = regex.compile(
    r"(?:[- ]?param(?:eter)?s?)?[ \u00a0]+(?:version|variant|checkpoint)s?\b"
)


def _names_a_member(fact: dict) -> bool:
    """Whether a bare family name's size is said of one of its members, called by that size
    ("GPT-2 ... a 355M-parameter version"): a member's size even when no other size shares its
    sentence."""
    sentence, start = fact.get("sentence"), fact.get("sentence_start")
    if not isinstance(sentence, str) or not isinstance(start, (int, float)):
        return False
    if fact.get("qualifier") in BOUNDS or fact.get("rule") == "size-in-name":
        return False
    end = int(fact["end"]) - int(start)
    return 0 < end <= len(sentence) and MEMBER_BY_SIZE_AFTER.match(sentence, end) is not None


def _bracketed_size(fact: dict) -> bool:
    """Whether a bare family name's size is in brackets just after the name, as tables head
    their columns: "| Llama 3 (70B) | Qwen 1.5 (32B) |"."""
    sentence, start = fact.get("sentence"), fact.get("sentence_start")
    if not isinstance(sentence, str) or not isinstance(start, (int, float)):
        return False
    begin, end = int(fact["start"]) - int(start), int(fact["end"]) - int(start)
    return (
        fact.get("rule") == "name-bracket"
        and 0 < begin < end <= len(sentence)
        and sentence.startswith(")", end)
        and sentence[:begin].rstrip(" \u00a0").endswith(fact["model"] + " (")
    )


def _lists_members(fact: dict) -> bool:
    """Whether a bare family name's size can be one of the members it lists: a plain size, or
    a range's end in a sentence that names the family ("Llama 2, ... ranging from 7B to 70B").
    A bound ("up to 16B") is no member, nor a range said of models the sentence does not name
    ("the team trained 400 models, from 70M to 16B", linked to the study's model)."""
    qualifier = fact.get("qualifier")
    if qualifier == "range":
        sentence = fact.get("sentence")
        return isinstance(sentence, str) and fact["model"] in sentence
    return qualifier not in BOUNDS


def _clusters(values: Iterable[float]) -> list[float]:
    """One representative (the smallest) for each run of sizes within 10% of each other."""
    clusters: list[float] = []
    for value in sorted(v for v in values if v and v > 0):
        if not clusters or value > clusters[-1] * TOLERANCE:
            clusters.append(value)
    return clusters


def _cluster_of(value: float | None, clusters: list[float]) -> float | None:
    if value is None:
        return None
    return next((c for c in clusters if c <= value <= c * TOLERANCE), None)


LAB_LINE_WORDS = ("llm", "lm")  # "DeepSeek LLM", the line of models a lab names after itself


@lru_cache(maxsize=1)
def organization_aliases_keys() -> frozenset[str]:
    """Organizations' names and aliases as family keys ("deepseek", "mistral")."""
    return frozenset(split_size(alias)[0] for alias in aliases())


def identities(facts: list[dict], find: Callable | None) -> dict[tuple, list[dict]]:
    """Facts grouped by the model row they belong to: ``(family, size)`` keys, where ``size`` is
    None for a model the texts give one size (or none) and for a family's own statements."""
    by_name: dict[str, list[dict]] = {}
    for fact in facts:
        by_name.setdefault(fact["model"], []).append(fact)
    mentions = {name: mention(name, find) for name in by_name}
    families = {m.family for m in mentions.values()}
    for name, m in mentions.items():
        # "DeepSeek-R1" beside "R1", "Meta Llama 3" beside "Llama 3": the lab's name written
        # before the model's is the same model, when the texts also name it without (a name
        # with a version: not "Cerebras-GPT" for "GPT")
        rest = without_organization(name)
        if rest is not None and any(c.isdigit() for c in rest):
            family = split_size(rest)[0]
            if family in families and family != m.family and len(family) >= 2:
                mentions[name] = Mention(name, family, m.size, m.reference)
    labs = organization_aliases_keys()
    line_sizes: dict[str, list[float]] = {}  # a lab's LLM line's sizes ("deepseekllm": [67e9])
    for m in mentions.values():
        if m.size is not None and m.family.endswith(LAB_LINE_WORDS):
            line_sizes.setdefault(m.family, []).append(m.size)
    for name, m in list(mentions.items()) if line_sizes else ():
        # "DeepSeek 67B" beside "DeepSeek LLM 67B": a lab's name and a size is the lab's LLM of
        # that size, when the texts name it so
        if m.size is not None and m.family in labs:
            for suffix in LAB_LINE_WORDS:
                fuller = m.family + suffix
                if any(same_size(size, m.size) for size in line_sizes.get(fuller, ())):
                    mentions[name] = Mention(name, fuller, m.size, m.reference)
                    break
    sizes = member_sizes(facts, mentions)
    # A family stated with sizes: a size its bare name is given that is none of them is one
    # more member ("GPT-3" at 175B beside "GPT-3 6.7B" and "GPT-3 13B"), not a family row.
    unmatched: dict[str, list[float]] = {}
    for family, named in _bare_names_of_sized_families(by_name, mentions, sizes):
        for fact in named:
            if fact["field"] == "parameters" and fact.get("qualifier") not in BOUNDS:
                if _cluster_of(fact["value"], sizes[family]) is None:
                    unmatched.setdefault(family, []).append(fact["value"])
    for family, values in unmatched.items():
        sizes[family] = _clusters([*sizes[family], *values])
    meant = _meant_sizes(by_name, mentions, sizes)
    sized_here = _sizes_by_sentence(facts, mentions, sizes)
    rows: dict[tuple, list[dict]] = {}
    for fact in facts:
        m = mentions[fact["model"]]
        clusters = sizes.get(m.family)
        if not clusters:
            key = (m.family, None)
        elif m.size is not None:
            key = (m.family, _cluster_of(m.size, clusters))
        elif fact["field"] == "parameters":
            cluster = _cluster_of(fact["value"], clusters)
            key = (m.family, cluster)
        elif len(here := sized_here.get((m.family, _sentence_key(fact)), ())) == 1:
            key = (m.family, next(iter(here)))  # the size its own row or sentence gives the
            # bare name: "| Falcon | 40B | ... | 1,000B |" is Falcon 40B's data
        elif m.family in meant:
            key = (m.family, meant[m.family])  # "Chinchilla was trained on 1.4T tokens"
        else:
            key = (m.family, None)  # what a family's members share: "Llama 2 saw 2T tokens"
        fact["_mention"] = m  # the caller's own records: no copy of 100,000 dicts
        rows.setdefault(key, []).append(fact)
    for family, size in meant.items():
        # The bare name's values that are no member's size disagree with the model it means.
        if (family, None) in rows:
            rows.setdefault((family, size), []).extend(rows.pop((family, None)))
    _join_family_rows_to_their_tier(rows)
    return rows, {(family, size) for family, size in meant.items()}


# What a name adds to its family's to say which one of it: a tier ("Jurassic-1 Jumbo",
# "BERT-Large", "Whisper large"), the pretrained model ("Grok-1 base"), the first version
# ("GPT-1", "Stable Diffusion v1"). Not a post-trained variant ("-Instruct", "-Chat"), which
# shares its base's size and is another model.
FIRST_VERSIONS = frozenset({"1", "v1", "1.0", "v1.0"})
TIER_KEYS = FIRST_VERSIONS | frozenset(
    "base small medium large xl xxl jumbo huge giant mini tiny nano".split()
)


def _join_family_rows_to_their_tier(rows: dict[tuple, list[dict]]) -> None:
    """A family's row whose one size is the size of one of its tiers is that tier's row:
    "Jurassic-1" at 178B beside "Jurassic-1 Jumbo" at 178B, "GPT" beside "GPT-1" at 117M are
    one model each, not two rows. Two tiers of that size, or a family row with several sizes,
    or makers that differ, join nothing."""
    sized: dict[str, float] = {}
    for (family, size), group in rows.items():
        if size is None:
            values = _clusters(
                f["value"]
                for f in group
                if f["field"] == "parameters" and f.get("qualifier") not in BOUNDS
            )
            if len(values) == 1:
                sized[family] = values[0]
    for family, value in sized.items():
        if (family, None) not in rows:
            continue  # (joined to its own family already)
        # A tier's family is the family's name and a tier key: looked up, not searched for
        # among every sized family (quadratic over 10,000 models).
        tiers = [
            other
            for other in (family + key for key in TIER_KEYS)
            if other in sized and same_size(value, sized[other]) and (other, None) in rows
        ]
        if (
            len(tiers) == 1
            and _makers(rows[(family, None)]) <= _makers(rows[(tiers[0], None)])
            and not (
                tiers[0][len(family) :] in FIRST_VERSIONS
                and _told_apart(rows[(family, None)], rows[(tiers[0], None)])
            )
        ):
            if tiers[0][len(family) :] == "base":  # "Grok-1 base" is Grok-1, by that name
                rows[(family, None)].extend(rows.pop((tiers[0], None)))
            else:
                rows[(tiers[0], None)].extend(rows.pop((family, None)))


def _told_apart(a: list[dict], b: list[dict]) -> bool:
    """Whether the texts give two rows different release months or token counts: "Kestrel 1
    (7B) launched in June 2023" and "Kestrel, the current release, launched in March 2025"
    are two models of one size."""
    months = [{f["value"] for f in group if f["field"] == "released"} for group in (a, b)]
    if all(months) and not months[0] & months[1]:
        return True
    tokens = [
        _clusters(f["value"] for f in group if f["field"] == "training_tokens") for group in (a, b)
    ]
    return all(tokens) and not any(same_size(x, y) for x in tokens[0] for y in tokens[1])


def _makers(group: list[dict]) -> set[str]:
    return {str(f["organization"]) for f in group if isinstance(f.get("organization"), str)}


def _bare_names_of_sized_families(by_name, mentions, sizes):
    """(family, facts) for each name that writes no size, of a family stated with sizes: most
    names are of a family with none, and their facts need no look."""
    for name, named in by_name.items():
        m = mentions[name]
        if m.size is None and sizes.get(m.family):
            yield m.family, named


def _meant_sizes(by_name, mentions, sizes) -> dict[str, float]:
    """The member a family's bare name means, where the texts say: the one size of a family
    with one size ("Chinchilla" beside "Chinchilla-70B"), or the size the bare name is given
    most often, by a clear margin ("GPT-3" is 175B, beside "GPT-3 6.7B" and "GPT-3 125M")."""
    counts: dict[str, dict[float, int]] = {}
    for family, named in _bare_names_of_sized_families(by_name, mentions, sizes):
        listing = _listing_sentences(named)
        for fact in named:
            # (a sentence that gives the bare name several sizes lists its members: "| Llama
            # 3 | 8B, 70B |" says nothing of which one "Llama 3" alone means)
            if fact["field"] == "parameters" and _sentence_key(fact) not in listing:
                cluster = _cluster_of(fact["value"], sizes[family])
                if cluster is not None and fact.get("qualifier") not in BOUNDS:
                    by_size = counts.setdefault(family, {})
                    by_size[cluster] = by_size.get(cluster, 0) + 1
    meant = {}
    for family, clusters in sizes.items():
        if len(clusters) == 1:
            meant[family] = clusters[0]
            continue
        ranked = sorted(counts.get(family, {}).items(), key=lambda item: -item[1])
        if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
            meant[family] = ranked[0][0]
    return meant


def _sizes_by_sentence(facts, mentions, sizes) -> dict[tuple, set[float]]:
    """For each family and sentence (a table's row), the member sizes its parameter facts on
    the bare name give there."""
    found: dict[tuple, set[float]] = {}
    for fact in facts:
        m = mentions[fact["model"]]
        if fact["field"] != "parameters" or m.size is not None or fact.get("qualifier") in BOUNDS:
            continue
        cluster = _cluster_of(fact["value"], sizes.get(m.family) or [])
        if cluster is not None:
            found.setdefault((m.family, _sentence_key(fact)), set()).add(cluster)
    return found


def _sentence_key(fact: dict) -> tuple:
    return (fact.get("document_id"), fact.get("sentence_start"), fact.get("sentence"))


def _listing_sentences(named: list[dict]) -> set[tuple]:
    """The sentences that give a bare name more than one size."""
    values: dict[tuple, set[float]] = {}
    for fact in named:
        if fact["field"] == "parameters":
            values.setdefault(_sentence_key(fact), set()).add(fact["value"])
    return {key for key, found in values.items() if len(_clusters(found)) > 1}


def row_name(key: tuple, facts: list[dict], bare_named: bool) -> str:
    """The name a row is shown by: the bare name for the model it means ("Chinchilla", "GPT-3"),
    else the most written sized spelling, else the family's name with its size ("Qwen1.5 72B")."""
    family, size = key
    bare, sized = [], []
    # (a tier's own names, not its family's: "Jurassic-1 Jumbo", not "Jurassic-1")
    own = [f for f in facts if f["_mention"].family == family] or facts
    for f in own:
        (bare if f["_mention"].size is None else sized).append(f["model"])
    if size is None or (bare_named and bare):
        return _most_common(bare or sized)
    if sized:
        return _most_common(sized)
    return f"{_most_common(bare)} {size_text(size)}"


def _most_common(names: list[str]) -> str:
    if len(set(names)) == 1:
        return without_build(names[0])
    # the model, not a build of it: "Tamarind-72B", not "Tamarind-72B-Int4"
    names = [n for n in names if without_build(n) == n] or [without_build(n) for n in names]
    counts: dict[str, int] = {}
    for name in names:
        counts[name] = counts.get(name, 0) + 1
    for name in list(counts):
        # The lab's name joined to the model's is its full name ("DeepSeek-R1" over "R1", as
        # a text may call it after the first time); not a lab's name before it ("Meta Llama 3")
        rest = without_organization(name)
        if rest in counts and name.endswith("-" + rest):
            counts[name] += counts.pop(rest)
    # On a tie, a spelling without a bracketed note ("Llama 3 8B", not "Llama 3 8B (2024)"),
    # then as prose writes it ("OLMo 2 7B", not "OLMo-2-1124-7B").
    return max(
        counts, key=lambda n: (counts[n], "(" not in n, plain_spelling(n) == n, -names.index(n))
    )
