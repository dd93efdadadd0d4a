"""Which model and organization a fact is about: the linking half of the extractor.

``Context`` holds what one text says around its numbers, found lazily and remembered: its
sentences, the models and organizations each sentence names, the model a paragraph is about (its
focus), what a heading or an introduction names. ``extractor`` reads a number into a fact and
asks ``Context.fact`` for the fact's model and organization.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

import regex

from insights.extract import claims
from insights.extract.dates import DAY_DATE
from insights.extract.lines import last_before
from insights.extract.lines import line_end as end_of_line
from insights.extract.lines import line_start as start_of_line
from insights.extract.markdown_tables import (
    ARCHITECTURE_HEADER,
    BASE_MODEL_HEADER,
    header_over,
    in_header_row,
    table_spans,
)
from insights.extract.names import (
    HOSTED_BEFORE_MAKER,
    MAKER_NOUNS,
    NAME_LIST_GAP,
    NAME_SIZE_REACH,
    NOT_ORGANIZATION_HEADS,
    PRODUCT_MODIFIERS,
    SIZE_TIERS,
    TIER_WORDS,
    TOOL_WORDS,
    Mention,
    family_name,
    is_plain_word,
    known_model,
    model_key,
    model_mentions,
    name_stem,
    organization_mentions,
    size_value,
    split_size,
)
from insights.extract.organizations import aliases as organization_aliases
from insights.extract.organizations import canonical_organization, parent_organization
from insights.extract.patterns import (
    ADAPTED_LANGUAGES,
    AHEAD,
    CODE_FENCE,
    DATA_SET_TARGET,
    DATASET_HEADS,
    EARLIER_WORDS,
    HEADING_WORDS,
    NOT_MODELS,
    NOT_NAME_WORDS,
    QUESTION_OPENING,
    STEP_NUMBER,
    STEP_WORD,
    S,
)
from insights.extract.quantities import (
    CHANGE_REACH,
    CHANGED_MODEL,
    NAME_ROUNDING,
    NAME_ROUNDING_SAID,
    refines,
)
from insights.extract.reference import hub_account_organization
from insights.extract.rules import SAID_OF_THE_NAME
from insights.extract.sentences import Sentences
from insights.extract.windows import Stems, Words
from insights.fact import Fact

if TYPE_CHECKING:
    from insights.extract.quantities import Member


# A Markdown link's target after a name: "[Olmo 7B](https://hf.co/allenai/OLMo-7B)".
LINK_TARGET = r"(?:\]\([^\s()]{1,400}+\))?"
# After the last of several names, the verb they share: "LLaMA-7B and LLaMA-13B were trained".
SUBJECT_VERB_AFTER = regex.compile(
    LINK_TARGET  # (past a link's target: "[Owl-3](https://...) have")
    + r"(?:%s*\([^()]{1,20}\))?"  # (a note on the last: "A (7B) and B (14B), both trained on")
    r"(?:(?:,?%s+(?:both|each|all))?%s+(?:were|are|have|had|saw|see|use|used|got|get|share|shared"
    r"|hold|held|contain|contained)\b"
    r"|,?%s+(?:both|all)%s+(?:trained|pretrained|pre-trained)\b"  # "A and B, both trained on"
    r"|,%s+(?:which|that)%s+(?:were|are|have|had)\b)"  # "A, B and C, which have been trained"
    % (S, S, S, S, S, S, S)
)
# ... or that describes them as models trained on it: "A and B, bilingual models trained on"
# (a count, not a bound: "Phi-2 and Phi-3-mini, small models trained on up to 3.3T" is the
# larger one's)
MODELS_TRAINED_AFTER = regex.compile(
    r",%s+(?:[\w-]+%s+){0,3}models%s+(?:(?:that%s+)?(?:were|are)%s+)?"
    r"(?:trained|pretrained|pre-trained)\b" % (S, S, S, S, S)
)
# ... or, named in apposition to "models", the participle after them: "its first models,
# Kite-7B and Kite-67B, trained on 2T tokens"
TRAINED_AFTER_COMMA = regex.compile(r",%s+(?:trained|pretrained|pre-trained)\b" % S)
MODELS_COMMA_BEFORE = regex.compile(r"(?r)\bmodels(?:[*_`]*)?,%s*[*_`]*\Z" % S)
# ... or a description of them all together: "StarCoder and StarCoderBase: 15.5B parameter
# models", "Kite-2 and Kite-2-Chat, two 7B-parameter models".
PLURAL_DESCRIBED_AFTER = regex.compile(
    r"(?::|,%s+(?:both|two|three|four|all))%s+(?:~|about%s+)?[\d.,]+%s*[A-Za-z]*[-%s]*"
    r"(?:parameters?|params?)?%s+(?:[\w-]+%s+)?models\b" % (S, S, S, S, S, S, S)
)


MENTION_JOINER = regex.compile(
    r"[*_`]*%s(?:%s*\([^()]{1,20}\))?%s*(?:,%s*(?:and%s+)?|and%s+|&%s*)[*_`\[]*\Z"
    % (LINK_TARGET, S, S, S, S, S, S)
)  # (a note on the first: "Kestrel-9B (base) and Kestrel-9B-Instruct each hold 9.31B"; bold
# names: "**Falcon-40B** and **Falcon-7B**")


NAME_OPEN_BRACKET = regex.compile(
    r"(?r)([\w.+-]+)\**%s?\(%s?(?:[A-Z][\w.&'-]*(?:%s[A-Z][\w.&'-]*){0,2},%s+)?"
    r"(?:(?i:up to|about|around|over|also|~|≈)%s?)?(?i:dense-|moe-)?\Z" % (S, S, S, S, S)
)  # "Gopher (280B)", "Hunyuan-Large (Tencent, 389B/52B)": a maker may come first; and its
# kind: "DeepSeek-V2 (MoE-236B)"


# A name, then a dash that opens an aside holding the size: "Gopher — 280B parameters but only
# " (an earlier count of the aside may stand between).
NAME_OPEN_DASH = regex.compile(
    r"(?r)([\w.+]+(?:-[\w.+]+)*)\**(?:%s?[\u2014\u2013]%s?|%s--%s)"
    r"(?:[^\u2014\u2013()\n.;:!?]{0,40}?(?:,|%sand|%sbut)%s(?:(?:trained|pre-?trained)%son%s)?)?"
    r"(?:(?i:about|around|roughly|over|only|just|~)%s?)?\Z" % (S, S, S, S, S, S, S, S, S, S)
)
# An aside that closes with a second dash in its sentence, and one that opens with "just".
ASIDE_CLOSES = regex.compile(r"[^\u2014\u2013\n.;!?]*(?:[\u2014\u2013]|%s--)" % S)
JUST_AFTER_DASH = regex.compile(r"(?i)[\s\u2014\u2013-]*(?:just|only|a\s+mere)\b")
# A verb whose object the name is: "rivals GPT-3.5 —", "beats Mixtral 8x7B –", "continue
# pretraining Llama 2 —" (the subject's aside, or no one's).
OBJECT_VERB_BEFORE = regex.compile(
    r"(?i)\b(?:rivals?|beats?|outperforms?|matches|trails?|surpass(?:es)?|continue[sd]?"
    r"|pretraining|pre-training|training|tuning|with|than|against|over|vs\.?)[ \t]+(?:the[ \t]+)?\Z"
)


# A part of a model, named with it: "a frozen T5-XXL text encoder (4.6B parameters)", "whose
# encoder alone has 4.6B".
MODALITY = r"(?:vision|image|text|audio|speech|visual|language)"
PART = r"(?:%s%s+)?(?:encoder|decoder|backbone|tower)" % (MODALITY, S)
# ... and the small parts bolted on: "a 300M projector", "its speech LoRA".
SMALL_PART = r"(?:%s|projector|adapter|LoRA|(?:vision|image|visual)%s+transformer)s?" % (PART, S)
PART_BEFORE = regex.compile(
    r"(?r)(?:\b%s%s?\(%s?(?:(?i:up to|about|around|over|~|≈)%s?)?|\bwhose%s+%s(?:%s+[\w-]+)?%s+"
    r"(?:has|had|is|was|holds|contains)\b[^,;.()]{0,40}"
    # "the text tower alone has about 354M parameters"
    r"|\b(?:the|its|their)%s+%s(?:%s+alone)?%s+(?:has|had|holds|contains)%s+"
    r"(?:(?i:about|around|roughly|over|~)%s*)?"
    # "a frozen SigLIP vision encoder of roughly 400M", "its speech/audio LoRA has only 460M"
    r"|\b(?i:the|its|their|our|a|an)%s+(?:[\w/-]+%s+){0,2}?%s%s+(?:of|(?:has|had|adds|holds)"
    r"(?:%s+(?i:only|just))?)%s+(?:(?i:about|around|roughly|over|~)%s*)?)\Z"
    % (PART, S, S, S, S, PART, S, S, S, PART, S, S, S, S, S, S, SMALL_PART, S, S, S, S)
)

# A part of a model named after its count, when the model owns it: "Qwen2-VL-7B's 675M ViT";
# its language model only when the owner is multimodal: "Kite-VL's 7.6B language model" (not
# "Kite-2's 7B language model", nor "Kite-2's 7B decoder-only transformer").
OWNED_PART_AFTER = regex.compile(
    r"(?i)(?:[ \t-]*param(?:eter)?s?)?(?:[ \t-]+(?-i:[A-Z][\w.+-]*))?"  # (a named part: "CLIP encoder")
    r"[ \t-]+(?:(?:vision|image|visual|audio|speech|text)[ \t-]+)?"
    r"(?:encoder|decoder|tower|projector|adapter|backbone|ViT|vision[ \t-]+transformer|stack"
    r"|U-?Net)s?(?![\w-])"
)
LANGUAGE_PART_AFTER = regex.compile(
    r"(?i)(?:[ \t-]*param(?:eter)?s?)?[ \t-]+(?:LLM(?:-\w+)?|language[ \t-]+model)s?(?![\w-])"
)
# A multimodal model, by its name or by what its sentence says of it.
MULTIMODAL = regex.compile(
    r"(?i)\bVL\b|-VL|VL-|VLM|vision|visual|image|video|audio|speech|omni|llava|multimodal|encoder"
)


def _in_aside_after(text: str, org: Mention, m: Mention) -> bool:
    """Whether ``m`` stands in a bracketed aside right after the organization ``org``."""
    return 0 <= m.start - org.end <= 40 and ASIDE_OPEN.fullmatch(text, org.end, m.start) is not None


ASIDE_OPEN = regex.compile(
    r"(?:,?[ \t]+(?:Inc|Ltd|LLC|GmbH|Corp|Co|S\.A|AG)\.?)?[ \t]*\([^()\n]*"
)  # (after a company's suffix too: "Ardent Systems, Inc. (Austin, TX)")


def named_after_possessed(text: str, possessor: Mention, named: Mention | None) -> bool:
    """Whether ``named``, right after a possessed size, is the model the size is of."""
    return (
        named is not None
        and named.strong
        and named.name != possessor.name
        and named.name not in ARCHITECTURE_WORDS  # (a part: "Qwen2-VL-7B's 675M ViT")
        and not any(c.isdigit() for c in possessor.name)
        and not OWNED_PART_AFTER.match(text, named.end, named.end + 40)  # (nor a named part:
        # "Kite-VL's 300M CLIP encoder")
    )


def owned_part(text: str, end: int, owner: str, s_start: int, s_end: int) -> bool:
    """Whether the count ending at ``end``, after ``owner``'s possessive, is a part's: a named
    part, or a language model of a model that is multimodal by its name or its sentence."""
    return bool(
        OWNED_PART_AFTER.match(text, end, end + 40)
        or LANGUAGE_PART_AFTER.match(text, end, end + 40)
        and (MULTIMODAL.search(owner) or MULTIMODAL.search(text, s_start, s_end))
    )


# A size said of a part of a system, not of the system: "Vireo-VLA pairs a 400M-parameter
# vision encoder with a 7.1B language backbone", "Arctic's 17B active includes a 10B dense trunk".
PART_AFTER = regex.compile(
    r"%s+(?i:%s%s+(?:encoder|decoder|backbone|tower|projector)|backbone|projector|tower"
    r"|(?:dense%s+)?trunk|(?:projection|classification|output|prediction|regression|pooling)%s+head"
    r"|adapter|(?:vision|image|visual)%s+transformer)s?\b"
    % (S, MODALITY, S, S, S, S)
)  # (a title's "with a 6B Vision Encoder" too, and "a 1M-parameter projection head"; not a
# diffusion model's U-Net, its main count)

# Two sized parts a sentence joins into one system: "pairs a 30B video model with a 13B audio
# model", "combines a 400M vision encoder and a 7B language model" (not a model called by its
# size: "we combined the 8B model with a 70B verifier model").
_PART_SIZE = (
    r"%s+(?:[\w-]+%s+){0,2}?[0-9][0-9.,]*%s?(?:[KMBT]\b|(?:million|billion)\b)"
    r"(?:-parameters?|%s+parameters?)?" % (S, S, S, S)
)
_SIZED_PART = (
    r"(?:(?:a|an)%s(?:%s+[\w-]+){0,2}?%s+"
    r"(?:model|encoder|decoder|backbone|tower|transformer|network|LLM|LM|U-?Net)s?\b"
    # (after "the", a part by its noun, not a model called by its size: "the 400M SigLIP encoder
    # with the 7B language model", not "the 8B model with ...")
    r"|(?:the|its|our|their)%s(?:(?:%s+[\w-]+){1,2}?%s+(?:model|transformer|network)s?"
    r"|(?:%s+[\w-]+){0,2}?%s+(?:encoder|decoder|backbone|tower|LLM|LM)s?)\b)"
    % (_PART_SIZE, S, S, _PART_SIZE, S, S, S, S)
)
# ... or a part with no size of its own: "pairs an 865M-parameter U-Net with the text encoder of
# OpenCLIP ViT-H/14".
_PART_OF = r"(?:the|a|an)%s+(?:[\w-]+%s+){0,2}?(?:encoder|decoder|backbone|tower)\b" % (S, S)
PAIRED_PARTS = regex.compile(
    r"\b(?:pairs|paired|pairing|combines|combined|combining|couples|coupled|coupling|connects|"
    r"connected|connecting|marries|married|joins|joined)%s+%s"
    r"(?:%s+(?:from|of|in)%s+(?:the%s+)?[\w-]+)?"  # "a 600M-parameter encoder from the sweep with"
    r"%s+(?:with|and|to)%s+(?:%s|%s)"
    % (S, _SIZED_PART, S, S, S, S, S, _SIZED_PART, _PART_OF)
)

# A clause about the part a pairing named last, up to a count of its tokens.
PART_CLAUSE = regex.compile(r"%s*,?%s+(?:that|which)%s+[^,;.()]{0,60}" % (S, S, S))
# ... and the dense part of a hybrid mixture of experts: "a 10B dense transformer plus 128
# experts of 3.66B each" (even after "is a").
DENSE_PART_AFTER = regex.compile(
    r"(?:-parameter)?%s+dense%s+(?:[\w-]+%s+)?(?:transformer|model|trunk|backbone|component)s?"
    r"%s+(?:plus|with|combined%s+with|beside|alongside|next%s+to)%s+(?:[\w-]+(?:\.[\w-]+)*%s+){0,4}?"
    r"(?:experts?|MoE)\b" % (S, S, S, S, S, S, S, S)
)  # (and "with a residual 128x3.66B MoE": an expert count with its size)
# ... or a dense part the experts are bolted onto: "bolts a 128-expert residual MoE onto a 10B
# dense trunk", "putting a dense 10B Transformer beside a residual MoE".
DENSE_PART_NOUN_AFTER = regex.compile(
    r"(?i)(?:-parameter)?%s+(?:dense%s+)?(?:transformer|trunk|backbone|component)s?\b" % (S, S)
)
EXPERTS_ONTO_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:experts?|MoE)%s+(?:onto|on%s+top%s+of|to)%s+(?:a|an)%s+(?:dense%s+)?\Z"
    r"|\bputting%s+(?:a|an)%s+dense%s+\Z)" % (S, S, S, S, S, S, S, S, S)
)
# ... unless the sentence says the system is one: "BLOOM is a 176B decoder", "X, a 4B encoder".
IS_A_BEFORE = regex.compile(r"(?:,|\bis|\bwas|\bas|:)%s+(?:a|an|the)%s+(?:[\w-]+%s+)?\Z" % (S, S, S))

APPOSITION_BEFORE = regex.compile(r"(?r)([\w.+-]+)[*_`]{0,3},%s+(?:a|an)%s+\Z" % (S, S))  # ("**X**, a")


SIZE_IN_NAME = regex.compile(r"(?<![\w.])([0-9]+(?:\.[0-9]+)?)([BMTbmt])(?=(?:v[0-9]+)?(?![\w]))")

# A score after a size in brackets, the size saying which model scored: "(27B: 54.4)".
SCORE_LABEL_AFTER = regex.compile(r"[ \t]*[:=][ \t]*[0-9]+(?:\.[0-9]+)?%?[ \t]*[),;]")
# The size of each expert: "a residual MoE MLP of 128 experts, each 3.66B parameters".
EXPERT_EACH_BEFORE = regex.compile(
    r"(?r)(?i:\bexperts?\b[^.;:()]{0,12}?,?%s+each(?:%s+(?:with|of|holding|having))?%s+"
    r"(?:about%s+|around%s+|roughly%s+|~)?\Z)" % (S, S, S, S, S, S)
)

# ... and of each of several models or experts, said after it: "8 models with 7B parameters each".
MANY_WITH_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:[0-9]{1,4}|two|three|four|five|six|seven|eight|nine|ten|twelve|sixteen|several"
    r"|many|multiple)%s+(?:[\w-]+%s+)?(?:models|experts|networks|copies|LLMs)%s+(?:with|of|at)%s+"
    r"(?:about%s+|around%s+|roughly%s+|~)?\Z)" % (S, S, S, S, S, S, S)
)
EACH_AFTER = regex.compile(r"(?i)(?:-?param(?:eter)?s?)?%s+each\b" % S)

# Names whose sizes are experts: "Mixtral 8x7B" states no total.
EXPERTS_NAME = regex.compile(r"[0-9]x[0-9]")

# An active size written into a name: the "A22B" of "Qwen3-235B-A22B", the "A800M" of
# "Granite 3.0 3B-A800M" (see _active_sizes).
ACTIVE_IN_NAME = regex.compile(r"(?<=[-\s])[Aa]([0-9]+(?:\.[0-9]+)?)([BbMm])(?![\w])")
ACTIVE_NAME_REACH = 2.0  # how far an active count may be from the active size a name rounds

SCALES = {"b": 1e9, "m": 1e6, "t": 1e12}


def _rounds_to(value: float, number: str, scale: str) -> bool:
    """Whether ``value`` written to the places of ``number`` (in ``scale``) is ``number``:
    8.4e9 is not "9" B, 9.24e9 is."""
    places = len(number.partition(".")[2])
    return round(value / SCALES[scale.lower()], places) == float(number)


def _same_family(member: str, family: str) -> bool:
    """Whether ``member`` is a sized model of ``family``: "gemma-2-27b" of "Gemma 2"."""
    return model_key(family_name(member)) == model_key(family)


def _names_size(name: str, size: str) -> bool:
    """Whether ``name`` states the size written ``size`` ("13B"): "OpenLLaMA 13B", not
    "OpenLLaMA 3B" nor "OpenLLaMA"."""
    value = float(size[:-1]) * SCALES[size[-1].lower()]
    return any(
        float(number) * SCALES[scale.lower()] == value
        for number, scale in SIZE_IN_NAME.findall(name.replace("-", " "))
    )


def _other_size(name: str, value: float, reach: float = NAME_ROUNDING) -> bool:
    """The name states its sizes, and ``value`` is none of them: "Orca-17B" for a 7B parameter
    count, "qwen3-235b-a22b" for a 32B; but "Sprig-1B" for 1.24B (a precise count of the size
    the name rounds), and "Qwen3-235B-A22B" for its active 22B. Names with experts ("Mixtral
    8x7B") or an active size alone ("Qwen1.5-MoE-A2.7B") state no total; a lower-case "b" is a
    size in a name written all in lower case, or after a decimal or two digits ("ESM-1b" is a
    version)."""
    if EXPERTS_NAME.search(name):
        return False
    spaced = name.replace("-", " ")
    totals = [
        float(number) * SCALES[scale.lower()]
        for number, scale in SIZE_IN_NAME.findall(spaced)
        if scale.isupper() or name.islower() or "." in number or len(number) > 1
    ]  # ("qwen2.5-32b", "Ptarmigan-1-6.7b", "Llama-2-13b"; but "ESM-1b" is a version)
    if not totals:
        return False  # "Qwen1.5-MoE-A2.7B": an active size alone says nothing of the total
    sizes = totals + _active_sizes(name, "b")
    return all(
        abs(stated - value) > 0.1 * stated and not refines(value, stated, reach)
        for stated in sizes
    )


def _active_sizes(name: str, scales: str = "bm") -> list[float]:
    """The active sizes a name writes, in ``scales``: [22e9] for "Qwen3-235B-A22B"."""
    return [
        float(n) * SCALES[s.lower()]
        for n, s in ACTIVE_IN_NAME.findall(name.replace("-", " "))
        if s.lower() in scales
    ]


def _other_active_size(name: str, value: float) -> bool:
    """The name states its active size ("Qwen3-30B-A3B", "Granite 3.0 3B-A800M"), and an active
    count ``value`` is not it."""
    actives = _active_sizes(name)
    return bool(actives) and all(
        max(stated, value) >= ACTIVE_NAME_REACH * min(stated, value) for stated in actives
    )  # (names round their active size loosely: "LFM2-8B-A1B" activates 1.5B)


def _heading_level(text: str, line: int) -> int:
    """How many "#" open the line at ``line`` (at most six)."""
    marks = text[line : line + 6]
    return len(marks) - len(marks.lstrip("#"))


def _defined_in_brackets(text: str, start: int, end: int, floor: int) -> bool:
    """The name at [start, end) is defined in a closing bracket (looking back no further than
    ``floor``): "(... Mixture-of-Experts or ST-MoE-32B)" names a sparse model after its dense
    equivalent."""
    return (
        text[end : end + 1] == ")"
        and bool(DEFINED_IN_BRACKETS.search(text, max(floor, start - 80), start))
        and not DATA_WORD_BRACKET_BEFORE.search(text, max(floor, start - 30), start)
    )  # (not "53.2k hours of unlabelled LibriVox audio (LV-60k)": a data set's name)


def _between(mentions: list[Mention], starts: list[int], start: int, end: int) -> list[Mention]:
    """The mentions (in order, with their ``starts``) that lie within [start, end)."""
    i = bisect_right(starts, start - 1)
    found = []
    while i < len(mentions) and mentions[i].start < end:
        if mentions[i].end <= end:
            found.append(mentions[i])
        i += 1
    return found


class Context:
    """Sentences, model and organization mentions of one text, computed when first needed."""

    def __init__(self, text: str, timeout: float, title: str | None = None):
        self.text = text
        self.timeout = timeout
        self.given_title = title
        self._sentences: Sentences | None = None
        self.words = Words(text)  # quick noes for the patterns read around each number
        self._models: dict[int, list[Mention]] = {}
        self._read_to = 0  # sentence_models has read every sentence before this offset
        # those names, before they are asked for, and how many plain words were names then
        self._names_read: dict[int, tuple[list[Mention], int]] = {}
        self._model_bounds: dict[int, tuple[list[Mention], list[int], list[int]]] = {}
        self._lead: int | None = None  # where the page's lead starts (see _lead_start)
        self._title_family_found: str | None = None  # ("" for none; see _title_family)
        self._title_begin: int | None = None  # (see title_begin)
        self._size_words: dict[int, tuple[list[regex.Match], list[int]]] = {}  # and their ends
        self._family_sizes: dict[str, tuple[int, str]] = {}  # "8b": (where, "Llama 3")
        # each model's parameter counts read so far by rules that name it, by model_key
        self._stated_sizes: dict[str, set[float]] = {}
        self._sized_names: dict[str, tuple[list[int], list[str]]] = {}  # "405b": names so, ends
        self._fine_tunes: dict[str, bool] = {}  # names the text calls someone's fine-tune
        self._plain_models: set[str] = set()
        self._table_names: set[str] = set()  # names a table lists as models ("tinyvoice-xs")
        self._family_makers: dict[str, str | None] = {}
        self._members: dict[str, bool] = {}
        self.tables: list | None = None  # the tables' rows, once read (markdown_tables.Row)
        self.doubted_lists: dict[int, bool] = {}  # a list's first number -> hearsay before it
        self._organizations: list[Mention] | None = None
        self._attributions: dict[str, str] = {}
        self._stem_attributions: dict[str, str | None] | None = None
        self._line_attributions: dict[str, str | None] = {}
        self._attributed_names: dict[str, str] = {}  # model key -> the name as written
        self._attributed_mentions: list[Mention] = []
        self._sentence_organizations: dict[int, list[Mention]] = {}
        self._introductions: list[Mention] | None = None
        self._introduction_starts: list[int] = []  # ... their starts and ends, in order
        self._introduction_ends: list[int] = []
        self._introduced_topics = 0  # ... how many models they are
        self._name_counts: Counter[str] | None = None  # model key -> how often named (strongly)
        self._header: tuple[str | None, frozenset[str], frozenset[str]] | None = None
        self._namespaces: dict[str, str | None] = {}  # model -> its repository's organization
        self._folded: str | None = None  # the text in lower case, for hub ids
        self._namesakes: dict[int, dict[str, set[str]]] = {}  # paragraph -> first word -> orgs
        self._text_namesakes: dict[str, set[str]] | None = None  # the same, for the whole text
        self._products: dict[str, tuple[list[int], list[str]]] = {}  # "Scout" -> whole names
        self._made_names: dict[str, tuple[list[int], list[str]]] = {}  # "Arctic" -> with maker
        self._word_pairs: dict[str, list[tuple[int, int, str]]] | None = None  # ... its places
        self._paragraph_breaks: list[int] | None = None
        self._focus: dict[int, tuple[str | None, str | None]] = {}
        self._new_one: dict[int, int] = {}  # sentence start -> a size brought in with "a"
        self._fences: list[int] | None = None  # where code fences open and close, in turn
        self._tables: list[tuple[int, int, int]] | None = None  # tables: header, rows, end
        self._counted: dict[int, int | None] = {}  # sentence start -> where its count ends
        self._quiet: dict[int, bool] = {}  # sentence start -> whether it can name no model
        self._says: dict[tuple[int, str], bool] = {}  # (sentence start, word) -> whether said
        self._title: str | None = None
        self._bold_leads: dict[int, str | None] = {}  # a bold lead line's start -> its model
        self._parent_headings: dict[int, str | None] = {}  # a heading's start -> its parents' model
        self._section_makers: dict[int, str | None] = {}  # a heading's start -> the maker it names
        self._organization: dict[tuple, str | None] = {}
        self._model_organizations: dict[str, str | None] = {}  # see _model_organization
        self._series_organizations: dict[str, str | None] = {}  # see _series_organization
        self._paragraph_organizations: dict[tuple[int, int], list[Mention]] = {}
        self._organization_starts: list[int] | None = None
        self._compared: dict[int, bool] = {}
        self._subject_mentions: dict[int, bool] = {}  # mention start -> see _talked_about
        self._quoting: dict[tuple[int, int], bool] = {}  # sentence -> whether it has a quote
        self._not_models: frozenset[str] | None = None
        self.last_tokens: int | None = None  # end of the last token count read
        self.last_size: tuple[str, str, int] | None = None  # kind, unit, end of the last size read

    @property
    def sentences(self) -> Sentences:
        if self._sentences is None:
            self._sentences = Sentences(self.text, self.timeout)
        return self._sentences

    def sentence_models(self, offset: int) -> list[Mention]:
        """Models named in the sentence holding ``offset``, found the first time asked for,
        after every sentence before it: a word the text has made a name ("Arctic", once it
        named "Snowflake Arctic") is a name from there on, whichever sentence is asked first."""
        start, end = self.sentences.span(offset)
        found = self._models.get(start)
        if found is None:
            # (a heading names what the section under it introduces: "### Genie (Google
            # DeepMind, February 2024)" over "Genie is a world model ...": read on into it)
            heading = self.text.startswith("#", start) or self.text.startswith("#", start + 1)
            stop = min(len(self.text), end + HEADING_BODY_REACH) if heading else start
            known = len(self._plain_models)
            position = self._read_to
            while position < stop:  # (each sentence read once, in the text's order)
                before, after = self.sentences.span(position)
                if before != start and before not in self._models and before not in self._names_read:
                    self._names_read[before] = (
                        model_mentions(
                            self.text, self.timeout, before, after, self._plain_models,
                            self._table_names,
                        ),
                        len(self._plain_models),
                    )
                position = max(after, position + 1)
            self._read_to = max(self._read_to, end, stop)
            read = self._names_read.pop(start, None)
            if read is None or heading and len(self._plain_models) > min(known, read[1]):
                found = model_mentions(
                    self.text, self.timeout, start, end, self._plain_models, self._table_names
                )
            else:
                found = read[0]
            not_models = self.not_models() if found else frozenset()
            if not_models:
                found = [m for m in found if model_key(m.name) not in not_models]
            labs = self._organizations_between(start, end) if found else []
            if labs:  # a word of a lab's longer name: "the Kaveri NLP Collective", "Mistral AI"
                found = [
                    m for m in found
                    if not any(o.start <= m.start and m.end <= o.end and o.end - o.start
                               > m.end - m.start for o in labs)
                ]  # fmt: skip
            self._models[start] = found
        return found

    def not_models(self) -> frozenset[str]:
        """Names the text defines as something other than a model, found once: "Mixture-of-
        Denoisers (MoD), a pre-training objective", "a normalization function (DeepNorm)"."""
        if self._not_models is None:
            self._not_models = frozenset(_defined_as_not_models(self.text))
        return self._not_models

    def tokens_before(self, offset: int) -> bool:
        """A token count was read earlier in the sentence holding ``offset``."""
        if self.last_tokens is None or self.last_tokens >= offset:
            return False  # (none read yet: no need to find the sentence)
        return self.sentences.span(offset)[0] <= self.last_tokens

    def recent_kind(self, offset: int) -> tuple[str, str]:
        """The kind and unit of the last size read in the sentence before ``offset`` (a bare
        size compared with it shares them), else parameters."""
        s_start, _ = self.sentences.span(offset)
        if self.last_size is not None and s_start <= self.last_size[2] < offset:
            return self.last_size[0], self.last_size[1]
        return "parameters", "parameters"

    def _defined_in_sentence(self, name: str, s_start: int, s_end: int) -> bool:
        """The sentence names ``name`` in a closing bracket that defines it."""
        return any(
            m.name == name and _defined_in_brackets(self.text, m.start, m.end, s_start)
            for m in self.models_between(s_start, s_end)
        )

    def _another_makers(self, model: str, s_start: int, s_end: int, start: int) -> bool:
        """Whether the number at ``start`` is of a model an organization owns just before it
        ("Meta's new 8B model") that is not ``model``'s maker."""
        owner = MAKER_POSSESSIVE_BEFORE.search(self.text, max(s_start, start - 40), start)
        if owner is not None:
            maker = next(
                (o for o in self.sentence_organizations(s_start) if o.end == owner.start()), None
            )
        else:  # ... or the maker that speaks of it: "Meta says a version with over 400B ..."
            maker = next(
                (
                    o for o in self.sentence_organizations(s_start)
                    if o.end < start and MAKER_SAYS_AFTER.match(self.text, o.end, start)
                ),
                None,
            )
        if maker is None:
            return False
        if owner is None:  # (the model's maker as the text or the reference gives it, not this
            # sentence's speaker; an unknown maker may be that speaker)
            theirs = self._model_organization(model)
            return theirs is not None and _organization_key(theirs) != _organization_key(maker.name)
        theirs = canonical_organization(self.organization_for(model, s_start, s_end))
        return theirs != canonical_organization(maker.name)

    def _has_members(self, family: str) -> bool:
        """Whether the text names members of ``family`` by a size or tier after its name
        ("Whisper large", "Llama 2 7B"); found once per family."""
        if family not in self._members:
            pattern = regex.compile(regex.escape(family) + MEMBER_AFTER_FAMILY, regex.IGNORECASE)
            tiers = {
                self.text[r.model.start : r.model.end].strip("*_` ").lower()
                for r in self.tables or ()
                if r.model is not None
            } & set(SIZE_TIERS)  # a table of the family's sizes by tier: "| tiny | 39M |"
            self._members[family] = (
                len(tiers) > 1 or pattern.search(self.text, timeout=self.timeout) is not None
            )
        return self._members[family]

    def is_base(self, mention: Mention, s_start: int) -> bool:
        """Whether the sentence from ``s_start`` names ``mention`` as the model another is
        built on ("as a LoRA fine-tune of Qwen2.5-14B-Instruct")."""
        return _base_model(self.text, mention, s_start)

    def _story_model(self, s_start: int) -> tuple[str | None, str | None]:
        """For "our model" inside a quotation: the model its own paragraph (the story the quote
        is in) introduced or is about, named in that paragraph before the quote; else nobody
        ("Parallax Bio ... released ProtoFold-LM ... 'Our model has 3 billion parameters'")."""
        name, rule = self.focus_rule(s_start, "our-")
        if name is None or rule not in ("our-focus-introduced", "our-focus-recent-subject"):
            return None, None
        at = self.text.find(name, self.paragraph_start(s_start), s_start)
        if at == -1 or not (
            rule == "our-focus-introduced"
            or A_MODEL_APPOSITIVE.match(self.text, at + len(name), at + len(name) + 80)
        ):
            return None, None  # (not "a startup in Toronto's MaRS district")
        return name, rule

    def name_from_tables(self, cells: Iterable[str]) -> None:
        """Take the names a table's model column gives as the document's names, read as models
        wherever the prose writes them: "`tinyvoice-xs` (18.6M params)" under a model zoo that
        lists tinyvoice-xs. Words a column may hold besides names ("Total", "Average") are not."""
        seen: set[str] = set()  # (each name asked once: a long table repeats them)
        for cell in cells:
            name = TABLE_NAME_MARKUP.sub("", cell)
            if name in seen:
                continue
            seen.add(name)
            if (
                TABLE_NAME.fullmatch(name)
                and name.lower() not in NOT_TABLE_NAMES
                and name.lower() not in NOT_MODELS  # (a benchmark's row: "| MATH | 48.0 |")
                and [m.name for m in model_mentions(name, self.timeout)] != [name]
            ):  # (only those the prose would not read as names anyway)
                self._table_names.add(name)

    def compared(self, mention: Mention) -> bool:
        """``claims.compared``, remembered per mention: several rules ask about the same one."""
        found = self._compared.get(mention.start)
        if found is None:
            found = claims.compared(self.text, mention)
            if not found:
                # one listed after a compared one: "rivals Mixtral 8x7B and GPT-3.5"
                models, starts, _ = self._bounds(mention.start)
                i = bisect_left(starts, mention.start)
                gap = self.text[models[i - 1].end : mention.start] if i > 0 else ""
                s_start = self.sentences.span(mention.start)[0]
                found = (
                    i > 0
                    and (NAME_LIST_GAP.fullmatch(gap) is not None or gap.strip() == "(")
                    # (not the subject after a fronted "Compared with Llama 2, Kite-2 and ...")
                    and not ("," in gap and FRONTED_COMPARISON.fullmatch(
                        self.text, s_start, models[i - 1].start
                    ))
                    # (a list, not the next clause's subject: "Compared with DeepSeek 67B,
                    # DeepSeek-V2 saves ...")
                    and (
                        LIST_WORD.search(gap) is not None
                        or LIST_GOES_ON.match(self.text, mention.end, mention.end + 8) is not None
                        or gap.strip() == "("  # (its other name: "ChatGPT (gpt-3.5-turbo)")
                    )
                    and self.compared(models[i - 1])
                )
            self._compared[mention.start] = found
        return found

    def models_between(self, start: int, end: int) -> list[Mention]:
        """Models named within [start, end), which lies inside one sentence."""
        models, starts, ends = self._bounds(start)
        return models[bisect_left(starts, start) : bisect_right(ends, end)]

    def _bounds(self, offset: int) -> tuple[list[Mention], list[int], list[int]]:
        """The models of the sentence holding ``offset``, with their starts and their ends, to
        look one up by bisection (they are in order and never overlap): a sentence of a long
        list or table names hundreds, and a scan per number made it quadratic."""
        key = self.sentences.span(offset)[0]
        found = self._model_bounds.get(key)
        if found is None:
            models = self.sentence_models(offset)
            starts, ends = [m.start for m in models], [m.end for m in models]
            found = self._model_bounds[key] = (models, starts, ends)
        return found

    def mention_covering(self, offset: int) -> Mention | None:
        models, starts, _ = self._bounds(offset)
        i = bisect_right(starts, offset) - 1
        return models[i] if i >= 0 and offset < models[i].end else None

    def _names_in_bracket_after(self, end: int, s_end: int) -> bool:
        """Whether a bracket just after a count lists several models, whose count it is:
        "7B and 14B models trained on 4.8T tokens (phi-3-small and phi-3-medium)"."""
        bracket = BRACKET_AFTER_COUNT.match(self.text, end, min(s_end, end + 8))
        if bracket is None:
            return False
        first = self.mention_starting(bracket.end())
        return (
            first is not None
            and first.strong
            and NEXT_NAME_JOIN.match(self.text, first.end, first.end + 8) is not None
        )

    def mention_starting(self, start: int) -> Mention | None:
        """The model whose name starts at ``start``."""
        if not self.text[start : start + 1].isalpha():
            return None  # every name starts with a letter: no need to find the sentence's names
        m = self.mention_covering(start)
        return m if m is not None and m.start == start else None

    def mention_ending(self, offset: int, end: int) -> Mention | None:
        """The model named in the sentence holding ``offset`` whose name ends at ``end``."""
        models, _, ends = self._bounds(offset)
        i = bisect_left(ends, end)
        return models[i] if i < len(ends) and ends[i] == end else None

    def recent_subjects(
        self, offset: int, paragraph: int = 0, by_heading: bool = False
    ) -> list[str]:
        """The model the sentences just before ``offset`` talk about most (on a tie across
        sentences, with ``by_heading``, the Markdown heading's model, else the latest); all of
        them when the latest of those sentences names several as often ("Heron released
        Kite3-235B and Kite3-30B. Pre-training used 36T tokens": of both, or of their line, not
        of the one named last).

        Looks back at most SUBJECT_WINDOW sentences, so each fact costs a bounded amount however
        long the text; models named only as the other side of a comparison do not count.
        """
        counts: dict[str, int] = {}
        latest: dict[str, int] = {}
        names: dict[str, str] = {}
        sentence: dict[str, int] = {}
        spot: dict[str, tuple[int, int]] = {}
        for position in self._sentences_before(offset, paragraph):
            for m in self.sentence_models(position):
                if self._talked_about(m):
                    key = model_key(m.name)
                    counts[key] = counts.get(key, 0) + 1
                    latest.setdefault(key, m.start)
                    names.setdefault(key, m.name)
                    sentence.setdefault(key, position)
                    spot.setdefault(key, (m.start, m.end))
        if not counts:
            return []
        best = max(counts, key=lambda k: (counts[k], latest[k]))
        heading = (
            self._markdown_heading_model(offset)
            if by_heading and sum(n == counts[best] for n in counts.values()) > 1
            else None
        )  # (asked only on a tie: most sentences have one subject)
        if (
            heading is not None
            and counts.get(own := model_key(heading)) == counts[best]
            and not self.text.startswith("#", last_before(self.text, "\n", spot[own][0]) + 1)
            and (  # (and the latest named in a sentence that still talks of the first: "It
                # keeps the designs that DeepSeek-V2 validated"; not "Owl Labs, meanwhile,
                # released Heron-2. It was trained on 5T tokens": that one's)
                not INTRODUCED_BEFORE_NAME.search(
                    self.text, max(0, spot[best][0] - 60), spot[best][0]
                )
                and not (
                    SENTENCE_SUBJECT_BEFORE.fullmatch(
                        self.text, self.sentences.span(spot[best][0])[0], spot[best][0]
                    )
                    and not FIRST_PERSON_OPENING.match(self.text, (here := self.sentences.span(offset)[0]), here + 8)
                )  # (but the page's authors' "We pretrained it" is of the page's model)
            )
        ):  # "# DeepSeek-V3" over "DeepSeek-V3 is ... designs that DeepSeek-V2 validated. We
            # pre-trained it on 14.8T tokens": the page's, not the latest (when its text, not
            # the heading alone, names it: not "# Kite-2-it\n\n- Base: Kite 2\n- Tokens: 2T")
            best = own
        tied = [
            k for k in counts
            if counts[k] == counts[best] and sentence[k] == sentence[best]
        ]  # fmt: skip
        if len(tied) > 1:
            # (several only when the sentence lists them: "released A and B", "two models, A
            # (...) and B"; not "Tue 14:21 / heads up, pelican-v3 is up")
            spots = sorted(spot[k] for k in tied)
            listed = all(
                COORDINATED_NAMES.fullmatch(self.text, a[1], b[0])
                for a, b in zip(spots, spots[1:], strict=False)
            )
            if listed:
                return [names[best], *(names[k] for k in tied if k != best)]
        return [names[best]]

    def _talked_about(self, m: Mention) -> bool:
        """Whether a mention counts for ``recent_subjects``, decided once per mention: each
        sentence's focus looks back at SUBJECT_WINDOW sentences, so a mention is asked about
        by each of the sentences after it."""
        found = self._subject_mentions.get(m.start)
        if found is None:
            found = self._subject_mentions[m.start] = (
                m.strong
                and not self.compared(m)
                and not _described(self.text, m)
                # (nor a model another is built on: "It shares the design of Mistral 7B",
                # nor a name used for a kind of thing: "the DeepSeekMoE architecture")
                and not _base_model(self.text, m, self.sentences.span(m.start)[0])
                and not _generic_use(self.text, m)
                and not TEAM_AFTER.match(self.text, m.end, m.end + 10)  # "Alibaba's Qwen team"
                # nor one of two versions: "Llama 3.1/3.2"
                and not SLASH_VERSION_AFTER.match(self.text, m.end, m.end + 24)
                # nor one that only says when: "launched this one the day after Llama 3.1"
                and not WHEN_BEFORE.search(self.text, max(0, m.start - 30), m.start)
                # nor a relative: "improves on its predecessor, SmolLM-1.7B, ... It was"
                and not RELATIVE_BEFORE.search(self.text, max(0, m.start - 30), m.start)
                # nor a source of ideas: "built from the research behind Gemini"
                and not BEHIND_BEFORE.search(self.text, max(0, m.start - 30), m.start)
                # nor a maker's handle: "Euryale-1.3-L2-70B (by Sao10K)", "by hub user alpindale"
                and not HANDLE_BEFORE.search(self.text, max(0, m.start - 20), m.start)
                # nor data it was tuned on: "fine-tuned on Alpaca, CodeAlpaca, GPT4All"
                and not TUNED_ON_LIST_BEFORE.search(self.text, max(0, m.start - 160), m.start)
            )
        return found

    def _sentences_before(self, offset: int, paragraph: int) -> Iterator[int]:
        """The starts of the sentences before ``offset``, the latest first, down to
        ``paragraph`` and at most SUBJECT_WINDOW of them: what a number may look back at."""
        position = self.sentences.previous(offset)
        for _ in range(SUBJECT_WINDOW):
            if position is None or position < paragraph:
                return
            yield position
            position = self.sentences.previous(position)

    @property
    def organizations(self) -> list[Mention]:
        if self._organizations is None:
            self._organizations = organization_mentions(self.text, self.timeout)
        return self._organizations

    @property
    def organization_starts(self) -> list[int]:
        """Where the organizations start, in order, to find one by bisection."""
        if self._organization_starts is None:
            self._organization_starts = [m.start for m in self.organizations]
        return self._organization_starts

    def fact(self, member: Member) -> list[Fact]:
        """The facts a classified number states: one for each model it is said of."""
        q = member.quantity
        kind, value, unit = member.kind, member.value, member.unit
        if kind is None or value is None or unit is None:
            return []  # not classified (the extractor asks only about numbers that are)
        s_start, s_end, sentence = self.sentences.at(q.start)
        model, rule = member.model, member.rule
        names: list[str | None] = [model]
        if model is not None:
            described = self.appositive_subject(q.start)
            if described:
                model, rule = described, "appositive"
            bound = member.qualifier == "up to"
            names = [model] if member.paired else self.shared_subjects(model, q.start, s_start, bound)
        elif member.paired:
            names = [None]  # one of a list of values no one model can hold (see _respectively)
        else:
            model, rule = self.model_for(q.start, member.unit_end, s_start, s_end, kind)
            if (
                rule is not None
                and rule.startswith("focus-")
                and (
                    CONDITIONAL.search(self.text, max(s_start, q.start - 60), q.start)
                    or kind == "parameters"
                    and ABOVE_OR_BELOW.search(self.text, max(s_start, q.start - 24), q.start)
                    or UNNAMED_MODEL_BEFORE.search(self.text, max(s_start, q.start - 60), q.start)
                )
            ):
                model, rule = None, None  # a model that would be, not the one the text is about:
                # "A Chinchilla-optimal 8B would have stopped at 160B tokens", "you'd need 1,900T";
                # or a bound no model is said to have: "(all above 400B parameters)"
            if (
                model is not None
                and self.text[q.start - 1 : q.start] == "("
                and SCORE_LABEL_AFTER.match(self.text, q.end, q.end + 12)
            ):
                model, rule = None, None  # a size labelling a score: "Bird-SQL (27B: 54.4)"
            if (
                model is not None
                and rule is not None
                and rule not in ("size-in-name", "table-row")
                and not rule.startswith(("focus-", "our-"))
                and self._named_in_another_cell(model, q.start)
            ):
                model, rule = None, None  # a cell's size is not a name's in the next cell: "|
                # 675B+ total params (Mistral Large 3) | 100B MoE (LLaDA 2.0-flash) |"
            if (
                model is not None
                and kind in ("training_tokens", "training_data")
                and (owner := DATA_SET_POSSESSIVE_BEFORE.search(
                    self.text, max(s_start, q.start - 40), q.start
                ))
                and owner.group(1).lower() in DATASET_HEADS
                and not TRAINED_ON_BEFORE.search(self.text, max(s_start, owner.start() - 40), owner.start())
            ):
                model, rule = None, None  # a data set's own size: "We sampled from FineWeb's
                # 15T-token pool" is no model's training (but "pretrained on Dolma's 3T tokens" is)
            if (
                rule == "subject-before"
                and (sources := [m for m in self.models_between(s_start, q.start) if m.name == model])
                and SHRUNK_VERSION_OF_BEFORE.search(
                    self.text, max(s_start, sources[-1].start - 80), sources[-1].start
                )
                and WITH_BETWEEN.fullmatch(self.text, sources[-1].end, q.start)
            ):
                model, rule = None, None  # the smaller version's size, not its source's: "a 50%
                # expert-pruned and INT4 quantized version of GLM-4 with 179B parameters"
            if (
                model is not None
                and rule != "size-in-name"
                and SOURCE_SIZE_BEFORE.search(self.text, max(s_start, q.start - 60), q.start)
            ):
                model, rule = None, None  # the size of what it was made from: "the AFM-on-device
                # model, which is distilled and pruned from a larger 6.4-billion-parameter model"
            if rule == "focus-recent-subject" and (
                turned := self._one_of_them_after_turn(s_start, q.start)
            ):
                model = turned  # "The former has 117B ...; the latter has 21B with 3.6B active"
            if (
                model is not None
                and member.kind == "parameters"
                and member.qualifier not in ("active", "total")
                and not (member.qualifier == "non-embedding" and rule in SAID_OF_THE_NAME)
                and _other_size(model, value)
                and (  # (a little further when said of the name; its words asked only then)
                    rule not in SAID_OF_THE_NAME
                    or _other_size(model, value, NAME_ROUNDING_SAID)
                    or CHANGED_MODEL.search(
                        self.text,
                        max(s_start, q.start - CHANGE_REACH),
                        min(s_end, q.end + CHANGE_REACH),
                    )
                )
                and not self._defined_in_sentence(model, s_start, s_end)
            ):
                model = rule = None  # "Orca-17B ... the 7B model": a 7B model is not Orca-17B
            if (
                model is not None
                and member.kind == "parameters"
                and member.qualifier == "active"
                and _other_active_size(model, value)
            ):
                model = rule = None  # "Granite 3.0 3B-A800M ... 400M and 800M active": the
                # name's active size is 800M, so a 400M active count is another model's
            if (
                rule is not None
                and rule.startswith(FOCUS_RULES)
                and rule != "focus-title"  # ("Megatron-LM: ... models with up to 8.3B")
                and (
                    member.qualifier in ("at least", "up to")
                    or APPROXIMATE_BOUND_BEFORE.search(self.text, max(s_start, q.start - 30), q.start)
                )  # ("models above about 2.8B parameters")
                and (found := CLASS_BEFORE_BOUND.search(self.text, max(s_start, q.start - 40), q.start))
                and not OWN_MEMBERS_BEFORE.search(self.text, max(s_start, found.start() - 40), found.start())
            ):
                model = rule = None  # "fitted only on runs below 1B parameters", "models with at
                # least a billion": a class of models, not the one the text is about
            if (
                rule is not None
                and rule.startswith(FOCUS_RULES)
                and kind == "parameters"
                and member.qualifier in ("at least", "up to")
                and THRESHOLD_OPENING.fullmatch(self.text, s_start, q.start)
                and not IT_AFTER_BOUND.match(self.text, member.unit_end, s_end)  # (not "Under 8B
                # parameters, it fits on one GPU": its own size)
            ):
                model = rule = None  # "Below 1B parameters the effect is small": a threshold
            if (
                rule == "subject-before"
                and IS_STILL_TRAINING.match(self.text, member.unit_end, min(s_end, member.unit_end + 40))
                and SUPERLATIVE_MODEL_BEFORE.search(self.text, max(s_start, q.start - 80), q.start)
            ):
                model = rule = None  # "Meta says its largest Llama 3 model, at more than 400B
                # parameters, is still training": a member to come, not the family
            if (
                rule is not None
                and rule.startswith(FOCUS_RULES)
                and (
                    UNNAMED_OTHER_BEFORE.search(self.text, max(s_start, q.start - 60), q.start)
                    or A_JUST_BEFORE.search(self.text, max(s_start, q.start - 4), q.start)
                )
                and self._said_to_come(member.unit_end, s_end)
            ):
                model = rule = None  # "its largest model, at over 400B parameters, is still
                # training", "A 30B variant targeting 48 GB cards is planned": a model to come,
                # not the one the text is about
            if (
                rule is not None
                and rule.startswith(FOCUS_RULES)
                and self._beyond_focus(model or "", q.start, s_start, s_end)
            ):
                model = rule = None
            if (
                rule is not None
                and rule.startswith(FOCUS_RULES)
                and A_JUST_BEFORE.search(self.text, max(s_start, q.start - 4), q.start)
                and QUESTION_OPENING.match(
                    self.text, max(s_start, self.text.rfind(";", s_start, q.start) + 1), q.start
                )
                and (mark := self.text.find("?", q.end, s_end + 1)) != -1
                and not END_OR_BREAK.search(self.text, q.end, mark)
            ):
                model = rule = None  # "**Will a 3T-parameter model work?**": a model the
                # question supposes, not the page's
            if (
                rule == "focus-recent-subject"
                and RESULT_OPENING.match(self.text, s_start, q.start)
                and self.text.startswith("#", last_before(self.text, "\n#", q.start) + 1)
                and (page := self.heading_model(q.start)) is not None
                and model_key(page) != model_key(model or "")
                and not (kind == "parameters" and _other_size(page, value))
            ):
                model, rule = page, "focus-heading"  # "# Marlowe-7B-DARE ... share Mistral-7B-v0.1
                # as their base. The result has 7.24B parameters": the page's merge, not its base
                # (whose size it must fit: not "# Kestrel-70B ... pruning Kestrel-70B down to
                # Kestrel-Lite ... The merged model has 36B parameters")
            if (
                rule is not None
                and (rule in ("subject-before", "weak-name-before") or rule.startswith("focus-"))
                and (
                    self._another_models_size(q.start, member.unit_end, s_start, s_end)
                    or self._names_in_bracket_after(member.unit_end, s_end)
                    or rule == "subject-before"
                    and SLASHED_VARIANT_BRACKET.search(
                        self.text, max(s_start, q.start - 16), q.start
                    ) is not None  # "Command R/R+ (104B)": R's or R+'s, the text does not say
                )
            ):
                model = rule = None
            if (
                kind == "training_tokens"
                and rule in ("focus-heading", "focus-title")
                and not PRETRAINED_WORD.search(self.text, s_start, q.start)
                and self._heading_tunes(model, q.start)
            ):
                model = rule = None  # "# Notes from fine-tuning Qwen2.5-7B-Instruct" over "it
                # came to 6.1M tokens": the tuning's data, not what the base was trained on
            if rule in ("focus-heading", "focus-title") and self._sibling_heading_names(
                model, q.start
            ):
                model = rule = None  # "### Microsoft: reasoning at 14B" after "### Qwen3 lands":
                # the section it opens is about another model, named further on or nowhere (but
                # "## Why a 32B model?" under "# Marlowe-3" is the page's)
            names = self.shared_subjects(model, q.start, s_start, member.qualifier == "up to")
            if rule == "the-size" and kind != "parameters":
                names = self._sized_pair(s_start, q.start) or names
        if (
            kind == "training_tokens"
            and rule == "subject-before"
            and (
                result := RUN_RESULT_AFTER.match(
                    self.text, member.unit_end, min(s_end, member.unit_end + 60)
                )
            )
            and (named := self.mention_starting(result.end())) is not None
            and named.strong
            and named.name != model
            and RUN_RESULT_END.match(self.text, named.end, named.end + 8) is not None
        ):
            model, rule, names = named.name, "name-just-after", [named.name]  # "Wren-1-7B
            # widened and continued on 2T extra tokens, giving Wren-1.5-9B": the model made
        if (
            rule == "subject-before"
            and model is not None
            and "|" in sentence
            and (owner := self._last_named(model, s_start, q.start)) is not None
            and (
                self.in_base_column(owner)
                and not self.in_base_column(q.start)
                or self.in_architecture_column(owner)
            )
        ):
            model, rule, names = None, None, [None]  # "| Wren-2-Distill-1.5B | Wren-2-30B-A3B |
            # 3.1 GB | distilled on 200B tokens |" under "| Build | Base | ...": not the base's;
            # "| rinna GPT | GPT-NeoX (4b(3.8b)) | ... (524B tokens) |" under "| | Architecture
            # | Training Data |": not the design's
        if (
            rule is not None
            and rule.startswith(FOCUS_RULES)
            and self.in_code(q.start)
            and not CONFIG_LINE.match(self.text, start_of_line(self.text, q.start), q.start)
        ):
            model, rule, names = None, None, [None]  # "print(fit.predict(params=70e9, ...)) #
            # extrapolate to a 70B run" in a README's code block: no sentence about its model
            # (but a config's '"num_hidden_layers": 32' is the page's model's)
        if (
            rule is not None
            and rule.startswith(FOCUS_RULES)
            and model is not None
            and self.text[q.start - 1 : q.start] in ("-", "_")
            and (token := GLUED_TOKEN_BEFORE.search(self.text, max(s_start, q.start - 60), q.start))
            and not _token_names(token.group(), model)
        ):
            model, rule, names = None, None, [None]  # a size written into a name the text
            # does not know, which is another's: "the [d-Qwen1.5-0.5B student model]" under
            # "## Claude 3 Opus" (a page's own "wren-7b" under "# Wren" stays Wren's)
        if (
            rule == "subject-before"
            and model is not None
            and " other " in self.text[s_start : q.start]
            and (named_at := self._last_named(model, s_start, q.start)) is not None
            and AND_OTHER_MODELS_AFTER.match(
                self.text, named_at + len(model), min(q.start, named_at + len(model) + 60)
            )
        ):
            model, rule, names = None, None, [None]  # a class the model is one of: "GPT-4 and
            # other frontier models likely use 10-15T+ tokens"
        if (
            rule == "subject-before"
            and model is not None
            and (clause := FRONTED_CLAUSE.match(self.text, s_start, min(q.start, s_start + 160)))
            and (named_at := self._last_named(model, s_start, q.start)) is not None
            and named_at < clause.end()
            and not BACK_REFERENCE.match(self.text, clause.end(), clause.end() + 12)
        ):
            model, rule, names = None, None, [None]  # a model in a clause set before the main
            # one, whose own subject the count is of: "While Llama 4 was wrapped in mystery,
            # NVIDIA dropped ... the previous Llama chonker 405B model" (not "Although Kite-4
            # is larger, it has only 17B active parameters")
        if (
            kind == "training_tokens"
            and rule is not None
            and ":" in self.text[max(s_start, q.start - 30) : q.start]
            and LANGUAGE_SHARE_BEFORE.search(self.text, max(s_start, q.start - 40), q.start)
        ):
            model, rule, names = None, None, [None]  # one language's share of the data, not
            # what the model saw: "1.5T tokens (English: 1.32T tokens, Japanese: 0.18T tokens)"
        if (
            rule not in (None, "size-in-name")
            and self.in_diagram(q.start)
            and not self._named_in_node(model, q.start)
        ):
            model, rule, names = None, None, [None]  # a diagram's node labels are no sentences:
            # 'subgraph "Compute-Optimal Frontier (Chinchilla)" A[7B params / 140B tokens]'
            # (a name's own size still holds: "A[Kite 2 70B]", and so does a name's in its own
            # node: 'A["Wren-2 (12B params)"]')
        if (
            kind == "parameters"
            and rule not in (None, "size-in-name")
            and (word := MAKER_BRACKET_BEFORE.search(self.text, max(s_start, q.start - 40), q.start))
            and BRACKET_CLOSE_AFTER.match(self.text, member.unit_end, min(s_end, member.unit_end + 4))
            and self._organizations_between(word.start(1), word.end(1))
            and not self.models_between(word.start(1), word.end(1))  # (not "Reka Edge (7B)")
        ):
            model, rule, names = None, None, [None]  # "| Benchmark | Mistral (7B) | ... |" under
            # "## Gemma 2", "Kite 2 (9B) beats Mistral (7B)": the size of the model a maker's
            # name stands for, not the page's nor another the sentence names
        if (
            kind == "training_tokens"
            and rule not in (None, "size-in-name", "for-name-after")
            and DATA_NAMED_A_BEFORE.search(self.text, max(s_start, q.start - 240), q.start)
            and CORPUS_AFTER.match(self.text, member.unit_end, min(s_end, member.unit_end + 80))
        ):
            model, rule, names = None, None, [None]  # "pretrained on [Dolma](...), a 3T-token
            # dataset": the data set's size, not what the model saw of it
        if (
            kind == "training_tokens"
            and rule not in (None, "size-in-name", "for-name-after")
            and (of := OF_MODEL_AFTER.match(self.text, member.unit_end, min(s_end, member.unit_end + 40)))
        ):
            sized = SIZED_MODEL.match(self.text, of.end(), min(s_end, of.end() + 30))
            if sized is not None and self.text.startswith(("'s", "\u2019s"), sized.end()):
                sized = None  # another thing of that model's: "3T tokens of the 7B model's mix"
            named = self.mention_starting(of.end())
            noun = (
                MODEL_NOUN_AFTER.match(self.text, named.end, min(s_end, named.end + 12))
                if named is not None
                else None
            )
            if (
                named is not None
                and named.strong
                and noun is not None
                and not self.text.startswith(("'s", "\u2019s"), noun.end())
            ):
                model, rule, names = named.name, "name-just-after", [named.name]  # "our 700B
                # token checkpoint for the OpenLLaMA 7B model": the model it is for
            elif model is not None and sized is not None and not _names_size(model, sized.group(1)):
                # "a 600B token preview of the 13B model" after "OpenLLaMA 3B and 7B", "600B
                # token checkpoint for the 3B model" after "the OpenLLaMA 7B model": the
                # tokens of the model of that size, which the text may have named
                by_size = self.size_reference(s_start, s_end, q.start) or None
                member_named = self.named_with_size(sized.group(1), q.start)
                if by_size is None and member_named and _same_family(member_named, model):
                    by_size = member_named  # "The Gemma 2 models ... 13 trillion tokens for the
                    # 27B version" after "gemma-2-27b": that member, not the family
                model, rule = (by_size, "the-size") if by_size else (None, None)
                names = [model]
        if (
            kind == "training_tokens"
            and rule is not None
            and rule.startswith(FOCUS_RULES)
            and (own := split_size(model)[1]) is not None
            and (called := THE_SIZE.search(self.text, s_start, q.start)) is not None
            and (said := size_value(called.group(1)))
            and max(own, said) > NAME_SIZE_REACH * min(own, said)
        ):
            model, rule, names = None, None, [None]  # "We also kicked off the 3B ablation on
            # 400B tokens" after Kite-34B's run: the tokens of the run the sentence calls by size
        if (
            rule == "subject-before"
            and model is not None
            and (owner := self._last_named(model, s_start, q.start)) is not None
            and self._item_opens_with_another(owner)
        ):
            model, rule, names = None, None, [None]  # "- 04/04: Baize, fine-tune with LoRA using
            # 100K dialogs ChatGPT self-chat ..., released 7B, 13B and 30B models": the item's
            # own subject, which the lexicon does not know, not a model its words bring in
        if (
            rule in ("subject-before", "subject-owner")
            and model is not None
            and (a_name := A_NAME_OPENING.match(self.text, s_start, q.start)) is not None
            and self.text.startswith(model, a_name.end())
            and self._said_to_come(member.unit_end, s_end)
        ):
            model, rule, names = None, None, [None]  # "A Cinder-MoE at roughly 200B total is
            # planned for 2026": one more of the line, to come, not the one released
        if (
            rule not in (None, "size-in-name")
            and member.qualifier == "range"
            and any(
                m.start() <= q.start and q.end <= m.end()
                for m in A_RANGE_MODEL.finditer(
                    self.text, max(s_start, q.start - 24), min(s_end, q.end + 40)
                )
            )
        ):
            model, rule, names = None, None, [None]  # "that means a 7B to 14B model trained far
            # past Chinchilla": any model of a class of sizes, none named
        if (
            rule not in (None, "size-in-name", "named-later")
            and member.qualifier == "range"
            and (
                RUNS_BEFORE_RANGE.search(self.text, max(s_start, q.start - 90), q.start)
                or (
                    (others := COMPANIONS_BEFORE_RANGE.search(
                        self.text, max(s_start, q.start - 60), q.start
                    ))
                    and not self.models_between(others.start(), q.start)
                )  # (not "together with the pretrained Mamba checkpoints from 130M to 2.8B")
            )
        ):
            model, rule, names = None, None, [None]  # "a ladder of seven models from 14M to
            # 1.1B", "ablations over 160 models between 150M and 1.5B": a study's runs; "R1
            # released, together with distilled dense models from 1.5B to 70B": other models
        if (
            rule not in (None, "size-in-name", "named-later")
            and not member.paired
            and (others := MANY_TRAINED_BEFORE.search(
                self.text, max(s_start, q.start - 90), q.start
            ))
            and not self.models_between(others.start(), q.start)
        ):
            model, rule, names = None, None, [None]  # "Kite-base, along with four base models
            # trained on 5T, 10T, 15T, and 20T tokens": those models' counts, not the subject's
        if (
            kind == "parameters"
            and len(names) == 1
            and names[0] is not None
            and split_size(names[0])[1] is None
            and BARE_SIZE.fullmatch(self.text, q.start, q.end)
        ):  # a family's size, as a later "the 8B" may call its member: "Llama 3 in 8B and 70B"
            self._family_sizes[self.text[q.start : q.end].lower()] = (q.start, names[0])
        names = [self.whole_name(name, q.start) for name in names]
        if (
            len(names) > 1
            and not member.paired
            and self.says("respectively", q.start)
            and (
                LISTED_NUMBER_BEFORE.search(self.text, max(s_start, q.start - 20), q.start)
                or LISTED_NUMBER_AFTER.match(self.text, q.end, min(s_end, q.end + 20))
            )
            and RESPECTIVELY_AFTER.search(self.text, q.end, s_end)
        ):
            # "A and B ... with 1B and 3B total parameters and 400M and 800M active parameters
            # respectively": each size is one name's, in order, not both names'
            names, rule = [None], None
        if len(names) > 1 and WORD_BRACKET_BEFORE.search(
            self.text, max(s_start, q.start - 30), q.start
        ):
            names, rule = [None], None  # "Nano (8B) and Super (49B) are here, with Ultra (253B)
            # on the horizon": the word before the bracket is the size's own, read or not
        if (
            rule == "subject-before"
            and len(names) == 1
            and (word := WORD_BRACKET_BEFORE.search(self.text, max(s_start, q.start - 30), q.start))
            and (tier := word.group().rstrip(" \t(~")).lower() in BRACKET_TIERS
            and not (names[0] or "").endswith(tier)
        ):
            names, rule = [None], None  # "Nemotron 3 comes in Nano (30B), Super (100B), and
            # Ultra (500B)": the 500B is Ultra's, not the subject's
        if len(names) > 1:
            rule = "shared-subject"  # "LLaMA-7B and LLaMA-13B were trained on 1T tokens"
        if kind == "parameters" and member.qualifier is None and len(names) == 1 and rule:
            if rule == "focus-document-topic":
                stated = self._stated_sizes.get(model_key(names[0] or ""))
                if stated and all(max(v, value) > NAME_SIZE_REACH * min(v, value) for v in stated):
                    names, rule = [None], None  # "A 1.1B model called TinyLlama ..." then, in a
                    # post on many models, "with the 3B model": not TinyLlama's
            elif rule != "size-in-name" and not rule.startswith(("focus-", "our-")):
                for name in names:  # (the counts said of a name, to weigh the weakest rule's)
                    self._stated_sizes.setdefault(model_key(name or ""), set()).add(float(value))
        text = self.text
        if names != [None] and (
            BAR_SIZES_BEFORE.search(text, max(s_start, q.start - 40), q.start)
            or BAR_SIZES_AFTER.match(text, q.end, min(s_end, q.end + 40))
        ):
            names, rule = [None], None  # sizes a bar lists in a name: "DeepSeek-Coder-v2-16|236B",
            # "Qwen2.5-1M-7|14B" (the 16B and 236B models; 1M is its context)
        if (
            names != [None]
            and member.qualifier != "range"  # (a range's ends are read as one: "from 1 to 27B")
            and CHANGED_FROM_BEFORE.search(text, max(s_start, q.start - 60), q.start)
            and TO_NUMBER_AFTER.match(text, member.unit_end, min(s_end, member.unit_end + 20))
        ):
            names, rule = [None], None  # "increasing from 2.2T tokens to 2.4T tokens": the count
            # it had, not the one it has
        return [
            Fact(
                kind=kind,
                value=float(value),
                unit=unit,
                model=name,
                organization=self.organization_for(name, s_start, s_end),
                qualifier=member.qualifier,
                start=q.start,
                end=max(q.end, member.unit_end),
                sentence=sentence,
                sentence_start=s_start,
                rule=rule if name is not None else None,
            )
            for name in names
        ]

    def _another_models_size(self, start: int, end: int, s_start: int, s_end: int) -> bool:
        """Whether the words around a size at [start, end) say it is the size of some model the
        sentence does not name, not of its subject or the text's model: one it runs, one still
        in training, a class it gives examples of, a mark it was the first to pass, one expert
        of its experts, a model it beats."""
        text = self.text
        return bool(
            RUNS_A_BEFORE.search(text, max(s_start, start - 50), start)
            and RUN_MODEL_AFTER.match(text, end, min(s_end, end + 30))  # (not "Gemma 3n runs an
            # effective 2B parameters": its own)
            or TRAINING_NOW_BEFORE.search(text, max(s_start, start - 90), start)
            or RUNS_PLURAL_BEFORE.search(text, max(s_start, start - 60), start)
            and PLURAL_LIST_AFTER.match(text, start, min(s_end, start + 60))
            or CLASS_EXAMPLES_AFTER.match(text, end, min(s_end, end + 40))
            or FIRST_PAST_BEFORE.search(text, max(s_start, start - 70), start)
            or THRESHOLD_AFTER.match(text, end, min(s_end, end + 30))  # "past today's ~2T-
            # parameter frontier", "crosses the 1T-parameter mark": a bound, no model's count
            or EXPERTS_TIMES_BEFORE.search(text, max(s_start, start - 12), start)
            or BEATS_THE_BEFORE.search(text, max(s_start, start - 50), start)
            or THAN_THOSE_BEFORE.search(text, max(s_start, start - 50), start)
            and PLURAL_SIZES_AFTER.match(text, start, min(s_end, start + 40))
        )

    def _heading_tunes(self, model: str | None, offset: int) -> bool:
        """Whether the heading over ``offset`` that names ``model`` says it is tuned, adapted
        or distilled from: "# Notes from fine-tuning Qwen2.5-7B-Instruct on one 3090"."""
        if model is None:
            return False
        line = offset
        for _ in range(HEADINGS_BACK):
            line = last_before(self.text, "\n#", line - 1) + 1
            if not self.text.startswith("#", line):
                return False
            at = self.text.find(model, line, end_of_line(self.text, line))
            if at != -1:
                # (not a section "## Fine-tuning X" in X's own card, whose title names X)
                title = FIRST_HEADING.match(self.text, 0, HEADER_REACH)
                own_card = (
                    _heading_level(self.text, line) > 1
                    and title is not None
                    and model in title.group(1)
                )
                return not own_card and (
                    TUNING_BEFORE_NAME.search(self.text, max(line, at - 30), at) is not None
                    or TUNING_AFTER_NAME.match(self.text, at + len(model), at + len(model) + 20)
                    is not None
                )
            if line == 0:
                return False
        return False

    def _sibling_heading_names(self, model: str | None, offset: int) -> bool:
        """Whether ``offset`` is in a section's heading ("## ...", not a page's "# " title) that
        names no model itself, and the heading before it, at the same level or deeper, names
        ``model``: a newsletter's next story."""
        text = self.text
        line = last_before(text, "\n", offset) + 1
        if model is None or not text.startswith("##", line):
            return False
        if any(m.strong for m in self.models_between(line, end_of_line(text, offset))):
            return False
        before = last_before(text, "\n#", line) + 1
        if before == 0 and not text.startswith("#"):
            return False
        if _heading_level(text, before) < _heading_level(text, line) or text.find(
            model, before, end_of_line(text, before)
        ) == -1:
            return False
        title = 0 if text.startswith("# ") else last_before(text, "\n# ", line) + 1
        return not (
            (title or text.startswith("# "))
            and text.find(model, title, end_of_line(text, title)) != -1
            and not ISSUE_TITLE.search(text, title, end_of_line(text, title))
        )  # (the page's title names it too: "# DeepSeek-V3 report ... ## Architecture of
        # DeepSeek-V3 ... ## 671B total, 37B active" is still the page's model; but an issue's
        # title lists its stories: "# AI Weekly #112: Qwen3 lands, ...")

    def whole_name(self, name: str | None, offset: int) -> str | None:
        """A product's word alone, after the text named the whole product: "Scout" is "Llama 4
        Scout" once "Llama 4 Scout" is named before ``offset``; and a plain word named in full
        with its maker before it: "Arctic" is "Snowflake Arctic"."""
        if name is not None and name.isalpha() and name.lower() not in PRODUCT_MODIFIERS:
            return self._with_maker(name, offset)
        if name is None or name.lower() not in PRODUCT_MODIFIERS:
            return name
        if name not in self._products:  # (once per word: its whole names, in order)
            starts, wholes = [], []
            for at in regex.finditer(r"(?<= )%s\b" % regex.escape(name), self.text):
                m = self.mention_covering(at.start())
                if (
                    m is not None
                    and m.name != name
                    and (m.end == at.end() or SIZE_TAIL.fullmatch(self.text, at.end(), m.end))
                ):  # (to the word when a size follows: "Llama 4 Maverick" of "... Maverick
                    # 400B"; not "Kite Titan" of "Kite Titan 2", an earlier generation's name)
                    whole = self.text[m.start : at.end()]
                    if whole != name:
                        starts.append(m.start)
                        wholes.append(whole)
            self._products[name] = (starts, wholes)
        return _latest_before(self._products[name], offset, name)

    def _with_maker(self, name: str, offset: int) -> str:
        """``name`` as the text named it in full with its maker's word before ``offset``
        ("Snowflake Arctic" for "Arctic"), else ``name``."""
        if name not in self._made_names:
            if self._word_pairs is None:  # (every capitalized word before a word, read once)
                self._word_pairs = {}
                for at in WORD_BEFORE_WORD.finditer(self.text, overlapped=True, timeout=self.timeout):
                    self._word_pairs.setdefault(at.group(2), []).append(
                        (at.start(), at.end(), at.group(1))
                    )
            starts, wholes = [], []
            for at_start, at_end, word in self._word_pairs.get(name, ()):
                m = self.mention_covering(at_start)
                if (
                    word.lower() in organization_aliases()
                    and m is not None
                    and m.start == at_start
                    and m.end == at_end
                ):
                    starts.append(at_start)
                    wholes.append(m.name)
            self._made_names[name] = (starts, wholes)
        return _latest_before(self._made_names[name], offset, name)

    def shared_subjects(
        self, model: str | None, offset: int, s_start: int, bound: bool = False
    ) -> list[str | None]:
        """The models a size is said of together: "LLaMA-7B and LLaMA-13B were trained on 1T
        tokens" is a fact about each; otherwise just ``model`` (``bound``: the size is an "up
        to")."""
        text = self.text
        if model is None or " and " not in text[s_start:offset] and "&" not in text[s_start:offset]:
            return [model]
        before = [
            m for m in self.models_between(s_start, offset)
            if m.strong and not (m.name != model and _base_model(text, m, s_start))
        ]  # (a teacher between the names and the count is none of them: "Minnow-360M and
        # Minnow-1B, ... with logit distillation from Qwen2.5-72B-Instruct on 2T tokens each")
        if not before or before[-1].name != model:
            return [model]
        if EACH_BEFORE.search(text, max(s_start, offset - 40), offset):
            # "A with 149M parameters and B with 434M parameters, each on 1.7T tokens"
            listed = [m for m in before if not self.compared(m)]
            keys = {model_key(m.name) for m in listed}
            if len(listed) >= 2 and len(keys) == len(listed):
                return [m.name for m in listed]
        last = before[-1]
        described = PLURAL_DESCRIBED_AFTER.match(text, last.end, last.end + 60)
        appositive = not bound and TRAINED_AFTER_COMMA.match(text, last.end, last.end + AHEAD)
        verb = SUBJECT_VERB_AFTER.match(text, last.end, last.end + AHEAD)
        if verb and offset < verb.end():
            verb = None  # (the last one's own, in its bracket: "A (7B) and B (14B), both ...")
        models_trained = not bound and MODELS_TRAINED_AFTER.match(text, last.end, last.end + AHEAD)
        if (
            not verb
            and not (described and offset < described.end())  # (its own, not a later clause's)
            and not models_trained
            and not appositive
        ):
            return [model]
        names = [last]
        for m in reversed(before[:-1]):
            joiner = MENTION_JOINER.match(text, m.end, self._owned_start(names[0]))
            if not joiner or self.compared(m):
                break  # (not "Compared with Llama 2, Kite-2 and Kite-2-Chat were ...")
            names.insert(0, m)
        joined = text[names[0].end : last.end]
        one_list = " and " in joined or "&" in joined  # "A, B and C", never "than A, B"
        if (
            appositive  # (so not bound: models_trained was tried)
            and not verb
            and not models_trained
            and not MODELS_COMMA_BEFORE.search(text, max(s_start, names[0].start - 20), names[0].start)
        ):
            return [model]  # ("it beats Llama 2 and Kite-7B, trained on 2T": Kite-7B's, maybe)
        if len(names) < 2 or not one_list or len({model_key(m.name) for m in names}) < len(names):
            return [model]
        return [m.name for m in names]

    def _owned_start(self, mention: Mention) -> int:
        """Where a name starts with the organization written just before it: "IBM Granite 7B"
        starts at "IBM" (a list goes on over it: "Llama 2 7B and IBM Granite 7B")."""
        i = bisect_left(self.organization_starts, mention.start)  # (the nearest before it,
        org = self.organizations[i - 1] if i else None  # not each: long lists stay linear)
        if (
            org is not None
            and 0 <= mention.start - org.end <= 8
            and not self.text[org.end : mention.start].strip(" \u00a0")
        ):
            return org.start
        return mention.start

    def _focus_unless(
        self, s_start: int, made_from: Iterable[Mention]
    ) -> tuple[str | None, str | None]:
        """The model the text is about and its rule, unless it is one the sentence says a new
        model was made from (``made_from``): then nobody."""
        name, rule = self.focus_rule(s_start)
        if name is None or any(model_key(m.name) == model_key(name) for m in made_from):
            return None, None
        return name, rule

    def model_for(
        self, start: int, end: int, s_start: int, s_end: int, kind: str = "parameters"
    ) -> tuple[str | None, str | None]:
        """The model a number in [start, end) is about, and the name of the rule that says so
        (both None when nothing in reach does)."""
        text = self.text
        if (
            kind == "training_tokens"
            and CONDITIONAL_AFTER.match(text, end, min(s_end, end + 30))
            and not OBJECT_BEFORE_COUNT.search(text, max(s_start, start - 16), start)
        ):
            return None, None  # "Chinchilla says about 20T tokens would be compute-optimal": a
            # count supposed, the subject of a conditional, no model's
        if kind == "parameters" and (
            TRAINABLE.search(text, start, end)
            and not ALL_BEFORE.search(text, max(s_start, start - 6), start)
            or TRAINABLE_LABEL_BEFORE.search(text, max(s_start, start - 24), start)
            or ADAPTER_TRAINS_BEFORE.search(text, max(s_start, start - 60), start)
        ):
            return None, None  # "LoRA at rank 16 trains about 42M parameters", "42M trainable
            # parameters": an adapter's weights, not the model's
        if RUMOUR_AFTER.match(text, end, end + 24):
            return None, None  # "the 2T-parameter rumour about a Chinese lab": talk of a size,
            # no model's
        if (
            kind == "parameters"
            and "istill" in text[max(s_start, start - AHEAD) : start]
            and DISTILLED_SIZES_BEFORE.search(text, max(s_start, start - AHEAD), start)
            and DISTILLED_SIZES_AFTER.match(text, end, end + AHEAD)
        ):
            return None, None  # "We open-source distilled 1.5B, 7B, 8B, 14B, 32B, and 70B
            # checkpoints": the students of the model spoken of, none named here
        if (
            kind == "parameters"
            and A_ROLE_OPENING.fullmatch(text, s_start, start)
            and (a_role := A_ROLE_AFTER.match(text, end, end + 40))
        ):
            named = self.mention_starting(a_role.end())
            if named is not None and named.strong:
                more = A_ROLE_LIST_GOES_ON.match(text, named.end, named.end + 12)
                if more is not None and (
                    more.group("joined") or self.mention_starting(more.end()) is not None
                ):
                    return None, None  # "A 7B baseline, Owl-Large, and Kite-2 were compared":
                    # a list, the name not the baseline's
                return named.name, "name-just-after"  # "A 70B teacher, Owl-70B, labels ..."
            return None, None  # "An identically trained 1.3B student, however, collapses":
            # another model in that role, which the sentence brings in
        if (
            kind == "parameters"
            and NEW_MODELS_AFTER.match(text, end, end + AHEAD)
            and MEASURED_AS_BEFORE.search(text, max(s_start, start - 60), start)
        ):
            return None, None  # "they run with the memory footprint of roughly 2B and 4B
            # models": models of those sizes in general, none named
        if kind == "parameters" and MODEL_KIND_AFTER.match(text, end, end + 40):
            return None, None  # "at roughly 3B-model speed": what any model of that size does
        if kind == "parameters" and HOLDS_A_BEFORE.search(text, max(s_start, start - 60), start):
            return None, None  # "a single 8-GPU node can now hold a 1T-parameter model": any
            # model of that size a machine takes, none named
        if kind == "parameters" and PROXIES_BEFORE.search(text, max(s_start, start - 70), start):
            return None, None  # "we trained a grid of proxies at 16B total / 1.9B active on 400B
            # tokens each": a study's runs, no model's
        if (
            kind == "training_tokens"
            and (trained_class := CLASS_TRAINED_ON_BEFORE.search(text, max(s_start, start - 50), start))
            and not self.models_between(s_start, trained_class.start())
        ):
            return None, None  # "drops are largest for models trained on more than 10T tokens
            # (Qwen2.5 at 18T, ...)": a bound on a class of models, not the one named after (but
            # "Kite-3 is one of the few models trained on more than 15T tokens" is Kite-3's)
        if kind == "training_tokens" and self._data_sets_size(start, end, s_start, s_end):
            return None, None  # "FineWeb-Edu (1.3T tokens)", "a 1.2T-token sample of the
            # corpus", "OLMo-Mix-1124, a mixture of about 3.9T tokens": a data set's size
        wish = IF_WANTED_BEFORE.search(text, s_start, min(s_end, start + 8))  # (its lookahead
        # may read the size itself)
        if (
            wish is not None
            and wish.end() <= start
            and (
                "," not in text[wish.end() : start]  # in the if-clause, or what "you need" after it
                or YOU_NEED_BEFORE.search(text, max(s_start, start - 24), start)
            )
            and not self.models_between(wish.start(), min(s_end, end + 40))
        ):
            return None, None  # "If you want a 1T-parameter model at 20 tokens per parameter,
            # you need 20T tokens": a model wished for and what it needs, nobody's (not "If you
            # need a smaller footprint, the 3B checkpoint ...", nor "..., the 8B Kite-2 fits")
        in_sentence = self.models_between(s_start, s_end)
        if kind == "training_tokens":
            # ... but a known model in brackets right after a count is that model's: "a 280B one
            # fed 300 billion tokens (Gopher)", not the sentence's subject
            bracketed = next(
                (m for m in in_sentence if end <= m.start and SET_IN_BRACKETS.fullmatch(text, end, m.start)),
                None,
            )
            if (
                bracketed is not None
                and bracketed.strong
                and OPEN_BRACKET_ONLY.fullmatch(text, end, bracketed.start)  # (not "of code (X)")
                and BRACKET_ENDS_CLAUSE.match(text, bracketed.end, bracketed.end + 4)
                and known_model(bracketed.name)
            ):
                return bracketed.name, "name-bracket"
        if kind in ("training_data", "training_tokens"):
            # Data names its set in brackets: "400M image-text pairs (WebImageText)".
            in_sentence = [
                m
                for m in in_sentence
                if not (end <= m.start and SET_IN_BRACKETS.fullmatch(text, end, m.start))
                and not (m.end <= start and _data_set(text, m, start))
                # (nor the data another count named: "1T tokens of code (StarCoder) and 200B")
                and not DATA_BRACKET_BEFORE.search(text, max(s_start, m.start - 40), m.start)
            ]
        if not in_sentence and self._names_nothing(start, end, s_start):
            return None, None  # (every rule below would end in no model: see _names_nothing)
        version = VERSION_SUBJECT.match(text, s_start, min(start, s_start + AHEAD)) if not in_sentence else None
        if version is not None and not CLAUSE_TURN.search(text, version.end(), start):
            # "The R1 recipe starts from DeepSeek-V3, ... V3 has the same 671B/37B shape, was
            # pretrained on 14.8T tokens": the model named before with that version, or nobody
            return self._named_by_version(version.group(1), s_start), "the-version"
        if (
            not in_sentence
            and kind == "training_tokens"
            and (
                TOKEN_COUNT_NEXT.match(text, end, min(s_end, end + 20))
                or TOKEN_COUNT_BEFORE.search(text, max(s_start, start - 20), start)
            )
            and TOKEN_COUNTS_LABEL.search(text, max(s_start, start - 80), start)
        ):
            return None, None  # "Tokens: 3T, 6T, 3T, 4T+, 8T.": several models' counts
        if (
            kind == "parameters"
            and RESULT_A_BEFORE.search(text, max(s_start, start - 30), start)
            and (noun := MODEL_NOUN_AFTER.match(text, end, end + 12))
            and not any(m.strong and m.start >= end for m in in_sentence)
        ):
            # "dropping 12 of the 40 layers gave a 7.1B variant": a new model the text does not
            # name (not "gave a 10.7B model, SOLAR"); but "copying its MLP into 8 experts
            # produces a 47B model" on the model's own card is that model, not its base
            if "vari" in noun.group() or "version" in noun.group():
                return None, None
            return self._focus_unless(s_start, (m for m in in_sentence if _base_model(text, m, s_start)))
        if (
            kind in ("parameters", "training_tokens")
            and (resulting := RESULTING_BEFORE.search(text, max(s_start, start - 60), start))
            and not any(m.strong and m.start >= resulting.start("rest") for m in in_sentence)
        ):
            # "split its blocks into 16 experts and continued training the resulting 40B-total
            # MoE on 400B tokens": not the model it was made from, named before; the model the
            # text is about, if it is none of those ("We release Kite-2. Starting from Owl-2,
            # the resulting model was further trained on 1T tokens"), else nobody
            return self._focus_unless(s_start, (m for m in in_sentence if m.start < start))
        if (
            kind == "parameters"
            and not in_sentence
            and text.startswith("|", line_start := start_of_line(text, start))
            and PART_ROW_LABEL_CELL.match(text, line_start, start)
        ):
            return None, None  # a part's row of a card's table: "| Action expert | flow-matching
            # transformer, 410M params |" (not "| Total parameters | 4.7B |")
        if kind == "parameters" and (
            EXPERIMENT_AFTER.match(text, end, end + 30)
            or STATISTIC_BEFORE.search(text, max(s_start, start - 60), start)
        ):
            return None, None  # "running 1B-parameter ablations first", "median reported
            # policy size went from 0.3B to 3B": runs and statistics, no model's size
        if (
            kind == "parameters"
            and THROUGHPUT_ON_BEFORE.search(text, max(s_start, start - 40), start)
            and not BRACKET_NAME_AFTER.match(text, end, end + 24)  # ("on a 14B model (Phi-4)")
        ):
            return None, None  # "claiming 1,800 tokens/s on a 70B model": a yardstick, no model
        if (
            self.says("models", start)
            and PLURAL_SUPERLATIVE_BEFORE.search(text, max(s_start, start - 120), start)
            and NOT_YET.search(text, s_start, s_end)
        ):
            return None, None  # "Meta says its largest models, still in training, are over 400B"
        if kind == "layers" and (
            LAYERED_PART_AFTER.match(text, end, end + AHEAD)
            or OTHER_ONE_BEFORE.search(text, max(s_start, start - 30), start)
        ):
            return None, None  # "A two-layer MLP adapter maps ...", "take a 32-layer Llama-2-
            # architecture model, duplicate it": a part's depth, another model's
        if (
            (bracket := FUTURE_BRACKET_BEFORE.search(text, max(s_start, start - 60), start))
            and FUTURE_AFTER_BRACKET.match(text, end, min(s_end, end + 60))
            and not self.models_between(bracket.start(), start)
        ):
            return None, None  # "A larger sibling (roughly 120B total and 12B active) is
            # planned": a model still to come, its sizes in a bracket
        if FUTURE_VERSION_AFTER.match(text, end, end + 60) or (
            A_BEFORE_SIZE.search(text, max(s_start, start - 4), start)
            and FUTURE_NAMED_AFTER.match(text, end, end + 50)
        ):
            return None, None  # "A 2B version is promised for later this summer", "the company
            # says a 7B Pipit is next": not out yet
        if A_BEFORE_SIZE.search(text, max(s_start, start - 4), start) and (
            TRAINING_NOW_BEFORE.search(text, max(s_start, start - 90), start)
        ):
            return None, None  # "We are now training a 1.5B Wren.": not out yet, named or not
        line = start_of_line(text, start)
        if (
            (label := FUTURE_LABEL.match(text, line, min(start, line + LABEL_REACH))) is not None
            and s_start <= label.end()  # (its own sentence: not one after it on the line)
            and not THE_BEFORE_SIZE.search(text, max(line, start - 5), start)
        ):
            return None, None  # "- Coming in 2026: a Marten-2 MoE (~60B total)", "* Roadmap: a
            # ~34B model once we secure the compute": a line about what is still to come (not
            # a model out already: "Next up: a reasoning variant of the 12B")
        if (
            kind == "training_tokens"
            and (result := RESULT_TRAINED_BEFORE.search(text, max(s_start, start - 60), start))
            and (cut := CUT_BEFORE.search(text, s_start, result.start())) is not None
            and not self.models_between(cut.end(), start)
        ):
            return None, None  # "removed 28 of its 80 layers, and healed the result by training
            # on 120B tokens": the model the cut made, not the one it started from (not "trained
            # the result, Owl-11B, on 60B tokens")
        if kind == "training_tokens" and (
            result := RESULT_NAMED_AFTER.match(text, end, min(s_end, end + 60))
        ):
            named = self.mention_starting(result.end())
            if (
                named is not None
                and named.strong
                and not NOT_MADE_AFTER.match(text, named.end, named.end + 24)  # (not "to get
                # Llama 3 8B performance", "to make Llama-3-8B-Instruct look slow")
            ):
                return named.name, "named-later"  # "continue training on 1.5T tokens to get
                # **Ostrava-MoE-57B-A8B**": what the training made, not what it started from
        if (
            kind == "parameters"
            and (counted := QUANTIFIER_BEFORE.search(text, max(s_start, start - 24), start))
            and (
                CLASS_OF_MODELS_AFTER.match(text, end, end + 16)
                or PLURAL_MODELS_AFTER.match(text, end, end + 16)
                and not RELEASED_AS_BEFORE.search(text, max(s_start, counted.start() - 12), counted.start())
            )
        ):
            return None, None  # "It beats several 70B models on MATH": a class compared with
        if (
            kind == "parameters"
            and BASELINE_AFTER.match(text, end, end + 60)
            and (indefinite := INDEFINITE_BEFORE.search(text[max(s_start, start - 12) : start]))
            and indefinite.group("copula") is None  # (not "Kite-S is a 7B baseline model")
        ):
            return None, None  # "by 6.1% over a 1.5B TIGER-style semantic-ID baseline": the
            # other side of a comparison, not the model the text is about
        if (
            (upcoming := UPCOMING_MODEL_BEFORE.search(text, max(s_start, start - 60), start))
            and not self.models_between(upcoming.start(), start)
        ):
            return None, None  # "reports that its next model has 1.2T parameters": not out yet
        if text[end : end + 2] in ("'s", "\u2019s") and THE_BEFORE_SIZE.search(
            text, max(s_start, start - 5), start
        ):
            # a model called by its size owns what follows: "came close to the 405B's
            # quality" is the model named with that size, not the sentence's subject
            called = self.named_with_size(text[start:end], start)
            return (called, "the-size") if called is not None else (None, None)
        if (
            THAN_THE_BEFORE.search(text, max(s_start, start - 20), start)
            or THAN_THE_PAIR_BEFORE.search(text, max(s_start, start - 60), start)
        ) and not any(
            end <= m.start <= end + 40 and NAME_RIGHT_AFTER.fullmatch(text, end, m.start)
            for m in in_sentence
        ):  # (but "smaller than the 540B PaLM" names it)
            return None, None  # "it saw more data than the 3.5T tokens used for that far
            # larger predecessor": the other side of a comparison
        if (
            kind == "training_tokens"
            and INCREMENT_BEFORE.search(text, max(s_start, start - 20), start)
            and TOTAL_AFTER_INCREMENT.match(text, end, s_end)
        ):
            return None, None  # "continued on another 3T tokens (11T in total)", "+800B tokens
            # over v1 (1.6T total)": what a version added, when the text gives all it saw
        if self.says("recommend", start) or self.says("suggest", start):
            if ADVISED_BEFORE.search(text, max(s_start, start - 80), start):
                return None, None  # advice: "Hoffmann et al. recommend training a 10B model on"
        # A name right after the unit: "280B-parameter Gopher", "a 70B model called Chinchilla".
        for m in in_sentence:
            if end <= m.start <= end + 40 and NAME_RIGHT_AFTER.fullmatch(text, end, m.start):
                if is_plain_word(m.name) and _title_case_line(text, m.start):
                    break  # a headline's capitalized word: "The 7-9B Sweet Spot: Eight Models"
                if is_plain_word(m.name) and MAKER_VERB_AFTER.match(text, m.end, m.end + 30):
                    # its maker, in a clause about the model before it ("Sable-3B, the
                    # 2.7B-parameter model Aurea shipped in June") or about an unnamed one
                    # ("it beats the 34B model Aurea released last year"): that model's or none
                    described = APPOSITIVE_THE_BEFORE.search(text, max(s_start, start - 12), start)
                    subject = self.mention_ending(start, described.start()) if described else None
                    return (subject.name, "appositive") if subject else (None, None)
                if "," in text[end : m.start] and not MODEL_NOUN.search(text, end, m.start):
                    break  # "2T tokens, llama 3 did 15T": a comma alone starts the next clause
                if _leads_next_clause(text, max(s_start, start - 80), start, end, m):
                    break  # "open-sourced a trillion-parameter model, Qwen dropped hybrid
                    # thinking": the name leads the next clause, not an apposition
                if VARIANT_AFTER.match(text, m.end, m.end + 20) and INDEFINITE_BEFORE.search(
                    text[max(s_start, start - 40) : start]
                ):
                    return None, None  # "a 3.9B-parameter BERT variant": a new model, not BERT
                if (
                    kind == "parameters"
                    and not any(c.isdigit() for c in m.name)
                    and NEW_OF_ITS_KIND_AFTER.match(text, m.end, m.end + 40)
                    and INDEFINITE_BEFORE.search(text[max(s_start, start - 40) : start])
                ):
                    return None, None  # "a 12B-parameter GPT model fine-tuned on code": a new one
                named = self.mention_starting(m.end + 2) if text.startswith(", ", m.end) else None
                if (
                    named is not None
                    and named.strong
                    and not any(c.isdigit() for c in m.name)
                    and APPOSITIVE_END.match(text, named.end, named.end + 10)
                ):
                    m = named  # "a 22B-parameter Vision Transformer, ViT-22B, ...": the name
                described = (
                    APPOSITIVE_A_BEFORE.search(text, max(s_start, start - 40), start)
                    if not any(c.isdigit() for c in m.name)
                    else None
                )
                if described is not None and APPOSITIVE_END.match(text, m.end, m.end + 10):
                    subject = self.mention_ending(start, described.end(1))
                    if (
                        subject is not None
                        and subject.strong
                        and subject.name != m.name
                        and not PREPOSITION_BEFORE.search(
                            text, max(s_start, subject.start - 12), subject.start
                        )  # (not "Against Gopher, a 70B Chinchilla ...")
                    ):
                        # "BiT-L, a 928M-parameter ResNet": the family it is of, not the model
                        return subject.name, "appositive"
                if (
                    kind == "parameters"
                    and m.name in ARCHITECTURE_WORDS
                    and INDEFINITE_BEFORE.search(text[max(s_start, start - 40) : start])
                ):
                    # one of a kind, no model: "a ~675M-parameter ViT in front of the Qwen2.5-72B
                    # language model" (a named part is that model: "a 400M SigLIP encoder");
                    # but the name in brackets after it is the model: "a 22B-parameter ViT
                    # (ViT-22B)"
                    named = (
                        self.mention_starting(m.end + 2) if text.startswith(" (", m.end) else None
                    )
                    if named is not None and named.strong and text.startswith(")", named.end):
                        return named.name, "name-after-unit"
                    return None, None
                if "s " in text[max(s_start, start - 4) : start] and (
                    owner := POSSESSIVE_BEFORE.search(text, max(s_start, start - 40), start)
                ):
                    possessor = self.mention_ending(start, owner.end(1))
                    if (
                        possessor is not None
                        and possessor.strong
                        and possessor.name != m.name
                        and not named_after_possessed(text, possessor, m)
                    ):
                        return None, None  # "Qwen2-VL-7B's 675M ViT": the possessor's part
                if PROMISED_AFTER.match(text, m.end, m.end + AHEAD) or PROMISED_BEFORE.search(
                    text, max(s_start, start - 30), start
                ):
                    return None, None  # "the 32B Marlin we promised", "a 32B Marlin-3 later
                    # this year": a model to come, its size not yet a fact
                if m.name.lower() in ROLE_WORDS | MODALITY_WORDS:
                    return None, None  # a role, capitalized in a title: "Distilling Wren-13B
                    # into a 2.7B Student with On-Policy Feedback"; a modality: "the 1B and 3B
                    # Text model checkpoints"
                if BASED_AFTER.match(text, m.end, m.end + 8):
                    return None, None  # the base of the model sized: "7B and 70B Llama2 based
                    # LLM fine tuning adapted for the medical domain" (meditron's sizes)
                if not _kind_of_sized(text, m):  # (not the kind of a model: "pre-train a
                    # 1.1B Llama model": the sentence's subject, if any, is the one)
                    return m.name, "name-after-unit"
        other = self.words.near(OTHER_MODEL_STEMS, end, end + AHEAD)  # (a quick no)
        if (
            other
            and OTHER_MODEL_AFTER.match(text, end, end + AHEAD)
            and not APPOSITION_BEFORE.search(text, max(s_start, start - 40), start)
        ):
            return None, None  # "the 1.1 trillion parameter successor": not the one before
        if (
            kind == "parameters"
            and CLASS_PREPOSITION_BEFORE.search(text, max(s_start, start - 30), start)
            and CLASS_MODELS_AFTER.match(text, end, end + 40)
        ):
            return None, None  # a class of models: "say little about 7B models trained on
            # trillions of tokens", "the gap to other 70B models"
        if CLASS_BOUND_BEFORE.search(
            text, max(s_start, start - 40), start
        ) and not POSSESSED_APPOSITION.search(text, max(s_start, start - 80), start):
            return None, None  # a bound on a class: "the most token-efficient model below 20B
            # parameters", "every model with fewer than 10B" (but "Kite has under 10B" is its own, and
            # "a family of models up to 137B" its largest member's)
        a = A_KIND_BEFORE.search(text, max(s_start, start - 40), start) if kind == "parameters" else None
        if (
            a is not None
            and A_MODEL_WOULD.match(text, end, end + 40)
            and not SAID_OF_BEFORE.search(text, max(s_start, a.start() - 8), a.start())
        ):
            return None, None  # a model that would be: "A Chinchilla-optimal 1T-parameter dense
            # model would want about 20T tokens" (but "Kite, a 7B model, would ..." is Kite)
        if (
            a is not None
            and not text[s_start : a.start()].strip(" \t*_`\"'“")
            and ANY_MODEL_DOES.match(text, end, end + 80)
            and not any(m.strong and m.start >= end for m in in_sentence)  # (not "A 70B model
            # at 4-bit needs roughly 40GB, so Llama 3.3 70B is out": the one it speaks of)
        ):
            return None, None  # any model of a size, opening its sentence: "A 9B model in 4-bit
            # fits in 5.7 GB", "A solid 500M model with tool calling would change my plans"
        if HARDWARE_RUNS_BEFORE.search(text, max(s_start, start - 30), start) and MEMORY_SIZE.search(
            text, s_start, start
        ):
            return None, None  # what a machine holds: "Apple's M4 Max with 128GB of unified memory
            # runs a 70B model", "24 GB of GDDR6, enough for a 30B model"
        if MEMORY_FOR_BEFORE.search(text, max(s_start, start - 40), start):
            return None, None  # what a size needs: "about 23G GPU memory for 13B LLM"
        if "second" in text[max(s_start, start - 40) : min(s_end, end + 70)] and (
            THROUGHPUT_BEFORE.search(text, max(s_start, start - 40), start)
            or THROUGHPUT_AFTER.match(text, end, end + 70)
            and A_BEFORE_SIZE.search(text, max(s_start, start - 4), start)
        ):  # (not "Titan handled the 13B model at 20 tokens per second": Kite-13B)
            return None, None  # a benchmark's unnamed model: "1,150 tokens per second on a 70B
            # model", "one board serves a 34B model at 60 tokens per second"
        if (
            self.words.near(PREVIOUS_STEMS, max(s_start, start - 30), start)
            and PREVIOUS_BEFORE.search(text, max(s_start, start - 30), start)
            and (
                MODEL_NOUN_AFTER_SIZE.match(text, end, end + 40)
                or kind == "training_tokens"
                and not self.models_between(end, min(s_end, end + 40))  # ("up from the
            )  # previous 2T tokens used for Kite-2" is Kite-2's)
        ):
            return None, None  # "against the previous 400-billion-parameter production model";
            # "scaled the data from the previous 7 trillion tokens to 18 trillion"
        # A size in brackets after a name: "Gopher (280B)", "Heron (40B, 600B tokens)".
        opening = text.rfind("(", max(s_start, start - 60), start)
        if opening != -1 and ")" not in text[opening:start]:
            bracket = NAME_OPEN_BRACKET.search(text, max(s_start, opening - 50), opening + 1)
            named = self.mention_ending(start, bracket.end(1)) if bracket else None
            close = text.find(")", start, s_end)
            role = (
                ROLE_FOR_BEFORE.search(text, max(s_start, named.start - 80), named.start)
                if named is not None
                and close != -1
                and ONE_MODELS_PAIR.search(text, opening, close)  # "(288B active and close to
                # 2T total ...)": one model's two counts, which a list of several cannot share
                and not SHARED_WORD.search(text, opening, close)  # (not "(7B each)", "(both ...)")
                else None
            )
            if role is not None:
                # "Llama 4 Behemoth, the teacher for Scout and Maverick (288B active)": the
                # teacher's, named before its role, not the models it teaches
                head = self.mention_ending(start, role.start())
                return (head.name, "appositive") if head is not None and head.strong else (None, None)
            if (
                named is not None
                and kind in ("training_tokens", "training_data")
                and MADE_WITH_BEFORE.search(text, max(s_start, named.start - 80), named.start)
            ):
                return None, None  # "textbooks and exercises generated with GPT-3.5 (1B tokens)":
                # data the model made, no count of what it was trained on
            if named is not None:
                return named.name, "name-bracket"
        # ... or set off by dashes: "beat their own Gopher — 280B parameters but only 300B
        # tokens — at about the same compute"
        window = text[max(s_start, start - 60) : start]
        if "\u2014" in window or "\u2013" in window or "--" in window:
            dash = NAME_OPEN_DASH.search(text, max(s_start, start - 60), start)
            named = self.mention_ending(start, dash.end(1)) if dash else None
            if (
                named is not None
                and named.strong
                and not _base_model(text, named, s_start)
                and (
                    not self.compared(named)
                    and not OBJECT_VERB_BEFORE.search(text, max(s_start, named.start - 30), named.start)
                    or ASIDE_CLOSES.match(text, end, s_end) and not JUST_AFTER_DASH.match(text, dash.end(), dash.end() + 20)
                )
            ):  # an aside on the name, closed by a second dash when the name is the compared
                # one ("beat their own Gopher — 280B parameters but only 300B tokens —"); not
                # "rivals GPT-3.5 — just 3.8B", "a fine-tune of Mistral-7B — 200M tokens"
                return named.name, "name-bracket"
        # A part's size is not the whole system's, nor surely the named model's: the encoder of
        # T5-XXL is not T5-XXL (and "SigLIP image encoder (0.4B)" may be all of SigLIP).
        part = None
        if (
            kind == "parameters"
            and self.words.near(PART_STEMS, max(s_start, start - 70), end + AHEAD)  # (quick no)
            and (
                PART_AFTER.match(text, end, end + AHEAD)
                and not IS_A_BEFORE.search(text, max(s_start, start - 40), start)
                or (part := PART_BEFORE.search(text, max(s_start, start - 70), start))
            )
        ):
            # The part's own name: "it adds Pixtral-ViT, a vision encoder of roughly 400M",
            # "Kite-T is a decoder of 7B" when Kite-T opens the sentence (not "The encoder of
            # Kite-VL is a vision transformer of 400M").
            named = None
            if part is not None:
                at = part.start()
                gap = next((g for g in (", ", " is ", " was ") if text.startswith(g, at - len(g))), None)
                if gap is not None:
                    named = self.mention_ending(start, at - len(gap))
                    if named is not None and gap != ", " and text[s_start : named.start].strip(" *_`"):
                        named = None
            return (named.name, "appositive") if named is not None and named.strong else (None, None)
        if kind == "parameters" and DENSE_PART_AFTER.match(text, end, end + AHEAD):
            return None, None  # "a 10B dense transformer plus 128 experts": a part of the whole
        if (
            kind == "parameters"
            and EXPERTS_ONTO_BEFORE.search(text, max(s_start, start - 40), start)
            and DENSE_PART_NOUN_AFTER.match(text, end, end + 30)
        ):
            return None, None  # "bolts a 128-expert residual MoE onto a 10B dense trunk"
        if kind == "parameters" and EXPERT_EACH_BEFORE.search(text, max(s_start, start - 40), start):
            return None, None  # "128 experts, each 3.66B parameters": one expert's, not the model's
        if (
            kind == "parameters"
            and MANY_WITH_BEFORE.search(text, max(s_start, start - 40), start)
            and EACH_AFTER.match(text, end, end + 20)
        ):
            return None, None  # "an ensemble of 8 models with 7B parameters each", "8 experts
            # of 7B each": each one's size, not the whole's
        if kind == "parameters" and self.words.near(PAIRS_STEMS, max(s_start, start - 90), start):
            paired = PAIRED_PARTS.search(text, max(s_start, start - 90), min(s_end, end + 120))
            if paired is not None and paired.start() < start < paired.end():
                return None, None  # "Movie Gen pairs a 30B video model with a 13B audio model":
                # two parts of one system, neither of them the system
        if kind == "training_tokens" and self.words.near(PAIRS_STEMS, max(s_start, start - 200), start):
            paired = PAIRED_PARTS.search(text, max(s_start, start - 200), start)
            if paired is not None and PART_CLAUSE.fullmatch(text, paired.end(), start):
                return None, None  # "pairs a 600M encoder with a 1.3B text decoder that was
                # pretrained separately on 220B tokens": the part's data
        # A size in a clause about the name before it, even a compared one: "outperformed the
        # lab's own Gopher, which had 280B parameters".
        clause = None
        if self.words.near(RELATIVE_STEMS, max(s_start, start - 60), start):  # (a quick no)
            reach = 260 if "](" in text[max(s_start, start - 260) : start] else 60  # (past a
            # link's address: "[Owl-13B](https://...), which was trained on")
            clause = RELATIVE_CLAUSE_BEFORE.search(text, max(s_start, start - reach), start)
        named = self.mention_ending(start, clause.end(1)) if clause else None
        if named is None and clause is None and self.words.near(RELATIVE_STEMS, max(s_start, start - 120), start):
            clause = WHOSE_CLAUSE_BEFORE.search(text, max(s_start, start - 120), start)
            if clause is not None and any(
                m.strong for m in self.models_between(clause.end(1) + 1, start)
            ):
                clause = None  # another model the clause names: "Llama 2, whose successor Llama
                # 3 was trained on 15T tokens"
            named = self.mention_ending(start, clause.end(1)) if clause else None  # further on
            # in the clause: "OLMoE-1B-7B, whose 6.9B parameters (1.3B active) were trained on
            # 5T tokens"
        if named is None and self.words.near(REDUCED_STEMS, max(s_start, start - 50), start):
            clause = REDUCED_CLAUSE_BEFORE.search(text, max(s_start, start - 50), start)
            named = self.mention_ending(start, clause.end(1)) if clause else None
            if (
                named is not None
                and _base_model(text, named, s_start)
                and FINITE_VERB.search(text, s_start, named.start)
            ):
                return None, None  # "Kite-13B was grown from Kite-7B, pretrained on 3T tokens":
                # the base's, or the new one's: the sentence does not say which
            if named is not None and (
                _base_model(text, named, s_start)  # "built on PaliGemma, trained on 10,000 hours"
                or "," in text[named.end : start]
                and "," in text[max(s_start, named.start - 60) : named.start]
            ):  # (the subject's, after an aside: "X, ten times GPT-3, trained on 4.9TB")
                named = None
            elif named is not None and THAN_BEFORE.search(text, max(s_start, named.start - 12), named.start):
                return None, None  # "larger than GPT-2, trained on roughly 300B tokens": the
                # participle may be the subject's, not the compared model's
        if named is not None and VERSION_OF_BEFORE.search(
            text, max(s_start, named.start - 40), named.start
        ):
            return None, None  # the version's, not the name's: "the instruction-tuned version
            # of Falcon Mamba, which has been fine-tuned with an additional 5 billion tokens"
        if (
            named is not None
            and named.name in ARCHITECTURE_WORDS
            and ARTICLE_WORDS_BEFORE.search(text, max(s_start, named.start - 50), named.start)
        ):
            return None, None  # one of a kind, no model: "A 50 million parameter GPT trained
            # on 5 million games of chess"
        if named is not None:
            return named.name, "relative-clause"
        # A size owned by a name just before it: "compared with Gopher's 280B parameters".
        owner = None
        if self.words.near(POSSESSIVE_STEMS, max(s_start, start - 40), start):  # (a quick no)
            owner = POSSESSIVE_BEFORE.search(text, max(s_start, start - 40), start)
        named = self.mention_ending(start, owner.end(1)) if owner else None
        if named is None and " its " in text[max(s_start, start - 60) : start]:
            owner = WITH_ITS_BEFORE.search(text, max(s_start, start - 60), start)
            named = self.mention_ending(start, owner.end(1)) if owner else None  # "within a
            # point of Kimi K2 with its 32B active and 1T total"
        if named is None and ", with " in text[max(s_start, start - 60) : start]:
            owner = COMPARED_WITH_BEFORE.search(text, max(s_start, start - 90), start)
            if owner is not None and text[s_start : owner.start()].strip(" \t*_>-"):
                owner = None  # (the sentence's opening phrase only)
            named = self.mention_ending(start, owner.end(1)) if owner else None  # "Against
            # Mixtral 8x7B, with 46.7B total and 12.9B active parameters, it closes ..."
        if named is not None and owner is not None and owned_part(text, end, named.name, s_start, s_end):
            return None, None  # a part's count: "Kite-VL's 7.6B language model"
        if named is not None:
            return named.name, "possessive"
        # Models named only as the other side of a comparison are not the subject, but what an
        # appositive says of one is its own: "competitive with GPT-3, a model trained on 300B".
        before = [m for m in in_sentence if m.end <= start]
        if (
            before
            and before[-1].strong
            and self.compared(before[-1])
            and (apposition := COMPARED_APPOSITIVE.match(text, before[-1].end, start))
            # (closed after the appositive's opening, not at a link's "https:")
            and not APPOSITIVE_CLOSED.search(text, apposition.end() - 1, start)
        ):
            return before[-1].name, "relative-clause"
        candidates = [m for m in in_sentence if not self.compared(m)]
        # Named further on: "models at 8B, 62B and 540B scale which we call U-PaLM".
        for m in candidates:
            if (
                m.start >= end
                and (called := NAMED_LATER.search(text, max(end, m.start - 30), m.start))
                and not OTHER_THING_NAMED.search(text, max(end, m.start - 40), m.start)
                and not ANOTHER_THING_BEFORE_NAMED.search(
                    text, max(end, called.start() - 120), called.start()
                )
                and not (is_plain_word(m.name) and MAKER_VERB_AFTER.match(text, m.end, m.end + 30))
                and text.find(";", end, m.start) == -1
                and not any(end <= o.start < m.start for o in in_sentence)
            ):  # (not "a 7B parameter reasoning model (Qwen2.5) which ... is then passed to a
                # 7bn parameter ... model called OpenVLA": a name between is the count's own;
                # not "a 12B model ... and a new tokenizer called Tekken", nor "a 456B LLM
                # with ... a GRPO variant called CISPO", nor its maker, nor
                # a model a later clause brings in: "... 456B parameters; ...; there is also a
                # vision model called MiniMax-VL-01")
                superlative = SUPERLATIVE_NAMED.search(text, max(end, m.start - 50), m.start)
                if superlative is not None and not _the_superlative(
                    text, start, end, s_start, superlative
                ):  # "from 44M to 280B, with the largest named Gopher": the 280B only
                    return None, None
                return m.name, "named-later"
        # Named in brackets right after the size's noun: "the best released 34B model (Llama 1)".
        bracket = NAME_IN_BRACKET_AFTER.match(text, end, end + 40)
        if bracket is not None:
            named = self.mention_starting(bracket.end())
            closing = text.find(")", bracket.end(), s_end)
            listed = (
                [m for m in self.models_between(bracket.end(), closing) if m.strong]
                if named is not None and named.strong and closing != -1
                else []
            )
            if named is not None and len(listed) == 1 and text[named.end : named.end + 1] in ",;)":
                return named.name, "name-just-after"
            if (
                len(listed) > 1
                and BRACKET_NAME_LIST.fullmatch(text, bracket.end(), closing)
                and all(  # (only the names: not "(Kite-2 and Wren-2 distillations)")
                    BRACKET_NAME_GAP.fullmatch(text, m.end, n.start if n else closing)
                    for m, n in zip(listed, [*listed[1:], None], strict=True)
                )
            ):
                # Sizes and names listed in the same order: "7B and 14B models (Kite-small and
                # Kite-medium)"; the size's place among the sizes is its name's place.
                after = len(SIZE_IN_LIST.findall(text, end, bracket.end()))
                before = SIZES_LISTED_BEFORE.search(text, max(s_start, start - 80), start)
                count = after + 1 + (len(SIZE_IN_LIST.findall(before.group())) if before else 0)
                if count == len(listed):
                    return listed[count - 1 - after].name, "respectively"
                return None, None  # (a list of names the sizes do not match one by one)
        left = [m for m in candidates if m.end <= start]
        if left and COMPARED_SIZE_BEFORE.search(text, max(s_start, start - 20), start):
            # The size is what the subject is compared with: "X beat a 280B one ... (Gopher)".
            verb = COMPARED_SIZE_BEFORE.search(text, max(s_start, start - 20), start).start()
            left = [m for m in left if m.end > verb]
        if (
            kind == "parameters"
            and AND_AN_BEFORE.search(text, max(s_start, start - 12), start)
            and NEW_MODEL_CLAUSE_AFTER.match(text, end, end + 60)
        ):
            self._new_one.setdefault(s_start, start)  # its tokens are that one's too
            return None, None  # "Llama-3-70B at 4-bit, and a 1.3B model we pretrained": another
        # Inside a quotation, "our model" is the speaker's, which the text may never name: a
        # quote in a newsletter's later story is not about the story before it.
        quoted = self._has_quote_mark(s_start, s_end) and _in_quotation(text, s_start, start)
        ours = self.words.near(OUR_STEMS, max(s_start, start - 50), start)  # (our, this, ...)
        if ours and (our := OUR_JUST_BEFORE.search(text, max(s_start, start - 30), start)):
            subject = next((m for m in reversed(left) if m.end <= our.start()), None)
            if (
                kind == "parameters"  # (not a data set's: "Skagerrak-Web, our 9T-token crawl")
                and subject is not None
                and subject.strong
                and IS_OUR_BETWEEN.fullmatch(text, subject.end, our.start())
                and not PREPOSITION_BEFORE_NAME.search(text, max(s_start, subject.start - 16), subject.start)
                # (not "Built on Llama 3, our 8B model adds vision"; but "Today, Kite-2 is ...")
                and not MODEL_NOUN_OWNS.match(text, end, end + 30)  # (not "our 70B model's
                # successor")
            ):
                return subject.name, "subject-is-ours"  # "Kite-2 is our 70B model"
            if not quoted:
                return self._our_focus(s_start, start)  # "our final 13B checkpoint"
            named_here = [m for m in left if m.start >= start - 50 and m.strong]
            if named_here:
                return named_here[-1].name, "our-named"  # '"Our Kite-2 has 900M ...'"
            return self._story_model(s_start)
        our_model = ours and OUR_MODEL_BEFORE.search(text, max(s_start, start - 50), start)
        if our_model:
            # "our largest model with 7.5B parameters": the text's own model, unless named here
            named_here = [m for m in left if m.start >= start - 50]
            if named_here:
                return named_here[-1].name, "our-named"
            head_end = _appositive_head_end(text, our_model.start())
            described = self.mention_ending(start, head_end) if head_end is not None else None
            if (
                described is not None
                and described.strong
                and (
                    SENTENCE_OPENING.fullmatch(text, s_start, described.start)  # (the
                    # sentence's subject: not "Starting from Basalt-2-Base, the resulting model")
                    or ANNOUNCED_BEFORE.search(text, max(s_start, described.start - 40), described.start)
                )  # (or the one it announces: "We are excited to announce Kite-2, our ...")
            ):
                return described.name, "our-named"  # "**Falcon Mamba 7B**, our first
                # attention-free model, trained on 5.8T tokens": the name it describes
            return self._story_model(s_start) if quoted else self._our_focus(s_start, start)
        if (
            kind == "parameters"
            and NEW_MODELS_AFTER.match(text, end, end + AHEAD)
            and COMPARED_CLASS_BEFORE.search(text, max(s_start, start - 40), start)
        ):
            return None, None  # "it matches 7B dense models": a class it is compared with
        if (
            kind == "parameters"
            and (any_model := ANY_MODEL_AFTER.match(text, end, end + AHEAD)) is not None
            and not NAME_GIVEN_AFTER.match(text, any_model.end(), any_model.end() + 80)
            and COMPARED_ANY_BEFORE.search(text, max(s_start, start - 60), start)
        ):
            return None, None  # "cheaper per token than any 32B dense model", "a footprint
            # comparable to a 2B and a 4B model": any model of that size, none named
        if (
            IF_A_OPENING.match(text, s_start, min(start, s_start + AHEAD))
            and not CLAUSE_END_MARK.search(text, s_start, start)
            and SUPPOSED_A_BEFORE.search(text, max(s_start, start - 40), start)
            and not any(m.end <= start for m in self.sentence_models(s_start))
        ):
            return None, None  # "If a good 1.5B with 10T+ tokens appears, I'll switch": a
            # model supposed in the condition, no model named
        if (
            GENERIC_RUN_OPENING.match(text, s_start, min(start, s_start + AHEAD))
            and not CLAUSE_END_MARK.search(text, s_start, start)
            and GERUND_SUBJECT_VERB.match(text, end, s_end)
        ):
            return None, None  # "Training a 1.1B model on 300B tokens takes 3,456 GPU hours":
            # any such model, none named
        if STEP_BEFORE.search(text, max(s_start, start - 40), start):
            return None, None  # "\`step120000\` ≈ 503B tokens": an intermediate checkpoint's
        if (
            kind == "parameters"
            and "param" in text[start : end + 12]
            and SIZED_PLURAL_AFTER.match(text, end, end + AHEAD)
            and not A_JUST_BEFORE.search(text, max(s_start, start - 4), start)
        ):
            return None, None  # "went from ViT-H/14 to 22B-parameter ViTs": a class of them
        if (
            kind == "parameters"
            and WORKED_ON_A_BEFORE.search(text, max(s_start, start - 24), start)
            and WORKED_ON_MODEL_AFTER.match(text, end, end + AHEAD)
        ):
            return None, None  # "TinyZero reproduced the result on a 3B model": the model
            # worked on, not the subject (nor "1,800 tokens/s on a 70B model")
        if (
            kind == "parameters"
            and OTHER_BEFORE.search(text, max(s_start, start - 20), start)
            and OTHER_MODELS_AFTER.match(text, end, end + AHEAD)
        ):
            return None, None  # "Compared with other 12-13B creative models": others, a class
        if (
            kind == "training_tokens"
            and DATA_RELEASED_BEFORE.search(text, max(s_start, start - 40), start)
            and DATA_NOUN_AFTER.match(text, end, end + 30)
            and not TRAINED_WITH_IT_AFTER.match(text, end, end + 80)
        ):
            return None, None  # "TII has also published a 600B-token extract of RefinedWeb"
        if (
            kind == "training_tokens"
            and DATA_APPOSITIVE_BEFORE.search(text, max(s_start, start - 90), start)
            and DATA_NOUN_AFTER.match(text, end, end + 30)
        ):
            return None, None  # "drawn from DocPile-2, a new 4.2T-token corpus of page images":
            # the size of a data set the text names, not of a model
        if kind == "training_tokens" and DATA_RELEASED_COLON_BEFORE.search(
            text, max(s_start, start - 60), start
        ):
            return None, None  # "Hugging Face published FineWeb on April 21: 15T tokens of ..."
        if (
            self.words.near(PREDECESSOR_STEMS, max(s_start, start - 40), end + 50)  # (quick no)
            and (
                PREDECESSOR_AFTER.match(text, end, end + 50)
                or PREDECESSOR_BEFORE.search(text, max(s_start, start - 40), start)
            )
            and not KEPT_BEFORE.search(text, max(s_start, start - 50), start)
        ):
            return None, None  # "ten times the 117M of its predecessor": an earlier model's
        if COMPARED_PLURAL_BRACKET_BEFORE.search(text, max(s_start, start - 150), start):
            return None, None  # "on par with auto-regressive systems (350M-175B parameters)"
        if kind == "parameters" and (
            self.words.near(MODEL_WORD_STEMS, max(s_start, start - 60), start)  # (quick no)
            and COMPARED_MODEL_OF_BEFORE.search(text, max(s_start, start - 60), start)
            or COMPARED_QUALITY_OF_BEFORE.search(text, max(s_start, start - 60), start)
            or COMPARED_SHARE_OF_BEFORE.search(text, max(s_start, start - 70), start)
        ):
            return None, None  # "it beats a dense model of 2.3B parameters": another model
        if kind == "training_tokens" and COMPARED_TRAINED_ON_BEFORE.search(
            text, max(s_start, start - 120), start
        ):
            return None, None  # "matches a 34B dense baseline trained from scratch on 2.5T
            # tokens": the data of the model it is measured against
        if kind == "parameters" and ADDED_BEFORE.search(text, max(s_start, start - 30), start):
            return None, None  # "attention bridges that add 1.2B parameters": a part's
        if (
            kind == "parameters"
            and WHOLE_SYSTEM_BEFORE.search(text, max(s_start, start - 60), start)
            and not any(
                m.strong and not PART_NAMED_AFTER.match(text, m.end, m.end + 40)
                for m in self.models_between(max(s_start, text.rfind(";", s_start, start)), start)
            )  # (but "Lark Labs shipped Owl-Sparse: the full model has 47B" is Owl-Sparse's)
        ):
            # "counting its frozen Flan-T5-XL (3B) text encoder, the full system has 29.2B": the
            # system the text is about, not a part the sentence named first
            return self.focus_rule(s_start)
        if OUR_BASELINE_BEFORE.search(text, max(s_start, start - 90), start):
            return None, None  # "our production ranker, a DLRM-style model with 1.1B": a baseline
        if (
            kind == "parameters"
            and BARE_SIZE.fullmatch(text, start, end)  # (not "most of the 70B parameters")
            and PART_OF_THE_BEFORE.search(text, max(s_start, start - 24), start)
        ):
            # "most of the 405B for a fraction of the cost": a model called by its size
            by_size = self.size_reference(s_start, s_end, start) or None  # ("": either of two)
            return (by_size, "the-size") if by_size is not None else (None, None)
        if THE_JUST_BEFORE.search(text, max(s_start, start - 16), start) and ONE_AFTER.match(
            text, end, end + 10
        ):  # "closer to the 22B one": a compared model called by its size, not the subject
            by_size = self.size_reference(s_start, s_end, start) or None  # ("": either of two)
            return (by_size, "the-size") if by_size is not None else (None, None)
        if (
            kind == "parameters"
            and self.words.near(ARTICLE_STEMS, max(s_start, start - 40), start)  # (quick no)
            and OTHER_INDEFINITE_BEFORE.search(text, max(s_start, start - 40), start)
            and not GROWN_TO_BEFORE.search(text, max(s_start, start - 60), start)
            and not VERSION_AFTER.match(text, end, end + 30)
        ):
            self._new_one.setdefault(s_start, start)  # its tokens are that one's too
            return None, None  # "connect it to a 20B-parameter language model": another one
        new_at = self._new_one.get(s_start, end)
        if left and left[-1].end < new_at < start and NEW_ONES_CLAUSE.match(text, new_at, start):
            return None, None  # "..., and a 1.3B model we pretrained on 40B tokens"
        role = ROLE_AFTER.match(text, end, end + 40) if kind == "parameters" else None
        if role is not None and IS_A_BEFORE.search(text, max(s_start, start - 30), start):
            role = None  # "We release Tamarin-RM, a 27B reward model": the subject is one
        if role is not None:
            # "distilled from its own 1.5B-parameter teacher, alder-embed-xl": the teacher's,
            # named in apposition, or nobody's; never the subject's
            named = self.mention_starting(role.end())
            if named is not None and named.strong and role.group("many") is None:
                return named.name, "name-just-after"
            return None, None
        # (a name compared by a cue before the count owns it all the same: "13B, up from 7B
        # for Kite-1"; OWNER_JUST_AFTER leaves no room for a cue between them)
        owner_after = next((m for m in in_sentence if m.start >= end), None)
        if (
            left
            and owner_after is not None
            and owner_after.strong
            and OWNER_JUST_AFTER.fullmatch(text, end, owner_after.start)
            and OWNER_ENDS.match(text, owner_after.end, owner_after.end + 6)
        ):  # "from 17B in Llama 4 Scout to 45.9B in MiniMax-Text-01": each its own (and "12T
            # for Gemma 3 12B and 14T for Gemma 3 27B")
            return owner_after.name, "name-just-after"
        if (
            kind == "parameters"
            and (the := THE_BEFORE_SIZE.search(text, max(s_start, start - 5), start))
            and BARE_SIZE.fullmatch(text, start, end)
            and PLURAL_MODELS_AFTER.match(text, end, end + 12)
            and not LIST_BEFORE_THE.search(text, max(s_start, the.start() - 8), the.start())
            and text.find(text[start:end], s_start, the.start()) == -1  # ("in 1B and 3B sizes;
            # the 3B models were pruned from ...": the family's, said again)
        ):
            return None, None  # "makes the 3B models borderline": a class, not the subject
            # (but "the 22B and the 70B models" lists the family's)
        derived = DERIVED_MODELS_BEFORE.search(text, max(s_start, start - 180), start)
        if derived is not None and not any(
            m.strong for m in self.models_between(derived.end("models"), start)
        ):  # (not "Besides the two quantized models, Mixtral 8x7B itself has 46.7B")
            return None, None  # "it published six much smaller "distilled" models, from 1.5B
            # up to 70B": models made from the subject, not the subject
        if self._made_from_after_bracket(start, end, s_start, s_end):
            return None, None  # "six dense models (1.5B, 7B, ..., 70B) distilled from X": the
            # same, said after the sizes
        strong = [
            m
            for m in left
            if m.strong
            and not TEAM_AFTER.match(text, m.end, m.end + 10)
            and not self._maker_aside(m, left)
            and not self._closed_aside(m, s_start, start)
        ]
        # (not a team's: "X, from Alibaba's Qwen team, is an MoE with 14.3B"; nor, when another
        # name came first, one whose "'s" owns another number: "Solar 10.7B stacks two copies of
        # Mistral 7B's 32 layers to reach 48 layers", but "Tui-8B's 32 layers hold 8.1B")
        owners = [m for m in strong if _owns_another_number(text, m, start)]
        if owners and (len(owners) < len(strong) or len(owners) > 1):
            strong = [m for m in strong if m not in owners]  # (two owners: each has its own)
        subjects = [m for m in strong if not _described(text, m) or _family(text, m)]
        if (
            len(subjects) > 1
            and BORROWS_BEFORE.search(text, max(s_start, subjects[-1].start - 30), subjects[-1].start)
            and POSSESSED_DESIGN_AFTER.match(text, subjects[-1].end, subjects[-1].end + 40)
        ):
            subjects = subjects[:-1]  # "DistilBERT ... keeps BERT's architecture but halves its
            # depth, giving 66M": the one that borrows the design, not the one that lends it
        if len(subjects) > 1 and _wider_family(text, subjects[-1]):
            subjects = subjects[:-1]  # "Gemma 3, the newest members of the Gemma family, ..."
        by_size = THE_SIZE_OPENING.match(text, s_start, subjects[0].start) if subjects else None
        if (
            by_size is not None
            and ";" not in text[s_start:start]
            # (not when the sentence names it: "The 7B model, OLMo 2 7B, was trained on ...")
            and not any(m.name.lower().endswith(by_size[1].lower()) for m in subjects)
        ):
            # "The 26B model pairs our encoder PineViT-6B with ..., and was trained on 1.2T
            # tokens": the sentence's subject is the model it calls by its size, named
            # earlier in the paragraph
            called = self.named_with_size(by_size[1], s_start)
            if called is not None and text.find(called, self.paragraph_start(s_start), s_start) != -1:
                return called, "the-size"
        if (
            subjects
            and _base_model(text, subjects[-1], s_start)
            and not _described_after(text, subjects[-1].end, start)
            # (nor in a clause about the base: "distilled from larger Owl 3 models, which were
            # trained on 15T tokens", "the larger Owl 3 family, which saw 15T tokens")
            and not CLAUSE_ABOUT_NAME.fullmatch(text, subjects[-1].end, start)
        ):
            # The model another is built from owns no size said of the new one: "Meditron-70B,
            # built on Llama 2 70B, added 48B tokens"; the subject does, or nobody.
            subjects = [m for m in subjects if not _base_model(text, m, s_start)]
            return (subjects[-1].name, "subject-before") if subjects else (None, None)
        if subjects:
            clause = text.rfind(";", subjects[-1].end, start)
            new_subject = NEW_SUBJECT.match(text, clause + 1, start) if clause != -1 else None
            if (
                new_subject is not None
                and new_subject.group(1).lower() not in NO_SUBJECT_WORDS
                and (
                    not POINTS_BACK.search(text, new_subject.end(), start)
                    or self._unnamed_subject_turn(clause, start)  # ("; Maverick keeps ... but
                    # spreads it over 128 experts for 400B total": its own "it")
                )
            ):
                return None, None  # "DBRX picks 4; Arctic bolts ..., so its 17B": not DBRX's
            if clause != -1 and (
                OTHERS_SUBJECT.match(text, clause + 1, start)
                or THIS_RELEASE_SUBJECT.match(text, clause + 1, start)
            ):
                return None, None  # "Whisper large, with 1550M; the three other sizes have 74M",
                # "Kestrel-7B-Base was trained on 14T tokens; this release adds 380B tokens"
            by_size = CLAUSE_SIZE_SUBJECT.match(text, clause + 1, start) if clause != -1 else None
            of_size = [
                m for m in subjects if by_size and _ends_with_size(m.name, by_size[1])
            ]  # (not "Heron-67B" for "the 7B")
            if (
                by_size is not None
                and kind == "training_tokens"
                and all(split_size(m.name)[1] is not None for m in subjects)  # (a family's
                # listed size is its own: "Gemma 2 ships in 9B and 27B; the 27B model saw 13T")
                and of_size
                and of_size[-1] is not subjects[-1]
            ):
                # "LLaMA-7B and LLaMA-13B ..., while LLaMA-33B and LLaMA-65B were trained on
                # 1.4T tokens; the 7B model was still improving after 1T": the one named so
                return of_size[-1].name, "the-size"
            if (
                by_size is not None
                and kind == "training_tokens"
                and all(split_size(m.name)[1] is not None for m in subjects)
                and not of_size
            ):
                # "LLaMA-33B and LLaMA-65B were trained on 1.4T tokens; the 7B model was still
                # improving after 1T tokens": the model of that size, or nobody
                called = self.named_with_size(by_size[1], s_start)
                if called is not None and self._of_the_lines(called, subjects, s_start):
                    return called, "the-size"
                return None, None
            if (
                text.startswith(("'s", "\u2019s"), subjects[-1].end)
                and PRONOUN_OPENING.match(text, s_start, min(subjects[-1].start, s_start + AHEAD))
                and not DUMMY_IT.match(text, s_start, subjects[-1].start)  # ("It is worth
                # comparing Basalt-2's recipe; it was trained on ...": Basalt-2's)
                and IT_AGAIN.search(text, subjects[-1].end, start)
            ):
                # "It borrows DeepSeek-V3's architecture ..., and it was trained on 15.5T
                # tokens": the model the sentence opened with, not the one whose part it took
                return self.focus_rule(s_start)
            joined = (
                self._joined_whole(s_start, start, end, subjects[-1]) if kind == "parameters" else None
            )
            if joined is not None:
                return joined
            if PART_ROLE_AFTER.match(text, subjects[-1].end, subjects[-1].end + 30) and (
                TOTAL_OF_BEFORE.search(text, max(subjects[-1].end, start - 30), start)
                or A_BEFORE_TOTAL.search(text, max(subjects[-1].end, start - 30), start)
                and A_TOTAL_AFTER.match(text, end, end + 12)
            ):
                # "It connects a SigLIP encoder (400M) to the Qwen2-7B language model, for a
                # total of 8.1B parameters": the whole the sentence is about, not a part
                if PRONOUN_OPENING.match(text, s_start, min(start, s_start + AHEAD)):
                    return self.focus_rule(s_start)
                return None, None
            if FOR_THEN_TO.fullmatch(text, subjects[-1].end, start) and FROM_FOR.search(
                text, max(s_start, subjects[-1].start - 80), subjects[-1].start
            ):
                return None, None  # "grew from 7T tokens for Qwen2 to 18T": not Qwen2's 18T
            if (
                SUPERLATIVE_THE_BEFORE.search(text, max(s_start, subjects[-1].start - 20), subjects[-1].start)
                and split_size(subjects[-1].name)[1] is None
                and self._has_members(subjects[-1].name)
            ):
                # "the largest Whisper has 1.55B": a member, not the family; the one the line
                # leads with when it is the family's ("**Gemma 2 2B it.** Google's smallest
                # Gemma 2 is actually 2.6B parameters"), else nobody
                # (not across a contrast: "OLMo 2 32B is the flagship, but the smallest OLMo 2
                # model was trained on 4T tokens" is not the 32B's)
                family = model_key(subjects[-1].name)
                contrast = CONTRAST_WORD.search(text, s_start, subjects[-1].start)
                lead = (
                    []
                    if contrast is not None
                    else [m.name for m in subjects[:-1]] + [self.bold_lead_model(start) or ""]
                )
                member = next(
                    (
                        name
                        for name in reversed(lead)
                        if model_key(name).startswith(family) and split_size(name)[1] is not None
                    ),
                    None,
                )
                return (member, "subject-before") if member else (None, None)
            if kind == "training_tokens" and any(
                m.strong
                and model_key(m.name) != model_key(subjects[-1].name)
                and TOKEN_COUNT.search(text, subjects[-1].end, m.start)
                for m in self.models_between(subjects[-1].end, start)
            ):
                # "Falcon3-7B was trained on 14T tokens, four times what Falcon-180B saw in
                # 2023 (3.5T tokens)": a second count after another model is not the subject's
                return None, None
            if (
                kind == "parameters"
                and (
                    OF_A_BEFORE.search(text, max(s_start, start - 12), start)
                    and WOULD_AFTER.match(text, end, end + 80)
                    or A_BEFORE_SIZE.search(text, max(s_start, start - 3), start)
                    and A_MODEL_WOULD.match(text, end, end + 40)
                )
                and not SUBJECT_IS_A.fullmatch(text, subjects[-1].end, start)  # ("Kite, a 7B
                # model, would beat Owl": its own)
            ):
                return None, None  # "in Mixtral's names ...: eight experts of a 7B model would
                # be 56B", "If you follow Chinchilla literally, a 405B model would need about 8T
                # tokens": a hypothetical model, not the subject
            if (
                kind == "parameters"
                and BARE_SIZE.fullmatch(text, start, end)
                and AND_THE_BEFORE_SIZE.search(text, max(subjects[-1].end, start - 60), start)
                and MODEL_NOUN_AFTER.match(text, end, end + 16)
            ):
                # "the 14B Owl beats ..., and the reasoning-distilled 32B model is the best": a
                # new clause's subject, called by its size, not the subject before
                return self._called_by_size(s_start, text[start:end])
            if OTHERS_AT_BETWEEN.search(text, subjects[-1].end, start):
                return None, None  # "Qwen3-30B-A3B (30B total), and six dense ones at 0.6B,
                # ... 14B and 32B": other models' sizes, not the name before
            if self._called_by_another_size(
                subjects[-1].name, start, end, s_start
            ) or self._stated_otherwise(subjects[-1].name, start, end, s_start, kind):
                # "Kestrel-LM-8.4B is used in the 9B model": another model, called by its size
                # (of the subjects' line: not a baseline "Owl-7B" for "Kite-34B ...; the 7B")
                by_size = self.size_reference(s_start, s_end, start)
                if by_size is not None and self._of_the_lines(by_size, subjects, s_start):
                    return by_size, "the-size"
                return None, None
            if NEW_SUBJECT_TURN.search(
                text, max(subjects[-1].end, start - CLAUSE_REACH), start
            ) or ANOTHER_MAKERS_MODEL_TURN.search(text, max(subjects[-1].end, start - 80), start) or (
                ANOTHER_FAMILY_TURN.search(text, max(subjects[-1].end, start - 80), start)
            ):
                return None, None  # "X means 235B total and 22B active; DeepSeek writes
                # "671B total, 37B activated"", "..., and Apple's on-device model, about 3B
                # parameters, ...": another subject's clause
            if (
                BY_NAME_OPENING.fullmatch(text, s_start, subjects[-1].start)
                and A_AFTER_COMMA.match(text, subjects[-1].end, subjects[-1].end + 6)
                and RULE_VERB_AFTER.search(text, subjects[-1].end, min(s_end, end + 40))
            ):  # (not an appositive: "By GPT-3, a 175B-parameter model trained on 300B tokens,
                # scaling had become ...")
                return None, None  # "By Chinchilla, a 3B model needs only 60B tokens": a rule
                # named, not the subject (but "By Llama 3, Meta trained the 8B model" is a time)
            named_at = subjects[-1].start
            if (
                EXCEPT_BEFORE.search(text, max(s_start, named_at - 24), named_at)
                or ALONGSIDE_OPENING.fullmatch(  # (or after a label: "**Qwen 2.5 Omni 3B:**")
                    text, max(s_start, text.rfind(":", s_start, named_at) + 1), named_at
                )
            ) and "," in text[subjects[-1].end : start]:
                return None, None  # "Apart from LaMDA, all were trained on roughly 300B
                # tokens": the one model the count is not ("Alongside Qwen 3, the team updated
                # Omni with a 3B model": another one)
            if (
                kind == "parameters"
                and MADE_FROM_SIZE_BEFORE.search(text, max(subjects[-1].end, start - 40), start)
                and not RANGE_TO_AFTER.match(text, end, min(s_end, end + 12))
            ):
                return None, None  # "Kite-3 was upscaled from 7B", "| Kite-3 | 8B | distilled
                # from 70B |": the size of the model the subject was made from
            if (
                kind == "training_tokens"
                and NAME_A_SIZE.fullmatch(text, subjects[-1].end, start)
                and CORPUS_AFTER.match(text, end, min(s_end, end + 80))
            ):
                return None, None  # "NorCorpus-2, a 1.9T-token deduplicated web corpus": the
                # name before is a data set's, and the count its size
            if kind == "parameters" and (
                PROXY_MODELS_AFTER.match(text, end, end + AHEAD)
                or TO_TRAIN_A_BEFORE.search(text, max(s_start, start - 90), start)
            ):
                return None, None  # "DoReMi ... enables using a 280M proxy model to train an
                # 8B model": a stand-in, and the model a method trains, neither the subject
            return subjects[-1].name, "subject-before"
        right = [m for m in candidates if m.start >= end and m.strong]
        if right and right[0].start - end <= 30 and GENERATED_BY.search(text, end, right[0].start):
            return None, None  # "3.1B tokens, generated by DeepSeek-R1": data a model made
        if (
            right
            and MODEL_NOUN_THEN_COMMA.fullmatch(text, end, right[0].start)
            and text[right[0].end : right[0].end + 1] in ("'", "\u2019")
        ):
            return None, None  # a list's item, and the next one a name owns: "a trillion-
            # parameter open model, Qwen's July refresh, SmolLM3": none of them
        if right and _another_models_count(text, s_start, end, right[0].start):
            return None, None  # "Like the base model, which saw 2T tokens, we train Kite-Coder":
            # the model the phrase is about, not the new one nor the one in focus
        if (
            right
            and right[0].start - end <= 30
            and ";" not in text[end : right[0].start]
            and not EXPLANATION_BETWEEN.search(text, end, right[0].start)  # (not an explanation's
            # name: "has 73.4B parameters: a ~675M-parameter ViT in front of ..."; but a label's:
            # "Best reasoning model at 32B: QwQ")
            # (not out of a bracket: "six dense models (0.6B, ... and 32B) and two MoEs, X")
            and not CLOSES_BRACKET.match(text, end, right[0].start)
            and not NEW_CLAUSE.search(text, end, right[0].start)  # "..., and Falcon-7B with 1.5T"
            # (nor a comma's next clause: "open-sourced a trillion-parameter model, Qwen dropped")
            and not _leads_next_clause(text, max(s_start, start - 80), start, end, right[0])
            and not _next_clauses_team(text, end, right[0])  # ("through 15T tokens and the
            # Qwen team pushed ...": another clause's makers)
            and not _base_model(text, right[0], s_start)  # "90B tokens on top of Ferrite-Base-3B"
            and not _generic_use(text, right[0])
            and not POSSESSED_METHOD_AFTER.match(text, right[0].end, right[0].end + 40)
            # (nor a name whose own count follows, come from: "36T tokens, up from Qwen2.5's
            # 18T"; but "Trained on 15T tokens, Wren's 8B version ..." is Wren's)
            and not (
                POSSESSED_COUNT_AFTER.match(text, right[0].end, right[0].end + 24)
                and FROM_BETWEEN.search(text, end, right[0].start)
            )
            and not PART_NAMED_AFTER.match(text, right[0].end, right[0].end + AHEAD)
            and not THING_APPOSITIVE_AFTER.match(text, right[0].end, right[0].end + 80)
            and not OWN_COUNT_AFTER_NAME.match(text, right[0].end, right[0].end + 30)
            # (nor a name with its own count: "20B params (Flux.1 dev uses 13B params)")
            and not MEASURED_AGAINST.search(text, end, right[0].start)
            and not (kind == "parameters" and _part_of_named(text, start, end, right[0]))
            # (nor a tool the run used: "pretrained on 15.5T tokens using MuonClip, our optimizer")
            and not _used_as_tool(text, end, right[0])
            # (nor the data set the tokens were drawn from: "on 1.9T multimodal tokens drawn
            # from DocPile-2, a new 4.2T-token corpus")
            and not DRAWN_FROM_BEFORE.search(text, max(end, right[0].start - 30), right[0].start)
            and not (  # (nor "the 405B trades wins with GPT-4o": a model called by its size)
                THE_BEFORE_SIZE.search(text, max(s_start, start - 5), start)
                and BARE_SIZE.fullmatch(text, start, end)
                and (said := WORD.search(text, end, right[0].start)) is not None
                and said.group().lower() not in THE_SIZE_OF_WORDS  # ("the 175B of OpenAI's GPT-3")
            )
        ):  # (not "300B tokens of the Pile with the GPT-NeoX tokenizer", nor "36T tokens,
            # about twice the Qwen2.5 budget")
            if is_plain_word(right[0].name) and _title_case_line(text, right[0].start):
                return None, None  # a headline's capitalized word: "The 7-9B Sweet Spot"
            if any(
                NEARER_COUNTS_NAME.fullmatch(text, count.end(), right[0].start)
                for count in COUNT_BETWEEN.finditer(text, end, right[0].start)
            ):
                return None, None  # "4.1T tokens, up from about 1.2T for Qwen2-VL": the
                # nearer count's name
            if FROM_BEFORE.search(text, max(s_start, start - 20), start) and CHANGED_TO.search(
                text, end, right[0].start
            ):
                return None, None  # "from 300B tokens in 2020 to 36T for Qwen3": not Qwen3's
            if SPAN_FROM_BEFORE.search(text, max(s_start, start - 30), start) and UP_TO_NAME.match(
                text, end, right[0].start
            ):
                return None, None  # "from models with 44 million parameters up to Gopher"
            return right[0].name, "name-just-after"
        if (
            right
            and right[0].start - end <= 30
            and _used_as_tool(text, end, right[0])
            and not OWN_MODEL_SUBJECT.match(text, s_start, min(start, s_start + AHEAD))
        ):
            return None, None  # "a Heron team created 20B tokens of synthetic data using
            # Kite-70B": a run the sentence tells of no model's (but "It was pretrained on 15.5T
            # tokens using MuonClip" is the text's model's)
        weak = [m for m in left if not m.strong]
        if weak and not (
            kind == "parameters"
            and (indefinite := INDEFINITE_BEFORE.search(text, max(s_start, start - 40), start))
            and not indefinite.group("copula")
        ) and not THE_BEFORE_SIZE.search(text, max(s_start, start - 5), start):
            # (not "In our CI setting, ... a 6.7B model tuned on ...": a new one; nor "Fixed the
            # LR schedule for the 160M model": a model called by its size, not the word before)
            return weak[-1].name, "weak-name-before"
        # A model named earlier by the size the sentence calls it: "... Gemma 2 9B and Gemma 2 27B.
        # The 9B was trained on 8 trillion tokens."
        if self.another_of_the_list(s_start, s_end, start):
            by_tier = self.tier_reference(s_start, start)  # ("the MoE": a tier, if one is named)
            return (by_tier, "the-tier") if by_tier is not None else (None, None)
        by_size = self.size_reference(s_start, s_end, start)
        if by_size == "":
            return None, None  # two of that size named together: either
        if by_size is not None:
            return by_size, "the-size"
        if (
            kind == "parameters"
            and ITS_BEFORE_SIZE.search(text, max(s_start, start - 8), start)
            and BARE_SIZE.fullmatch(text, start, end)
        ):
            about = self.focus_rule(s_start)[0]
            own = split_size(about)[1] if about is not None else None
            said = size_value(text[start:end])
            if own and said and abs(own - said) > EXACT_SIZE * said:
                # "Qwen-72B ... DeepSeek reported that the base version of its 67B beats ...":
                # a model its owner calls by a size the model in focus does not have
                return self._called_by_size(s_start, text[start:end])
        if kind == "parameters" and ITS_BEFORE_SIZE.search(text, max(s_start, start - 8), start):
            said = BARE_SIZE.match(text, start, end)
            value = size_value(said.group()) if said is not None else None
            sized = {
                m.name
                for m in self.models_between(s_start, start)
                if value and (own := split_size(m.name)[1]) and abs(own - value) <= EXACT_SIZE * value
            }
            if len(sized) == 1:
                return sized.pop(), "the-size"  # "a dense model like Llama 3.1 405B: every one
                # of its 405B parameters", the model named with that size, not the page's
        if THE_BEFORE_SIZE.search(text, max(s_start, start - 5), start):
            if DERIVATIVE_AFTER.match(text, end, end + 30):
                return None, None  # "The 32B distill beats o1-mini": a model made from R1
            called = THE_SIZE.search(text, max(s_start, start - 5), min(s_end, end + 1))
            about = self.focus_rule(s_start)[0] if called is not None else None
            if called is not None and called.start(1) == start:
                own = split_size(about)[1] if about is not None else None
                said = size_value(called.group(1))
                if own and said and max(own, said) > NAME_SIZE_REACH * min(own, said):
                    return None, None  # "the 12B" in a text about Foo-7B
                if (
                    about is not None
                    and MOE_ACTIVE_TAIL.search(about.lower())
                    and DENSE_NEXT.match(text, end, end + 24)
                ):
                    return None, None  # "the 30B dense variant" in a text about Kite-30B-A3B
                if own is None and not PLURAL_MODELS_AFTER.match(text, end, end + 30):
                    # A family's page, or no model's: "the 405B weights" under "# Llama Models"
                    # is the model the text named with that size ("Llama 3.1 405B"), not a
                    # "Llama 405B".
                    sized_name = self.named_with_size(called.group(1), start)
                    if sized_name is not None:
                        if self._family_size_since(called.group(1), sized_name, s_start):
                            return None, None  # the family's member just listed, unnamed
                        return sized_name, "the-size"
        # ... or by its tier: "phi-3-mini and phi-3-small. The mini model has 3.8B parameters".
        by_tier = self.tier_reference(s_start, start)
        if by_tier is not None:
            return by_tier, "the-tier"
        # ... or by which of two it is: "gpt-oss-120b and gpt-oss-20b. The larger one has 117B
        # parameters; the smaller has 21B".
        by_rank = self.rank_reference(s_start, start)
        if by_rank is not None:
            return by_rank, "the-tier"
        # A name the sentence defines in brackets at its end: "scaling a sparse model to 269B
        # parameters ... (Stable and Transferable Mixture-of-Experts or ST-MoE-32B)".
        for m in right:
            if _defined_in_brackets(text, m.start, m.end, end):
                if COMPARING_VERB_BETWEEN.search(text, end, m.start):
                    break  # "The 4B model beats the previous 72B model (Qwen 2.5)": the rival's
                return m.name, "defined-in-brackets"
        # Otherwise the model the document was talking about; never what it is described as
        # ("a video ViT model with a billion parameters" is not ViT's size).
        # Nor is a model brought in with "a" ("Today a 70B model trained on 15T tokens beats
        # it"): a new one, not the one the text was about, unless the sentence says it is
        # ("It's a 15B code model").
        if self._counted_before(s_start, start):
            return None, None  # "We train 96 models with 44M ... 6.9B parameters on 25B to 1.2T"
        if self.words.near(EXPERIMENT_STEMS, max(s_start, start - 130), start) and (
            (experiment := EXPERIMENT_MODELS_BEFORE.search(text, max(s_start, start - 130), start))
            and not OWN_MODEL_BETWEEN.search(text, experiment.start(), start)
            and not any(m.strong for m in self.models_between(experiment.start(), start))
        ):
            return None, None  # "we train ablation models with 1.7B parameters, each on 50B"
        if kind == "parameters" and PROXY_MODELS_AFTER.match(text, end, end + AHEAD):
            return None, None  # "ablations on 1.3B-parameter proxy models": small stand-ins
        if DATA_SUBJECT.match(text, s_start, min(start, s_start + AHEAD)) and ";" not in text[s_start:start]:
            return None, None  # "SmolLM-Corpus, the pretraining set ..., holds about 252B tokens"
        if kind == "training_tokens" and SOURCE_DATA_SUBJECT.match(text, s_start, min(start, s_start + AHEAD)):
            return None, None  # "The full data set is about 1.3T tokens; I used under 1% of
            # it", "The deduplicated pool we sampled from is roughly 3.4T": more than was used
        if (
            kind == "training_tokens"
            and CORPUS_SUBJECT.match(text, s_start, start)
            and (
                UNIQUE_AFTER.match(text, end - len("tokens") - 1, end)
                or text.find("unique", start, end) != -1
                or REPEATED_AFTER.match(text, end, min(s_end, end + 90))
            )
        ):
            return None, None  # "The corpus holds 1.1T unique tokens", "The corpus held 106B
            # tokens, and the models were trained for 4.25 epochs": the set, seen several times
        if SOME_MODELS_SUBJECT.match(text, s_start, start) and ";" not in text[s_start:start]:
            return None, None  # "The two small models saw 600B tokens": not the one in focus
        if CLASS_OF_MODELS_SUBJECT.match(text, s_start, start) and ";" not in text[s_start:start]:
            return None, None  # "Baseline models in this class see about 2T tokens"
        if "ly " in text[max(s_start, start - CLASS_HABIT_REACH) : start] and CLASS_HABIT_BEFORE.search(
            text, max(s_start, start - CLASS_HABIT_REACH), start
        ):
            return None, None  # "small LLMs, which typically range from 6B to 10B parameters":
            # what models of a kind usually are, not the model in focus
        opening = THE_SIZE_SUBJECT.match(text, s_start, start)
        if opening is not None and opening.end() <= start and ";" not in text[s_start:start]:
            # "The 3B stopped after the first 4.5T tokens": the model of that size the text
            # named, else nobody the page's own model can stand for if its size is another
            called = self.named_with_size(opening[1], s_start)
            if called is not None and self._family_size_since(opening[1], called, s_start):
                return None, None
            if called is not None:
                return called, "the-size"
            own = split_size(self.focus(s_start) or "")[1]
            said = size_value(opening[1])
            if own and said and max(own, said) > NAME_SIZE_REACH * min(own, said):
                return None, None
        if (
            kind == "parameters"
            and NEW_MODELS_AFTER.match(text, end, end + AHEAD)
            and NEW_MODELS_BEFORE.search(text, max(s_start, start - AHEAD), start)
        ):
            self._new_one.setdefault(s_start, start)  # their tokens are theirs too
            return None, None  # "they also trained 44M, 117M and 7.1B models": unnamed ones
        indefinite = (
            kind == "parameters"
            and self.words.near(ARTICLE_STEMS, max(s_start, start - 40), start)  # (quick no)
            and INDEFINITE_BEFORE.search(text[max(s_start, start - 40) : start])
        )
        if indefinite and indefinite.group("copula") and ROLE_IS_BEFORE.search(
            text, max(s_start, start - 60), start
        ):
            return None, None  # "The teacher is a 34B model": another model, in a role
        if indefinite and (
            indefinite.group("copula") or VERSION_AFTER.match(text, end, end + 30)
        ):
            indefinite = None  # "It's a 15B code model", "a 355M version"
        if indefinite and COMPARISON_OPENING.match(text, s_start, start):
            return None, None  # "For comparison, a 7B model at Q4 needs roughly 4.5 GB": a
            # yardstick, not the heading's model
        if indefinite and EXPERIMENT_BEFORE.search(text, max(s_start, start - 120), start):
            self._new_one.setdefault(s_start, start)
            return None, None  # "an ablation: we trained a 1.2B model on 100B tokens": a run
            # beside the page's model
        if indefinite:
            self._new_one.setdefault(s_start, start)  # its tokens are that one's too
        if (
            indefinite
            or INDEFINITE_OPENING.match(text, s_start, min(start, s_start + 12))
            and not self.models_between(s_start, start)
        ) and self._said_to_come(end, s_end):
            return None, None  # "says a model with over 400B parameters is still in training",
            # "A mixture-of-experts follow-up, roughly 140B total with about 12B active, is in
            # training": one to come, not the heading's released model (but "released a 3.8B
            # model that still beats Mixtral" is out)
        new_one = self._new_one.get(s_start, end) < start or bool(indefinite)
        about_base = BASE_LABEL.match(text, s_start, start) is not None
        base_object = BASE_OBJECT_BEFORE.search(text, max(s_start, start - 60), start)
        if base_object is not None and WE_JUST_BEFORE.search(
            text, max(s_start, base_object.start() - 16), base_object.start()
        ):
            base_object = None  # "We trained the base model on 500B tokens": the authors' own
        if BASES_SUBJECT.match(text, s_start, start):
            return None, None  # "Both bases were pre-trained by Meta on 2 trillion tokens": the
            # bases', several of them, not the page's model's
        if BASE_SUBJECT.match(text, s_start, start) or base_object:
            # "The base model was pretrained on 15T tokens": the model the card is built on,
            # when it named one ("... on top of Meta's Llama 3.1 8B"); else the release's own
            # base ("NVIDIA released Nemotron-4 340B. The base model contains 340B parameters")
            base = self.base_named_before(s_start)
            if base is not None:
                return base, "the-base"
            if base_object:
                return None, None  # "Meta pretrained the base model on 15T tokens": not ours
        if kind == "training_tokens" and BACKBONE_SUBJECT.match(text, s_start, start):
            base = self.base_named_before(s_start)
            return (base, "the-base") if base is not None else (None, None)  # "The backbone
            # was pre-trained on 11T text tokens": the one the page's model is built on
        focus = (
            (None, None)
            if quoted or about_base
            else self.focus_rule(
                s_start, at=start if WE_MAKE.search(text, s_start, start) else None
            )
        )  # (a title's model before a comparison is "we"'s: "we train a 1B ViT ... that surpass")
        if (
            indefinite
            and focus[1] in ("focus-title", "focus-heading")
            and WHAT_IF_AFTER.match(text, end, min(s_end, end + 80))
        ):
            return None, None  # a what-if under a heading: "A compute-optimal 1T-parameter
            # dense model would want about 20T tokens" under "# Chinchilla was a speed limit"
        if new_one and focus[1] not in ("focus-title", "focus-heading") and not (
            # the authors' own model, when the text introduced one: "We present Kestrel ... We
            # train a 1.2T-parameter model"; not the work just cited ("we target low-resource
            # languages with a 2.7B model", after a sentence on mT5)
            FIRST_PERSON.search(text, s_start, start)
            and focus[1] in INTRODUCED_FOCUS
            and not WOULD_AFTER.match(text, end, end + 80)  # (not "a 30B hybrid ... would")
        ):
            # (under "## Galactica", "A 120B-parameter model trained on ..." is Galactica, and a
            # paper's "samples from a 3.5B model" are its title's)
            focus = (None, None)
        if focus[0] is not None and self._another_makers(focus[0], s_start, s_end, start):
            return None, None  # "Meta's new 8B model" in a story about Mixtral 8x22B
        if (
            focus[0] is not None
            and kind == "training_tokens"
            and (
                DATA_HOLDS_BEFORE.search(text, s_start, start)
                or DATA_APPOSITIVE_IS.search(text, s_start, start)
                or DATA_IS_BEFORE.search(text, max(s_start, start - 60), start)
                and self._beside_another_count(start, end, s_start, s_end)  # (the one a model
                # saw or took; not a card's "The data mixture is 4.5T tokens, 20% of it code")
            )
            and not TRAINED_BEFORE.search(text, s_start, start)
        ):
            return None, None  # "The Stack v2 itself holds about 900B unique tokens", "the
            # full dataset is said to hold about 5T tokens": a data set's size, not what the
            # model the text is about saw
        if focus[0] is not None:
            result = next(
                (
                    m for m in right
                    if m.strong
                    and ";" not in text[end : m.start]
                    and RESULT_BETWEEN.search(text, end, m.start)
                ),
                None,
            )  # fmt: skip
            if result is not None:
                return result.name, "name-later"  # "Instruction fine-tuning on 2B tokens ...,
                # resulting in instruction-tuned models (DeepSeek-Coder-Instruct)": the model
                # the step makes, not the one the step before made
            return focus
        # Last, a model the same sentence names further on: "a 100B model ... the InternLM model".
        later = [
            m
            for m in right
            if not _described(text, m)
            and m.name.lower() not in MODALITY_WORDS  # ("the 1B and 3B Text model")
            and not OWN_COUNT_AFTER_NAME.match(text, m.end, m.end + 30)  # ("it's 1.55B params.
            # whisper tiny is 39M": a name with its own count)
            and not _base_model(text, m, s_start)  # "... model built on PaliGemma"
            and ";" not in text[end : m.start]
            and "|" not in text[end : m.start]  # (not another cell's: "| Yes (from 27B) | Yes
            # (from GPT-4) |", the teachers of two columns' models)
            and not NEW_CLAUSE.search(text, end, m.start)  # "..., yet Llama 2 7B was trained"
            and not _leads_next_clause(text, max(s_start, start - 80), start, end, m)
            and not _next_clauses_team(text, end, m)  # (nor another clause's makers: "Meta
            # pushed an 8B model through 15T tokens and the Qwen team pushed its 0.6B model";
            # but "..., the InternLM team reports")
            and not BESIDE_OR_AS_BETWEEN.search(text, end, m.start)  # "... as fast as SDXL"
            and not (  # "with 47B active parameters, even outshines Wren-1"
                (verb := COMPARING_VERB_BETWEEN.search(text, end, m.start)) is not None
                and "," not in text[verb.end() : m.start]
            )
            and not (  # "18T, up from 7T for Qwen2"; not "3.8B, compared with 70B ..., Kite-Mini"
                (compared := COMPARED_BETWEEN.search(text, end, m.start)) is not None
                and "," not in text[compared.end() : m.start]
            )
            and not (
                MADE_FROM_BETWEEN.search(text, end, m.start)  # "..., distilled from X"
                and not NAME_GIVEN_BEFORE.search(text, max(end, m.start - 30), m.start)
            )  # (but "distilled from a teacher and released under the name X" is X's)
            and not OTHER_THING_NAMED.search(text, max(end, m.start - 40), m.start)
            and not (kind == "parameters" and _part_of_named(text, start, end, m))
            # (a part's count: "the 7B classifier used in X"; but "the 2T tokens used in X")
            and not (
                text.startswith(("'s", "\u2019s"), m.end)
                and not OWN_MODEL_AFTER_POSSESSIVE.match(text, m.end + 2, m.end + 40)
            )  # ("a ~20B model with Gemma's writing": a quality of another's; but "Whisper's
            # largest model" is a Whisper)
            and not TRAINED_ON_WORDS_BEFORE.search(text, max(end, m.start - 160), m.start)
            and not DRAWN_FROM_BEFORE.search(text, max(end, m.start - 30), m.start)
            and not DATA_WORD_BRACKET_BEFORE.search(text, max(end, m.start - 30), m.start)  # (not
            # "a LARGE model (317M), pre-trained on 53.2k hours of LibriVox audio (LV-60k)": its
            # data)
            and not _another_models_count(text, s_start, end, m.start)  # (nor a count of a
            # model a phrase brought in: "Starting from an 8B dense model pretrained on 6T
            # tokens, we build Halyard-A6B")
            and not _generic_use(text, m)  # (nor "assuming GPT-2 encodings": a tokenizer's)
            # nor what it runs on or with: "the 1B/3B models (all compatible with N150)", "by
            # using BFP4 weights"; nor a code no family has ("N300", "FF1": hardware, formats)
            and not RUNS_ON_BEFORE.search(text, max(end, m.start - 120), m.start)
            and not _used_as_tool(text, end, m)
            and not (CODE_NAME.fullmatch(m.name) and not _reference_organization(m.name))
            and not (
                (kind != "parameters" or UNITLESS_COUNT.fullmatch(text, start, end))
                and LABEL_BRACKET_AFTER.match(text, end, m.start)
            )  # (nor a label's count in brackets: "**Massive** (10M): Llama 4 Scout with 10M
            # token context", "**Large** (1M tokens): Wren Pro"; but "**Small** (1.5B
            # parameters): Wren-S" is Wren-S's)
        ]  # (nor "... with a new tokenizer called Tekken")
        return (later[0].name, "name-later") if later else (None, None)

    def _data_sets_size(self, start: int, end: int, s_start: int, s_end: int) -> bool:
        """Whether a token count is the size of a data set the sentence names or describes,
        and not what a model was trained on: "FineWeb-Edu (1.3T tokens after filtering)",
        "a 1.2T-token sample of the corpus", "OLMo-Mix-1124, a mixture of about 3.9T tokens",
        "its synthetic dataset is only about 30B tokens"; never one the sentence says a model
        learned from ("Pythia was trained on the Pile (300B tokens)", "Kite-2 uses a 4T-token
        data mixture", "Qwen2.5's pretraining dataset is 18T tokens", "Llama 3's 15T-token
        dataset", "... on which Kite-13B is trained", "The data is Dolma, a ...")."""
        text = self.text
        if DATA_SUBJECT_IS.match(text, s_start, start) or TRAINED_ON_WHICH_AFTER.match(
            text, end, end + 90
        ):
            return False
        data_is = DATA_IS_BEFORE.search(text, max(s_start, start - 60), start)
        if (
            data_is is not None
            and not TRAINING_DATA_WORD.search(text, max(s_start, data_is.start() - 20), start)
            and self._beside_another_count(start, end, s_start, s_end)
        ):
            return True  # beside another count, the one a model saw: "X was trained on 150B
            # tokens, yet its synthetic dataset is only about 30B tokens"
        reach = max(s_start, start - DATA_CUE_REACH)  # (a sentence may be a whole page long)
        if LEARNED_FROM_BEFORE.search(text, reach, start) or OWNED_DATA_BEFORE.search(
            text, max(s_start, start - 40), start
        ):
            return False
        if DESCRIBED_DATA_OPENING.match(text, s_start, start):
            return True  # a digest's item on a data set: "**MINT-1T** - open-sources a large-
            # scale multimodal interleaved dataset consisting of 1 trillion tokens"
        if DATA_SET_LINK_OPENING.match(text, s_start, start):
            return True  # an item on a data set's page: "- [FineMath](https://hf.co/datasets/
            # ...): 34B tokens of math pages"
        opening = DATA_SUBJECT_OPENING.match(text, s_start, start)
        if opening is not None and (
            opening.group("noun") or _data_set_name(opening.group("name") or "")
        ):
            return True  # a sentence about a data set: "FineWeb itself is a 15T-token web
            # corpus", "Dolma v1.7, the 2.3T-token corpus behind ...", "Our crawl holds roughly
            # 38T tokens"
        if (
            DATA_RELEASED_IN_SENTENCE.search(text, reach, start)
            and RELEASED_DATA_AFTER.match(text, end, end + 40)
            and not ITS_BEFORE.search(text, max(s_start, start - 8), start)
        ):
            return True  # "We release the classifiers, the 1.2T-token filtered corpus"
        bracket = DATA_SET_BRACKET_BEFORE.search(text, max(s_start, start - 50), start)
        if (
            bracket is not None
            and _data_set_name(bracket.group(1))
            and not TOTAL_IN_BRACKET_AFTER.match(text, end, end + 30)
        ):
            return True  # (not "SlimPajama and StarCoderData (3T tokens in total)")
        if text[start:end].lower().endswith("token") and (
            DESCRIBED_DATA_AFTER.match(text, end, end + 40)
            or (named := NAMED_DATA_AFTER.match(text, end, end + 40)) is not None
            and _data_set_name(named.group(1))
        ):
            return True  # "a 1.2T-token multilingual pool", "the 400B-token synthetic subset",
            # "the 1.2T-token RedPajama-V1 mix"
        appositive = DATA_OF_BEFORE.search(text, max(s_start, start - 60), start)
        return appositive is not None and DATA_WORD_IN_NAME.search(appositive.group(1)) is not None

    def _beside_another_count(self, start: int, end: int, s_start: int, s_end: int) -> bool:
        """Whether another token count stands within a clause's reach of the one at [start,
        end) in its sentence: "trained on 150B tokens, yet its dataset is only about 30B"."""
        text = self.text
        return (
            TOKEN_COUNT_NEAR.search(text, end, min(s_end, end + CLAUSE_REACH)) is not None
            or TOKEN_COUNT_NEAR.search(text, max(s_start, start - CLAUSE_REACH), start) is not None
        )

    def _made_from_after_bracket(self, start: int, end: int, s_start: int, s_end: int) -> bool:
        """Whether the size is in a bracket after counted models that the text then says were
        made from another: "six dense models (1.5B, 7B, 8B) distilled from DeepSeek-R1"."""
        text = self.text
        opening = text.rfind("(", max(s_start, start - 60), start)
        if opening == -1 or ")" in text[opening:start]:
            return False
        if not COUNTED_MODELS_BEFORE.search(text, max(s_start, opening - 40), opening):
            return False
        closing = text.find(")", end, min(s_end, end + 60))
        made = MADE_FROM_AFTER.match(text, closing + 1, closing + 40) if closing != -1 else None
        if made is None:
            return False
        # ... from the model the paragraph named before them, whose sizes these are not; not
        # "Kite-Coder comes as four models (1.5B, 7B, 14B, 32B) fine-tuned from Qwen2.5"
        base = next((m for m in self.models_between(made.end(), s_end) if m.strong), None)
        return base is not None and any(
            m.name == base.name and not _base_model(self.text, m, self.sentences.span(m.start)[0])
            for m in self.models_between(self.paragraph_start(s_start), opening)
            if m.strong
        )  # (in the paragraph: "We introduce DeepSeek-R1, ... We also open-source six ..."; not
        # as a base there too: "Kite-Coder ..., built on Qwen2.5, ... fine-tuned from Qwen2.5")

    def _of_the_lines(self, called: str, subjects: list[Mention], s_start: int) -> bool:
        """Whether a model called by its size ("the 7B variant") is of the line of the
        sentence's subjects or of the model the text is about: not a baseline named earlier
        ("Baselines include Owl-7B. Kite-34B and Kite-70B ...; the 7B variant ...")."""
        focus = self.focus(s_start)
        lines = {_line_word(m.name) for m in subjects} | ({_line_word(focus)} if focus else set())
        return _line_word(called) in lines

    def _called_by_another_size(self, name: str, start: int, end: int, s_start: int) -> bool:
        """Whether the size at [start, end) calls a model by a size ("the 9B model") that the
        sized name before it is not, neither rounding the other ("Kestrel-LM-8.4B"; but "the
        9B" is "Gemma-2-9B" and "Kite-9.2B")."""
        text = self.text
        if not THE_BEFORE_SIZE.search(text, max(s_start, start - 5), start):
            return False
        label = SIZE_IN_NAME.fullmatch(text, start, end)
        owns = [
            (number, scale)
            for number, scale in SIZE_IN_NAME.findall(name.replace("-", " "))
            if scale.isupper() or name.islower()
        ]
        if label is None or not owns or EXPERTS_NAME.search(name):
            return False
        said = float(label[1]) * SCALES[label[2].lower()]
        for number, scale in owns:
            own = float(number) * SCALES[scale.lower()]
            if _rounds_to(own, label[1], label[2]) or _rounds_to(said, number, scale):
                return False
        return True

    def _stated_otherwise(
        self, name: str, start: int, end: int, s_start: int, kind: str
    ) -> bool:
        """Whether the bare size at [start, end), after "the", calls a model by a size far from
        every count the text has stated for ``name``: "Otter-v4 ... final numbers: 27.6B
        params ... the 120B run is still going" is another run, not Otter-v4."""
        if kind != "parameters" or not BARE_SIZE.fullmatch(self.text, start, end):
            return False
        if not THE_BEFORE_SIZE.search(self.text, max(s_start, start - 5), start):
            return False
        stated = self._stated_sizes.get(model_key(name))
        label = SIZE_IN_NAME.fullmatch(self.text, start, end)
        if not stated or len(stated) > 1 or label is None or self._has_members(name):
            return False  # (a family's members: "The largest PaLM, at 540B ...; the 62B")
        if ACTIVE_AFTER_SIZE.match(self.text, end, end + 12) or MEMBERS_AFTER_SIZE.match(
            self.text, end, end + 30
        ):
            return False  # its active count: "using the 37B active count, not the 671B"; its
            # family's members: "The largest PaLM, at 540B ...; the 62B and 8B variants"
        said = float(label[1]) * SCALES[label[2].lower()]
        return all(max(v, said) > NAME_SIZE_REACH * min(v, said) for v in stated)

    def _names_nothing(self, start: int, end: int, s_start: int) -> bool:
        """Whether ``model_for`` can only end in no model for the number at [start, end) of the
        sentence from ``s_start``: the sentence names no model, has no "the" (by which "the
        9B", "the mini model", "the larger one" call a model named before), no focus, and does
        not open with "The base model"; and the names that rules look up right after a number
        ("a 34B model (Llama 1)", "a 1.5B teacher, X") would lie inside it. Each rule of
        ``model_for`` then says no model, so a long run of numbers in such a sentence ("(70B(70B
        (70B ...") skips them all; a sentence is asked once, not once per number.

        A rule that names a model from elsewhere (another sentence, the title, the whole text)
        must be ruled out here too."""
        raw_start, raw_end = self.sentences.span(start)
        quiet = self._quiet.get(raw_start)
        if quiet is None:
            quiet = self._quiet[raw_start] = (
                not self._bounds(start)[0]
                and not self.says("the", start)
                and self.focus_rule(s_start)[0] is None
                and not (self.given_title and COMPARISON.search(self.text, raw_start, raw_end))
            )
        return (
            quiet
            and end + NAME_AFTER_REACH < raw_end
            and BASE_SUBJECT.match(self.text, s_start, start) is None
        )

    def says(self, word: str, offset: int) -> bool:
        """Whether the sentence holding ``offset`` has ``word`` (in lower case) anywhere, as
        the text folded to lower case reads (see ``windows``): a quick no for the patterns
        that need the word, asked once per sentence and word, not once per number."""
        raw_start, raw_end = self.sentences.span(offset)
        found = self._says.get((raw_start, word))
        if found is None:
            found = self.words.folded.find(word, raw_start, raw_end) != -1
            self._says[raw_start, word] = found
        return found

    def _has_quote_mark(self, s_start: int, s_end: int) -> bool:
        """Whether the sentence at [s_start, s_end) has a quote mark, asked once per sentence:
        counting the marks before each of its numbers made long sentences of numbers slow."""
        found = self._quoting.get((s_start, s_end))
        if found is None:
            found = self._quoting[s_start, s_end] = any(
                self.text.find(mark, s_start, s_end) != -1 for mark in QUOTE_MARKS
            )
        return found

    def _counted_before(self, s_start: int, start: int) -> bool:
        """Whether the sentence from ``s_start`` counts the models it trains before ``start``
        ("we train 96 models with ..."): where the count ends is found once per sentence, not
        per number."""
        if s_start not in self._counted:
            found = COUNTED_MODELS.search(self.text, s_start, self.sentences.span(s_start)[1])
            self._counted[s_start] = found.end() if found else None
        end = self._counted[s_start]
        return end is not None and end <= start

    def another_of_the_list(self, s_start: int, s_end: int, start: int) -> bool:
        """Whether a number goes on a list of models called by their sizes with one called
        otherwise: "the 12B on 9T tokens, the 3B on 7T and the MoE on 8T"."""
        said, ends = self._the_sizes(s_start, s_end)
        i = bisect_right(ends, start)
        return bool(i) and OTHER_THE_BETWEEN.search(self.text, said[i - 1].end(), start) is not None

    def _the_sizes(self, s_start: int, s_end: int) -> tuple[list[regex.Match], list[int]]:
        """A sentence's "the 9B"s and their ends, searched once per sentence, not per number."""
        if s_start not in self._size_words:
            found = list(THE_SIZE.finditer(self.text, s_start, s_end))
            self._size_words[s_start] = found, [m.end() for m in found]
        return self._size_words[s_start]

    def _named_by_version(self, version: str, s_start: int) -> str | None:
        """The model the text is about, if its name ends with ``version`` ("DeepSeek-V3" for
        "V3"), else the latest one the paragraph names so before ``s_start`` and compares with
        nothing, else None."""
        suffix = version.lower()

        def has_it(name: str) -> bool:
            low = name.lower()
            return low.endswith(suffix) and low[-len(suffix) - 1 : -len(suffix)] in ("-", " ")

        focus = self.focus_rule(s_start)[0]  # the one the text is about first: "Kite-Embed-v2
        if focus and has_it(focus):  # ... beats Owl-Embed-v2. V2 was trained on 1B pairs"
            return focus
        begin = max(self.paragraph_start(s_start), s_start - AHEAD * 10)
        for m in reversed(self.models_between(begin, s_start)):
            if m.strong and has_it(m.name) and not self.compared(m):
                return m.name
        return None

    def _sized_pair(self, s_start: int, offset: int) -> list[str | None]:
        """The models a sentence's subject calls by two or three sizes, when each is one the
        text named ("The 7B and 13B models saw 1 trillion tokens" after LLaMA-7B and LLaMA-13B),
        for a count said after it; else none."""
        pair = SIZED_PAIR_SUBJECT.match(self.text, s_start, offset)
        if pair is None:
            return []
        s_end = self.sentences.span(s_start)[1]
        names: list[str | None] = []
        for group in (1, 2, 3):
            if pair.group(group) is None:
                continue
            name = self.size_reference(s_start, s_end, pair.end(group))
            if not name:
                return []
            names.append(name)
        return names if len(set(names)) == len(names) else []

    def size_reference(self, s_start: int, s_end: int, start: int) -> str | None:
        """The model a sentence means by "the 9B" (the last one before the number at ``start``,
        else its first: "The 27B ... on 13T tokens, the 9B on 8T"): the latest one named just
        before with that size in its name."""
        said, ends = self._the_sizes(s_start, s_end)
        if not said:
            return None
        i = bisect_right(ends, start)  # (a search: long lists stay linear)
        after = i + (i < len(said) and said[i].start() <= start)  # (not the count itself, read
        # as the second of "the 38B and 260B")
        if (
            after < len(said)
            and said[after].start() <= start + 40  # (a short reach: "1.2T tokens for ")
            and COUNT_FOR_THE.fullmatch(self.text, start, said[after].start())
            and self.text[said[after].end() : said[after].end() + 2] not in ("'s", "\u2019s")
        ):  # (not one whose "'s" owns another thing: "500B tokens of the 70B's outputs")
            i = after + 1  # the one the count is for: "410B tokens for the 38B and 260B for the 8B"
        reference = said[i - 1] if i else said[0]
        if (
            not i
            and reference.start(1) != start  # (not the number itself: "The 40B model was ...")
            and not FOR_JUST_BEFORE.search(self.text, max(0, reference.start() - 8), reference.start())
        ):
            return None  # "The two smaller models saw 600B tokens and the 1.7B saw 1T"
        size = reference.group(1).lower()

        dense = DENSE_NEXT.match(self.text, reference.end(), reference.end() + 24) is not None

        def sized(name: str) -> bool:  # "Gemma 2 9B", "Orca-70B"; not "Orca-17B" for "the 7B"
            # (nor "Kite-30B-A3B", a mixture of experts, for "the 30B dense variant")
            return _ends_with_size(name, size) and not (
                dense and MOE_ACTIVE_TAIL.search(name.lower()) is not None
            )

        line = last_before(self.text, "\n", s_start) + 1
        item = LIST_ITEM.match(self.text, line, line + AHEAD)
        dated = item is not None and DATED_OPENING.match(self.text, item.end(), item.end() + AHEAD)
        # (a dated release item is a story of its own: "- [2024/06] Released the 1.5B model."
        # is not the 1.5B an item before it named)
        named = self._latest_named_before(s_start, sized, one=True, since=line if dated else None)
        if named == "":
            return ""  # two of that size named together: "Falcon3-7B and Falcon3-10B, plus
            # Falcon3-Mamba-7B. The 7B model ..." may be either
        if named is None and item is not None:
            named = self._named_later_in_item(line, s_end, sized)
        if named is None and dated:
            return None  # (nor the family's member its item lists: "SmolLM in 135M, 360M and
            # 1.7B ... the 1.7B saw 1T" names no model)
        if (
            named is None
            and size in self._family_sizes
            and not VERSION_AFTER.match(self.text, reference.end(), reference.end() + 30)
        ):  # (not "the 540B version" of Minerva, where "540B-parameter PaLM" came before)
            # "Llama 3 ... in two sizes, 8B and 70B. ... 'The 8B is the headline'": the family's
            position, family = self._family_sizes[size]
            if self.paragraph_start(s_start) <= position < start:
                return family
        return None if named is not None and self._family_size_since(size, named, s_start) else named

    def _called_by_size(self, s_start: int, size: str) -> tuple[str | None, str | None]:
        """The one model the paragraph's sentences before ``s_start`` name with ``size`` ("the
        32B" for "DeepSeek-R1-Distill-Qwen-32B"), by the rule "the-size"; else nobody."""
        called = self._latest_named_before(
            s_start, lambda name: _ends_with_size(name, size), one=True
        )
        return (called, "the-size") if called else (None, None)

    def _named_later_in_item(
        self, line: int, s_end: int, fits: Callable[[str], bool]
    ) -> str | None:
        """For the first sentence of the list item at ``line``, ending at ``s_end``, when it
        names no model ("- [2024/06] Released the 1.5B model. Kite-Embed-1.5B is our first
        ..."): the model that ``fits`` which opens a later sentence of the item, when one such
        only does."""
        if self.models_between(line, s_end):
            return None
        end = end_of_line(self.text, s_end)
        later: set[str] = set()
        position = s_end
        for _ in range(ITEM_SENTENCES):  # (the item's next few sentences)
            while position < end and self.text[position] in " \t":
                position += 1
            if position >= end:
                break
            start, stop = self.sentences.span(position)
            ahead = model_mentions(  # (a copy of the names learnt so far: reading ahead must
                # not teach the sentences before a plain name only a later one introduces)
                self.text, self.timeout, start, stop, set(self._plain_models), self._table_names
            )
            opening = next((m for m in ahead if m.strong), None)
            if (
                opening is not None
                and SENTENCE_OPENING.fullmatch(self.text, start, opening.start)  # (the sentence's
                # subject, not a model it is compared with: "Beats gte-qwen2-1.5b on MTEB")
                and fits(opening.name)
                and not _base_model(self.text, opening, start)
            ):
                later.add(opening.name)
            position = max(stop, position + 1)
        return later.pop() if len({model_key(name) for name in later}) == 1 else None

    def _family_size_since(self, size: str, named: str, s_start: int) -> bool:
        """Whether the paragraph has listed ``size`` as one of a family's sizes since it last
        named ``named``: "SmolLM in 135M, 360M and 1.7B ... the 1.7B saw 1T" is SmolLM's 1.7B,
        not SmolLM2-1.7B of the item before."""
        if size.lower() not in self._family_sizes:
            return False
        position, family = self._family_sizes[size.lower()]
        return (
            model_key(split_size(named)[0]) != model_key(family)  # ("Llama 3.1 405B" is its own)
            and self.paragraph_start(s_start) <= position < s_start
            and self.text.find(named, position, s_start) == -1
        )

    def named_with_size(self, size: str, start: int) -> str | None:
        """The latest model named anywhere before ``start`` whose name ends with ``size``
        ("Llama 3.1 405B" for "405B"); the names found once per size, not per number."""
        key = size.lower()
        if key not in self._sized_names:
            ends: list[int] = []
            names: list[str] = []
            position = self.text.find(size)
            while position != -1:
                end = position + len(size)
                named = self.mention_ending(position, end)
                if (
                    named is not None
                    and named.start < position
                    and _ends_with_size(named.name, size)  # (not "13B" or "1.7B" for "3B", "7B")
                ):
                    ends.append(end)
                    names.append(named.name)
                position = self.text.find(size, end)
            self._sized_names[key] = ends, names
        ends, names = self._sized_names[key]
        i = bisect_right(ends, start)
        return names[i - 1] if i else None

    def tier_reference(self, s_start: int, start: int) -> str | None:
        """The model a sentence means by "the mini model", before a number in the same clause:
        the latest one named in the paragraph's sentences before it with that tier in its name
        ("phi-3-mini"); None when the tier names no such model."""
        clause = max(s_start, self.text.rfind(";", s_start, start) + 1)
        if not self.words.near(THE_STEMS, clause, start):
            return None  # (a quick no: a tier is "the" tier)
        said = list(THE_TIER.finditer(self.text, clause, start))
        if not said:
            return None
        tier = said[-1].group(1).lower()  # the last one before the number
        return self._latest_named_before(s_start, lambda name: tier in NAME_PARTS.split(name))

    def rank_reference(self, s_start: int, start: int) -> str | None:
        """The model "the larger one" (smaller, bigger ...) of a clause means, before a number
        in it: of the sized names the sentences before it name (two or more sizes), the
        largest or the smallest."""
        clause = max(s_start, self.text.rfind(";", s_start, start) + 1)
        if not self.words.near(THE_STEMS, clause, start):
            return None  # (a quick no)
        ranks = list(THE_RANK.finditer(self.text, clause, start))
        if not ranks:
            return None
        # the last that opens a clause before the number ("The larger has 117B ..., the smaller
        # 21B with 3.6B"), not one the clause compares with ("The larger has 117B, about six
        # times the smaller, with 5.1B active"): else the first
        opening = [
            r for r in ranks
            if r.start() == clause
            or RANK_CLAUSE_OPENING.search(self.text, max(clause, r.start() - 12), r.start())
        ]  # fmt: skip
        said = opening[-1] if opening else ranks[0]
        sized: dict[float, str] = {}
        for position in self._sentences_before(s_start, self.paragraph_start(s_start)):
            for m in self.sentence_models(position):
                size = split_size(m.name)[1]
                if size is not None and m.strong:
                    sized.setdefault(size, m.name)
        if len(sized) < 2:
            return None
        larger = said.group(1).lower() in ("larger", "largest", "bigger", "biggest")
        return sized[max(sized) if larger else min(sized)]

    def _joined_whole(
        self, s_start: int, start: int, end: int, last: Mention
    ) -> tuple[str | None, str | None] | None:
        """For a total said after a sentence joins parts ("... joins the InternViT-6B vision
        encoder to Qwen3-235B-A22B for 241B parameters in total"): the whole, which is the
        model named before the joining verb, else the model in focus, else nobody; None when
        the sentence joins no parts before ``start``."""
        text = self.text
        verb = JOINS.search(text, s_start, last.start)
        if (
            verb is None
            or RELATIVE_JUST_BEFORE.search(text, max(s_start, verb.start() - 12), verb.start())
        ):
            return None
        join = CLAUSE_JOIN.search(text, verb.end(), start)
        if join is not None and any(m.strong for m in self.models_between(join.end(), start)):
            return None  # "..., and Kite-VL-L scales the recipe up for 38B in total": another
            # clause, about another model (not "..., and together they make for 1.4B in total")
        if not (
            TOTAL_OF_BEFORE.search(text, max(last.end, start - 30), start)
            or FOR_BEFORE_TOTAL.search(text, max(last.end, start - 12), start)
            and IN_TOTAL_AFTER.match(text, end, end + 24)
        ):
            return None
        parts = [m for m in self.models_between(verb.end(), start) if m.strong]
        if not any(PART_ROLE_AFTER.match(text, m.end, m.end + 30) for m in parts):
            return None
        whole = [m for m in self.models_between(s_start, verb.start()) if m.strong]
        if whole:
            return whole[-1].name, "subject-before"
        name, rule = self.focus_rule(s_start)
        if name is None or any(model_key(name) == model_key(m.name) for m in parts):
            return None, None
        return name, rule

    def base_named_before(self, s_start: int) -> str | None:
        """The latest model the text names, in the BASE_REACH sentences before ``s_start``, as
        one another is built on ("... on top of Meta's Llama 3.1 8B", "fine-tuned from X")."""
        paragraph = self.paragraph_start(s_start)
        position = self.sentences.previous(s_start)
        for _ in range(BASE_REACH):
            if position is None:
                return None
            start = self.sentences.span(position)[0]
            models = [m for m in self.sentence_models(position) if m.strong]
            for m in reversed(models):
                if _base_model(self.text, m, start):
                    return m.name
            if models and start >= paragraph:
                return None  # "NVIDIA released Nemotron-4 340B. The base model ...": its own
            if models and self.text.startswith("#", start):
                return None  # a heading that names another model: another section's base
            position = self.sentences.previous(position)
        return None

    def _latest_named_before(
        self, s_start: int, fits: Callable[[str], bool], one: bool = False, since: int | None = None
    ) -> str | None:
        """The latest model the paragraph's sentences before ``s_start`` (or those ``since``)
        name (at most SUBJECT_WINDOW of them) whose lower-case name ``fits``; with ``one``, ""
        when that sentence names two different ones that fit."""
        bound = self.paragraph_start(s_start) if since is None else since
        for position in self._sentences_before(s_start, bound):
            fitting = [m for m in self.sentence_models(position) if fits(m.name.lower())]
            if fitting:
                if one and len({model_key(m.name) for m in fitting if not self.compared(m)}) > 1:
                    return ""  # (a model compared with is not one the sentence names)
                return fitting[-1].name
        return None

    def appositive_subject(self, offset: int) -> str | None:
        """For a size inside a name used as a description, the model described:
        "Llama Guard, a Llama2-7b model" is a 7B Llama Guard."""
        mention = self.mention_covering(offset)
        if mention is None:
            return None
        before = APPOSITION_BEFORE.search(self.text, max(0, mention.start - 60), mention.start)
        if before is None:
            return None
        described = self.mention_ending(before.start(), before.end(1))
        return described.name if described is not None else None

    def _our_focus(self, s_start: int, start: int) -> tuple[str | None, str | None]:
        """The model "our" speaks of at ``start``: the paragraph's focus, but the page's own
        model (its heading's or title's) over one the paragraph only talked about: "our 362M
        model and SmolLM2-360M are effectively tied" on a card headed "# Quill-Nano-1.2B", after
        a sentence on Qwen, is no Qwen."""
        name, rule = self.focus_rule(s_start, "our-", start)
        if (
            rule == "our-focus-recent-subject"
            and name is not None
            and self.text.startswith("#", last_before(self.text, "\n#", start) + 1)
        ):  # (a Markdown heading's, not a first line's: "Subject: FYI – Whisper data ...")
            page = self.heading_model(start)
            if (
                page is not None
                and model_key(page) != model_key(name)
                and (
                    model_key(name_stem(page)) != model_key(name_stem(name))
                    or model_key(name) == model_key(name_stem(page))  # (the page's family:
                    # "# Gemma 7B ... Gemma is a family ... This checkpoint was trained on")
                )
            ):  # (not a sibling of the page's model: "# Kestrel-13B ... Kestrel-7B was released
                # in March. Our 7B model was trained on 1T tokens" is Kestrel-7B)
                return page, "our-focus-heading"
        return name, rule

    def focus(self, offset: int) -> str | None:
        """The model the text is about at ``offset`` (see ``_find_focus``)."""
        return self.focus_rule(offset)[0]

    def focus_rule(
        self, offset: int, prefix: str = "", at: int | None = None
    ) -> tuple[str | None, str | None]:
        """The model the text is about at ``offset`` and the rule that found it ("focus-..."),
        remembered per sentence; ``prefix`` names what asked ("our-": "our 13B model"); ``at``,
        the number asked about, when a sentence comparing the title's model with another may
        speak of it before the comparison ("our model with 3.2B outperforms the one with 12B")."""
        start = self.sentences.span(offset)[0]
        if start not in self._focus:
            self._focus[start] = self._find_focus(start)
        name, rule = self._focus[start]
        if name is None and at is not None and self._before_comparison(at):
            name, rule = self.title_model(), "focus-title"
        return name, (prefix + rule if name and rule else None)

    def _one_of_them_after_turn(self, start: int, offset: int) -> str | None:
        """The one of two models the paragraph just named that a clause of the sentence at
        [start, offset) calls "the latter" or "the former" after a turn: "The former has 117B
        ...; the latter has 21B with 3.6B active"."""
        begin = max(start, offset - CLAUSE_REACH)  # (bounded: one sentence may be a long line)
        clause = self.text[begin:offset]
        if not (";" in clause or "while" in clause or "whereas" in clause or "but" in clause):
            return None
        turns = list(LATTER_AFTER_TURN.finditer(self.text, begin, offset))
        if not turns:
            return None
        turn = turns[-1]
        paragraph = self.paragraph_start(start)
        subjects = self.recent_subjects(start, paragraph)
        if len(subjects) != 2:
            return None
        listed = self._in_named_order(subjects, start, paragraph)
        return listed[-1] if turn.group(1).lower() == "latter" else listed[0]

    def _another_maker_subject(self, model: str, offset: int) -> bool:
        """Whether the sentence holding ``offset`` opens with a known lab doing the training or
        releasing, and that lab is not ``model``'s maker: "Two weeks later, DeepSeek trained on
        14.8T tokens" is no size of the Qwen model the item before named."""
        opening, closing = self.sentences.span(offset)
        subject = MAKER_SUBJECT_OPENING.match(self.text, opening, closing)
        if subject is None:
            return self._other_maker_named(model, opening, closing)
        maker = canonical_organization(subject.group(1))
        if maker is None:
            return False
        own = canonical_organization(_reference_organization(model))
        if own is None:
            return subject.group("bare") is not None  # ("DeepSeek trained on": none of its
            # models named; not "Meta trained it on", the model before)
        return _other_lab(maker, own)

    def _other_maker_named(self, model: str, start: int, end: int) -> bool:
        """Whether [start, end) says another lab made what it speaks of ("... was the DeepSeek
        coding model from DeepSeek AI trained on 2T tokens"), where ``model``'s maker is known
        and not that lab."""
        own = canonical_organization(_reference_organization(model))
        if own is None:
            return False
        for org in self._organizations_between(start, end):
            if not FROM_BY_BEFORE.search(self.text, max(start, org.start - 24), org.start):
                continue
            maker = canonical_organization(org.name)
            if maker is not None and _other_lab(maker, own):
                return True
        return False

    def _last_named(self, model: str, start: int, end: int) -> int | None:
        """Where the last mention of ``model`` in [start, end) starts."""
        found = [m.start for m in self.models_between(start, end) if m.name == model]
        return found[-1] if found else None

    def _beyond_focus(self, model: str, start: int, s_start: int, s_end: int) -> bool:
        """Whether the count at ``start``, given to ``model`` by focus (the heading, title or
        recent subject), is another's: a study's models ("we meticulously trained a series of
        MoE models, spanning from 10 M to 1B activation parameters"), a row about another entry
        ("| [Granite Code Models](...) | May 2024 | ... ranging from 3B to 34B |"), or a
        compared model's ("their model with 13B parameters outperform GPT3 with 175B")."""
        text = self.text
        if STUDY_MODELS_BEFORE.search(text, max(s_start, start - 200), start) and STUDY_WORD.search(
            text, s_start, s_end
        ):  # (not "We pre-trained these models on 2T tokens" of a family just named)
            return True
        line = start_of_line(text, start)  # (a match's cost grows with its end, not its length)
        entry = LINKED_FIRST_CELL.match(text, line, min(start, line + LINKED_CELL_REACH))
        if (
            entry is not None
            and model_key(model) not in model_key(entry["label"])
            and self._names_an_entry(entry.start("label"), entry.end("label"), model)
        ):
            return True
        before = self.models_between(s_start, start)[-1:]
        return bool(
            before
            and WITH_SIZE_AFTER_NAME.fullmatch(text, before[0].end, start)
            and self.compared(before[0])
            and COUNT_WORD.search(text, s_start, before[0].start)  # (the focus model's own
            # count said first; not "It rivals ChatGPT with 13B parameters")
        )

    def _named_in_another_cell(self, model: str, offset: int) -> bool:
        """Whether, in a Markdown table's row, the cell holding ``offset`` names a model of its
        own and ``model`` is named only in other cells, each holding a size of its own: "|
        675B+ total params (Mistral Large 3) | 100B MoE (LLaDA 2.0-flash) |" (not "| Meta |
        Llama 1 | 7B, 13B |", nor "| Llama 3 (8B) | 15T tokens |")."""
        text = self.text
        line = start_of_line(text, offset)
        if not text.startswith("|", line):
            return False
        line_end = end_of_line(text, offset)
        own_opening = text.rfind("|", max(line, offset - CELL_REACH), offset)
        own_closing = text.find("|", offset, offset + CELL_REACH)
        if own_opening == -1 or own_closing == -1 or not self.models_between(own_opening, own_closing):
            return False  # (a cell of a bare count is the row's: "| Llama 3 (8B) | 15T tokens |")
        key = model_key(model)
        named = [m for m in self.models_between(line, line_end) if model_key(m.name) == key]
        if not named:
            return False
        for mention in named:
            opening = text.rfind("|", max(line, mention.start - CELL_REACH), mention.start)
            closing = text.find("|", mention.end, mention.end + CELL_REACH)
            if opening == -1 or closing == -1 or opening < offset < closing:
                return False  # named in the number's own cell (or a cell too long to tell)
            if not (
                CELL_SIZE.search(text, opening, mention.start)
                or CELL_SIZE.search(text, mention.end, closing)
            ):
                return False  # a cell that is the row's name: "| Llama 1 |", "| Qwen3-30B-A3B |"
        return True

    def _table_spans(self) -> list[tuple[int, int, int]]:
        """The text's Markdown tables (header, rows, end), found once."""
        if self._tables is None:
            self._tables = table_spans(self.text)
        return self._tables

    def in_header_row(self, offset: int) -> bool:
        """Whether ``offset`` is on a Markdown table's header line, one that opens with a pipe
        ("| Benchmark | Mistral (7B) | Kite 2 (9B) |" over "|---|---|---|")."""
        return self.text.startswith("|", start_of_line(self.text, offset)) and in_header_row(
            self.text, offset, self._table_spans()
        )

    def _names_an_entry(self, start: int, end: int, model: str) -> bool:
        """Whether a linked first cell [start, end) names an entry of a list of papers or
        models: another model's name, or any words under a "Paper" or "Model" header (not
        "[v1.1](...)", "[Technical report](...)" in a model's own page)."""
        if any(m.name != model for m in self.models_between(start, end)):
            return True
        found = header_over(self.text, start, self._table_spans())
        if found is not None and ENTRY_HEADER.fullmatch(found[1]) is not None:
            return True
        return any(  # (a proper name: "Granite Code Models", "Smol LM", "Rho-1")
            word[0].isupper() and word.lower() not in LINK_LABEL_WORDS
            for word in regex.findall(r"[A-Za-z]+", self.text[start:end])
        )

    def _later_column_header(self, offset: int) -> str | None:
        """The header, lower-cased, over the Markdown table cell holding ``offset``, when that
        cell is not the row's first (a first column is the row's own model: "| Base model |
        Params |")."""
        found = header_over(self.text, offset, self._table_spans())
        return found[1].lower() if found is not None and found[0] > 0 else None

    def in_base_column(self, offset: int) -> bool:
        """Whether ``offset`` is in a Markdown table cell under a header that names the row's
        base or teacher model ("| Build | Base | ... |")."""
        header = self._later_column_header(offset)
        return header is not None and BASE_MODEL_HEADER.search(header) is not None

    def in_architecture_column(self, offset: int) -> bool:
        """Whether ``offset`` is in a Markdown table cell under "Architecture": the design a
        row's model is built on ("| | Architecture | ... |" over "| rinna GPT | GPT-NeoX
        (3.8b) |"), which names no row's model."""
        header = self._later_column_header(offset)
        return (
            header is not None
            and ARCHITECTURE_HEADER.fullmatch(header.strip(" \t*_`")) is not None
        )

    def in_code(self, offset: int) -> bool:
        """Whether ``offset`` is inside a fenced code block (```, ~~~)."""
        if self._fences is None:
            self._fences = (
                [m.start() for m in CODE_FENCE.finditer(self.text)] if "``" in self.text
                or "~~~" in self.text else []
            )
        return bisect_right(self._fences, offset) % 2 == 1

    def _named_in_node(self, model: str | None, offset: int) -> bool:
        """Whether a diagram's node label holding ``offset`` names ``model`` before it, as
        written (not a name an escape made: 'FLOPs\\nOptimal: 1B params')."""
        if model is None:
            return False
        line = start_of_line(self.text, offset)
        label = max(self.text.rfind(c, line, offset) for c in '["{')
        if label == -1 or max(self.text.rfind(c, line, offset) for c in "]}|") > label:
            return False  # (a node that closed before it: "A[Wren-2] -->|into 1B params|")
        at = self._last_named(model, label + 1, offset)
        return at is not None and self.text[at - 1 : at] != "\\"

    def in_diagram(self, offset: int) -> bool:
        """Whether ``offset`` is inside a fenced diagram's source ("```mermaid"): node labels,
        not sentences ('A["C = 1e22 FLOPs\\nOptimal: 1B params / 20B tokens"]')."""
        if not self.in_code(offset):
            return False
        assert self._fences is not None
        opening = self._fences[bisect_right(self._fences, offset) - 1]
        return DIAGRAM_FENCE.match(self.text, opening, opening + 40) is not None

    def _said_to_come(self, end: int, s_end: int) -> bool:
        """Whether the words just after a size ending at ``end`` say its model is still to come
        ("... is still in training", "... is planned"), in the same clause."""
        to_come = STILL_TO_COME.search(self.text, end, min(s_end, end + 60))
        return to_come is not None and not CLAUSE_BREAK.search(self.text, end, to_come.start())

    def _closed_aside(self, mention: Mention, s_start: int, start: int) -> bool:
        """Whether ``mention`` stands inside a bracketed aside that words open before it and
        that closes before ``start``: "Kiln Research (the Lyon team behind last year's
        Ember-1) trained it on 20T tokens" is no count of Ember-1's (but "the new model
        (Kite-7B) was trained on 2T tokens" is Kite-7B's, and "the 1.3B checkpoint (internal
        name: pelican-small)" pelican-small's: the aside relates the model to another thing)."""
        opening = self.text.rfind("(", max(s_start, mention.start - LISTED_ASIDE_REACH), mention.start)
        if opening == -1 or ")" in self.text[opening : mention.start]:
            return False
        closing = self.text.find(")", mention.end, start)
        if closing == -1:
            return False
        if RELATION_BEFORE.search(self.text, max(opening + 1, mention.start - 60), mention.start):
            return True
        return self.text.count(",", opening, closing) >= 2 and bool(
            self.text[opening + 1 : mention.start].strip(" \t*_`[")
            or self.models_between(mention.end, closing)
        )  # a list of sources or examples: "trained on 1.5T tokens of English and code
        # (RefinedWeb, Reddit, StackOverflow, ...) - later in the year, a gigantic 180B model
        # was also released" (not a name that opens notes on it, the model the words before
        # bring in: "The smallest model (Kite-7B, released in May, with open weights) ...")

    def _maker_aside(self, mention: Mention, named: list[Mention]) -> bool:
        """Whether ``mention`` opens a bracket after another of the ``named`` models and is a
        maker's name, with a date or nothing more: the maker of the model before, not a model
        ("**QwQ-32B** (Qwen, Mar 6): a 32B reasoning model")."""
        opening = MAKER_ASIDE_BEFORE.search(self.text, max(0, mention.start - 8), mention.start)
        return (
            opening is not None
            and any(
                0 <= opening.start() - m.end <= 4 for m in named if m is not mention
            )  # (right after that model's name)
            and MAKER_ASIDE_AFTER.match(self.text, mention.end, mention.end + 30) is not None
            and (
                canonical_organization(mention.name) is not None
                or hub_account_organization(mention.name) is not None  # (a team: "Qwen")
            )
        )

    def _unnamed_subject_turn(self, start: int, end: int) -> bool:
        """Whether a clause after a semicolon in [start, end) is led by a name no rule reads as
        a model, doing something (``UNNAMED_SUBJECT_TURN``); a known maker is not one ("; Meta
        trained it on 15T tokens" is still about its model)."""
        turn = UNNAMED_SUBJECT_TURN.search(self.text, start, end)
        return (
            turn is not None
            and canonical_organization(turn.group(1)) is None
            and not turn.group(1).endswith("ing")  # (a gerund: "; Training gives it 17B active")
        )

    def _bold_stranger(self, model: str, offset: int) -> bool:
        """Whether the sentence holding ``offset`` sets a name in bold before its first figure that is not
        ``model``'s: its own subject, which no rule reads as a model ("Still unreleased:
        **Behemoth**, a teacher model ... 288B active", "Paris-based startup **Lisière** raised
        €22M; its first speech model is under 1B parameters") is no more the model before."""
        opening, closing = self.sentences.span(offset)
        digit = FIRST_DIGIT.search(self.text, opening, closing)  # (before its first figure)
        folded = model.lower()
        for bold in BOLD_NAME.finditer(self.text, opening, digit.start() if digit else closing):
            name = bold.group(1).strip()
            if (
                folded not in name.lower()
                and name.lower() not in folded
                and canonical_organization(name) is None  # (its maker: "**Meta** released")
            ):
                return True
        return False

    def _in_named_order(self, names: list[str], start: int, paragraph: int) -> list[str]:
        """``names`` in the order the paragraph's sentences before ``start`` last named each:
        where each was named, not where its words were ("Llama 3.1" inside "Llama 3.1 405B")."""
        last_named: dict[str, int] = {}
        for position in self._sentences_before(start, paragraph):
            for m in self.sentence_models(position):
                last_named[model_key(m.name)] = max(last_named.get(model_key(m.name), -1), m.start)
        return sorted(names, key=lambda name: last_named.get(model_key(name), -1))

    def _before_comparison(self, offset: int) -> bool:
        """Whether a title stored beside the text names one model and the sentence holding
        ``offset`` compares it with another only after ``offset``."""
        if not self.given_title or self.title_model() is None:
            return False
        start, end = self.sentences.span(offset)
        comparison = COMPARISON.search(self.text, start, end)
        return comparison is not None and comparison.start() > offset

    def _find_focus(self, offset: int) -> tuple[str | None, str | None]:
        """The model the text is about before ``offset``: the last one it introduced
        ("we present X", "a model called X"), else the last one it named."""
        # Within the paragraph first: a newsletter's next item is about another model. A list
        # that makes up its own paragraph is about the model the line before it introduced.
        paragraph = self.paragraph_start(offset)
        if paragraph and LIST_ITEM.match(self.text, paragraph, paragraph + AHEAD):
            earlier = self.paragraph_start(paragraph - 1)
            if not LIST_ITEM.match(self.text, earlier, earlier + AHEAD):
                paragraph = earlier  # (not a story before: "1. ...\n\n2. ..." are two stories)
        while paragraph and THREAD_POST.match(self.text, paragraph, paragraph + AHEAD):
            # A thread's numbered posts ("2/ ...") go on with the topic of the first one.
            earlier = self.paragraph_start(paragraph - 1)
            if earlier == paragraph or not THREAD_POST.match(self.text, earlier, earlier + AHEAD):
                break
            paragraph = earlier
        line = last_before(self.text, "\n", offset) + 1
        own_item = line > paragraph and self._item_of_its_own(line, self.sentences.span(offset)[1])
        if own_item:
            paragraph = line  # "- **StarCoder2** (Feb): the 15B ...\n- **Granite Code** (May):
            # IBM released 3B, 8B ...": the next item is another story, not StarCoder2's
        elif (parent := self._parent_item_start(line, paragraph)) is not None:
            paragraph = parent  # a nested item is its parent item's story, not an earlier
            # one's: "- Qwen 1.5-32B-Chat - ...\n\t- 8 model sizes, including 0.5B, ..."
            parent_model = self._item_opening_model(parent)
            if parent_model is not None:
                return parent_model, "focus-parent-item"  # "- Tsinghua GLM-130B" over "  - only
                # trained on 400B tokens (compared to ... Chinchilla's 70B)"
            item = LIST_ITEM.match(self.text, parent, parent + AHEAD)
            if item is not None and LINK_OPENING.match(
                self.text, item.end(), item.end() + LINK_ADDRESS_REACH
            ):
                return None, None  # "- [Stable Cascade](...): a new arch vs stable diffusion"
                # over "  - The two versions for Stage B amount to 700 million and 1.5 billion
                # parameters": the linked thing's, which the lexicon does not know
        introduced = self.introduced_before(offset)
        if introduced is not None and introduced.start >= paragraph:
            return introduced.name, "focus-introduced"
        subjects = self.recent_subjects(offset, paragraph, by_heading=True)
        recent = subjects[0] if subjects else None
        if (
            recent is not None
            and (
                LIST_ITEM.match(self.text, line, line + AHEAD)
                or self.text.startswith("|", line)  # a key-value row: "| Parameters | 568M |"
            )
            and not self.models_between(line, offset)
        ):
            # A list item under a heading that names one model is about that model, whatever
            # an item before it compared it with ("## DBRX" over "- ... than Mixtral and
            # Grok-1", "- Pre-trained on 12T tokens"); but an item after "- Base: Gemma 2 27B"
            # may speak of the base.
            heading_line = last_before(self.text, "\n#", offset) + 1
            heading = self.heading_model(offset)
            if (
                heading is not None
                and self.text.startswith("#", heading_line)
                and not (  # (nor a list a line names its model over: "**Llama 3.3 (70B) remains
                    # popular** for its balance:" over "- 70B parameters" under "### Llama 4",
                    # "**LLaMA 2 (2023):**" under "### LLaMA (Meta)")
                    not (own := model_key(heading)).startswith(other := model_key(recent))
                    and not other.startswith(own)  # (not "Qwen2.5" over "Qwen2.5-7B-Instruct")
                    and recent in self._list_lead(line, heading_line)
                    or _later_version(recent, heading)  # (when the lead is about it, not "How
                    # it differs from Llama 2:")
                    and (at := (lead_in := self._list_lead(line, heading_line)).find(recent)) >= 0
                    and not COMPARED_JUST_BEFORE.search(lead_in, max(0, at - 40), at)
                )
                and (
                    LABEL_ITEM.match(self.text, line, line + AHEAD) is not None  # "- **Parameters:** 756M"
                    or not any(
                        recent in label.group()
                        for label in BASE_LINE.finditer(self.text, heading_line, offset)
                    )
                )
            ):
                return heading, "focus-heading"
        if len(subjects) > 1:
            opening, closing = self.sentences.span(offset)
            if one := ONE_OF_THEM.match(self.text, opening, closing):
                # "Heron released Kite3-8B and Kite3-70B. The latter was trained on 15T tokens":
                # the last named or the first; "The flagship has 94 layers": which, the text
                # must say
                if one.group(1).lower() not in ("latter", "former"):
                    return None, None
                listed = self._in_named_order(subjects, opening, paragraph)
                return (listed[-1] if one.group(1).lower() == "latter" else listed[0]), (
                    "focus-recent-subject"
                )
            # Several named as often in one sentence: their line's, when the heading names it
            # ("### Qwen3" over "two MoE models, Qwen3-235B-A22B and Qwen3-30B-A3B"), else
            # nobody's
            heading = self.heading_model(offset)
            stems = {model_key(name_stem(name)) for name in subjects}
            if (
                heading is not None
                and stems == {model_key(heading)}
                and self.text.startswith("#", last_before(self.text, "\n#", offset) + 1)
            ):
                return heading, "focus-heading"
            return None, None
        if recent is not None:
            title = self.title_model()
            if (
                title
                and _later_version(title, recent)
                and FIRST_PERSON.search(self.text, offset, self.sentences.span(offset)[1])
            ):  # "VideoMAE V2: ..." over "We scale the VideoMAE ... we train a 1B model"; not
                # "It had 600M parameters", said of the earlier Heron under "Heron 2: ..."
                return title, "focus-title"
            stands = self.stands_for_series(recent, paragraph, offset)
            heading = self.heading_model(offset) if stands and "#" in self.text else None
            if (
                heading is not None
                and self.text.startswith("#", last_before(self.text, "\n#", offset) + 1)
                and _later_version(heading, recent)
            ):
                # "# Gemma 2 model card" over "Model page: [Gemma](...) ... for the 9B and 27B
                # sizes": the family's name stands for the version the page is about
                return heading, "focus-heading"
            version = (
                self.later_version_before(recent, max(paragraph, offset - AHEAD * 10), offset)
                if stands
                else None
            )
            if version is not None:
                return version, "focus-recent-subject"  # "Qwen2.5 is ... of the Qwen series.
                # Besides the 7B we use, ...": Qwen2.5's 7B, not the series'
            if self._another_maker_subject(recent, offset) or self._bold_stranger(recent, offset):
                return None, None
            return recent, "focus-recent-subject"
        if own_item and self._item_names_its_subject(line, self.sentences.span(offset)[1]):
            later = self._introduced_from(offset)
            if later is not None and later.start < end_of_line(self.text, offset):
                return later.name, "focus-introduced-later"
            return None, None  # a news item of its own is about nothing the page is about
            # ("- **Nimbus** released ... its 3B model" under "## Kite-2 arrives" or a title)
        lead = self.bold_lead_model(offset)
        if lead is not None:
            return lead, "focus-bold-lead"
        # A heading that names the section's one model scopes it before anything the
        # paragraph goes on to name ("### Stable Diffusion ..." over "... sets it apart from
        # DALL-E 2").
        heading = self.heading_model(offset)
        if heading is not None and self.text.startswith(
            "#", last_before(self.text, "\n#", offset) + 1  # (rfind: quadratic on one line)
        ):
            return heading, "focus-heading"
        later = self._introduced_from(offset)
        if (
            later is not None
            and later.start < self.paragraph_end(offset)
            and not (
                self.text.startswith("|", line)
                and later.start >= end_of_line(self.text, offset)
            )  # (a table's row is a story of its own: not a paper a later row introduces)
        ):
            return later.name, "focus-introduced-later"  # "... a model we call FLAN"
        if heading is not None:
            return heading, "focus-title"
        # A document that introduces one model only is about that model throughout; but a
        # news item of its own is about what its bold lead names ("* **Jan V1**: 4B parameter
        # search assistant" in a post about GPT-5), known as a model or not.
        if (
            not self._led_by_a_name(line)
            and self._introduced_topics == 1
            and introduced is not None
            and self._named_most(introduced.name)
        ):
            return introduced.name, "focus-document-topic"
        return None, None

    def _named_most(self, name: str) -> bool:
        """Whether the text names ``name`` at least half as often as the model it names most:
        the one model a post introduces is what it is about ("Bamba-9B", beside the "Mamba2"
        layers it is built of), not the one a list of many introduces in passing ("OpenLLaMA",
        in a page that names LLaMA 17 times), nor a newsletter's second story's."""
        if self._name_counts is None:
            counts: Counter[str] = Counter()
            position = 0
            while position < len(self.text):  # (every sentence, once a text)
                start, end = self.sentences.span(position)
                counts.update(model_key(m.name) for m in self.sentence_models(start) if m.strong)
                position = max(end, position + 1)
            self._name_counts = counts
        counts = self._name_counts
        return 2 * counts[model_key(name)] >= max(counts.values(), default=0)

    def stands_for_series(self, family: str, start: int, end: int) -> bool:
        """Whether the latest mention of ``family`` before ``end`` names a whole series, not one
        model of it: "Alibaba Cloud's Qwen series", "the Qwen team", a card's link "[Gemma](...)";
        not "the first Llama" or "Llama was trained on 1.4T"."""
        at = self.text.rfind(family, max(start, end - AHEAD * 10), end)
        if at == -1:
            return False
        after = at + len(family)
        return bool(
            SERIES_AFTER.match(self.text, after, after + 30)
            or self.text[at - 1 : at] == "[" and self.text.startswith("](", after)
        )

    def later_version_before(self, family: str, start: int, end: int) -> str | None:
        """The last model named in [start, end) that is ``family`` with a version after it
        ("Qwen2.5" of "Qwen"), else None."""
        if self.text.find(family, start, end) == -1:
            return None
        found = None
        position = start
        while position < end:
            s_start, s_end = self.sentences.span(position)
            for m in self.models_between(max(s_start, start), min(s_end, end)):
                if m.name != family and _later_version(m.name, family) and not self.compared(m):
                    found = m.name  # (not "Compared with Qwen2, the series ...")
            position = max(s_end, position + 1)
        return found

    def heading_model(self, offset: int) -> str | None:
        """The one model the Markdown heading above ``offset`` names: a model card's "# TinyLlama"
        or a newsletter's "## Llama 3" is about that model down to the next heading."""
        text = self.text
        line_start = last_before(text, "\n#", offset) + 1  # (rfind: quadratic on one line)
        if line_start == 0 and not text.startswith("#"):
            if self.given_title and not self._about_itself(offset):
                return None
            return self.title_model()
        found = self._heading_names(line_start, offset)
        if (
            found is None
            and not text.startswith("# ", line_start)
            and not self._of_a_scale(line_start)
        ):
            # A section heading that names no model ("#### Code infilling"): the nearest heading
            # over it that does ("## How to use Code Llama?"), up to the page's title.
            found = self._parent_heading_model(line_start)
        return found

    def _parent_heading_model(self, line_start: int) -> str | None:
        """The model named by the nearest heading of a higher level than the one at
        ``line_start`` (its section's, then its chapter's, up to the page's title)."""
        if line_start in self._parent_headings:
            return self._parent_headings[line_start]
        text = self.text
        marks = MARKDOWN_HEADING.match(text, line_start, line_start + 8)
        level = len(marks.group().rstrip()) if marks is not None else 7
        found = None
        position = line_start
        for _ in range(PARENT_HEADINGS_READ):
            if level <= 1 or position == 0:
                break
            position = last_before(text, "\n#", position - 1) + 1
            if position == 0 and not text.startswith("#"):
                break
            marks = MARKDOWN_HEADING.match(text, position, position + 8)
            if marks is None or len(marks.group().rstrip()) >= level:
                continue  # a sibling's or a subsection's heading, or no heading ("#general")
            level = len(marks.group().rstrip())
            found = self._heading_names(position, position)
            if found is None and self._of_a_scale(position):
                break  # "### What would GPT-3-scale models need?" over "#### A smaller model?":
                # models of a size in general, not the chapter's model (but "## Kite-2: our
                # new 7B-class model" names its model)
            if found is not None and level > 1 and " " not in found and is_plain_word(found):
                found = None  # a newsletter's masthead: "## Weights & Measures #31" (a page's
                # title may be a plain word: "# Wren")
            if found is not None:
                break
        self._parent_headings[line_start] = found
        return found

    def _of_a_scale(self, line_start: int) -> bool:
        """Whether the heading at ``line_start`` is about models of a scale, not one model:
        "## Training GPT-3–Scale Models", "### Notes on 7B-class models"."""
        line_end = self.text.find("\n", line_start, line_start + HEADING_REACH)
        return bool(
            SCALE_OF_MODELS.search(
                self.text, line_start, line_start + HEADING_REACH if line_end == -1 else line_end
            )
        )

    def _markdown_heading_model(self, offset: int) -> str | None:
        """``heading_model`` under a Markdown heading only (not "#general" in a chat log)."""
        line = last_before(self.text, "\n#", offset) + 1
        if not MARKDOWN_HEADING.match(self.text, line, line + 8):
            return None
        return self.heading_model(offset)

    def _list_lead(self, line: int, floor: int) -> str:
        """The line that leads into the list holding the item at ``line`` when it ends with a
        colon ("Heron released Kite 3.3 with these specs:"), looked for down to ``floor``; else
        the empty string."""
        text = self.text
        start = line
        while start > floor:
            previous = last_before(text, "\n", start - 1) + 1
            if previous < floor or not LIST_ITEM.match(text, previous, previous + AHEAD):
                break
            start = previous
        end = start - 1
        while end > floor and text[end - 1] == "\n":
            end -= 1
        opening = last_before(text, "\n", end - 1) + 1
        lead = text[max(opening, floor) : end]
        return lead if lead.rstrip(" *_`").endswith(":") and not lead.startswith("#") else ""

    def bold_lead_model(self, offset: int) -> str | None:
        """The one model named by a bold line standing alone right over the paragraph holding
        ``offset``, as a newsletter heads its items ("**Gopher** · *DeepMind* · December 2021"
        over "280B parameters trained on 300B tokens ..."). That paragraph only: the next may
        have moved on ("Elsewhere this week, ..."). Not a label's line ("**Base model:
        Owl-3-8B**") nor a base's ("**Fine-tuned from Owl-3-8B**")."""
        text = self.text
        blank = last_before(text, "\n\n", offset)  # (the blank line over the paragraph)
        if blank < 0 or blank < last_before(text, "\n#", offset):
            return None
        start = last_before(text, "\n", blank) + 1
        if not (start == 0 or text.startswith("\n\n", start - 2)) or not text.startswith(
            "**", start
        ):
            return None
        if start not in self._bold_leads:
            self._bold_leads[start] = (
                self._lead_name(start, blank)
                if BOLD_LEAD.fullmatch(text, start, blank) and text[blank - 1] not in ".:"
                else None
            )
        return self._bold_leads[start]

    def _lead_name(self, start: int, end: int) -> str | None:
        """The one model a bold lead line at [start, end) names, or None."""
        mentions = [
            m for m in model_mentions(self.text, self.timeout, start, end, self._plain_models)
            if m.strong and model_key(m.name) not in self.not_models()
        ]  # fmt: skip
        if len(mentions) == 2 and OPEN_BRACKET_ONLY.fullmatch(
            self.text, mentions[0].end, mentions[1].start
        ):
            mentions = mentions[:1]  # "**Megatron-Turing NLG (MT-NLG)**"
        if len({model_key(m.name) for m in mentions}) != 1 or _base_model(
            self.text, mentions[0], start
        ):
            return None
        colon = self.text.find(":", start, end)
        if colon != -1 and not (mentions[0].start == start + 2 and mentions[0].end <= colon):
            return None  # a label's line ("**Base model: Owl-3-8B**"), not a headline's
            # ("**Llama 3.3 70B: most of the 405B for a fraction of the cost**")
        return mentions[0].name

    def _about_itself(self, offset: int) -> bool:
        """Whether the sentence at ``offset`` can speak of the document's own model: it
        compares it with nothing, so a title's model owns no baseline's size ("our 200-layer
        model outperforms the 48-layer model with 12B parameters")."""
        start, end = self.sentences.span(offset)
        return not COMPARISON.search(self.text, start, end)

    def title_model(self) -> str | None:
        """The one model a document's title names: the title stored with it ("GLIDE: Towards
        Photorealistic Image Generation ..."), else its first line when that is a short title
        ("OLMo 7B", "Model card: Sparrowhawk-MoE"). The document is about that model."""
        if self._title is None and self.given_title:
            # A title stored beside the text (a paper's, a page's) names the document's model.
            title = self.given_title[:200]
            if _file_stem(title.strip()):
                title = ""  # a file's name, "cs336_open_models_abstracts": no title the text
                # gave (not a model's own: "Ankh_large", "stablelm-2-1_6b")
            names = {
                model_key(m.name): m.name
                for m in model_mentions(title, self.timeout, 0, len(title), set())
                if m.strong
            }
            head = TITLE_HEAD.match(title)
            if not names and head and head[1].lower() not in HEADING_WORDS | NOT_NAME_WORDS:
                names = {model_key(head[1]): head[1]}  # "Kestrel: Scaling Sparse Experts"
            self._title = names.popitem()[1] if len(names) == 1 else ""
        if self._title is None:
            line_end = self.text.find("\n")
            title = self.text[: len(self.text) if line_end == -1 else line_end].strip()
            found = ""
            if (
                0 < len(title) <= 60
                and title[-1] not in ".!?;,"
                and self.text[line_end : line_end + 2] == "\n\n"
            ):
                found = self._heading_names(0, line_end) or ""
            self._title = found
        return self._title or None

    def _heading_names(self, line_start: int, offset: int) -> str | None:
        line_end = self.text.find("\n", line_start)
        line_end = len(self.text) if line_end == -1 else line_end
        words = self.text[line_start:line_end].split()
        if (
            len(words) > 2
            and words[-1].strip("*_`").lower() in TOOL_WORDS
            and all(w.strip("*_`")[:1].isupper() for w in words[1:])
        ):
            return None  # a tool's page: "# Llama SDK" runs Llama, and is no model's card
        title = PLAIN_TITLE.fullmatch(self.text, line_start, line_end)
        if (
            title
            and title.group(1).lower() not in HEADING_WORDS | NOT_NAME_WORDS
            and model_key(title.group(1)) not in self.not_models()
        ):  # (not a data set's "# Tidepool" over "**Tidepool** is an English-heavy web corpus")
            return title.group(1)  # a page titled with one word: a README's "# Pythia"
        mentions = [
            m
            for m in model_mentions(
                self.text, self.timeout, line_start, line_end, self._plain_models, self._table_names
            )
            if m.strong
            and not NAMED_RULE_AFTER.match(self.text, m.end, m.end + AHEAD)
            and not _base_model(self.text, m, line_start)
            and model_key(m.name) not in self.not_models()
            and not COMMUNITY_AFTER.match(self.text, m.end, min(line_end, m.end + 160))
        ]  # (not "# The Chinchilla ratio is dead": a rule named after a model; nor the model
        # a page's model reproduces: "# Ridgeback-7B — an open reproduction of LLaMA-7B")
        if any(SLASH_VERSION_AFTER.match(self.text, m.end, m.end + 24) for m in mentions):
            return None  # two versions: "### Llama 3.1/3.2" (the 1B under it is 3.2's)
        names = {model_key(m.name): m.name for m in mentions}
        if len(names) == 1 and _issue_masthead(self.text, mentions[0], line_end):
            return None  # a periodical's issue: "# ThursdAI - July 24, 2025 - Qwen-mas in July"
        if (
            len(mentions) == 1
            and HEADING_OPENING.fullmatch(self.text, line_start, mentions[0].start)
            and TOPIC_CLAUSE_AFTER.match(self.text, mentions[0].end, line_end)
        ):
            return None  # a claim about it, no section of its own: "# Chinchilla is a floor,
            # not a target", "# Chinchilla was never the goal" (but "# Kite-2 is here")
        if len(names) == 2 and HEADING_COLON_BETWEEN.fullmatch(
            self.text, mentions[0].end, mentions[-1].start
        ) and not self.text[mentions[-1].end : line_end].strip(" \t*_`"):
            return mentions[-1].name  # a project and its checkpoint: "# Distil-Whisper: distil-large-v3"
        return names.popitem()[1] if len(names) == 1 else None

    def _parent_item_start(self, line: int, floor: int) -> int | None:
        """Where the top-level list item over the nested one at ``line`` starts (no further
        back than ``floor`` or PARENT_ITEM_REACH), if that line is a nested item."""
        text = self.text
        if text[line : line + 1] not in (" ", "\t"):
            return None
        if not LIST_ITEM.match(text, line, line + AHEAD):
            return None
        parent = UNINDENTED_LINE.search(text, max(floor, line - PARENT_ITEM_REACH), line)
        if parent is None or not LIST_ITEM.match(text, parent.start(), parent.start() + AHEAD):
            return None
        return parent.start()

    def _item_opening_model(self, line: int) -> str | None:
        """The one model a list item's first line names, when the item opens with it (after
        its maker's name, if any): "- Tsinghua GLM-130B", "- [Phi-3](...) - ..."."""
        text = self.text
        item = LIST_ITEM.match(text, line, line + AHEAD)
        if item is None:
            return None
        line_end = end_of_line(text, item.end())
        models = [m for m in self.models_between(item.end(), line_end) if m.strong]
        if not models or self.compared(models[0]):
            return None
        first = models[0]
        head_end = ITEM_HEAD_END.search(text, first.end, line_end)  # (the item's head, before
        # its description: "- Qwen 1.5-32B-Chat ([HF](...)) - the beta version of Qwen2")
        head = [m for m in models if m.start < (head_end.start() if head_end else line_end)]
        if len({model_key(m.name) for m in head}) > 1:
            return None
        return first.name if self._owned_start(first) <= item.end() + ITEM_OPENING_REACH else None

    def _item_opens_with_another(self, owner: int) -> bool:
        """Whether the dated list item holding ``owner`` (where a model is named) opens, on the
        same line and before it, with a name of its own and a comma: a news item's subject
        ("- 04/04: Baize, fine-tune with ... ChatGPT ..."), which is no model the lexicon knows
        nor a maker."""
        text = self.text
        line = start_of_line(text, owner)
        item = LIST_ITEM.match(text, line, owner)
        if item is None:
            return False
        dated = ITEM_DATE_LABEL.match(text, item.end(), owner)
        if dated is None:
            return False  # (a news list's: not "- Refresher, since ...: **Llama 2** ...")
        opening = NAME_COMMA_OPENING.match(text, dated.end(), owner)
        return (
            opening is not None
            and not self.models_between(opening.start(), opening.end())  # (not "- **Jan 30,
            # 2025**: Mistral Small 3, a 24B model")
            and not self._organizations_between(opening.start(), opening.end())
        )

    def _led_by_a_name(self, line: int) -> bool:
        """Whether the list item at ``line`` opens with a name in bold or a link, shaped as a
        name (a digit, or capitals on two words: "**Jan V1**", "**Osprey Search**"), not a
        field's word ("**Parameters**", "**Training data**", "[Model card](...)")."""
        text = self.text
        item = LIST_ITEM.match(text, line, line + AHEAD)
        if item is None:
            return False
        lead = LED_BY.match(text, item.end(), item.end() + AHEAD)
        if lead is None:
            return False
        words = lead.group(1).split()
        return any(c.isdigit() for c in lead.group(1)) or (
            len(words) >= 2 and all(w[:1].isupper() for w in words)
        )

    def _item_of_its_own(self, line: int, end: int) -> bool:
        """Whether the list item at ``line`` names, before ``end``, a model or a maker of its
        own: a news item, not one more field of the model an earlier line named."""
        text = self.text
        item = LIST_ITEM.match(text, line, line + AHEAD)
        if item is None or LABEL_ITEM.match(text, line, line + AHEAD):
            return False
        if POINTS_BACK.search(text, item.end(), end):
            return False  # "- Brightwater Labs trained it on 6T tokens": still the model before
        if BOLD_OPENING.match(text, item.end(), item.end() + AHEAD):
            return True  # "- **Granite Code** (May 2024): IBM released 3B, 8B, ...": its own
        if DATED_BOLD_OPENING.match(text, item.end(), item.end() + AHEAD):
            return True  # a timeline's entry: "- **2024 (Qwen 2.5):** 18 trillion tokens" over
            # "- **2025–2026 frontier models:** ... estimated at only 15–20T tokens"
        if LINK_OPENING.match(text, item.end(), item.end() + LINK_ADDRESS_REACH):
            return True  # "- [grantie](https://...) IBMs code models available in 3b, 8b ...":
            # a list of links, each item its own thing
        return self._item_names_its_subject(line, end)

    def _item_names_its_subject(self, line: int, end: int) -> bool:
        """Whether a list item opens, before ``end``, with a name: a model or a maker, or a name
        the lexicon does not know before a release verb ("3. Nimbus released a 1.58-bit
        version of its 3B model"); not with a field's label ("- **Alignment.** Encoder and LLM
        frozen, ..."), nor with a name it compares ("- Unlike Mistral 7B, it ...")."""
        text = self.text
        item = LIST_ITEM.match(text, line, line + AHEAD)
        if item is None:
            return False
        dated = ITEM_DATE_LABEL.match(text, item.end(), item.end() + AHEAD)
        if NAMED_MAKER_OPENING.match(text, dated.end() if dated else item.end(), item.end() + AHEAD):
            return True  # (after a date: "- 04/07: Chinese-LLaMA-Alpaca release its 13B model")
        opening = item.end() + ITEM_OPENING_REACH  # its subject opens it, not a compared name
        return any(
            m.start <= opening
            for m in (*self.models_between(item.end(), end), *self._organizations_between(item.end(), end))
        )

    def paragraph_start(self, offset: int) -> int:
        """Where the paragraph holding ``offset`` starts: after a blank line or at a heading."""
        breaks = self.paragraph_breaks()
        i = bisect_right(breaks, offset) - 1
        return breaks[i] if i >= 0 else 0

    def paragraph_end(self, offset: int) -> int:
        """Where the paragraph holding ``offset`` ends."""
        breaks = self.paragraph_breaks()
        i = bisect_right(breaks, offset)
        return breaks[i] if i < len(breaks) else len(self.text)

    def paragraph_breaks(self) -> list[int]:
        """Offsets of blank lines and headings, found once (a search per fact would be
        quadratic on a long text with none)."""
        if self._paragraph_breaks is None:
            self._paragraph_breaks = [
                m.end() for m in PARAGRAPH_BREAK.finditer(self.text, timeout=self.timeout)
            ]
        return self._paragraph_breaks

    def introduced_before(self, offset: int) -> Mention | None:
        if self._introductions is None:
            lower = self.text.lower()
            sentences: dict[int, int] = {}
            for stem in INTRO_STEMS:
                position = lower.find(stem)
                while position != -1:
                    sentences.setdefault(self.sentences.span(position)[0], position)
                    position = lower.find(stem, position + len(stem))
            self._introductions = [
                m for start in sorted(sentences) for m in self.sentence_models(sentences[start])
                if (m.strong or m.name.isupper()) and _introduced(self.text, m)  # "we present BART"
                and not TUNES_AFTER.match(self.text, m.end, m.end + 14)  # (not "releasing a
                # suite of Llama fine-tunes": others' tunes of it)
            ]  # fmt: skip
            # (in the text's order, so their starts and ends rise: found by bisection, not a
            # scan of all of them per fact)
            self._introduction_starts = [m.start for m in self._introductions]
            self._introduction_ends = [m.end for m in self._introductions]
            self._introduced_topics = len({model_key(m.name) for m in self._introductions})
        before = self._introductions
        i = bisect_right(self._introduction_ends, offset) - 1
        while i > 0 and NAME_LIST_GAP.fullmatch(self.text, before[i - 1].end, before[i].start):
            i -= 1  # "We introduce Jais and Jais-chat": the first of a list introduced together
        return before[i] if i >= 0 else None

    def _introduced_from(self, offset: int) -> Mention | None:
        """The first model the text introduces at or after ``offset`` (None before
        ``introduced_before`` has read them)."""
        if not self._introductions:
            return None
        i = bisect_left(self._introduction_starts, offset)
        return self._introductions[i] if i < len(self._introductions) else None

    def _labelled_maker_of(self, org: Mention) -> list[Mention]:
        """The page's model, when a card's label names ``org`` its maker: "- **Developed by:**
        Polder Labs", "| Developer | Polder Labs |"; its "**Authors:** X" only for a model no
        table knows (a blog's byline, or a re-upload's, is not Llama 2's maker)."""
        label = DEVELOPER_LABEL_BEFORE.search(self.text, max(0, org.start - 60), org.start)
        if label is None:
            return []
        page = self.heading_model(org.start)
        if page is None or (
            label.group("byline")
            and (_reference_organization(page) or _reference_organization(family_name(page)))
        ):
            return []
        return [Mention(org.start, org.start, page)]

    def sentence_organizations(self, offset: int) -> list[Mention]:
        """Organizations named in the sentence holding ``offset``; records their attributions."""
        if not self.organizations:
            return []  # (a text that names none: its sentences need not be found for this)
        start, end = self.sentences.span(offset)
        found = self._sentence_organizations.get(start)
        if found is None:
            found = self._organizations_between(start, end)
            models = self.sentence_models(offset) if found else []
            found = [
                org for org in found
                if not any(m.start < org.start and org.end <= m.end for m in models)
            ]  # (a lab's name inside a tune's, after its own: "Dolphin 2.6 Mistral 7B")
            self._sentence_organizations[start] = found
            models = [
                m
                for m in models
                if not _in_link_address(self.text, m.start)
                and not (not m.strong and any(_in_aside_after(self.text, org, m) for org in found))
            ]  # (nor a place in brackets after the maker: "Ardent Labs (Austin, TX)")
            attributed = [_attributed_models(self.text, org, models) for org in found]
            for i in range(len(found) - 2, -1, -1):
                if not attributed[i] and ORGANIZATION_JOINER.fullmatch(
                    self.text, found[i].end, found[i + 1].start
                ):
                    attributed[i] = attributed[i + 1]  # "AI2 and the University of Washington released ELMo"
            if (
                len(found) == 1
                and not models
                and not HOSTED_BEFORE_MAKER.search(self.text, max(start, found[0].start - 40), found[0].start)
            ):  # (not where the models are got from: "Download the models from Hugging Face")
                if (
                    LEAD_MODELS.search(self.text, start, end)
                    or MODEL_BY_BEFORE.search(self.text, max(start, found[0].start - 60), found[0].start)
                    or POSSESSIVE_MODEL_AFTER.match(self.text, found[0].end, found[0].end + 60)
                    or (byline := BYLINE.match(self.text, start, end)) is not None
                    and found[0].end < byline.end()  # (the maker before its mark)
                    and (
                        byline.group().lstrip().startswith("**")
                        or PLAIN_BYLINE_OPENING.fullmatch(self.text, start, found[0].start)
                    )  # (a plain line's maker opens it: not "Available on Hugging Face · [weights]")
                    or ORG_IS_SUBJECT.fullmatch(self.text, start, found[0].start)
                    and IS_AFTER.match(self.text, found[0].end, end)
                ):  # ("The Ridgeback Collective is a volunteer group ..." under its title)
                    attributed[0] = self.lead_of_title(start)
                if not attributed[0] and found[0].start < HEADER_REACH:
                    attributed[0] = self._affiliated_title(found[0])
                if not attributed[0]:
                    attributed[0] = self._labelled_maker_of(found[0])
                line = LINE_NAME_IS.fullmatch(self.text, start, found[0].start)
                if (
                    not attributed[0]
                    and line is not None
                    and POSSESSIVE_LINE_AFTER.match(self.text, found[0].end, found[0].end + 60)
                ):  # "Halyard is Brightwater AI's family of speech recognition models"
                    attributed[0] = [Mention(line.start(1), line.end(1), line.group(1))]
            elif found and not models and all(
                ORGANIZATION_JOINER.fullmatch(self.text, a.end, b.start)
                for a, b in zip(found, found[1:], strict=False)
            ):  # a joint work's label: "- **Developed by:** Answer.AI and LightOn"
                attributed[0] = self._labelled_maker_of(found[0])
            if found and not attributed[0]:
                attributed[0] = self._maker_of_focus(found[0], models, start, end)
            for org, models_of in zip(found, attributed, strict=True):
                for model in models_of:
                    self._attributions.setdefault(model_key(model.name), org.name)
                    self._attributed_names.setdefault(model_key(model.name), model.name)
                if models_of:
                    self._attributed_mentions.append(org)
        return found

    def _maker_of_focus(
        self, org: Mention, models: list[Mention], start: int, end: int
    ) -> list[Mention]:
        """The model the text is about, for a sentence that opens by saying who made it: "It
        comes from Coldharbour AI.", "Mareta released it in August 2024.", "**Veda-7B-Hindi.**
        From Anvaya AI in Bengaluru, this is a fine-tune of Mistral 7B" (its bold head's model,
        else the focus)."""
        text = self.text
        head = BOLD_HEAD.match(text, start, end)
        said = head.end() if head else start
        pronoun_from = (  # "It comes from Coldharbour AI."
            not [m for m in models if said <= m.start < org.start]
            and PRONOUN_FROM_BEFORE.fullmatch(text, said, org.start) is not None
        )
        made_it = (  # "Mareta released it in August 2024."
            not [m for m in models if said <= m.start]
            and not text[said : org.start].strip()
            and VERB_IT_AFTER.match(text, org.end, end) is not None
        )
        from_this = (  # "From Anvaya AI in Bengaluru, this is ..."
            FROM_ORG_THIS_IS.fullmatch(text, said, org.start) is not None
            and THIS_IS_AFTER.match(text, org.end, end) is not None
        )
        if not (pronoun_from or made_it or from_this):
            return []
        headed = [m for m in models if m.start < said]
        focus = headed[-1].name if headed else self.focus_rule(start)[0]
        if focus is None or not headed and not self.it_is(focus, start):
            return []
        return [Mention(start, start, focus)]

    def it_is(self, name: str, start: int) -> bool:
        """Whether "it" at the sentence from ``start`` can be ``name``: the last thing the
        sentence before named is that model, not another ("Kite-7B is a fine-tune of Llama 3
        8B. Meta released it ...": it is Llama 3 8B; "trained on Kite-Pile, a 2T-token corpus.
        Nordwind released it": the corpus)."""
        previous = self.sentences.previous(start)
        if previous is None:
            return True
        named = self.models_between(self.sentences.span(previous)[0], start)
        if named and model_key(named[-1].name) != model_key(name):
            return False
        after = named[-1].end if named else self.sentences.span(previous)[0]
        return not OTHER_THING.search(self.text, after, start)

    def lead_of_title(self, start: int) -> list[Mention]:
        """The model a page's title names, for a sentence of the page's first paragraph under
        it that names no model: "# Tamarind" over "Open multilingual language models from
        Kestrel Bay Labs" (a model card's front matter may come first)."""
        text = self.text
        heading = FIRST_HEADING.match(text, 0, HEADER_REACH)
        if heading is None:
            # A page whose title is its first line, and its lead the line under it (an HTML
            # README's "<h1>Spindle-Coder</h1>" over "<p>Open code LLMs from Oriel Systems</p>")
            prefix = text[:HEADER_REACH]
            begin = len(prefix) - len(prefix.lstrip())
            first = text.find("\n", begin, begin + 61)
            lead = first + len(text[first : first + 200]) - len(text[first : first + 200].lstrip())
            if first == -1 or start != lead or text[first - 1 : first] in ".!?:;,":
                return []
            title = self._heading_names(begin, first)
            at = text.find(title, begin, first) if title else -1
            return [] if title is None or at == -1 else [Mention(at, at + len(title), title)]
        lead = self._lead_start(heading.end())
        if self.paragraph_start(start) != lead or SECTION_OPENING.match(text, lead, lead + 200):
            return []  # (nor a section that opens under its own heading: "## News\n- **12 Dec
            # 2024**: We released fev, ... models based on the Hugging Face datasets library")
        title = self.heading_model(start) or self._title_family(heading)
        at = text.find(title, heading.start(1), heading.end()) if title else -1
        return [] if title is None or at == -1 else [Mention(at, at + len(title), title)]

    def _title_family(self, heading) -> str | None:
        """A title's first word that no shape marks as a model but the page's models are named
        after: "# Hummingbird 🐦 small multilingual LMs" over "Hummingbird-1.3B"."""
        word = TITLE_WORD.match(self.text, heading.start(1), heading.end())
        if word is None or word.group().lower() in NOT_NAME_WORDS:
            return None
        if self._title_family_found is None:  # (once per text: the title is the same)
            stem = word.group().lower() + "-"
            reach = min(len(self.text), heading.end() + TITLE_FAMILY_REACH)
            named = model_mentions(
                self.text, self.timeout, heading.end(), reach, self._plain_models, self._table_names
            )
            found = any(m.name.lower().startswith(stem) for m in named)
            self._title_family_found = word.group() if found else ""
        return self._title_family_found or None


    def _lead_start(self, heading_end: int) -> int:
        """Where the page's lead starts: the first paragraph under its title that is more than
        badges, images and HTML tags ("[![PyPI](...)](...) [![CI](...)](...)"); found once."""
        if self._lead is None:
            start = self.paragraph_end(heading_end)
            for _ in range(LEAD_REACH):
                end = self.paragraph_end(start + 1)
                if end - start > BADGES_REACH or not BADGES_ONLY.fullmatch(self.text, start, end):
                    break  # (a long paragraph is no row of badges: not read to its end)
                start = end
            self._lead = start
        return self._lead

    def title_begin(self) -> int:
        """Where a paper's title line starts, past a listing's lines (``_title_line``); found
        once."""
        if self._title_begin is None:
            self._title_begin = _title_line(self.text)
        return self._title_begin

    def header_organization(self) -> tuple[str | None, frozenset[str], frozenset[str]]:
        """A paper's one affiliation, named between its title line and its text ("Wren: Small
        Language Models\nHana Novak, Samuel Adeyemi — Vantage Institute of Technology\n\nWe
        present Wren-3B ..."), and the keys of the models its authors introduce ("we present
        Wren-3B", "We also release Wren-1B", "we train Gannet-12B"), and of the model its title
        opens with ("Wren: ..."); found once."""
        if self._header is None:
            self._header = (None, frozenset(), frozenset())
            begin = self.title_begin()
            end = _header_end(self.text, begin)
            first = self.text.find("\n", begin)
            byline = BYLINE_FROM.search(self.text, 0, min(len(self.text), HEADER_REACH))
            if end is None and byline is not None:  # "*From the Fenwick AI blog, posted ...*"
                first, end = byline.start(), byline.end()
            if end is not None and not any(
                m.strong
                and self.text[start_of_line(self.text, m.start) : m.start][:2] != "# "
                and not (m.name.isalpha() and AUTHOR_SURNAME_AFTER.match(self.text, m.end, m.end + 40))
                for m in model_mentions(self.text, self.timeout, first, end)
            ):  # (a weak one is a place's or a word's: "Seattle, WA"; a title's is the paper's;
                # a known word before a surname an author's: "Luke Zettlemoyer¹", "Eva Lund,")
                # (not a line about a model: "An instruction-tuned version of Mistral-7B-v0.1
                # from Mistral AI")
                named = self._affiliation(first, end)
                if len(named) == 1:
                    introduced = [
                        m.name
                        for intro in OWN_INTRODUCTION.finditer(
                            self.text, end, len(self.text), timeout=self.timeout
                        )
                        for m in self.models_between(intro.end(), intro.end() + 40)[:1]
                        if m.start == intro.end()  # "we present Wren-3B", not "a study of X"
                    ]
                    self.introduced_before(len(self.text))  # ("a family we call Tessel")
                    introduced += [
                        m.name
                        for m in self._introductions or ()
                        if m.start >= end
                        and WE_CALL_BEFORE.search(self.text, max(end, m.start - 20), m.start)
                    ]
                    own = {model_key(n) for n in introduced} | {_first_part(n) for n in introduced}
                    head = TITLE_HEAD.match(self.text, begin, begin + HEADER_LINE)
                    titled = frozenset(
                        [model_key(head[1]), _first_part(head[1])] if head is not None else []
                    )
                    # (models it calls its own otherwise take the affiliation only where no
                    # table knows them, as the title's does)
                    listed = self._own_listed(end)
                    titled |= {model_key(n) for n in listed} | {_first_part(n) for n in listed}
                    # ("" is the line of a name too short to tell: "Pico-1.1B" makes no
                    # "Qwen2.5-1.5B" the authors' own)
                    self._header = (named.pop(), frozenset(own) - {""}, titled - {""})
        return self._header

    def _affiliation(self, start: int, end: int) -> set[str]:
        """The organizations a paper's header names as its authors': all of them, less those
        it only thanks ("(Brightwater AI Research), with contributions from the Ostrander
        Lab"), and only the first-marked one when it marks them ("¹Marrow Institute,
        ²Coldwater University")."""
        helped = HELPED_BY.search(self.text, start, end)
        found = self._organizations_between(start, helped.start() if helped else end)
        if not found:
            return self._affiliation_line(start, helped.start() if helped else end)
        # Marks: most authors' mark names the paper's organization ("Ilse Varga¹, Tomasz
        # Okafor¹, Reiko Almeida² ... (¹Marrow Institute, ²Coldwater University)").
        # (the authors' names only: not the marks that open the affiliations' line before the
        # first one found, "¹Lumen Bio, Cambridge, MA ²Karolinska Institutet")
        opening = AFFILIATIONS_LINE.search(self.text, start, found[0].start)
        authors = self.text[start : opening.start() if opening else found[0].start]
        authors = authors.rstrip(SUPERSCRIPTS + " \t(")
        # (by authors, each a run of marks, not by marks: "Tobias Lindqvist¹²" is one author
        # of the ¹ majority, however the names are separated)
        runs = MARK_RUN.findall(authors)
        counts = {mark: sum(mark in run for run in runs) for mark in SUPERSCRIPTS}
        majority = next((mark for mark, n in counts.items() if n * 2 > len(runs)), None)
        if majority is None and runs and len(runs[0]) == 1:
            # no majority: the first author's mark, when more authors have it than any other
            # ("Linh Tran¹, Arunee Chaiyasit², Rizal Hakim¹, Maria Santos³, ..., Bao Nguyen¹")
            first, most = runs[0], max(counts.values())
            if counts[first] == most and sum(n == most for n in counts.values()) == 1:
                majority = first
        marked: dict[str, Mention] = {}
        for o in found:
            marked.setdefault(self._mark_before(o.start), o)
        if majority is not None and majority in marked:
            return {marked[majority].name}
        if majority is not None and "" not in marked:
            # the authors' mark heads an affiliation no table or shape knows ("¹Lindqvist
            # Bio, Uppsala"): the one found ("²... University of Toronto") is a minority's
            return set()
        return {o.name for o in found}

    def _affiliation_line(self, start: int, end: int) -> set[str]:
        """The organization a header's line under its authors names first, when no table or
        shape knows it: "Rhiannon Castell, Dmitri Vasquez-Orlov and Hana Sato\nOrchard
        Genomics, South San Francisco, CA" (a line of capitalized words up to a comma, a
        bracket or the line's end, not a model's name)."""
        authors = AUTHOR_LIST.search(self.text, start, end)
        if authors is None:
            return set()
        line = self.text.find("\n", authors.end(), end)
        while line != -1 and AUTHORS_GO_ON.search(self.text, max(start, line - 8), line):
            line = self.text.find("\n", line + 1, end)  # (the list's next line: "Ana Ruiz, Li
            # Wei,\nMara Holt and Jon Vik\nOrchard Genomics")
        if line == -1:
            return set()
        named = AFFILIATION_NAME.match(self.text, line + 1, end)
        if (
            named is None
            or self.models_between(named.start(1), named.end(1))
            or HEADER_NOTE.search(self.text, named.start(1), named.end(1))
        ):
            return set()  # (nor a note on the paper: "Technical Report", "Equal Contribution")
        return {named.group(1)}

    def _mark_before(self, position: int) -> str:
        """The last affiliation mark on a header's line before ``position`` ("²" for "University
        of Toronto" in "²Department of Biochemistry, University of Toronto"), or "": a mark
        that opens a name, not one after an author's ("Li Wei²,")."""
        line = self.text[last_before(self.text, "\n", position) + 1 : position + 1]
        marks = AFFILIATION_MARK.findall(line)  # (its name's first letter: the mark's lookahead)
        return marks[-1] if marks else ""

    def _own_listed(self, start: int) -> list[str]:
        """The models a paper's authors call theirs, after its header: "our internal teacher
        Vantage-34B", "We validate the fit with three models ...: Lumen-S (...), Lumen-M ..."."""
        text, names = self.text, []
        for own in OWN_MODELS_BEFORE.finditer(text, start, len(text), timeout=self.timeout):
            s_end = self.sentences.span(own.end())[1]
            listed = self.models_between(own.end(), s_end)
            if own.group("list") is None:
                listed = [m for m in listed[:1] if m.start == own.end()]  # "our teacher X"
            names += [m.name for m in listed if m.strong and not self.compared(m)]
        return names

    def _affiliated_title(self, organization: Mention) -> list[Mention]:
        """A paper's header: the model its title opens with ("Vireo-MoE: Fine-Grained Experts
        ...") is the one organization's named between the title and the abstract ("Vireo
        Labs", "Hana Okafor, Luis Brennan (Northwind Research)")."""
        text = self.text
        begin = self.title_begin()
        head = TITLE_HEAD.match(text, begin, begin + HEADER_LINE)
        if head is None or head[1].lower() in HEADING_WORDS | NOT_NAME_WORDS:
            return []
        abstract = ABSTRACT_HEADING.search(text, begin, begin + HEADER_REACH + 200)
        if abstract is None or organization.start > abstract.start():
            return []
        first = text.find("\n", begin)
        header = self._organizations_between(first, abstract.start())
        if len({o.name for o in header}) != 1:
            return []  # several affiliations: whose model is it?
        if not self._affiliation(first, abstract.start()):
            return []  # a minority's: "²Department of Biochemistry, University of Toronto"
        return [Mention(head.start(1), head.end(1), head[1])]

    def organization_for(self, model: str | None, s_start: int, s_end: int) -> str | None:
        """The organization behind ``model`` in this sentence (see ``_organization_for``)."""
        key = (model, s_start)
        if key not in self._organization:
            self._organization[key] = self._organization_for(model, s_start, s_end)
        return self._organization[key]

    def _organization_for(self, model: str | None, s_start: int, s_end: int) -> str | None:
        """The organization behind ``model``: as the text attributes it ("OpenAI's GPT-3",
        "Meta released Llama 2"), else as the reference table knows it (or its family: "Llama
        2 13B" from "Llama 2"), else the one organization of a sentence that names this one
        model and that organization only. Never a neighbouring sentence's or paragraph's: a
        newsletter's next story is about another lab."""
        here = self.sentence_organizations(s_start)
        if not model:
            # An unnamed model's lab, as its sentence says: "Apple said its on-device model
            # ...", "NVIDIA and Microsoft jointly trained the 530B model" (the first).
            free = [m for m in here if not self._attributed_elsewhere(m)]
            return free[0].name if free else None
        if model not in self._model_organizations:
            self._model_organizations[model] = self._model_organization(model)
        known = self._model_organizations[model]
        if known:
            return known
        named_for = self.namesake_organization(model, s_start)
        if named_for is not None:
            return named_for  # (not "Code Metal Labs ... against Code Llama 70B": Meta's)
        if model not in self._series_organizations:
            self._series_organizations[model] = self._series_organization(model)
        published = self._series_organizations[model]
        if published is not None:
            return published
        section = self._section_maker(model, s_start)
        if section is not None:
            return section  # "## Made by Mistral AI" over "- **Ministral 8B** (October 2024) ..."
        key = model_key(model)
        names = {m.name for m in here}
        made = (
            MAKING_VERB_AFTER.match(self.text, here[0].end, here[0].end + 40)
            if len(names) == 1
            else None
        )
        trained_by = made is not None and made.group("release") is None  # "that Corvid Labs
        # trained": not a release, which names the maker of the model before it
        if (
            len(names) == 1  # (first: a sentence that names no organization needs no names)
            and {model_key(m.name) for m in self.models_between(s_start, s_end)} <= {key}
            and not self._attributed_elsewhere(here[0])
            and not PLATFORM_BEFORE.search(self.text, max(0, here[0].start - 10), here[0].start)
            and not SCORED_ON_BEFORE.search(self.text, max(0, here[0].start - 30), here[0].start)
            and not COMPARED_ORG_BEFORE.search(self.text, max(s_start, here[0].start - 40), here[0].start)
            and not self.in_header_row(here[0].start)  # ("| Benchmark | Mistral (7B) |
            # Kite 2 (9B) |": a column's, not the other columns' models')
            and not _hosts(self.text, here[0])
            # (nor a maker of other models the sentence names by kind: "a SLERP merge of two
            # popular Mistral fine-tunes")
            and not OTHER_MODELS_AFTER_ORG.match(self.text, here[0].end, here[0].end + 24)
            and not any(  # (not the base of the model the sentence is about: "It was built by
                # the University of Oulu, and it is a fine-tune of Viking-13B"; but "we tuned
                # Corvid-3B, a small open model from the folks at Halden AI" names the base's;
                # nor a base before the maker: "A 7B model distilled from Ardent-7B that Corvid
                # Labs trained")
                (here[0].end <= m.start or trained_by and model_key(m.name) == key)
                and _base_model(self.text, m, s_start)
                for m in self.models_between(s_start, s_end)
            )
        ):
            return names.pop()  # "Snowflake today unveiled Arctic, a 480B model"
        # Last, the maker a repository's name opens with ("Meta-Llama-3-8B-Instruct"): after
        # what the sentence says ("Google-Kite-2B, a model fine-tuned by Arden Labs")
        return _maker_in_name(model)

    def _model_organization(self, model: str) -> str | None:
        """What ``_organization_for`` reads of the model alone, before its paragraph: the
        text's attribution, the paper's affiliation, the reference table. Asked once per model:
        the first ask records every attribution of the text (``stem_organization``), after
        which no sentence adds one, so the answer holds for every later sentence."""
        key = model_key(model)
        attributed = self._attributions.get(key) or self.stem_organization(model)
        if attributed:
            return attributed
        header, own, titled = self.header_organization()
        line = _first_part(model)  # "Gannet" of "Gannet-MoE-45B", beside "Gannet-12B"
        if header is not None and (key in own or line in own):
            return header  # a paper's one affiliation, for the models its authors introduce
        published = self.namespace_organization(model)
        if published is not None:
            return published  # the account the text writes it under: "google/gemma-2-9b-it"
        known = (
            _reference_organization(model)
            or _reference_organization(family_name(model))
            or _maker_in_known_name(model)
        )
        if known:
            return known
        if header is not None and (key in titled or line in titled):
            return header  # ... and for the one its title opens with, if no table knows it
        return None

    def _series_organization(self, model: str) -> str | None:
        """What ``_organization_for`` reads of the model alone after its paragraph: the
        namespace its repository id is written in, or its series' attribution (once per
        model, as ``_model_organization``)."""
        published = self.namespace_organization(model)
        if published is not None:
            return published
        for cut in reversed(
            [m.start() for m in NAME_PARTS.finditer(model)]
            if not self._someones_fine_tune(model)
            else []
        ):
            # the series the text attributes, written before the name: "Marlin is a series of
            # chat models from Oxbow AI" for "Marlin-v1-8B" (after the reference: "GPT" is
            # OpenAI's, "GPT-J-6B" is not)
            attributed = self._attributions.get(model_key(model[:cut]))
            if attributed and not ADAPTED_TO_LANGUAGE.search(model, cut, len(model)):
                return attributed  # (not "Llama-3-Chinese-8B", built on "Meta's Llama-3" by
                # another team: a line's maker does not name its models after a language)
        for cut in [m.start() for m in NAME_PARTS.finditer(model)][:1]:
            maker = self._family_maker(model[:cut])
            if maker is not None:
                return maker
        return None

    def _family_maker(self, family: str) -> str | None:
        """The maker a text gives a family it describes as one, by the family's word alone
        (not read as a model name): "**Aurora** is a family of three base language models ...,
        trained by **Nordlys Labs**" for Aurora-M; found once per family."""
        if family not in self._family_makers:
            self._family_makers[family] = None
            if len(family) >= 4 and family.isalpha():
                pattern = regex.compile(FAMILY_IS_A % regex.escape(family), regex.IGNORECASE)
                described = pattern.search(self.text, timeout=self.timeout)
                if described is not None:
                    s_start, s_end = self.sentences.span(described.start())
                    for org in self.sentence_organizations(s_start):
                        if (
                            org.start > described.end()
                            and MADE_BY_BEFORE.search(
                                self.text, max(described.end(), org.start - 30), org.start
                            )
                            and self.text[org.end : org.end + 1] not in ("'", "’")
                        ):
                            self._family_makers[family] = org.name
                            break
        return self._family_makers[family]

    def namespace_organization(self, model: str) -> str | None:
        """The organization the text names whose name is the namespace a repository id writes
        before the model: "base_model: corvid-ai/Pallas-LM-34B" in a card "Developed by: Corvid
        AI"; found once per name (a search of the whole text per sentence is quadratic)."""
        if model in self._namespaces:
            return self._namespaces[model]
        self._namespaces[model] = None
        if self._folded is None:  # (a hub id may fold the name's case: "epfl-llm/meditron-7b";
            # a text whose case folding changes its length is searched as written)
            lower = self.text.lower()
            self._folded = lower if len(lower) == len(self.text) else self.text
        folded = "/" + (model.lower() if self._folded is not self.text else model)
        position = self._folded.find(folded)
        while position != -1:
            after = position + 1 + len(model)
            space = (
                NAMESPACE_BEFORE.search(self.text, max(0, position - 40), position)
                if not QUANTIZED_COPY.match(self.text, after, after + 40)
                else None
            )  # (the model's own repository, or its tuned variant's; not another's quantized
            # copy: "heron/Kite-7B-GGUF", "unsloth/Kite-7B-bnb-4bit")
            if space is not None:
                known = hub_account_organization(space.group(1))
                if known is not None:  # a maker's own account: "google/gemma-2-9b"
                    if SAME_MAKERS_REPOSITORY.match(self.text, after, after + 40):
                        self._namespaces[model] = known
                        return known
                    # (the maker's own release or a member of the family, "Qwen/Qwen2.5-7B",
                    # "google/gemma-2-9b-it"; not another's derivative: "nvidia/DeepSeek-R1-FP4")
                    position = self._folded.find(folded, position + 1)
                    continue
                wanted = ORG_KEY.sub("", space.group(1)).lower()
                for org in self.organizations:
                    key = ORG_KEY.sub("", org.name).lower()
                    if key == wanted or (  # "brackish/..." for Brackish Labs
                        key.startswith(wanted) and ORG_SUFFIXES.fullmatch(key, len(wanted), len(key))
                    ) or (  # "epfl-llm/..." for EPFL
                        wanted.startswith(key) and wanted[len(key) :] in ACCOUNT_SUFFIXES
                    ):
                        self._namespaces[model] = org.name
                        return org.name
            position = self._folded.find(folded, position + 1)
        return None

    def namesake_organization(self, model: str, offset: int) -> str | None:
        """The organization of the paragraph whose name's first word the model's name opens
        with: "Roverline Robotics ... closed a $210 million Series B ... a model called
        Roverline-VLA", "Sennet Bio raised $120 million ... Its first model, Sennet-P1"."""
        first = NAME_PARTS.split(model, maxsplit=1)[0]
        if len(first) < 4 or first == model or not first[:1].isupper():
            return None
        start = self.paragraph_start(offset)
        if start not in self._namesakes:  # (once per paragraph: its organizations by first word)
            self._namesakes[start] = _by_first_word(self.paragraph_organizations(offset))
        named = self._namesakes[start].get(first, set())
        if not named:
            # ... else the text's: a blog's byline ("research engineer at Wrenfield AI") over
            # its "Wrenfield-1.3B"; one such organization in the whole text, and no other
            # organization whose name opens so
            if self._text_namesakes is None:
                self._text_namesakes = _by_first_word(self.organizations)
            named = self._text_namesakes.get(first, set())
        return next(iter(named)) if len(named) == 1 else None  # (two such: whose?)

    def stem_organization(self, model: str) -> str | None:
        """The organization the text attributes, anywhere, to a model of the same line: a model
        card's "Kestrel-2 ... from Arden Labs" for its table's "Kestrel-2-8B", "Halyard-30B-A3B
        ... from Brightwater AI" for "Halyard-30B-A3B-Base". A statement about that name, never
        about a neighbour; a line given to two organizations gives none."""
        if self._stem_attributions is None:
            for org in self.organizations:
                self.sentence_organizations(org.start)  # records every attribution in the text
            stems: dict[str, str | None] = {}
            lines: dict[str, str | None] = {}
            for key, lab in self._attributions.items():
                name = self._attributed_names.get(key, key)
                stem = model_key(name_stem(name))
                stems[stem] = lab if stems.get(stem, lab) == lab else None
                if (
                    (line := _first_part(name))
                    and split_size(name)[1] is None  # (a line's name: "Kestrel-VL", not a
                    # tuned model's "Kite-3.1-Nemo-70B-Instruct")
                    and not _reference_organization(name)
                ):
                    lines[line] = lab if lines.get(line, lab) == lab else None
            self._stem_attributions = stems
            self._line_attributions = lines
        exact = self._attributions.get(model_key(model))
        if exact or self._someones_fine_tune(model):
            return exact
        of_stem = self._stem_attributions.get(model_key(name_stem(model)))
        if of_stem is not None:
            return of_stem
        # A line's first word, for a model no table knows, on a page whose title is that line's:
        # "# Kestrel-VL-9B" over "Kestrel-VL is a family of ... models from Fjordline AI" for
        # "Kestrel-LM-8.4B" (never a known family's: "Llama 2 from Meta" says nothing of
        # "Llama-3.1-Minitron-4B"; nor a paper's "Video-LLaMA ... from DAMO" of "Video-LLaVA")
        line = _first_part(model)
        if not line or _reference_organization(model):
            return None
        if line in GENERIC_LINE_WORDS:
            return None  # a word many labs' lines start with ("Video-", "Mini-", "Open-"), even
            # on a page titled with one of them ("# Video-LLaMA: ..." compares Video-LLaVA-7B)
        return self._line_attributions.get(line)

    def _someones_fine_tune(self, model: str) -> bool:
        """Whether a name is a fine-tune of a line's model that the text says someone made:
        "Kestrel-7B-Hermes is a community fine-tune of Kestrel-7B that Nous Research trained"
        (a word after its size that is no size, tier or build, and "fine-tune" where it is
        named); not the line maker's own "Kestrel-7B-Chat". Found once per name."""
        if model not in self._fine_tunes:
            found = False
            if not _member_of_its_stem(model):
                position = self.text.find(model)
                while position != -1 and not found:
                    s_start, s_end = self.sentences.span(position)
                    found = FINE_TUNE_WORDS.search(self.text, s_start, s_end) is not None
                    position = self.text.find(model, s_end)
            self._fine_tunes[model] = found
        return self._fine_tunes[model]

    def _attributed_elsewhere(self, organization: Mention) -> bool:
        """Whether the text gives this organization mention to a model: "DeepMind's
        Chinchilla" is no statement about another model in the sentence."""
        return any(org is organization for org in self._attributed_mentions)

    def paragraph_organizations(self, offset: int) -> list[Mention]:
        start, end = self.paragraph_start(offset), self.paragraph_end(offset)
        if (start, end) not in self._paragraph_organizations:
            self._paragraph_organizations[start, end] = self._organizations_between(start, end)
        return self._paragraph_organizations[start, end]

    def _section_maker(self, model: str, s_start: int) -> str | None:
        """The maker a section's heading names, for the model a list item under it opens with:
        "## Made by Mistral AI" (or "## Mistral AI", "### From Meta") over "- **Ministral 8B**
        (October 2024) ..."; not "## Not made by Mistral AI", nor a model the item names later."""
        text = self.text
        line = last_before(text, "\n", s_start + 1) + 1
        item = LIST_ITEM.match(text, line, line + AHEAD)
        if item is None:
            return None
        first = self.models_between(item.end(), end_of_line(text, item.end()))[:1]
        if not first or first[0].name != model:
            return None
        heading = last_before(text, "\n#", line) + 1
        if heading == 0 and not text.startswith("#"):
            return None
        if heading not in self._section_makers:
            heading_end = end_of_line(text, heading)
            found = SECTION_MAKER.fullmatch(text, heading, heading_end)
            orgs = self._organizations_between(heading, heading_end)
            self._section_makers[heading] = (
                orgs[0].name
                if found is not None and len(orgs) == 1 and orgs[0].start == found.start("org")
                and orgs[0].end == found.end("org")
                else None
            )
        return self._section_makers[heading]

    def _organizations_between(self, start: int, end: int) -> list[Mention]:
        """Organizations named within [start, end): a slice of the one scan of the whole text
        (organizations are few, and one scan costs less than one per sentence)."""
        return _between(self.organizations, self.organization_starts, start, end)


# A line labelled as about the model a card's model was built from: "- Base: Gemma 2 27B".
BASE_LINE = regex.compile(r"(?im)^[\W_]*(?:base|parent|teacher)(?:[ ]+model)?\b[^:\n]{0,30}:[^\n]*")
# ... and a label that opens a sentence so: "* Base model pretraining: 15T+ tokens"; not "The
# base model contains 340B parameters", which is the release's own.
BASE_LABEL = regex.compile(r"(?i)[\W_]*(?:base|parent|teacher)[ ]+model\b[^:\n]{0,30}:")
# ... or a sentence whose subject is that model: "The base model was released by Meta in July
# 2024 and pretrained on more than 15 trillion tokens."
BASE_REACH = 20  # how many sentences back "the base model" looks for the one named as a base
# How far after a number model_for looks up a name that starts there (NAME_IN_BRACKET_AFTER,
# ROLE_AFTER): "the best released 34B model (Llama 1)".
NAME_AFTER_REACH = 40
BASE_OBJECT_BEFORE = regex.compile(
    r"(?i)\b(?:pre-?trained|trained|built|released)[ ]+(?:the|its)[ ]+(?:base|parent)[ ]+model\b"
    r"[^.;:]{0,30}\Z"
)  # "Meta pretrained the base model on more than 15 trillion tokens"
BASE_SUBJECT = regex.compile(
    r"(?i)[\W_]*(?:(?:according[ ]+to|per)[ ]+[^,.;:]{1,40},[ ]+)?(?:the|its|our)[ ]+(?:(?:base|parent|teacher)[ ]+model\b|(?:parent|teacher)"
    r"(?:[ ]+itself)?[ ]+(?:was|is|had|has|were|saw|sees)\b)"
)
# ... and a part it is built on, as what saw the tokens: "The backbone was pre-trained on 11T
# tokens", "The underlying encoder was pre-trained by its authors on 2T tokens" (never the
# page's model itself; but "Its backbone has 56 layers" is the model's).
BACKBONE_SUBJECT = regex.compile(
    r"(?i)[\W_]*(?:the|its|our)[ ]+(?:(?:(?:language|text|LLM)[ ]+)?backbone(?:[ ]+(?:model|LLM))?"
    r"|underlying[ ]+(?:encoder|model|LLM|language[ ]+model))(?:[ ]+itself)?[ ]+(?:was|is|had|has"
    r"|saw)\b"
)  # ("The parent itself was pre-trained on 15T tokens"; not "The parent company, X, trained
# it", "The teacher stays frozen while the student is trained")
BASES_SUBJECT = regex.compile(r"(?i)[\W_]*(?:both|the|its|our|their)[ ]+(?:two[ ]+)?bases\b")
# ("Both bases were pre-trained on 2T tokens"; not "Both base models were trained on 2.6T",
# a family's own pretrained models, nor "Both parents share one architecture (22.2B)", a
# merge's, which is the merge's own size)
# How far into a document its header (title, front matter, authors) may reach.
HEADER_REACH = 1200
# A page's first heading, after front matter if any: "---\nlicense: ...\n---\n\n# Ondine-MoE".
FIRST_HEADING = regex.compile(
    r"(?s)(?:---\n.*?\n---\s*)?(?:[ \t]*(?:<[^\n]*)?\n)*#[ ]([^\n]+)"
)  # (after HTML lines: '<div align="center">\n\n# 🦋 OpenMoth')
# A paragraph of badges, images and tags only, which a README puts between its title and lead.
BADGES_ONLY = regex.compile(
    r"(?:\s|<[^<>\n]*>|!?\[(?:!\[[^\[\]\n]*\]\([^()\n]*\)|[^\[\]\n])*\]\([^()\n]*\))*"
)  # (one way to read each badge: no "[" inside a bracket but an image's own)
BADGES_REACH = 4000  # how long a paragraph of badges may be
# A paragraph that opens with a heading of news: "## 🚀 News", "## Updates", "### Changelog".
SECTION_OPENING = regex.compile(
    r"\s*+#++[ \t]++[^\n\w]{0,12}?(?i:(?:latest|recent)[ \t]+)?(?i:news|updates?|changelog"
    r"|change[ \t]+log|release[ \t]+notes|releases|what['\u2019]s[ \t]+new|announcements?"
    r"|highlights)\b"
)
LEAD_REACH = 4  # how many such paragraphs may come before the lead
TITLE_WORD = regex.compile(r"[A-Z][a-z]{2,}(?=[ \t:]|\Z)")  # ("# Wren: small models ...")
TITLE_FAMILY_REACH = 5000  # how far down a title's family is looked for among the page's names
# The models a paper's authors introduce: "We present Wren-3B", "we also release Wren-1B",
# "Today we are releasing Larkspur", "we're excited to introduce Kite".
OWN_INTRODUCTION = regex.compile(
    r"(?i)\bwe(?:%s+are|['\u2019]re)?%s+(?:also%s+|then%s+|further%s+)?(?:(?:excited|proud|happy"
    r"|thrilled|pleased)%s+to%s+)?(?:present|introduc|train|releas|propos|build|develop"
    r"|pre-?train|open-sourc)\w*%s+(?:(?:a|an|the|two|three|our)%s+)?" % (S, S, S, S, S, S, S, S, S)
)
# Where a model is put, not who made it: "weights are on Hugging Face", "served via Azure".
PLATFORM_BEFORE = regex.compile(r"(?i)\b(?:on|via|through|onto|to)%s+\Z" % S)
# The maker of what a model is scored on, not of the model: "Heron-3 tops the Owl leaderboard
# by Acme Research".
SCORED_ON_BEFORE = regex.compile(
    r"(?i)\b(?:leaderboards?|benchmarks?|arenas?|evals?|evaluations?|test[ \u00a0]suites?)"
    r"%s+(?:by|from|of)%s+(?:the%s+)?\Z" % (S, S, S)
)
# ... or one the model is compared with: "Kite-2 ... beats Mistral on MMLU", "... better than
# models from Mistral".
COMPARED_ORG_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:beats?|beating|outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|than|vs\.?|versus"
    r"|against|compared%s+(?:to|with)|rival(?:s|ing)?|unlike)%s+(?:(?:the|a|an|models?|ones?|those"
    r"|from|by|of)%s+){0,3}\Z)" % (S, S, S)
)
# A name the authors give: "a family we call Tessel", "a model we name Kite".
WE_CALL_BEFORE = regex.compile(r"(?i)\bwe%s+(?:call|name|dub|term)%s+\Z" % (S, S))
# Where a header goes on to organizations that only helped: "..., with contributions from".
HELPED_BY = regex.compile(
    r"(?i)\b(?:with%s+(?:contributions|help|support|input)%s+from|in%s+collaboration%s+with"
    r"|advised%s+by|thanks%s+to|work%s+done%s+(?:while|during)|interning%s+at|internship%s+at)\b"
    % (S, S, S, S, S, S, S, S, S, S)
)
SUPERSCRIPTS = "\u00b9\u00b2\u00b3\u2074\u2075\u2076"  # ¹²³⁴⁵⁶
# An organization's name opening a header's line: "Orchard Genomics, South San Francisco, CA",
# "Reykjavik Centre for Language Technology (RCLT)" (two to seven words, capitalized but for
# "of", "for", "and", "the", "&").
AFFILIATION_NAME = regex.compile(
    r"[ \t]*(\p{Lu}[\w&'.-]*(?:[ ](?:\p{Lu}[\w&'.-]*|of|for|and|the|&)){0,5}[ ]\p{Lu}[\w&'.-]*)"
    r"[ \t]*(?:[,(\u00b7|\u2014]|\n|\Z)"
)
# The end of an authors' line the list goes on after: "Ana Ruiz, Li Wei, Tomas Berg," or "... and".
AUTHORS_GO_ON = regex.compile(f"(?:,|[ \\t]and)[{SUPERSCRIPTS}*]*[ \\t]*\\Z")
# A header's line about the paper or its authors, not where they work: "Technical Report",
# "Equal Contribution", "Work in Progress", "Preprint Under Review".
HEADER_NOTE = regex.compile(
    r"(?i)\b(?:report|contributions?|contributors|preprint|draft|version|review|progress"
    r"|correspondence|corresponding|paper|authors?|equal|submitted|manuscript)\b"
)
MARK_RUN = regex.compile(f"[{SUPERSCRIPTS}]+")
AFFILIATIONS_LINE = regex.compile(f"(?m)^[ \\t(]*[{SUPERSCRIPTS}](?=[ \\t]?[A-Z])")
AFFILIATION_MARK = regex.compile(f"[{SUPERSCRIPTS}](?=[ \\t]?[A-Z])")  # "¹Marrow Institute"
# Words after which a paper names its own models: "our internal teacher Vantage-34B", "We
# validate the fit with three models trained to completion: Lumen-S ...".
OWN_MODELS_BEFORE = regex.compile(
    r"(?i)\bour%s+(?:(?!(?:base|baseline|starting|reference|pretrained|pre-trained)\b)[\w-]+%s+)"
    r"{0,2}?(?:model|teacher|student|checkpoint)s?%s+(?=[A-Z])"
    r"|(?P<list>\bwe\b(?=[^.:\n]{0,120}?\b(?:train|trained|pretrain\w*|releas\w*|introduc\w*"
    r"|present\w*|buil[dt]\w*|develop\w*)\b)[^.:\n]{0,80}?\bmodels\b[^.:\n]{0,40}:%s*)"
    % (S, S, S, S)
)  # (not "We evaluate recall on four open models: Llama-3-8B, ...", nor "our base model X")
# A company blog's byline near the top: "*From the Fenwick AI blog, posted 9 January 2025*".
BYLINE_FROM = regex.compile(
    r"(?im)^[ \t*_]*(?:from|posted[ \t]+(?:by|on)|published[ \t]+by)[ \t]+(?:the[ \t]+)?"
    r"[^\n]{2,60}?[ \t]+(?:blog|team|newsroom)\b[^\n]{0,60}$"
)


SIZE_TOKEN = regex.compile(r"(?i)\b[0-9]+(?:\.[0-9]+)?[KMBT]\b|\bA[0-9]+(?:\.[0-9]+)?B\b")
# What a line's own member adds to its stem: a tier (TIER_WORDS), a build, a modality.
MEMBER_WORDS = TIER_WORDS | frozenset(
    "it v hf dense sparse vision math int4 int8 awq gptq gguf".split()
)
# The word a size is glued to: "d-Qwen1.5-" of "d-Qwen1.5-0.5B".
GLUED_TOKEN_BEFORE = regex.compile(r"(?r)[\w.+-]++\Z")


def _token_names(token: str, model: str) -> bool:
    """Whether a name-like word holding a size opens with ``model``'s first word ("wren-" of
    "wren-7b" for "Wren"); a word of no letters names no other."""
    if not any(c.isalpha() for c in token):
        return True  # (no name: a range's "70-" of "70-100B")
    first = model_key(model.split()[0].split("-")[0]) if model.strip() else ""
    return bool(first) and model_key(token).startswith(first)  # (not "d-heron-" for Heron)


# A clause set before a sentence's main one: "While Kite-4 was delayed, ", "Although ...,".
FRONTED_CLAUSE = regex.compile(
    r"[\W_]*(?i:while|although|though|whereas|even[ ]+though|even[ ]+as)[ ][^,;:.\n]{1,120},[ ]+"
)
# ... and a main clause whose subject is the fronted clause's model: "it has", "its 17B".
BACK_REFERENCE = regex.compile(r"(?i)(?:it|its|it's|this|the[ ]+model|they|their|these)\b")
# A class after a model's name: "GPT-4 and other frontier models", "Kite 2 and other LLMs".
AND_OTHER_MODELS_AFTER = regex.compile(
    r"[*_`]*+[ \t]++(?:and|or|&)[ \t]++(?:many[ \t]++|most[ \t]++|several[ \t]++)?other[ \t]++"
    r"(?:[\w-]++[ \t]++){0,3}?(?:models|LLMs|LMs|systems|checkpoints)\b"
)
# A language's (or code's) label before its share of a model's data: "English: about 1.3T"
# (not a name's last word: "- Wren-7B-Code: 1.2T tokens").
LANGUAGE_SHARE_BEFORE = regex.compile(
    r"(?i)(?<![\w.-])(?:Non-)?(?:English|Code|Math|%s)(?:[ \t]+(?:data|text|tokens))?[ \t]*[:\uff1a]"
    r"[ \t]*(?:about[ \t]+|around[ \t]+|roughly[ \t]+|approx\.?[ \t]+|~)?\Z" % ADAPTED_LANGUAGES
)
# A language a name adds to another line's name: a team's adaptation of that line's model.
ADAPTED_TO_LANGUAGE = regex.compile(r"(?i)(?<![A-Za-z])%s(?![A-Za-z])" % ADAPTED_LANGUAGES)
FINE_TUNE_WORDS = regex.compile(r"(?i)\bfine-?tunes?\b")


def _member_of_its_stem(model: str) -> bool:
    """Whether a name adds only a size, tier, version or build to its stem ("InternLM2.5-20B",
    "Halyard-30B-A3B-Base"), not a word of its own ("Kestrel-7B-Hermes")."""
    rest = SIZE_TOKEN.sub(" ", model[len(name_stem(model)) :])
    return all(w.lower() in MEMBER_WORDS for w in regex.findall(r"[A-Za-z]{2,}", rest))


# First words many unrelated labs' lines share ("Video-LLaMA" by DAMO, "Video-LLaVA" by PKU).
GENERIC_LINE_WORDS = frozenset({
    "video", "mini", "open", "tiny", "small", "code", "chat", "vision", "audio", "speech", "music",
    "image", "text", "math", "bio", "med", "medical", "legal", "fin", "multi", "omni", "deep",
    "fast", "long", "super", "mega", "micro", "nano", "smol", "meta", "auto", "star", "alpha",
    "instruct", "neural", "llava", "llama", "mistral", "qwen", "gemma", "phi", "bert", "gpt",
    "vicuna", "wizard", "orca", "hermes", "zephyr", "tulu", "intern", "baichuan", "falcon",
})  # fmt: skip


def _first_part(name: str) -> str:
    """The line of models a name is of, as its first part ("gannet" of "Gannet-MoE-45B", "tern"
    of "Tern-3B"), or "" for a first part too short or too numbered to tell one line from
    another ("GPT-3", "Qwen2-7B" keep "")."""
    first = NAME_PARTS.split(name, maxsplit=1)[0]
    return model_key(first) if len(first) >= 4 and first.isalpha() else ""


def _in_link_address(text: str, position: int) -> bool:
    """Whether ``position`` is inside a Markdown link's address: "kiln2026" of
    "[paper](https://openreview.net/forum?id=kiln2026)" names no model a sentence is about."""
    opening = text.rfind("](", max(0, position - LINK_ADDRESS_REACH), position)
    return opening != -1 and not any(c in text[opening + 2 : position] for c in " \t\n)")


def _title_line(text: str) -> int:
    """Where a paper's title line starts: after the lines a listing page or a proceedings
    volume puts above it ("arXiv:2604.02281 [cs.CL]", "Computer Science > Computation and
    Language", "[Submitted on 5 Feb 2026]", "Findings of ACL 2026 (to appear)"), else 0."""
    at = 0
    for _ in range(LISTING_LINES):
        end = text.find("\n", at, at + HEADER_LINE)
        if end == -1 or not LISTING_LINE.match(text, at, end):
            break
        at = end + 1
        while text[at : at + 1] in ("\n", " ", "\t") and at < len(text):
            at += 1  # (the blank lines under it)
    return at


def _header_end(text: str, begin: int) -> int | None:
    """Where a paper's header (its title line, then authors and affiliations) ends: at its
    "Abstract" heading, else at the first blank line; None for a text that opens otherwise (a
    heading, front matter, a long first line). Lines of a listing above the title are read
    past: ``begin`` is where the title line starts (``_title_line``)."""
    first = text.find("\n", begin)
    if first == -1 or first - begin > HEADER_LINE or text[begin:first].rstrip().endswith("."):
        return None
    abstract = ABSTRACT_HEADING.search(text, begin, begin + HEADER_REACH + 200)
    if MARKDOWN_TITLE.match(text, begin, first) and abstract is not None:
        # a Markdown page of a paper: "# Title\n\nAna Ruiz, Li Wei — X\n\n### Abstract" (its
        # authors named; not a README's "🤗 Hugging Face | 📑 Paper | 🖥️ Demo")
        header = text[first : abstract.start()]
        return abstract.start() if AUTHOR_LIST.search(header) and "|" not in header else None
    if text[begin : begin + 1] in "#-<|":
        return None
    if abstract is not None:
        # (up to its last paragraph when that says where and when it appeared: "In: *JURIX
        # 2025*, pp. 112 to 127." after the affiliations; not an arXiv page's "[Submitted on
        # ...]" over its title)
        last = text.rfind("\n\n", first, abstract.start() - 1)
        if (
            last != -1
            and VENUE_LINE.match(text, last + 2, abstract.start())
            and "\n" not in text[last + 2 : abstract.start()].strip()  # (a line alone: not
            # "ICLR 2025 (Oral)" over the authors and their affiliation)
        ):
            return last
        return abstract.start()
    blank = text.find("\n\n", first)
    return blank if first < blank <= first + HEADER_LINE * 2 else None


MARKDOWN_TITLE = regex.compile(r"#{1,4}[ ]")
LISTING_LINES = 4  # how many lines of a listing a paper's page may open with
# A line a listing page or a proceedings volume puts above a paper's title, wholly about where
# it is listed: its arXiv id, subject trail, submission date or venue.
LISTING_LINE = regex.compile(
    r"(?i)[ \t]*[*_\[(]*(?:arxiv:[0-9]{4}\.[0-9]{4,5}|\[?submitted[ ]on\b|proceedings[ ]of\b"
    r"|acl[ ]anthology\b|openreview(?:\.net)?\b|hugging[ ]face[ ]papers\b"
    r"|findings[ ]of\b|published[ ]as\b|(?:computer[ ]science|statistics|electrical[ ]engineering"
    r"[^\n>]{0,40}|quantitative[ ]biology|mathematics|physics)[ ]>)"
)


# A header's line about where and when the paper appeared, after its authors' affiliations.
VENUE_LINE = regex.compile(
    r"(?i)[ \t\n]*[*_\[(]*(?:in:|in[ ]proceedings|proceedings[ ]of|published[ ](?:in|at|as)"
    r"|submitted\b|accepted[ ](?:at|to|by|in)|to[ ]appear|preprint|under[ ]review|arxiv:"
    r"|(?-i:ICLR|NeurIPS|ICML|ACL|EMNLP|NAACL|COLM|CVPR|ICCV|ECCV|AAAI|IJCAI|KDD|TMLR|JMLR)"
    r"[ ]?(?:19|20)[0-9]{2}\b)"
)  # (and a conference's name and year, an arXiv id: "ICLR 2024 · arXiv:2310.06694")


HEADER_LINE = 300  # the longest title or affiliation line a header holds
# An author's surname after a first name that is also a model's ("Luke", "Eva", "Adam"), then
# the mark, comma or separator that ends an author in a list.
AUTHOR_SURNAME_AFTER = regex.compile(
    r"[ ][A-Z][a-z'\u2019-]+(?:[*\u00b9\u00b2\u00b3\u2074-\u2079]|,|[ ][\u00b7|]|[ ]and[ ]|[ ]*\n)"
)
# Authors' names in a list: "Ana Ruiz, Li Wei", "Hana Lindqvist and Marco Ferrante".
AUTHOR_LIST = regex.compile(
    r"[A-Z][\w'\u2019-]+[ ](?:[A-Z]\.[ ])?[A-Z][\w'\u2019.-]+[*\u00b9\u00b2\u00b3\u2074]*(?:,|[ ]and[ ])"
)
ABSTRACT_HEADING = regex.compile(r"(?im)^[ \t>]*(?:#+[ \t]*)?[*_]*abstract\b")
# A page's lead that speaks of models without naming one: "Open multilingual language models
# from Kestrel Bay Labs", "Small language models that NVIDIA obtains by pruning".
LEAD_MODELS = regex.compile(r"(?i)\b(?:models|LLMs|LMs|model family|series of|checkpoints)\b")
# A lead that names the maker of one model: "Text embedding model from Quillfeather Labs",
# "Quarry AI's sparse mixture-of-experts model" (not "trained on dialogues written by
# annotators at Scale AI", nor "a fine-tune of a base model from X").
MODEL_BY_BEFORE = regex.compile(
    r"(?r)(?i)(?<!\bbase[ \t])\bmodel(?:,?[ \t]+(?:from|by)|[^.;\n]{0,60}?[ \t]+(?:developed|built"
    r"|released|made|created|published)[ \t]+by)[ \t]+(?:the[ \t]+)?[*_]*\Z"
)  # (also "A compact code model for completion, released by Vireo Research (Jan 2024)", "model
# from **Mosscap Studio**")
POSSESSIVE_MODEL_AFTER = regex.compile(
    r"['\u2019]s[ \t]+(?:(?!(?:base|fine-?tune\w*)\b)[\w-]+[ \t]+){0,4}?model\b"
)
# A sentence that says who made the model the text is about: "It comes from Coldharbour AI",
# "This came from Oakridge Neural, a small lab", "Mareta released it in August 2024", "From
# Anvaya AI in Bengaluru, this is a fine-tune of Mistral 7B".
PRONOUN_FROM_BEFORE = regex.compile(
    r"\W*(?:It|This(?:[ \t]+(?:one|model))?|The[ \t]+model)[ \t]+"
    r"(?:(?:comes|came)[ \t]+from"
    r"|(?:is|was)[ \t]+(?:(?:built|developed|made|trained|released|published)[ \t]+)?(?:by|from))"
    r"[ \t]+(?:the[ \t]+)?(?:(?:[\w-]+[ \t]+){0,3}(?:group|team|lab)[ \t]+(?:at|of)[ \t]+)?"
    r"(?:\*\*)?"
)
VERB_IT_AFTER = regex.compile(
    r"[ \t]+(?:released|trained|built|developed|published|open-sourced|made|shipped|launched)"
    r"[ \t]+it\b"
)
FROM_ORG_THIS_IS = regex.compile(r"\W*From[ \t]+(?:the[ \t]+)?")
# A name set in bold: "**Behemoth**" (not a field's label, "**Parameters:**").
FIRST_DIGIT = regex.compile(r"[0-9]")
BOLD_NAME = regex.compile(r"\*\*(\p{Lu}[^*\n:]{0,60})\*\*(?![ \t]*:)")  # (nor "**Note**:")
BOLD_HEAD = regex.compile(r"[ \t]*\*\*[^*\n]{1,80}\*\*[ \t]*")
THIS_IS_AFTER = regex.compile(r"[^.;\n]{0,60},[ \t]+(?:this|it)[ \t]+(?:is|was)\b")
# A lead that opens with its maker as the subject: "The Ridgeback Collective is a ...".
ORG_IS_SUBJECT = regex.compile(r"\s*(?:The[ \t]+)?")
IS_AFTER = regex.compile(r"[ \t]+(?:is|are|was)[ \t]")
# What may come before the maker that opens a plain byline: "Caldwell NLP Group · [paper]"
# (not "Available on Hugging Face · [weights](...)", a host).
PLAIN_BYLINE_OPENING = regex.compile(r"[ \t\n]*(?:[Bb]y[ \t]+)?")
LISTED_ASIDE_REACH = 200  # how far back a bracket listing names may open
LINK_ADDRESS_REACH = 200  # the longest link address read back over
# A byline under a page's title, its maker first: "**Brightwater Systems** · released 2025-03-18
# · [tech report]", "**Saltmarsh AI · March 10, 2026 · 7 min read**", "Caldwell NLP Group ·
# [paper](...) · [checkpoints](...)" (a plain line only with a link after its mark).
BYLINE = regex.compile(
    r"[ \t]*(?:\*\*[^*\n]{2,60}\*\*[ \t]*[\u00b7|\u2022]"
    r"|\*\*[^*\n\u00b7|\u2022]{2,60}[\u00b7|\u2022](?=[^*\n]{2,80}\*\*[ \t]*$)"
    r"|[^*\n\u00b7|\u2022\[\]()<>]{2,60}[\u00b7|\u2022](?=[ \t]*\[))",
    regex.MULTILINE,
)
# A paper's title that opens with one name and a colon names its model.
# A title's model before its colon: "Kestrel: Scaling Sparse Experts", "**Sheared LLaMA: ..."
# (two words only when the second is shaped like a name: not "Scaling Laws: ...").
TITLE_HEAD = regex.compile(
    r"[*_]{0,2}([A-Z][\w.+-]{1,30}(?:[ ](?![A-Z]*L?LMs\b)(?=[\w.+-]*(?:[0-9]|[A-Z][\w.+-]*[A-Z]))"
    r"[A-Z][\w.+-]{1,30})?):\s"
)
COMPARISON = regex.compile(
    r"(?i)\b(?:outperform\w*|beat\w*|surpass\w*|than|versus|vs\.?|compared|similar|rivals?|matches"
    r"|baselines?|prior|previous|existing)\b"
)


# The words that make an organization's model its own copy of another's: "NVIDIA's customized Llama".
DERIVED = r"customi[sz]ed|fine-?tuned|tuned|modified|distilled"
DERIVED_BY_ORG = regex.compile(r"['’]s[\s\u00a0]+(?:%s|quantized)[\s\u00a0]+\Z" % DERIVED)
ATTRIBUTION_AFTER_ORG = regex.compile(
    r"""[\s\u00a0]*(?:
        (?:['’]s|(?<=s)['’])(?![\s\u00a0]+(?:%(derived)s|quantized|version|take)\b)
        (?![\s\u00a0]+(?:[\w.-]+[\s\u00a0]+){0,2}(?:fine-?tunes?|finetunes?|quantizations?
            |ports?|merges?)[\s\u00a0]+(?:of|for)\b)
        (?:[\s\u00a0]+[\w.-]+){0,3}?[\s\u00a0]+\Z   # OpenAI's GPT-3, AI21 Labs' Jurassic-1 (not
        # NVIDIA's customized Llama 3.1, nor Groq's tool-use fine-tunes of Llama 3 8B)
      | ['’]s[\s\u00a0]+(?:new(?:est)?|latest|earlier|first|previous|own|flagship|%(derived)s)[\s\u00a0]+
        (?:[\w.-]+[\s\u00a0]+){0,2}?(?:release|model|LLM|checkpoint),[\s\u00a0]+\Z  # X's latest model, Y
      | [\s\u00a0]+(?:has\ |have\ )?(?:(?:quietly|now|just|finally|also|officially|recently)\ )?
        (?:released|releases|introduced|introduces|unveiled|unveils|announced|announces|dropped|drops|shipped|rolled\ out|published|
            launched|launches|presented|presents|open-sourced|open-sources|trained|trains|built|builds|developed|
            develops|debuted|debuts|shipped|ships|published|publishes|posted|posts|'s\ new|
            came\ out\ of\ stealth|emerged\ from\ stealth)
        (?:[\s\u00a0]+[\w.,-]+){0,6}?[\s\u00a0]+\Z                # Meta released Llama 2
      | [\s\u00a0]+(?:released|releases|launched|launches|shipped|ships|open-sourced|introduced
            |unveiled|announced)(?:[\s\u00a0]+[\w.,-]+){0,3}?[\s\u00a0]+(?:models|siblings
            |checkpoints|variants|versions|sizes)(?:[\s\u00a0]+[\w.,-]+){0,4}?:[\s\u00a0]+\Z
        # Ondine released two siblings on January 8: Brine-70B, ...
      | [\s\u00a0]+(?:has\ |have\ )?(?:put|puts)\ out(?:\ (?:its|their|the|a|an))?[\s\u00a0]+\Z
        # Google put out Gemma 3 (not "put out new benchmarks showing Qwen2.5-72B")
      | [\s\u00a0]*\Z                                             # Google PaLM, NVIDIA Nemotron-4
    )"""
    % {"derived": DERIVED},
    regex.VERBOSE,
)


SLASHED_VARIANT_BRACKET = regex.compile(r"/[\w+.-]{1,8}[*_`]*[ \t]*\([ \t]*(?:~|about[ \t]+)?\Z")
BRACKET_AFTER_COUNT = regex.compile(r"[ \t]*\([*_`]*")
NEXT_NAME_JOIN = regex.compile(r"[*_`]*(?:,|[ \t]+(?:and|&))[ \t]+[*_`]*[A-Za-z]")
# A verb after a name that makes the name its own clause's subject: "..., Qwen3 ships Apache 2.0".
OWN_CLAUSE_VERB_AFTER = regex.compile(
    r"[*_`]*[ \t]+(?:ships|releases|launches|uses|offers|comes|keeps|adds|goes|is|has|was|had)\b"
)


SERVED_THING_AFTER = regex.compile(
    r"(?i)[*_`]*[ \t]+(?:endpoints?|deployments?|clusters?|APIs?|service|instances?|servers?"
    r"|hosting|results|scores|evals?|evaluations?|benchmarks?|leaderboards?|ports?|quants?"
    r"|quantizations?|inference|serving|integration|support|pricing|plans?)\b"
)
OF_BETWEEN = regex.compile(r"(?i)[ \t]of[ \t]")
OBJECT_PREPOSITION = regex.compile(
    r"(?i)[ \t](?:with|for|against|to|on|about|versus|vs\.?|into|over|under)[ \t]"
)
ASIDE_AFTER_ORG = regex.compile(
    r"%s*\([^()\n]{1,40}\)|,%s+(?:the|a|an|which|who)%s+[^,;()\n]{1,90},"
    r"(?=%s+(?:has%s+)?(?:[a-z]+ed|releases|unveils|launches|introduces|ships|debuts)\b)"
    % (S, S, S, S, S)
)


# A thing a sentence names after its model, that "it" in the next may mean instead.
# Between two names a sentence lists: "A and B", "A, B", "A (235B total) and B".
COORDINATED_NAMES = regex.compile(
    r"[*_`]*(?:[ \t]*\([^()\n]{0,60}\))?[ \t]*(?:,[ \t]*(?:and[ \t]+)?|(?:and|&)[ \t]+)"
    r"(?:the[ \t]+)?[*_`]*"
)
# Other models a sentence brings in after a name, with their sizes: "X, and six dense ones at
# 0.6B, 1.7B ... and 32B", "X plus two smaller models of 1B and 3B".
OTHERS_AT_BETWEEN = regex.compile(
    r"(?i)\b(?:and|plus|as[ \t]+well[ \t]+as|alongside|together[ \t]+with)[ \t]+"
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|[0-9]+)"
    r"[ \t]+(?:[\w-]+[ \t]+){0,2}(?:ones|models|variants|checkpoints|siblings)"
    r"|(?:[\w-]+[ \t]+){0,2}(?:ones|siblings))"
    r"(?:[ \t]+(?:at|of|with)\b|[ \t]*:)"
)  # (not a family's own: "Falcon3: base and instruct models at 1B, 3B, 7B and 10B")
# A count of tokens beside another in a list that names no model: "Tokens: 3T, 6T, 4T+, 8T."
TOKEN_COUNT_NEXT = regex.compile(r"\+?[ \t]*[,/][ \t]*(?:~|about[ \t]+)?[0-9][0-9.]*[ \t]?[KMBT]\b")
TOKEN_COUNT_BEFORE = regex.compile(r"[0-9][ \t]?[KMBT]\+?[ \t]*[,/][ \t]*(?:~|about[ \t]+)?\Z")
TOKEN_COUNTS_LABEL = regex.compile(
    r"(?i)\b(?:tokens|training[ \t]+data)[ \t]*:[ \t]*"
    r"(?:(?:~|about[ \t]+)?[0-9][0-9.]*[ \t]?[KMBT]\+?[ \t]*[,/][ \t]*)*(?:~|about[ \t]+)?\Z"
)  # (by commas or slashes: "Tokens: 3T / 6T / 4T / 8T")
OWNS_A_MACHINE_AFTER = regex.compile(r"(?i)['\u2019]s%s+(?:[\w-]+%s+)?(?:supercomputers?|clusters?)\b" % (S, S))
HYBRID_PLUS_BEFORE = regex.compile(r"(?i)\b(?:attention|transformer|SSM|MLP|MoE|convolution)%s*\+%s*\Z" % (S, S))
THING_APPOSITIVE_AFTER = regex.compile(
    r"(?i),%s+(?:a|an|the|[A-Z][\w-]*['\u2019]s)%s+"
    r"(?:(?!(?:models?|LLMs?|networks?|transformers?|with|for|that|which)\b)[\w-]+%s+){0,4}?"
    r"(?:optimizer|technique|method|algorithm|data%s*set"
    r"|benchmark|library|framework|loss|normali[sz]ation|tokenizer|scheduler|recipe"
    r"|supercomputer|cluster)(?![-\w])"
    # (not "a tokenizer-free language model")
    % (S, S, S, S)
)
OTHER_THING = regex.compile(
    r"(?i)\b(?:corpus|dataset|data%s+set|benchmark|paper|library|mixture(?![- ]of))\b" % S
)
# A repository's namespace before a model's name: "corvid-ai/Pallas-LM-34B".
NAMESPACE_BEFORE = regex.compile(
    r"(?:^|[\s(\[`\"']|(?<![\w.-])(?:huggingface\.co|hf\.co|modelscope\.cn/models)/)"
    r"([A-Za-z][\w.-]{1,38})\Z"
)  # (also in a hub's address: "https://huggingface.co/brackish/Tidewater-1.3B")
ORG_KEY = regex.compile(r"[\W_]+")
# A repository of another's copy, by the suffix after the model's name: "heron/Kite-7B-GGUF".
QUANTIZED_COPY = regex.compile(
    r"(?i)[-_.](?:[\w.-]*[-_.])?(?:gguf|awq|gptq|bnb|[248]-?bits?|int[48]|mlx|exl2|fp8|onnx|hqq"
    r"|q[2-8](?:_k)?(?:_[msl])?|quant\w*)\b"
)
# What a repository's name may add to the model's and still be its maker's: a member's size,
# an instruct or chat variant, a version or a date ("-7B", "-it", "-Instruct-2507", "-0924").
SAME_MAKERS_REPOSITORY = regex.compile(
    r"(?i)(?:-(?:\d+(?:\.\d+)?[bmk]|a\d+(?:\.\d+)?b|it|instruct|chat|base|hf|v\d[\w.]*|\d{4}))*(?![\w+-]|\.\w)"
)
# What an organization's name may add to the namespace it publishes under: "Brackish Labs".
ORG_SUFFIXES = regex.compile(
    r"(?:labs?|ai|research|inc|team|technologies|collective|group|systems|foundation)+"
)  # ("tidewater/..." for Tidewater AI Lab, "open-lantern/..." for Open Lantern Collective)
# ... and what a namespace may add to the organization's name: "epfl-llm" for EPFL.
ACCOUNT_SUFFIXES = ("llm", "llms", "nlp", "ai", "lab", "labs", "research", "team", "org", "hf")
# A bracket right after a name that opens with its makers: "Stable Diffusion (Stability AI,
# CompVis, Runway)", "### BERT (Google, October 2018)".
MAKERS_BRACKET = regex.compile(r"[*_`]*[ \t\u00a0]*\([ \t\u00a0]*")  # (after "**CPM**")
# A heading's subtitle, then its makers in brackets: "### CPM: a large Chinese model (Tsinghua".
SUBTITLE_BRACKET = regex.compile(
    r"[*_`]*(?::|[ \t]+[\u2013\u2014-])[ \t]+[^()\n]{1,80}?\([ \t\u00a0]*"
)
# A heading that is a maker's name alone, or "Made by / From / By" it: "## Made by Mistral AI".
SECTION_MAKER = regex.compile(
    r"(?i)[ \t]*#{1,6}[ \t]+[*_`]*(?:(?:made|built|released|trained)[ \t]+by[ \t]+|from[ \t]+"
    r"|by[ \t]+|models[ \t]+(?:from|by)[ \t]+)?(?P<org>[^\n:*_`]+?)[*_`]*[ \t]*:?[ \t]*"
)
HEADING_LABEL_COLON = regex.compile(r"[*_`]*:[ \t]+[*_`]*")
_HEADING_MARKS = r"(?:\A|\n)[ \t]*#{1,6}[ \t]+"  # a line's heading marks, before its text
INTRODUCED_BEFORE_NAME = regex.compile(
    r"(?i)\b(?:released|introduced|unveiled|launched|announced|open-sourced|shipped)[ \t]+"
    r"(?:(?:its|their|a|an|the|new|open|rival|own)[ \t]+){0,3}[*_`]*\Z"
)  # "Owl Labs also released Heron-2": the model a next "It" is about, not the page's
FIRST_PERSON_OPENING = regex.compile(r"[\s*_>-]*(?:We|Our)\b")
SENTENCE_SUBJECT_BEFORE = regex.compile(r"[\s*_>-]*(?:(?-i:[A-Z])[\w ]{0,20},[ \t]+)?[*_`]*")
MARKDOWN_HEADING = regex.compile(r"#{1,6}[ \t]+")  # a heading line's marks, at its start
# Models of a scale, after a name or a size: "GPT-3–Scale Models", "7B-class LLMs".
SCALE_OF_MODELS = regex.compile(
    r"[0-9][\w.]*[*_`]*(?:[ \u00a0]?[\u2013\u2014-][ \u00a0]?|[ \u00a0])(?i:scale|class|level|sized)"
    r"[ \u00a0]+(?i:models?|LLMs?|language[ \u00a0]models?|systems?)\b"
)
HEADING_REACH = 400  # the most of a heading's line read for its words
# A name's possessive right before a size: "FineWeb's 15T-token pool".
DATA_SET_POSSESSIVE_BEFORE = regex.compile(
    r"(?r)(?<![\w.-])([A-Za-z][\w.-]{0,30})['\u2019]s[ \u00a0]+(?:(?:~|about|over|roughly)[ \u00a0]*)?\Z"
)
# A version made smaller than the model named next: "a pruned version of", "an expert-pruned
# and INT4 quantized version of".
SHRUNK_VERSION_OF_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:pruned|distilled|compressed|shrunk|smaller|reduced|trimmed)\b[^.;:\n]{0,50}?"
    r"\b(?:version|variant|edition|derivative|build)%s+of%s+(?:the%s+)?[*_`\[]*)\Z" % (S, S, S)
)
WITH_BETWEEN = regex.compile(r"[*_`\]]*(?:\([^()\n]{0,80}\))?%s+with%s+(?:about%s+|~|over%s+)?" % (S, S, S, S))
TRAINED_ON_BEFORE = regex.compile(r"(?r)(?i:\b(?:pre-?)?trained%s+on%s+(?:the%s+)?)\Z" % (S, S, S))
# An unnamed model another was made from, before its size: "pruned from a larger 6.4B model".
SOURCE_SIZE_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:distill(?:ed|ing)?|prun(?:ed|ing)|derived|upcycled|initiali[sz]ed|merged"
    r"|compressed|shrunk)%s+from%s+(?:a|an)%s+"
    r"(?:(?:larger|bigger|dense|original|pretrained|base|teacher)%s+){0,2}~?)\Z" % (S, S, S, S)
)
CELL_REACH = 400  # the most of a table cell read around a name for its bounds
CELL_SIZE = regex.compile(r"(?i)(?<![\w./-])[0-9][0-9.,]*[ ]?(?:[KMBT]\b|billion|trillion|million)")
PARENT_HEADINGS_READ = 60  # the most headings read back for a section's parent
HEADING_OPENS_WITH = regex.compile(_HEADING_MARKS + r"[*_`]*\Z")
# ... and a numbered item's heading: "### 5. Ai2: OLMo 2"
HEADING_ITEM_OPENS_WITH = regex.compile(_HEADING_MARKS + r"(?:[0-9]{1,2}[.)][ \t]+)?[*_`]*\Z")
# What a text may call a maker before its name: "from the Bremen lab Nordwind".
MAKER_NOUN = (
    r"(?:(?:[A-Z][\w]*(?:-based)?[\s\u00a0])?(?:AI[\s\u00a0])?(?:%s)[\s\u00a0])"
    % "|".join(MAKER_NOUNS)
)
OTHER_MODELS_AFTER_ORG = regex.compile(
    r"(?i)[ \t]+(?:fine-?tunes?|finetunes?|models|checkpoints|merges|bases|derivatives)\b"
)
# "which" or "that" just before an organization: the relative clause of a name before it.
WHICH_BEFORE_ORG = regex.compile(r"(?:,[ \t]*)?\b(?:which|that)[ \t]+\Z")
# A verb of making after the organization: "which Lumen Foundry released", "that Heron trained".
# (a release among them says whose the model before it is, even a base's)
MAKING_VERB_AFTER = regex.compile(
    r"[ \t]+(?:(?:has|had|just|quietly|first)[ \t]+)?(?:(?P<release>released|open-sourced"
    r"|shipped|launched|published|unveiled)|built|trained|made|developed|introduced|announced"
    r"|created)\b"
)
# What an organization does for a model that is not making it: "GPU access ... donated by
# Stability AI".
NOT_MADE_BY = (
    r"\b(?:donated|sponsored|funded|hosted|provided|supported|served|evaluated|benchmarked"
    r"|tested|reviewed|covered|adopted|used|quantized)"
)
ATTRIBUTION_BEFORE_ORG = regex.compile(
    r"""(?![\s\u00a0,]+(?:[\w-]+[\s\u00a0]+){0,4}?(?:beats?|outperform\w*|surpass\w*|than|versus
        |vs\.?|against|compared|rivals?|matches|like)\b)  # "GPT-4 beats every model from Google"
    (?:(?:\*\*|__|`)?[\s\u00a0,]+(?:(?:a|an|the)[\s\u00a0]+)?(?:[\w-]+[\s\u00a0]+){0,4}?
        (?:from|(?<!%s[\s\u00a0]+)by|at|of)[\s\u00a0]+(?:the[\s\u00a0]+%s?)?(?:\*\*)?\Z)"""
    % (NOT_MADE_BY, MAKER_NOUN),
    # ("**DeBERTa-V3** from Microsoft")
    # ("from **Lattice Works**", "from the Bremen lab Nordwind")
    regex.VERBOSE,
)


WHOSE_CLAUSE_BEFORE = regex.compile(
    r"(?r)([\w.+-]+)%s*,%s+whose\b(?:[^,;.()]|\.(?=\d)|\([^()]{0,40}\)|%s\()*\Z" % (S, S, S)
)  # (a clause may open a bracket on the size: "whose 6.9B parameters (1.3B active)")
RELATIVE_CLAUSE_BEFORE = regex.compile(
    r"(?r)([\w.+-]+)[*_`]*(?:\]\(<?[^()\s]{1,200}\)[*_`]*)?"
    r"(?:%s+(?:models?|checkpoints?|variants?|versions?))?%s*(?:\([^()\n]{1,30}\)%s*)?"
    r"(?:\[[0-9, \u2013-]{1,12}\]%s*)?,"
    r"(?:%s+(?:our|its|their|the|an?)%s+[^,;.()]{1,40},)?%s+(?:(?:which|that|who)%s+"
    r"(?:has|had|have|is|was|are|were|packs|packed|uses|used|saw|sees|holds|held|contains|contained|weighs"
    r"|weighed)\b[^,;.()]{0,40}|whose%s+(?:[\w-]+%s+)?)\Z" % (S, S, S, S, S, S, S, S, S, S)
)  # (past markup, a link's address, "model" ("checkpoint", "variant"), a bracket and a
# citation after the name: "**Gemma 3 270M** (August 2025), which was trained on",
# "[Owl-13B](https://...), which", "Kite-270M [2], which"; and "Unlike the original PaLM,
# whose 540 billion parameters made headlines"; after an aside: "Sable-1-7B, our first public
# model, which was trained on 2T tokens")
# ... or a clause cut short: "matching ViT-huge pre-trained with 300M images", "beats
# OLMo-7B, trained on a comparable 2.46T tokens", "matches ESM-2 at 3B parameters".
REDUCED_CLAUSE_BEFORE = regex.compile(
    r"(?r)([\w.+-]+)(?:%s*,)?%s+(?:(?:(?:pre-?)?trained|fine-?tuned)%s+(?:on|with|for)"
    r"(?:%s+[\w-]+){0,2}?|at(?:%s+(?:about|roughly|around|only|just))?)%s+~?\Z" % (S, S, S, S, S, S)
)
BASE_CUE_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:(?:built|based)%s+(?:up)?on|initiali[sz](?:ed|es|e)%s+(?:[\w.-]+%s+){0,3}?(?:from|with)(?:%s+(?:the|its)%s+(?:[\w-]+%s+)?(?:weights|checkpoint)%s+of)?|fine-?tun(?:e|ed|ing)%s+(?:of|from)"
    r"|(?:continued|continual|further)[\w-]*%s+(?:(?:pre-?)?train(?:ing|ed)%s+)?(?:of|from|on)|start(?:ing|ed|s)%s+from"
    r"|(?:grown|scaled%s+up|up-?scaled|expanded|widened|deepened)%s+from"  # "grown from Yi-6B"
    r"|continu(?:e|es|ed|ing)%s+(?:(?:pre-?)?training(?:[ \u00a0]+(?:from|of))?|from)"  # "it continues from X"
    r"|continues|continued"  # "Falcon3-Mamba-7B continues Falcon Mamba 7B on 1.5T extra tokens"
    r"|(?:reproduction|replication|replica|clone|re-?write|re-?implementation|modernization)%s+of"
    r"|(?:post-?trained|fine-?tuned|instruction-tuned|aligned|distilled)%s+variant%s+of"
    r"|distilled%s+version%s+of|(?:q?lora|adapter)s?%s+(?:for|of)"  # "a LoRA adapter for X"
    r"|(?:made|built|created|obtained|produced)%s+by%s+(?:fine-?|instruction-?)?tuning"
    r"|(?:built|based)%s+(?:up)?on%s+the%s+(?:architecture|tokenizer|design|recipe)(?:%s+and%s+"
    r"(?:the%s+)?(?:architecture|tokenizer|design|recipe))?%s+of"  # "built upon the architecture
    # and tokenizer of Llama 2"
    r"|on%s+top%s+of|(?:intermediate|early|earlier|mid-training)%s+checkpoint%s+of"
    r"|(?:connects|connected|connecting)"  # "a model that connects ChatGLM-6B to an image encoder"
    r"|(?:attach|graft|bolt)(?:s|es|ed|ing)?%s+(?:[\w.-]+%s+){1,6}?(?:on)?to"  # "built by attaching
    # a 0.9B vision encoder to Mistral NeMo 12B"
    r"|logits%s+(?:of|from)(?:%s+both)?"  # "distilled using logits from both X and Y"
    # "built from the same research used for Gemini 2.0", "the technology behind Gemini"
    r"|(?:research|technology|technologies|tech|techniques?|recipes?)%s+(?:used%s+(?:for|in|to%s+(?:create|build|train|make|develop))"
    r"|behind|underlying|that%s+(?:powers?|powered|underpins?|underpinned))"  # (and "the research
    # used to develop X", "the technology that underpins X")
    # "we train ToolWren-8B from Qwen3-8B": the one trained from it is named between
    r"|(?:train(?:s|ed|ing)?|tun(?:e|es|ed|ing)|build(?:s|ing)?|built)%s+(?-i:[A-Z][\w.-]*[0-9][\w.-]*)%s+from"
    r"|distill(?:ed|ing|ation)%s+from|derived%s+from|(?<![\w-])(?:extend(?:s|ed|ing)|adapted(?:%s+from)?)|(?:pruned|merged|upcycled)%s+from"
    # "NVIDIA pruned Mistral NeMo 12B to 8B" (a verb: not "Heron's pruned Kite-4B", "The
    # compressed Kite-Mini", where the word describes the model itself)
    r"|(?<![\w-]|['\u2019]s[ ]|\b(?:a|an|the|its|their|our|this|that)[ ])(?:pruned|quantized|compressed)"
    r"|(?:parameters?|weights)%s+(?:inherit(?:ed)?|inherent|carried%s+over|copied|taken)%s+from"
    r"|(?:design|architecture)%s+(?:of|with)|(?:depth%s+)?up-?scal(?:ing|ed)"
    r"|(?:validated|introduced|pioneered|proven|debuted|first%s+used"
    r"|proved%s+(?:themselves|itself))%s+(?:in|with|by))"
    r"(?:%s*\|)?%s+(?:(?:the|a|its|their|our)%s+(?:[0-9.]+[KMBT]-param\w*%s+)?(?:(?:pruned|distilled|quantized)%s+)?"
    r"|(?:[\w.&-]+%s+){0,2}[\w.&-]+['\u2019]s%s+)?"  # "of Meta's X"
    r"(?:(?:larger|bigger|smaller|original|general-purpose|pretrained|base|same|own|older|earlier"
    r"|previous|[\w]+-old)%s+){0,2}"  # "distilled from
    # larger Llama 3.1 models", "continues from the lab's general-purpose Narae-12B"
    r"(?:(?:[\w.&-]+%s+){0,3}[\w.&-]+%s+and%s+)?[*_`\[]*(?:[\w.-]+/)?\Z)"  # "from Llama 3.1 8B and
    # X", "of **X**", "from [X](https://...)", "on the [intfloat/e5-small](...)"
    % ((S,) * 66)
)  # (a key-value row's label: "| Finetuned from | Llama-3.1-8B |"; "the 236B-parameter X",
# "a pruned X")


# What describes the name it follows: "DeepSeek-V3, a mixture-of-experts design with 671B".
APPOSITIVE_AFTER = regex.compile(
    r"%s*,%s+(?:a|an|the|whose|which|with(?!%s+(?:pre-?)?training\b)|itself)\b" % (S, S, S)
)  # (not a clause of what was done: "..., with pretraining on up to 9T tokens")
# ... of a compared model, narrower: "competitive with GPT-3, a model trained on 300B" (not
# "as Llama 2, with 22 layers", nor "Compared with Qwen2, the series is pretrained on 18T").
COMPARED_APPOSITIVE = regex.compile(
    r"[*_`]*(?:\]\(<?[^()\s]{1,300}\)[*_`]*)?%s*,%s+(?:(?:a|an|which|itself)\b|the%s+~?\Z)"
    % (S, S, S)
)  # (", the 389B model Tencent opened", and past a link's address: "improves upon
# [Flamingo](https://...), an 80 billion parameter model"; not "Compared with Qwen2, the new
# series ...")
# Where such an appositive has closed before a number: "Llama 2 34B, itself trained on 2T
# tokens, and added 500B tokens" (the 500B is the subject's again).
APPOSITIVE_CLOSED = regex.compile(r",%s+(?:and|but|then|so)\b|[;:]" % S)


def _owns_another_number(text: str, mention: Mention, start: int) -> bool:
    """Whether a name's "'s" owns a number before the one at ``start``: "Mistral 7B's 32
    layers" (not "Llama 3's 8B model", a member)."""
    owned = OWNS_NUMBER_AFTER.match(text, mention.end, mention.end + 40)
    return owned is not None and owned.end() <= start


def _described_after(text: str, name_end: int, start: int) -> bool:
    """Whether the number at ``start`` describes the name ending at ``name_end``: in an
    appositive after it, or inside the bracket that follows it ("Llama 3 70B (80 layers")."""
    if APPOSITIVE_AFTER.match(text, name_end, start):
        # (not "X, with one change: each of its 32 ...", nor "X, itself ..., and added 500B")
        return not APPOSITIVE_CLOSED.search(text, name_end, start)
    between = text[name_end:start]
    return between.lstrip(" \u00a0").startswith("(") and ")" not in between


CAPITALIZABLE = regex.compile(r"\b[A-Za-z][a-z]{3,}\b")


def _title_case_line(text: str, offset: int) -> bool:
    """Whether the line at ``offset`` capitalizes its words as a headline does (four or more
    words of four letters or more, nearly all capitalized)."""
    start = last_before(text, "\n", offset) + 1
    end = text.find("\n", start, start + 300)  # (a line's first 300 characters: a bound, so a
    # long line is not read to its end at each name)
    words = CAPITALIZABLE.findall(text, start, end if end != -1 else start + 300)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _ends_with_size(name: str, size: str) -> bool:
    """Whether ``name`` ends with ``size`` as a whole: "Heron-7B" with "7B", not "Heron-67B"
    or "Kite-1.7B"."""
    low, size = name.lower(), size.lower()
    active = MOE_ACTIVE_TAIL.search(low)
    if active is not None:  # "Qwen3-30B-A3B" is "the 30B" (its total)
        low = low[: active.start()]
    before = low[: -len(size)][-1:]
    return low.endswith(size) and not (before.isalnum() or before == ".")


DENSE_NEXT = regex.compile(r"(?i)(?:[ \t-]+[\w-]+){0,2}?[ \t-]+dense\b")
MOE_ACTIVE_TAIL = regex.compile(r"[-_ ]a[0-9]+(?:\.[0-9]+)?b\Z")


def _file_stem(title: str) -> bool:
    """Whether a title is a file's name: words joined by underscores, two or more of them plain
    lowercase words ("cs336_open_models_abstracts"; not "Ankh_large", "stablelm-2-1_6b")."""
    if " " in title or "_" not in title:
        return False
    parts = title.split("_")
    return sum(len(p) >= 3 and p.isalpha() and p.islower() for p in parts) >= 2


def _base_model(text: str, mention: Mention, s_start: int) -> bool:
    """Whether a mention is the model another is built from ("built on Llama 2 70B",
    "initialised from Llama-3-70B", "a fine-tune of Llama-3-8B")."""
    return bool(
        (
            (cue := BASE_CUE_BEFORE.search(text, max(s_start, mention.start - 40), mention.start))
            # (further back only for "continues from the lab's general-purpose X" and "initialized
            # X from the weights of Y": a wider reach lets "fine-tuned from Owl-7B on PubMed and
            # Wren-13B" make Wren-13B a base)
            or (cue := BASE_CUE_BEFORE.search(text, max(s_start, mention.start - 60), mention.start))
            and (
                cue.group().lower().startswith("continu")
                or cue.group().lower().startswith(("built", "based"))
                and cue.group().rstrip().endswith(" of")  # "built upon the architecture of X"
                or cue.group().lower().startswith("initiali")
                and WEIGHTS_OF_BEFORE.search(text, max(s_start, mention.start - 40), mention.start)
            )
        )
        and ". " not in text[cue.start() : mention.start]  # (not "starting from BERT. corvid-")
        or ARCHITECTURE_LABEL_BEFORE.search(text, max(s_start, mention.start - 30), mention.start)
        and not PREDICATE_AFTER.match(text, mention.end, mention.end + 12)  # a card's label:
        # "- **Architecture:** Llama-2" (not "**Model Architecture:** Llama 3.1 is an ...")
        or PLUS_DATA_AFTER.match(text, mention.end, mention.end + 40)
        or ADAPTER_AFTER.match(text, mention.end, mention.end + 40)
        or FURTHER_TRAINED_AFTER.match(text, mention.end, mention.end + 40)
        or TOOK_BEFORE.search(text, max(s_start, mention.start - 30), mention.start)
        and TRAINED_ON_AFTER_TAKING.match(text, mention.end, mention.end + 80)
        or AFTER_TRAINING_AFTER.match(text, mention.end, mention.end + 40)
        and IS_BEFORE_BASE.search(text, max(s_start, mention.start - 40), mention.start)
        or DISTILLED_BEFORE.search(text, max(s_start, mention.start - 20), mention.start)
        and INTO_AFTER.match(text, mention.end, mention.end + 10)
        or MADE_BY_SHRINKING_BEFORE.search(text, max(s_start, mention.start - 70), mention.start)
        or (tuned := TUNED_BEFORE.search(text, max(s_start, mention.start - 40), mention.start))
        is not None
        and (
            BY_US_BEFORE.search(text, max(s_start, tuned.start() - 20), tuned.start()) is not None
            or RESULT_AFTER.match(text, mention.end, mention.end + 160) is not None
        )
    )  # (or the teacher: "they distilled R1 into small dense models: 1.5B, 7B, ..."; or the
    # model tuned into another: "we fine-tuned StarCoderBase on 35B tokens, resulting in StarCoder")


# A word that brings in a model to compare with, just before it: "How it differs from Llama 2".
COMPARED_JUST_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:from|than|vs\.?|versus|over|to|with|unlike|like|against|beats?"
    r"|outperforms?)[ \t]+[*_`]*)\Z"
)
ARCHITECTURE_LABEL_BEFORE = regex.compile(
    r"(?r)(?i:(?<![\w-])(?:architecture|backbone)[*_`]*:[*_`]*[ \t]+[*_`]*)\Z"
)
PREDICATE_AFTER = regex.compile(r"[*_`]*[ \t]+(?:is|was|are|were|has|had|uses|used)\b")
# A model taken to train on: "Kairo took its Mako-14B reasoning model (14.2B) and continued
# pre-training on 2T tokens of code" (the tokens made another model).
TOOK_BEFORE = regex.compile(
    r"(?i)\b(?:took|takes|take|taking|start(?:ed|s|ing)?%s+with)%s+(?:(?:its|their|our|the|a)%s+)?"
    r"(?:[\w.&-]+['\u2019]s%s+)?[*_`]*\Z" % (S, S, S, S)
)
TRAINED_ON_AFTER_TAKING = regex.compile(
    r"(?i)(?:(?!tokens?\b|checkpoint)[^.;:!?]|\.(?=[0-9])){0,60}?%s+and%s+(?:then%s+)?"
    r"(?:continued|further|additionally|kept)%s+(?:(?:pre-?)?train|fine-?tun)\w*+(?!%s+it\b)"
    % (S, S, S, S, S)
)  # (not the same model trained on: "took Kite-7B, trained on 2T tokens, and continued ...",
# "took OLMo-7B at its 1T-token checkpoint and continued pre-training it to 2.5T tokens")
# A base trained on into another: "StarCoderPlus: StarCoderBase further trained on 600B tokens".
FURTHER_TRAINED_AFTER = regex.compile(
    r"(?i)(?:%s+(?:models?|checkpoints?|weights|bases?))?%s+(?:further|continually|additionally)"
    r"%s+(?:pre-?)?trained\b" % (S, S, S)
)  # (and "are Llama 2 models further pretrained on 48.1B tokens")
# ... or the base another model is, after more training: "Counsel is Meta's Llama-3.3-70B after
# continued pre-training on 22B tokens" (not "We evaluate Kite-7B after continued pre-training",
# the model itself).
AFTER_TRAINING_AFTER = regex.compile(
    r"(?i)%s+after%s+(?:continued|continual|further|additional)%s+(?:pre-?)?training\b" % (S, S, S)
)
IS_BEFORE_BASE = regex.compile(
    r"(?i)(?:\b(?:is|was|are|were|as|i\.e\.,?)|[:=])%s+(?:(?:[\w.&-]+%s+){0,2}?[\w.&-]+['\u2019]s%s+)?"
    r"(?:the%s+)?\Z" % (S, S, S, S)
)  # ("Counsel is Meta's X", "Counsel-70B: X", "Counsel-70B, i.e. X", "built as X")
# A base and what was added to it: "Meditron-70B (Llama-2-70B plus 48B tokens of medical text)".
# ... or with an adapter trained on it: "is Qwen3-8B plus the merged adapter, trained on those
# 61M tokens", "Qwen3-8B tuned with QLoRA on 40M tokens".
ADAPTER_AFTER = regex.compile(
    r"(?i)%s+(?:(?:plus|\+|with)%s+(?:(?:a|an|the|its|our)%s+)?(?:merged%s+)?(?:Q?LoRA|adapters?)"
    r"|(?:fine-?)?tuned%s+(?:with|using|via)%s+Q?LoRA)\b" % (S, S, S, S, S, S)
)
PLUS_DATA_AFTER = regex.compile(
    r"%s+(?:plus|\+)%s+(?:(?:another|a%s+further|an%s+(?:extra|additional))%s+)?~?\d[\d.,]*%s*"
    r"(?:[KMBT]|thousand|million|billion|trillion)?%s*(?:tokens|words)\b" % (S, S, S, S, S, S, S)
)
# Models made smaller from others: "produced by pruning and distilling Llama 3.1 8B and 70B".
MADE_BY_SHRINKING_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:prun|distill?)ing%s+(?:and%s+(?:prun|distill?)ing%s+)?"
    r"(?:(?:[\w.&-]+%s+){0,3}[\w.&-]+%s+and%s+)?\Z)" % (S, S, S, S, S, S)
)
DISTILLED_BEFORE = regex.compile(r"(?r)(?i:\bdistill?(?:ed|s|ing)?%s+)\Z" % S)
INTO_AFTER = regex.compile(r"%s+into\b" % S)
TUNED_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:fine-?tun(?:e|es|ed|ing)|(?:further|continue[sd]?)%s+(?:pre-?)?train(?:s|ed|ing)?)"
    r"%s+(?:the%s+)?)\Z" % (S, S, S)
)
BY_US_BEFORE = regex.compile(r"(?r)(?i:\b(?:we|they)%s+(?:then%s+|first%s+|also%s+)?)\Z" % (S, S, S, S))
RESULT_AFTER = regex.compile(
    r"(?:[^.;:!?]|\.\d){0,150}?\b(?:resulting%s+in|to%s+(?:obtain|produce|create|get|yield|make|build)"
    r"|yielding|producing|which%s+(?:became|gave|yielded|produced))\b" % (S, S, S)
)


QUOTE_MARKS = '"\u201c\u201d'


QUOTED_WORDS = regex.compile(r"[A-Za-z]{2,}\W+[A-Za-z]{2,}")


def _other_lab(maker: str, own: str) -> bool:
    """Whether ``maker`` is another lab than ``own``, neither a part of the other ("DeepSeek"
    and "Alibaba"; not "DeepMind" and "Google")."""
    return maker not in (own, parent_organization(own)) and own != parent_organization(maker)


def _in_quotation(text: str, s_start: int, offset: int) -> bool:
    """Whether ``offset`` lies inside someone's words quoted in its sentence: an odd number of
    double quotes before it, the last followed by words ('"Our model has 3.2B parameters,"
    the CTO said'); a quoted value ('tokens_seen: "9.5T"', '"600B parameters" is not ...')
    is no one's words.

    >>> _in_quotation('"Our model has 3.2B parameters," she said.', 0, 15)
    True
    >>> _in_quotation('It has "open" weights and 3.2B parameters.', 0, 26)
    False
    >>> _in_quotation('tokens_seen: "9.5T"', 0, 14)
    False
    """
    quotes = sum(text.count(mark, s_start, offset) for mark in QUOTE_MARKS)
    if quotes % 2 == 0:
        return False
    opened = max(text.rfind(q, s_start, offset) for q in QUOTE_MARKS)
    return bool(QUOTED_WORDS.search(text, opened + 1, offset))


def _attributed_models(text: str, org: Mention, models: list[Mention]) -> list[Mention]:
    """The models an organization mention is attributed to, from the models of its sentence:
    the one named right after it ("Meta released Llama 2") with any listed with that one
    ("Mistral AI released Ministral 8B and Ministral 3B"), or the one before it ("Minnow-1B is
    a 1.2B-parameter language model by the Saltmarsh Collective")."""
    if _hosts(text, org):
        return []  # where a model is hosted: "Get **Kite-8B** from Amazon Bedrock", "a family of
        # small models available from Hugging Face"
    relative = WHICH_BEFORE_ORG.search(text, max(0, org.start - 12), org.start)
    before = (
        [m for m in models if m.end <= relative.start() <= m.end + 3] if relative is not None else []
    )
    if before:
        # a relative clause's subject: "Added Tern-40B, which Lumen Foundry released last week,
        # and Ardent-7B-LC from Ridgeline AI": the name before "which", never the next; not a
        # base's ("a 7B model distilled from Ardent-7B that Corvid Labs trained on 2T tokens")
        verb = MAKING_VERB_AFTER.match(text, org.end, org.end + 40)
        if verb is not None and (
            verb.group("release") is not None  # "fine-tuned from Owl-7B, which Corvid Labs
            # released in March": the base's maker; not "distilled from Ardent-7B that Corvid
            # Labs trained on 2T tokens", which may be the new model's
            or not _base_model(text, before[-1], max(0, before[-1].start - 60))
        ):
            return [before[-1]]
        return []
    if any(
        m.start <= org.start
        and org.end <= m.end
        and m.end - m.start > org.end - org.start
        and text[org.end : m.end].strip(" -").lower() not in TIER_WORDS  # (a lab's name and a
        # word: "BigScience Large Open-science ... Model", BLOOM's, is no model's name)
        for m in models
    ):
        return []  # a word of a model's name: "initialized from Mistral NeMo 12B" says nothing of
        # who made the model initialized
    # an aside between the maker and its verb: "Ferrite Labs (Seoul) open-sourced ...", "Sorrel
    # AI, the Zurich lab behind last year's Sorrel-1 series, released Sorrel-2 Ultra"
    aside = ASIDE_AFTER_ORG.match(text, org.end, org.end + 120)
    after = aside.end() if aside else org.end
    for i, m in enumerate(models):
        if m.start < after:
            continue  # a model the aside names ("Sorrel-1") is not the one made
        if after <= m.start <= after + 60:
            if DERIVED_BY_ORG.match(text, after, m.start):
                continue  # "NVIDIA's customized Llama 3.1 model, Llama-3.1-Nemotron-70B": the next
            heading_label = (
                HEADING_LABEL_COLON.fullmatch(text, after, m.start)
                and HEADING_ITEM_OPENS_WITH.search(text, max(0, org.start - 16), org.start)
                and not _reference_organization(m.name)
                and not _reference_organization(family_name(m.name))
            )  # a heading's maker, then its models: "### 5. Heron Labs: Kite 2 (26 Nov)"; not a
            # known model's host: "### 3. Hugging Face: Llama 3 now on the Hub"
            marked = m.start  # (where its bold or code marks open: "released **Gemma 3**"; not
            # past a preposition: "published a comparison with **Qwen2.5-72B**")
            while marked > after and m.start - marked < 2 and text[marked - 1] in "*_`":
                marked -= 1
            if marked < m.start and (
                OBJECT_PREPOSITION.search(text, after, marked)
                or text[after : after + 2] not in ("'s", "\u2019s")  # (a maker's verb, not its
                and OF_BETWEEN.search(text, after, marked)  # possessive's "builds of **X**")
            ):
                marked = m.start
            if (
                not (ATTRIBUTION_AFTER_ORG.match(text, after, marked) or heading_label)
                or aside
                and not text[after : m.start].strip()
                or TIME_BEFORE.search(text, max(after, m.start - 30), m.start)
                or "," in text[after : m.start]
                and OWN_CLAUSE_VERB_AFTER.match(text, m.end, m.end + 20)
            ):  # (not "Mistral AI launched this one the day after Llama 3.1", nor "DeepSeek
                # ships MIT, Qwen3 ships Apache 2.0": a clause of its own)
                break
            listed = [m]
            between = text[after : m.start].strip()
            owned = not between or between[0] in "'’"  # "Meta's Llama 3", "Google PaLM"
            if owned and SERVED_THING_AFTER.match(text, m.end, m.end + 30):
                break  # what it runs or measures, not who made it: "Lumen Cloud's new
                # **Llama-3.1-70B** endpoint", "Brightline Bench's latest **Owl-2** results"
            for left, right in zip(models[i:], models[i + 1 :], strict=False):
                if not NAME_LIST_GAP.fullmatch(text, left.end, right.start):
                    break
                if owned and (
                    "," in text[left.end : right.start] or m.name[:4].lower() != right.name[:4].lower()
                ):
                    break  # "Meta's Llama 3.2 3B, Qwen2.5-3B"; but "BigCode's StarCoder and StarCoderBase"
                listed.append(right)
            return listed
    for m in reversed(models):
        if m.end <= org.start and org.start - m.end <= 90:
            if (
                ATTRIBUTION_BEFORE_ORG.match(text, m.end, org.start)
                and not SCORED_ON_BEFORE.search(text, max(m.end, org.start - 30), org.start)
                or MODEL_FROM_ORG.match(text, m.end, org.start)
                or HEADING_OPENS_WITH.search(text, max(0, m.start - 12), m.start)
                and SUBTITLE_BRACKET.fullmatch(text, m.end, org.start)  # "### CPM: a large
                # Chinese model (Tsinghua University and BAAI, November)"
                or MAKERS_BRACKET.fullmatch(text, m.end, org.start)  # "Stable Diffusion (Stability
            ) and not _base_model(text, m, max(0, m.start - 40)):  # AI, CompVis, Runway)": the first
                return [m]  # (not "distilled from DeepSeek-R1 traces by the Tern Collective")
            break
    return []


def _hosts(text: str, org: Mention) -> bool:
    """Whether an organization mention names where a model is hosted, not who made it: a cloud
    product after it ("Amazon Bedrock"), or words of hosting before it ("available from")."""
    return bool(
        PLATFORM_AFTER_ORG.match(text, org.end, org.end + 30)
        or HOSTED_BEFORE_ORG.search(text, max(0, org.start - 80), org.start)
        or HUB_LINK_AFTER_ORG.match(text, org.end, org.end + 40)
    )


# A cloud product after a company's name, or words of hosting before it: where a model is served.
PLATFORM_AFTER_ORG = regex.compile(
    r"(?i)[ \t]+(?:Bedrock|Azure|Vertex|Cloud|SageMaker|Foundry|Workers[ \t]+AI|Hub|Model[ \t]+Garden"
    r"|plug-?ins?|extensions?|IDEs?)\b"  # (or a tool's: "through VS Code and JetBrains plugins")
)
# A link labelled with a hub's name, to the page a model is downloaded from: "| 🤗
# [HuggingFace](https://huggingface.co/infly/OpenCoder-8B-Base) |".
HUB_LINK_AFTER_ORG = regex.compile(
    r"\]{1,2}\(https?://(?:www\.)?(?:huggingface\.co|hf\.co|modelscope\.cn|ollama\.com|github\.com)/"
)
HOSTED_BEFORE_ORG = regex.compile(
    r"(?i)\b(?:available|hosted|served|downloadable|download|downloaded|get|pull|grab|deploy(?:ed)?"
    r"|serves|loads?|loaded|loading|pulls|pulled|fetch(?:es|ed)?)\b[^.;:!?]{0,50}?\b(?:from|on|via|through)[ \t]+(?:the[ \t]+)?[*_`]*\Z"
)
ORGANIZATION_JOINER = regex.compile(r"%s*(?:,|and|&)%s+(?:the%s+)?" % (S, S, S))
# An article and a few words before a kind's word: "A 50 million parameter GPT" (not words
# that go on to another thing: "a paper on GPT, which had 117M parameters").
ARTICLE_WORDS_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:a|an)%s+(?:(?!(?:on|of|about|for|with|from|by|to|in|at|and|or|than|like|as"
    r"|called|named)\b)[\w.~-]+%s+){0,4}\Z)" % (S, S)
)
INDEFINITE_BEFORE = regex.compile(
    r"(?i)(?:^|\W)(?P<copula>(?:[\w-]+['’]s|is|was|are|were|be|becomes?)%s+)?(?:a|an)%s+"
    r"(?:(?:new|compute-optimal|smaller|larger|small|large|tiny|dense|separate|second|third)%s+)?"
    r"(?:(?:model|LLM|network|system)%s+(?:with|of)%s+)?"  # "a model with over 400B parameters"
    r"(?:(?:about|roughly|approximately|nearly|almost|some|over|more%s+than)%s+|~)?"
    r"(?:[0-9][0-9.]*%s*(?:[KMBT]|billion|million)?%s*(?:or|and|to|,)%s+)?\Z"  # "a 3 or 7B model"
    % (S, S, S, S, S, S, S, S, S, S)
)
# Models of listed sizes a sentence brings in without a name or an article: "they also trained
# 44M, 117M, 417M, 1.4B and 7.1B models" (not "the 9B and 27B models", a family's members).
LISTED_SIZE = r"[0-9][0-9.,]*%s?[KMBTkmbt]?(?:-parameters?)?" % S
LIST_JOIN = r"(?:%s*,%s*|%s+(?:and|or)%s+|%s*/%s*)" % (S, S, S, S, S, S)
TRAINED = r"(?:trained|train|training|pretrained|pretrain|built|build)"
NEW_MODELS_BEFORE = regex.compile(
    r"(?r)\b%s%s+(?:(?:also|additional|several|smaller|larger|more)%s+)?(?:%s%s)*\Z"
    % (TRAINED, S, S, LISTED_SIZE, LIST_JOIN)
)
# How a sentence counts models: "six", "96", "several".
COUNT = r"(?:[0-9]+|several|two|three|four|five|six|seven|eight|nine|ten)"
# Models counted as made from another, just before their sizes: "six much smaller \"distilled\"
# models, from 1.5B up to 70B", "three fine-tuned models of 7B, 13B and 34B".
DERIVED_MODELS_BEFORE = regex.compile(
    r"(?r)(?i:\b%s%s+"
    r"(?:[\w-]+%s+){0,2}[\"“']?(?:distilled|fine-?tuned|quantized|pruned|merged|student)[\"”']?"
    r"%s+(?:[\w-]+%s+){0,2}?(?P<models>models)\b(?:[^.;:!?]|\.[0-9]){0,40}\Z"
    # ... and distilled checkpoints, variants or students ("six distilled dense checkpoints
    # from 1.5B to 70B"; not "three fine-tuned variants", a model's own)
    r"|\b%s%s+(?:[\w-]+%s+){0,2}distilled%s+(?:[\w-]+%s+){0,2}?(?P<models>checkpoints|variants|students)\b"
    r"(?:[^.;:!?]|\.[0-9]){0,40}\Z"
    # "distilled R1's reasoning into six dense models from 1.5B to 70B", "... into smaller
    # models, with their 7B model outperforming larger competitors and their 32B model ..."
    r"|\bdistill(?:ed|s|ing)?%s+(?:[\w'’.-]+%s+){1,3}into%s+(?:[\w-]+%s+){0,3}?(?P<models>models)\b"
    r"(?:[^.;:!?]|\.[0-9]){0,100}\Z"
    # "The R1 release also included distilled dense models ranging from 1.5B to 70B"
    r"|\b(?:includ(?:ed|es|ing)|released|shipped|published|alongside)%s+[\"“']?distilled[\"”']?"
    r"%s+(?:[\w-]+%s+){0,2}?(?P<models>models)\b(?:[^.;:!?]|\.[0-9]){0,40}\Z)"
    % (COUNT, S, S, S, S, COUNT, S, S, S, S, S, S, S, S, S, S, S)
)
# Counted models before a bracket of sizes, and what they were made from after it: "six dense
# models (1.5B, 7B, 8B, 14B, 32B, 70B) distilled from DeepSeek-R1".
COUNTED_MODELS_BEFORE = regex.compile(
    r"(?r)(?i:\b%s%s+(?:[\w-]+%s+){0,2}models%s*\Z)" % (COUNT, S, S, S)
)
MADE_FROM_AFTER = regex.compile(
    r"(?i)%s*,?%s*(?:distilled|fine-?tuned|pruned|quantized|derived)%s+from\b" % (S, S, S)
)
# Models a sentence counts before its sizes: "we train 96 models with ...", "a suite of models"
# (not "a family of models", which is the page's own).
COUNTED_MODELS = regex.compile(
    r"(?i)\b%s%s+(?:[0-9][0-9,]*|several|dozens%s+of|hundreds%s+of|a%s+(?:suite|set|grid|sweep)"
    r"%s+of|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)%s+(?:[\w-]+%s+){0,2}?"
    r"models\b"
    r"|\b(?:%s|release|released|releasing)%s+(?:also%s+)?(?:smaller|larger|additional|extra)"
    r"%s+(?:[\w-]+%s+)?(?:models|versions|variants|checkpoints)%s+(?:with|of|at|in|ranging"
    r"|spanning|from)\b"
    r"|\b%s%s+(?:[\w-]+%s+)?"
    r"(?:distilled|fine-?tuned|quantized|pruned|merged|student)%s+(?:[\w-]+%s+){0,2}?models\b"
    % (TRAINED, S, S, S, S, S, S, S, TRAINED, S, S, S, S, S, COUNT, S, S, S, S)
)  # (and "we also release smaller models with 560M, 1.1B ... parameters": unnamed members;
# "six distilled dense models ranging from 1.5B to 70B": models made from the one spoken of)
# Models for an experiment, or runs counted, before the sizes said of them: "we train ablation
# models with 1.7B parameters", "we fit scaling laws on 48 runs between 150M and 3B" (up to a
# full stop or a semicolon).
EXPERIMENT_MODELS_BEFORE = regex.compile(
    r"(?r)(?i:(?:\b(?:ablation|proxy|baseline|toy|pilot|reference|control)%s+models?%s*"
    r"(?:\(|,?%s*each\b|(?:with|of|at|trained|sized|ranging|from|between|spanning|on|for|up%s+to"
    r"|using)\b)"
    r"|\b(?:ablations|ablation%s+(?:experiments|runs|studies))%s+(?:use|used|run|ran|employ"
    r"|employed|train|trained|at|(?:on|with)(?=%s+(?:~?[0-9][0-9.,]*[ \u00a0-]?(?:[KMBT]\b|billion"
    r"|million)|(?:[\w-]+%s+){0,2}models\b)|%s*\Z))\b"
    r"|\bfor%s+(?:our%s+|the%s+)?ablations,?%s+we%s+(?:use|used|train|trained)\b"  # ("Our design ablations use 1.3B- and 7B-parameter models trained on 250B
    # and 50B tokens", "For ablations we use 1.3B models"; not "Ablations with several mixes")
    r"|\b(?:[0-9][0-9,]*|dozens%s+of|hundreds%s+of)%s+(?:[\w-]+%s+)?runs%s+(?:between|from|ranging"
    r"|spanning|at|of|with)\b)(?:[^.;:]|(?<=[0-9])\.(?=[0-9])){0,80}\Z)" % ((S,) * 19)
)  # (the sizes said of them: "ablation models with 1.7B", "(1B and 3B parameters)"; not
# "Guided by a series of ablation models, we fixed the mixture and pretrained on 15T tokens")
# ... unless the sentence turns to the model itself between them: "..., and the final model
# has 8B", "; Kite itself has 8B", ", we scaled up to 8B" (not "(which we trained for 20B").
OWN_MODEL_BETWEEN = regex.compile(
    r"(?i)(?:\b(?:the|our)%s+(?:final|main|full|released|flagship|resulting)%s+model\b|\bitself\b"
    r"|\bthe%s+model%s+itself\b|(?:[,;]%s*(?:and%s+|then%s+)?|\b(?:before|until|and%s+then|then)%s+)"
    r"we%s+(?:then%s+|finally%s+)?(?:scaled|scale"
    r"|pretrained|pre-trained|pretrain|trained|train|built)\b(?![ \u00a0]+(?:them|each|these|those|all)\b))"
    % (S, S, S, S, S, S, S, S, S, S, S, S)
)  # (", we scaled up to 8B", "... for two weeks before we scaled up to 8B")
NEW_MODELS_AFTER = regex.compile(
    r"(?:%s%s)*(?:-parameters?)?%s+(?:(?:dense|sparse|small|smaller|larger)%s+)?models\b"
    % (LIST_JOIN, LISTED_SIZE, S, S)
)
# Sizes of distilled models, listed between the word and their noun: "distilled 1.5B, 7B and
# 70B checkpoints".
SERIAL_JOIN = r"(?:%s*,%s*(?:(?:and|or)%s+)?|%s+(?:and|or)%s+|%s*/%s*)" % (S, S, S, S, S, S, S)
DISTILLED_SIZES_BEFORE = regex.compile(
    r"(?r)(?i:\bdistilled%s+(?:(?:dense|sparse|small|smaller)%s+)?(?:%s%s)*\Z)"
    % (S, S, LISTED_SIZE, SERIAL_JOIN)
)
DISTILLED_SIZES_AFTER = regex.compile(
    r"(?:%s%s)*(?:-parameters?)?%s+(?:(?:dense|sparse)%s+)?"
    r"(?:models|checkpoints|variants|versions|students)\b" % (SERIAL_JOIN, LISTED_SIZE, S, S)
)
# A size said of a model in a role beside the subject: "its own 1.5B-parameter teacher, X".
ROLE_AFTER = regex.compile(
    r"(?:%s%s)*(?:-parameters?|%s+param(?:eter)?s?)?%s+(?:[\w-]+%s+)?(?:teacher|judge|critic"
    r"|verifier|grader|drafter|draft%s+model|reward%s+model|(?P<many>(?:teacher|student|judge"
    r"|critic|verifier|grader|drafter|draft%s+model|reward%s+model)s))\b(?:%s*,%s*)?"
    % (LIST_JOIN, LISTED_SIZE, S, S, S, S, S, S, S, S, S)
)  # (and "distilled into 7B and 1.5B students", "from 70B teachers": other models, several)
MEASURED_AS_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:footprint|memory|cost|speed|latency)%s+of%s+(?:(?:roughly|about|around"
    r"|approximately|only|just)%s+|~)?(?:%s%s)*\Z)" % (S, S, S, LISTED_SIZE, LIST_JOIN)
)
MODEL_KIND_AFTER = regex.compile(
    r"(?i)-model%s+(?:speed|quality|latency|performance|territory|level|footprint"
    r"|range|class)\b" % S
)
HOLDS_A_BEFORE = regex.compile(
    r"(?i)\b(?:can|could|(?:enough|sufficient)\b[^.;!?]{0,40}?\bto|able%s+to)%s+"
    r"(?:(?:now|still|also|even|easily)%s+)?(?:hold|fit|load|store)%s+(?:a|an|one)%s+\Z"
    % (S, S, S, S, S)
)
# The model a training run ends in, named after its tokens: ", giving Wren-1.5-9B".
# (no count between: "2T tokens and then fine-tuned on 1B tokens to produce Kite-7B-Chat")
RUN_RESULT_AFTER = regex.compile(
    r"(?i)[^.;:\n\d]{0,40}?,?[ \t]+(?:giving|yielding|producing|resulting[ \t]+in"
    r"|to[ \t]+(?:produce|create))[ \t]+[*_`]*"  # (not "to get Owl 3 8B performance")
)
# ... and the name ends its clause: not "giving Owl-13B a run for its money", "producing Owl-13B
# quality" (another model, the object of a comparison); at most 6 characters before "\Z", so
# that an end bound 8 after the name leaves "\Z" the text's end.
RUN_RESULT_END = regex.compile(
    r"[*_`]{0,3}[ \t]{0,3}(?:[.,;:!?()\n\u2013\u2014]|--?[ \t]|with[ \t]|\Z)"
)  # (or goes on to what it has: "producing Orrery-A14B with 118B total")
# A fence that opens a diagram's source: "```mermaid", "~~~dot".
DIAGRAM_FENCE = regex.compile(r"[ \t]*(?:```|~~~)[ \t]*(?i:mermaid|dot|graphviz|plantuml|d2)\b")
# A line of a configuration, up to its value: '  "num_hidden_layers": ', "n_layers: ".
CONFIG_LINE = regex.compile(r"[ \t]*[\"']?[\w.-]{1,60}[\"']?[ \t]*[:=][ \t]*[\"']?\Z")
FOCUS_RULES = ("focus-", "our-focus-")
A_NAME_OPENING = regex.compile(r"[\s*_>\u2022-]*(?:A|An|Another|One[ ]more)[ ]+[*_`]*")
ROLE_WORDS = frozenset({"student", "students", "teacher", "teachers"})
# What a model reads, capitalized after a size: "the 1B and 3B Text model checkpoints".
MODALITY_WORDS = frozenset({"text", "vision", "image", "audio", "speech", "video", "language"})
# A sentence that opens on one more model in a role: "An identically trained 1.3B student".
# ... and the list its name may go on to: "A 7B baseline, Owl-Large, and Kite-2".
A_ROLE_LIST_GOES_ON = regex.compile(
    r"[*_`]*%s*,%s*(?P<joined>(?:and|or|&)%s+)?|[*_`]*%s+(?P<joined>(?:and|or|&)%s+)"
    % (S, S, S, S, S)
)
A_ROLE_OPENING = regex.compile(r"(?i)[\s*_>-]*(?:a|an|another)%s+(?:[\w-]+%s+){0,3}" % (S, S))
A_ROLE_AFTER = regex.compile(
    r"(?:-parameters?|%s+param(?:eter)?s?)?%s+(?:[\w-]+%s+)?(?:teacher|student|judge|critic"
    r"|verifier|grader|drafter|draft%s+model|reward%s+model|baseline)\b(?:%s*,%s*)?"
    % (S, S, S, S, S, S, S)
)
ROLE_IS_BEFORE = regex.compile(
    r"(?r)(?i:\bthe%s+(?:teacher|student|judge|critic|verifier|grader|reward%s+model|draft"
    r"|drafter|reference)(?:%s+model)?%s+(?:is|was)%s+(?:a|an)\b)" % (S, S, S, S, S)
)
# The verbs and words a comparison with other models opens with: "matches", "beats", "than".
COMPARING = (
    r"match(?:es|ed|ing)?|rival\w*|beat\w*|outperform\w*|surpass\w*|exceed\w*|than|like|vs\.?"
    r"|versus|against"
)
# A size of any one model, after a comparison: "than any 32B dense model", "comparable to a 2B
# and a 4B model", "in about the memory of a 2B model", "competitive with the two 4B models".
COMPARED_ANY_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:%s|comparable%s+to|similar%s+to|on%s+par%s+with|competitive%s+with"
    r"|(?:memory|footprint|cost|size|speed|latency)%s+of)%s+(?:the%s+)?(?:any|an?|every|other|two"
    r"|three|four|typical)%s+(?:other%s+)?(?:(?:~|about%s+|roughly%s+)?%s(?:%s(?:an?%s+)?))*"
    r"(?:~|about%s+|roughly%s+)?\Z)" % (COMPARING, S, S, S, S, S, S, S, S, S, S, S, S, LISTED_SIZE,
                                        LIST_JOIN, S, S, S)
)
# ... unless a name follows: "beat a 280-billion-parameter one fed 300 billion tokens (Gopher)".
NAME_GIVEN_AFTER = regex.compile(
    r"[ \t]*[,:][ \t]*[*_`]*\p{Lu}|[^.;()\n]{0,40}?\([ \t]*[*_`]*\p{Lu}[\w.-]*[*_`]*[ \t]*\)"
)
ANY_MODEL_AFTER = regex.compile(
    r"(?:-param(?:eter)?s?)?(?:-dense)?%s+(?:(?:dense|sparse|small|smaller|larger|open|base|chat)%s+)?"
    r"(?:models?|LLMs?|ones?)\b" % (S, S)
)  # (and "a 12B parameter-dense model")
OTHER_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:other|(?:any|all|none|each|some|most)%s+of%s+the)%s+(?:\d[\d.]*%s*[KMBT]?%s*(?:[-\u2013]|to%s+)%s*)?\Z)"
    % (S, S, S, S, S, S, S)
)
OTHER_MODELS_AFTER = regex.compile(
    r"(?:-?param(?:eter)?s?)?(?:%s+[\w-]+){0,2}?%s+(?:models|LLMs|checkpoints|ones|networks)\b"
    % (S, S)
)
# A lab as the subject of a sentence's training or release: "Two weeks later, DeepSeek trained".
MAKER_SUBJECT_OPENING = regex.compile(
    r"[\W_]*(?:[\w'\u2019 -]{1,40},[ \t]+|(?:[\w'\u2019-]+[ \t]+){0,3}?"
    r"(?i:later|meanwhile|then|next|afterwards)[ \t]+)?"  # ("Two weeks later DeepSeek trained")
    r"([A-Z][\w.&-]*(?:[ \t][A-Z][\w.&-]*)?)"
    r"(?:,[ \t]+(?:meanwhile|in[ \t]+turn|for[ \t]+its[ \t]+part|though|too),)?[ \t]+"  # ("DeepSeek,
    # meanwhile, trained")
    r"(?:(?:has|had|then|also|just|quietly|reportedly)[ \t]+)?"
    r"(?:trained|pre-?trained|released|shipped|launched|open-sourced|published)\b"
    r"(?P<bare>[ \t]+(?:on|for|with)\b)?"
)
# A condition that supposes a model: "If a good 1.5B with 10T+ tokens appears", "If someone
# trains a 3B model on ...".
IF_A_OPENING = regex.compile(
    r"[\W_]*(?i:if)%s+(?:(?:a|an|some|someone|anyone|anybody|labs?|you|we|they)\b)" % S
)
# A sentence about any model of a kind, opening with what is done to it: "Training a 1.1B
# model on 300B tokens takes ...", "Serving a 70B model needs ...".
GENERIC_RUN_OPENING = regex.compile(
    r"[\W_]*(?:(?:Pre-?)?[Tt]raining|Pretraining|Fine-?tuning|Finetuning|Serving|Running|Distilling"
    r"|Quantizing|Hosting|To%s+(?:(?:pre-?)?train|pretrain|fine-?tune|finetune|serve|run|distill"
    r"|quantize|host))%s+an?%s" % (S, S, S)
)  # (or its infinitive: "To train a 1.1B model on 300B tokens takes ...")
# ... when that phrase is the sentence's subject ("... takes 3,456 GPU hours"), not a
# participle before it ("Pre-training a 100B model, the InternLM team reports ...").
GERUND_SUBJECT_VERB = regex.compile(
    r"[^,;:\n]{0,120}?\b(?:takes|took|costs?|requires?|required|needs?|needed|is|was|means"
    r"|uses|used|consumes?|would|will|can|could|should)\b"
)
CLAUSE_END_MARK = regex.compile(r"[,:;\u2014]")
SUPPOSED_A_BEFORE = regex.compile(r"(?r)(?i:\ban?%s+(?:[\w.+-]+%s+){0,5}?\Z)" % (S, S))
# (and "a good 1.5B trained on 10T+ tokens": a verb and its preposition between)
# A checkpoint's step just before a count: "\`step120000\` ≈ 503B tokens", "ckpt-5000: 21B".
STEP_BEFORE = regex.compile(
    r"(?r)(?i:\b%s(?:[-_]|%s)?%s[*_`]*"
    r"(?:%s*(?:[\u2248~=:(]|at|is|was|has%s+seen|corresponds%s+to|equals)%s*)?(?:about%s+|~)?\Z)"
    % (STEP_WORD, S, STEP_NUMBER, S, S, S, S, S)
)  # (and "at step 120000 ≈ 503B tokens", "\`step120000\` corresponds to 503B tokens")
# Models in the plural after a count with its unit: "22B-parameter ViTs", "7B-param LLMs" (not
# a name that ends in "s": "an 8B-parameter Hermes model").
SIZED_PLURAL_AFTER = regex.compile(
    r"(?:-param(?:eter)?s?)?%s+(?:[A-Z][A-Za-z]*[a-z]s|LLMs|ViTs|VLMs|SLMs|transformers|networks)\b"
    r"(?!%s+(?:model|LLM|checkpoint|variant|build)\b)" % (S, S)
)
WORKED_ON_A_BEFORE = regex.compile(
    r"(?r)(?i:\bon%s+an?%s+(?:(?:small|tiny|modest|single|mere|larger|smaller)%s+)?"
    r"(?:~|about%s+|roughly%s+|just%s+|only%s+)?\Z)" % (S, S, S, S, S, S, S)
)  # (and "on a small 3B model", "on a mere 1.5B model")
WORKED_ON_MODEL_AFTER = regex.compile(
    r"(?:-?param(?:eter)?s?)?(?:%s+(?:dense|sparse|base|open|language|reasoning))?%s+model\b"
    % (S, S)
)
COMPARED_CLASS_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:%s)%s+(?:(?:other|most|many|larger|bigger|smaller|similar|typical"
    r"|dense|open|current)%s+)*(?:%s%s)*\Z)" % (COMPARING, S, S, LISTED_SIZE, LIST_JOIN)
)  # (and the later sizes of its list: "like 2B and 4B models")
# A data set a lab releases, sized in tokens: no model's training data.
DATA_RELEASED_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:published|publishes|released|releases|open-sourced|open-sources|shared|shares"
    r"|uploaded|put%s+out)%s+(?:also%s+)?(?:a|an|the)%s+(?:new%s+|public%s+|cleaned%s+)?\Z)"
    % (S, S, S, S, S, S, S)
)
DATA_RELEASED_COLON_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:published|publishes|released|releases|open-sourced|shared|uploaded|put%s+out)"
    r"%s+[\w.-]+(?:%s+on%s+[\w ,]{1,20}?)?:%s+(?:about%s+|roughly%s+|~)?\Z)" % (S, S, S, S, S, S, S)
)
# A data set named after the words that say data came from it: "drawn from DocPile-2".
DRAWN_FROM = (
    r"\b(?:drawn|sampled|taken|filtered|selected|assembled|curated|mined)%s+from%s+(?:the%s+)?"
    % (S, S, S)
)
DRAWN_FROM_BEFORE = regex.compile(r"(?i)%s[*_`]*\Z" % DRAWN_FROM)
DATA_APPOSITIVE_BEFORE = regex.compile(
    r"(?i)%s[*_`]*[\w.-]+(?:%s[\w.-]+)?[*_`]*,%s+(?:a|an|the|its|our)%s+(?:new|public|open"
    r"|cleaned|curated|deduplicated|large|multilingual|synthetic)?%s*\Z" % (DRAWN_FROM, S, S, S, S)
)  # ("drawn from DocPile-2, a new " before "4.2T-token corpus"; not "The data is Dolma, a
# 3-trillion-token corpus", the page's model's data)
DATA_NOUN_AFTER = regex.compile(
    r"(?:[- ]tokens?)?%s+(?:[\w-]+%s+)?(?:extract|subset|dataset|data%s+set|corpus|sample|slice"
    r"|dump|mix|mixture)\b" % (S, S, S)
)
# ... unless the text says a model was trained on it: "the 2T-token dataset used to train
# Kite-7B", "a 2T-token corpus, the full pretraining data of Kite-7B".
TRAINED_WITH_IT_AFTER = regex.compile(
    r"[^.;]{0,50}?\b(?:used%s+to%s+(?:pre-?)?train|(?:pre-?)?training%s+data%s+(?:of|for)|behind)\b"
    % (S, S, S, S)
)
PREDECESSOR = r"(?:predecessors?|forerunners?|previous%s+(?:model|version|generation)s?)" % S
PREDECESSOR_AFTER = regex.compile(
    r"(?:%s*(?:-parameters?|parameters?|params|tokens))?%s+(?:of|for|in)%s+(?:its|their|the)%s+%s\b"
    r"(?!['\u2019])" % (S, S, S, S, PREDECESSOR)
)  # (not "2T tokens of the previous generation's corpus": the model's, of that corpus)
# ... unless the model keeps it: "Kite-2 keeps its predecessor's 32 layers".
KEPT_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:keeps|kept|keep|retains|retained|inherits|inherited|shares|shared|reuses"
    r"|reused|preserves|preserved)\b[^.;]{0,40}\Z)"
)
PREDECESSOR_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:its|their|the)%s+%s(?:['\u2019]s?)?%s+(?:(?:about|roughly|around|~)%s*)?\Z)"
    % (S, PREDECESSOR, S, S)
)
# Sizes in brackets after the models a model is compared with are theirs.
COMPARED_PLURAL_BRACKET_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:on%s+par%s+with|comparable%s+to|competitive%s+with|outperform\w*|beat\w*"
    r"|surpass\w*|match\w*|rival\w*|(?<!\b(?:more|less|fewer|rather|other)%s)than|against"
    r"|versus|vs\.?|compared%s+(?:to|with))\b"
    r"[^.;(),]{0,60}?\b(?:models|systems|baselines|llms|networks|counterparts|competitors"
    r"|alternatives|transformers|ones)%s*\([^()]{0,30}\Z)" % (S, S, S, S, S, S, S)
)
# A model brought in with "a" as the object of a link to another: "connect it to a 20B-parameter
# language model", "compared with a 70B model", "distilled from a 32B teacher".
OTHER_INDEFINITE_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:to|into|(?:compared|paired|combined|coupled|together)%s+with|against|than|like"
    r"|(?:that|which)%s+(?:runs|uses)|followed%s+by"  # "a pipeline that runs a 30B video model"
    r"|(?<!\b(?:samples|images|videos)%s+)from"
    r"|beside|alongside|versus|vs\.?)%s+(?:a|an)%s+"
    r"(?:(?:new|smaller|larger|small|large|tiny|dense|separate|second|frozen|pretrained"
    r"|pre-trained|much%s+(?:larger|smaller))%s+)?(?:~|(?:about|roughly|approximately|nearly"
    r"|some|over)%s+)?\Z)" % (S, S, S, S, S, S, S, S, S)
)  # (but "samples from a 3.5B model" are that model's, not another's; "responses from a 70B
# model" may be a teacher's)
CLAUSE_ABOUT_NAME = regex.compile(
    r"(?:[ \t]+(?:models?|family|series))?[ \t]*,[ \t]*(?:which|that|who)\b[^,;.()]{0,60}"
)
# An issue's title, which lists its stories rather than naming the page's model.
ISSUE_TITLE = regex.compile(
    r"(?i)\b(?:weekly|issue|edition|roundup|round-up|digest|newsletter|recap|dispatch)\b|#[0-9]"
)
DATA_CUE_REACH = 600  # how far back in its sentence a data set's count looks for a verb
CLAUSE_REACH = 200  # characters a clause-level cue is looked for before or after a number
RESULT_OPENING = regex.compile(
    r"[ \t*_>-]*(?:The|This)[ \t]+(?:result|merge|(?:merged|combined)[ \t]+model)[ \t]+(?:has|had|weighs"
    r"|contains|counts|comes[ \t]+to)\b"
)  # (not "The result is striking: at 2.7B ...", nor "The final/resulting model", which may be
# the model the paragraph made from another)
# "The latter" or "the former" after a turn in a sentence: "...; the latter has 21B".
LATTER_AFTER_TURN = regex.compile(
    r"(?i)(?:;|,[ \t]+(?:while|whereas|but)|[ \t](?:while|whereas))[ \t]+the[ \t]+(latter|former)\b"
)
# A sentence that opens on one of the models named before: "The latter was trained on 15T".
ONE_OF_THEM = regex.compile(
    r"[*_ \t]*(?:The|the)[ \t]+(latter|former|flagship|larger|smaller|bigger|largest|smallest)\b"
)
# A quote of another's figures after a turn: "; DeepSeek writes "671B total, 37B activated""
# (not a maker quoting its own model: "; Meta calls it "a 405B dense Transformer"", "; Google
# says "it was trained on 14T tokens"", nor "; Brightwater says it was retrained on 12T").
NEW_SUBJECT_TURN = regex.compile(
    r";[ \t]+[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*)?[ \t]+(?:writes|wrote|says|said|puts|put|lists|listed)"
    r"[ \t]+[\"\u201c](?!(?:it|its|the|an?|our|this)\b)"
)
# A clause after a semicolon whose subject is a name no rule reads as a model, doing something:
# "Scout has 109B in total; Maverick spreads it over 128 experts for 400B total" (not a pronoun,
# nor a maker quoting its own model: "; Meta says it has 400B").
UNNAMED_SUBJECT_TURN = regex.compile(
    r";[ \t]+[*_]*(?!(?:It|Its|This|That|These|Those|The|We|Our|They|Their|Both|Each|All|Only)\b)"
    r"(\p{Lu}[\w.-]*(?:[ \t]+\p{Lu}[\w.-]*)?)[*_]*[ \t]+"
    r"(?!(?:says|said|writes|wrote|notes|noted|reports|reported|claims|claimed|puts|lists|calls"
    r"|called|describes|described)\b)"
    r"(?:has|had|is|was|keeps|[a-z]{2,}s)\b[^;]*\Z"
)
# A clause turning to another family: "..., and the **Viking** family (7B, 13B and 33B)".
ANOTHER_FAMILY_TURN = regex.compile(
    r"(?:,|;)[ \t]+(?:and|while|but)[ \t]+the[ \t]+[*_]*[A-Z][\w.-]*[*_]*[ \t]+"
    r"(?:family|series|models|line|suite)\b[^.;]{0,60}\Z"
)
A_AFTER_COMMA = regex.compile(r",[ \t]+an?[ \t]")
RULE_VERB_AFTER = regex.compile(r"(?i)\b(?:needs?|should|would|requires?|wants?|calls[ \t]+for|gets?)\b")
ANOTHER_MAKERS_MODEL_TURN = regex.compile(
    r"(?:,|;)%s+(?:and|but|while)%s+[A-Z][\w.&-]*['\u2019]s%s+(?:[\w-]+%s+){0,3}?"
    r"(?:model|LLM|system|assistant)s?\b[^.;]{0,40}\Z" % (S, S, S, S)
)
BY_NAME_OPENING = regex.compile(r"[ \t*_>]*(?:By|Per|According[ \t]+to)[ \t]+")
# Where a sentence turns to another subject: "V2 had 16B parameters; the new release has 236B".
CLAUSE_TURN = regex.compile(r";|,[ \t]+(?:while|whereas|but|and[ \t]+the)\b|[ \t]+(?:while|whereas)\b")
# A sentence whose subject is a model called by its version alone: "V3 has the same shape".
VERSION_SUBJECT = regex.compile(
    r"[ \t]*(?:(?:The|Its)[ \t]+)?([Vv][0-9]+(?:\.[0-9]+)?)[ \t]+(?:has|had|is|was|uses|used|keeps"
    r"|kept|holds|saw)\b"
)
# Parameters a part adds to a whole: "bridges that add 1.2B parameters" (not "adding up to 480B").
ADDED_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:add|adds|added|adding)%s+(?:(?:about|only|just|another|roughly|some)%s+|~)?\Z)"
    % (S, S)
)
# Names of a kind of network rather than of one model: "a 4B-parameter ViT".
ARCHITECTURE_WORDS = frozenset({"ViT", "DiT", "Transformer", "ResNet", "U-Net", "UNet", "MLP", "GPT"})
# A name the sentence gives a part: "its frozen Flan-T5-XL (3B) text encoder".
PART_NAMED_AFTER = regex.compile(
    r"(?i)(?:[ \t]*\([^()]{0,20}\))?[ \t]+(?:%s[ \t]+)?(?:encoder|decoder|backbone|tower)s?\b"
    % MODALITY
)
# The whole a sentence sums up: "the full system has 29.2B parameters".
WHOLE_SYSTEM_BEFORE = regex.compile(
    r"(?r)(?i:\bthe%s+(?:full|whole|complete|entire|overall|combined)%s+(?:system|model|pipeline)%s+"
    r"(?:has|had|holds|totals|comes%s+to|is|reaches)%s+(?:(?:about|roughly|around|nearly)%s+|~)?\Z)"
    % (S, S, S, S, S, S)
)
# What follows a new model brought in with "a" that says its own training: "a 70B model trained
# on 2T tokens", "a 1.3B model we pretrained ourselves on 40B tokens" (not "a 70B teacher on 2T
# tokens", nor "a 70B teacher and was trained on 2T": the subject's).
# A new model added to a list, with a clause of its own: ", and a 1.3B model we pretrained".
AND_AN_BEFORE = regex.compile(r"(?r)[,;]%s+and%s+an?%s+\Z" % (S, S, S))
NEW_MODEL_CLAUSE_AFTER = regex.compile(
    r"(?:-parameter)?%s+(?:[\w-]+%s+)?model%s+(?:that|which|we|I|they|trained|pretrained"
    r"|pre-trained|fine-tuned)\b" % (S, S, S)
)
NEW_ONES_CLAUSE = regex.compile(
    r"(?![^,;]*\b(?:and|but)\b)[^,;]*?\b(?:trained|pretrained|pre-trained|fed|saw|seeing|that"
    r"|which|we)\b[^,;]*\Z"
)
# ... not a model grown to a size: "scaled up to a 540B model".
GROWN_TO_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:scal\w*|grow\w*|grew|expand\w*|increas\w*|enlarg\w*|upgrad\w*|mov\w*"
    r"|switch\w*|jump\w*)%s+(?:it%s+|up%s+)*"
    r"(?:[\w-]+%s+){0,2}?to%s+(?:a|an)\b[^.;]{0,30}\Z)" % (S, S, S, S, S)
)
# Sizes a bar lists inside a name, as release lists write them: "Qwen2.5-1M-7|14B".
BAR_SIZES_BEFORE = regex.compile(r"(?r)[A-Za-z][\w.]*-[0-9][0-9.]*\|\Z")
BAR_SIZES_AFTER = regex.compile(r"[\w.]*(?:-[\w.]+)*-[0-9][0-9.]*\|[0-9]")
# ... nor a count changed from: "increasing from 2.2T tokens to 2.4T tokens" (to a count).
CHANGED_FROM_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:increas\w*|grow\w*|grew|rais\w*|rose|ris\w*|went|goes|go|jump\w*|expand\w*"
    r"|extend\w*|scal\w*|mov\w*|doubl\w*|tripl\w*|bump\w*|boost\w*|up|upgrad\w*|chang\w*"
    r"|decreas\w*|reduc\w*|cut|shr[iu]nk\w*|dropp?\w*)\b[^.;:]{0,40}?\bfrom%s+(?:about%s+|~)?\Z)"
    % (S, S)
)
TO_NUMBER_AFTER = regex.compile(r"%s+to%s+(?:about%s+|~)?[0-9]" % (S, S, S))
# A version of a model, which a clause after the model's name is about: "the chat version of".
VERSION_OF_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:version|variant|edition|fine-?tune)s?%s+of%s+(?:the%s+)?[*_`\[]*\Z)"
    % (S, S, S)
)
FRONTED_COMPARISON = regex.compile(
    r"(?i)[\W_]*(?:compared%s+(?:with|to)|unlike|like|versus|vs\.?|relative%s+to|next%s+to)"
    r"%s+(?:the%s+)?" % (S, S, S, S, S)
)
LIST_WORD = regex.compile(r"\b(?:and|or)\b|&")
LIST_GOES_ON = regex.compile(r"%s*(?:,|and\b|or\b|&)" % S)
# A model named only to say when something else happened: "the day after Llama 3.1", "a week
# before GPT-4o", "ever since Llama 2".
TIME_WORDS = r"after|before|since|following|ahead%s+of" % S
WHEN_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:%s|in%s+the%s+wake%s+of"
    r"|(?:successor|predecessor|sequel|follow-up|replacement|upgrade)%s+(?:to|of|for))"
    r"%s+(?:the%s+)?\Z)" % (TIME_WORDS, S, S, S, S, S, S)
)  # ... or to say what it follows: "announced as the successor to Phi-1.5"
# ... of those, the ones that only say when: "released the successor to Kite-1, Kite-2" still
# says what was released.
TIME_BEFORE = regex.compile(r"(?r)(?i:\b(?:%s)%s+(?:the%s+)?\Z)" % (TIME_WORDS, S, S))
COMPARED_MODEL_OF_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:%s|compared%s+(?:to|with))%s+(?:(?:a|an)%s+)?(?:[\w-]+%s+){0,2}?"
    r"(?:model|LLM|network|baseline|transformer|system)s?%s+(?:of|with)%s+"
    r"(?:(?:about|roughly|around|nearly|over|only|just)%s+|~)?\Z)" % (COMPARING, S, S, S, S, S, S, S)
)
# A compared model's training, before its tokens: "matches a 34B dense baseline trained from
# scratch on", "beats a 70B model pretrained on".
COMPARED_TRAINED_ON_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:%s)%s+(?:a|an)%s+~?[0-9][0-9.,]*[ \u00a0-]?[KMBT]\b(?:-param\w*)?%s+"
    r"(?:[\w-]+%s+){0,2}?(?:model|baseline|LLM|network|transformer)s?%s+(?:that%s+was%s+|which%s+was%s+)?"
    r"(?:pre-?)?trained(?:%s+[\w-]+){0,3}?%s+on%s+(?:about%s+|roughly%s+|~)?\Z)"
    % (COMPARING, S, S, S, S, S, S, S, S, S, S, S, S, S, S)
)
# "does less than half the work of a dense 70B model", "a third of the compute of a 70B":
# a share of another model's cost.
COMPARED_SHARE_OF_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:half|twice|double|triple|(?:a|one)%s+(?:third|quarter|fifth|tenth|fraction)%s+of"
    r"|[0-9]+%%%s+of)%s+(?:the|its)%s+(?:work|compute|cost|memory|FLOPs|energy|latency|budget"
    r"|parameters|size)%s+(?:of|for)%s+(?:a|an)%s+(?:(?:dense|sparse|similar|comparable|typical)%s+)?"
    r"(?:(?:about|roughly|around|nearly|over)%s+|~)?\Z)" % (S, S, S, S, S, S, S, S, S, S)
)
# A size said of the system a paper's model is measured against: "Against our production
# ranker, a DLRM-style model with 1.1 billion parameters, ...".
OUR_BASELINE_BEFORE = regex.compile(
    r"(?r)(?i:\bour%s+(?:production|existing|deployed|legacy|previous|internal%s+baseline"
    r"|baseline)%s+[\w-]+,%s+(?:an?|the)%s+(?:[\w-]+%s+){0,3}?(?:model|system|network|ranker"
    r"|recommender|classifier)s?%s+(?:of|with)%s+(?:(?:about|roughly|around|nearly|over)%s+|~)?\Z)"
    % (S, S, S, S, S, S, S, S, S)
)
# "matches the downstream accuracy of a 13B model": the model it is measured against.
COMPARED_QUALITY_OF_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:%s|equal\w*|reach\w*|approach\w*|trail\w*)%s+(?:the|its)%s+(?:[\w-]+%s+){0,2}?"
    r"(?:accuracy|performance|quality|scores?|results?|level)%s+of%s+(?:a|an)%s+"
    r"(?:(?:about|roughly|around|nearly|over|only|just)%s+|~)?\Z)" % (COMPARING, S, S, S, S, S, S, S)
)
# Words between a size and a name that measure the one against the other.
BESIDE_OR_AS = (
    r"\b(?:between|along[ \t]+with|together[ \t]+with|as[ \t]+well[ \t]+as|alongside)\b"
    r"|\bas[ \t]+\w+[ \t]+as\b"
)  # ("it sits between Gemma 2 2B and ...", "as fast as SDXL", "along with Llama Guard 3")
# A verb that compares: "with 47B active parameters, even outshines OpenAI's o1".
COMPARING_VERB = (
    r"outperform(?:s|ed|ing)?|outshin(?:es|ed|ing)|beat(?:s|ing)?|surpass(?:es|ed|ing)?"
    r"|rival(?:s|led|ing)|edg(?:es|ed|ing)%s+out|trail(?:s|ed|ing)?" % S
)
COMPARING_VERB_BETWEEN = regex.compile(r"(?i)\b(?:%s)\b" % COMPARING_VERB)
MEASURED_AGAINST = regex.compile(
    r"(?i)\b(?:twice|thrice|times|half|double|triple|than|compared|versus|vs"
    r"|against(?=%s+(?:~|about%s+|roughly%s+)?[0-9])"  # "18T tokens, against 7T tokens for X"
    r"|magnitudes?%s+(?:below|above|under|over|beyond)"  # "an order of"
    r"|%s)\b|" % (S, S, S, S, COMPARING_VERB)
    + BESIDE_OR_AS
)
BESIDE_OR_AS_BETWEEN = regex.compile("(?i)" + BESIDE_OR_AS)
FROM_BEFORE = regex.compile(r"\bfrom%s+(?:about%s+|around%s+|roughly%s+|~)?\Z" % (S, S, S, S))
# The low end of a span whose high end is a named model: "scales from models with 44 million
# parameters up to Gopher, a 280-billion-parameter model".
SPAN_FROM_BEFORE = regex.compile(
    r"\bfrom%s+(?:(?:models?|ones?|networks?)%s+(?:with|of)%s+)?(?:about%s+|around%s+|~)?\Z"
    % (S, S, S, S, S)
)
UP_TO_NAME = regex.compile(r"[^.;]{0,30}?\b(?:up%s+)?to%s+(?:the%s+)?\Z" % (S, S, S))
CHANGED_TO = regex.compile(r"\bto%s+(?:about%s+|~)?[0-9]" % (S, S))
VERSION_AFTER = regex.compile(r"[\w\s-]{0,20}?\b(?:version|variant|checkpoint)s?\b")
ACTIVE_AFTER_SIZE = regex.compile(r"[ \u00a0-]*(?i:active|activated)\b")
MEMBERS_AFTER_SIZE = regex.compile(
    r"(?:[ ]+(?:and|or)[ ]+[0-9.]+[BMT])?[ ]+(?:variants|models|versions|sizes|siblings|members)\b"
)
# A verb in the past after a name: the name is a clause's subject ("Qwen dropped ..."), when
# the clause of the size before the comma has its own verb ("Moonshot open-sourced a ...").
CLAUSE_VERB_AFTER = regex.compile(
    r"[ ]+(?:(?!(?:based|called|named|dubbed|trained|tuned|built|released|used)\b)[a-z]{3,}ed"
    r"|made|took|put|said|went|came|got|won|beat|hit|drew|ran)\b"
)
PAST_VERB = regex.compile(r"\b(?:[a-z]{3,}ed|made|took|put|shipped|built|released)\b")


def _leads_next_clause(text: str, since: int, start: int, end: int, name: Mention) -> bool:
    """Whether ``name``, after a comma that follows the size at [start, end), leads a clause of
    its own: "Moonshot open-sourced a trillion-parameter model, Qwen dropped hybrid thinking"
    (but "Alongside the 671B model, Kite-R1 came with ..." names the model the phrase meant)."""
    return (
        "," in text[end : name.start]
        and CLAUSE_VERB_AFTER.match(text, name.end, name.end + 20) is not None
        and PAST_VERB.search(text, since, start) is not None
    )
APPOSITIVE_END = regex.compile(r"[,;.)]|%s+(?:is|was|which|that)\b|\Z" % S)
HANDLE_BEFORE = regex.compile(r"(?i)(?:\(by|\bby[ ]+(?:hub[ ]+)?user)[ ]+[*_`@]*\Z")
# A name in the list of what a model was tuned on: data, "fine-tuned on Alpaca, Guanaco, GPT4All".
TUNED_ON_LIST_BEFORE = regex.compile(
    r"(?i)\b(?:fine-?tuned|instruction-tuned|tuned)[ ]+on[ ]+"
    r"(?:[*_`]*[\w.-]+(?:[ ][\w.-]+)?[*_`]*,[ ]+(?:and[ ]+)?){0,8}[*_`]*\Z"
)
BEHIND_BEFORE = regex.compile(
    r"(?i)\b(?:research|technology|technologies|work|ideas|science)[ ]+(?:behind|that[ ]+built)[ ]+\Z"
)
MAKER_POSSESSIVE_BEFORE = regex.compile(
    r"['’]s[ ](?:(?:new|latest|newest|own|open|first|smaller|larger|flagship|upcoming)[ ])*\Z"
)  # "Meta's new 8B model": its maker just before
MAKER_SAYS_AFTER = regex.compile(
    r"[ ](?:says|said|reports|reported|confirms|confirmed|plans|hints|teased)[ ,]+(?:that[ ]+)?"
    r"(?:a|an)[ ]+(?:(?:new|next|larger|bigger|future|upcoming|coming)[ ]+)*"
    r"(?:version|model|successor|system)[ ]+(?:(?:with|of|at)[ ]+)?"
    r"(?:(?:over|about|around|up[ ]+to|more[ ]+than)[ ]+)?\Z"
)  # (the maker, then a new one it speaks of: "Meta says a version with over"; not "AWS says
# the model, with 398B total parameters, is now on Bedrock", the story's own)


# A capitalized word, then a word of letters: "Snowflake Arctic" (the maker's word and a name).
WORD_BEFORE_WORD = regex.compile(r"\b([A-Z][\w&.-]*)[ ]([^\W\d_]+)\b")


def _latest_before(found: tuple[list[int], list[str]], offset: int, default: str) -> str:
    """Of names found at ascending starts, the last one that starts before ``offset``."""
    starts, names = found
    i = bisect_left(starts, offset)
    return names[i - 1] if i else default


def _organization_key(name: str) -> str:
    """An organization's canonical name, or its own name folded when no table knows it."""
    return canonical_organization(name) or name.casefold()


PLURAL_SUPERLATIVE_BEFORE = regex.compile(
    r"(?i)\b(?:its|their)[ ]+(?:largest|biggest|next|upcoming|future)[ ]+(?:[\w.-]+[ ]+){0,3}?"
    r"models\b[^.;:!?]{0,60}\Z"
)
NOT_YET = regex.compile(r"(?i)\b(?:still|will|upcoming|future|later|not[ ]+(?:yet|out))\b")
# Sizes of a model the sentence does not name (see Context._another_models_size): "the M3 runs
# a 70B dense model" (but "serving a 398B-parameter model" may be the subject), "We are
# currently training a dense model of roughly 30B parameters", "competitive with 4B models such
# as Qwen3-4B", "the first model in the series above 100B".
RUNS_A_BEFORE = regex.compile(
    r"(?i)\b(?:runs?|serves?|hosts?|loads?)[ \t]+(?:an?|any)"
    r"[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:~|about[ \t]+|roughly[ \t]+)?\Z"
)
# ... or models of a size in the plural that something runs: "a desktop that eats 70B models".
RUNS_PLURAL_BEFORE = regex.compile(
    r"(?i)\b(?:runs?|running|serves?|serving|hosts?|loads?|fits?|eats?|handles?|supports?)[ \t]+"
    r"(?:%s%s){0,4}\Z" % (LISTED_SIZE, LIST_JOIN)
)  # (and the later sizes of a list: "eats 8B, 14B and 70B models")
TRAINING_NOW_BEFORE = regex.compile(
    r"(?i)\b(?:are|is|we're)[ \t]+(?:(?:also|currently|now|still)[ \t]+)+(?:training|pretraining|pre-training)"
    r"[ \t]+(?:an?|the)[ \t]+[^.;:\n]{0,50}\Z"
)
CLASS_EXAMPLES_AFTER = regex.compile(
    r"(?i)(?:-parameters?)?[ \t]+(?:[\w-]+[ \t]+)?models?,?[ \t]+(?:such[ \t]+as|like|e\.g\.)[ \t]"
)  # (not "in 7B, 13B and 70B models, including chat versions": its own sizes)
FIRST_PAST_BEFORE = regex.compile(
    r"(?i)\b(?:first|only)\b(?:[ \t]+(?!(?:and|has|had|weighs|with|at|is|was)\b)[\w-]+){0,6}?[ \t]+"
    r"(?:above|over|beyond|past|to[ \t]+(?:cross|pass|exceed|top))[ \t]+\Z"
)  # (not "xAI's first open release and weighs in at over 300B": its own size)
RUN_MODEL_AFTER = regex.compile(r"(?i)(?:-parameters?)?[ \t]+(?:[\w-]+[ \t]+)?(?:model|LLM|checkpoint)s?\b")
OWN_MODEL_AFTER_POSSESSIVE = regex.compile(
    r"[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:model|version|variant|checkpoint|sibling|flagship|release"
    r"|one|largest|biggest|smallest)s?\b(?!-)"
)  # (not "Claude's one-shot reliability")
EXPERTS_TIMES_BEFORE = regex.compile(r"\b[0-9]+[ \t]*[x\u00d7][ \t]+\Z")  # "a 16 x 3.8B MoE"
BEATS_THE_BEFORE = regex.compile(
    r"(?i)\b(?:beats?|beat|outperform(?:s|ed)?|match(?:es|ed)|trail(?:s|ed)?|surpass(?:es|ed)?"
    r"|rival(?:s|ed|led)?|exceed(?:s|ed)?|edg(?:es|ed)[ \t]+out|ahead[ \t]+of|level[ \t]+with"
    r"|(?<!\b(?:is|are|was|were|been|being|be)[ \t]+(?:further[ \t]+|then[ \t]+|later[ \t]+)?)"
    r"improv(?:es|ed)[ \t]+(?:up)?on"  # (not "was further improved on a 500B-token mix")
    r"|(?:just|well|slightly|far|right|finish\w*|land\w*|sits?|sat|rank\w*|place[sd]?|falls?"
    r"|fell|comes?|came)[ \t]+behind"
    r"|on[ \t]+par[ \t]+with)[ \t]+(?:the|an?|any)"
    r"[ \t]+(?:(?!(?:same|own)\b)[\w-]+[ \t]+){0,2}?\Z"
)  # "The V3 base beats the dense 405B model"
# What some models are compared with: "faster than the dense 24B and 27B models".
THAN_THOSE_BEFORE = regex.compile(r"(?i)\bthan[ \t]+(?:the|those)[ \t]+(?:[\w-]+[ \t]+)?\Z")
# ... and the same from a size of a list: "8B, 14B and 70B models".
PLURAL_LIST_AFTER = regex.compile(
    r"(?i)(?:%s%s){0,4}[0-9.]+[BMT](?:-parameter)?[ \t]+(?:[\w-]+[ \t]+)?(?:models|ones|LLMs)\b"
    % (LISTED_SIZE, LIST_JOIN)
)
PLURAL_SIZES_AFTER = regex.compile(
    r"(?i)[0-9.]+[BMT](?:-parameter)?(?:[ \t]+and[ \t]+[0-9.]+[BMT])?[ \t]+(?:[\w-]+[ \t]+)?"
    r"(?:models|ones|LLMs)\b"
)  # (from the size's start: its unit may run on to the noun)
# Words of a study's runs beside the model a text is about, before "a 1.2B model" in its
# sentence: "Each filtering decision was tested with an ablation: we trained a 1.2B ...", "To
# ablate each filter, we trained a 1.2B ...".
EXPERIMENT_BEFORE = regex.compile(
    r"(?i)\b(?:ablat(?:ions?|e|es|ed|ing)|prox(?:y|ies)|pilot(?:[ ]+runs?)?|toy[ ]+(?:models?|runs?|experiments?|scale)|small-scale|sweeps?|probes?"
    r"|before[ ]+the[ ]+(?:full|main|final|real)[ ]+(?:run|training))\b[^.;\n]*\Z"
)
STILL_TO_COME = regex.compile(
    r"(?i)\b(?:(?:still|currently)[ ]+(?:in[ ]+|under[ ]+)?(?:pre-?)?training|in[ ]+(?:pre-?)?training"
    r"|(?:still|currently)[ ]+being[ ]+(?:pre-?)?trained|training[ ]+now"
    r"|(?:is|are)[ ]+(?:planned|coming|promised|slated|expected(?![ ]+to\b)|on[ ]+the[ ]+roadmap)"
    r"|not[ ]+(?:yet|out)|upcoming|yet[ ]+to[ ]+be|(?:is|was|are|were)[ ]+not[ ]+released"
    r"|never[ ]+released"
    r"|to[ ]+come|will[ ]+(?:be[ ]+)?(?:release|launch|ship|open|follow|arrive)\w*"
    r"|(?:may|might|could)[ ]+(?:follow(?![ ]+(?!(?:if|when|once|later|soon|next|after|in|by)\b)[a-z])"
    r"|come[ ]+later|arrive(?![ ]+at\b))"  # (not "may follow instructions", "could arrive at")
    r"|will[ ]+come[ ]+(?:later|soon|next|out))\b"
)
INDEFINITE_OPENING = regex.compile(r"[ \t*_>-]*(?:A|An)[ \t]")  # a sentence's subject: "A follow-up"
CLAUSE_BREAK = regex.compile(r";|,[ ]*(?:and|but|while|whereas)\b|\b(?:whose|which|that)\b")
# (a clause about something of the model's: "a 7.2B code model whose GGUF build is coming soon")
FUTURE_VERSION_AFTER = regex.compile(
    r"(?i)(?:[- ]param(?:eter)?s?|[- ]tokens?)?(?:[ ]+(?:version|model|variant|size|checkpoint|run)s?"
    r"(?:[ ]+on[ ]+[~\w.,]+[ ]+tokens|[ ]+(?:built|based)[ ]+on[ ]+[\w.-]+)?)?"
    r"[\"”’']?(?:[ ]+(?:is|are)[ ]+(?:promised|planned|coming|due|teased|(?:still[ ]+)?in[ ]+training"
    r"|still[ ]+training|on[ ]+the[ ]+roadmap|in[ ]+the[ ]+works)\b(?!-)"
    r"|,?[ ]+(?:if[ ]+(?:I|we)[ ]+(?:can|could|find|get)|once[ ]+(?:I|we)[ ]+(?:have|get|find))\b)"
)  # ("A 1.5B run on 100B tokens is planned", "A 350M version on 30B tokens, if I can find", "a
# 32B variant built on Qwen2.5-32B is in training")
# A tuning said after the model's name in a title: "# A weekend Qwen2.5-7B-Instruct fine-tune".
TUNING_AFTER_NAME = regex.compile(r"(?i)[ ]+(?:fine-?tunes?|finetunes?|LoRA|QLoRA|adapters?)\b")
PRETRAINED_WORD = regex.compile(r"(?i)(?<!\b(?:continued|continual|further)[ -])\bpre-?train")
HEADINGS_BACK = 12  # how many headings back to look for the one that names the page's model
# A heading's word that makes the model after it a base: "fine-tuning Qwen2.5-7B", "LoRA on".
TUNING_BEFORE_NAME = regex.compile(
    r"(?i)\b(?:fine-?tun(?:e|es|ed|ing)|tun(?:e|es|ed|ing)|adapt(?:s|ed|ing)?|distill(?:s|ed|ing)?"
    r"|lora(?:[ ]+on)?|qlora(?:[ ]+on)?)[ ]+(?:of[ ]+|on[ ]+)?(?:an?[ ]+|the[ ]+)?\Z"
)
# "the (pretrained) weights of" just before a base: "initialized X from the weights of Y".
WEIGHTS_OF_BEFORE = regex.compile(r"(?i)\b(?:weights|checkpoint)[ \t]+of[ \t]+\Z")
# A line whose label says what follows is still to come: "- Coming in 2026: a Marten-2 MoE
# (~60B total)", "* Roadmap: a ~34B model", "**Next up:** ...", "Planned: ...".
LABEL_REACH = 60  # how far into its line a line's label ends (a bounded match stays quick)
FUTURE_LABEL = regex.compile(
    r"(?i)[ \t>]*(?:[-*+\u2022][ \t]+)?[*_]{0,2}(?:coming(?:[ \t]+(?:soon|next|later|up|in[ \t]+"
    r"[\w ]{1,20}?))?|planned|roadmap|on[ \t]+the[ \t]+roadmap|next[ \t]+up|up[ \t]+next|upcoming"
    r"|in[ \t]+the[ \t]+works|to[ \t]+do|todo|future[ \t]+work|not[ \t]+yet[ \t]+released)"
    r"[ \t]*:[*_]{0,2}[ \t]"
)
# A model named after a size, said to come: "a 7B Pipit is next".
FUTURE_NAMED_AFTER = regex.compile(
    r"(?:[- ]param(?:eter)?s?)?[ ]+[A-Z][\w.-]*(?:[ ]+(?:model|version|variant))?[ ]+(?:(?:is|are)"
    r"[ ]+[\"\u201c]?(?:next|coming|(?:due|expected)(?![ ]+to\b)|promised|planned|teased|slated|(?:still[ ]+)?in[ ]+training"
    r"|still[ ]+training|on[ ]+the[ ]+roadmap|in[ ]+the[ ]+works)(?!-)|(?:will|should)[ ]+(?:be"
    r"[ ]+released|follow|come|arrive|ship|land|launch))\b"
)  # ("a ~70B Heron-2 is in training", "A 20B Lattice model is planned", 'a 3B Mote is "on the
# roadmap"')
ADVISED_BEFORE = regex.compile(
    r"(?i)\b(?:recommend|suggest)(?:s|ed|ing)?%s+(?:training|to%s+train|that)\b[^.;:!?]{0,50}\Z"
    % (S, S)
)
NEW_OF_ITS_KIND_AFTER = regex.compile(
    r"%s+model%s+(?:(?:further|then)%s+)?(?:fine-?tuned|trained|pre-?trained|tuned|distilled)\b"
    % (S, S, S)
)
VARIANT_AFTER = regex.compile(r"%s+(?:variant|derivative|clone|replica|lookalike)\b" % S)
INTRODUCED_FOCUS = frozenset({"focus-introduced", "focus-introduced-later", "focus-document-topic"})
# "We train a 1.2T-parameter model": the text's own model, brought in by its authors.
# ... its own verb, not a relative clause's or a report's: not "..., which Meta hoped would
# help", "a 400B-parameter model that Heron says would ship" (but "A dense 1T-parameter model,
# trained compute-optimally, would want ..." is one).
WHAT_IF_AFTER = regex.compile(
    r"(?:(?!\b(?:which|who|whose|says|said|hoped|hopes|thinks|thought|expects|expected|claims"
    r"|claimed|believes|believed|reports|reported)\b|\bthat\b(?![ \t]+(?:is|was|are|were|has|had)\b))"
    r"[^.;:!?\n])*?\b(?:would|(?:could|might)%s+have)\b" % S
)  # ("that is compute-optimal would" goes on; "that anyone would be able to run" stops)
# Words that relate a model named after them to something else: "behind last year's", "of".
RELATION_BEFORE = regex.compile(
    r"\w[ ]+(?:[\w-]+['’]s|of|behind|from|by|than|like|after|before|to|with)[ ]+(?:the[ ]+)?\Z"
)
ABOVE_OR_BELOW = regex.compile(
    r"(?i)\b(?:above|below|beyond)[ ]+(?:~|(?:about|roughly|around|approximately)[ ]+)?\Z"
)
# A clause of what would be: "would have stopped at 160B tokens", "you'd need 1,900T".
CONDITIONAL = regex.compile(r"(?i)\b(?:would|(?:you|we|I|it|they|one)['’]d)\b")
# "a" or "an" and at most two words before a size: "a 7B", "A Chinchilla-optimal 1T".
A_KIND_BEFORE = regex.compile(r"\b[Aa]n?[ ]+(?:[\w-]+[ ]+){0,2}?~?\Z")  # (or "a 7B or 8B")
SAID_OF_BEFORE = regex.compile(r"(?:,|\b(?:is|was|as|be))[ ]*\Z")  # "Kite, a", "Kite is a"
# A model a size makes, said to do what it would: "a 405B model would need".
# ... or any model of the size, doing what any would: "A 9B model in 4-bit fits in 5.7 GB".
ANY_MODEL_DOES = regex.compile(
    r"(?:-param\w*)?[ ]+(?:[\w-]+[ ]+){0,2}?(?:model|LLM)s?\b(?:[ ]+(?:with|in|at|for|of|on)[ ]+"
    r"(?:[\w-]+[ ]+){0,3}?[\w-]+)?[ ]+(?:would|could|fits?|needs?|takes?|requires?"
    r"|(?:was|were)[ ]+(?:also[ ]+)?(?:trained|pretrained|pre-trained|distilled|run|built))\b"
)  # (and an unnamed run the text mentions: "A dense 30B model was trained to 4T tokens as an
# ablation")
A_MODEL_WOULD = regex.compile(
    r"(?:-param\w*)?[ ]+(?:[\w-]+[ ]+){0,2}?(?:model|LLM|network|transformer)s?[ ]+would\b"
)  # (not "could": "Phi-2 showed that a 2.7B model could match models 25x its size" is Phi-2)
# What an adapter trains, not the model it is on.
TRAINABLE = regex.compile(r"(?i)\b(?:trainable|learnable|tunable)\b")
ALL_BEFORE = regex.compile(r"(?i)\ball%s+\Z" % S)  # ("all 7B trainable parameters": the model's)
# A trainer's log: "trainable params: 4,194,304 || all params: ...", "(trainable: 4,194,304)".
TRAINABLE_LABEL_BEFORE = regex.compile(r"(?i)\btrainable(?:[ _]param(?:eter)?s)?%s*[:=]%s*\Z" % (S, S))
ADAPTER_TRAINS_BEFORE = regex.compile(
    r"(?i)\b(?:q?lora|adapters?|peft)\b[^.;:!?]{0,40}\b(?:trains?|updates?|adds?|tunes?)%s+"
    r"(?:(?:only|just|a|an|mere|small|number|of|extra)%s+){0,5}(?:about%s+|roughly%s+|~)?\Z"
    % (S, S, S, S)
)  # ("the Adapter-approach adds a small number of 1.2M parameters on top of ...")
# A sentence that opens by saying it compares: "For comparison, a 7B model ...".
COMPARISON_OPENING = regex.compile(
    r"(?i)[\W_]*(?:for|by|in)%s+(?:comparison|contrast|reference)%s*,?%s" % (S, S, S)
)
# A model wished for in an if-clause: "If you want a 7B at 10,000 tokens per parameter".
IF_WANTED_BEFORE = regex.compile(
    r"(?i)\bif%s+(?:i|we|you|they|one|someone)%s+(?:want|wanted|need|needed)%s+an?%s+"
    r"(?:[\w-]+%s+){0,2}?(?=~?[0-9]|(?:model|LLM)s?\b)" % (S, S, S, S, S)
)  # (a model or a size: not "If you need a smaller footprint")
YOU_NEED_BEFORE = regex.compile(
    r"(?i)\byou(?:['\u2019]d|['\u2019]ll|%s+would|%s+will)?%s+need%s+(?:about%s+|roughly%s+|~)?\Z"
    % (S, S, S, S, S, S)
)
# A size spoken of as hearsay: "the 2T-parameter rumour".
RUMOUR_AFTER = regex.compile(
    r"(?i)(?:[- ]param(?:eter)?s?)?[ \t]+(?:rumou?r|leak|speculation|gossip|claim)s?\b"
)
# A study's runs of a size: "a grid of proxies at 16B total / 1.9B active".
# (within its clause: not "Unlike the proxies with fewer layers, Kite-2 itself has 58B")
PROXIES_BEFORE = regex.compile(
    r"(?i)\bprox(?:y|ies)(?:[ \t]+(?:models?|runs?))?[ \t]+(?:at|of|with|sized)\b[^.;:,\n]{0,50}\Z"
)
# A class of models by what they were trained on: "models trained on more than 10T tokens".
CLASS_TRAINED_ON_BEFORE = regex.compile(
    r"(?i)\b(?:models|LLMs|LMs|checkpoints|systems)[ \t]+(?:that[ \t]+(?:were|are)[ \t]+)?"
    r"(?:pre-?)?trained[ \t]+(?:on|for|with)[ \t]+(?:more|fewer|less)[ \t]+than[ \t]+~?\Z"
)
CONDITIONAL_AFTER = regex.compile(
    r"(?:%s+(?:of%s+)?(?!(?:that|which|who)\b)[\w-]+)?%s+(?:would|could|might)%s+"
    r"(?:be|suffice|need|take|cost|make)\b" % (S, S, S, S)
)  # ("20T tokens would be compute-optimal", "1T tokens of code would suffice"; not "2T tokens
# that would take a GPU 300 years")
# ... nor a count a model owns: "Reproducing Kite-7B's 2T tokens would cost $2M" (but a count
# after a preposition is supposed too: "Training Kite-7B on 20T tokens would be optimal").
OBJECT_BEFORE_COUNT = regex.compile(r"['\u2019]s%s+(?:~|about%s+)?\Z" % (S, S))
WOULD_AFTER = regex.compile(r"[^.;:!?]*?\b(?:would|(?:could|might)%s+have)\b" % S)
WE_JUST_BEFORE = regex.compile(r"(?i)\b(?:we|I)[ ]+(?:(?:also|then|first)[ ]+)?\Z")
WE_MAKE = regex.compile(
    r"(?i)\bwe[ ]+(?:(?:also|then|further|successfully)[ ]+)?(?:train|trained|pre-?train|pre-?trained"
    r"|build|built|scale|scaled|present|introduce|release|develop|developed)\b"
)  # the authors making their model: "we train an 8.3 billion parameter transformer"
FIRST_PERSON = regex.compile(r"(?i)\b(?:we|our|us)\b")
# Verbs that say a model made the data: "generated by", "synthesized with", "labelled by".
DATA_MADE_VERBS = r"generated|produced|sampled|written|synthesi[sz]ed|distilled|labell?ed"
GENERATED_BY = regex.compile(r"(?i)\b(?:%s)%s+(?:by|from|with)\b" % (DATA_MADE_VERBS, S))
# What a training step makes, named after its data: ", resulting in instruction-tuned models
# (X)", "to produce X", "which yields X".
RESULT_BETWEEN = regex.compile(
    r"(?i),?[ \t]+(?:resulting[ \t]+in|which[ \t]+(?:yields|yielded|produces|produced|gives|gave)"
    r"|yielding|producing|to[ \t]+(?:produce|obtain|create))\b[^.;]{0,80}\Z"
)
# ... or before the model that made it: "synthetically generated textbooks and exercises with "
MADE_WITH_BEFORE = regex.compile(
    r"(?i)\b(?:%s|annotated)\b[^.;()]{0,60}?\b(?:by|from|with|using)%s+(?:the%s+)?\Z"
    % (DATA_MADE_VERBS, S, S)
)
NAME_PARTS = regex.compile(r"(?<=\w)[-_ ](?=\w)")
# A data set the sentence says is a count, beside another count a model saw.
DATA_IS_BEFORE = regex.compile(
    r"(?i)\b(?:dataset|data%s+set|corpus|(?:data%s+)?mixture)%s+(?:is|was)%s+(?:only%s+|just%s+)?"
    r"(?:about|around|roughly|approximately|some|~)?%s*\Z" % (S, S, S, S, S, S, S)
)  # "the synthetic dataset is about 30B tokens, while the model was trained for 150B"
TOKEN_COUNT_NEAR = regex.compile(
    r"(?i)\b[0-9][0-9.,]*%s*(?:[KMBT]|thousand|million|billion|trillion)?%s*-?%s*tokens?\b" % (S, S, S)
)
# A data set the sentence says holds a count (no model named, none said to train on it).
DATA_HOLDS_BEFORE = regex.compile(
    r"(?i)\b(?:dataset|data%s+set|corpus|corpora|(?:data%s+)?mixture|mix|portion|extract|subset"
    r"|split|collection|dump|crawl)s?\b[^.;]{0,80}?\b(?:holds?|held|hold|contains?|contained"
    r"|combines|comprises?|comprised|totals?|totalled|spans?|spanned"
    r"|(?:describes?|described)\b[^.;]{0,40}?\bas)\b"  # (not "combined with 345B tokens")
    % (S, S)
)
# A data set named, then said to be a size: "FineWeb, the largest open web corpus, is on the
# order of 15T tokens" (not a card's "The data mixture is 4.5T tokens", the model's).
DATA_APPOSITIVE_IS = regex.compile(
    r"(?i)\b(?:dataset|data%s+set|corpus|corpora|collection|crawl)s?,%s+(?:is|was|has|holds)\b"
    % (S, S)
)
def _data_set_name(name: str) -> bool:
    """Whether a name is a data set's: a known one's ("FineWeb-Edu", "the Pile") or one with a
    data word in it ("SmolLM-Corpus", "OLMo-Mix-1124")."""
    head = regex.split(r"[-_. ]", name.lower(), maxsplit=1)[0]
    return bool(name) and (head in DATASET_HEADS or DATA_WORD_IN_NAME.search(name) is not None)


# A sentence whose subject is a data set: a known one or one named with a data word ("FineWeb
# itself is"), or a pool, crawl or dump ("Our crawl holds").
DESCRIBED_DATA_OPENING = regex.compile(
    r"[\W_]*(?:[0-9]{1,3}[).]%s*[*_]*)?[\w.+-]++(?:%s[\w.+-]++){0,3}[*_]*%s*[-\u2013\u2014:]%s+"
    r"(?:[a-z-]+s%s+)?(?:an?|the)%s+(?:[\w-]+%s+){0,4}?(?:dataset|corpus|data%s+set|collection)\b"
    % ((S,) * 8)
)  # (an item that opens with a name and says it is, or releases, a data set)
DATA_SET_LINK_OPENING = regex.compile(r"[\W_]*\[[^\[\]\n]{1,80}" + DATA_SET_TARGET + r"[^()\s]*\)")
DATA_SUBJECT_OPENING = regex.compile(
    r"[\W_]*(?:(?P<noun>(?i:the|our|this|that|its)%s+(?:[\w-]+%s+){0,2}?(?:pool|crawl|dump)s?\b)"
    r"(?!%s+(?:of|for|used))"
    r"|(?P<name>[A-Z][\w.-]*)(?:%s+v?[0-9][\w.]*)?(?:%s+itself)?,?%s+(?:is|was|the|a|an|holds|has"
    r"|contains|bundles|combines|comprises)\b)" % ((S,) * 6)
)  # (not "The data mixture is 4.5T tokens" on a model's card: its data)
RELEASED_DATA_AFTER = regex.compile(
    r"s?[ ]+(?:(?!(?:pre-?)?training\b)[\w-]+[ ]+){0,2}?(?:corpus|dataset|data[ ]set|mix|mixture"
    r"|collection)s?\b"
)  # (not "Dolma, our 3T-token pretraining corpus")
ITS_BEFORE = regex.compile(r"(?i)\b(?:its|their)%s+\Z" % S)  # ("published ... its 5T-token mix")
DATA_RELEASED_IN_SENTENCE = regex.compile(
    r"(?i)\b(?:release|releases|released|publish|publishes|published|open-source[sd]?|share|shared)\b"
)
NAMED_DATA_AFTER = regex.compile(r"s?[ ]+([A-Z][\w.-]*)[ ]+(?:mix|mixture|corpus|dataset)\b")
# A data set by name, its size in the bracket after it: "FineWeb-Edu (1.3T tokens", "Cosmopedia
# v2 (about 28B tokens".
DATA_SET_BRACKET_BEFORE = regex.compile(
    r"(?r)\b([A-Z][\w]*(?:[-.]\w+)*)(?:[ ]v?[0-9][\w.]*)?[*_`]*[ ]\((?:an?[ ]|about|around|roughly|~)?[ ]?\Z"
)
# ... the part of a data set a count in tokens describes: "a 1.2T-token multilingual pool", "the
# 400B-token synthetic subset" (not a "4T-token data mixture" or "pretraining corpus", which a
# model's card gives as its data).
DESCRIBED_DATA_AFTER = regex.compile(
    r"s?[ ]+(?:(?!(?:pre-?)?training\b)[\w-]+[ ]+){0,2}?(?:pool|sample|subset|split|dump|crawl"
    r"|shard|slice|portion|extract)s?\b"
)
# ... or a data set named and said to be of a count: "OLMo-Mix-1124, a mixture of about 3.9T
# tokens" (a name with a data word in it).
DATA_OF_BEFORE = regex.compile(
    r"(?i)([\w.-]+),%s+(?:a|an|the)%s+(?:[\w-]+%s+)?(?:mixture|mix|corpus|dataset|data%s+set"
    r"|collection|sample|pool|subset)%s+of%s+(?:about%s+|around%s+|roughly%s+|some%s+|~)?\Z"
    % ((S,) * 10)
)
DATA_WORD_IN_NAME = regex.compile(r"(?i)mix|corpus|data|pile|web|stack|crawl")
# Words that say a model learned from the data the sentence goes on to count.
LEARNED_FROM_BEFORE = regex.compile(
    r"(?i)\b(?:(?:pre-?)?trained|(?<!-)train|trains|saw|seen|sees|fed|consumed|learn(?:ed|t|s)"
    r"|built%s+on)\b" % S
)
# A data set owned by a model: "Llama 3's 15T-token dataset", "Kite-2's 4T-token corpus".
OWNED_DATA_BEFORE = regex.compile(r"(?i)[\w.-]*[0-9A-Z][\w.-]*['\u2019]s%s+(?:[\w-]+%s+)?\Z" % (S, S))
# A training set's own word before "is": "Qwen2.5's pretraining dataset is 18T tokens".
TRAINING_DATA_WORD = regex.compile(r"(?i)\b(?:pre-?)?training\b")
TOTAL_IN_BRACKET_AFTER = regex.compile(r"(?i)[^()]{0,20}?\b(?:in[ ]total|total|combined|overall)\b")
DATA_SUBJECT_IS = regex.compile(
    r"(?i)[\W_]*(?:the|its|their|our)%s+(?:(?:pre-?)?training%s+)?data(?:%s*set)?%s+(?:is|was|are|were)\b"
    % (S, S, S, S)
)
TRAINED_ON_WHICH_AFTER = regex.compile(
    r"(?i)[^.;]{0,40}?\bon%s+which\b[^.;]{0,40}?\b(?:pre-?)?trained\b"
    r"|[^.;]{0,50}?\bused%s+to%s+(?:pre-?)?train\b" % (S, S, S)
)
TRAINED_BEFORE = regex.compile(
    r"(?i)\b(?:(?:pre-?)?train(?:ed|s|ing)?|saw|seen|sees|fed|consumed)\b"
)
SIZE_TAIL = regex.compile(r"[ -][0-9]+(?:\.[0-9]+)?[BMKT]")
APPOSITIVE_THE_BEFORE = regex.compile(r"(?r),%s+(?:the|a|an)%s+\Z" % (S, S))
FINITE_VERB = regex.compile(r"\b(?:is|was|are|were|has[ ]been|have[ ]been)\b")
# A count a comparison brings in with a determiner: "more data than the 3.5T tokens", "larger
# than its 7B" (not "more than 2T tokens", a bound).
THAN_THE_BEFORE = regex.compile(r"(?r)\bthan%s+(?:the|that|those|its|their)%s+\Z" % (S, S))
# ... and the count joined to it: "less than the 403B parameters and 15T+ tokens of Facebook's
# LLaMa3 series".
THAN_THE_PAIR_BEFORE = regex.compile(
    r"(?r)(?i:\bthan%(s)s+(?:the|that|those|its|their)%(s)s+[~≈]?[0-9][0-9.,]*%(s)s*"
    r"(?:[KMBT]|thousand|million|billion|trillion)?\+?(?:[ -](?:parameters|params|tokens))?"
    r"%(s)s+and%(s)s+\Z)" % {"s": S}
)
# What a maker did, right after its name in a clause about the model before it: "the
# 2.7B-parameter model Aurea shipped in June 2025" (not "released under Apache 2.0").
MAKER_VERB_AFTER = regex.compile(
    r"%s+(?:shipped|released|launched|open-sourced|unveiled|announced|published|introduced"
    r"|debuted)(?=%s+(?:in|on|last|this|earlier|yesterday|today|back|at)\b|%s*[,.;)])" % (S, S, S)
)
# Tokens added to a run: "for another 800B tokens", "an additional 500B", "+800B tokens"; and
# the total the sentence gives after them ("bringing it to 1.6T tokens in total").
TOTAL_AFTER_INCREMENT = regex.compile(
    r"[^.;\n]{0,80}?(?:[0-9][0-9.,]*+[ \u00a0]?(?:[KMBT]\b|billion|trillion)[^.;\n]{0,25}?\btotal\b"
    r"|\btotal[ \u00a0]+(?:of|to)[ \u00a0]+~?[0-9])"  # "for a total of 2.5T", "its total to 11T"
)
INCREMENT_BEFORE = regex.compile(
    r"(?r)(?:\b(?:another|additional|extra|(?<=\ba[ ])further)[ \u00a0]+|(?<![\w)])\+[ \u00a0]?)\Z"
)
# A model card's label of its maker: "- **Developed by:** X", "| Developer | X |".
DEVELOPER_LABEL_BEFORE = regex.compile(
    r"(?r)(?i)(?:^|\n)[ \t]*(?:[-*+][ \t]*|\|[ \t]*)?(?:\*\*|__)?(?:developed[ \t]+by"
    r"|(?:model[ \t]+)?developers?|developer\(s\)|organi[sz]ation|company|lab|creators?"
    r"|made[ \t]+by|built[ \t]+by|trained[ \t]+by|publisher|(?P<byline>authors?|author\(s\)))(?:\*\*|__)?[ \t]*(?::|\|)"
    r"(?:\*\*|__)?[ \t]*(?:(?:[\w.&'-]+[ ]){1,3}(?i:team|group),[ ]+)?\Z"
)  # (after its team: "Developed by: Granite Team, IBM")
# A line of models named by a word of its own before its maker: "Halyard is Brightwater
# AI's family of ... models" (the word alone is no name the text shapes).
LINE_NAME_IS = regex.compile(r"\W*([A-Z][\w.+-]{2,30})%s+(?:is|are)%s+(?:the%s+)?" % (S, S, S))
POSSESSIVE_LINE_AFTER = regex.compile(
    r"['\u2019]s?%s+(?:[\w-]+%s+){0,3}?(?:family|series|line(?:up)?|suite|collection|models)\b"
    % (S, S)
)
# What a name says of itself before its maker: "Kestrel-2 is a family of decoder-only language
# models from Arden Labs"; a verb other than "is" attributes nothing ("beats every model from").
MODEL_FROM_ORG = regex.compile(
    r"""(?:\*\*|__|`)?(?:%s*[,:]%s*|%s+(?:is|was|are|were)%s+)
    (?:(?!(?i:from|by|with|than|distill\w*|generated|merge[sd]?|trained|tuned|fine-tuned)\b)[\w.()/-]+%s+){0,8}?
    (?:models?|LLMs?|family|checkpoints?|transformers?|encoders?|systems?|series|suite|line(?:up)?)%s+
    (?:(?:developed|built|trained|released|made|created|published)%s+
        (?:(?:from%s+scratch|jointly|together|in-house|entirely)%s+)?)?  # "trained from scratch by"
    (?:from|by)%s+(?:the%s+%s?)?(?:\*\*)?\Z"""
    % (S, S, S, S, S, S, S, S, S, S, S, MAKER_NOUN),
    regex.VERBOSE,
)


COMPARED_SIZE_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:beat|beats|outperform(?:s|ed)?|surpass(?:es|ed)?|vs\.?|versus|against"
    r"|(?:larger|bigger|smaller|better|worse|faster|slower|stronger|weaker)%s+than)"
    r"%s+(?:the%s+|a%s+|an%s+)?\Z)" % (S, S, S, S, S)
)
TRAINED_ON_WORDS_BEFORE = regex.compile(
    r"\btrain\w*\b[^.;,]{0,80}?\bon[ \t]+(?:(?!(?:became|becomes|become|as|is|was|were|are|called"
    r"|named|dubbed)\b)[\w.-]+[ \t]+){0,4}\Z"
)  # (a name up to four words after "trained ... on": "trained on 53.2k hours of unlabelled X")
# A size's own model noun, then a comma before the next item of a list: "-parameter open model, ".
MODEL_NOUN_THEN_COMMA = regex.compile(
    r"(?:-?parameters?)?(?:[ \t]+[\w-]+){0,3}?[ \t]+(?:model|LLM)[ \t]*,[ \t]*"
)
DATA_WORD_BRACKET_BEFORE = regex.compile(
    r"(?i)\b(?:audio|speech|data|dataset|corpus|text|images|videos|hours|recordings|documents"
    r"|tokens)[ \t]*\([ \t]*\Z"
)
DEFINED_IN_BRACKETS = regex.compile(
    r"(?r)\((?:[^()]{3,70}%s(?:or|aka|a\.k\.a\.|dubbed|called|named)|[\w.&-]+['’]s|)%s*\Z" % (S, S)
)


MODEL_NOUN = regex.compile(
    r"(?i:model|LLM|transformer|network|sibling|variant|version|checkpoint|counterpart|successor"
    r"|predecessor|cousin)"
)


POSSESSIVE_BEFORE = regex.compile(r"(?r)([\w.+-]+)['’]s%s+(?:[\w-]+%s+)?\Z" % (S, S))
COMPARED_WITH_BEFORE = regex.compile(
    r"(?r)\b(?:Against|Versus|Compared%s+(?:with|to)|Unlike|Like)%s+(?:the%s+)?"
    r"([\w.+-]+(?:%s+[\w.+-]+){0,3}?),%s+with%s+"
    r"(?:[~0-9][\w.]*(?:%s+(?:active|total|parameters|params))?(?:,|%s+and)%s+)*\Z"
    % (S, S, S, S, S, S, S, S, S)
)  # (a comparison's opening phrase describes its model: "Against Mixtral 8x7B, with 46.7B total")
WITH_ITS_BEFORE = regex.compile(
    r"(?r)(?:\bof|\bbehind|\bthan|\b(?:compared|measured|benchmarked|evaluated|tested)%s+against)"
    r"%s+(?:the%s+)?([\w.+-]+(?:%s+[\w.+-]+){0,3}?)%s+with%s+its%s+"
    r"(?:[~0-9][\w.]*(?:%s+(?:active|total|parameters|params))?(?:,|%s+and)%s+)*\Z"
    % (S, S, S, S, S, S, S, S, S, S)
)  # (a prepositional object's: "within a point of Kimi K2 with its 32B active and 1T total";
# not "DeepSeek-V3 outperforms Llama 3.1 405B with its 37B active", the subject's)


# Names listed in a bracket: "(Kite-small and Kite-medium)", "(A, B, C)".
BRACKET_NAME_LIST = regex.compile(r"[\w.+*`&, \u00a0-]++")  # (only names, commas and "and")
BRACKET_NAME_GAP = regex.compile(r"(?:[*_`&,\s]|\band\b|\brespectively\b)*+")  # (between them)
# A size as a list writes it, and the sizes listed right before one: "7B, 13B and ".
SIZE_IN_LIST = regex.compile(r"(?<![\w.])[0-9]+(?:\.[0-9]+)?[BMKT](?![\w])")
SIZES_LISTED_BEFORE = regex.compile(
    r"(?r)(?:(?<![\w.])[0-9]+(?:\.[0-9]+)?[BMKT],?%s+(?:(?:and|or|&)%s+)?)+\Z" % (S, S)
)
NAME_IN_BRACKET_AFTER = regex.compile(
    r"(?:-parameters?)?%s+(?:[\w-]+%s+){0,2}?(?:model|version|variant|checkpoint)s?%s*\(%s*" % (S, S, S, S)
)
# The model a size is of, named right after it: "45.9B in MiniMax-Text-01", "456B (MiniMax)".
OWNER_ENDS = regex.compile(r"[,;.)]|[ \t]+(?:and|or)[ \t]")  # (where such an owner's name ends)
OWNER_JUST_AFTER = regex.compile(
    r"(?:%s+(?:active%s+|total%s+)?(?:parameters?|params|tokens))?"
    r"(?:%s*\(%s*|%s+(?:(?:used|seen|spent)%s+)?(?:in|for|by)%s+(?:the%s+)?"
    r"(?:(?:%s)%s+)?)"
    % (S, S, S, S, S, S, S, S, S, "|".join(EARLIER_WORDS), S)
)  # (and "the 2T tokens used for Llama 2")
TURN_BEFORE_TEAM = regex.compile(
    r"\b(?:and|while|whereas|but)%s+(?:the%s+)?\Z" % (S, S)
)  # "... and (while) the Qwen team"


def _next_clauses_team(text: str, end: int, mention: Mention) -> bool:
    """Whether ``mention``, named after a count ending at ``end``, is the team that opens the
    next clause ("... 15T tokens and the Qwen team pushed ..."): its makers, not that count's
    model."""
    return bool(
        TEAM_AFTER.match(text, mention.end, mention.end + 8)
        and TURN_BEFORE_TEAM.search(text, max(end, mention.start - 12), mention.start)
    )
NEW_CLAUSE = regex.compile(r",%s*(?:and|but|while|whereas|yet|although|though)\b" % S)
WE_CLAUSE = regex.compile(
    r",%s*(?:we|they)%s+(?:then%s+)?(?:build|built|train|trained|create|created|obtain|obtained"
    r"|derive|derived|get|got|initiali[sz]e|initiali[sz]ed|upcycle|upcycled)\b" % (S, S, S)
)  # (not ", we show that GenSLM ...")
MODEL_WORD_BEFORE = regex.compile(
    r"(?i)\b(?:a|an|the)[ \u00a0]+(?:[\w-]+[ \u00a0]+)?(?:[0-9][0-9.]*[BM][ \u00a0]+(?:[\w-]+[ \u00a0]+)?model"
    r"|(?:[\w-]+[ \u00a0]+)?(?:base|dense|seed|teacher|original|pretrained)[ \u00a0]+model"
    r"|(?-i:[A-Z][\w.-]*)[ \u00a0]+model)\b"
)  # (a phrase about another model before ", we": "Starting from the 8B dense model", "Like the
# base model", "Starting from an 8B model pretrained on 6T tokens, we build X"; not "After
# pretraining the model on 15T tokens, we obtain X")


OTHER_MODEL_AFTER = regex.compile(
    r"(?:%s%s)*"  # (the first of a list: "compared with 7B and 70B baselines")
    % (LIST_JOIN, LISTED_SIZE)
    + r"[\s\u00a0-]*(?:[\w-]+[\s\u00a0]+)?(?:(?:successor|predecessor|sibling|follow-up|rival"
    r"|competitor|baseline)s?|flagships)\b(?![\s\u00a0]*(?:called|named|dubbed|,|[A-Z]))"
    # ("400B flagships like X": others, as "the 400B flagship" may be the subject)
    # "the 8.1T tokens used for its predecessor"
    r"|(?:[\s\u00a0]+tokens?)?[\s\u00a0]+(?:used|seen|consumed|spent)[\s\u00a0]+(?:for|by|on|in)[\s\u00a0]+"
    r"(?:its|their|the)[\s\u00a0]+(?:[\w-]+[\s\u00a0]+)?(?:successor|predecessor|sibling)s?\b"
)


# The parameter word a size may carry before the noun after it: "7B-parameter", "7B params".
PARAMETER_WORD = r"(?:[- \u00a0]param(?:eter)?s?)?"
# A class of models by their size, after a preposition: "about 7B models", "than other 70B
# dense models", "for most 13B-parameter LLMs".
CLASS_PREPOSITION_BEFORE = regex.compile(
    r"(?i)\b(?:about|for|on|of|among|than|between|across|like|to)[ ]+(?:(?:other|most|many|all|some"
    r"|typical|similar|larger|smaller|open|dense|existing|comparable|today's)[ ]+){0,2}(?:~|about[ ]+)?\Z"
)
CLASS_MODELS_AFTER = regex.compile(
    r"(?i)" + PARAMETER_WORD + r"[- ]+(?:(?:dense|open|sparse|MoE|base|chat|language)[ ]+)?"
    r"(?:models|LLMs|LMs|networks|checkpoints)\b"
)
CLASS_BOUND_BEFORE = regex.compile(
    r"(?i)\b(?:models|LLMs|LMs|MLLMs|VLMs|SLMs|ones|networks|checkpoints|releases"
    # (one model said so is that model: "Kite is a model with over 100B", "we train the model
    # over 2T tokens")
    r"|(?<!\b(?:an?|train\w{0,4}[ ]+(?:the|our|this))[ ]+(?:[\w-]{1,30}[ ]+){0,2})"
    r"(?:model|LLM|LM|network|checkpoint|release)\b)(?:[ ]+(?:with|at|of))?[ ]+"
    r"(?:below|under|above|over|beneath|within|(?:fewer|less|more)[ ]+than|at[ ]+least)"
    r"[ ]+(?:~|about[ ]+)?[*_]{0,2}\Z"
)  # ("among open-source MLLMs within **30B** parameters")
HARDWARE_RUNS_BEFORE = regex.compile(
    r"(?i)\b(?:runs?|running|serves?|serving|holds?|holding|fits?|fitting|hosts?"
    r"|enough[ ]+(?:for|to[ ]+(?:run|hold|fit|serve)))[ ]+(?:a|an)[ ]+(?:~|about[ ]+)?\Z"
)
MEMORY_SIZE = regex.compile(r"(?i)\d[ ]?(?:GB|TB|GiB)\b")
# The memory a model of a size needs: "about 23G GPU memory for 13B LLM", "VRAM usage for a 7B".
MEMORY_FOR_BEFORE = regex.compile(
    r"(?i)\b(?:memory|VRAM)(?:[ ]+(?:usage|footprint|use|requirements?))?[ ]+(?:for|of)[ ]+"
    r"(?:an?[ ]+)?(?:~|about[ ]+)?\Z"
)
# A speed measured on a model known only by its size: "1,150 tokens per second on a 70B model",
# "serves a 34B model at 60 tokens per second".
THROUGHPUT_BEFORE = regex.compile(
    r"(?i)\btokens?(?:[ /]+(?:per[ ]+)?(?:second|sec|s))[ ]+(?:on|with|for|from)[ ]+(?:a|an)[ ]+"
    r"(?:~|about[ ]+)?\Z"
)
A_BEFORE_SIZE = regex.compile(r"(?i)\ban?[ ]+~?\Z")
EXCEPT_BEFORE = regex.compile(
    r"(?i)\b(?:apart%s+from|except(?:%s+for)?|other%s+than|excluding|besides)%s+[*_]*\Z" % (S, S, S, S)
)
# ... and a sentence's opening "Alongside X," (not "shipping it alongside X, a 3.1B sibling").
ALONGSIDE_OPENING = regex.compile(r"[ \t*_>-]*(?i:alongside)%s+[*_]*" % S)
# A model still to come whose sizes a bracket gives: "A larger sibling (roughly 120B total and
# 12B active) is planned".
FUTURE_BRACKET_BEFORE = regex.compile(
    r"(?i)\ban?%s+(?:(?:larger|smaller|bigger|second|third|new|future|next)%s+)?"
    r"(?:sibling|successor|version|variant|model)%s*\([^()\n]{0,40}\Z" % (S, S, S)
)  # (a model unnamed: not "The Kite-3 model (trained on 20T tokens) is expected in June")
FUTURE_AFTER_BRACKET = regex.compile(
    r"[^()\n]{0,40}\)%s+(?:is|are)%s+(?:still%s+)?(?:planned|in%s+training|on%s+the%s+roadmap"
    r"|in%s+the%s+works)\b" % ((S,) * 8)
)  # (not "is coming to Hugging Face tomorrow", a release)
THROUGHPUT_AFTER = regex.compile(
    r"(?i)" + PARAMETER_WORD + r"[- ]+(?:[\w-]+[ ]+){0,2}?model[ ]+at[ ]+(?:about[ ]+|~)?[\d,.]+"
    r"[ ]*k?[ ]*tokens?(?:[ /]+(?:per[ ]+)?(?:second|sec|s))\b"
)
# A model the subject replaced, by its size: "against the previous 400-billion-parameter
# production model", "its older 7B model".
PREVIOUS_BEFORE = regex.compile(
    r"(?i)\b(?:the|its|our|their|his|her)[ \u00a0]+(?:previous|prior|former|older|earlier|outgoing)"
    r"[ \u00a0]+(?:(?:generation|version|production|flagship)[ \u00a0]+)?(?:~|about[ \u00a0]+)?\Z"
)


# A noun for a model after its size: "-parameter production model", " model", " flagship".
MODEL_NOUN_AFTER_SIZE = regex.compile(
    r"(?i)" + PARAMETER_WORD + r"[- \u00a0]+(?:[\w-]+[ \u00a0]+)?(?:model|system|version|checkpoint"
    r"|flagship|release|network|LLM)s?\b"
)


# A name that is a data set, said with its size: "trained on SmolTalk, a mix of about one
# million conversations", "its PixMo training data, about 712K images".
DATA_NOUN_AFTER_NAME = regex.compile(
    r"%s+(?:(?:pre-?)?training%s+|fine-?tuning%s+|instruction%s+)?(?:data(?:%s*sets?)?|corpus|mix(?:ture)?)\b"
    % (S, S, S, S, S)
)
TRAINED_ON_NAME_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:trained|tuned|fine-?tuning|training|pre-?training|SFT|DPO|RL)%s+on%s+(?:the%s+)?\Z)"
    % (S, S, S)
)
APPOSITIVE_SIZE_BEFORE = regex.compile(
    r"(?i),%s*(?:(?:a|an)%s+(?:[\w-]+%s+){0,3}?(?:of%s+)?)?(?:(?:about|roughly|around|some|over|nearly)%s+)?\Z"
    % (S, S, S, S, S)
)


def _data_set(text: str, mention: Mention, size_start: int) -> bool:
    """Whether a name before a data size is the data set that size measures."""
    if DATA_NOUN_AFTER_NAME.match(text, mention.end, mention.end + 40) and not any(
        c.isdigit() for c in mention.name
    ):  # (not "The Kestrel-7B pretraining data consists of 2T tokens": a model's data)
        return True
    return bool(
        size_start - mention.end <= 40
        and APPOSITIVE_SIZE_BEFORE.fullmatch(text, mention.end, size_start)
        and TRAINED_ON_NAME_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    )


SET_IN_BRACKETS = regex.compile(r"(?:%s*+(?:of%s++)?[\w-]++)?%s*+\(%s*+" % (S, S, S, S))
NAME_RIGHT_AFTER = regex.compile(
    r"[\s\u00a0-]*(?:(?:dense|sparse|MoE)[\s\u00a0]+)?(?:(?:model|language model|LLM|transformer|network|sibling|variant|version|checkpoint"
    r"|counterpart|successor|predecessor|cousin)s?|flagship(?!s))?[\s\u00a0]*(?:called|named|dubbed|,)?[\s\u00a0]*"
    r"(?:called|named|dubbed)?[\s\u00a0]*[*_`]{0,2}"  # (and the marks of "a 3B dense **Name**")
    r"|[\s\u00a0-]*(?:model|LLM)[\s\u00a0]+(?:like|such[\s\u00a0]+as)[\s\u00a0]+"  # "a 3.8B model like Phi-3-mini"
)


# The words OUR_JUST_BEFORE or OUR_MODEL_BEFORE (one of them), RELATIVE_CLAUSE_BEFORE,
# POSSESSIVE_BEFORE and OTHER_MODEL_AFTER need, for a quick no (see ``windows``).
OUR_STEMS = Stems("our", "the proposed", "the resulting", "this")
THE_JUST_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:to|than|as|like|with|vs\.?|versus|against)%s+the)%s+\Z" % (S, S)
)
ONE_AFTER = regex.compile(r"%s+ones?\b" % S)
BARE_SIZE = regex.compile(r"[0-9][0-9.,]*[KMBT]")
WORD = regex.compile(r"[^\W\d_]{2,}")
THE_SIZE_OF_WORDS = frozenset({
    "of", "from", "by", "for", "in", "called", "named", "dubbed", "model", "models", "version",
    "variant", "checkpoint", "parameter", "parameters", "params", "scale", "size", "release",
})  # fmt: skip
PART_OF_THE_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:most|much|quality)%s+of%s+the%s+\Z)" % (S, S, S)
)  # (not "activates a fraction of the 236B", the subject's own)
OWNS_NUMBER_AFTER = regex.compile(
    r"['’]s%s+(?:~|about%s+)?[0-9][\w.,]*+(?![ \u00a0-]+(?:param(?:eter)?s?[ \u00a0]+)?(?:%s)\b)"
    % (S, S, "model|flagship|version|variant|checkpoint|sibling|member|one")
)  # (not a member: "Llama 3's 8B model saw 15T tokens")
# A clause after ";" that opens with a capitalized word has a subject of its own (a name the
# mentions missed, "Arctic"), unless that word is no subject ("It", "The", "During") or the
# clause points back to the model before ("; Kiwi Computing trained it on 3T tokens").
NEW_SUBJECT = regex.compile(
    r"[ \u00a0]*(?:and[ \u00a0]+)?([A-Z][\w-]*)(?:['\u2019]s)?[ \u00a0]"
    r"(?!(?:says|said|reports|claims|notes|writes|told)\b)"
)  # (not its maker speaking of it: "Tern-8B v2 is out; Brightwater says it was retrained";
# a list's last: "...; and Apple's on-device model has 3B")
NO_SUBJECT_WORDS = frozenset({
    "the", "it", "its", "it's", "this", "that", "these", "those", "they", "their", "both",
    "each", "all", "we", "our", "a", "an", "one", "and", "but", "so", "yet", "while", "when",
    "if", "after", "before", "with", "without", "in", "on", "at", "for", "by", "as", "once",
    "although", "though", "unlike", "like", "compared", "notably", "however", "here", "there",
    "during", "since", "from", "over", "under", "until", "despite",
})
# A subject that is some of the models, not the one named or in focus: "the three
# intermediate sizes", "the two small models" (not "the base and chat versions", which may be
# the named model's own; nor "The four sizes are 7, 13, 33 and 65 billion", all of them).
_SOME_OF_THE_MODELS = (
    r"(?i:the)[ \u00a0]+(?:(?:%s)[ \u00a0]+)?(?:other|remaining|intermediate|small|smaller"
    r"|larger|bigger|tiny)(?:[ \u00a0]+[\w-]+)?[ \u00a0]+(?:sizes|models|variants|versions"
    r"|checkpoints|ones)\b"
)
# ... opening a clause after a semicolon: "; the three intermediate sizes have 74M"
OTHERS_SUBJECT = regex.compile(
    r"[ \u00a0]*(?:and[ \u00a0]+)?" + _SOME_OF_THE_MODELS % "two|three|four|five|six|[0-9]+"
)
# ... or the release a page is about, after what its base had: "; this release adds 380B".
THIS_RELEASE_SUBJECT = regex.compile(
    r"[ \u00a0]*(?:and[ \u00a0]+)?(?:this|the[ \u00a0]+(?:new|current|latest))[ \u00a0]+"
    r"(?:release|checkpoint|version|refresh|update|build|iteration)\b"
)
# ... or opening a sentence: "The two small models saw 600B tokens".
SOME_MODELS_SUBJECT = regex.compile(r"[*_ \u00a0]*" + _SOME_OF_THE_MODELS % "two|three|four|five|six")
# A count of tokens, as a sentence states a model's data ("trained on 14 trillion tokens").
TOKEN_COUNT = regex.compile(
    r"(?i)[0-9][0-9.,]*[ \u00a0]*(?:[KMBT]|thousand|million|billion|trillion)?[ \u00a0-]*tokens\b"
)
# ... or a class of other models: "Baseline models in this class see about 2T tokens", "Most
# open models of this size train on 2T" (a paper's "The models" are its own: not this).
CLASS_OF_MODELS_SUBJECT = regex.compile(
    r"[*_ \u00a0]*(?i:most|many|other|comparable|competing|typical|similar|rival|existing"
    r"|baseline|prior|previous|earlier)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}?(?:models|baselines"
    r"|LLMs|systems|competitors|peers)\b(?![ \u00a0]*[(:])"
)
# ... or what a class of models usually is: "small LLMs, which typically range from", "open
# models usually have" (a plural noun, then an adverb of habit before the number).
CLASS_HABIT_REACH = 120
CLASS_HABIT_BEFORE = regex.compile(
    r"(?i)\b(?:models|LLMs|SLMs|ones|networks|systems)\b(?:(?!\bit\b)[^.;:0-9]){0,60}?"
    r"\b(?:typically|usually|generally|normally|commonly)\b(?:(?!\bit\b)[^.;:]){0,50}\Z"
)  # (not the model in focus, "it", said to be so: "Compared with other models it usually
# needs fewer GPUs, and it has 8B parameters")
# A hypothetical model brought in by "of a" or a new clause: "eight experts of a 7B model would",
# "...; a 70B model would need far more compute" (not "Kite-2 is a 7B model that would").
OF_A_BEFORE = regex.compile(r"(?i)(?:\bof|;)[ \u00a0]+an?[ \u00a0]+\Z")
SUBJECT_IS_A = regex.compile(r"[*_`]*(?:,|[ \u00a0]+(?:is|was))[ \u00a0]+(?:an?)[ \u00a0]+(?:~|about[ \u00a0]+)?")
# A sentence about a data set: "SmolLM-Corpus, the pretraining set of ..., holds about 252B".
DATA_SUBJECT = regex.compile(
    r"[*_ \u00a0]*(?:The[ \u00a0]+)?[\w.-]*(?:Corpus|Dataset|-Mix)\b(?:(?!\bmodel)[^.;])*?\b(?:holds"
    r"|contains|comprises|totals|has|spans|is)\b"
)
DATA_BRACKET_BEFORE = regex.compile(
    r"(?i)[0-9][ \t]?[KMBT]?[ \t]*(?:tokens?|words|pairs|images|samples)(?:[ \t]+of[ \t]+[\w-]+)?"
    r"[ \t]*\([ \t]*\Z"
)
# A bracket opened right after a count, closed right after the name and its clause's end: "fed
# 300 billion tokens (Gopher)." (not "1T tokens of code (StarCoder)", "500B tokens (Aya) covering")
OPEN_BRACKET_ONLY = regex.compile(r"[ \t]*\([ \t]*")
BRACKET_ENDS_CLAUSE = regex.compile(r"[ \t]*\)[ \t]*(?:[.;,]|\Z)")
# A sentence about a corpus, not a model: "The corpus holds", "Our deduplicated corpus held".
CORPUS_SUBJECT = regex.compile(
    r"[*_ \u00a0]*(?:(?:In[ \u00a0]+total|Overall|Altogether|All[ \u00a0]+told),?[ \u00a0]+)?"
    r"(?:[Tt]he|[Oo]ur|[Ii]ts|[Tt]heir)[ \u00a0]+(?:[\w-]+[ \u00a0]+)?(?:corpus|dataset|data[ \u00a0]+set)"
    r"[ \u00a0]+(?:holds|held|contains|contained|has|had|totals|totalled|is|was)\b"
)
# A sentence about the data a training set was drawn from: "The full data set is", "The
# deduplicated pool we sampled from is larger, roughly".
SOURCE_DATA_SUBJECT = regex.compile(
    r"[*_ \u00a0]*(?:The|Our|Its|Their)[ \u00a0]+(?:full|whole|entire|complete|raw|original"
    r"|underlying|source|deduplicated|unfiltered)[ \u00a0]+(?:(?![\w-]*train)[\w-]+[ \u00a0]+)?(?:corpus|dataset"
    r"|data[ \u00a0]+set|pool|collection|dump)\b[^.;:]{0,60}?\b(?:holds|held|contains|contained"
    r"|has|had|totals|totalled|is|was)\b"
)
UNIQUE_AFTER = regex.compile(r"(?i)[ \u00a0]unique[ \u00a0]+tokens")
REPEATED_AFTER = regex.compile(
    r"(?i)(?:[^.;]|\.[0-9])*?\b(?:epochs?|passes|repeated|seen[ \u00a0]+\w+[ \u00a0]+times)\b"
)
LAYERED_PART_AFTER = regex.compile(
    r"(?i)[ \u00a0]+(?:(?!with\b|and\b)[\w-]+[ \u00a0]+)?(?:MLP|adapter|projector|connector)s?\b"
)  # ("a two-layer MLP adapter"; not "32 layers with MLP expansion ratio 4")
OTHER_ONE_BEFORE = regex.compile(
    r"(?i)\b(?:take|takes|took|taking|(?<!\bbuilt[ ])(?<!\bmade[ ])from|start(?:s|ed|ing)?[ \u00a0]+with)[ \u00a0]+(?:a|an)"
    r"[ \u00a0]+\Z"
)  # ("take a 32-layer model, duplicate it"; not "built on a 32-layer transformer")
# Small stand-ins for a model, named by their size: "ablations on 1.3B-parameter proxy models".
# A model brought in as what another is used to train: "using a 280M proxy model to train an
# 8B model" (not "The TinyLlama project set out to pre-train a 1.1B Llama model": its own).
TO_TRAIN_A_BEFORE = regex.compile(
    r"(?i)\b(?:using|uses|used|use)\b[^.;]{1,60}?\bto[ \t]+(?:pre-?)?train[ \t]+an?[ \t]+\Z"
)
PROXY_MODELS_AFTER = regex.compile(
    r"(?i)(?:[- ]param(?:eter)?s?)?[ \u00a0]+(?:(?:proxy|ablation|toy|surrogate|small-scale)"
    r"[ \u00a0]+(?:models?|runs?|experiments?|networks?)|pilot[ \u00a0]+(?:models|runs)|runs"
    r"|prox(?:y|ies))\b"
)  # (and runs named by a count: "so the 600B and 1T runs repeat parts of it"; "1.3B-parameter
# proxies", "a 150M-parameter proxy" for a data mixture)
# A sentence that opens with a model called by its size: "The 26B model pairs ...".
THE_SIZE_OPENING = regex.compile(
    r"[*_ \u00a0]*The[ \u00a0]+([0-9]+(?:\.[0-9]+)?[BMK])[ \u00a0]+(?:model|variant|version"
    r"|checkpoint|one)\b(?![ \u00a0]+(?:of|from)\b)"
)
# ... or by its size alone, then a verb: "The 3B stopped after the first 4.5T tokens".
_SIZE_SUBJECT = (
    r"[ \u00a0]+([0-9]+(?:\.[0-9]+)?[BM])(?:[ \u00a0]+(?:model|variant|version"
    r"|checkpoint|one))?[ \u00a0]+(?!(?:of|from|param|token|weights|class|tier|size)\w*\b)[a-z]"
)
THE_SIZE_SUBJECT = regex.compile(r"[*_ \u00a0]*The" + _SIZE_SUBJECT)
# ... or a clause after a semicolon: "; the 7B model was still improving after 1T tokens".
CLAUSE_SIZE_SUBJECT = regex.compile(r"[*_ \u00a0]*(?i:the)" + _SIZE_SUBJECT)
THAN_BEFORE = regex.compile(r"(?i)\b(?:than|vs\.?|versus)[ \u00a0]+(?:the[ \u00a0]+)?\Z")
POINTS_BACK = regex.compile(r"(?i)\b(?:it|the[ \t]+model)\b")  # (not "its": the new subject's)
RELATIVE_STEMS = Stems("which", "that", "who", "whose")
REDUCED_STEMS = Stems("trained", "tuned", "at")
POSSESSIVE_STEMS = Stems("'s", "\u2019s")
PREVIOUS_STEMS = Stems("previous", "prior", "former", "older", "earlier", "outgoing")
OTHER_MODEL_STEMS = Stems(
    "successor", "predecessor", "sibling", "follow-up", "rival", "competitor", "baseline",
    "flagships",
)
# The words, one of which each pattern below needs (for quick noes, as above).
PART_STEMS = Stems(
    "encoder", "decoder", "backbone", "tower", "projector", "trunk", "head", "adapter", "lora",
    "transformer",
)  # PART_AFTER, _BEFORE
EXPERIMENT_STEMS = Stems(
    "ablation", "proxy", "baseline", "toy", "pilot", "reference", "control", "runs"
)  # EXPERIMENT_MODELS_BEFORE
PAIRS_STEMS = Stems("pair", "combin", "coupl", "connect", "marr", "join")  # PAIRED_PARTS
PREDECESSOR_STEMS = Stems("predecessor", "forerunner", "previous")  # PREDECESSOR_AFTER, _BEFORE
MODEL_WORD_STEMS = Stems("model", "llm", "network", "baseline", "transformer", "system")
ARTICLE_STEMS = Stems("a ", "a\u00a0", "an ", "an\u00a0")  # (OTHER_)INDEFINITE_BEFORE
THE_STEMS = Stems("the")  # THE_TIER
OUR_MODEL_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:our|the proposed|the resulting|this)%s+(?:[\w-]+%s+){0,3}?(?:model|models|LLM|network|transformer|version|variant|checkpoint)\b[^.;]{0,25}\Z)"
    % (S, S)
)


PARAGRAPH_BREAK = regex.compile(r"\n[ \t]*\n|\n(?=#)")


SUBJECT_WINDOW = 8  # sentences looked back at for the model a text is talking about


RULE_WORDS = r"rule|ratios?|proportions|law|laws|scaling|arithmetic|math|formula|heuristic|playbook"
# "trained the Chinchilla way": a way of doing things (after "the" only, THE_BEFORE_SIZE:
# "Kite-7B way outperforms", "way back in 2023" are adverbs)
WAY_AFTER = regex.compile(r"%s+way\b" % S)
# What others make of a model: "Llama fine-tunes", "Mistral merges".
TUNE_WORDS = r"fine-?tunes|finetunes|derivatives|merges"
GENERIC_USE_AFTER = regex.compile(
    r"%s+(?:\([^()\n]{1,30}\)%s+(?:layers?|blocks?|architectures?)\b|"  # "Mamba (state-space) layers"
    r"(?:(?:state-space|attention|SSM|MoE|expert|recurrent|convolution(?:al)?)%s+)?(?:layers?|blocks?|architectures?|designs?|backbones?|style|models|variants|%s|family|families|tokenizer|encodings?|vocab(?:ulary)?|prompts"
    r"|optimizers?|schedulers?|objectives?|losses|chips|GPUs|TPUs|accelerators|cards|nodes|pods"
    r"|supercomputers?|clusters?"  # ("trained on Sweden's Berzelius supercomputer")
    r"|(?:(?:code|synthetic|instruction|chat|math)%s+)?(?:corpus|dataset|data)"
    r"|recipe|method|methods|methodology|technique|approach|%s)\b)"
    r"|%s*(?:,|%s(?:and|or|&))%s+[A-Z][\w-]{0,20}%s+(?:layers?|blocks?)\b"  # "MoA and MoE layer"
    % (S, S, S, TUNE_WORDS, S, RULE_WORDS, S, S, S, S)
)  # ("by the Chinchilla rule a 7B model should see 140B tokens": no statement about Chinchilla)


# A heading that names a chat server or a forum, not a model: "## [TheBloke](https://discord
# .com/...) Discord Summary".
COMMUNITY_AFTER = regex.compile(
    r"(?:\]\([^()\s]{0,140}\))?[*_`]*[ \t]+(?i:discord|subreddit|forum|server|community)\b"
)
TUNES_AFTER = regex.compile(r"%s+(?:%s|quants)\b" % (S, TUNE_WORDS))


def _generic_use(text: str, mention: Mention) -> bool:
    """Whether a name stands for a kind of thing or a way of doing it, not the model: "the
    DeepSeekMoE architecture", "by the Chinchilla rule", "trained the Chinchilla way"."""
    return bool(
        GENERIC_USE_AFTER.match(text, mention.end, mention.end + AHEAD)
        or WAY_AFTER.match(text, mention.end, mention.end + 8)
        and THE_BEFORE_SIZE.search(text, max(0, mention.start - 6), mention.start)
        or _kind_of_sized(text, mention)
    )


def _kind_of_sized(text: str, mention: Mention) -> bool:
    """Whether a family's name with no version is the kind of a model sized before it: the
    Llama of "pre-train a 1.1B Llama model on 3T tokens" (not "a 34B Llama 2 model")."""
    return bool(
        not any(c.isdigit() for c in mention.name)
        and KIND_MODEL_AFTER.match(text, mention.end, mention.end + 16)
        and A_SIZED_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    )


A_SIZED_BEFORE = regex.compile(
    r"(?r)(?i:\ban?%s+[*_`]*~?[0-9][0-9.,]*%s?[KMBT](?:-param(?:eter)?s?)?%s+\Z)" % (S, S, S)
)
KIND_MODEL_AFTER = regex.compile(r"%s+(?:model|LLM|network)\b" % S)


# A name owning a way of doing things, not a model spoken of: "by Chinchilla's ratio", "with
# Qwen3's data recipe", "Llama 2's tokenizer" (not "Kite-2's data", which is what it saw).
METHOD_WORDS = r"rule|ratio|law|laws|formula|heuristic|recipe|recipes|tokenizer|playbook|approach|method"
POSSESSED = r"['\u2019]s%s+(?:[\w-]+%s+)?(?:%s)\b"
# A design another model takes over: "keeps BERT's architecture", "borrows X's design".
POSSESSED_DESIGN_AFTER = regex.compile(POSSESSED % (S, S, "architecture|design|blueprint"))
BORROWS_BEFORE = regex.compile(
    r"(?i)\b(?:keeps?|kept|borrows?|borrowed|reuses?|reused|adopts?|adopted|copies|copied"
    r"|inherits?|inherited|follows?|followed|shares?|shared|uses?|used|takes?|took)[ \t]+\Z"
)
POSSESSED_METHOD_AFTER = regex.compile(POSSESSED % (S, S, METHOD_WORDS))  # (not "Kite-3's math
# evaluation", "its scaling results")
# ... and after "by", "following", "per": its arithmetic or scaling too ("By Chinchilla's
# arithmetic, a 7B model needs about 140B tokens"; not "Kite-3's math evaluation").
POSSESSED_RULE_AFTER = regex.compile(POSSESSED % (S, S, RULE_WORDS + "|way|" + METHOD_WORDS))
METHOD_PREPOSITION_BEFORE = regex.compile(
    r"(?i)\b(?:by|with|at|using|under|following|per)%s+(?:the%s+)?\Z" % (S, S)
)
TEAM_AFTER = regex.compile(r"%s+teams?\b" % S)
HEADING_OPENING = regex.compile(r"#{1,6}[ \t]+(?:The[ \t]+)?[*_`]*")  # a heading's marks before its name
# A heading's clause that says something of the model it names, other than that it is out.
TOPIC_CLAUSE_AFTER = regex.compile(
    r"[*_`]*%s+(?:is|was|isn['\u2019]t|wasn['\u2019]t)%s+(?:not%s+)?(?!(?:here|out|live|available"
    r"|now|released|open|back|coming|launched|official|finally)\b)" % (S, S, S)
)
NAMED_RULE_AFTER = regex.compile(r"%s+(?:%s)\b" % (S, RULE_WORDS))


THREAD_POST = regex.compile(r"[ \t\u00a0\n]*[0-9]{1,2}/(?:[0-9]{1,2})?[ \t\u00a0]")
UNINDENTED_LINE = regex.compile(r"(?rm)^(?=[^ \t\n])")
PARENT_ITEM_REACH = 4000  # how far back a nested item's parent item is looked for
LIST_ITEM = regex.compile(r"[ \t\u00a0\n]*(?:[-*•+→>]|[0-9]{1,2}[.)])[ \t\u00a0]")
# A list item's opening date: "[2024/06/11]", "**2024.06.11**", "Apr 29, 2025".
DATED_OPENING = regex.compile(
    r"[*_\[]*(?:(?:19|20)[0-9]{2}[./-][0-9]{1,2}(?:[./-][0-9]{1,2})?"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+[0-9]{1,2},?[ \t]+[0-9]{4})"
)
# A sum of the parts a sentence named: "..., for a total of 8.1B", "8.1B in all".
TOTAL_OF_BEFORE = regex.compile(
    r"(?i)\b(?:for|with|to)[ \t]+a[ \t]+(?:combined|grand|total)?[ \t]*(?:total|sum)[ \t]+of[ \t]+"
    r"(?:about[ \t]+|roughly[ \t]+|~)?\Z"
)
# A family's word, described as one: "**Aurora** is a family of three base language models".
FAMILY_IS_A = (
    r"(?<![\w-])[*_]*%s[*_]*[ ]+is[ ]+(?:a|an|the)[ ]+(?:[\w-]+[ ]+){0,2}?"
    r"(?:family|series|suite|collection|line)[ ]+of\b"
)
MADE_BY_BEFORE = regex.compile(
    r"(?i)\b(?:(?:trained|built|developed|released|made|created|published|designed)[ ]+by"
    r"|[a-z]+s[ ]+(?:by|from))[ ]+(?:the[ ]+)?[*_]*\Z"
)  # "... trained by **Nordlys Labs**", "... models from Oxbow AI"; not "distilled from Meta's"
# A model said to be still training, right after its size: "..., at more than 400B parameters,
# is still training" (not "already beats the upcoming Llama 3", "has not yet been matched").
IS_STILL_TRAINING = regex.compile(
    r"(?i)[^.;,]{0,20},?[ \t]+(?:is|are|remains?)[ \t]+(?:still[ \t]+)?(?:in[ \t]+training|training"
    r"|being[ \t]+trained|not[ \t]+(?:yet[ \t]+)?(?:out|released|finished|done))\b"
)
# Whose superlative it is: "the", "its", "Google's".
SUPERLATIVE_OWNER = r"(?i)(?:\b(?:the|its|their|our)|['\u2019]s)[ ]+"
# A superlative before a family's name and "model": "its largest Llama 3 model, at".
SUPERLATIVE_MODEL_BEFORE = regex.compile(
    SUPERLATIVE_OWNER
    + r"(?:largest|biggest)[ ]+(?:[\w.-]+[ ]+){1,3}?(?:model|version|variant)s?\b[^.;]{0,20}\Z"
)
SUPERLATIVE_THE_BEFORE = regex.compile(
    SUPERLATIVE_OWNER + r"(?:largest|biggest|smallest|tiniest)[ ]+\Z"
)  # ("the largest Whisper", "Google's smallest Gemma 2", "its largest Llama 3 model")
MEMBER_AFTER_FAMILY = r"[ -](?:[0-9][0-9.]*[BM]\b|(?:tiny|base|small|medium|large|xl)\b)"
LISTED_NUMBER_BEFORE = regex.compile(r"[0-9][0-9.]*[ \t]*[KMBTkmbt]?[ \t]*(?:,|and|&)[ \t]*\Z")
LISTED_NUMBER_AFTER = regex.compile(r"[ \t]*(?:,|and|&)[ \t]*[0-9]")
RESPECTIVELY_AFTER = regex.compile(r"(?i)\brespectively\b")
A_MODEL_APPOSITIVE = regex.compile(
    r"[*_`]*,[ ]+(?:a|an)[ ]+(?:[\w-]+[ ]+){0,4}?(?:model|LLM|language[ ]+model)\b"
)  # "ProtoFold-LM, a protein language model": what the story is about
TABLE_NAME_MARKUP = regex.compile(r"^[\s*_`]+|[\s*_`]+$")
TABLE_NAME = regex.compile(
    r"[A-Za-z][\w.+]*[-_0-9][\w.+-]*|[A-Z]{3,}"
)  # one token, joined or with a digit, or an acronym: "tinyvoice-xs", "IDEFICS"; not a word a
# table may list ("Chat", "Pretraining")
NOT_TABLE_NAMES = NOT_NAME_WORDS | HEADING_WORDS | {"total", "average", "mean", "overall", "ours"}
A_BEFORE_TOTAL = regex.compile(r"(?i)\b(?:for|with|to)[ \t]+a[ \t]+(?:combined[ \t]+)?~?\Z")
A_TOTAL_AFTER = regex.compile(r"(?i)[ \t]+(?:total|combined|in[ \t]+all)\b")  # "for a 3B total"
# The model an operation made, then its size or its training: "the resulting 40B-total MoE",
# "training the resulting model on 400B tokens".
RESULTING_BEFORE = regex.compile(r"(?i)\bthe%s+resulting\b(?P<rest>[^.;,]{0,40})\Z" % S)
# What an operation on a model made: "dropping 12 of the 40 layers gave a 7.1B variant".
RESULT_A_BEFORE = regex.compile(
    r"(?i)\b(?:gave|gives|giving|yield(?:s|ed|ing)?|produc(?:es|ed|ing)|result(?:s|ed|ing)?%s+in"
    r"|left%s+(?:us|them|it)%s+with)%s+(?:a|an)%s+(?:~|about%s+|roughly%s+)?\Z" % (S, S, S, S, S, S, S)
)
HEADING_BODY_REACH = 600  # characters of a section read for names before its heading is
# A colon, then words before the name: an explanation begins ("...: a ~675M-parameter ViT").
EXPLANATION_BETWEEN = regex.compile(r":[ \t]+(?![*_`]*\Z)")
# A table row whose label names a part of a model: "| Action expert | ...", "| Vision encoder |".
PART_ROW_LABEL_CELL = regex.compile(
    r"\|[ \t*_]*(?:[\w-]+[ \t]+){0,2}?(?i:experts?|encoder|decoder|backbone|tower|projector"
    r"|adapter|connector|head)[ \t*_]*\|"
)
# Experiments at a size, not a model: "running 1B-parameter ablations first".
EXPERIMENT_AFTER = regex.compile(
    r"(?i)(?:[- ]param(?:eter)?s?)?[ -]+(?:ablations?|ablation[ ]+(?:models|runs)|proxy[ ]+models"
    r"|proxies|sweeps?)\b"
)
# A statistic over many models: "median reported policy size went from 0.3B to 3B".
STATISTIC_BEFORE = regex.compile(
    r"(?i)\b(?:median|average|mean)%s+(?:[\w-]+%s+){0,3}?(?:size|parameter%s+count|parameters)\b"
    r"[^.;:]{0,30}\Z" % (S, S, S)
)
# A name in brackets after a size and its noun: "a 14B model (Phi-4)".
BRACKET_NAME_AFTER = regex.compile(r"[- \t]*(?:param\w*[- \t]+)?(?:model[ \t]+)?\([A-Z]")
# A speed measured on a model of some size: "claiming 1,800 tokens/s on a 70B model".
THROUGHPUT_ON_BEFORE = regex.compile(
    r"(?i)\b(?:tokens?|tok)%s*(?:/%s*s(?:ec)?|per%s+second)\b[^.;]{0,16}?\bon%s+(?:a|an)%s+\Z"
    % (S, S, S, S, S)
)
# A sentence that builds a model from parts: "joins the X vision encoder to Y", "pairs X with Y".
JOINS = regex.compile(r"(?i)\b(?:joins|connects|pairs|combines|couples|attaches|links|marries)\b")
# What may stand before a sentence's subject: a bullet, a date, markup ("- **[2024.08.12]** **").
SENTENCE_OPENING = regex.compile(r"[\s\-*•>#\[\]()0-9./:_|`]*")
ANNOUNCED_BEFORE = regex.compile(
    r"(?i)\b(?:announc|releas|introduc|present|launch|ship|open-sourc|unveil)\w*[ \t]+[*_`]*\Z"
)
RELATIVE_JUST_BEFORE = regex.compile(r"(?i)\b(?:which|that|who)[ \t]+\Z")  # "Unlike X, which pairs"
CLAUSE_JOIN = regex.compile(r"(?i);|,[ \t]+(?:and|while|whereas|but|which|that)\b|[ \t]while\b")
# ("for 241B in total", ", about 12.4B parameters in all")
FOR_BEFORE_TOTAL = regex.compile(
    r"(?i)(?:\bfor|,)[ \t]+(?:(?:about|roughly|some|around)[ \t]+|~)?\Z"
)
IN_TOTAL_AFTER = regex.compile(
    r"(?i)(?:[ \t]+(?:parameters|params))?[ \t]+(?:in[ \t]+total|total|combined|in[ \t]+all)\b"
)
PART_ROLE_AFTER = regex.compile(
    r"(?:[ \t]+as[ \t]+(?:its|the|a|an))?[ \t]+(?:language[ \t]+model|LLM|backbone|(?:text|vision|image|audio)[ \t]+encoder|decoder)\b"
)  # a model used as one part of another: "to the Qwen2-7B language model"
# A role another model plays for the names listed after it, set off after its own name:
# "Llama 4 Behemoth, the teacher for Scout and Maverick (" (one bracket after two names).
ROLE_FOR_BEFORE = regex.compile(
    r"(?i),[ \t]+(?:the|a|an)[ \t]+(?:teacher|parent|base|judge|draft[ \t]+model|reward[ \t]+model)"
    r"[ \t]+(?:for|of|to|behind)[ \t]+(?:[\w.-]+[ \t]+)*?[\w.-]+(?:,[ \t]*|[ \t]+and[ \t]+)"
    r"(?:[\w.-]+(?:,[ \t]*|[ \t]+and[ \t]+|[ \t]+))*\Z"
)
# A plural noun for a class of models before a bound: "runs below", "models of ... and above".
CLASS_BEFORE_BOUND = regex.compile(
    r"(?i)\b(?:models|runs|networks|checkpoints|variants|LLMs|transformers"
    r"|(?:a|any|every|each)[ \t]+(?:model[ \t]+)?sizes?)\b[^.;\n]{0,25}\Z"
)  # ("at a model size above 10B", "at any size under 3B"; not "The model size is kept under
# 3B parameters", the model's own bound)
APPROXIMATE_BOUND_BEFORE = regex.compile(
    r"(?i)\b(?:above|below|under|over|beyond)[ \t]+(?:about|roughly|around|approximately)[ \t]+~?\Z"
)
# ... but not the members of the family in focus: "a family of dialog models up to 137B",
# "Both models were trained on over 15T tokens".
OWN_MEMBERS_BEFORE = regex.compile(
    r"(?i)(?:\b(?:family|suite|series|collection|line)[ \t]+of|\b(?:both|these|its)"
    r"|\bthe[ \t]+(?:two|three|four|five|six))(?:[ \t]+[\w-]+){0,2}[ \t]+\Z"
)
# The runs of a study before a range of sizes: "ablations on", "a sweep over", "trained more than
# 400 models", "our scaling-law runs" (not a family's "seven GPT-style models", "the suite
# contains 16 models", "we release 154 checkpoints of each").
RUNS_BEFORE_RANGE = regex.compile(
    r"(?i)(?:\b(?:ablations?|sweeps?|ladders?|grids?|prox(?:y|ies)|toy|(?:dense|sparse)[ \t]+seeds"
    r"|seed[ \t]+(?:models|checkpoints)"
    r"|scaling[- ](?:laws?|study|studies|experiments?|runs?))\b"
    r"|\b(?:[2-9]\d|\d{3,}|hundreds[ \t]+of|dozens[ \t]+of)[ \t]+(?:[\w-]+[ \t]+){0,2}"
    r"(?:models|runs|networks|LMs|LLMs)\b"
    # "trains MoEs between 2B and 60B total parameters" (not "trains Kite models from 1B")
    r"|(?<![\w-])train(?:s|ed|ing)?[ \t]+(?-i:(?:[a-z][\w-]*[ \t]+){0,2})"
    r"(?:MoEs|models|LMs|LLMs|transformers|networks)[ \t]+(?:between|from|ranging|spanning)\b"
    r"|\b(?:evaluat|compar|benchmark|test)\w*[ \t]+(?:(?!(?:with|to|against)\b)(?:[\w-]+[ \t]+){0,2}"
    r"(?:models|LMs|LLMs)\b|(?:with|to|against)[ \t]+(?:[\w-]+[ \t]+){0,2}(?:models|LMs|LLMs)\b"
    r"(?=[^.;,\n]*\Z)))"
    r"(?:[^.;\n]|\.(?=\d))*\Z"
)  # (and the models a study evaluates: "We evaluate eleven models spanning 8B to 405B"; not
# a fronted comparison: "Compared with earlier models, the Kite family spans 1B to 70B")
# One model of a class of sizes: "a 7B to 14B model", "a 1-3B dense model".
A_RANGE_MODEL = regex.compile(
    r"(?i)\b(?:an?|the|of)[ ]+(?-i:[a-z][\w-]*[ ]+)?"  # "the strongest 8-12B model"
    r"~?[0-9][0-9.]*[ ]?[KMBT]?[ ]*(?:to|[-\u2013\u2014])[ ]*~?[0-9][0-9.]*[ ]?[KMBT]"
    r"(?:[- ]param(?:eter)?s?)?[ ]+(?:[\w-]+[ ]+)?models?\b"  # "the promise of 7-8B models"
    r"(?![ ]+(?:family|families|series|suite|line|lineup|line-up|collection|range))"
)  # (a family's own range: "Owl-3, a 1.5B-7B model family")
# Words that bring other models in beside the subject: "together with", "along with".
COMPANION_WORDS = r"together[ \t]+with|along(?:side|[ \t]+with)|as[ \t]+well[ \t]+as"
# Models that come with the subject, over a range of sizes: "DeepSeek-R1 released, together with
# distilled dense models from 1.5B to 70B" (other models, not the subject's sizes).
COMPANIONS_BEFORE_RANGE = regex.compile(
    r"(?i)\b(?:" + COMPANION_WORDS + r"|also[ \t]+(?:shipped|released|published|open-sourced))[ \t]+"
    r"(?:[\w-]+[ \t]+){0,3}(?:models|checkpoints|variants|students)[ \t]*,?[ \t]+(?:from|between"
    r"|ranging|spanning)\b[^.;\n]{0,20}\Z"
)  # (and "the lab also shipped six distilled dense checkpoints, ranging from 1.5B to 70B")
# Many models trained or explored for a study, which the sizes after are of: "trained a series
# of MoE models, spanning from 10 M to 1B", "an exploration of these models across data sizes".
STUDY_MODELS_BEFORE = regex.compile(
    r"(?i)\b(?:train(?:ed|ing)?|pre-?train(?:ed|ing)?|explor(?:ed|ing|ation[ ]+of)|stud(?:y|ied)"
    r"|sweep(?:ing)?[ ]+over)[ ]+(?:a[ ]+(?:series|suite|set|grid|sweep|range|ladder)[ ]+of[ ]+"
    r"|these[ ]+|many[ ]+|several[ ]+|multiple[ ]+|dozens[ ]+of[ ]+)(?:[\w-]+[ ]+){0,3}?models\b"
    r"[^.;:!?\n]*\Z"
)
# ... said in the words of a study: a sweep over sizes, a scaling law, an ablation.
STUDY_WORD = regex.compile(
    r"(?i)\b(?:spanning|ranging|sweep(?:s|ing)?|scaling[ -]laws?|isoFLOPs?|ablations?|exploration"
    r"|prox(?:y|ies))\b"
)
# A table row that opens with a link: an entry of a list of papers or models.
LINKED_FIRST_CELL = regex.compile(
    r"[ \t]*\|[ \t]*[*_]*\[(?P<label>[^\]\n]{1,120})\]\([^)\n]{0,300}\)[*_]*[ \t]*\|"
)
LINKED_CELL_REACH = 600  # how far from the line's start such a cell ends (label 120, address 300)
# A name's own model put by apposition with "its": "Alibaba unveiled Qwen-3-Max, its flagship
# model with over a trillion parameters" (not "every lab must register its model with over 10B").
POSSESSED_APPOSITION = regex.compile(
    r"[\w.+-]*[0-9A-Z][\w.+-]*[*_`]*,[ ]+(?:its|their)[ ]+(?:[\w-]{1,30}[ ]+){0,2}?"
    r"(?:model|LLM|LM|release)[ ]+(?:(?:with|at|of)[ ]+)?(?:over|above|(?:more)[ ]+than)"
    r"[ ]+(?:~|about[ ]+)?[*_]{0,2}\Z"
)
# A count, written before a compared name: "their model with 13B parameters outperform GPT3".
COUNT_WORD = regex.compile(r"(?i)\b[0-9][0-9.,]*[ ]?(?:[BMT]\b|billion\b|million\b|trillion\b)")
# The header of a first column that lists papers or models.
ENTRY_HEADER = regex.compile(r"(?i)[*_ ]*(?:papers?|models?|names?|titles?|model[ ]+names?)[*_ ]*")
# Words of a link's label that name a page of a model's own, not an entry of a list.
LINK_LABEL_WORDS = frozenset(
    "technical report paper papers weights weight code blog demo model models card download"
    " downloads release releases notes docs documentation github hugging face huggingface hf"
    " checkpoint checkpoints here link total params parameters base chat instruct v the a an"
    " of and for arxiv website homepage project page license".split()
)
# A size said with a compared model's name: "outperforms GPT3 with 175B parameters".
WITH_SIZE_AFTER_NAME = regex.compile(r"[*_`]*[ ]+with[ ]+(?:about[ ]+|around[ ]+|roughly[ ]+|~)?")
# Other models that come with the subject, trained on what follows: "Kite-base, along with four
# base models trained on 5T, 10T, 15T, and 20T tokens" (not "Kaleva-ASR, three models trained on").
MANY_TRAINED_BEFORE = regex.compile(
    r"(?i)\b(?:" + COMPANION_WORDS + r"|plus)[ \t]+"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|twelve|[2-9]|1[0-9]|several"
    r"|multiple)[ \t]+(?:[\w-]+[ \t]+){0,2}(?:models|checkpoints|variants|runs)[ \t]+"
    r"(?:(?:each|all)[ \t]+)?(?:trained|pre-?trained)[ \t]+(?:on|with|for)[ \t]+[^.;\n]{0,40}\Z"
)
# A sentence that opens with a bound on size: "Below 1B parameters the effect is small".
THRESHOLD_OPENING = regex.compile(r"(?i)[ \t*_]*(?:below|above|under|over|beyond|past)[ \t]+~?")
IT_AFTER_BOUND = regex.compile(r"[^,.;\n]{0,30},[ \t]*(?:it|this[ \t]+model)\b(?!['\u2019])")
A_JUST_BEFORE = regex.compile(r"(?i)\ban?[ \t]+\Z")
END_OR_BREAK = regex.compile(r"[.;]")
# A model the sentence calls by a description of what is to come, not by "it" or its name: "its
# largest model, at over 400B parameters, is still training" (with STILL_TO_COME after the size).
UNNAMED_OTHER_BEFORE = regex.compile(
    r"(?i)\b(?:its|their|a|an|the)[ \t]+(?:(?:largest|biggest|next|upcoming|new|larger|bigger"
    r"|flagship)[ \t]+(?:[\w-]+[ \t]+)?(?:model|version|variant|one|system|sibling)"
    r"|successor|follow-?up)\b"
)  # (and "A successor with more than 1.5 trillion parameters is currently in training")
ONE_MODELS_PAIR = regex.compile(r"(?i)\bactive\b[^)]*\btotal\b|\btotal\b[^)]*\bactive\b")
SHARED_WORD = regex.compile(r"(?i)\b(?:each|both|all|every)\b")
# An "it" that stands for nothing: "It is worth comparing", "It is instructive to", "It's clear that".
DUMMY_IT = regex.compile(
    r"[ \t*_]*It(?:[ \t]+(?:is|was)|['\u2019]s)[ \t]+(?:also[ \t]+|now[ \t]+)?"
    r"(?:worth|instructive|interesting|useful|helpful|important|clear|notable|striking|fair|easy"
    r"|hard|possible|tempting|surprising|telling|noteworthy|likely|true|obvious|unclear)"
    r"[ \t]+(?:to|that|comparing|noting|how|why|what)\b"
)
# The sentence's pronoun subject taking up a later clause: "..., and it was trained on".
IT_AGAIN = regex.compile(r"(?:[,;]|\band|\bbut|\bwhile)[ \t]+it[ \t]+(?:was|is|has|had|saw|got)\b")
PRONOUN_OPENING = regex.compile(r"[ \t*_]*(?:It|This|Together|The[ \t]+(?:model|whole|system))\b")
BOLD_OPENING = regex.compile(r"\*\*[^*\n:]{2,40}\*\*")  # (not a field: "**Parameters:**")
LED_BY = regex.compile(r"(?:\*\*|\[)([^*\]\n:]{2,40})(?:\*\*|\]\()")  # "**Jan V1**", "[Kite](...)"
DATED_BOLD_OPENING = regex.compile(
    r"\*\*(?:19|20)[0-9]{2}(?:[\u2013-](?:19|20)[0-9]{2})?[ ][^*\n]{1,60}\*\*"
)  # a year and words: "**2024 (GPT-4o):**" (not a changelog's date: "**2024-03-01:**")
# A list item that opens with a link to another page (not a contents entry: "(#training)").
LINK_OPENING = regex.compile(r"\[[^\]\n]{1,60}\]\((?!#)[^()\s]{1,%d}\)" % LINK_ADDRESS_REACH)
# A maker's name right before a bracketed size, standing for its model: "Mistral (7B)".
MAKER_BRACKET_BEFORE = regex.compile(
    r"(?r)(?<![\w.+-])(\p{Lu}[\w.+-]*(?:[ ]\p{Lu}[\w.+-]*){0,2})[ \t]*\([ \t]*(?:~|about[ \t]+)?\Z"
)
BRACKET_CLOSE_AFTER = regex.compile(r"[ \t]*(?:parameters|params)?[ \t]*\)")
# A token count's model, named or sized after it: "a 600B token preview of the 13B model",
# "700B token checkpoint for the OpenLLaMA 7B model".
OF_MODEL_AFTER = regex.compile(
    r"(?i)(?:[ \t-]+tokens?)?[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:of|for)[ \t]+(?:the|our|its)[ \t]+"
)
SIZED_MODEL = regex.compile(
    r"([0-9]+(?:\.[0-9]+)?[BMT])(?:[ \t-]+param(?:eter)?s?)?[ \t]+(?:model|version|variant)\b"
)
BASED_AFTER = regex.compile(r"(?i)[ \t]*-?[ \t]*based\b")  # "Llama2 based", "Llama-2-based"
# A model said to be a lab's: "the DeepSeek coding model from [DeepSeek AI](...)" (not "a
# cluster provided by Microsoft").
FROM_BY_BEFORE = regex.compile(
    r"(?i)\b(?:model|models|LLM|LLMs|series|family)[ \t]+(?:from|by)[ \t]+(?:the[ \t]+)?\[?\Z"
)
# A news item's date label: "- 04/04: Baize, ...", "- 2023/04/04: ...".
ITEM_DATE_LABEL = regex.compile(
    r"[*_\[]*(?:(?:[0-9]{4}[./-])?[0-9]{1,2}[./-][0-9]{1,2}(?:[./-][0-9]{2,4})?"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+[0-9]{1,2},?(?:[ \t]+[0-9]{4})?)"
    r"[*_\]]*[ \t]*(?::|[-\u2013\u2014])?[ \t]+"
)
# ... and its subject's name, with a comma after it: "Baize, fine-tune with LoRA ...".
NAME_COMMA_OPENING = regex.compile(
    r"[*_\[]*(?:\p{Lu}[\w.+-]*(?:[ ][\p{Lu}0-9][\w.+-]*){0,2})[*_\]]*(?:\([^()\n]{0,200}\))?,[ \t]"
)
# A list item that opens with a name and a release verb: "3. Nimbus released ...".
NAMED_MAKER_OPENING = regex.compile(
    r"[*_]*(?!(?:We|I|They|It|This|These|Our|Today)\b)"  # (a name, not "- 2024-08-01: We released")
    r"(?:[A-Z][\w.&'-]*[*_]*[ \t]+){1,3}(?:(?:released|launched|shipped|open-sourced|unveiled"
    r"|announced|introduced|debuted|dropped|put[ \t]+out)\b"
    # (or in the present, before its object: "- 04/07: Chinese-LLaMA-Alpaca release its 13B
    # model"; not a noun: "First release: OLMo 1B ...", "Initial release of the 1B model")
    r"|(?:releases?|launch(?:es)?|ships?|open-sources?|unveils?|announces?|introduces?|drops?)"
    r"[ \t]+(?:its|their|a|an|the|new)\b)"
)
# A second model brought in unnamed, whose sizes follow: "..., and an MoE model of 14B with 2.7B
# activated" (not "It is a mixture-of-experts model with 1 trillion", the subject's).
UNNAMED_MODEL_BEFORE = regex.compile(
    r"(?r)(?i:(?:,%s+and|\band)%s+an?%s+(?:[\w-]+%s+){0,2}?model%s+(?:of|with)%s+[^,;:()\n]{0,30}\Z)"
    % (S, S, S, S, S, S)
)
# Where a list item's head ends and its description begins: " - ", " — ", ": ", " (".
ITEM_HEAD_END = regex.compile(r"[ ][-\u2013\u2014][ ]|:[ ]|[ ]\(")
ITEM_OPENING_REACH = 6
ITEM_SENTENCES = 3  # how many sentences after a list item's first one may name its model  # how far into a list item its subject may start ("**", "The ")
# A model named as another's relative: "its predecessor, SmolLM-1.7B", "their base model, X".
RELATIVE_BEFORE = regex.compile(
    r"(?i)\b(?:its|their|the)[ \t]+(?:predecessor|successor|ancestor|parent|teacher|base[ \t]+model)"
    r",?[ \t]+\Z"
)
# A change from the model's value to a new one: "from 7T tokens for Qwen2 to " (but "we scale
# Kite-2 to 70B" is Kite-2's).
FOR_THEN_TO = regex.compile(r"[ \t\u00a0]+to[ \t\u00a0]+(?:about[ \t\u00a0]+|over[ \t\u00a0]+)?")
FROM_FOR = regex.compile(
    r"\bfrom[ \t\u00a0]+(?:about[ \t\u00a0]+|~)?[0-9][^.;]{0,50}\b(?:for|of|in|with)[ \t\u00a0]+\Z"
)  # (a count after "from": not "Aside from web text, we scaled pretraining for Kite-7B to 3T")
# A card's item that labels one field of the card's model: "- **Parameters:** 756M" (after
# "- **Teacher:** openai/whisper-large-v3", still the card's own).
LABEL_ITEM = regex.compile(
    r"[ \t]*[-*•][ \t]+\*\*(?![^*\n]*\b(?i:teacher|base|parent|student|draft|reference)\b)"
    r"[A-Za-z][\w ()/-]{0,30}:\*\*[ \t]"
)  # (not "- **Teacher parameters:** 1.5B": the teacher's)


HEADING_COLON_BETWEEN = regex.compile(r"[ \t]*:[ \t]+")
# A bold line that heads an item: the bold name, then at most a maker, a date or a size set off
# by a separator, and no sentence ("**Gopher** · *DeepMind* · December 2021", "**Qwen3**").
# (its end is no sentence's: not "." or ":")
BOLD_LEAD = regex.compile(
    r"[ \t]*\*\*[^*\n]{1,80}\*\*(?:[ \t]*(?:[\u00b7\u2022|\u2014\u2013(]|-[ \t])[^\n!?;]{0,100})?[ \t]*"
)
PLAIN_TITLE = regex.compile(r"#[ \t]+([A-Z][\w.+-]*)[ \t]*")  # "# Pythia"


# A size said of each model named before it: "A with 149M and B with 434M, each on 1.7T".
EACH_BEFORE = regex.compile(
    r",%s+each%s+(?:(?:trained|pretrained|pre-trained)%s+)?(?:on|with)%s+(?:(?:about|roughly"
    r"|around)%s+|~)?\Z" % (S, S, S, S, S)
)
# "The larger one", "the smaller": of the sized models named earlier, by its rank.
THE_RANK = regex.compile(
    r"\b[Tt]he%s+(larger|largest|bigger|biggest|smaller|smallest)\b"
    r"(?:%s+(?:one|model|version|variant|checkpoint|sibling))?(?!%s+of\b)" % (S, S, S)
)
# A word that turns a sentence against what came before it: "..., but the smallest OLMo 2".
CONTRAST_WORD = regex.compile(r"(?i)\b(?:but|while|whereas|although|though|yet|unlike)\b|;")
# What opens a clause before "the larger": a sentence's start, a comma, "and", "while".
RANK_CLAUSE_OPENING = regex.compile(r"(?:^|[,;:]|\band|\bwhile|\bwhereas|\bbut)[ \t*_]*\Z")
# "the mini model", "The small version": a model named earlier, by its tier.
THE_TIER = regex.compile(
    r"\b[Tt]he%s+((?i:mini|small|medium|large|base|tiny|nano|xl|xxl|lite|pro|flash|ultra|moe"
    r"|vision))"
    r"%s+(?:model|version|variant|checkpoint|one)\b" % (S, S)
)
DERIVATIVE_AFTER = regex.compile(
    r"(?i)[ \u00a0-]+(?:distill(?:ed|ation)?s?|students?|fine-?tunes?|merges?|quants?|drafts?)\b"
)
THE_BEFORE_SIZE = regex.compile(r"(?r)\b[Tt]he%s+\Z" % S)  # (a quick no for THE_SIZE)
MAKER_ASIDE_BEFORE = regex.compile(r"\([ \t]*\Z")  # "QwQ-32B (" before "Qwen, Mar 6)"
MAKER_ASIDE_AFTER = regex.compile(r"[ \t]*(?:\)|[,;\u00b7|\u2014][ \t]*[^()\n]{1,24}\))")
NEARER_COUNTS_NAME = regex.compile(
    r"(?i)(?:[- ]?(?:tokens?|param(?:eter)?s?))?[ \t]+(?:for|in|of|by|on)[ \t]+(?:the[ \t]+)?[*_]*"
)  # (after a count before a name: "1.2T for ")
COUNT_BETWEEN = regex.compile(r"(?i)(?<![\w.])[0-9][0-9.,]*%s?(?:[KMBT]\b|million|billion|trillion)" % S)
ITS_BEFORE_SIZE = regex.compile(r"(?r)\b(?:[Ii]ts|[Tt]heir)%s+\Z" % S)
EXACT_SIZE = 0.02  # how far a size that calls a model may be from the size in its name
PREPOSITION_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:against|after|before|like|unlike|besides|than|over|with|from|beside)%s+\Z)" % S
)
APPOSITIVE_A_BEFORE = regex.compile(r"(?r)([\w.+/-]+)[*_]*%s*,%s+an?%s+\Z" % (S, S, S))
SERIES_AFTER = regex.compile(
    r"%s+(?:(?:language|vision|open|chat)%s+)?(?:series|family|line|lineup|generations?|team"
    r"|models)\b" % (S, S)
)  # ("the Qwen language models", "the Qwen team": not one model)
CLOSES_BRACKET = regex.compile(r"[^()]*\)")
LIST_BEFORE_THE = regex.compile(r"(?:,|\band|\bor)%s*\Z" % S)
# A new clause whose subject a size names: ", and the reasoning-distilled 32B model is".
AND_THE_BEFORE_SIZE = regex.compile(
    r"(?i),[ \t]+(?:and|while|but|whereas|since|because|as|though|although)[ \t]+the[ \t]+"
    r"(?:[\w-]+[ \t]+){0,2}\Z"
)
MODEL_NOUN_AFTER = regex.compile(r"[ \t-]*(?:model|version|variant|checkpoint)\b")
PLURAL_MODELS_AFTER = regex.compile(r"[ \u00a0-]*(?:models|ones|checkpoints|variants|versions)\b")
RESULT_TRAINED_BEFORE = regex.compile(
    r"(?i)\b(?:healed|trained|tuned|fine-tuned|retrained|re-trained)%s+the%s+result\b[^.;,]{0,30}\Z"
    % (S, S)
)
CUT_BEFORE = regex.compile(r"(?i)\b(?:removed|pruned|dropped|cut|stripped|deleted)\b")
# The model a run of training makes, named after its tokens: "... to get **X**".
RESULT_NAMED_AFTER = regex.compile(
    r"(?i)(?:%s+(?!to\b)[\w-]+){0,3}?%s+(?:to|which)%s+(?:gets?|produces?|obtains?|yields?"
    r"|creates?|makes?|gives?)%s+(?:us%s+)?(?:\*\*|__|[*_`])?" % (S, S, S, S, S)
)
# What a name after "to get" is measured by, or made to seem, when it is no model the run made.
NOT_MADE_AFTER = regex.compile(
    r"(?i)[*_`]*[ \t]+(?:[\w-]+[ \t]+)?(?:performance|quality|levels?|results|scores|accuracy"
    r"|speeds?|parity|numbers|behaviou?r|look|looks|seem|seems|feel|sound)\b"
)
BASELINE_AFTER = regex.compile(r"(?i)(?:-parameter)?(?:[ \t-]+[\w-]+){0,4}?[ \t-]+baselines?\b")
# ... or of checkpoints and versions, unless a family is released or offered as them: "released
# Kite-4 as several 7B checkpoints", "available in multiple 70B variants".
RELEASED_AS_BEFORE = regex.compile(r"(?i)\b(?:as|in|into)%s+\Z" % S)
# ... after a counting word, a class of models (not a family's own "several 7B checkpoints").
CLASS_OF_MODELS_AFTER = regex.compile(r"[ \u00a0-]*(?:models|LLMs|ones|systems|networks|rivals)\b")
# A class of models a size describes, after a word that counts them: "several 70B models".
QUANTIFIER_BEFORE = regex.compile(
    r"(?i)\b(?:several|many|most|some|other|all|few|numerous|multiple|various|existing"
    r"|comparable|similar|competing|rival)%s+(?:(?:open|dense|open-weight)%s+)?\Z" % (S, S)
)
# Words for a model still to come: "the promised 70B Heron", "its upcoming model has 1.2T".
TO_COME = r"upcoming|forthcoming|planned|unreleased|promised|rumou?red|teased"
# A model still to come, whose size is reported or planned: "its next model has 1.2T".
UPCOMING_MODEL_BEFORE = regex.compile(
    r"(?i)\b(?:its|their|the|a|our)%s+(?:next|future|%s)"
    r"(?![- ]generation)%s+(?:[\w-]+%s+)?(?:model|system|LLM|flagship|one)%s+"
    r"(?:(?:has|had|have|will|would|is|was|be|at|with|of|about|around|roughly|over|a|an)%s+){0,3}"
    r"\Z" % (S, TO_COME, S, S, S, S)
)
# A model still to come, said right after its name: "the 32B Marlin we promised", "a 32B
# Marlin-3 \"later this year\"".
PROMISED_AFTER = regex.compile(
    r"(?i)[\s\"'\u201c\u201d*_]*(?:(?:that|which)%s+)?"
    r"(?:we|they|he|she|it|the%s+(?:lab|company|team))"
    r"%s+(?:promised|(?:had|have)%s+promised|plans?%s+to|planned|hopes?%s+to|will%s+(?:release|ship)"
    r"|(?:are|is)%s+(?:planning|preparing))\b"
    r"|[\s\"'\u201c\u201d*_(]*(?:later%s+this%s+year|next%s+(?:year|quarter|month)"
    r"|in%s+the%s+coming%s+(?:weeks|months)|coming%s+soon)\b" % ((S,) * 15)
)
# What a count is said to have come from or grown over: "36T tokens, up from Qwen2.5's 18T".
FROM_BETWEEN = regex.compile(r"(?i)\b(?:from|over)\b")
# A possessive with its own count after it: "from Qwen2.5's 18 trillion".
POSSESSED_COUNT_AFTER = regex.compile(
    r"['\u2019]s%s+(?:(?:about|roughly|around|only|just)%s+|~)?[0-9]" % (S, S)
)
# ... or said before its size: "the promised 70B Heron", "a rumoured 2T Kite".
PROMISED_BEFORE = regex.compile(r"(?r)(?i:\b(?:%s)%s+\Z)" % (TO_COME, S))
# Another one of a list called by the word after "the", not by its size: "... and the MoE on".
OTHER_THE_BETWEEN = regex.compile(
    r"(?:\band|,|;)%s+the%s+(?![0-9])[\w-]+%s+(?:on|at|with|saw|was|had|has|is)\b" % (S, S, S)
)
# A count, then the model it is for: "260B for ", "1T tokens for ".
COUNT_FOR_THE = regex.compile(
    r"[0-9][0-9.,]*%s?[KMBT]?(?:%s*(?:tokens|parameters|params))?%s+(?:for|of)%s+" % (S, S, S, S)
)
FOR_JUST_BEFORE = regex.compile(r"\b(?:for|of|in|to|by)%s+\Z" % S)  # "8T tokens for the 9B"
THE_SIZE = regex.compile(
    r"(?:\b[Tt]he%s+|(?<=\b[Tt]he%s+[0-9]+(?:\.[0-9]+)?[BMT],?%s+and%s+))"
    r"([0-9]+(?:\.[0-9]+)?[BMT])\b(?![ \u00a0-]?(?i:param|token))" % (S, S, S, S)
)  # (and the second of two: "The 7B and 13B models")
# A sentence's subject that is two or three models called by their sizes: "The 7B and 13B
# models saw 1 trillion tokens".
SIZED_PAIR_SUBJECT = regex.compile(
    r"[*_ \t]*[Tt]he%s+([0-9]+(?:\.[0-9]+)?[BMT])(?:,%s*([0-9]+(?:\.[0-9]+)?[BMT]))?,?%s+and%s+"
    r"([0-9]+(?:\.[0-9]+)?[BMT])%s+(?:models|variants|versions|checkpoints)\b" % (S, S, S, S, S)
)


FAMILY_AFTER = regex.compile(
    r"%s+(?:models|family|families|suite|series|variants|checkpoints)\b" % S
)


A_DESCRIPTION = regex.compile(
    r"(?r)(?i:\b(?:a|an)%s+(?!(?:year|month|week|decade|day|few|couple|while)\b)(?:[\w-]+%s+){0,2}?\Z)"
    % (S, S)
)  # not a time: "A year later GPT-3 ..."


ALIAS_BRACKET_BEFORE = regex.compile(
    r"(?i)(?:\((?:also[ ]+(?:called|known[ ]+as)|a\.?k\.?a\.?|formerly|or)"
    r"|(?P<former>[,(][ ]*(?:formerly|previously)(?:[ ]+(?:called|known[ ]+as|named))?))[ ]+[*_`]*\Z"
)  # ("`OLMo-7B-0424` (also called OLMo 1.7)", "Codestral Mamba, formerly Mamba-Codestral-7B,")
ALIAS_CLOSED_AFTER = regex.compile(
    r"[*_`]*[ ]*(?:[,).;!?]|\Z|[ ]and\b)"
)  # (the former name, and no clause of its own)
APPOSITIVE_A_AFTER = regex.compile(
    r"[*_`]*,[ ]+(?:a|an)[ ](?:[^ ,;.\n]+[ ]){0,3}(?:model|LLM|transformer|network)s?(?![\w-])"
)  # (", a 34B model"; not ", a 5.8T-token deduplicated crawl", ", an LLM-generated set")
DATA_FROM_BEFORE = regex.compile(
    r"(?i)\b(?:prompts|examples|samples|pairs|questions|conversations|dialogues|annotations"
    r"|preferences|labels|demonstrations)%s+(?:from|in|of)%s+(?:the%s+)?[*_`]*\Z" % (S, S, S)
)
USED_BEFORE = regex.compile(
    r"(?r)(?i:(?:\b(?:we|I|team|lab|authors)(?:%s+(?:also|then|further|additionally))?%s+"
    r"(?:use|used|apply|applied)|(?:\A|[.;:!?][ \t]+|\n[ \t]*)using)%s+\Z)" % (S, S, S)
)  # ("we also use X to", "The team used X to", "Using X to"; not "developers can use X to")
AND_USED_BEFORE = regex.compile(r"(?i)\band%s+(?:then%s+)?used%s+[*_`]*\Z" % (S, S, S))
DATA_JOB_AFTER = regex.compile(
    r"(?i)[*_`]*(?:%s+mini)?%s+to%s+(?:label|annotate|draft|grade|judge|score|generate|filter"
    r"|rewrite|translate|synthesi[sz]e|write|clean|rank|caption|verify)\b" % (S, S, S)
)
CODE_NAME = regex.compile(r"[A-Z]{1,4}[0-9]{1,4}")
RUNS_ON_BEFORE = regex.compile(
    r"(?i)\b(?:compatible[ \t]+with|supported[ \t]+on|runs?[ \t]+on|running[ \t]+on)"
    r"[ \t]+(?:the[ \t]+)?(?:(?-i:[A-Z0-9])[\w.-]{0,29},[ \t]+){0,6}[*_`]*\Z"
)  # (and the names listed after the first: "compatible with N150, N300, QuietBox"; not the
# next clause's subject: "compatible with vLLM, QwQ-32B is out")
USING_JUST_BEFORE = regex.compile(r"(?i)\busing[ \t]+(?:the[ \t]+)?[*_`]*\Z")
# A sentence whose subject is the text's own model: "It was pretrained ...", "We trained ...".
OWN_MODEL_SUBJECT = regex.compile(
    r"[ \t*_]*(?:[-*\u2022+]|[0-9]{1,2}[.)])?[ \t*_]*(?:(?:Then|Next|Later|During[ \t]+"
    r"(?:pre-?)?training,)[ \t]+)?(?:[Ii]t|Its|We|Our|The[ \t]+model|This[ \t]+model"
    r"|(?:Pre-?)?[Tt]rained|Pretraining)\b"
)  # ("- Pretrained on 15.5T tokens using ...", "During pretraining, it saw ..."; not "They",
# often another party: "researchers at Heron ... They generated 20B tokens using Kite-70B")
TO_DO_AFTER = regex.compile(r"%s+to%s+[a-z]+" % (S, S))
SIZED_SIBLING_BEFORE = regex.compile(
    r"(?r)(?:\A|[.;:!?,][ \t]+|\n[ \t]*(?:[-*•+][ \t]+)?)(?i:a|an)%s+"
    r"(?i:smaller|larger|bigger|lighter|heavier|second|third|compact|tiny)%s+\Z" % (S, S)
)  # "A smaller Falcon-7B saw 1.5T tokens": that checkpoint, the subject (not an object of the
# sentence: "we pair Kite-13B with a larger Owl-70B")


PREPOSITION_BEFORE_NAME = regex.compile(
    r"(?i)\b(?:on|from|of|with|beyond|over|than|like|unlike|after|before|to|into|by|upon|atop)"
    r"[ \t]+(?:the[ \t]+)?[*_`]*\Z"
)
MODEL_NOUN_OWNS = regex.compile(r"[ \t-]*(?:[\w-]+[ \t]+)?(?:model|version|checkpoint)['\u2019]s\b")
IS_OUR_BETWEEN = regex.compile(r"[*_`]*(?:[ \t]+(?:is|was|remains|becomes)|,)[ \t]+")
OUR_JUST_BEFORE = regex.compile(r"(?r)(?i:\b(?:our|the proposed)(?:%s+[\w-]+){0,2}?%s+\Z)" % (S, S))


SIZE_WRITTEN = regex.compile(r"[0-9]+(?:\.[0-9]+)?[ \u00a0]?[KMBT]\b")


def _appositive_head_end(text: str, at: int) -> int | None:
    """Where a name would end that a phrase at ``at`` is set off after: before ", " (and a
    closing "**" or "*"); None when the phrase is no appositive."""
    if not text.endswith(", ", 0, at):
        return None
    end = at - 2
    while end > 0 and text[end - 1] in "*_":
        end -= 1
    return end


def _the_superlative(text: str, start: int, end: int, s_start: int, superlative) -> bool:
    """Whether the size at ``start`` is the one a superlative names: the largest (or smallest)
    of the sizes its sentence writes before it ("70B, 13B and 7B ..., the largest of which")."""
    own = SIZE_WRITTEN.match(text, start, end)
    sizes = [size_value(s.group().replace(" ", "").replace("\u00a0", ""))
             for s in SIZE_WRITTEN.finditer(text, s_start, superlative.start())]  # fmt: skip
    values = [v for v in sizes if v]
    value = size_value(own.group().replace(" ", "").replace("\u00a0", "")) if own else None
    if value is None or not values:
        return False
    largest = superlative.group(1).lower() in ("largest", "biggest")
    return value == (max(values) if largest else min(values))


# Which one of several sizes a name is given to: "with the largest named Gopher".
SUPERLATIVE_NAMED = regex.compile(
    r"(?i)\b(largest|biggest|smallest|tiniest)(?:%s+(?:of%s+(?:which|them|these|those)|one))?,?"
    r"%s+(?:(?:which|that)%s+)?(?:we%s+)?(?:call(?:ed)?|name[ds]?|dub(?:bed)?|term(?:ed)?)%s+\Z"
    % (S, S, S, S, S, S)
)
# What says a name further on is another model's, with another number: "..., up from 7
# trillion for Qwen2", "compared with 2T for Llama 2".
COMPARED_BETWEEN = regex.compile(
    r"(?i)\b(?:(?:up|down)%s+from|compared%s+(?:with|to)|relative%s+to|versus|vs\.?|than"
    r"|against(?=%s+(?:~|about%s+|roughly%s+)?[0-9])"
    r"|[0-9.]+%s*[x×]%s+the|(?:times|twice|half)%s+the"  # "(approx. 4x the data used for Gopher"
    r"|magnitudes?%s+(?:below|above|under|over|beyond))\b"  # "an order of magnitude below X"
    r"|\b(?:double|doubling|twice|triple|tripling|thrice)\b"  # "roughly double Qwen2.5", "double
    # the budget of Kite-2", "twice what Kite-2 used", "doubling Kite-2's budget"
    % (S, S, S, S, S, S, S, S, S, S)
)
# ... or the model the subject was made from: "a 33M model ..., distilled from its own
# 1.5B-parameter teacher, alder-embed-xl".
MADE_FROM_BETWEEN = regex.compile(
    r"(?i)\b(?:distill\w*%s+from|teacher|(?:based|built)%s+on|fine-?tuned%s+from|initiali[sz]ed"
    r"%s+from|on%s+top%s+of)\b" % (S, S, S, S, S, S)
)
# A size of a part of the model named after it: "the 7B classifier used in Heron-1", "the 400M
# encoder inside Kite-VL", "a 1B draft model that is part of Heron's stack".
PART_OF_BETWEEN = regex.compile(
    r"(?i)\b(?:used%s+(?:in|by|inside|within)|inside|within|part%s+of)%s+(?:the%s+)?[*_`]{0,2}\Z"
    % (S, S, S, S)
)
# The model a subject was made from, before its size: "distilled from 70B", "teacher: 70B".
MADE_FROM_SIZE_BEFORE = regex.compile(
    r"(?i)\b(?:(?:distill\w*|upscal\w*|initiali[sz]ed|prun\w*|derived|converted|fine-?tuned)"
    r"%s+from|teacher:?|(?<=\()from)%s+(?:the%s+|an?%s+)?\Z" % (S, S, S, S)
)  # ("| Distillation | Yes (from 8B/70B) |": a teacher's size)
RANGE_TO_AFTER = regex.compile(r"%s*(?:to|through)%s" % (S, S))  # "Kite-2 (from 7B to 70B)"
# ... but not the model's own parameters: "the 70B parameters used in Heron-1".
OWN_PARAMETERS = regex.compile(r"(?i)[ \t\u00a0](?:parameters|params|weights)\Z")  # (not "300M-parameter")


def _part_of_named(text: str, start: int, end: int, m: Mention) -> bool:
    """Whether the count from ``start`` to ``end`` is the size of a part of the model ``m``
    named after it: "the 7B classifier used in Heron-1" (not "the 70B parameters used in
    Heron-1": the model's own; but "the 300M parameters inside Kite-VL's vision tower")."""
    return PART_OF_BETWEEN.search(text, end, m.start) is not None and not (
        OWN_PARAMETERS.search(text, start, end) and not text.startswith(("'s", "\u2019s"), m.end)
    )


A_SIZE_APPOSITIVE = r"[*_`]*,[ \t]+an?[ \t]+(?:~|about[ \t]+|roughly[ \t]+|some[ \t]+)?"  # ", a ~"
NAME_A_SIZE = regex.compile(A_SIZE_APPOSITIVE)
# A verb that gives a name its own count: "Flux.1 dev uses 13B params", "X has 7B".
OWN_COUNT_AFTER_NAME = regex.compile(
    r"(?:[ \t]+[a-z][\w-]{0,10})?[ \t]+(?:uses|has|had|is|was)[ \t]+(?:about[ \t]+|only[ \t]+"
    r"|just[ \t]+|~)?[0-9]"
)
# A capitalized word with the size in brackets after it: "Ultra (253B)" ...
WORD_BRACKET_BEFORE = regex.compile(r"\b\p{Lu}[\w.-]*[ \t]*\([ \t]*~?\Z")
# ... and the words that make it a member's tier (not "Base (7B) and Instruct (7B)", "Total
# (47B)", "a decoder-only Transformer (13B)": the subject's own).
BRACKET_TIERS = frozenset(SIZE_TIERS) - {"base"} | {
    "ultra", "pro", "flash", "max", "plus", "super", "lite", "micro", "xxl", "huge", "giant",
}  # fmt: skip
# A data set named after "on", "from" or "of" and described with its size: "pretrained on
# [Dolma](https://...), a 3T-token dataset".
DATA_NAMED_A_BEFORE = regex.compile(
    r"(?i)\b(?:on|from|of)[ \t]+(?:the[ \t]+)?[*_`]*\[?\p{Lu}[\w.-]*\]?(?:\([^)\s]{0,200}\))?"
    + A_SIZE_APPOSITIVE
    + r"\Z"
)
# A data set's head noun a few words after a token count: "1.9T-token deduplicated web corpus".
CORPUS_AFTER = regex.compile(
    r"(?:%s*+(?!(?i:models?|LLMs?|runs?|checkpoints?|networks?|(?:pre-?)?train\w*|on|from|of"
    r"|with)\b)[\w-]++){0,5}?%s++(?:corpus|corpora|dataset|data%s+set|collection|crawl|mixture"
    r"|dump)\b" % (S, S, S)
)  # (not the model's own noun: "Kite-2, a 2T-token model trained on our web crawl")
THRESHOLD_AFTER = regex.compile(
    r"(?i)(?:-?param(?:eter)?s?|-?tokens?)?%s+(?:mark|barrier|frontier|threshold|ceiling|milestone"
    r"|line)\b" % S
)
NAME_GIVEN_BEFORE = regex.compile(r"(?i)\b(?:the%s+name|called|named|dubbed)%s+\Z" % (S, S))
# ... but not what names something else than a model: "a new tokenizer called Tekken".
OTHER_THING_NAMED = regex.compile(
    r"(?r)(?i:\b(?:tokenizer|dataset|data%s+set|corpus|benchmark|method|technique|algorithm"
    r"|framework|library|toolkit|tool|suite|format|recipe|loss|objective|pipeline|approach|mixture"
    r"|collection|leaderboard|optimizer|scheme|strategy|metric|protocol|platform|app|service|chip"
    r"|cluster|supercomputer|company|startup|lab|team|project)s?%s++(?:called|named|dubbed|termed)%s++\Z)"
    % (S, S, S)
)
# Another thing joined by "and" between a size and "called": "a 456B LLM with ... and a GRPO
# variant called CISPO" names the variant (not "a 12B model with a 128k context window, called
# Kite-2", nor "..., resulting in a new model that we call StarCoder").
ANOTHER_THING_BEFORE_NAMED = regex.compile(
    r"(?i)\band[ \t]+(?:an?|another)[ \t]+(?![^.;\n]*\b(?:model|LLM|LM|version)s?\b)\w"
)
# A bracket that closes after a count and before a colon: the count is the label's, "**Large**
# (1M-2M): Gemini, Grok".
UNITLESS_COUNT = regex.compile(r"[~\u2248]?[0-9][0-9.,]*+[ \t]?[KMBTkmbt]?")  # "10M", "1.5B"
LABEL_BRACKET_AFTER = regex.compile(r"[^()\n]{0,20}?\)[ \t*_]*:")
NAMED_LATER = regex.compile(
    r"(?i:\b(?:(?:which|that)%s++we%s++(?:call|name|dub|term)|we%s++(?:call|name|dub)|called|named|dubbed|termed|coined"
    r"|language%s++model|model))%s++\Z" % (S, S, S, S, S)
)


OF_THE_BEFORE = regex.compile(r"(?r)\bof%s+the%s+\Z" % (S, S))


def _wider_family(text: str, mention: Mention) -> bool:
    """Named as the family another model belongs to: "Gemma 3, the newest members of the
    Gemma family"."""
    return bool(
        OF_THE_BEFORE.search(text, max(0, mention.start - 10), mention.start)
        and FAMILY_AFTER.match(text, mention.end, mention.end + AHEAD)
    )


def _family(text: str, mention: Mention) -> bool:
    """Named as a family the sizes span: "Cerebras-GPT models range from 111M to 13B"."""
    return bool(
        FAMILY_AFTER.match(text, mention.end, mention.end + AHEAD)
        and not A_DESCRIPTION.search(text, max(0, mention.start - 30), mention.start)
        # (not a part of a design: "Falcon-H1: a hybrid attention + Mamba-2 family in 0.5B, ...")
        and not HYBRID_PLUS_BEFORE.search(text, max(0, mention.start - 24), mention.start)
    )


def _described(text: str, mention: Mention) -> bool:
    """Named as what something is or is built from, rather than which model it is: "a RegNetY
    with 1.3B", "Transformer and Mamba layers"."""
    if THING_APPOSITIVE_AFTER.match(text, mention.end, mention.end + 80):
        return True  # "with MuonClip, a version of the Muon optimizer"
    if OWNS_A_MACHINE_AFTER.match(text, mention.end, mention.end + 40):
        return True  # "Berzelius, Sweden's largest supercomputer": a place, no model
    if (
        text[mention.start - 1 : mention.start] == "("
        and text[mention.end : mention.end + 1] == " "
        and text[mention.end + 1 : mention.end + 2].isupper()
    ):
        return True  # the start of a spelled-out name: "(BLOOM BigScience Large Open-science ...)"
    alias = ALIAS_BRACKET_BEFORE.search(text, max(0, mention.start - 24), mention.start)
    if alias is not None and (
        alias.group("former") is None or ALIAS_CLOSED_AFTER.match(text, mention.end, mention.end + 4)
    ):
        return True  # another name for the one before (not "previously Kite-2 had 13B")
    if DATA_FROM_BEFORE.search(text, max(0, mention.start - 30), mention.start) and not (
        APPOSITIVE_A_AFTER.match(text, mention.end, mention.end + 60)
    ):  # (but "50K examples from Kite-3, a 34B model" describes the model)
        return True  # where data came from: "driven by prompts from HelpSteer2-Preference"
    if USED_BEFORE.search(text, max(0, mention.start - 12), mention.start) and TO_DO_AFTER.match(
        text, mention.end, mention.end + 20
    ):
        return True  # a tool: "We use DataDiet to filter a pool down to 2.3T tokens"
    if AND_USED_BEFORE.search(text, max(0, mention.start - 16), mention.start) and (
        DATA_JOB_AFTER.match(text, mention.end, mention.end + 30)
    ):
        return True  # "... and used GPT-4o mini to draft the target JSON" (not "and used
        # Kite-3 to power its chatbot": the model in the story)
    return bool(
        A_DESCRIPTION.search(text, max(0, mention.start - 30), mention.start)
        and not (
            SIZED_SIBLING_BEFORE.search(text, max(0, mention.start - 30), mention.start)
            and split_size(mention.name)[1]
        )
        or _generic_use(text, mention)
        or POSSESSED_RULE_AFTER.match(text, mention.end, mention.end + 40)
        and METHOD_PREPOSITION_BEFORE.search(text, max(0, mention.start - 12), mention.start)
    )  # ("by Chinchilla's ratio"; but "compare Orca-3's recipe, and it was trained on")


INTRO_STEMS = (
    "present",
    "introduc",
    "releas",
    "called",
    "named",
    "dubbed",
    "announc",
    "unveil",
    "propos",
    "meet ",
    "we call",
    "our new",
    "describes",
    "details",
)  # (INTRO_BEFORE's words)


INTRO_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:present|presents|introduce|introduces|introducing|release|releases|releasing|called|named|dubbed|announce|announces|unveil|unveils|propose|proposes|meet|we call))[\s\u00a0]+(?:[\w-]+[\s\u00a0]+){0,5}?\(?\Z"
    r"|(?i:\bour[\s\u00a0]+new[\s\u00a0]+(?:[\w-]+[\s\u00a0]+){0,3}?(?:model|LLM|system)s?,?[\s\u00a0]+\Z)"
    r"|(?i:\b(?:report|paper|work|article)[\s\u00a0]+(?P<describes>describes|details)[\s\u00a0]+\Z)"
    # ("This report describes DeepSeek-V3, a ...": the name right after, then what it is, not
    # "This paper describes GPT-4's performance" nor "describes how GPT-3 ...")
)
DESCRIBED_AS_AFTER = regex.compile(
    r"[*_`]*(?:,?[ \t]+(?:a|an|the|our)\b|[ \t]*(?::|\([ \t]*(?:a|an|the|our)\b|[\u2013\u2014]|--?[ \t]))"
)  # (", a family of ...", ": a family of ...", " (an open model)", " — an open model"; not a
# citation's bracket: "describes Owl-4 (OpenAI, 2023) failures")


# What a name can be defined as that is no model: "MoD, a pre-training objective".
NOT_MODEL_NOUNS = (
    "objective", "function", "optimizer", "loss", "metric", "benchmark", "dataset", "corpus",
    "library", "toolkit", "compiler", "regularizer", "normalization", "testbed", "data set",
    "leaderboard",
)  # fmt: skip


# "MoD, a pre-training objective", "DeepNorm is a normalization method" (read backwards from the noun)
NAME_IS_A_BEFORE = regex.compile(
    r"(?r)(?<![\w.+-])(?P<name>[\w.+-]*[A-Za-z][\w.+-]*)\)?(?:[,:]%s+|[*_`]*%s+(?:is|was)%s+)(?:a|an|the)%s+"
    r"(?:(?!(?:models?|LLMs?|checkpoints?|networks?|transformers?|on|of|by|with|from|for|in"
    r"|trained|tuned|fine-tuned|built|pretrained|made)\b)[\w-]+%s+){0,5}?\Z"
    % (S, S, S, S, S)
)


# "a normalization function (DeepNorm)", "an optimizer called Lion" (read on from the noun)
A_NOUN_NAMED_AFTER = regex.compile(
    r"s?%s*+(?:\(|(?:called|named|dubbed)%s++)(?P<name>[\w.+-]*[A-Za-z][\w.+-]*)(?=[)\s,.;:])"
    % (S, S)
)


MODEL_WORD_AFTER = regex.compile(r"s?[ \t\u00a0-]+(?:model|llm|checkpoint|network)")
SPELLED_OUT_BEFORE = regex.compile(r"(?r)((?:[A-Z][\w-]*%s+){1,5})\(\Z" % S)


A_BEFORE_NOUN = regex.compile(r"(?r)(?i:\b(?:a|an|our|the)%s+(?:[\w-]+%s+){0,3}?\Z)" % (S, S))


# A name with a count of examples that the text calls data: "a very large pool of instruction
# tuning data, Cambrian-10M,", "7M curated data points, which we call Cambrian-7M", "##
# Cambrian-10M Instruction Tuning Data".
COUNTED_NAME = r"[A-Za-z][\w.+]{0,40}?-[0-9]+(?:\.[0-9]+)?[MK]"
COUNTED_DATA_NAME = regex.compile(
    r"(?i)\b(?:data|datasets?|corpus|data[ ]points|examples|samples)(?:,[ ](?=[*_`\[]*%s[*_`\]]*,)"
    r"|,?[ ](?:which|that)[ ]we[ ](?:call|name|dub)[ ]|[ ](?:called|named|dubbed)[ ])[*_`\[]*(%s)"
    r"(?![\w-])"  # (an appositive closed by a comma: not "600B tokens of data, Kite-350M matches")
    % (COUNTED_NAME, COUNTED_NAME)
)
# ... or a name before "(instruction tuning) data" ending its phrase (not "Kite-360M data
# efficiency"), found by its count and words first: a name tried at every letter costs.
COUNTED_DATA_TAIL = regex.compile(
    r"(?i)-[0-9]+(?:\.[0-9]+)?[MK][ ](?:instruction[ -]tuning[ ])?(?:data|dataset)[ \t]*"
    r"(?=[\n.,;:)]|\Z)"
)
NAME_BEFORE_TAIL = regex.compile(r"(?r)(?<![\w.-])[A-Za-z][\w.+]{0,40}?\Z")
# A data set's page on the hub: "huggingface.co/datasets/nyu-visionx/Cambrian-10M".
HUB_DATASET = regex.compile(r"huggingface\.co/datasets/[\w.-]{1,60}/([\w.-]{1,80}?)(?=[/)\s\]]|\Z)")
# A data set named with its count of examples, that a model was trained on: "trained on
# OpenThoughts3-1.2M" (its 1.2M counts question-answer pairs, not parameters).
TRAINED_ON_COUNTED_SET = regex.compile(
    r"(?i)\b(?:trained|tuned|distilled)%s+on%s+(?:the%s+)?[`*_\[]*"
    r"([A-Za-z][\w.-]{0,60}?-(?:[0-9](?:\.[0-9]+)?M|[0-9]+(?:\.[0-9]+)?K))(?![\w-]|\.\w)"
    % (S, S, S)
)  # (a count under ten million: "SmolLM2-360M", "pythia-410m" are models a text tunes on)


# A part of a model spelled out before its short name: "Mixture of Attention heads (MoA)",
# "Grouped-Query Attention (GQA)" (a model's long form ends in no such word: "Pathways Language
# Model (PaLM)").
PART_ACRONYM = regex.compile(
    r"\b(?P<long>[A-Z][\w-]*(?:[ \u00a0]+[\w-]+){0,4}?[ \u00a0]+(?i:heads|attention|experts"
    r"|layers?|blocks?|embeddings?|encodings?|normali[sz]ation|gating|router|routing|mechanism))"
    r"[ \u00a0]+\((?P<short>[A-Z][A-Za-z0-9-]{1,10})\)"
)


def _defined_as_not_models(text: str) -> set[str]:
    """Keys of the names ``text`` defines as an objective, method, library or the like, or
    as a data set it trains on."""
    found = {
        model_key(m.group(m.lastindex))
        for pattern in (TRAINED_ON_COUNTED_SET, COUNTED_DATA_NAME, HUB_DATASET)
        for m in pattern.finditer(text)
        if not known_model(m.group(m.lastindex))
    }
    found.update(
        model_key(m["short"])
        for m in PART_ACRONYM.finditer(text)
        if m["short"][0] == m["long"][0] and not known_model(m["short"])
    )
    for tail in COUNTED_DATA_TAIL.finditer(text):
        head = NAME_BEFORE_TAIL.search(text, max(0, tail.start() - 41), tail.start())
        if head is not None:
            name = text[head.start() : text.index(" ", tail.start())]
            if not known_model(name):
                found.add(model_key(name))
    lower = text.lower()
    for noun in NOT_MODEL_NOUNS:
        position = lower.find(noun)
        while position != -1:
            end = position + len(noun)
            after = lower[end : end + 2]  # the word ends here, or after a plural "s"
            if (
                (position == 0 or not lower[position - 1].isalnum())
                and (not after[:1].isalpha() or after[:1] == "s" and not after[1:2].isalpha())
                and after[:1] not in ("-", "'", "\u2019")  # ("leaderboard-topping", "the
                # leaderboard's new number one": a word about the model, not its kind)
                and not MODEL_WORD_AFTER.match(lower, end, end + 20)  # not "a testbed model"
            ):
                before = NAME_IS_A_BEFORE.search(text, max(0, position - 80), position)
                if before is not None:
                    found.add(model_key(before.group("name")))
                    spelled = SPELLED_OUT_BEFORE.search(
                        text, max(0, before.start() - 80), before.start()
                    )
                    if spelled is not None:  # "Blended Denoising (BlenD)": the long form too
                        found.update(
                            (model_key(spelled.group(1)), model_key(spelled.group(1).split()[0]))
                        )
                after = A_NOUN_NAMED_AFTER.match(text, end, end + AHEAD)
                if after is not None and A_BEFORE_NOUN.search(
                    text, max(0, position - 60), position
                ):
                    found.add(model_key(after.group("name")))
            position = lower.find(noun, end)
    return found


def _issue_masthead(text: str, mention: Mention, line_end: int) -> bool:
    """Whether a heading's name that is no model's, no family's and has no version heads a
    periodical's issue: "ThursdAI - July 24, 2025 - Qwen-mas in July", "TuesdAI #142 - ...";
    not a release list's "Llama 2 7B - Meta - 2023-07-18", "Llama 3.1 - July 23, 2024 - Release
    notes", a rank ("Kestrel-Mini #1 on the leaderboard") nor a release's bracketed date
    ("Kestrel-Mini (2024-10-02): release notes")."""
    if any(c.isdigit() for c in mention.name) or _reference_organization(mention.name):
        return False
    end = mention.end
    if (number := ISSUE_NUMBER_AFTER.match(text, end, line_end)) is not None:
        return number.end() == line_end or HEADLINE_DASH.match(text, number.end(), line_end) is not None
    opening = HEADLINE_DASH.match(text, end, line_end)
    day = DAY_DATE.match(text, opening.end(), line_end) if opening is not None else None
    closing = HEADLINE_DASH.match(text, day.end(), line_end) if day is not None else None
    return closing is not None and bool(text[closing.end() : line_end].strip(" \t)-*_`"))


HEADLINE_DASH = regex.compile(r"[ \t]*\)?[ \t]*[-\u2013\u2014|:\u00b7][ \t]*")
ISSUE_NUMBER_AFTER = regex.compile(r"(?i)[ \t]*(?:#|No\.?[ \t]*|Issue[ \t]+)[0-9]{1,4}\b")


def _later_version(name: str, earlier: str) -> bool:
    """Whether ``name`` is ``earlier`` with a version after it: "VideoMAE V2" of "VideoMAE".

    >>> _later_version("VideoMAE V2", "VideoMAE"), _later_version("VideoMAE-L", "VideoMAE")
    (True, False)
    """
    return name.startswith(earlier) and LATER_VERSION.fullmatch(name, len(earlier), len(name)) is not None


# A second version after a name: "Llama 3.1/3.2", "Kite 3.1 & 3.2", "Kite 3.1 and 3.2" (not a
# revision of one model, which keeps its size: "Whisper large-v2/v3"; nor a count: "GPT-4 and 5
# others", "Kite-2 & 3 draft models", "Kite-2 / 2023", "Kite-2 and 1.5 million pairs").
SLASH_VERSION_AFTER = regex.compile(
    r"[ \t]?(?:/[ \t]?[0-9]{1,2}(?:\.[0-9]+)*|[ \t]?(?:&|and)[ \t][0-9]+\.[0-9]+)(?![\w]|\.[0-9])"
    r"(?![ \t](?i:thousand|million|billion|trillion|[KMBT]\b))"
)
LATER_VERSION = regex.compile(r"[ _-]?(?:[Vv](?:ersion[ ]?)?[0-9]+(?:\.[0-9]+)*|[0-9]+(?:\.[0-9]+)*|\+\+?)")


def _by_first_word(organizations: Iterable[Mention]) -> dict[str, set[str]]:
    """Organizations of more than one word, by their first word ("Wrenfield" -> {"Wrenfield
    AI"}), for the models named after them (see ``namesake_organization``)."""
    heads: dict[str, set[str]] = {}
    for org in organizations:
        head = org.name.split(" ", 1)[0]
        if " " in org.name and head not in NOT_ORGANIZATION_HEADS:
            heads.setdefault(head, set()).add(org.name)
    return heads


def _used_as_tool(text: str, end: int, mention: Mention) -> bool:
    """Whether the name after a count at ``end`` is a tool the run used: "on 15.5T tokens using
    MuonClip", "using the OwlClip variant"."""
    return bool(USING_JUST_BEFORE.search(text, max(end, mention.start - 14), mention.start))


def _introduced(text: str, mention: Mention) -> bool:
    intro = INTRO_BEFORE.search(text, max(0, mention.start - 80), mention.start)
    if intro is None or POSSESSED_METHOD_AFTER.match(text, mention.end, mention.end + 40):
        return False  # (not "releases a 2B model with Qwen3's data recipe")
    if intro.group("describes") is not None:  # "This report describes DeepSeek-V3, a ..."
        return DESCRIBED_AS_AFTER.match(text, mention.end, mention.end + 12) is not None
    return True


def _maker_in_name(model: str) -> str | None:
    """The organization a name opens with, as repositories name models after their maker:
    "Meta-Llama-3-8B-Instruct" is Meta's, "MiniMax-Text-01" MiniMax's."""
    word = LEADING_WORD.match(model)
    return canonical_organization(word.group(1)) if word is not None else None


def _another_models_count(text: str, s_start: int, end: int, until: int) -> bool:
    """Whether ", we build/train X" at [end, until) follows a phrase about another model, whose
    count the number at ``end`` is: "Starting from the 8B dense model pretrained on 6T tokens,
    we build X", "Like the base model, which saw 2T tokens, we train X" (not "Using an extra
    500B tokens of code, we trained X")."""
    we = WE_CLAUSE.search(text, end, until)
    return we is not None and MODEL_WORD_BEFORE.search(text, s_start, we.start()) is not None


def _line_word(name: str) -> str:
    """The letters a name opens with, lower-cased: "falcon" of "Falcon3-7B-Base" and "Falcon 3"."""
    word = LINE_WORD.match(name)
    return word.group().lower() if word else name.lower()


LINE_WORD = regex.compile(r"[A-Za-z]+")


def _maker_in_known_name(model: str) -> str | None:
    """The maker a name opens with when the rest is a model the reference gives that maker:
    "Meta-Llama-3-70B-Instruct" is Meta's whoever hosts it ("IBM now offers ..."); not
    "Google-Kite-2B", which no table knows."""
    word = LEADING_WORD.match(model)
    maker = canonical_organization(word.group(1)) if word is not None else None
    if word is None or maker is None:
        return None
    rest = STOCK_SUFFIX.sub("", model[word.end() :])  # ("-Instruct", "-hf": the maker's own
    # builds; not "Meta-Llama-3-8B-Arden-SFT", another lab's fine-tune)
    if not STOCK_NAME.fullmatch(rest):
        return None  # (a word after the size: "-Arden-SFT")
    known = _reference_organization(rest)
    return maker if known and canonical_organization(known) == maker else None


# A line's own build: its word, versions and a size ("Llama-3.1-405B", "Llama-3-8B").
STOCK_NAME = regex.compile(
    r"[A-Za-z][\w]*(?:[-_ ]Guard)?(?:[-_ .]?[0-9][0-9.]*)*[-_ ][0-9][0-9.]*[BbMm](?:[-_ ]Vision)?"
)
STOCK_SUFFIX = regex.compile(
    r"(?i)(?:[-_ ](?:instruct|chat|base|hf|it|v[0-9]+(?:\.[0-9]+)*|fp8|fp16|bf16|int4|int8|awq|gptq"
    r"|gguf|turbo|quantized))+\Z"
)


LEADING_WORD = regex.compile(r"([A-Za-z][\w.&]*)[-_ ](?=\w)")


def _reference_organization(model: str) -> str | None:
    try:
        from insights.extract.reference import organization_for
    except ImportError:
        return None
    return organization_for(model)
