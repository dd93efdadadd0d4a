"""The fact extractor: model-scale facts stated in free text, each tied to its characters.

``extract(text)`` finds every number (``quantities.find_quantities``), groups numbers that
share a scale or unit ("7, 13, 33 and 65 billion parameters"), reads the unit and qualifier
around each group, and asks ``linking`` which model (``names``) and organization each fact is
about, within its sentence (``sentences``) or paragraph. Comparative claims come from
``claims``; HTML in the text is read past by ``markup``. The text is never rewritten, so ``text[fact.start:fact.end]`` is always the number
as written.

Sentences, names and organizations are found lazily, around the facts only, so that a long
text costs what its facts cost; every lookup that could repeat per fact is remembered, which
keeps the work linear in the text (``benchmarks/extraction.py`` checks this on hostile input).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

import regex

from insights.extract import aliases, claims, dates
from insights.extract.collector import no_cycle_collection
from insights.extract.cues import asked, doubted, unstated
from insights.extract.fingerprint import extractor_version
from insights.extract.keys import without_build, without_release_stamp
from insights.extract.lines import last_before, line_start
from insights.extract.linking import (
    A_JUST_BEFORE,
    FOCUS_RULES,
    INDEFINITE_BEFORE,
    MEASURED_AS_BEFORE,
    MENTION_JOINER,
    NAME_OPEN_BRACKET,
    PART_AFTER,
    RESPECTIVELY_AFTER,
    Context,
    named_after_possessed,
    owned_part,
)
from insights.extract.markdown_tables import (
    EXCLUDED_PAIRS,
    SETTING_ROW_LABEL,
    table_rows,
    table_spans,
)
from insights.extract.markup import (
    join_soft_wraps,
    plain_code_sizes,
    plain_emphasis,
    plain_hyphens,
    strip_latex,
    strip_markup,
)
from insights.extract.names import (
    FILE_EXTENSIONS,
    LOWER_TIERED,
    RUNNER_TAG,
    Mention,
    model_key,
    organization_mentions,
    rejected_name,
    size_value,
    split_size,
)
from insights.extract.names import SIZE_IN_NAME as NAME_SIZE
from insights.extract.organizations import canonical_organization
from insights.extract.patterns import (
    ACTIVE_WORDS,
    AHEAD,
    BYTE_UNITS,
    CURRENCY_SIGNS,
    DATASET_HEADS,
    DATASET_WORDS,
    EARLIER_WORDS,
    EVALUATION_WORDS,
    FLOP_UNITS,
    HOURS_OF,
    MODEL_NOUNS,
    MONEY_WORDS,
    NOT_DATA_NOUNS,
    NOT_MODELS,
    NOT_TRAINING_TOKENS_AFTER,
    NOT_TRAINING_TOKENS_BEFORE,
    QUALIFIER_BEFORE,
    SCALE_LETTERS,
    SIZE_CUES,
    TOTAL_WORDS,
    UNIT_FILLER_STOP,
    UNIT_NOUNS,
    S,
    alternation,
    fold,
)
from insights.extract.quantities import (
    CHANGE_REACH,
    CHANGED_MODEL,
    NAME_ROUNDING,
    NAME_ROUNDING_SAID,
    Member,
    Quantity,
    find_quantities,
    refines,
)
from insights.extract.reference import find_model, hub_account_organization, organization_for
from insights.extract.rules import SAID_OF_THE_NAME
from insights.extract.windows import Stems, Words
from insights.fact import Fact


class ExtractionTimeout(RuntimeError):
    """The extractor gave up on a text that took too long to scan."""


# Seconds of regex work allowed per megabyte of text (at least MIN_TIMEOUT): a guard against
# pathological input, far above what any real text needs.
TIMEOUT_PER_MB = 20.0
MIN_TIMEOUT = 5.0


# What follows a number: its unit, possibly after a hyphen and a few describing words.
UNIT_AFTER = regex.compile(
    r"""
    (?P<bytes>%(s)s?(?i:%(bytes)s)(?![\w]))                 # 45TB, 1.5 terabytes
  | (?P<flop_unit>%(s)s?(?i:%(flop_units)s)(?![\w/]))       # 3,640 petaflop/s-days
  | (?:
        (?:(?<=(?<![\w.-]|\*\*,?[ \t]+(?:and[ \t]+|or[ \t]+)?)(?:\*\*|__)[0-9][0-9.,]*[KMBTkmbt]?)
          (?:\*\*|__))?+  # "**2.3T** Tokens"
          # (not the last of a list: "**360M** and **1.7B** parameters")
        \$?\+?(?:%(s)s*+[-‐‑–]%(s)s*+|%(s)s++|\n(?!\n)(?![ \t]*+[\w-]++(?:[ \t]++[\w-]++){0,3}+[ \t]*+[:=]))?     # "70B parameters", "540B-parameter", "15T+ tokens", "$10^{9}$ tokens"
        (?P<fillers>(?:(?:[\w][\w+'’.–-]*+,?+|\([^()\n]{1,30}\))%(s)s++){0,3}?)   # "14.8T diverse, high-quality tokens", "400M (image, text) pairs"
        ['‘"“]?(?P<unit>(?i:%(units)s))                      # the unit noun, or 'parameters' in quotes
        (?![\w])
    )
    """
    % {
        "s": S,
        "bytes": alternation(BYTE_UNITS),
        "flop_units": alternation(FLOP_UNITS),
        "units": alternation(UNIT_NOUNS),
    },
    regex.VERBOSE,
)
# Failing a unit, a noun that makes a bare size a model size: "a 124B open-weights model".
NOUN_AFTER = regex.compile(
    r"(?:%(s)s*+[-‐‑–]%(s)s*+|%(s)s++)?(?P<fillers>(?:[\w][\w+'’.-]*+%(s)s++){0,3}?)(?P<noun>(?i:%(nouns)s))(?![\w])"
    % {"s": S, "nouns": alternation(MODEL_NOUNS)}
)

UNIT_STEMS = Stems(*UNIT_NOUNS, *BYTE_UNITS, *FLOP_UNITS)  # one of which UNIT_AFTER needs
MODEL_NOUN_STEMS = Stems(*MODEL_NOUNS)  # and NOUN_AFTER

# Between two numbers of one list or range: "7, 13, 33 and 65", "from 7B to 65B", "0.5–72".
LIST_GAP = regex.compile(
    r"""
    %(s)s*+
    (?:(?i:total|active|activated|dense|sparse|moe|parameters?|params)%(s)s*+){0,2}
    -?%(s)s*+                                    # "1.3B-, 2.7B-, and 6.7B-parameter"
    (?:
        (?P<sep>,%(s)s*+(?:and|or|&)?|and|or|&|up\ to|to|through|vs\.?|versus|–|—|-|/|~|\+)%(s)s*+
      | (?P<sep2>(?:,%(s)s*+)?(?:and|or)|(?:up%(s)s++)?to)%(s)s++(?:a|an|the)%(s)s++   # "a 2B and a 7B variant", "from 0.6B up to the 235B MoE"
      | (?P<sep3>to|through)%(s)s++(?:(?i:over|about|around|nearly|almost|roughly|just\ over|more\ than)%(s)s++|[~≈]%(s)s*+)  # "from 70M to over 16B"
    )
    \Z
    """
    % {"s": S},
    regex.VERBOSE,
)

# What LIST_GAP needs between two numbers, one at least, for a quick no (its words are in
# lower case: it finds them in the text as written, as LIST_GAP does).
LIST_SEPARATORS = Stems(
    ",", "and", "or", "&", "to", "through", "vs", "versus", "–", "—", "-", "/", "~", "+",
)  # fmt: skip

LEFT_CONTEXT = 60  # characters read before a number for qualifiers and cues
RIGHT_CONTEXT = 80  # characters read after a unit

MULTIPLIER_AFTER = regex.compile(r"%s?(?:[x×]|times|-?fold)(?![\w])" % S, regex.IGNORECASE)
PERCENT_AFTER = regex.compile(
    r"%s?(?:%%|percent|per cent|pp|points?)(?![\w])" % S, regex.IGNORECASE
)
MONEY_NEAR = regex.compile(r"(?i:\b(?:%s)\b)" % alternation(MONEY_WORDS))
MONEY_AFTER = regex.compile(
    r"%s?(?i:dollars?|usd|euros?|yuan|rmb|pounds?|in (?:funding|revenue))\b" % S
)
NOT_DATA_AFTER = regex.compile(
    r"%s?-?(?:[\w-]++%s){0,2}?(?i:%s)\b" % (S, S, alternation(NOT_DATA_NOUNS))
)
# The words, one of which each pattern read around a number needs: where none is near, the
# pattern is not tried (a long list of sizes has none near most of its numbers).
NOT_DATA_STEMS = Stems(*NOT_DATA_NOUNS)
MONEY_STEMS = Stems(*MONEY_WORDS)
LABEL_STEMS = Stems("param", "model size", "token", "training", "layer", "depth", "compute")
ACTIVE_STEMS = Stems("activ", "of which")  # ACTIVE_BEFORE
TOTAL_STEMS = Stems("total", "out of", "of its", "of the")  # TOTAL_BEFORE
ACTIVE_AFTER_STEMS = Stems("act", "live", "use", "run", "fire", "engaged", "computed")
PER_TOKEN_STEMS = Stems("per", "for")
TOTAL_AFTER_STEMS = Stems("total", "stored", "overall")
AND_JOINERS = Stems(",", ";", "and", "while")  # AND_BEFORE (in lower case, as written)
# A change told as "from X to Y": "Meta went from 2T to over 15T", "grew from".
CHANGE_BEFORE = regex.compile(
    r"(?i)\b(?:went|go(?:es)?|grew|grow(?:s)?|rose|rises?|jumped|climbed|increased|moved"
    r"|doubled|tripled|scaled)[ \t]+(?:up[ \t]+)?from[ \t]+\Z"
)
RANGE_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:from|between|ranging from|range from|ranges from))%s+\Z" % S
)
QUALIFIER_BEFORE_NUMBER = regex.compile(
    r"(?r)(?i:(?<![\w])(?:%s))%s*\Z"
    % (
        "|".join(
            "(?P<%s>%s)" % (qualifier.replace(" ", "_"), alternation(words))
            for qualifier, words in QUALIFIER_BEFORE.items()
        ),
        S,
    )
)
# What QUALIFIER_BEFORE_NUMBER reads last before a number (and the spaces after it).
QUALIFIER_ENDINGS = tuple(w for words in QUALIFIER_BEFORE.values() for w in words)
TOTAL_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:a total of|total of|totaling|totalling|in total|out of|of its|of the)%s+|\bthe%s+total%s+(?:is|was|comes%s+to)%s+[~≈]?|total[_ ](?:param(?:eter)?s?)(?:%s*[*_]*[:=][*_]*%s*|%s+(?:is|are|was|of)%s+))\Z"
    % ((S,) * 9)
)
MARGIN_BEFORE = regex.compile(r"(?r)(?i:\b(?:points?|pp)%s+of%s+the%s+\Z)" % (S, S, S))
# (not "% of the": "only 5.5% of the 671B parameters are active" is a share of a total)
ACTIVE_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:activat\w*|active|of which)(?:(?:%s|_)+(?:parameters?|params)(?:_[bmt]n?)?[\"']?)?(?:%s+(?:count|per\ token))?(?:%s+(?:of|is|are))?(?:%s+(?:only|just|about|roughly|around))?)(?:%s+|%s*[*_]*[:=][*_]*%s*)\Z"
    % (S, S, S, S, S, S, S)
)
# A sentence about active counts only: "Active parameters range from 17B to 45.9B".
ACTIVE_SUBJECT = regex.compile(
    r"(?i:(?:[-*\u2022]%s+)?(?:the%s+)?(?:active|activated)%s+(?:parameter%s+)?"
    r"(?:counts?|parameters|params|sizes?)%s+(?:(?:mostly|typically|usually|only|still)%s+)?"
    r"(?:range|ranges|run|runs|are|is|sit|sits|fall|falls|vary|varies|go|goes|span|spans|stay"
    r"|stays|remain|remains)\b)" % (S, S, S, S, S, S)
)
ACTIVE_AFTER = regex.compile(
    r"(?i:%s*+\((?:activated|active)\)"  # a cell's "17B (Activated) 109B (Total)"
    r"|(?:%s++(?:parameters?|params))?,?%s++(?:(?:are|is|being|get|gets|of\s+which\s+are|of\s+them|of\s+those)%s++)?(?:%s|act(?=\.)|(?:used|activated|active|live|in\s+use|run|runs|fire|fires|engaged|computed)\s+(?:per|for\s+each|for\s+every|on\s+each)\s+(?:token|input|forward\s+pass))\b)"
    % (S, S, S, S, alternation(tuple(w for w in ACTIVE_WORDS if w != "live")))
)  # (after the count, "live" alone is where they reside: "Where do its 671B parameters live?")
# Right after a bare size: "only 39 Billion Per Token" is the active part of a sparse model.
PER_TOKEN_AFTER = regex.compile(
    r"%s++(?i:per|for\s+each|for\s+every)\s+(?i:token|forward\s+pass)\b" % S
)
# A range's first end right before a count: "between 18.6B and ", "3–".
RANGE_END_BEFORE = regex.compile(
    r"[0-9](?:[ \t]*(?:[KMBT]|billion|million))?[ \t]*(?:and|to|–|-)[ \t]*\Z"
)
# ... and before the whole it is a part of: "39 billion parameters out of 141 billion".
OUT_OF_WHOLE_AFTER = regex.compile(
    r"%s++(?i:out%s+of)%s+(?i:(?:a%s+total%s+of|its|the|about|roughly)%s+)?[0-9]" % ((S,) * 6)
)
AT_PRECISION_AFTER = regex.compile(r"@[ \t]?(?i:fp|bf|int|tf)[0-9]")
FIGURE_AFTER = regex.compile(r"(?i)[ \t]+(?:figure|number)s?\b")
SIZES_COMMA_BEFORE = regex.compile(
    r"(?i)\b(?:two|three|four|five|six|seven|eight|[2-9])[ \t]+sizes[ \t]*,[ \t]*\Z"
)
SIZE_CUE_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:%s))\b(?:%s+(?:of|from|between|including|such as|like|ranging from))?%s*[:(–—-]{0,2}%s*\Z"
    % (alternation(SIZE_CUES), S, S, S)
)
# A line labelled as a token count: "* Training tokens: 9T (Quill-Nano-360M: 4T)".
TOKENS_LINE_LABEL = regex.compile(
    r"(?i)[ \t>*+-]*(?:\*\*|__)?(?:pre-?)?training[ \t]+tokens(?:\*\*|__)?[ \t]*:"
)
MODEL_NOUN_NEXT = regex.compile(r"(?i)[ \t-]*(?:models?|variants?|checkpoints?|versions?)\b")
# A config's key for its training data: "images": 11000000, train_audio_hours = 5000000.
DATA_LABEL_BEFORE = regex.compile(
    r"(?r)(?i:(?<![\w-])(?:(?:train(?:ing)?|num|total|n)_)*(?:(?P<images>images)"
    r"|(?:audio_)?(?P<hours>hours)|(?P<examples>examples|samples|pairs|image_text_pairs|masks|documents))[\"']?[ \t]*[:=][ \t]*\Z)"
)
# A label's scale written as its suffix, as configs and APIs do: "params_b": 8, tokens_t = 15.
LABEL_SCALE_BEFORE = regex.compile(r"(?r)_([bmtBMT])n?[\"']?[ \t]*[:=][ \t]*\Z")
LABEL_BEFORE = regex.compile(
    r"""(?r)(?i:
        (?P<parameters>(?:parameters?(?:[_\ ]total)?|params(?:[_\ ]total)?(?:_[bmt]n?)?|model\ size|parameter\ (?:count|number|size|amount|quantity|scale)|number\ of\ parameters)(?:\ count)?
            (?:\ of\ [\w.+-]+(?:\ [\w.+-]+)?\ (?=is|was|stands|totals|reaches))?)
      | (?P<tokens>(?:training\ |pre-?training\ )?(?:consumed\ )?tokens(?:[_\ ](?:seen|trained|processed|total|consumed))?(?:_[bmt]n?)?|(?:training|pre-?training)\ (?:data|corpus)(?:\ size)?)
      | (?P<layers>number\ of\ layers?|layer\ number|layers|n_layers?|num_(?:hidden_)?layers|depth)
      | (?P<compute>(?:training\ )?compute)
    )
    [\s*_"']*(?:[:=|≈~]|\bof\b|\bis\b|\bwas\b|\bstands\ at\b|\btotals\b|\breach(?:es)?\b)[\s*_"']*(?:about|around|~|≈|roughly|approximately|just\ over|over)?\s*\Z""",
    regex.VERBOSE,
)
NOT_TOKENS_AFTER = regex.compile(
    r"%s*+(?i:%s)(?![\w])" % (S, alternation(NOT_TRAINING_TOKENS_AFTER))
)
NOT_TOKENS_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:%s))\b(?:[^.;\n•·|]|\n(?![\n•·*-])){0,25}\Z"
    % alternation(NOT_TRAINING_TOKENS_BEFORE)
)
SERVED_BEFORE = regex.compile(r"(?i)\bserv(?:e|es|ed|ing)\b(?![ \t]+as\b)[^.;\n]{0,30}\Z")
INFERENCE_AFTER = regex.compile(
    r"(?i)[ \t]+(?:of|at|in|during|for)[ \t]+inference\b"
    r"(?![ \t]+(?:traces|data|outputs|samples|examples|logs|efficiency|costs?|speed))"
)
# A key-value row's key, before its value: "| Batch size | 2 million tokens |".
KEY_CELL_BEFORE = regex.compile(r"(?r)\|([^|\n]{1,40})\|[ \t*_]*\Z")
EVERY_BEFORE = regex.compile(r"(?r)(?i:\bevery%s+(?:~|about%s+|roughly%s+)?\Z)" % (S, S, S))
# A point of a schedule, not how far training went: "the learning rate ... is stepped to 31.6% of
# the maximum at 1.6 trillion tokens", "warmup ends at 2B tokens".
SCHEDULE_POINT_BEFORE = regex.compile(
    r"(?i)\b(?:learning%(s)s+rates?|LR|warm-?up|decay(?:s|ed)?|stepped|annealing|anneal(?:s|ed)?"
    r"|of%(s)s+the%(s)s+(?:maximum|peak))\b[^.;:\n]{0,80}?"
    # (not where training itself ends: "a cosine learning rate schedule and training stopped at
    # 2T tokens", "after a short warmup, we stopped training at 2T tokens")
    r"(?<!\b(?:(?:pre-?)?training|run)%(s)s+(?:(?:was|is)%(s)s+)?(?:stop(?:s|ped)|end(?:s|ed)"
    r"|finish(?:es|ed)|concluded|halted|completed)%(s)s+|\b(?:stopp(?:ed|ing)|end(?:ed|ing)"
    r"|finish(?:ed|ing)|halt(?:ed|ing))%(s)s+(?:pre-?)?training%(s)s+)"
    r"\bat%(s)s+(?:about%(s)s+|around%(s)s+|~)?\Z"
    % {"s": S}
)
# What a benchmark times: "| Model | A100 GPU hours taken on 300B tokens |".
TIMED_ON_BEFORE = regex.compile(
    r"(?i)\b(?:hours|days|seconds|minutes|time)%(s)s+(?:taken|spent|needed|required)%(s)s+"
    r"(?:on|for|to%(s)s+process)%(s)s+\Z" % {"s": S}
)
# A context's length, not data: "with a context of (up to) one million base pairs".
CONTEXT_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:context(?:%s+(?:window|length))?%s+of|batch(?:%s+size)?(?:%s+of)?)%s+"
    r"(?:up%s+to%s+)?\Z)" % (S, S, S, S, S, S, S)
)  # (and a batch's: "a global batch of 1,024 sequences")
TRAINED_ON_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:pre-?)?trained%s+on%s+(?:(?:about|around|roughly|over|some|up%s+to|~|≈)%s*)?)\Z"
    % (S, S, S, S)
)
HOURS_AFTER = regex.compile(
    r"%s++(?i:of)%s++(?:[\w-]++,?%s++){0,4}?(?i:%s)" % (S, S, S, alternation(HOURS_OF))
)
DATASET_AFTER = regex.compile(
    r"%s*+(?:[A-Z][\w-]*+%s++)?(?i:%s)\b" % (S, S, alternation(DATASET_WORDS))
)
PER_AFTER = regex.compile(
    r"%s*+(?:per|/|a|an|each)%s*+(?i:token|second|step|gpu|day|batch|image|sample|query)\b" % (S, S)
)
PARAMETERS_PER = regex.compile(
    r"%s*+(?:per|/|each)%s*+(?i:expert|layer|gpu|device|node|head|block|shard)\b" % (S, S)
)
BYTES_AFTER = regex.compile(
    r"(?i:%s*+(?:of%s++(?!(?:memory|vram|ram|hbm|gddr\w*|storage|disk|ssd|cache)\b)(?:[a-z][\w-]*+,?%s++){0,5}?(?:text|data|code|web|tokens?|images?|audio|video|documents?|"
    r"books?|articles?|content|corpus|crawl|files|pages)|(?:[\w-]++%s++)?(?:corpus|dataset|data|text|training))\b)"
    % (S, S, S, S)
)
BYTES_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:trained|pre-?trained|training|pre-?training|corpus|dataset|data|mixture)\b[^.;]{0,30}\Z)"
)

# A size attached to a model name: "QwQ-32B", "Llama 3.1 405B", "Qwen2-57B-A14B".
ACTIVE_IN_NAME = regex.compile(r"-A(?P<active>[0-9]++(?:\.[0-9]++)?)(?P<scale>[BbMm])(?![\w])")


def extract(text: str, title: str | None = None, date: str | None = None) -> list[Fact]:
    """Every model-scale fact stated in ``text``, in order of position.

    Facts carry their value in absolute units, the character span of the number as written,
    and the sentence it came from:

    >>> [(f.kind, f.value, f.model) for f in extract("Chinchilla, a 70B-parameter model, was trained on 1.4 trillion tokens.")]
    [('parameters', 70000000000.0, 'Chinchilla'), ('training_tokens', 1400000000000.0, 'Chinchilla')]

    ``title``, when the document has one beside its text (a paper's or a page's), says which
    model the document is about when it names exactly one; offsets stay offsets into ``text``.
    ``date``, the document's own date ("2021-09-10"), dates a release said without its year
    ("announced HyperCLOVA in May"); without one, the text's dateline does ("Lab Notes · Issue
    48 · September 29, 2023", see ``dates.dateline``).

    Raises ``ExtractionTimeout`` only when the text defeats the regex guards (never seen on
    real text), and ``TypeError`` when given something other than a string.
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() needs a str, not {type(text).__name__}")
    timeout = max(MIN_TIMEOUT, TIMEOUT_PER_MB * len(text) / 1e6)
    try:
        read, origin = text, None
        html = strip_markup(text, timeout)
        if html is not None:
            read, origin = html
        latex = strip_latex(read, timeout)
        if latex is not None:
            read, inner = latex
            origin = inner if origin is None else [origin[i] for i in inner]
        for same_length in (plain_hyphens, plain_code_sizes, plain_emphasis):
            plain = same_length(read)
            if plain is not None:
                read = plain  # (same length: offsets hold)
                origin = origin or list(range(len(read) + 1))
        wrapped = join_soft_wraps(read)
        if wrapped is not None:
            read = wrapped  # (same length: offsets hold)
            origin = origin or list(range(len(read) + 1))
        if "\n" in read and _captions(read):
            read = read.replace("\n", " ")  # one flow of speech: line breaks are no pauses
            origin = origin or list(range(len(read) + 1))  # (same length: offsets hold)
        facts = _extract(
            read, timeout, title if isinstance(title, str) else None,
            date if isinstance(date, str) and date else dates.dateline(read),
        )  # fmt: skip
        return facts if origin is None else [_in_original(text, f, origin) for f in facts]
    except TimeoutError as error:
        raise ExtractionTimeout(
            f"gave up after {timeout:.0f}s on a {len(text):,}-character text"
        ) from error


CAPTION_STOPS = regex.compile(r"[.,!?;:|=<>{}#*•\t]")


def _captions(text: str) -> bool:
    """Speech captions, as video sites write them: short lines in lower case, cut anywhere,
    with no punctuation ("so chinchilla\nwas seventy billion parameters\nand it saw ...")."""
    lines = text.count("\n") + 1
    if lines < 4 or len(text) > 60 * lines or len(text) > 20_000:
        return False
    stops = 0
    for _ in CAPTION_STOPS.finditer(text):
        stops += 1
        if stops > lines // 4:
            return False
    return sum(map(str.isupper, text)) <= len(text) // 40


def _in_original(text: str, fact: Fact, origin: list[int]) -> Fact:
    """A fact read from the text without its markup, with offsets and sentence in ``text``."""
    sentence_end = origin[fact.sentence_start + len(fact.sentence) - 1] + 1
    if text[sentence_end - 1] == "<":  # ends on a tag read as a cell's edge: take all of it
        sentence_end = text.find(">", sentence_end) + 1 or len(text)
    sentence_start = origin[fact.sentence_start]
    return replace(
        fact,
        start=origin[fact.start],
        end=origin[fact.end - 1] + 1,
        sentence_start=sentence_start,
        sentence=text[sentence_start:sentence_end],
    )


@no_cycle_collection()
def _extract(
    text: str, timeout: float, title: str | None = None, date: str | None = None
) -> list[Fact]:
    context = Context(text, timeout, title)
    tabled = "|" in text or "  " in text or "\t" in text or text.count(",") > text.count(", ") + 3
    rows = context.tables = table_rows(text, timeout) if tabled else []
    context.name_from_tables(
        text[cell.start : cell.end]
        for r in rows
        if r.model and any(_counts_parameters(text, cell) for cell in r.numbers)
        for cell in (r.model, r.header)
        if cell is not None
    )  # (a row that counts a model's parameters, not "| Projector | 2-layer MLP | — |"; and a
    # side-on table's header, another name of its column's model: "| | v1 | v2 |")
    quantities = find_quantities(text, timeout)
    members: list[Member] = []
    for group in _groups(text, quantities):
        members.extend(_read_group(text, group, context))
    facts = _ranges_alike([fact for m in members if m.kind is not None for fact in context.fact(m)])
    facts = _parts_of_a_total(text, facts)
    facts = _tokens_of_unnamed_models(facts, context)
    if rows:
        facts = _with_tables(text, facts, context, rows)
    facts.extend(claims.find(text, context, timeout, quantities))
    facts.extend(dates.find(text, context, date, facts))
    facts.extend(aliases.find(text, context))
    facts = _without_address_sizes(text, facts, timeout)
    facts = _without_name_sizes_stated_otherwise(facts)
    facts = _short_names_in_full(text, facts)
    facts = _without_focus_across_rows(text, facts)
    facts = _without_focus_on_rows_of_two_sizes(text, facts)
    facts = _without_focus_on_setting_rows(text, facts)
    facts = _without_carried_second_sizes(facts)
    facts = _members_by_size(text, facts)
    facts.sort(key=lambda f: (f.start, f.end, f.kind))
    return facts


# Rules that give a size to the model the text is about, when its sentence names none: a
# family's size so given may be its member's (not linking's FOCUS_RULES, prefixes of rule names).
MEMBER_BY_SIZE_RULES = frozenset({
    "focus-heading", "focus-recent-subject", "focus-introduced", "focus-introduced-later",
    "focus-title", "focus-document-topic", "focus-bold-lead", "focus-parent-item", "the-size",
})  # fmt: skip


def _members_by_size(text: str, facts: list[Fact]) -> list[Fact]:
    """A size the focus rules give a family ("Wren" for "Released the 1.8B model, base and
    chat") is the member the text names with that size elsewhere ("Wren-1.8B"), when it names
    one: the family is several models, and the size says which. Two members of that size that
    are not one name and its variants ("Wren-1.8B" and "Wren-1.8B-Chat") leave it as it is.
    A size listed with such members ("train the 8B, 13B, and 34B models") is its family's
    member too, not another model the text names with that size ("LLaMA-3 8B", the base)."""
    sized: dict[float, set[str]] = {}
    sized_active: dict[float, set[str]] = {}  # (the active sizes names write: "Kite-1B-A400M")
    for f in facts:
        if f.rule in ("size-in-name", "family-list") and f.kind == "parameters" and f.model and f.value:
            table = sized_active if f.qualifier == "active" else sized
            table.setdefault(round(f.value, -6), set()).add(f.model)
    if not sized and not sized_active:
        return facts
    kept = []
    for f in facts:
        if (
            f.kind == "parameters"
            and f.rule in MEMBER_BY_SIZE_RULES
            and f.model
            and f.value
            and f.qualifier != "non-embedding"  # (a name writes the total, or the active)
        ):
            family, size = split_size(f.model)
            names = (sized_active if f.qualifier == "active" else sized).get(round(f.value, -6), ())
            members = sorted(
                (n for n in names if size is None and family and split_size(n)[0].startswith(family)),
                key=lambda n: (len(n), n),  # (the shortest, and one spelling each run)
            )
            if (
                members
                and _before_size(members[0]) == family
                and all(model_key(n).startswith(model_key(members[0])) for n in members)
            ):
                f = replace(f, model=members[0], rule="family-member")
        kept.append(f)
    return _listed_with_members(text, kept, sized)


# What joins the sizes of one list: "8B, 13B, and 34B", "7B/13B", "1B or 3B".
LIST_JOIN = regex.compile(r"[ \t]*+(?:[,/&][ \t]*+)?(?:(?:and|or)[ \t]++)?")


def _listed_with_members(text: str, facts: list[Fact], sized: dict[float, set[str]]) -> list[Fact]:
    """A size the rule "the-size" gives another model, in a list whose neighbours went to one
    family's members, is that family's member of its size when the text names exactly one."""
    order = sorted(range(len(facts)), key=lambda i: facts[i].start)
    kept = list(facts)
    for at, i in enumerate(order):
        f = facts[i]
        if f.rule != "the-size" or f.kind != "parameters" or not f.value:
            continue
        families, organizations = set(), set()
        for j in (order[at - 1] if at else None, order[at + 1] if at + 1 < len(order) else None):
            if j is None or facts[j].rule != "family-member" or facts[j].kind != "parameters":
                continue
            left, right = sorted((f, facts[j]), key=lambda g: g.start)
            join = LIST_JOIN.match(text, left.end, right.start)
            member = facts[j].model
            if join and join.end() == right.start and member:
                families.add(_before_size(member))
                organizations.add(facts[j].organization)
        if len(families) != 1 or len(organizations) != 1:
            continue
        members = [n for n in sized.get(round(f.value, -6), ()) if _before_size(n) in families]
        if len(members) == 1 and members[0] != f.model:
            kept[i] = replace(
                f, model=members[0], rule="family-member", organization=organizations.pop()
            )
    return kept


def _before_size(name: str) -> str | None:
    """The key of what a name writes before its size: a member of the family ("wren" for
    "Wren-1.8B-Chat"), not another model that starts alike ("WrenCoder-7B", "Wren 3.1 8B")."""
    match = NAME_SIZE.search(name)
    return model_key(name[: match.start()].strip(" -_/(")) if match else None


# Rules that carry a model from an earlier sentence, which in a table is an earlier row.
CARRIED_RULES = frozenset({
    "focus-recent-subject", "focus-introduced", "focus-introduced-later",
    "our-focus-recent-subject", "our-focus-introduced",
})  # fmt: skip
# A row that names the model a table is about: "| Model name | Kite-7B |".
NAME_ROW = regex.compile(
    r"(?m)^\|[ \t*_]*+(?i:model(?:[ \t]++(?:name|id))?|name)[ \t*_:]*+\|[^\n]*+"
)


def _without_focus_across_rows(text: str, facts: list[Fact]) -> list[Fact]:
    """A table whose rows are stories (a digest's papers, a changelog's items) gives no row a
    model that an earlier row named: "| **FineWeb** - a web dataset of 15 trillion tokens |"
    under a row about phi-3-mini is no count of phi-3-mini's. (A model named above the table,
    or in a row that names the table's model, "| Model name | Kite-7B |", still carries into
    it: a table of its properties.)"""
    spans = None
    headers: list[int] = []  # where each table's header starts, to find a fact's table
    name_rows: dict[int, list[tuple[int, str]]] = {}  # each table's name rows, where they start
    kept = []
    for f in facts:
        if f.rule in CARRIED_RULES and f.model and text.startswith("|", line_start(text, f.start)):
            if spans is None:
                spans = table_spans(text)
                headers = [header for header, _, _ in spans]
            i = bisect_right(headers, f.start) - 1
            if i >= 0 and spans[i][1] <= f.start < spans[i][2]:  # (in its body)
                row = line_start(text, f.start)
                if i not in name_rows:
                    name_rows[i] = [
                        (m.start(), m.group())
                        for m in NAME_ROW.finditer(text, spans[i][1], spans[i][2])
                    ]
                if (
                    f.model in text[spans[i][1] : row]
                    and f.model not in text[row : f.end]
                    and not any(at < row and f.model in line for at, line in name_rows[i])
                ):
                    f = replace(f, model=None, organization=None, rule=None)
        kept.append(f)
    return kept


def _without_focus_on_rows_of_two_sizes(text: str, facts: list[Fact]) -> list[Fact]:
    """A table row whose cells give the model in focus two different sizes is about no one
    model: "| 1x | 1B params, 20B tokens | 400M params, 8B tokens |" under "# Chinchilla" sets
    budgets side by side. Its counts that the focus gave that model go unlinked (a row whose
    own cells name a model is read by the table rules, not the focus)."""
    cells: dict[tuple[int, str, str | None], dict[float, set[int]]] = {}
    for f in facts:
        if f.kind == "parameters" and f.model and f.value and f.rule and f.rule.startswith(FOCUS_RULES):
            row = line_start(text, f.start)
            if text.startswith("|", row):
                cell = text.count("|", row, f.start)
                key = (row, f.model, f.qualifier)
                cells.setdefault(key, {}).setdefault(f.value, set()).add(cell)
    split = {
        (row, model)
        for (row, model, _), by_value in cells.items()
        if len(by_value) > 1 and len(set().union(*by_value.values())) > 1
    }
    if not split:
        return facts
    return [
        replace(f, model=None, organization=None, rule=None)
        if f.model
        and f.rule
        and f.rule.startswith(FOCUS_RULES)
        and f.kind in ("parameters", "training_tokens")
        and (line_start(text, f.start), f.model) in split
        else f
        for f in facts
    ]


# A pipe row's first cell, up to its next pipe (its opening pipe may be left out).
FIRST_CELL = regex.compile(r"[ \t]*+\|?[ \t]*+([^|\n]{1,60}?)[ \t]*+\|")
FIRST_CELL_REACH = 80  # how far into a line its first cell is looked for


def _without_focus_on_setting_rows(text: str, facts: list[Fact]) -> list[Fact]:
    """A table row whose label names a setting of training counts no model's size or data:
    "| Learning rate | 1.5e-4 | 10B tokens warm-up |", "| Batch size | 2048 x 2048 tokens |".
    What the focus gave the page's model there is unlinked, whatever the table's header."""
    kept = []
    for f in facts:
        if f.model and f.rule and f.rule.startswith(FOCUS_RULES) and f.kind in ("parameters", "training_tokens"):
            row = line_start(text, f.start)
            cell = FIRST_CELL.match(text, row, min(f.start, row + FIRST_CELL_REACH))
            if cell is not None and SETTING_ROW_LABEL.search(cell.group(1)):
                f = replace(f, model=None, organization=None, rule=None)
        kept.append(f)
    return kept


# Rules that carry the last sentence's subject to a sentence that names no model.
RECENT_SUBJECT_RULES = frozenset({"focus-recent-subject", "our-focus-recent-subject"})
SECOND_SIZE_REACH = 400  # how far back a model's own stated count is looked for
RESTATED_SHARE = 0.15  # how far a count may be from the stated one and restate it ("roughly
# 16B total ... Precisely, it has 15.7B total"), in a sentence that says it restates
SAME_SHARE = 0.01  # how far a count may be from the stated one and be it, said again
RESTATING_WORDS = regex.compile(
    r"(?i)\b(?:precisely|exactly|to[ \t]+be[ \t]+(?:exact|precise)|in[ \t]+full|specifically"
    r"|the[ \t]+exact|unrounded|rounded)\b"
)


def _without_carried_second_sizes(facts: list[Fact]) -> list[Fact]:
    """An active or total count carried to the last sentence's subject, whose own words just
    gave it another, is no second count of it but the next model's, unnamed: "Kimi K2 had 32B
    active and 1T total parameters. With 5B active and 121B total, the sparsity factor fits
    right in" (gpt-oss's, which an earlier paragraph named). A mixture of experts has one of
    each; a family's plain sizes, stated one sentence after another, are left as they are."""
    stated: dict[tuple[str, str | None], list[Fact]] = {}
    kept = []
    for f in sorted(facts, key=lambda f: f.start):
        if f.model and f.value and f.kind == "parameters" and f.qualifier in ("active", "total"):
            key = (f.model, f.qualifier)
            restated = RESTATING_WORDS.search(f.sentence or "") is not None
            if f.rule in RECENT_SUBJECT_RULES and any(
                abs(g.value - f.value)
                > (RESTATED_SHARE if restated else SAME_SHARE) * max(g.value, f.value)
                and f.start - g.end < SECOND_SIZE_REACH
                for g in stated.get(key, ())
                if g.value
            ):
                f = replace(f, model=None, organization=None, rule=None)
            elif f.rule and not f.rule.startswith(FOCUS_RULES) and f.rule != "size-in-name":
                stated.setdefault(key, []).append(f)  # (a name rounds: "OLMoE-1B-7B ... 1.3B
                # active")
        kept.append(f)
    return kept


def _short_names_in_full(text: str, facts: list[Fact]) -> list[Fact]:
    """A model called by the last word of the one full name the text gave it before: "We
    introduce Kimi K2 ... With MuonClip, K2 was pre-trained on 15.5 trillion tokens" is Kimi K2's
    (one model, one row). The short name must have a letter and a digit ("K2", "R1"), and only
    one name the text wrote earlier may end with it."""
    names = {f.model for f in facts if f.model}
    if len(names) < 2:
        return facts
    ending: dict[str, list[str]] = {}  # each name's last word -> the names it ends (one pass)
    for name in names:
        if " " in name.strip():
            ending.setdefault(name.rsplit(" ", 1)[1], []).append(name)
    full_of = {
        short: ending[short][0]
        for short in names
        if len(ending.get(short, ())) == 1 and SHORT_NAME.fullmatch(short)
    }
    if not full_of:
        return facts
    makers = {f.model: f.organization for f in facts if f.model in full_of.values() and f.organization}
    first = {full: text.find(full) for full in set(full_of.values())}  # (each looked for once)
    out = []
    for f in facts:
        full = full_of.get(f.model or "")
        if (
            full is not None
            and 0 <= first[full] < f.start
            and (f.organization is None or f.organization == makers.get(full))
        ):  # (not another lab's: "DeepSeek R1 ... Heron Labs' R1, a much smaller model")
            f = replace(f, model=full, organization=f.organization or makers.get(full))
        out.append(f)
    return out


SHORT_NAME = regex.compile(r"[A-Za-z][A-Za-z.]{0,3}[0-9][\w.]{0,3}")  # "K2", "R1", "V3.1"


def _ranges_alike(facts: list[Fact]) -> list[Fact]:
    """The two ends of a range are one model's or nobody's: "The dense models in the family
    range from 0.6B to 32B" under "# Qwen3-30B-A3B" left the 0.6B unlinked (not the card's
    size) and gave the 32B, near enough to 30B, to the card's model."""
    for i in range(len(facts) - 1):
        a, b = facts[i], facts[i + 1]
        if (
            a.qualifier == b.qualifier == "range"
            and a.kind == b.kind
            and a.sentence_start == b.sentence_start
            and (a.model is None) != (b.model is None)
            and a.rule not in KEPT_RANGE_RULES
            and b.rule not in KEPT_RANGE_RULES
            and b.start - a.end <= RANGE_GAP
        ):
            unlinked = a if a.model is None else b  # (its organization is the sentence's)
            facts[i] = replace(a, model=None, organization=unlinked.organization, rule=None)
            facts[i + 1] = replace(b, model=None, organization=unlinked.organization, rule=None)
    return facts


# A range's end a rule gives its own model: "Kite-3B ... from 1B to 3B" (the name's size), "from
# 44M to 280B parameters, with the largest named Gopher".
KEPT_RANGE_RULES = frozenset({"size-in-name", "named-later"})


RANGE_GAP = 8  # characters between a range's ends: "0.6B to 32B", "7–70B"


def _parts_of_a_total(text: str, facts: list[Fact]) -> list[Fact]:
    """Token counts a sentence adds up to its total are parts of the data, not a model's count:
    "a 363-billion-token dataset ..., combined with 345 billion tokens ..., for more than 700
    billion tokens in total" (BloombergGPT's count is the total)."""
    by_sentence: dict[int, list[int]] = {}
    for i, f in enumerate(facts):
        if f.kind == "training_tokens" and f.value:
            by_sentence.setdefault(f.sentence_start, []).append(i)
    for indexes in by_sentence.values():
        if len(indexes) < 3:
            continue
        total = next(
            (i for i in indexes if IN_TOTAL_AFTER.match(text, facts[i].end, facts[i].end + 20)),
            None,
        )
        if total is None:
            continue
        parts = [i for i in indexes if facts[i].end <= facts[total].start]
        if any(facts[i].model not in (None, facts[total].model) for i in parts):
            continue  # other models' counts beside a total: "Owl-7B on 1T, ... Kite-7B 2T in total"
        added = sum(float(facts[i].value or 0) for i in parts)
        if len(parts) >= 2 and 0.9 <= added / float(facts[total].value or 1) <= 1.1:
            for i in parts:
                facts[i] = replace(facts[i], model=None, rule=None)
    return facts


def _tokens_of_unnamed_models(facts: list[Fact], context: Context) -> list[Fact]:
    """Tokens and an active count said after a size no model owns are that unnamed model's,
    not the page's: "We present Kelp-LM-3B. To validate our filters we train 1.7B-parameter
    models on 120B-token samples" (the 1.7B runs saw the 120B tokens, not Kelp-LM-3B); "a 109B
    MoE needs all of its weights in memory even if only 17B are active"."""
    unowned: dict[int, tuple[int, bool]] = {}  # sentence start -> the end of its last unlinked
    # size, and whether "a" brought it in
    for i, f in enumerate(facts):
        since, indefinite = unowned.get(f.sentence_start, (None, False))
        if (
            since is not None
            and f.start - since <= UNOWNED_REACH
            and f.model is not None
            and (
                f.kind == "training_tokens"
                and f.rule is not None
                and f.rule.startswith(FOCUS_RULES)
                and not _owner_between(f, since, indefinite)
                or f.kind == "parameters"
                and f.qualifier == "active"
                and indefinite  # (not "A and B, with 1B and 3B total and 400M and 800M active")
                and f.rule in ("subject-before", "focus-recent-subject", "focus-introduced")
            )
            and not any(m.strong for m in context.models_between(since, f.start))
            and not THEN_BETWEEN.search(f.sentence, since - f.sentence_start, f.start - f.sentence_start)
        ):  # (not "from a dense 8B checkpoint pretrained on 6T tokens and then trained for a
            # further 1.5T tokens": the sentence's model again)
            facts[i] = f = replace(f, model=None, organization=None, rule=None)
        if (
            f.kind == "parameters"
            and f.qualifier == "active"
            and f.model is not None
            and i
            and facts[i - 1].model is None
            and facts[i - 1].kind == "parameters"
            and facts[i - 1].qualifier == "total"
            and facts[i - 1].sentence_start == f.sentence_start
            and f.rule in ("subject-before", "focus-recent-subject", "focus-introduced")
            and TOTAL_AND_ACTIVE_BETWEEN.fullmatch(f.sentence, facts[i - 1].end - f.sentence_start, f.start - f.sentence_start)
        ):  # the active part of a total no model owns: "32B dense against 671B total and 37B
            # active" (the other side's, as the total is)
            facts[i] = f = replace(f, model=None, organization=None, rule=None)
        if f.kind != "parameters" or f.qualifier == "active":
            continue
        at = f.start - f.sentence_start  # (in its sentence; the look-backs are bounded: a
        # one-line text of a million sizes is one sentence)
        if f.model is not None:
            unowned.pop(f.sentence_start, None)  # ("a 10B model on 200B tokens, yet our 7B model
            # ... after 1T tokens": the 1T is the 7B's)
        elif not IT_SAID_BEFORE.search(f.sentence, max(0, at - 60), at):
            # (not "It has 2.6B parameters, left unlinked as no count of Gemma 2 2B, and was
            # trained on 2T tokens": the model's own tokens)
            with_a = INDEFINITE_BEFORE.search(f.sentence, max(0, at - 40), at) is not None
            unowned[f.sentence_start] = (f.end, with_a)
    return facts


def _owner_between(f: Fact, since: int, indefinite: bool) -> bool:
    """Whether words between an unowned size (ending at ``since``) and the token count ``f``
    give the count back to the text's model: "a 10B model on 200B tokens, yet our 7B model ...
    after 1T tokens", "Unlike most 7B models, the model was trained on 4T tokens"; but not "the
    model" or "this model" after "a 400M-parameter model": that one."""
    owner = OWNER_WORD_BETWEEN.search(f.sentence, since - f.sentence_start, f.start - f.sentence_start)
    return owner is not None and not (indefinite and owner.group().lower().endswith("model"))


UNOWNED_REACH = 200  # how far after an unowned size its tokens or active count may stand
IT_SAID_BEFORE = regex.compile(
    r"\b(?:[Ii]t|[Tt]h(?:e|is)[ \t]+model)(?:,[ \t]+with|[ \t]+(?:has|had|is|was|weighs|packs|holds"
    r"|contains|comes[ \t]+in[ \t]+at|counts))[ \t]+"
    r"(?:(?!(?:from|of|than|like|as)\b)[\w-]+[ \t]+){0,3}\Z|\b(?:[Ii]ts|[Oo]ur)[ \t]+(?:[\w-]+[ \t]+)?\Z"
)  # (its own count: "it has 2.6B", "its 3B"; not "it was upcycled from a dense 8B checkpoint")
THEN_BETWEEN = regex.compile(r"\b(?:then|afterwards|later)\b")
OWNER_WORD_BETWEEN = regex.compile(r"\b(?:[Oo]ur|[Ii]ts?|[Tt]h(?:e|is)[ \t]+model)\b")

IN_TOTAL_AFTER = regex.compile(
    r"(?i)[ \t]+(?:in[ \t]+total|in[ \t]+all|combined)(?=[ \t]*(?:[.,;:)]|\Z))"
)  # (not "in all 46 languages", "combined with synthetic data")


# A web address, as a Markdown link's target or written out: "(https://hf.co/acme/kite-7b)".
LINK = regex.compile(r"\[[^\[\]\n]{0,200}\]\(([^()\s]{1,400})\)")
BARE_ADDRESS = regex.compile(r"\b(?:https?://|www\.)[^\s<>()\[\]\"'`|]{1,400}")


def _without_address_sizes(text: str, facts: list[Fact], timeout: float | None) -> list[Fact]:
    """No size is read from a web address: the 135M of ".../spaces/acme/Kite-135M-WebGPU" is a
    page's name, not a statement about whichever model the sentence names ("demos of Kite-135M
    and Kite-360M at [https://...]"), and the 1.5B in "[Qwen2.5-1.5B-Instruct](https://
    huggingface.co/Qwen/Qwen2.5-1.5B-Instruct) | 1.54B |" would stand beside the row's 1.54B."""
    if "](" not in text and "://" not in text and "www." not in text:
        return facts
    addresses = [m.span(1) for m in LINK.finditer(text, timeout=timeout)]
    addresses += [m.span() for m in BARE_ADDRESS.finditer(text, timeout=timeout)]
    if not addresses:
        return facts
    addresses.sort()
    starts = [a for a, _ in addresses]
    reach = 0  # the furthest end of the addresses before each one (they may nest)
    ends = []
    for _, b in addresses:
        reach = max(reach, b)
        ends.append(reach)

    def inside(f: Fact) -> bool:
        i = bisect_right(starts, f.start) - 1
        return i >= 0 and f.end <= ends[i]

    return [f for f in facts if f.kind in ("claim", "released", "alias") or not inside(f)]


def _without_name_sizes_stated_otherwise(facts: list[Fact]) -> list[Fact]:
    """A size read only from a model's name goes when the text states that model's count
    itself, more precisely and close to it: "Mistral 7B (7.3B)", a table row
    "| Qwen2-VL-7B | 8.3B |" or another sentence of the same document; an active size in a name
    ("-A2B") gives way to a stated active count (2.4B). The stated count is the model's size;
    the name's is a rounded label. A count no more precise than the name's ("Qwen2-72B" beside
    a 57B), or one that another name in the text carries ("The 72B model scores ahead of Llama
    2 70B", after Qwen-72B), may be another model's and takes nothing away. A build of the
    model is the model: "Saga-Lite-4B-GGUF" gives way to the 4.1B of "Saga-Lite-4B"."""
    sizes = [f for f in facts if f.kind == "parameters" and f.model and f.value is not None]

    def key_of(f: Fact) -> str:  # (the model a fact's name is, a build's being its model's)
        return model_key(without_build(f.model or ""))

    def undated_key_of(f: Fact) -> str:  # (and a dated release's: "OLMoE-1B-7B-0924")
        return model_key(without_release_stamp(without_build(f.model or "")))

    in_names: dict[float, set[str]] = {}
    for f in sizes:
        if f.rule == "size-in-name":
            in_names.setdefault(float(f.value or 0), set()).add(key_of(f))
    # (each model's distinct counts: a text that states one count a thousand times compares
    # each name with one value, not a thousand)
    # (and whether one of them was said of the name, away from words of making another model,
    # so that it may be a little further from the name's size: asked until one is)
    stated: dict[tuple[str, bool], dict[float, bool]] = {}
    in_rows: dict[tuple[str, bool], set[float]] = {}  # counts in the named model's own table row
    row_counts: dict[tuple[int, bool], set[tuple[str, float]]] = {}  # ... by row, with whose
    for f in sizes:
        if f.rule != "size-in-name" and f.qualifier not in (
            "range", "up to", "at least", "non-embedding"
        ):
            key, value = key_of(f), float(f.value or 0)
            if f.rule == "table-row":
                in_rows.setdefault((key, f.qualifier == "active"), set()).add(value)
                row = row_counts.setdefault((f.sentence_start, f.qualifier == "active"), set())
                row.add((key, value))  # (and its undated name's: "| OLMo-1B (0724) | 1.3B |")
                row.add((undated_key_of(f), value))
            if not in_names.get(value, set()) - {key}:
                values = stated.setdefault((key, f.qualifier == "active"), {})
                if not values.get(value) and f.rule in SAID_OF_THE_NAME:
                    at = f.start - f.sentence_start  # (the sentence around the count)
                    around = (f.sentence or "")[max(0, at - CHANGE_REACH) : at + CHANGE_REACH]
                    values[value] = not CHANGED_MODEL.search(around)
                else:
                    values.setdefault(value, False)
    if not stated:
        return facts

    def replaced(f: Fact) -> bool:
        if f.rule != "size-in-name" or f.kind != "parameters" or not f.value:
            return False
        named, key = f.value, (key_of(f), f.qualifier == "active")
        # (a dated release's name is its model's: "OLMoE-1B-7B-0924" gives way to the 1.3B of
        # "OLMoE-1B-7B"; but not the other way, nor to another date: a refresh may differ)
        undated = (undated_key_of(f), key[1])
        return any(
            refines(v, named, NAME_ROUNDING_SAID if wide else NAME_ROUNDING)
            for v, wide in (*stated.get(key, {}).items(), *stated.get(undated, {}).items())
        ) or any(  # (a row's count is its name's model's, however precise: "| X-15B | 16B |",
            # and that of the same model's base build in the row: "| X-1B | `acme/x-1b-base` | 1.3B |",
            # not "| Owl-7B | 7.3B | use Owl-7B-v2 instead |")
            v != named and max(v, named) <= NAME_ROUNDING * min(v, named)
            for v in (
                *in_rows.get(key, ()),
                *(
                    v
                    for row_model, v in row_counts.get((f.sentence_start, key[1]), ())
                    if row_model and key[0] in (row_model, row_model + "base", row_model + "hf")
                ),
            )
        )

    return [f for f in facts if not replaced(f)]


OWN_WORK = frozenset(
    {"ours", "our model", "this work", "proposed", "ours (proposed)", "our method"}
)
# What an organization column writes when it names nobody.
NOBODY = frozenset({"unknown", "undisclosed", "not disclosed", "none", "various", "n/a", "tbd"})
# Row labels made only of these words name a part, a sum or a branch, not a model.
NOT_A_MODEL_ROW = frozenset(
    """vision language text image audio speech model encoder decoder backbone projector adapter
    connector embedding embeddings head lm llm tower module component total overall sum main
    average mean branch step checkpoint - — subtotal all combined""".split()
)
STEP_ROW = regex.compile(r"(?i)(?:step|iter|ckpt|checkpoint|revision)[-_ ]?\d")  # "step10000-tokens42B"
# A column's role: the kind and unit of its bare numbers.
TABLE_UNITS = {
    "parameters": ("parameters", "parameters"), "training_tokens": ("training_tokens", "tokens"),
    "layers": ("layers", "layers"), "compute": ("compute", "FLOP"),
    "images": ("training_data", "images"), "hours": ("training_data", "hours"),
}  # fmt: skip
TABLE_KINDS = frozenset(kind for kind, _ in TABLE_UNITS.values())
TABLE_MINIMUM = {"parameters": 1e3, "training_tokens": 1e6, "layers": 1, "compute": 1e12,
                 "images": 1e3, "hours": 1e2}  # fmt: skip


# A bare count under "Params" with no unit in cell or header, below which it is in a unit the
# table omits ("1550" for 1,550M), not that many parameters.
BARE_PARAMETERS_MINIMUM = 1e5


def _column_organization(written: str) -> str | None:
    """The organization an organization column names, known or not: the first of a joint
    work's, without what brackets add.

    >>> _column_organization("BigCode (Hugging Face, ServiceNow)"), _column_organization("n/a")
    ('BigCode', None)
    >>> _column_organization("Stability AI / CompVis"), _column_organization("Institute of Science Tokyo")
    ('Stability AI', 'Institute of Science Tokyo')

    A known organization that opens a longer name is that organization: a team, a lab or a
    list of authors of it.

    >>> _column_organization("EleutherAI Polyglot team"), _column_organization("Huawei Noah's Ark Lab et al.")
    ('EleutherAI', 'Huawei')
    >>> _column_organization("Google Colab users")  # a platform's users, no unit of it
    'Google Colab users'

    A team named for its models is the organization that publishes under its name on a model
    hub.

    >>> _column_organization("Qwen (Alibaba)"), _column_organization("NovaSky (UC Berkeley)")
    ('Alibaba', 'NovaSky')
    """
    first = ORGANIZATION_SPLIT.split(BRACKETS.sub("", written))[0].strip(" *_")
    first = ET_AL.sub("", first)
    if len(first) < 2 or first.lower() in NOBODY:
        return None
    known = canonical_organization(first)
    if known is None:
        opening = organization_mentions(first)
        if opening and opening[0].start == 0 and all(
            word[0].isupper() or word[0].isdigit() or word.lower() in UNIT_WORDS
            for word in first[opening[0].end :].split()
        ):
            known = opening[0].name
    return known or hub_account_organization(first) or first


BRACKETS = regex.compile(r"\([^()]*\)")
ET_AL = regex.compile(r"[ ,]+et[ ]al\.?\Z")
# The words of a lab's team or unit after its organization's name are names or these:
# "EleutherAI Polyglot team", "Alibaba DAMO" (not "Hugging Face community", "Google Colab
# users", "Mistral community fine-tune": a platform's or a base's users, no maker).
UNIT_WORDS = frozenset("team group lab labs research division unit institute center centre".split())
ORGANIZATION_SPLIT = regex.compile(r"\s*(?:/|,|;|&|\band\b)\s*")


NOTE_AFTER_NAME = regex.compile(
    r"[ \t]*\((?![^()]*(?i:encoder|decoder|backbone|projector|unet|prior|head|tower"
    r"|\b(?:base|small|medium|large|xl|xxl|tiny|nano|mini|micro|lite|pro|ultra|moe|dense)\b))"
    r"[^()0-9]*\)\Z"
)
ARCHITECTURE_NOTE = regex.compile(r"(?i)[ \t]*\((?:moe|dense)\)\Z")
WORD_NOTE = regex.compile(r"[ \t]*\((?!(?i:moe|dense)\))[A-Za-z]+\)\Z")  # "(medium)", "(high)"
# A unit written in a table's cell, which says more than the column's header.
UNIT_WORD = regex.compile(
    r"(?i)param|token|layer|word|image|pair|hour|sample|flop|byte|[kmgtp]i?b\b|\bgb\b"
)


def _counts_parameters(text: str, cell) -> bool:
    return cell.column.role == "parameters" and any(c.isdigit() for c in text[cell.start : cell.end])


# An open bracket of sizes after a count in a cell: "1T (7B, " before "13B)".
SIZE_LABEL_BRACKET = regex.compile(r"[0-9][KMBT]?[ \t]*\((?:[ \t]*[0-9.]+[ \t]?[KMB][ \t]*,)*[ \t]*\Z")
# What stays a name once a maker is taken off: a word of three letters or more, not a tier
# ("| Meta's 405B |", "| DeepSeek's V3 |", "| Mistral's Large 2 |" keep their maker).
OWN_NAME = regex.compile(
    r"(?i)(?!(?:large|small|medium|base|mini|tiny|huge|pro|max|ultra|lite|flash|nano)\b)"
    r"(?:[a-z][a-z-]{2,}|[\u0370-\u03ff][\w.-]*)"
)  # (or a Greek letter's name: "| Physical Intelligence's π0 |")
# ... and its maker after it: "Code Llama by Meta AI", "Platypus by Lee et al.".
MADE_BY_IN_CELL = regex.compile(r"[ \t]+by[ \t]+(\p{Lu}[^|\n]{1,60})$")
AUTHORS = regex.compile(r"(?i)\b(?:et|at)[ \t]+(?:al|el)\b")
# A maker's possessive written before a model in a table's cell: "OpenAI's CLIP ViT-L/14".
MAKER_OWNS = regex.compile(r"([A-Z][\w.&-]*(?:[ \t][A-Z][\w.&-]*){0,2})['\u2019]s[ \t]+(?=\S)")


def _share(qualifier: str | None, index: int, count: int) -> str | None:
    """A table cell's qualifier for its ``index``-th of ``count`` sizes (numbers with a scale):
    a column of pairs ("Params (total / active)") gives "109B / 17B" one each, and a lone
    count neither."""
    if qualifier is not None and "/" in qualifier:
        return qualifier.split("/")[index] if count == 2 and index < 2 else None
    return qualifier


def _with_tables(text: str, facts: list[Fact], context: Context, rows: list) -> list[Fact]:
    """Facts from the tables' ``rows``: a row's model for the facts in it, and the bare numbers
    of columns whose header gives their unit ("| Params |" over "| 70B |")."""
    timeout = context.timeout
    by_start = {f.start: i for i, f in enumerate(facts)}
    parts: set[int] = set()  # the facts that are parts of a cell's sum
    row_starts = [row.start for row in rows]
    in_row: dict[int, list[int]] = {}  # row index -> indexes of the facts inside it
    for i, fact in enumerate(facts):
        r = bisect_right(row_starts, fact.start) - 1
        if r >= 0 and fact.start < rows[r].end:
            in_row.setdefault(r, []).append(i)
    groups = _table_groups(text, rows)
    # The tables whose "Params (non-emb.)" cells pair a count with its part (paired), and
    # those whose "Params (active)" cells pair a count with its share (pairs_lone).
    paired: set[int] = set()
    pairs_lone: set[int] = set()
    for r, row in enumerate(rows):
        for cell in row.numbers:
            excluded = cell.column.qualifier in EXCLUDED_PAIRS
            if (excluded or cell.column.lone is not None) and sum(
                q.scaled for q in find_quantities(text[cell.start : cell.end], timeout)
            ) == 2:
                (paired if excluded else pairs_lone).add(groups[r])
    noted: dict[tuple[int, str], int] = {}  # (table, name without its "(MoE)") -> its rows
    for r, row in enumerate(rows):
        if row.model is not None and (note := ARCHITECTURE_NOTE.search(text, row.model.start, row.model.end)):
            key = (groups[r], text[row.model.start : note.start()])
            noted[key] = noted.get(key, 0) + 1
    for r, row in enumerate(rows):
        if row.settings and r in in_row:
            settings = [
                i for i in in_row[r] if any(c.start <= facts[i].start < c.end for c in row.settings)
            ]  # "| Kite-7B | 7B | 3.2M tokens |" under "| Model | Params | Batch size |": a
            for i in settings:  # setting of the training, no model's size or data
                facts[i] = replace(facts[i], model=None, organization=None, rule=None)
            in_row[r] = [i for i in in_row[r] if i not in settings]
        model = text[row.model.start : row.model.end] if row.model else None
        if model is not None and model.endswith(")"):
            # a note after the name: "Mixtral-8x7B-v0.1 (previous generation)"; not "(72B)",
            # a part's count ("DALL-E 2 (decoder)") or a tier ("BERT (Large)")
            model = NOTE_AFTER_NAME.sub("", model) or model
            word = WORD_NOTE.search(model)
            if word is not None and SIZE_IN_NAME.search(model, 0, word.start()):
                model = model[: word.start()]  # a sized name's setting: "gpt-oss-20b (medium)"
            note = ARCHITECTURE_NOTE.search(model)
            if (
                note is not None
                and SIZE_IN_NAME.search(model, 0, note.start())
                and noted.get((groups[r], model[: note.start()]), 0) < 2
            ):  # "Qwen3-30B-A3B (MoE)": a sized name's note (not "Kite (MoE)" beside "Kite
                # (dense)", nor "Kite-1B (dense)" beside "Kite-1B (MoE)": two models)
                model = model[: note.start()]
        if (
            model is not None
            and row.model is not None
            and row.model.column.qualifier == "base"
            and not _counts_its_own(text, row, model, timeout)
        ):
            model = None  # "| Base model | Params |" over "| Llama-3.1-8B | 4.5B |": a pruned copy's
        maker = None
        if model is not None and (owned := MAKER_OWNS.match(model)) is not None:
            maker = canonical_organization(owned.group(1))
            rest = model[owned.end() :]
            if maker is not None and OWN_NAME.match(rest) and not rejected_name(rest):
                model = rest  # "| OpenAI's CLIP ViT-L/14-336px |": CLIP's (not "Meta's 405B")
            else:
                maker = None
        if model is not None and (by := MADE_BY_IN_CELL.search(model)) is not None:
            name = model[: by.start()].rstrip(" *_`")
            if name and not rejected_name(name):
                written = by.group(1)
                maker = maker or (
                    None if AUTHORS.search(written) else _column_organization(written)
                )  # (known or not: "by NousResearch"; not authors: "by Zhang et al.")
                model = name  # "| Code Llama by Meta AI | 7B, 13B, 34B, 70B |": Code Llama's
        if model is not None and model.lower().strip(" *()") in OWN_WORK:
            model = None  # "| Ours | 6.9B |": the paper's own model, unnamed
        if model is not None and (
            set(model.lower().strip(" *()").split()) <= NOT_A_MODEL_ROW or STEP_ROW.match(model)
        ):
            model = None  # "| Vision encoder | 0.4B |", "| **Total** | 8.4B |", "| main | 4T |"
        if row.data:
            for i in in_row.get(r, ()):
                if facts[i].model is not None and facts[i].rule != "size-in-name":
                    # "| FineMath | 34B tokens | SmolLM2, SmolLM3 |": a set's size, not a model's
                    facts[i] = replace(facts[i], model=None, organization=None, rule=None)
        if row.part:
            for i in in_row.get(r, ()):
                rule = facts[i].rule
                if rule is not None and rule.startswith(FOCUS_RULES):
                    # "| Annealing | 50B tokens of math |": a stage's tokens, not the model's all
                    facts[i] = replace(facts[i], model=None, organization=None, rule=None)
        names = MODEL_SEPARATOR.split(model) if model and len(row.numbers) <= LISTED_CELLS else []
        names = _sizes_in_full(names)
        if len(names) > 1:  # "| Lince-S / Lince-M / Lince-L | ... | 3B / 12B / 40B |"
            model = None
            for i in in_row.get(r, ()):
                named = _listed_name(text, row, names, facts[i].start)
                if named is not None and facts[i].rule != "size-in-name":
                    facts[i] = replace(facts[i], model=named, rule="table-row")
        organization = None
        if row.organization:
            written = text[row.organization.start : row.organization.end]
            # the column names it, known or not: "| Llama-3.1-Swallow-8B | Institute of
            # Science Tokyo |" (a dash or "n/a" names nobody)
            organization = _column_organization(written)
        if model:
            organization = organization or maker or context.organization_for(model, row.start, row.end)
            for i in in_row.get(r, ()):
                if facts[i].model is None and PART_AFTER.match(text, facts[i].end, facts[i].end + 40):
                    continue  # a part's count: "| ~860M U-Net + 123M text encoder |"
                if facts[i].model is None and SOURCE_IN_CELL.search(
                    text, max(row.start, facts[i].start - 40), facts[i].start
                ):
                    continue  # the model it came from: "| Falcon3-1B | pruned + distilled from 7B |"
                if facts[i].model != model and facts[i].rule != "size-in-name":  # (another cell's name)
                    in_name = row.model is not None and row.model.start <= facts[i].start < row.model.end
                    if facts[i].rule == "name-bracket" and not in_name and not any(
                        c.start <= facts[i].start < c.end for c in row.numbers
                    ):
                        continue  # another column's name and its size: "| BERT-base (110M) |"
                    facts[i] = replace(  # (a size inside the row's name is the name's)
                        facts[i], model=model, organization=organization,
                        rule="size-in-name" if in_name else "table-row",
                    )  # fmt: skip
                elif facts[i].model == model and row.organization and organization:
                    # the row's own name's size ("| Sarashina2-70B | SB Intuitions |"): the
                    # column's organization, not what the name suggests ("Llama-3.1-Swallow-8B")
                    facts[i] = replace(facts[i], organization=organization)
        line_start, line_end = row.line or (row.start, row.end)
        line = text[line_start:line_end].strip()
        for cell in row.numbers:
            role = cell.column.role
            if role == "excluded":  # "| Pythia-1B | 805,736,448 |" under "Non-embedding params"
                for q in find_quantities(text[cell.start : cell.end], timeout):
                    if cell.start + q.start in by_start:
                        parts.add(by_start[cell.start + q.start])
                continue
            kind, unit = TABLE_UNITS[role]
            quantities = find_quantities(text[cell.start : cell.end], timeout)
            scaled = [q for q in quantities if q.scaled]  # (not "(16 experts)" or "[1]")
            for q in quantities:
                start, end = cell.start + q.start, cell.start + q.end
                share = (
                    _share(cell.column.qualifier, scaled.index(q), len(scaled))
                    if q in scaled
                    else _share(cell.column.qualifier, 0, 0)
                )
                if (
                    share is None
                    and cell.column.lone is not None
                    and len(scaled) == 1
                    and q in scaled
                    and groups[r] not in pairs_lone
                ):
                    share = cell.column.lone  # "Params (active)" over lone counts only: active ones
                if share is None and cell.column.qualifier in EXCLUDED_PAIRS:
                    if groups[r] in paired:  # a lone count where other rows pair them: the
                        if start in by_start:  # total or the part, no telling which
                            parts.add(by_start[start])
                        continue
                    share = "non-embedding"  # a lone count under "Params (non-emb.)": that one
                if role == "training_tokens" and (
                    PLUS_BEFORE.search(text, cell.start, start)
                    or PLUS_AFTER.match(text, end, cell.end)
                ):  # a part of a sum: "| 363B financial + 345B general |", "+ 6T more"
                    if start in by_start:
                        parts.add(by_start[start])
                    continue
                if role == "training_tokens" and SIZE_LABEL_BRACKET.search(text, cell.start, start):
                    # the members a count is said of: "| 1T (7B, 13B), 1.4T (33B, 65B) |"
                    if start in by_start:
                        parts.add(by_start[start])
                    continue
                if start in by_start:
                    read = facts[by_start[start]]
                    if read.kind != kind and read.kind in TABLE_KINDS and not UNIT_WORD.search(
                        text, cell.start, cell.end
                    ):
                        # a bare "up to 9T" read as a size in a "Training tokens" column
                        facts[by_start[start]] = replace(read, kind=kind, unit=unit)
                    elif (
                        read.kind == kind == "parameters"
                        and read.qualifier is None
                        and share in ("total", "active", "non-embedding")
                    ):  # "| # Activated Params | 21B |": the row's share, read past the pipe
                        facts[by_start[start]] = replace(read, qualifier=share)
                    continue  # already read, with the unit the cell writes
                if text[end - 1] in "kK" and SIZE_AND_DASH_BEFORE.search(
                    text, max(cell.start, start - 12), start
                ):  # (a thousand, as a context is written: not a range's end, "| 7B-70B |")
                    continue  # a variant's context after its size: "| 7B-16k |" is no 16k count
                value = q.value if q.scaled else q.value * cell.column.multiplier
                if value < TABLE_MINIMUM[role] or kind == "layers" and q.scaled:
                    continue
                if role == "parameters" and value < BARE_PARAMETERS_MINIMUM and not (
                    q.scaled or cell.column.multiplier > 1
                ):
                    continue  # "| large-v3 | 1550 |" under "Params": in a unit the table omits
                before = text[max(cell.start, start - 3) : start]
                qualifier = share or ("approximate" if "~" in before else None)
                if qualifier is None and (
                    bound := QUALIFIER_BEFORE_NUMBER.search(text, max(cell.start, start - 25), start)
                ) and bound.lastgroup:
                    qualifier = bound.lastgroup.replace("_", " ")  # "| <1B |", "| over 1T |"
                named = _listed_name(text, row, names, start) if len(names) > 1 else model
                facts.append(
                    Fact(
                        kind=kind, value=float(value), unit=unit, model=named,
                        organization=organization, qualifier=qualifier, start=start, end=end,
                        sentence=line, sentence_start=line_start + text[line_start:line_end].index(line),
                        rule="table-row" if named else None,
                    )
                )  # fmt: skip
                by_start[start] = len(facts) - 1
    return [f for i, f in enumerate(facts) if i not in parts] if parts else facts


SIZE_AND_DASH_BEFORE = regex.compile(r"[0-9](?:[BbMm]|x[0-9]+[BbMm])-\Z")
TOTAL_AND_ACTIVE_BETWEEN = regex.compile(
    r"(?:[ \t]+(?:total|in[ \t]+total))?(?:[ \t]+param(?:eter)?s)?[ \t]*(?:,[ \t]*)?(?:and|with|,|/)[ \t]*"
)  # (" total and ", " total, ", "/")
# What a cell says a row's model came from, before a count: "distilled from 7B", "pruned from the
# 8B", "(teacher: 70B)" (a size in a table row that is another model's; any "from", so no list of
# the verbs before it: linking's MADE_FROM_SIZE_BEFORE, for prose, needs one).
SOURCE_IN_CELL = regex.compile(r"(?r)(?i:\b(?:from|teacher:?)%s+(?:the%s+|a%s+|an%s+)?\Z)" % (S, S, S, S))


def _table_groups(text: str, rows: list) -> list[int]:
    """For each row, a number shared by the rows of the same table: rows on one line or on
    lines one after another."""
    groups: list[int] = []
    group, last_end = 0, -1
    for row in rows:
        start, end = row.line or (row.start, row.end)
        if last_end >= 0 and start > last_end and text.count("\n", last_end, start) > 1:
            group += 1
        groups.append(group)
        last_end = max(last_end, end)
    return groups


def _counts_its_own(text: str, row, model: str, timeout: float) -> bool:
    """Whether a row under a "Base model" header counts its base itself: the size its name
    writes is its parameter cell's, rounded ("| Wren-4B | 4.3B |"), not a derived model's
    ("| Llama-3.1-8B | 4.5B |" in a table of pruned copies)."""
    named = split_size(model)[1]
    if named is None:
        return False
    for cell in row.numbers:
        if cell.column.role == "parameters":
            for q in find_quantities(text[cell.start : cell.end], timeout):
                value = q.value if q.scaled else q.value * cell.column.multiplier
                return max(value, named) <= NAME_ROUNDING * min(value, named)
    return False


# A number added to another in one cell: "363B financial + 345B general".
PLUS_BEFORE = regex.compile(r"\+[^|+]{0,30}\Z")
PLUS_AFTER = regex.compile(r"[^|+(]{0,30}\+[ \t]*[~≈]?[0-9]")  # (not "10.2T (V2 + 6T more)")
# Names listed in one model cell: "Lince-S / Lince-M / Lince-L" (in a row of at most
# LISTED_CELLS value cells: each value looks its cell up among them).
MODEL_SEPARATOR = regex.compile(r"[ \t]+/[ \t]+")
LISTED_CELLS = 32


# A listed name that is only a size: "180B" of "Falcon 7B / 180B".
BARE_SIZE = regex.compile(r"[*_`]*+[0-9][0-9.,]*+[ \t]?+[KMBTkmbt][*_`]*+")


def _sizes_in_full(names: list[str]) -> list[str]:
    """The names a model cell lists, a bare size written as the first name's family with it:
    "Falcon 7B / 180B" lists "Falcon 7B" and "Falcon 180B", not a model "180B" (none, when the
    first name writes no size to take the family from: then as written)."""
    if len(names) < 2 or not any(BARE_SIZE.fullmatch(n) for n in names[1:]):
        return names
    first = NAME_SIZE.search(names[0])
    family = names[0][: first.start()].strip(" *_`-") if first else ""
    if not family:
        return names
    return [names[0]] + [
        f"{family} {n.strip(' *_`')}" if BARE_SIZE.fullmatch(n) else n for n in names[1:]
    ]


def _listed_name(text: str, row, names: list[str], start: int) -> str | None:
    """Of the names a model cell lists, the one a number at ``start`` stands for: its place in
    a cell that lists as many values ("3B / 12B / 40B"); None when the cell lists another
    number of them, or the number is in no value cell."""
    for cell in row.numbers:
        if cell.start <= start < cell.end:
            if len(MODEL_SEPARATOR.split(text[cell.start : cell.end])) != len(names):
                return None
            return names[len(MODEL_SEPARATOR.findall(text, cell.start, start))]
    return None


def _groups(text: str, quantities: list[Quantity]) -> list[list[Member]]:
    """Numbers in order, with the numbers of one list or range grouped together."""
    groups: list[list[Member]] = []
    previous: Member | None = None
    for quantity in quantities:
        member = Member(quantity, quantity.end)
        if previous is not None and _joined(text, previous.quantity, quantity):
            groups[-1].append(member)
        else:
            groups.append([member])
        previous = member
    return groups


VERSION_BEFORE = regex.compile(r"(?r)(?:[\w][-_]|[A-Z][\w.+-]*[ \u00a0])\Z")


def _in_name(text: str, q: Quantity) -> bool:
    """Written into a hyphenated name: the 65B of "LLaMA-65B"."""
    return q.start >= 2 and text[q.start - 1] in "-_" and text[q.start - 2].isalnum()


def _joined(text: str, left: Quantity, right: Quantity) -> bool:
    gap = right.start - left.end
    if gap > 30 or gap < 1:
        return False
    if not LIST_SEPARATORS.found(text[left.end : right.start]):
        return False  # no word or mark LIST_GAP could read between them: "70B 13B"
    if not left.scaled and VERSION_BEFORE.search(text, max(0, left.start - 30), left.start):
        return False  # a version in a name, not a list: "phi-1, a 1.3B model", "Aya 101, a 13B"
    if _in_name(text, left) or _in_name(text, right) and not (
        right.start - 1 == left.end and right.scaled and not left.scaled
    ):
        return False  # "from 1.4T for LLaMA-65B to 18T": the 65B belongs to a name (but the
        # 8B of "7-8B" is a range's end: its hyphen follows a bare number, not a name)
    gap_match = LIST_GAP.match(text, left.end, right.start)
    if (
        gap_match is not None
        and (gap_match.group("sep2") or "")[-2:] == "to"
        and not RANGE_FROM_BEFORE.search(text, max(0, left.start - 30), left.start)
    ):
        return False  # "to the" ends a range only after its "from": "from 0.6B up to the 235B
        # MoE", not "distilling 405B to a 8B student", one model made from another
    return gap_match is not None


# A range's opening word before its first end: "from 0.6B", "between the 7B" (named apart from
# linking's FROM_BEFORE, a different pattern: "from about 300B").
RANGE_FROM_BEFORE = regex.compile(r"(?r)(?i:\b(?:from|between)%s+(?:(?:a|an|the)%s+)?\Z)" % (S, S))


BYTES_AHEAD = regex.compile(
    r"[ \u00a0]?(?:[kmgtp]i?b|bytes|kilobytes|megabytes|gigabytes|terabytes|petabytes|gigs)\b"
)


def _cannot_be_a_size(text: str, q: Quantity) -> bool:
    """A quick no for the many plain small numbers ("3 tasks", "in 2023", "Table 2").

    Only a unit can make a plain number under a million a fact: layers for small ones, and
    hours, images or examples from a thousand up. Everything else needs a scale.
    """
    if q.scaled or q.value >= 1e6:
        return False
    following = text[q.end : q.end + 40].lower()
    if (
        "layer" in following
        or "blocks" in following
        or ("b" in following[:12] or "gigs" in following[:6])
        and BYTES_AHEAD.match(following)
    ):
        return False
    if "layer" in text[max(0, q.start - 20) : q.start].lower():
        return False  # a label: "Layers: 32"
    if "_" in text[max(0, q.start - 8) : q.start] and LABEL_SCALE_BEFORE.search(
        text, max(0, q.start - 30), q.start
    ):
        return False  # a label with its scale: "params_b": 8
    return (
        q.value < 1000
        or q.value == int(q.value)
        and 1900 <= q.value <= 2100
        and not ("hour" in following or "image" in following or "pair" in following)
    )


NAME_PART_BEFORE = regex.compile(r"[A-Za-z][/-]?\Z")  # "ViT-H/14", "Llama-2"


def _read_group(text: str, group: list[Member], context: Context) -> list[Member]:
    """Units, scales and qualifiers for each number of a group, shared where unstated."""
    if len(group) > 1:
        group = [
            m for m in group
            if m.quantity.scaled
            or not NAME_PART_BEFORE.search(text, max(0, m.quantity.start - 2), m.quantity.start)
        ]  # (not the end of a name: the 14 of "from ViT-H/14 to 22B-parameter ViTs")
    if len(group) == 1 and _cannot_be_a_size(text, group[0].quantity):
        return []
    for member in group:
        _read_unit(text, member, context.words)
    # A scale or unit written once at the end applies to the numbers before it.
    scale_value = None
    shared: Member | None = None
    borrowed: list[tuple[int, int]] = []  # (a member, the one whose unit it took: by index)
    shared_at = -1
    for i in range(len(group) - 1, -1, -1):
        member = group[i]
        q = member.quantity
        if q.scale in ("word", "letter"):
            scale_value = q.multiplier
        elif scale_value is not None and not q.scaled and q.value < 1000:
            ranged_end = _separator(text, member, group[i + 1]) in RANGE_SEPARATORS
            # (not a range's low end that the scale would make its high end's better: "models
            # from 768 to 1.5B non-embedding parameters" holds 768 parameters, not 768B)
            if not (
                ranged_end
                and q.value * scale_value > (group[i + 1].value or group[i + 1].quantity.value)
            ):
                member.value = q.value * scale_value
                member.ranged = ranged_end
        if member.unit or member.noun:
            shared, shared_at = member, i
        elif (
            shared is not None
            and not (shared.kind == "layers" and q.scaled)
            and not (
                shared.kind != "parameters"
                and (
                    shared is group[-1]
                    and _bracket_spec(text, group)
                    or MOE_WORD_AFTER.match(
                        text, q.end, q.end + AHEAD
                    )  # "671B total, 37B active, 14.8T tokens"
                )
            )
        ):
            member.kind, member.unit, member.noun = shared.kind, shared.unit, shared.noun
            borrowed.append((i, shared_at))
    if len(group) == 2 and _sizes_then_tokens(text, *group):
        group[1].kind, group[1].unit = "training_tokens", "tokens"
    first = group[0].quantity
    before = text[max(0, first.start - LEFT_CONTEXT) : first.start]
    ranged = len(group) > 1 and (
        RANGE_BEFORE.search(before) or _separator(text, group[0], group[1]) in RANGE_SEPARATORS
    )
    kept = []
    ends: list[tuple[Member, str | None]] = []  # a range's ends, with their qualifiers before
    # Which members carry a parameter unit or a model noun, counted once and kept up to date
    # as each is classified: asking every other member again made long lists quadratic.
    sized = [m.unit == "parameters" or m.noun for m in group]
    sized_count = sum(sized)
    for i, member in enumerate(group):
        if member.value is None:
            member.value = member.quantity.value
        classified = _classify(text, member, group, i, context, sized_count - sized[i] > 0)
        now = member.unit == "parameters" or member.noun
        sized_count += now - sized[i]
        sized[i] = now
        if classified:
            if member.qualifier is None and member.kind == "parameters":
                member.qualifier = _active_by_subject(text, member, context)
            if ranged and (
                member.qualifier in (None, "total", "non-embedding")
                or i == len(group) - 1
                and i > 0
                and member.qualifier == "at least"  # (not "rose from 10.7B to about 10.8B")
                and _separator(text, group[i - 1], member) in RANGE_SEPARATORS
                and not CHANGE_BEFORE.search(before)  # (nor "went from 2T to over 15T")
            ) and group[-1].kind in (
                None,
                member.kind,
            ):  # ("from 1B to 16B total parameters", "from 70M to over 16B parameters")
                ends.append((member, member.qualifier))
                member.qualifier = "range"  # not "405B — 126 layers", two kinds
            kept.append(member)
            active = _active_in_name(text, member)
            if active is not None:
                kept.append(active)
            elif member.rule == "size-in-name" and member.kind == "parameters":
                member.qualifier = _pair_in_name(text, member) or member.qualifier
    listed: dict[int, tuple[int, bool]] = {}  # (a unit's member: how far back the joins are
    for at, last in borrowed:  # read, and whether all make a list; each join read once)
        member, shared = group[at], group[last]
        read_from, joined = listed.get(last, (last, True))
        joined = joined and all(
            _separator(text, group[j], group[j + 1]) in ("", "and", "or", "&")
            for j in range(at, read_from)
        )
        listed[last] = (at, joined)
        if (
            joined
            and member.qualifier is None
            and shared.qualifier == "active"
            and member.kind == shared.kind == "parameters"
            # (a list: not "671B, 37B active", a total first)
            and _separator(text, group[last - 1], shared) in ("and", "or", "&")
            and (member.value or 0) < (shared.value or 0)  # (nor "16B and 2.8B active": a total
            # is larger than its active count; a list of active ones runs up, model by model)
        ):
            member.qualifier = "active"  # one unit's qualifier for the list before it: "with
            # 400M and 800M activated parameters respectively"
    read = [m for m in group if m.kind is not None and m.value is not None]
    if ends and (
        read[-1].rule == "size-in-name"  # the far end in a name: "Llama2 7B ... Llama2 70B"
        or len(read) == 2
        and (read[0].kind != read[1].kind or not read[0].value < read[1].value)  # type: ignore[operator]
    ):  # (but "Gemma 2 2B–27B" is a range, its first end written in a name)
        for m, prior in ends:  # no range: "Falcon 180B — 3.5T tokens", "Heron-R 34B — 34
            m.qualifier = prior  # billion parameters" (a name's size, then a count)
    if len(kept) > 1 and kept[0].quantity.scale in ("letter", "word"):
        owner = _possessive_owner(text, kept[0].quantity, context)
        for member in kept if owner else ():
            if member.model is None:  # "Gopher's 280B parameters and 300B tokens"
                member.model, member.rule = owner, "possessive"
    if len(kept) > 1 and kept[0].model and kept[0].kind == "parameters":
        written = text[kept[0].quantity.start : kept[0].quantity.end]
        if kept[0].model.endswith(" " + written):  # "Llama 3.2 1B and 3B": the family's sizes
            family = kept[0].model[: -len(written)].rstrip()
            for left, member in zip(kept, kept[1:], strict=False):
                separator = _separator(text, left, member)
                if (
                    member.model is None
                    and member.kind == "parameters"
                    # (not a model called by its size in a clause of its own: "built on Llama
                    # 3.1 8B and the 90B on Llama 3.1 70B"; but "Pythia 1.4B and the 6.9B")
                    and not (
                        text[member.quantity.start - 4 : member.quantity.start].lower() == "the "
                        and (on := PREPOSITION_AFTER.match(text, member.quantity.end, member.quantity.end + 8))
                        and (base := context.mention_starting(on.end())) is not None
                        and base.strong
                    )
                    # (nor one brought in with "a": "Olmo 3 7B and a 13B dense baseline")
                    and not A_JUST_BEFORE.search(text, max(0, member.quantity.start - 4), member.quantity.start)
                    and (
                        separator in ("", "and", "or", "&")  # "," is ""
                        # "Kite 2 7B/13B" (not "R1 671B/37B", its active count; nor, in a
                        # sentence about experts, "Kite 17B/109B", active then total)
                        or separator == "/"
                        and (member.value or 0) > (left.value or 0)
                        and not _about_experts(text, left, member, context)
                    )
                ):
                    # the member the size names, as the list shortens it: "Llama 3.2 3B"; but
                    # a part of a count names no member ("Kite 2 400B total and 17B active")
                    size = text[member.quantity.start : member.quantity.end]
                    member.model = (
                        f"{family} {size}"
                        if LETTER_SIZE.fullmatch(size)
                        and member.qualifier not in ("active", "non-embedding")
                        else family
                    )
                    member.rule = "family-list"
    sizes = [
        m for m in kept
        if m.kind in ("parameters", "training_tokens", "training_data")
        and m.rule != "size-in-name"  # (a name's "70B" is no size the sentence compares)
    ]  # fmt: skip
    if sizes and sizes[-1].kind is not None and sizes[-1].unit is not None:
        context.last_size = (sizes[-1].kind, sizes[-1].unit, sizes[-1].quantity.end)
    tokens = [m for m in kept if m.kind == "training_tokens"]
    if tokens:
        context.last_tokens = tokens[-1].quantity.end
    if _total_slash_active(text, kept, group, context):
        kept[0].qualifier, kept[1].qualifier = "total", "active"  # "MiniMax-Text-01 (456B/45.9B)"
    if len(kept) == 2 and len(group) == 2 and _separator(text, *group) in ("vs", "vs.", "versus"):
        _versus(text, kept, context)
    elif (
        len(kept) >= 2
        and not ranged
        and all(
            m.model is None
            or m.rule == "subject-owner"
            # (or a name just after, when "respectively" pairs the list: "at 7B and 14B with
            # phi-3-small and phi-3-medium respectively")
            or m.rule == "name-just-after"
            and RESPECTIVELY_LATER.match(text, kept[-1].quantity.end, kept[-1].quantity.end + AHEAD)
            for m in kept
        )
        and not {"total", "active"} <= {m.qualifier for m in kept}
    ):  # (a subject read for the first size alone is the last of a list that pairs with them:
        # "Phi-3-small and Phi-3-medium, at 7B and 14B, are coming"; not a total and an active
        # count, which each model has: "DeepSeek-V3 and DeepSeek-R1 have 671B total and 37B
        # active parameters")
        _respectively(text, kept, context)
    return kept


def _about_experts(text: str, first: Member, second: Member, context) -> bool:
    """Whether the sentence around two counts speaks of experts or active parameters."""
    s_start, s_end = context.sentences.span(first.quantity.start)
    start = max(s_start, first.quantity.start - AHEAD)
    end = min(s_end, second.quantity.end + AHEAD)
    return bool(EXPERTS_WORD.search(text, start, end))


def _total_slash_active(text: str, kept: list[Member], group: list[Member], context) -> bool:
    """Two parameter counts joined by a slash, the larger first, in a sentence about experts:
    a mixture of experts' total and active counts ("MiniMax-Text-01 (456B/45.9B) ... chose
    mixture-of-experts"); not sizes listed from small to large ("Llama 2 7B/13B"), nor sizes
    of a family ("70B/8B sizes"), nor a sentence that says "dense"."""
    if len(kept) != 2 or len(group) != 2 or _separator(text, *group) != "/":
        return False
    first, second = kept
    if first.kind != "parameters" or second.kind != "parameters" or first.qualifier or second.qualifier:
        return False
    if not (first.value and second.value and first.value > 2 * second.value):
        return False
    after = second.quantity.end
    if SIZES_AFTER.match(text, after, after + AHEAD):
        return False  # "Llama 3 comes in 70B/8B sizes"
    if DENSE_AFTER.match(text, after, after + AHEAD):
        return False  # "70B/13B, both dense"
    return _about_experts(text, first, second, context)


EXPERTS_WORD = regex.compile(r"(?i)\b(?:mixture[- ]of[- ]experts|MoE|experts|sparse|activ\w*)\b")
DENSE_AFTER = regex.compile(r"(?i)[^.;\n]{0,30}?\bdense\b")
SIZES_AFTER = regex.compile(r"(?i)[ \u00a0]*(?:\)[ \u00a0]*)?(?:sizes|models|variants|versions)\b")


def _sizes_then_tokens(text: str, size: Member, data: Member) -> bool:
    """The shorthand of notes and slides for a model's size and its data: "70B / 1.4T"."""
    a, b = size.quantity, data.quantity
    return (
        size.kind is None
        and data.kind is None
        and a.scale == b.scale == "letter"
        and text[a.end - 1] in "BMbm"
        and text[b.end - 1] in "Tt"
        and b.value >= 10 * a.value
        and _separator(text, size, data) == "/"
    )


def _versus(text: str, members: list[Member], context: Context) -> None:
    """Two sizes set against each other after the two models they belong to, in order:
    "Chinchilla used 4x fewer parameters than Gopher (70B vs 280B)"."""
    first = members[0].quantity
    before = [m for m in context.sentence_models(first.start) if m.end <= first.start and m.strong]
    if len(before) >= 2 and model_key(before[-2].name) != model_key(before[-1].name):
        members[0].model, members[1].model = before[-2].name, before[-1].name
        members[0].paired = members[1].paired = True
        members[0].rule = members[1].rule = "versus"


def _respectively(text: str, members: list[Member], context: Context) -> None:
    """Sizes listed against models listed in the same order: "GPT-3 and Gopher have 175B and
    280B parameters (respectively)": as many names, written as one list, before the sizes."""
    first = members[0].quantity
    if MEASURED_AS_BEFORE.search(text, max(0, first.start - 40), first.start):
        return  # "they run with the memory footprint of roughly 2B and 4B models": sizes of
        # models they are measured against, not theirs in turn
    before = [m for m in context.sentence_models(first.start) if m.end <= first.start and m.strong]
    if not before:
        named = _listed_before_they(text, members, context)
        for member, mention in zip(members, named or (), strict=False):
            member.model, member.paired, member.rule = mention.name, True, "respectively"
        if named:
            return
    clause = text.rfind(";", before[-1].end, first.start) if before else -1
    s_start = context.sentences.span(first.start)[0]
    listed = [m for m in before if not context.compared(m) and not context.is_base(m, s_start)]
    they = THEY_CLAUSE.match(text, clause + 1, first.start) if clause != -1 else None
    if (
        they is not None
        and len(listed) == len(members)  # (not "Kite-1B, Kite-3B and Kite-7B ...; the two
        # smaller ones", nor a baseline they beat or a base: "... beat Llama-2-70B; the two")
        and len({m.kind for m in members}) == 1
        and not {m.qualifier for m in members} & {"total", "active"}
        and (
            RESPECTIVELY_LATER.match(text, members[-1].quantity.end, members[-1].quantity.end + AHEAD)
            or they.group().strip().lower() != "both"  # ("; both have 70B total and 12B
            # active" is each one's; "; they were trained on 2T and 3T tokens", in turn)
        )
        and len({model_key(m.name) for m in listed}) == len(members)
    ):
        # "Qwen-7B appeared in August, followed by Qwen-14B; the two were pretrained on
        # 2.4T and 3T tokens respectively": the clause takes up the names before it, in order
        # (only with "respectively": "; both have 70B total and 12B active" is each one's)
        for member, mention in zip(members, listed, strict=True):
            member.model, member.paired, member.rule = mention.name, True, "respectively"
        return
    if len(before) < len(members) or clause != -1:
        names_after = _named_after_list(text, members, context)
        for member, mention in zip(members, names_after or (), strict=False):
            member.model, member.paired, member.rule = mention.name, True, "named-after-list"
        unread_subject = (  # a second subject the names missed, the sizes said in turn:
            # "Aya Expanse and Command R+, at 32B and 104B respectively" (not "OLMo 2 in 7B and
            # 13B, trained on 4T and 5T tokens respectively", one family's)
            before
            and AND_WORD.search(text, before[-1].end, _first_comma(text, before[-1].end, first.start))
            and RESPECTIVELY_LATER.match(
                text, members[-1].quantity.end, members[-1].quantity.end + AHEAD
            )
        )
        if not names_after and (
            unread_subject or not before and _one_model_cannot_hold(members)
        ):
            for member in members:
                member.paired = True  # of models the text does not pair them with: no one's
        return
    names = before[-len(members) :]
    if any(context.is_base(m, s_start) for m in names) and not BASES_CLAUSE.search(
        text, names[-1].end, first.start
    ):
        # "Our students, A-1B and A-3B, are initialized from B-1B and B-3B and contain 1.24B
        # and 3.21B parameters respectively": the subjects' sizes, not the bases'
        own = [m for m in listed if m.end <= names[0].start]
        if len(own) != len(members):
            return
        names = own
    if "|" in text[names[-1].end : first.start]:
        return  # names in one table cell, sizes in another: "| X, Y | 8x22B: 141B total, 39B |"
    if BRACKET_OPEN_GAP.fullmatch(text, names[-1].end, first.start) and (
        {m.qualifier for m in members} & {"total", "active"} or len({m.kind for m in members}) > 1
    ):
        return  # "Jamba 1.5 Mini and Jamba 1.5 Large (398B total, 94B active)": the last one's
    if BRACKET_OPEN_GAP.fullmatch(text, names[-1].end, first.start) and all(
        text[a.quantity.end : b.quantity.start].strip() == "/"
        for a, b in zip(members, members[1:], strict=False)
    ):
        return  # "fine-tune BLOOMZ-7B1-mt and LLaMA(7B/13B)": the sizes of the last one's members
    if len(before) > len(members) and MENTION_JOINER.match(
        text, before[-len(members) - 1].end, names[0].start
    ):
        return  # more names than sizes in that list: no one-to-one reading
    for left, right in zip(names, names[1:], strict=False):
        if not MENTION_JOINER.match(text, left.end, right.start):
            return  # the names are not one list
        if OWN_SIZES_GAP.match(text, left.end, right.start) and BRACKET_OPEN_GAP.fullmatch(
            text, names[-1].end, first.start
        ):
            return  # each name with its bracket: "DBRX (132B, 36B), DeepSeek-V2 (236B, 21B)"
            # (not "Kite-S (3B) and Kite-M (8B) were trained on 1T and 2T tokens, respectively")
    for member, mention in zip(members, names, strict=True):
        member.model, member.paired, member.rule = mention.name, True, "respectively"


OWN_SIZES_GAP = regex.compile(r"[*_`]*[ \u00a0]*\([^()]*[0-9][BMTbmt]\b")


# A clause or bracket said of the list just before the sizes: "from Owl-1B and Owl-3B, which
# contain ...", "(pretrained on 2T and 4T tokens, respectively)", "whose 8.03B and 14.7B".
BASES_CLAUSE = regex.compile(r"\(|,[ \t]*(?:which|whose|that|each)\b|\b(?:which|whose)\b")
# A clause whose subject is the models named before it: "; the two were", "; both have".
THEY_CLAUSE = regex.compile(r"(?i)[ \t]*(?:the[ \t]+(?:two|three|four)|both|they)\b")
RESPECTIVELY_LATER = regex.compile(r"(?i)[^.;\n]{0,60}?\brespectively\b")
def _first_comma(text: str, start: int, end: int) -> int:
    """Where the first comma or bracket in [start, end) is, else ``end``: a name's own words and "and"
    its partner come before any comma ("Aya Expanse and Command R+, at"), not a clause's
    ("Gemma 2, trained in English and Python, comes in")."""
    stops = [i for i in (text.find(",", start, end), text.find("(", start, end)) if i != -1]
    return min(stops) if stops else end  # (or a bracket: "Gemma 2 (trained in English and")


# Two names joined, the second capitalized: "Expanse and Command" (not "9B and 27B").
AND_WORD = regex.compile(r"[A-Za-z+)][ \t]+and[ \t]+[A-Z]")


def _one_model_cannot_hold(members: list[Member]) -> bool:
    """Whether listed values cannot all be one model's: several different token, layer or
    compute counts ("Data: 3.1T, 2T and 3T tokens." after five models are named), which belong
    to several models; several parameter counts may be one family's members."""
    kinds = {m.kind for m in members}
    return (
        len(kinds) == 1
        and kinds <= {"training_tokens", "layers", "compute"}
        and len({m.value for m in members}) > 1
        and not any(m.qualifier for m in members)
    )


# A sentence whose subject is the models just listed: "They have 30, 32 and 24 layers", or
# that leaves it out: "Trained on 8T and 9.5T tokens respectively."
THEY_SUBJECT = regex.compile(
    r"[ \t]*(?:(?:They|These|Those|The[ \t]+(?:two|three|four|five)(?:[ \t]+models)?"
    r"|All[ \t]+(?:two|three|four|five))[ \t]+(?:have|had|are|were|use|used|contain|hold|each)\b"
    r"|(?P<participle>(?:Pre-?)?[Tt]rained[ \t]+on\b))"
)  # (the subjectless one only with "respectively" and no name of its own: not "Trained on 2T
# and 500B tokens of web and code, Kite-7B is also cheaper")


def _listed_before_they(text: str, members: list[Member], context: Context) -> list | None:
    """The models the sentence before lists, one per size, for sizes said of "They" ("Pico-135M,
    Pico-360M and Pico-1.2B were trained on ... They have 30, 32 and 24 transformer layers"):
    as many names, written as one list, in the paragraph's sentence just before; else None."""
    s_start, s_end = context.sentences.span(members[0].quantity.start)
    subject = THEY_SUBJECT.match(text, s_start, members[0].quantity.start)
    if subject is None:
        return None
    if subject.group("participle") and (
        not RESPECTIVELY_AFTER.search(text, members[-1].quantity.end, s_end)
        or context.models_between(s_start, s_end)
    ):
        return None
    if len({m.kind for m in members}) > 1:
        return None
    previous = context.sentences.previous(s_start)
    if previous is None or previous < context.paragraph_start(s_start):
        return None
    names = [m for m in context.sentence_models(previous) if m.strong]
    if len(names) > len(members) and not MENTION_JOINER.match(
        text, names[-len(members) - 1].end, names[-len(members)].start
    ):  # the list the sentence ends with: "Google released Gemma in two sizes: Gemma 2B and
        names = names[-len(members) :]  # Gemma 7B. They were trained on 3T and 6T tokens"
    if len(names) != len(members) or len({m.name for m in names}) < len(names):
        return None
    for left, right in zip(names, names[1:], strict=False):
        if not MENTION_JOINER.match(text, left.end, right.start):
            return None
    return names


BRACKET_OPEN_GAP = regex.compile(r"[*_`]*[ \u00a0]*\([^()]{0,20}")  # (after "**Qwen3**")
PREPOSITION_AFTER = regex.compile(r"[ \t]+(?:on|from|with|in|at|of|for)[ \t]")
WITH_BEFORE = regex.compile(r"(?r)(?i:\b(?:with|for|by)%s+\Z)" % S)
COMPARED_WITH_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:par|comparison|compared|compare|comparable|competitive|line|contrast|against"
    r"|level|pace)%s+(?:with|to)%s+\Z)" % (S, S)
)
BRACKET_OPEN_BEFORE = regex.compile(r"[ \t]\([*_`]*\Z")
BRACKET_CLOSE_AFTER = regex.compile(r"[*_`]*\)")
NAMING_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:dubbed|called|named|namely|coined|termed|we%s+call%s+(?:them|these|those)))%s*:?%s+\Z"
    % (S, S, S, S)
)


def _named_after_list(text: str, members: list[Member], context: Context) -> list[Mention] | None:
    """Sizes listed first and named after, in the same order: "with 3.5B and 10.7B parameters.
    Our two new models, dubbed XLM-R XL and XLM-R XXL, ...". The names must be one list of as
    many names as sizes, introduced by a naming word, later in the same sentence or, when the
    sizes' sentence names no model, in the next sentence of the paragraph."""
    last = members[-1].quantity
    _, s_end = context.sentences.span(last.start)
    after = [m for m in context.sentence_models(last.start) if m.start >= last.end and m.strong]
    if not after:
        if any(m.strong for m in context.sentence_models(last.start)):
            return None
        if s_end >= min(len(text), context.paragraph_end(last.start)):
            return None
        after = [m for m in context.sentence_models(s_end) if m.strong]
    count = len(members)
    paired = RESPECTIVELY_LATER.match(text, last.end, last.end + AHEAD) is not None
    for i, mention in enumerate(after):
        bracketed = (
            count > 1
            and mention.end <= s_end
            and BRACKET_OPEN_BEFORE.search(text, max(0, mention.start - 4), mention.start)
            is not None
        )  # "results on 7B and 14B models trained on 4.8T tokens (phi-3-small and phi-3-medium)"
        named = bracketed or NAMING_BEFORE.search(text, max(0, mention.start - 30), mention.start)
        if not named and not (
            paired
            and WITH_BEFORE.search(text, max(0, mention.start - 6), mention.start)
            and not COMPARED_WITH_BEFORE.search(text, max(0, mention.start - 30), mention.start)
        ):  # (or "with" and "respectively": "at 7B and 14B with X and Y respectively"; not "on
            # par with X and Y respectively", the models they are measured against)
            continue
        names = after[i : i + count]
        if len(names) < count:
            return None
        if bracketed and not BRACKET_CLOSE_AFTER.match(text, names[-1].end, names[-1].end + 4):
            return None  # (the bracket holds just the names: "(phi-3-small and phi-3-medium)")
        for left, right in zip(names, names[1:], strict=False):
            if not MENTION_JOINER.match(text, left.end, right.start):
                return None
        if i + count < len(after) and MENTION_JOINER.match(
            text, names[-1].end, after[i + count].start
        ):
            return None  # more names than sizes
        return names
    return None


def _active_in_name(text: str, member: Member) -> Member | None:
    """The active size written into a mixture-of-experts name: the 14B of "Qwen2-57B-A14B"."""
    q = member.quantity
    if member.model is None or member.kind != "parameters":
        return None
    match = ACTIVE_IN_NAME.match(text, q.end, q.end + AHEAD)
    if match is None:
        return None
    member.qualifier = "total"
    multiplier = 1e9 if match.group("scale") in "Bb" else 1e6
    value = float(match.group("active")) * multiplier
    start = match.start("active")
    return Member(
        Quantity(start, match.end(), value, "letter", multiplier),
        match.end(),
        kind="parameters",
        unit="parameters",
        value=value,
        qualifier="active",
        model=member.model,
        rule=member.rule,
    )


def _pair_in_name(text: str, member: Member) -> str | None:
    """Which of two sizes a mixture-of-experts name writes this one is: "OLMoE-1B-7B" is 1B
    active and 7B in total."""
    q = member.quantity
    value = member.value if member.value is not None else q.value
    after = SIZE_AFTER_IN_NAME.match(text, q.end, q.end + 12)
    if after is not None and text[q.start - 1 : q.start] == "-":
        larger = size_value(after.group(1))
        return "active" if larger is not None and larger > value else None
    before = SIZE_BEFORE_IN_NAME.search(text, max(0, q.start - 12), q.start)
    smaller = size_value(before.group(1)) if before is not None else None
    if smaller is not None and smaller < value:
        return "total"  # (not "LLaMA 7B-65B", a range of sizes after the family's name)
    return None


SIZE_AFTER_IN_NAME = regex.compile(r"-([0-9]+(?:\.[0-9]+)?[BbMm])(?![\w.])")
SIZE_BEFORE_IN_NAME = regex.compile(r"(?<=-)([0-9]+(?:\.[0-9]+)?[BbMm])-\Z")
MOE_WORD_AFTER = regex.compile(r"%s(?i:total|active|activated)\b" % S)


def _bracket_spec(text: str, group: list[Member]) -> bool:
    """A model's sizes and data in one bracket after its name: "Chinchilla (70B, 1.4T tokens)",
    "Baichuan 2 (7B and 13B, 2.6T tokens)": the tokens' unit does not carry back to the sizes."""
    first, last = group[0].quantity, group[-1].quantity
    if first.scale != "letter" or _separator(text, group[-2], group[-1]) != "":
        return False  # the data stands apart after a bare comma
    if len(group) > 2 and _separator(text, group[-3], group[-2]) not in ("and", "or", "&"):
        return False  # "(7B, 13B, 2.6T tokens)" reads as one list of token counts
    return "," in text[group[-2].quantity.end : last.start] and (
        _model_just_before(text, first.start)
        or NAME_LABEL_BEFORE.search(text, max(0, first.start - 80), first.start) is not None
    )  # or "Pelican-2: 14B, 9T tokens"


RANGE_SEPARATORS = frozenset({"to", "–", "—", "-", "through"})


def _separator(text: str, left: Member, right: Member) -> str:
    match = LIST_GAP.match(text, left.quantity.end, right.quantity.start)
    if match is None:
        return ""
    return (match.group("sep") or match.group("sep2") or match.group("sep3")).strip(" ,\u00a0")


def _read_unit(text: str, member: Member, words: Words | None = None) -> None:
    """The unit written after the number, if any (``words``: for quick noes)."""
    q = member.quantity
    # (past a bold span's close too: "**2.3T** Tokens")
    following = text[q.end : q.end + 5].lstrip(" \u00a0\n+-‐‑–$'‘\"“*_")[:1]
    if not following or not (following.isalpha() or following == "("):
        return  # no word follows ("70B 70B", "7B."), so no unit or noun either
    united = words is None or words.near(UNIT_STEMS, q.end, q.end + 70)
    match = UNIT_AFTER.match(text, q.end, min(len(text), q.end + 70)) if united else None
    if (
        not match
        or match.group("unit")
        and not _fillers_ok(_filler_words(match.group("fillers")), q.scale == "word")
    ):
        nouned = words is None or words.near(MODEL_NOUN_STEMS, q.end, q.end + 60)
        noun = NOUN_AFTER.match(text, q.end, min(len(text), q.end + 60)) if nouned else None
        if (
            noun
            and _fillers_ok(noun.group("fillers").split())
            and not (  # "all 1.2M model outputs" (not "The 3B model calls tools": a verb)
                OUTPUTS_AFTER.match(text, noun.end(), noun.end() + 30)
                and not ARTICLE_BEFORE.search(text, max(0, q.start - 8), q.start)
            )
        ):
            member.noun = True
            member.fillers = [f.lower() for f in noun.group("fillers").split()]
        return
    if match.group("bytes"):
        if q.scale == "letter":
            return  # "45TB" reads as 45 then "TB"; "70B" then "B" never gets here
        member.kind, member.unit = "training_data", "bytes"
        member.value = q.value * BYTE_UNITS[fold(match.group("bytes").strip())]
        member.unit_end = match.end()
        return
    if match.group("flop_unit"):
        member.kind, member.unit = "compute", "FLOP"
        member.value = q.value * FLOP_UNITS[fold(match.group("flop_unit").strip())]
        member.unit_end = match.end()
        return
    fillers = _filler_words(match.group("fillers"))
    kind, unit = UNIT_NOUNS[" ".join(fold(match.group("unit")).split())]
    if fillers and kind in ("layers", "compute") and len(fillers) > 1:
        return
    member.kind, member.unit = kind, unit
    member.unit_end = match.end()
    member.fillers = [f.lower() for f in fillers]


FILLER_WORD = regex.compile(r"\([^()]*\)|\S+")


def _filler_words(fillers: str) -> list[str]:
    """The words between a number and its unit; a bracketed aside counts as one."""
    return FILLER_WORD.findall(fillers) if fillers else []


def _fillers_ok(fillers: list[str], after_scale_word: bool = False) -> bool:
    if after_scale_word and len(fillers) == 1 and fillers[0].lower() == "of":
        return True  # "one trillion of tokens", "40 billions of parameters"
    for i, word in enumerate(fillers):
        if word.startswith("("):
            continue  # "(Chinese)", "(image, text)"
        if word.lower() == "and" and 0 < i < len(fillers) - 1:
            continue  # "diverse and high-quality tokens"
        if word.endswith(","):
            # "diverse, high-quality tokens": between two words that describe the unit (not
            # "7B total, active parameters 2B": a count and a new phrase)
            listed = (word[:-1], fillers[i + 1].rstrip(",") if i + 1 < len(fillers) else "")
            if not all(LISTED_ADJECTIVE.fullmatch(w) and w not in QUALIFIER_WORDS for w in listed):
                return False
            word = word[:-1]
        low = word.lower().strip(".'’")
        if low in UNIT_FILLER_STOP or low in NOT_MODELS or low in NOT_DATA_NOUNS:
            return False
        if any(c.isdigit() for c in low):
            return False
        if (
            low.endswith("s")
            and not low.endswith(("ss", "us", "is", "ous"))
            and low not in FILLER_PLURALS
            and "-" not in low
        ):
            return False  # a verb ("27B handles images"), not a word describing the unit
    return True


FILLER_PLURALS = frozenset({"images", "words", "code", "news", "books", "papers", "pages"})
LISTED_ADJECTIVE = regex.compile(r"[a-z][a-z-]*")
QUALIFIER_WORDS = frozenset(TOTAL_WORDS + ACTIVE_WORDS)


# A dimension of a model named just before a bare number.
WIDTH_LABEL_BEFORE = regex.compile(
    r"(?i)\b(?:hidden(?:[ _-](?:size|dim(?:ension)?|width))?|d_model|model[ _-]dim(?:ension)?"
    r"|embedding[ _-](?:size|dim(?:ension)?)|width|vocab(?:ulary)?(?:[ _-]size)?)"
    r"[ \t]*(?:of|=|:)?[ \t]*\Z"
)


def _classify(
    text: str, member: Member, group: list[Member], index: int, context, sized_others: bool
) -> bool:
    """Decide the kind, value and qualifier of one number; False when it is not a fact.

    ``sized_others``: another member of the group has a parameter unit or a model noun.
    """
    q = member.quantity
    if member.value is None:
        member.value = q.value  # (as _read_group sets it, before a list's scale applies)
    before = text[max(0, q.start - LEFT_CONTEXT) : q.start]
    if text.find("?", q.end, q.end + 200) != -1 and asked(text, q, context):
        return False  # asked, not stated: "Isn't GPT-4 1.8T parameters?"
    if index and not (member.model and text[q.start : q.end] in member.model):
        first = group[0].quantity.start
        if first not in context.doubted_lists:  # (asked once per list, not once per member)
            context.doubted_lists[first] = doubted(text[max(0, first - LEFT_CONTEXT) : first])
        if context.doubted_lists[first]:
            return False  # "a report claimed 340B parameters and 3.6T tokens": both hearsay
    last = before.rstrip()[-3:]
    if (
        last[-1:] in CURRENCY_SIGNS
        and last
        and not (last[-1] == "$" and text[q.end : q.end + 1] == "$")  # LaTeX math: "$10^{9}$"
        or last.lower() in ("usd", "eur", "rmb", "gbp")
    ):
        return False
    if not q.scaled and WIDTH_LABEL_BEFORE.search(before[-30:]):
        return False  # "hidden size 768 and 110M parameters": a width, whatever the list's scale
    next_char = text[q.end : q.end + 2].lstrip()[:1].lower()
    if next_char in ("x", "×", "%", "t", "f", "p") and _factor_next(text, q.end) and (
        MULTIPLIER_AFTER.match(text, q.end, q.end + AHEAD)
        or PERCENT_AFTER.match(text, q.end, q.end + AHEAD)
    ):
        return False
    if (
        member.kind is None
        and not member.noun
        and not q.scaled
        and not member.ranged  # (not the 7 of "7–70B", scaled by its range)
        and last[-1:] not in ":=|sf*"
    ):
        return False  # a plain number with no unit and no label ("Layers: 96") is not a size
    if member.kind is None:
        labelled = context.words.near(LABEL_STEMS, q.start - LEFT_CONTEXT, q.start)
        label = LABEL_BEFORE.search(before) if labelled else None
        if label:
            member.kind = {
                "parameters": "parameters",
                "tokens": "training_tokens",
                "layers": "layers",
                "compute": "compute",
            }[label.lastgroup]
            member.unit = {"parameters": "parameters", "training_tokens": "tokens",
                           "layers": "layers", "compute": "FLOP"}[member.kind]  # fmt: skip
            suffix = LABEL_SCALE_BEFORE.search(before[-30:])
            if suffix is not None and not q.scaled:  # "params_b": 8 is 8 billion
                member.value = q.value * SCALE_LETTERS[suffix.group(1).lower()]
            if member.kind == "training_tokens" and not q.scaled and member.value < 1e8:
                return False  # "Tokens: 4096" is a length; "train_tokens: 300_000_000_000" a corpus
        elif "_" in before[-30:] or '"' in before[-3:] or "'" in before[-3:]:
            # a config's data keys: "images": 11000000, train_audio_hours = 5e6
            data = DATA_LABEL_BEFORE.search(before[-40:])
            if data is not None:
                member.kind, member.unit = "training_data", data.lastgroup
    if (
        member.kind is None
        and q.scale == "letter"
        and (q.value >= 1e11 or PLUS_BEFORE.search(before[-6:]))
        and not MODEL_NOUN_NEXT.match(text, q.end, q.end + 20)
        and not THE_BEFORE.search(before[-5:])
    ):  # (not a size the line gives its counts by: "2T (7B model)", "4T for the 70B")
        line = before[before.rfind("\n") + 1 :]
        if TOKENS_LINE_LABEL.match(line) and "param" not in line.lower():
            member.kind, member.unit = "training_tokens", "tokens"  # the line's label: "*
            # Training tokens: 9T (Quill-Nano-360M: 4T)", not the name's size
    named = _name_before(text, q, context)
    named_by = "size-in-name"
    if named is False:
        return False  # written into a dataset's name: the 3B of "JFT-3B"
    if member.kind is None:
        # "smaller than GPT-3's 175B": a size owned by a model, of the kind the sentence compares
        owner = possessive = None
        if named is None and q.scale in ("letter", "word"):
            owner = possessive = _possessive_owner(text, q, context)
            owner = owner or _subject_owner(text, q, context)
        if (
            owner is None
            and named is None
            and (
                q.scale == "word"
                and context.tokens_before(q.start)
                and ON_BEFORE.search(before[-6:])
                or q.scale == "letter"
                and "on" in before[-24:]
                and SIZE_ON_BEFORE.search(before[-24:])  # "70b on 1.4t"
                or q.scale == "letter"
                and member.value >= 1e11
                and context.tokens_before(q.start)  # "Phi-2 on 1.4T tokens, Phi-3-mini on 3.3T"
                and DATA_VERB_BEFORE.search(before[-12:])
                # (a token count read before in the sentence is asked first, before patterns)
                or context.tokens_before(q.start)  # "8T tokens for the 9B and 13T for the 27B"
                and not OTHER_MEASURE.search(text, context.last_tokens or 0, q.start)  # (not
                # "15T tokens with 39.3M GPU hours (1.46M for 8B, 7.0M for 70B)": hours)
                and (
                    AND_JOINERS.found(before[-8:])
                    and AND_BEFORE.search(before[-8:])
                    or VERSUS_BEFORE.search(before[-24:])  # "15.6T tokens, versus 1.8T for X"
                    # (set against the token count, not a parameter count read after it:
                    # "saw 4T tokens, and has 34B parameters versus 13B for X")
                    and _kind_set_against(group, index, context) == "training_tokens"
                )
                and FOR_AFTER.match(text, q.end, q.end + AHEAD)
            )
        ):
            # "the 27B was trained on 13 trillion tokens and the 9B on 8 trillion"
            member.kind, member.unit = "training_tokens", "tokens"
            member.model = _model_after_for(text, q, context)
            member.rule = "for-name-after" if member.model else None
            if member.model is None and (
                VERSUS_BEFORE.search(before[-24:])
                or FOR_AFTER.match(text, q.end, q.end + AHEAD)
                and VERSUS_WORD.search(text, context.sentences.span(q.start)[0], q.start)
            ):
                member.paired = True  # "9T tokens, up from 6T for the v1 base": the other
                # side's, which no name says; not the sentence's model (nor the next of a
                # list set against it: "2T tokens, against 300B for Wren and 1.4T for Heron")
            return _check_kind(text, member, before, context.words)
        if q.scaled and text.find("tok", q.end, q.end + AHEAD) != -1 and OF_TOKENS_AFTER.match(
            text, q.end, q.end + AHEAD
        ):
            # progress against a token count: "pretrain at 6.3T of planned 9T tokens"
            member.kind, member.unit, member.model = "training_tokens", "tokens", owner
            member.rule = ("possessive" if possessive else "subject-owner") if owner else None
            return _check_kind(text, member, before, context.words)
        if not _bare_size(
            text, member, group, index, before, owner or named, context, sized_others
        ):
            return False
        if owner and SAW_BEFORE.search(before[-20:]):
            member.kind, member.unit = "training_tokens", "tokens"  # "Gopher, which had seen 300B"
        else:
            member.kind, member.unit = (
                context.recent_kind(q.start)  # "than GPT-3's 175B" compares a size of one kind
                if possessive
                and not SIZE_ON_AFTER.match(text, q.end, q.end + AHEAD)
                and not member.noun  # (a model's: "Wren-3's 70B variant", after a token count)
                # ... and a bracket's total after a count: "+800B tokens over v1 (1.6T total)"
                or before[-1:] == "("
                and TOTAL_IN_BRACKET_AFTER.match(text, q.end, q.end + AHEAD)
                and context.tokens_before(q.start)
                and not PARAMETER_WORDS.search(text, context.last_tokens or 0, q.start)
                else ("parameters",) * 2
            )
        if owner:
            named, named_by = owner, "possessive" if possessive else "subject-owner"
    elif named and member.kind in ("training_data", "training_tokens") and q.scale == "letter":
        # A size written into a name is the model's, whatever noun follows the name:
        # "ViT-22B image encoder" is a 22B model, not 22B images.
        member.kind, member.unit, member.value = "parameters", "parameters", q.value
        member.unit_end = q.end
    if named is not None:
        member.model, member.rule = named, named_by
    return _check_kind(text, member, before, context.words)


# How what MULTIPLIER_AFTER and PERCENT_AFTER read begins, after at most one space.
FACTOR_STARTS = ("x", "×", "times", "fold", "-fold", "%", "percent", "per cent", "pp", "point")


def _factor_next(text: str, end: int) -> bool:
    """A factor ("4x", "3 times") or a share ("5%", "2 points") may start at ``end``."""
    ahead = fold(text[end : end + 10])
    return (ahead[1:] if ahead[:1] in (" ", "\u00a0") else ahead).startswith(FACTOR_STARTS)


def _word_next(text: str, end: int) -> bool:
    """A letter at ``end``, or after one space: where a word after a number may start."""
    following = text[end : end + 2]
    return following[:1].isalpha() or following[:1] in (" ", "\u00a0") and following[1:].isalpha()


def _model_after_for(text: str, q: Quantity, context: Context) -> str | None:
    """The model named right after "for": the Gemma 2 27B of "13T for Gemma 2 27B"."""
    after = FOR_THE_AFTER.match(text, q.end, q.end + AHEAD)
    if after is None:
        return None
    mention = context.mention_starting(after.end())
    return mention.name if mention is not None else None


def _bare_size(text, member, group, index, before, named, context, sized_others) -> bool:
    """A number with no unit is a parameter count only with a cue that says so."""
    q = member.quantity
    value = member.value
    if not q.scaled and not member.ranged or q.scale == "exponent" or value < 1e6:
        return False  # (a plain number takes the scale of a list or range: the 7 of "7–70B")
    words = context.words
    if _word_next(text, q.end) and MONEY_AFTER.match(text, q.end, q.end + AHEAD):
        return False
    if q.scale == "letter" and text[q.end - 1] in "kK":
        return False
    if text[q.end : q.end + 1] == "@" and AT_PRECISION_AFTER.match(text, q.end, q.end + 8):
        return False  # a chip's throughput: "BM1684X (16T@FP16, 16G DDR)"
    if named and _in_name(text, q):
        return True  # written into a name ("Vicuna-13B"): talk of money nearby is about else
    if FIGURE_AFTER.match(text, q.end, q.end + 12):
        return False  # a number spoken of, of no kind: "the 500B figure counts only ..."
    if (
        q.scale == "word"
        and not any(c.isdigit() for c in text[q.start : q.end])
        and text.startswith("#", last_before(text, "\n", q.start) + 1)
    ):
        return False  # a headline's words: "## 2021: the race to half a trillion"
    clause = before[-30:].rsplit(",", 1)[-1]  # money talk ends at a comma: "$200M, plans a 70B"
    warned = words.near(WARNING_STEMS, q.start - 40, q.end + AHEAD)  # (the next three's words)
    counted = warned and words.near(NOT_DATA_STEMS, q.end, q.end + AHEAD)
    if counted and NOT_DATA_AFTER.match(text, q.end, q.end + AHEAD):
        return False
    monied = warned and words.near(MONEY_STEMS, q.start - 30, q.start)
    money = MONEY_NEAR.search(clause) if monied else None
    if money and not (member.noun and any(c.isdigit() for c in clause[money.end() :])):
        return False  # unless the money was a number of its own: "spent $100M training a 70B model"
    if named is not None:
        return named is not False
    compared = warned and words.near(COMPARED_STEMS, q.start - 40, q.start)
    if compared and COMPARED_SIZE_BEFORE.search(before[-40:]):
        return False  # a yardstick, not a model: "as fast as a dense 40B model"
    if member.noun:
        return True
    mention = context.mention_starting(q.end + 1) if text[q.end : q.end + 1] == " " else None
    if mention is not None and OUTPUTS_AFTER.match(text, mention.end, mention.end + 30):
        return False  # a count of a model's outputs: "trained on 1M GPT-4 completions"
    if q.scale == "letter" and _shaped_name_after(text, q.end):
        return True  # a size before the name it belongs to: "its 7B Kestrel-2"
    if q.scale == "letter" and mention is not None and mention.strong:
        return True  # or before a model the text names: "beats the 280B Gopher"
    if _model_just_before(text, group[0].quantity.start):
        return True  # "Chinchilla (70B)", "Baichuan 2 (7B and 13B, 2.6T tokens)"
    if q.scale == "letter" and _linked_model_before(text, group[0].quantity.start, context):
        return True  # a list of links, each with its sizes: "- [Mixtral](https://...) 8x7B, 8x22B"
    if value < 1e8:
        return False
    if sized_others:
        return True
    if (
        value >= 1e12
        and q.scale == "letter"
        and "|" not in before.rsplit("\n", 1)[-1]  # (a table's cell: its column says)
        and not _parameters_spoken_of(text, q, 50, 30)
        and not SHARE_WORDS.search(text, max(0, q.start - 40), q.end + 30)
    ):
        return False  # a bare trillion is more often tokens: "instead of the 9T used for ..."
    cued = words.near(SHARE_CUE_STEMS, q.start - LEFT_CONTEXT, q.end + AHEAD)
    if cued and (
        words.near(ACTIVE_STEMS, q.start - 45, q.start)
        and ACTIVE_BEFORE.search(before[-45:])
        or words.near(TOTAL_STEMS, q.start - LEFT_CONTEXT, q.start)
        and TOTAL_BEFORE.search(before)
        or _part_of_whole(text, q, before)
    ):
        return True
    if cued and (
        words.near(ACTIVE_AFTER_STEMS, q.end, q.end + 40)
        and ACTIVE_AFTER.match(text, q.end, q.end + 40)
        or words.near(PER_TOKEN_STEMS, q.end, q.end + 30)
        and PER_TOKEN_AFTER.match(text, q.end, q.end + 30)
        or words.near(TOTAL_AFTER_STEMS, q.end, q.end + AHEAD)
        and TOTAL_AFTER.match(text, q.end, q.end + AHEAD)
    ):
        return True  # "37B active", "47B in total"
    if (
        cued
        and words.near(THE_STEMS, q.start - 6, q.start)
        and THE_BEFORE.search(before[-6:])
        and value < 1e12
        and q.scale == "letter"
        and (
            words.near(MODEL_TALK_STEMS, q.start - 100, q.start)
            and MODEL_TALK.search(text, max(0, q.start - 100), q.start)
            or text[q.end - 1] == "b"
            and bool(LOWER_B_AFTER.match(text, q.end, q.end + AHEAD))  # "the 70b is"
            and not MONEY_NEAR.search(text, q.end, q.end + 40)
        )
    ):
        return True  # "the 8B model hits 68% while the 70B reaches 82%"
    if (
        text[q.end - 1] == "b"
        and value < 1e13
        and CLAUSE_START_BEFORE.search(before[-3:])
        and LOWER_B_AFTER.match(text, q.end, q.end + AHEAD)
        and not MONEY_NEAR.search(text, q.end, q.end + 40)  # not "5b is a lot of money"
    ):
        return True  # "405b is great": a lower-case size opening a clause in chat
    first = group[0].quantity
    if (
        q.scale == "letter"
        and value < 1e13
        and (has := HAS_BEFORE.search(text, max(0, first.start - 24), first.start))
        and HAS_SIZE_END.match(text, q.end, q.end + 12)
        and (
            HAS_SUBJECT.search(text, max(0, has.start() - 24), has.start())
            and not NOT_A_MODEL_ASKED.search(text, max(0, has.start() - 90), has.start())
            or (named_subject := context.mention_ending(q.start, has.start())) is not None
            and named_subject.strong
        )
    ):
        return True  # what a model has, and no noun after: "It has 4.2B.", "the latter has 21B
        # with 3.6B active" (not "The company has 3B.", "has 3B monthly users")
    cued = words.near(SIZE_CUE_STEMS, first.start - 40, first.start)
    cue = SIZE_CUE_BEFORE.search(text, max(0, first.start - 40), first.start) if cued else None
    if cue is None:
        # "in two sizes, 8B and 70B": the sizes a family comes in, after a comma
        return value < 1e12 and bool(SIZES_COMMA_BEFORE.search(text, max(0, first.start - 30), first.start))
    # A preposition ("from 1.4T", "to half a trillion") is a weak cue: enough for a "70B",
    # not for trillions (more often tokens) or for scale words in headlines.
    weak = cue.group().split()[0].lower() in WEAK_SIZE_CUES
    if not weak or (q.scale == "letter" and value < 1e12):
        return True
    return _parameters_spoken_of(text, q, 120, 40)  # "12B params, up from 6 billion"


def _parameters_spoken_of(text: str, q, before: int, after: int) -> bool:
    return "param" in text[max(0, q.start - before) : q.end + after].lower()


SHAPED_NAME_AFTER = regex.compile(
    r"[ \u00a0](?=[A-Z][A-Za-z]*[\w.]*-?[0-9])[A-Z][\w.]*(?:-[\w.]+)*\b"
)


def _shaped_name_after(text: str, end: int) -> bool:
    """A name shaped like a model's (a capital, a digit) right after ``end``, and no hardware."""
    if text[end : end + 1] not in (" ", "\u00a0") or not "A" <= text[end + 1 : end + 2] <= "Z":
        return False  # (the pattern's first two characters)
    name = SHAPED_NAME_AFTER.match(text, end, end + AHEAD)
    return (
        name is not None
        and name.group().strip().lower() not in NOT_MODELS
        and not COMPUTE_TIME.search(name.group())  # "2.1M H100-hours": compute
    )


ARTICLE_BEFORE = regex.compile(r"(?i)\b(?:a|an|the|this|that|our|its|their|each)[ \t]+~?\Z")
COMPUTE_TIME = regex.compile(r"(?i)-(?:hours?|hrs|days)\Z")


COMPARED_SIZE_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:as%s+(?:fast|slow|big|large|small|cheap|quick)%s+as|(?:speed|cost|price|footprint)%s+of|than%s+(?:many|most|some)"
    r"|between%s+\S+(?:%s+\S+){0,2}%s+and)%s+(?:a%s+|an%s+|the%s+)?(?:dense%s+|typical%s+|comparable%s+|similar%s+)?\Z)"
    % ((S,) * 15)
)
COMPARED_STEMS = Stems("as", "speed", "cost", "price", "footprint", "than", "between")
SIZE_CUE_STEMS = Stems(*SIZE_CUES)
HAS_BEFORE = regex.compile(
    r"(?r)[ \t]+(?i:(?:now|still|only)[ \t]+)?(?i:has|have|had)[ \t]+"
    r"(?i:(?:about|around|roughly)[ \t]+|~)?\Z"
)
# The subjects whose "has 4.2B" is a size: a pronoun for the model spoken of, or one of two.
HAS_SUBJECT = regex.compile(
    r"(?r)(?:\A|[.;:!?(\u2014\u2013][ \t]*|,[ \t]+|\n[ \t]*"
    r"|[ \t](?:and|but|while|whereas|yet|because|so|since)[ \t]+)"
    r"(?i:it|the[ \t]+(?:latter|former|model|flagship|(?:new|larger|smaller|bigger)[ \t]+one))\Z"
)  # (opening its clause: not "the rest of the model has 6.5B")
# A question just before "It has 900B" about what is no model: a corpus, its users.
NOT_A_MODEL_ASKED = regex.compile(
    r"(?i)\b(?:corpus|corpora|dataset|data[ \t]+set|data|people|users|downloads|customers"
    r"|subscribers|visitors|installs|app)\b[^.!?\n]{0,60}\?[ \t]*(?i:it)\Z"
)
HAS_SIZE_END = regex.compile(r"(?i)[ \t]*(?:[.;,)]|\Z|(?:total|active|and|with|in[ \t]+total)\b)")
WEAK_SIZE_CUES = frozenset(
    {"in", "at", "from", "between", "ranging", "up", "to", "scaled", "scaling", "scale"}
)
TOTAL_AFTER = regex.compile(r"%s*(?i:in total|total|stored|overall|\(total\))(?!\w)" % S)


# After "the 70b" in chat: a verb, a model noun or the end of the clause, not "the 5b bond".
LOWER_B_AFTER = regex.compile(
    r"(?:[.,;:!?)]|\Z|%s+(?i:is|was|has|does|did|runs|beats|fits|scores|needs|gets|model|one|version|variant|next|and|or|ft|base|chat|instruct)\b)"
    % S
)
CLAUSE_START_BEFORE = regex.compile(r"(?:\A|[.!?;]%s+|\n)\Z" % S)
# A model's size and then its data, as chat writes them: "chinchilla was 70b on 1.4t".
SIZE_ON_BEFORE = regex.compile(r"(?r)(?<![\w.])[0-9][0-9.]*%s?[BbMm]%s+on%s+~?\Z" % (S, S, S))
# Words of a model's own counts between a token count and a bracket's total: "trained on 12T
# tokens with 16 experts (141B total)" is a mixture of experts' total.
PARAMETER_WORDS = regex.compile(r"(?i)expert|param|activ|layer|\bmoe\b")
TOTAL_IN_BRACKET_AFTER = regex.compile(r"[ \u00a0]+(?:in[ \u00a0]+)?total\)")
SIZE_ON_AFTER = regex.compile(r"%s+on%s+~?[0-9][0-9.]*%s?(?:[TtBb]\b|trillion|billion)" % (S, S, S))
ON_BEFORE = regex.compile(r"(?r)\bon%s+\Z" % S)


def _kind_set_against(group: list[Member], index: int, context) -> str | None:
    """The kind of the size just before a group's member at ``index``: its group's last
    member before it, else the last size read in its sentence."""
    if index > 0:
        return group[index - 1].kind
    return context.recent_kind(group[index].quantity.start)[0]


OF_TOKENS_AFTER = regex.compile(
    r"%(s)s+of%(s)s+(?:(?:the|a|an|its|our)%(s)s+)?(?:planned|targeted|target|budgeted|scheduled)"
    r"%(s)s+~?[0-9][0-9.,]*%(s)s?(?:[TBM]|trillion|billion)%(s)s+tok(?:en)?s\b" % {"s": S}
)
AND_BEFORE = regex.compile(r"(?r)(?:,|;|\band|\bwhile)%s+\Z" % S)
FOR_AFTER = regex.compile(r"%s+for%s" % (S, S))
# Words that set one count against another: "versus 1.8T for X", "up from 7T for X".
VERSUS = r"\b(?:versus|vs\.?|against|compared%s+(?:with|to)|(?:up|down)%s+from)" % (S, S)
VERSUS_BEFORE = regex.compile(
    r"(?r)(?i:%s%s+(?:(?:about|roughly|around|only|just)%s+|~)?\Z)" % (VERSUS, S, S)
)
VERSUS_WORD = regex.compile(r"(?i)%s\b" % VERSUS)
LETTER_SIZE = regex.compile(r"[0-9]+(?:\.[0-9]+)?[BMKTbmkt]")  # "13B", "0.5B", "70b"
# A count of something else than tokens, read between a token count and a bare number.
OTHER_MEASURE = regex.compile(
    r"(?i)\b(?:(?:GPU|TPU|chip|accelerator|node)[- ]?)?(?:hours?|days?|years?)\b|\bFLOPs?\b|\$"
    r"|\b(?:MWh|kWh|GWh|tCO2e?|tons?)\b"
)
FOR_THE_AFTER = regex.compile(
    r"%s+for%s+(?:the%s+)?(?:(?:%s)%s+)?" % (S, S, S, "|".join(EARLIER_WORDS), S)
)  # (and "for the original Kite-12B")
DATA_VERB_BEFORE = regex.compile(r"(?r)\b(?:on|saw|sees|got|gets)%s+~?\Z" % S)
THE_BEFORE = regex.compile(r"(?r)(?i:\b(?:the|our|its)%s+\Z)" % S)
THE_STEMS = Stems("the", "our", "its")
MODEL_TALK = regex.compile(r"(?i:\bmodels?\b|\bparam|\bLLM)")
MODEL_TALK_STEMS = Stems("model", "param", "llm")
# All the words of the checks that say no (money, compared sizes, counts of other things), and
# of those that say yes (active, total, a share, "the"), each asked once for a quick no to all.
WARNING_STEMS = Stems(*NOT_DATA_STEMS.words, *MONEY_STEMS.words, *COMPARED_STEMS.words)
SHARE_CUE_STEMS = Stems(
    *ACTIVE_STEMS.words, *TOTAL_STEMS.words, "only", *ACTIVE_AFTER_STEMS.words,
    *PER_TOKEN_STEMS.words, *TOTAL_AFTER_STEMS.words, *THE_STEMS.words,
)  # fmt: skip
ONLY_BEFORE = regex.compile(r"(?r)(?i:\bonly%s+\Z)" % S)
OF_WHOLE_AFTER = regex.compile(r"(?i:%s+of%s+(?:the|its|them|their|all)\b)" % (S, S))


def _part_of_whole(text: str, q: Quantity, before: str) -> bool:
    """ "only 13B of the 47B": a share of the whole, the active part of a sparse model."""
    return bool(
        "only" in fold(before[-12:])
        and ONLY_BEFORE.search(before[-12:])
        and OF_WHOLE_AFTER.match(text, q.end, q.end + AHEAD)
    )


def _model_just_before(text: str, start: int) -> bool:
    """A name-like word and an open bracket right before ``start``: "Chinchilla (70B)",
    "**Qwen** (up to 72B"."""
    if text.rfind("(", max(0, start - 50), start) == -1:
        return False  # no bracket, no name opening one
    match = NAME_OPEN_BRACKET.search(text, max(0, start - 50), start)
    return bool(
        match
        and (
            any(c.isupper() or c.isdigit() for c in match.group(1))
            or LOWER_TIERED.fullmatch(match.group(1))  # "bge-large (335M)"
        )
    )


# A link's end and what may stand between it and a size: "[Qwen2](https://...) 7B",
# "[Gemma](https://...): 2B", "[Phi-3](https://...) (3.8B".
LINK_END_BEFORE = regex.compile(r"(?r)\]\([^()\s]{1,400}\)[ \t]*(?:[:(–—-][ \t]*)?\Z")
LINK_END_REACH = 410  # the longest LINK_END_BEFORE reads back


def _linked_model_before(text: str, start: int, context: Context) -> bool:
    """A model the text names as a link's text right before ``start``: "[Qwen2](...) 7B"."""
    if text.rfind("](", max(0, start - LINK_END_REACH), start) == -1:
        return False
    link = LINK_END_BEFORE.search(text, max(0, start - LINK_END_REACH), start)
    if link is None:
        return False
    mention = context.mention_ending(start, link.start())
    return mention is not None and mention.strong


DATASET_TOKEN_BEFORE = regex.compile(r"(?r)([\w.+]+)[-_ \u00a0]\Z")
DATASET_ENDINGS = tuple({head[-3:] for head in DATASET_HEADS})  # how a data set's name ends


POSSESSIVE_NUMBER_BEFORE = regex.compile(
    r"(?r)([\w.+-]+)['’]s%s+(?:[~>≈]|about%s+|roughly%s+|over%s+)?\Z" % (S, S, S, S)
)


def _possessive_owner(text: str, q: Quantity, context: Context) -> str | None:
    """The model whose bare size this is: the GPT-3 of "GPT-3's 175B"."""
    if (
        text[q.start - 3 : q.start].strip()[-1:] not in ("s", "~", ">", "≈")
        and "about" not in text[max(0, q.start - 9) : q.start]
        and "roughly" not in text[max(0, q.start - 10) : q.start]
    ):
        return None
    owner = POSSESSIVE_NUMBER_BEFORE.search(text, max(0, q.start - 50), q.start)
    if owner is None:
        return None
    m = context.mention_ending(q.start, owner.end(1))
    if m is None or not m.strong or owned_part(text, q.end, m.name, *context.sentences.span(q.start)):
        return None  # (a part's count: "Qwen2-VL-7B's 675M ViT", "Kite-VL's 7.6B language model")
    if text[q.end : q.end + 1] == " " and named_after_possessed(
        text, m, context.mention_starting(q.end + 1)
    ):
        return None  # the name after the size is the model: "Acme's 70B Heron-2" (its maker's)
    return m.name


SUBJECT_IS_BEFORE = regex.compile(
    r"(?r)([\w.+-]+)(?<!\bmodels?|\bwhich|\bthat)(?:,?%s+(?:which|that|alone|itself)|%s+models?%s+(?:that|which))?,?%s+(?P<verb>is|was|has|had|sits at|comes in at|weighs in at|saw|had seen|has seen|reached|reaches|totals|totaled|totalled|stands at|spans?|jumped to|grew to|rose to|went to|scaled to|climbed to|at)%s+(?:(?:only|just|about|roughly|around|nearly|over|really|actually|itself|in%s+fact)%s+|[~>≈]%s*)*\Z"
    % (S, S, S, S, S, S, S, S)
)  # ("Qwen2-VL-7B is really 8.3B", "Qwen2-7B, which is itself 7.6B"; not "Mixtral 8x7B is
# effectively 13B", an active count)


SUBJECT_VERB_STEMS = Stems("is", "was", "ha", "at", "saw", "reach", "total", "span", "to")
# A name set off as a label before its size in notes and slides: "Gemma 2: 2B / 9B / 27B",
# "Mistral Large 2 — 123B", "Chinchilla → 70B", "us (Pelican-2): 14B".
LABEL_MARKS = frozenset(":—–→>=~≈t")
# The mark after a name's label and before its size: ": ", " → ", " = about ".
LABEL_MARK = r"%s*(?::|—|–|→|->|=>|=)%s*(?:~|≈|about%s+|roughly%s+|around%s+)?\Z" % (S, S, S, S, S)
NAME_LABEL_BEFORE = regex.compile(
    r"(?r)(?:\(([\w.+-]+)\)|([\w.+-]+)\**(?:%s*\([^()\n]{1,40}\))?)" % S + LABEL_MARK
)
# ... its name before a bracket that holds no name: "Llama 2 (Meta): 7B".
NAME_BRACKET_LABEL_BEFORE = regex.compile(
    r"(?r)([\w.+-]+)\**%s*\([^()\n]{1,40}\)" % S + LABEL_MARK
)
SUBJECT_ASIDE_BEFORE = regex.compile(
    r"(?r)([\w.+-]+),%s+[^,.;()]{1,30},%s+(?:is|was|has|had)%s+(?:only%s+|just%s+|about%s+|~)?\Z"
    % (S, S, S, S, S, S)
)
SAW_BEFORE = regex.compile(
    r"(?r)\b(?:saw|seen)%s+(?:(?:only|just|about|roughly|around|over)%s+|[~>≈]%s*)*\Z" % (S, S, S)
)
NAME_COMMA_BEFORE = regex.compile(r"(?r)(?:^|[(;]%s*|and%s+)([\w.+-]+),%s\Z" % (S, S, S))


def _subject_owner(text: str, q: Quantity, context: Context) -> str | None:
    """The model a bare size is predicated of: the Mistral Large 2 of "Mistral Large 2 is 123B",
    and of a listed pair: the OLMo of "(OLMo, 7B; Pythia, 6.9B)"."""
    predicated = context.words.near(SUBJECT_VERB_STEMS, q.start - 40, q.start)
    subject = SUBJECT_IS_BEFORE.search(text, max(0, q.start - 40), q.start) if predicated else None
    if subject is not None and not context.mention_ending(q.start, subject.end(1)):
        # "HB-Omni 1.0, launched in 2024, had 39B": the name is before the aside
        subject = SUBJECT_ASIDE_BEFORE.search(text, max(0, q.start - 80), q.start) or subject
    if subject is None and text[q.start - 3 : q.start].strip()[-1:] in LABEL_MARKS:
        label = NAME_LABEL_BEFORE.search(text, max(0, q.start - 80), q.start)
        if label is not None:
            name_end = label.end(1) if label.group(1) is not None else label.end(2)
            m = context.mention_ending(q.start, name_end)
            if m is None and label.group(1) is not None:
                # the bracket holds no name but its maker or a note: "Llama 2 (Meta): 7B, 13B"
                bracketed = NAME_BRACKET_LABEL_BEFORE.search(text, max(0, q.start - 80), q.start)
                if bracketed is not None:
                    m = context.mention_ending(q.start, bracketed.end(1))
            if m is not None and m.strong:
                return m.name
    if (
        subject is None
        and text[q.end : q.end + 1] in (";", ")")
        and text[q.start - 2 : q.start] == ", "
    ):
        subject = NAME_COMMA_BEFORE.search(text, max(0, q.start - 40), q.start)
    if subject is None:
        return None
    m = context.mention_ending(q.start, subject.end(1))
    return m.name if m is not None and (m.strong or subject.re is NAME_COMMA_BEFORE) else None


def _name_before(text: str, q: Quantity, context: Context):
    """The model name a size is written into ("QwQ-32B"), False for a dataset ("JFT-3B")."""
    if q.scale != "letter" or text[q.end - 1] in "kK" or q.start == 0:
        return None
    if text[q.start - 1] == ":":  # a runner's tag: the 120b of "gpt-oss:120b"
        tag = context.mention_covering(q.start)
        if tag is None or tag.start >= q.start or not RUNNER_TAG.match(text, tag.start, tag.end):
            return None
        return tag.name
    if text[q.start - 1] not in "-_ \u00a0":
        return None
    glued = not text[q.end : q.end + 1].isspace()  # (a file's name goes on after the size)
    if glued and FILE_AFTER.match(text, q.end, q.end + AHEAD):
        return False  # a file's name: the 7b of "qwen2.5-7b-instruct-q4_k_m.gguf"
    if not _inside_a_name(text[q.start - 2 : q.start - 1]):
        return None  # "- 70B", "| 70B": no name (nor data set) goes on past "- " or "| "
    named_set = text[max(0, q.start - 4) : q.start - 1].lower().endswith(DATASET_ENDINGS)
    token = DATASET_TOKEN_BEFORE.search(text, max(0, q.start - 30), q.start) if named_set else None
    if token and token.group(1).lower() in DATASET_HEADS:
        return False
    mention = context.mention_covering(q.start)
    if mention is None or mention.start >= q.start:
        return None
    if text[q.end - 1] in "mM" and SIZE_IN_NAME.search(text, mention.start, q.start - 1):
        return False  # a context length after the size: the 1M of "Qwen2.5-7B-Instruct-1M"
    if (
        DATA_TRAINED_ON_BEFORE.search(text, max(0, mention.start - 30), mention.start)
        and not BASE_NOUN_NEXT.match(text, mention.end, mention.end + 20)
        and not TUNED_SUFFIX.search(mention.name)
        and organization_for(mention.name) is None
    ):
        return False  # what a model is trained on is data: the 5B of "Pretrained model with
        # FLD-5B", "trained on SA-1B" (but a model's: "Trained with MN-12B architecture",
        # "trained with Kestrel-70B as the teacher", "trained on Orbit-7B-base", and a known
        # family's: "trained on Llama-3-8B")
    if ADAPTER_NAME.search(mention.name):
        return False  # an adapter's repository, named after its base's size: the 8b of
        # "ledgerlens-llama3.1-8b-lora" is Llama 3.1 8B's (a merged copy keeps it: "-8b-merged")
    written = text[q.start : q.end]
    if written[-1] in "Tt" or STEP_IN_NAME.search(text, mention.start, q.start):
        # a token count written into a name: the 2T of "OLMo-7B-Twin-2T", the 503b of a
        # checkpoint's "TinyLlama-1.1B-step-240k-503b"
        return False
    if len(written) == 2 and written[1] == "b":
        known = find_model(mention.name)  # a version the reference knows: "ESM-1b" has 652M
        if known is not None and known.parameters and known.parameters * VERSION_RATIO < q.value:
            return False
        if written == "1b" and ACRONYM_FAMILY.fullmatch(text, mention.start, q.start):
            return None  # a version after an acronym's letters: "ESM-MSA-1b" has 100M
    return mention.name


def _inside_a_name(before: str) -> bool:
    """Whether ``before``, the character before a hyphen, underscore or space, may be part of
    a name that goes on across them. A name starts with a letter, and within it these follow
    only a word character, "+", "}" or "." ("GPT-NeoX-20B", "CodeT5+ 220M", "PanGu-{\\Sigma}
    200B", "Llama 3.1 405B"); anything else outside ASCII may be a word character too.

    >>> _inside_a_name("3"), _inside_a_name("-"), _inside_a_name("|"), _inside_a_name("")
    (True, False, False, False)
    """
    return before.isalnum() or before in ("_", "+", "}", ".") or (bool(before) and not before.isascii())


FILE_AFTER = regex.compile(r"[\w.-]*?" + FILE_EXTENSIONS + r"(?![\w-])")
# A size written into a name, before another number in it: the 7B of "Qwen2.5-7B-Instruct-1M".
SIZE_IN_NAME = regex.compile(r"[0-9](?:\.[0-9]+)?[Bb](?![a-z])")
# ("ledgerlens-llama3.1-8b-lora", "triage-lora-gemma3-12b", "ledgerlora-llama31-8b")
ADAPTER_NAME = regex.compile(
    r"(?i)[-_.](?:q?lora|adapters?|peft)(?:\Z|[-_.](?!merged\b))"
    r"|\A[a-z]{4,}q?lora[-_.](?:llama|qwen|gemma|mistral|phi|olmo|falcon|yi|deepseek)"
)  # (a merged copy keeps the size: "acme-qwen2.5-7b-lora-merged"; a glued word only before a
# base's family: "ledgerlora-llama31-8b", not "Vitalora-7B")
# What a model is trained on or with, before a name: "Pretrained model with FLD-5B"; and what
# makes that name a model's after all: "... MN-12B architecture", "... Kestrel-70B as the
# teacher", "Orbit-7B-base".
DATA_TRAINED_ON_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:pre-?)?train(?:ed|ing)?(?:[ ]model)?[ ](?:on|with)[ ](?:the[ ])?)\Z"
)
BASE_NOUN_NEXT = regex.compile(
    r"(?i)[ \t-]*(?:architecture|backbone|base|model|weights|as[ \t]+(?:the|a|an|its|our|their))\b"
)  # (not "trained on VLX-5B as well as ...")
TUNED_SUFFIX = regex.compile(r"(?i)[-_ ](?:base|instruct|chat|it|sft|dpo|rlhf)(?![a-z])")
# A checkpoint's step in a name: what follows counts the tokens seen by then.
STEP_IN_NAME = regex.compile(r"(?i)[-_]step[-_]?[0-9]")
# A family written in capitals and hyphens only, before a one-digit "-1b": "ESM-MSA-".
ACRONYM_FAMILY = regex.compile(r"(?:[A-Z]{2,}-)+")
# How far below a one-digit "-1b" a reference's count may be for the "1b" to be a size.
VERSION_RATIO = 1.5


COMPUTE_HOURS_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:gpu|tpu|accelerator|node|chip|compute|wall-clock)s?[ -]\Z)"
)
PRICE_PER_BEFORE = regex.compile(
    r"(?r)(?i:(?:[$€£¥][0-9][0-9.,]*|[0-9][0-9.,]*%s?(?:euros?|dollars?|cents?|usd|eur|yuan))%s*(?:/|per|for|a|every)%s*(?:one%s+|a%s+)?\Z|\bper%s+(?:one%s+|a%s+)?\Z)"
    % (S, S, S, S, S, S, S, S)
)


ACCELERATOR_AFTER = regex.compile(
    r"(?i)[\s-]*(?:(?!of\b)[\w-]{1,20}[\s-]+)?(?:[AHVBLT]\d{2,3}|GPUs?|TPUs?|cards?|VRAM|HBM"
    r"|memory|RAM)\b"
)  # ("80GB data-centre GPUs"; not "2TB of card transactions")
ACCELERATOR_BEFORE = regex.compile(r"(?i)(?:[AHVBLT]\d{2,3}|GPU|TPU)[\s-]*\Z")
# A sentence that says the tokens it counts trained nothing.
NOT_FOR_TRAINING_AFTER = regex.compile(
    r"(?i)(?:[^.;:!?\n,]|\.[0-9]){0,150}?\b(?:not%s+(?:used%s+)?(?:for|in)%s+(?:pre-?)?training"
    r"|not%s+part%s+of%s+(?:[\w'\u2019-]+%s+){0,2}(?:pre-?)?training|(?:used%s+)?only%s+(?:for|to)"
    r"%s+(?:ablations?|evaluat\w*|check\w*|test\w*|measur\w*|validat\w*))\b"
    % (S, S, S, S, S, S, S, S, S, S)
)
EVALUATION_SET_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:(?:held-out|evaluation|eval|test|validation)%s+(?:set|split|corpus|suite)"
    r"|datastore|data%s+store|database|retrieval%s+(?:corpus|store|index))%s+of"
    r"%s+(?:about%s+|roughly%s+|~)?\Z)" % (S, S, S, S, S, S, S)
)  # (and a retrieval model's datastore: "neighbours fetched from a datastore of 1.6T tokens")
USE_TOKEN_FILLERS = frozenset(
    {"output", "input", "prompt", "completion", "context", *EVALUATION_WORDS}
)  # (tokens used or measured on, not trained on)
# Layers of a part or a share of them, not the model's count.
LAYERS_OF_A_PART_BEFORE = regex.compile(
    r"(?i)\b(?:every|each|(?:blocks|stages|groups|stacks|towers)%s+of)%s+\Z" % (S, S)
)
LAYERS_OF_A_PART_AFTER = regex.compile(
    r"(?i)%s*per%s+(?:block|stage|group|stack|tower|module|expert)\b" % (S, S)
)
# Words that make a bare count a model's whole or its share: "1T in total, 32B active".
SHARE_WORDS = regex.compile(r"(?i)\b(?:total|active|activated|in[ \t]+all|overall)\b")
OUTPUTS_AFTER = regex.compile(
    r"(?i)[ \t\u00a0-]+(?:generated[ \t]+)?(?:completions|outputs|samples|responses|answers"
    r"|generations|traces|conversations|dialogues|examples|prompts|queries|calls|requests)\b"
)
# A share of a token count: "2.1T tokens, of which 1.4T are source code".
PART_OF_TOKENS_BEFORE = regex.compile(
    r"(?i)\btokens?\b[^.;:\d]{0,30}?,?%s+of%s+(?:which|them)%s+(?:(?:about|roughly|around|some|only)%s+)?\Z"
    % (S, S, S, S)
)
SIZE_CLASS_BEFORE = regex.compile(r"(?i)\b(?:sub|under|over)-\Z")
SIZE_CLASS_AFTER = regex.compile(
    r"(?i)(?:[- \u00a0]?(?:total|active|dense|param(?:eter)?s?)?)(?:[- \u00a0]class\b|(?:-level|-scale)"
    r"(?=[ \u00a0]+(?:[\w-]+[ \u00a0]+)?(?:models|LLMs|VLMs|MLLMs|LMs|networks)\b))"
)  # "the 7B class", "the 40–60B total class", "10B-level dense VLMs" (not "a 100B-scale MoE",
# one model, nor "At the 3B scale, Tucana beats ...": the scale its subject is at)
# A scale word, then models in the plural, counts models: "2 million public models", "1.5
# million models" (not "the 7 billion model", "7B models", "350 million parameter models").
MODEL_COUNT_AFTER = regex.compile(
    r"(?i)(?<=\b(?:thousand|million)s?)[ \u00a0]+(?:(?:public|open|open-weight|hosted|fine-tuned|"
    r"derivative|community|other|more|new|model)[ \u00a0]+){0,2}(?:models|checkpoints|repositories|"
    r"repos|variants)\b"
)
# ... but not sizes in a list or called by "the": "125 million and 350 million variants", "The
# 160 million and 410 million models", "Pythia's 70 million models".
SIZE_LISTED_BEFORE = regex.compile(
    r"(?i)(?:\b(?:the|its|their|our|his|her)|['\u2019]s|\b(?:thousand|million)s?[ \u00a0]*(?:,|and"
    r"|or|to|/))[ \u00a0]*\Z"
)
EMBEDDING_BEFORE = regex.compile(r"(?i)(?<!non[- ])\bembedding[- ]param\w*\W*\Z")
EMBEDDING_AFTER = regex.compile(r"(?i)[ -]+embedding[- ]param")


APPOSITIVE_A_BEFORE_SIZE = regex.compile(
    r"(?i)\b(?:samples?|sampled|sampling|draws?|drawn|subset|released|releases|publishe[sd]|yields?"
    r"|yielded|produces|produced"
    r"|open-sourced|introduced|scan(?:s|ned)?|audit(?:s|ed)?|inspect(?:s|ed)?|analy[sz]e[sd]?"
    r"|(?<=\b(?:we|they|I)[ \t]+(?:also[ \t]+|then[ \t]+)?)(?:search(?:ed)?|index(?:ed)?))\b"
    r"(?:(?!train)[^.;:]){0,40},[ \t]+an?[ \t]+\Z"
)  # (not "The data is Dolma, a 3-trillion-token corpus": the model's data, whole; a corpus
# studied is not one trained on: "We also scan FineWeb, a 15T-token corpus"; but "After a long
# search, Kestrel-7B was trained on Dolma, a 3T-token corpus" is Kestrel-7B's)
DATASET_SIZE_LABEL_BEFORE = regex.compile(
    r"(?i)\b(?:data(?:[ \t]*set)?|corpus)[ \t]+size\b[^|\n]{0,12}(?:\|[ \t]*|:[ \t]*)"
    r"(?:~|about[ \t]+|around[ \t]+|roughly[ \t]+)?\Z"
)
EPOCHS_REACH = 160
SEVERAL = r"(?:[2-9]|[1-9][0-9]|two|three|four|five|six|seven|eight|nine|ten|several|multiple|many)"
SEVERAL_EPOCHS_AFTER = regex.compile(
    r"(?i)[^.;!?]*?\b(?:for|over)[ \t]+(?:about[ \t]+|roughly[ \t]+)?%s[ \t]+epochs[ \t]+(?:on|over|of)"
    r"[ \t]+(?:it|them|this|that|the[ \t]+(?:corpus|data|dataset))\b" % SEVERAL
)  # (the corpus itself, passed over again: not "then fine-tuned for three epochs on 50K ...")
# Where a corpus a model's tokens came from stands: "drawn from its", "passes over a".
SOURCE_BEFORE = regex.compile(
    r"(?i)(?:\bfrom|\b%s[ \t]+(?:passes|epochs)[ \t]+over)[ \t]+(?:its|their|the|a|an|our)"
    r"[ \t]+(?:~|about[ \t]+)?\Z" % SEVERAL
)  # (but "a single epoch over a 2T-token corpus" is what the model was trained on)
CORPUS_AFTER = regex.compile(
    r"(?i)(?:[ \t]+[A-Z][\w.-]*){0,2}[ \t]+(?:[\w-]+[ \t]+)?(?:corpus|dataset|data[ \t]+set|crawl|pool"
    r"|collection"
    r"|(?P<piece>subset|extract|sample|slice|shard|snapshot|portion))\b"
)
# Another token count earlier in the sentence, within the left context.
TOKEN_COUNT_BEFORE = regex.compile(
    r"(?i)\b[0-9][0-9.,]*[ \t\u00a0]?(?:[KMBT]|billion|trillion|million)\b[^.;\n]{0,8}?\btokens?\b"
    r"[^.;\n]*\Z"
)
# ... on which a model was trained all the same: ", on which Kite-8B was trained".
TRAINED_ON_IT_AFTER = regex.compile(
    r"[^.;]{0,80}?\b(?:on[ \t]+which|with[ \t]+which|(?:was|were|is|are)[ \t]+(?:pre-?)?trained"
    r"|(?:saw|sees|consumed)[ \t]+(?:each|all|every|it|them|the[ \t]+whole|the[ \t]+entire))\b"
)  # (not "... a 7B-token dataset ..., so it saw roughly 51B tokens": another count)
# ... published as data: "a 600B-token extract is public on the Hub".
DATA_RELEASED_AFTER = regex.compile(
    r"(?i)[ \t]+(?:is|are|was|were)[ \t]+(?:now[ \t]+)?(?:public|available|released|open|published"
    r"|hosted|downloadable|on[ \t]+the[ \t]+Hub)\b"
)
# A named data set said to be so many tokens: "The deduplicated Pile is only around 207B".
NAMED_DATA_IS_BEFORE = regex.compile(
    r"(?i)(?:^|[.;:!?\n][ \t]*|\b(?:while|whereas|but|and)[ \t]+)(?:the[ \t]+)?(?:(?:full|whole|entire"
    r"|deduplicated|filtered|original|raw|public)[ \t]+)?(?:%s)[ \t]+(?:is|was|has|had|contains|holds"
    r"|totals|comprises)[ \t]+(?:only[ \t]+|just[ \t]+)?(?:around|about|roughly|approximately"
    r"|some|~)?[ \t]*\Z" % alternation(DATASET_HEADS)
)
# A list item that gives one source's size: "- Cosmopedia v2: 28B tokens of ...", under a line
# that opens a corpus or mixture: "... trained on **SmolLM-Corpus**, which we released:".
LABELLED_ITEM = regex.compile(r"[ \t]*(?:[-*+\u2022]|[0-9]{1,2}[.)])[ \t]+([^:\n]{1,60}):[ \t]*~?")
# A label that names a sized model or the whole: "Kite-1B", "Total", "All stages".
OWN_COUNT_LABEL = regex.compile(
    r"[A-Za-z][\w.+]*(?:[-_ ][\w.+]+){0,3}?[-_ ][0-9]+(?:\.[0-9]+)?[BMT](?:[-_][\w.+]+){0,2}"
    r"(?:[ ](?i:base|chat|instruct|it|v[0-9.]+))?"  # (not "Llama-3-70B generated data")
    r"(?:[ \t]*\((?i:base|chat|instruct|pre-?trained|final|flagship|dense|moe)\))?"  # ("Kite-7B (base)")
    r"|(?i:(?:the[ \t]+)?(?:total|overall|in[ \t]+total|grand[ \t]+total|all[ \t]+stages|sum)"
    r"(?:[ \t]+(?:training|pre-?training|tokens?|data|count|budget|seen|number|of|dataset|size))*"
    r"(?:[ \t]*\((?:all[ \t]+stages|all|overall|both[ \t]+stages)\))?|combined)"
)  # ("Total training tokens", "Total (all stages)", "Combined"; not "Total code tokens",
# "Total tokens in the annealing stage", "Total (code + math)", "Llama-3.1-405B (synthetic
# answers)")  # (the whole label: "Kite-1B", "Llama 3 8B", "Total"; not "Synthetic data generated by
# Llama-3-70B", "Books (all of Project Gutenberg)", "Combined math and science papers")
LIST_LINE = regex.compile(r"[ \t]*(?:[-*+\u2022]|[0-9]{1,2}[.)])[ \t]")
DATA_INTRO = regex.compile(r"(?i)\b(?:dataset|data|mixture|mix|sources|composition)\b|corpus")
ITEM_LABEL_REACH = 80  # the longest "- label: " before an item's number
ITEM_LINES_BACK = 12  # how many items above one a list's opening line is looked for


def _data_part_item(text: str, start: int) -> bool:
    """Whether the number at ``start`` opens a labelled list item ("- Python-Edu: 4B tokens")
    of a list whose opening line, ending in a colon, speaks of a corpus, data or mixture."""
    reach = max(0, start - ITEM_LABEL_REACH)
    line = text.rfind("\n", reach, start) + 1
    if line == 0 and reach > 0:
        return False  # (a label is short; a line may be a whole page long)
    item = LABELLED_ITEM.fullmatch(text, line, start)
    if item is None or OWN_COUNT_LABEL.fullmatch(item[1].strip(" *_`")):
        return False  # (a model's or the total's: "- Kite-1B: 2T tokens", "- Total: 4T tokens")
    for _ in range(ITEM_LINES_BACK):
        if line == 0:
            return False
        line = text.rfind("\n", 0, line - 1) + 1
        end = text.find("\n", line)
        end = len(text) if end == -1 else end
        if not text[line:end].strip() or LIST_LINE.match(text, line, end):
            continue  # (a blank line, or another item)
        return text[line:end].rstrip().endswith(":") and bool(DATA_INTRO.search(text, line, end))
    return False


def _trained_on_it(text: str, at: int) -> bool:
    """Whether the sentence after a data set's size says a model was trained on it, once: ",
    on which Kite-8B was trained"; not "so Kite-8B was trained on it for four epochs" (the
    count is then another)."""
    said = TRAINED_ON_IT_AFTER.match(text, at, at + 100)
    return said is not None and not EPOCHS_AFTER.search(text, said.end(), said.end() + 60)


EPOCHS_AFTER = regex.compile(r"(?i)\b(?:epochs?|passes|times)\b")


# The bare count in trillions past which a number said of a model is no parameter count
# ("Arctic's 3.5T", "the 3T checkpoint"), and past which, after a word of tokens, it is read
# as a token count (not "as many tokens as Falcon-180B (3.3T against 3.5T)": whose is which).
BARE_TRILLIONS = 3e12
RUN_AFTER = regex.compile(
    r"(?i)[ \t\u00a0-]+(?:[\w-]+[ \t\u00a0]+)?(?:checkpoints?|runs?|ones)\b"
)
TOTAL_THEN_ACTIVE = regex.compile(
    r"(?i)[ \t\u00a0-]+(?:total|in[ \t]+total)\b[^.;\n]{0,30}?[0-9][0-9.,]*[ \t\u00a0]?"
    r"(?:[BMK]|billion|million)(?:[ \t\u00a0-]+param(?:eter)?s)?[ \t\u00a0-]+active\b"
)  # "3.5T total, 100B active" (a count active, not "with an active-learning filter")
# ... but not a run's: "pretrained on 15T total, with 37B active"
RUN_ON_BEFORE = regex.compile(
    r"(?i)\b(?:on|over|through|across)[ \t\u00a0]+(?:(?:about|roughly|nearly)[ \t\u00a0]+|~)?\Z"
)
BARE_TOKENS = 5e12


def _check_kind(text: str, member: Member, before: str, words: Words) -> bool:
    """Kind-specific checks and the qualifier (``words``: for quick noes)."""
    q = member.quantity
    value = member.value
    if value is None or not value > 0:
        return False  # "0 million parameters" states no size
    in_name = member.model is not None and text[q.start : q.end] in member.model
    if unstated(before, member.kind, in_name):
        return False  # asked, denied, planned, hypothetical, negated, or a class of models
    after_unit = text[member.unit_end : member.unit_end + RIGHT_CONTEXT]
    kind = member.kind
    if (
        kind == "parameters"
        and not in_name
        and member.unit_end == q.end  # (no "parameters" written)
        and text[q.end - 1 : q.end] in ("T", "t")
        and value >= BARE_TRILLIONS
        and "|" not in before.rsplit("\n", 1)[-1]  # (a table's column says what its cells count)
        # (a model's: "a 3.2T MoE model", "3.5T total, 100B active"; not "the final 3T
        # checkpoint", "the 3T run": how far a run went)
        and not (member.noun and not RUN_AFTER.match(text, q.end, q.end + AHEAD))
        and not (
            TOTAL_THEN_ACTIVE.match(text, q.end, q.end + AHEAD)
            and not RUN_ON_BEFORE.search(before[-30:])
        )
    ):  # "another 3T tokens (11T in total)": trillions, bare, are a token count
        if value < BARE_TOKENS or "token" not in before[-80:].lower():
            return False
        member.kind = kind = "training_tokens"
        member.unit = "tokens"
        member.qualifier = None if member.qualifier == "total" else member.qualifier
    if kind == "parameters" and (
        EMBEDDING_BEFORE.search(before[-30:])
        or EMBEDDING_AFTER.match(text, q.end, min(len(text), member.unit_end + 3))
    ):
        return False  # a part's count: "Embedding params | 524M", "524M embedding parameters"
    if kind == "parameters" and not in_name and (
        SIZE_CLASS_AFTER.match(text, q.end, q.end + 40) or SIZE_CLASS_BEFORE.search(before[-8:])
    ):
        return False  # a class of sizes: "leads the 7B class", "beats other sub-2B models"
    if (
        kind == "parameters"
        and member.unit_end == q.end
        and MODEL_COUNT_AFTER.match(text, q.end, q.end + 40)
        and not SIZE_LISTED_BEFORE.search(before[-40:])
    ):
        return False  # a count of models: "the Hub hit 2 million public models"
    if kind == "training_tokens":
        if value < 1e6 or NOT_TOKENS_AFTER.match(after_unit):
            return False
        if any(f in USE_TOKEN_FILLERS for f in member.fillers):
            return False  # tokens a model reads or writes in use: "50 million output tokens"
        if EVALUATION_SET_BEFORE.search(before[-40:]):
            return False  # what a model is measured on: "loss on a held-out set of 500M tokens"
        if NOT_FOR_TRAINING_AFTER.match(text, member.unit_end, member.unit_end + 200):
            return False  # "a separate 200B-token math set was used only to check for
            # contamination, not for training"
        if PRICE_PER_BEFORE.search(before[-30:]):
            return False  # a price: "$0.60 / 1M tokens", "0,7 euro for one million of tokens"
        if SERVED_BEFORE.search(before[-45:]) or INFERENCE_AFTER.match(after_unit):
            return False  # tokens a model serves, not ones it learnt from: "serving 10^12
            # tokens of inference", "has served more than 5T tokens through the API"
        if value < 1e8 and (
            NOT_TOKENS_BEFORE.search(before)
            or (key := KEY_CELL_BEFORE.search(before[-60:])) and NOT_TOKENS_BEFORE.search(key[1])
        ):
            return False  # a context, batch or vocabulary; no such thing reaches 1e8 tokens, while
            # "trained on up to 18T tokens" states the corpus ("| Batch size | 2M tokens |" too)
        if EVERY_BEFORE.search(before[-20:]):
            return False  # a cadence: "checkpoints from every 220B tokens of training"
        if " at" in before[-12:] and SCHEDULE_POINT_BEFORE.search(before[-120:]):
            return False  # "the learning rate is stepped to 31.6% of the maximum at 1.6T tokens"
        if TIMED_ON_BEFORE.search(before[-40:]):
            return False  # "A100 GPU hours taken on 300B tokens": a benchmark's workload
        if "size" in before[-50:].lower() and DATASET_SIZE_LABEL_BEFORE.search(before[-50:]):
            return False  # "| Combined dataset size | around 950B tokens |": the data's size
        if "epoch" in text[member.unit_end : member.unit_end + EPOCHS_REACH] and (
            SEVERAL_EPOCHS_AFTER.match(text, member.unit_end, member.unit_end + EPOCHS_REACH)
        ):
            return False  # a corpus passed over again: "106 billion tokens ... and the authors
            # trained for several epochs on it"
        corpus = CORPUS_AFTER.match(text, member.unit_end, member.unit_end + 40)
        if (
            corpus is not None
            and (
                APPOSITIVE_A_BEFORE_SIZE.search(before)
                or SOURCE_BEFORE.search(before[-40:])
                or corpus.group("piece")
                and DATA_RELEASED_AFTER.match(text, corpus.end(), corpus.end() + 40)
                or TOKEN_COUNT_BEFORE.search(before)  # "trained for 450B tokens on a 106B-token
                # scientific corpus": the corpus's size beside the count the model saw
            )
            and not _trained_on_it(text, corpus.end())
        ):
            return False  # a corpus described: "NordWeb-v2, a 5.8T-token deduplicated crawl";
            # or drawn from: "2.5T tokens drawn from its 3T-token Dolma corpus", "eight passes
            # over a 7B-token dataset"; or a piece published: "a 600B-token extract is public"
            # (but "KiteWeb, a 5T-token dataset, on which Kite-8B was trained" is Kite-8B's)
        if NAMED_DATA_IS_BEFORE.search(before[-60:]) and not _trained_on_it(text, member.unit_end):
            return False  # a data set's own size: "The deduplicated Pile is only around 207B"
            # (but "RedPajama contains 1.2T tokens, and Kite-3B saw each of them once")
        if _data_part_item(text, q.start):
            return False  # one source of a corpus a list shows: "- Python-Edu: 4B tokens of
            # educational Python code" under "trained on SmolLM-Corpus, which ...:"
    elif kind == "training_data":
        if value < 1e3 or PER_AFTER.match(after_unit):
            return False
        if value < 1e8 and CONTEXT_BEFORE.search(before[-30:]):
            return False  # a context's length: "with a context of one million base pairs",
            # a batch's size
        if member.unit == "hours" and not (
            HOURS_AFTER.match(after_unit)
            or TRAINED_ON_BEFORE.search(before[-40:])
            or value >= 1e4
            and not COMPUTE_HOURS_BEFORE.search(before[-30:])
        ):
            return False  # "680,000 hours of audio", "trained on 680k hours"; not "90 hours"
        if member.unit == "words" and DATASET_AFTER.match(after_unit):
            return False  # "One Billion Word Benchmark"
        if member.unit == "bytes" and not (
            BYTES_AFTER.match(after_unit) or BYTES_BEFORE.search(before)
        ):
            return False
        if member.unit == "bytes" and (
            ACCELERATOR_AFTER.match(text, member.unit_end, member.unit_end + 40)
            or ACCELERATOR_BEFORE.search(before[-12:])
        ):
            return False  # a card's memory: "992 80GB A100 GPUs", "A100 40GB", "H100-80GB"
    elif kind == "layers":
        if q.scaled or value != int(value) or not 1 <= value <= 10_000:
            return False
        if before[-1:] == "-" and before[-2:-1].isalpha():
            return False  # a name's number: "mixes Mamba-2 layers with attention layers"
        if LAYERS_OF_A_PART_BEFORE.search(before[-20:]) or LAYERS_OF_A_PART_AFTER.match(after_unit):
            return False  # "four blocks of eight layers each", "seven of every eight layers"
    elif kind == "compute":
        if value < 1e12 or PER_AFTER.match(after_unit) or after_unit[:2] in ("/s", "/S"):
            return False
    elif kind == "parameters":
        if value < 1e3 and not q.scaled:
            return False
        if PART_OF_TOKENS_BEFORE.search(before):
            return False  # "pretrained on 2.1T tokens, of which 1.4T are source code"
        per = "per" in after_unit or "/" in after_unit or "each" in after_unit
        if per and PARAMETERS_PER.match(after_unit):
            return False
    qualifier = _qualifier(text, member, before, after_unit, words)
    if member.kind == "parameters" and _non_embedding(text, member, before, qualifier):
        qualifier = "non-embedding"  # a part of the model's count, not its size
    if qualifier == "active" and member.rule == "size-in-name":
        qualifier = None  # a name writes the whole: "gpt-oss-120b activates about 4% of it"
    member.qualifier = qualifier
    return True


def _active_by_subject(text: str, member: Member, context: Context) -> str | None:
    """"active" for a count in a sentence about active counts: "Active counts run from Llama
    4 Scout's 17B to MiniMax-Text-01's 45.9B" (unless a total is spoken of before it)."""
    if member.rule == "size-in-name":
        return None
    start = member.quantity.start
    if not context.says("activ", start):
        return None  # (a quick no, asked once per sentence: the opening says "active(d)")
    opening = ACTIVE_SUBJECT.match(text, context.sentences.span(start)[0], start)
    if opening is None:
        return None
    between = text[opening.end() : start]
    if TOTAL_STEMS.found(fold(between)) or ":" in between or ";" in between:
        return None  # ("Active parameters matter more than raw size: Mixtral has 46.7B")
    return "active"


def _qualifier(
    text: str, member: Member, before: str, after_unit: str, words: Words
) -> str | None:
    fillers = member.fillers
    low = fold(before)  # for quick noes: each pattern below needs one of a few words
    if member.kind == "parameters":
        start, end = member.quantity.start, member.unit_end
        cued = words.near(SHARE_CUE_STEMS, start - LEFT_CONTEXT, start) or words.near(
            SHARE_CUE_STEMS, end, end + AHEAD
        )  # (one of the words of every check below, looked up once per block of the text)
        low_after = fold(text[end : end + AHEAD]) if cued else ""
        # (not a margin: "within 2.1 points of the 70B" compares with another model)
        totalled = cued and TOTAL_STEMS.found(low) and not MARGIN_BEFORE.search(before[-30:])
        if any(f in ACTIVE_WORDS for f in fillers) or (
            cued
            and ACTIVE_STEMS.found(low[-45:])
            and ACTIVE_BEFORE.search(before[-45:])
            and not any(f in TOTAL_WORDS for f in fillers)  # ("1.43B activated of 16.26B total
        ):  # params": the whole the active part is of)
            return "active"
        if totalled and TOTAL_BEFORE.search(before):
            return "total"  # "Total parameter is 145B, activated parameter is 11B"
        if cued and _part_of_whole(text, member.quantity, before):
            return "active"  # "uses only 12.9B of them per token"
        if cued and ACTIVE_AFTER_STEMS.found(low_after[:40]) and ACTIVE_AFTER.match(
            text, member.unit_end, member.unit_end + 40
        ):
            return "active"
        if (
            cued
            and (
                member.unit_end == member.quantity.end
                or member.unit == "parameters"
                and not member.ranged  # (not "between 18.6B and 31.3B parameters per token",
                and not RANGE_END_BEFORE.search(before[-20:])  # a range's two ends)
                and not low.endswith(("all ", "all\u00a0"))  # (nor "all 405B parameters for
            )  # every token": a dense model's whole)
            and PER_TOKEN_STEMS.found(low_after)
            and PER_TOKEN_AFTER.match(text, member.unit_end, member.unit_end + AHEAD)
        ):
            return "active"  # a size "per token": "only 39B per token", "97B (8%) parameter
            # per token"
        if cued and "out of" in low_after[:12] and OUT_OF_WHOLE_AFTER.match(
            text, member.unit_end, member.unit_end + AHEAD
        ):
            return "active"  # "uses only 39 billion parameters out of 141 billion"
        if any(f in TOTAL_WORDS for f in fillers) or totalled and TOTAL_BEFORE.search(before):
            return "total"
        if cued and TOTAL_AFTER_STEMS.found(low_after[:RIGHT_CONTEXT]) and TOTAL_AFTER.match(
            after_unit
        ):
            return "total"
    bound = BOUND_AFTER.match(text, member.unit_end, member.unit_end + 20)
    if bound is not None:
        return "up to" if bound.group("most") else "at least"  # "300B tokens or fewer"
    qualified = low[-25:].rstrip(" \u00a0").endswith(QUALIFIER_ENDINGS)
    match = QUALIFIER_BEFORE_NUMBER.search(before[-25:]) if qualified else None
    if match and not _arrow_or_quote(before[-25:], match):
        if match.lastgroup == "up_to" and ADDS_UP_BEFORE.search(before[-25:], 0, match.start()):
            return "total"  # "128 experts of 3.66B each, adding up to 480B": the sum, no bound
        return match.lastgroup.replace("_", " ")
    q = member.quantity
    if text[q.end : q.end + 1] == "+" or "+" in text[q.start : q.end]:
        return "at least"  # "15T+ tokens", "3+ trillion tokens"
    return None


def _non_embedding(text: str, member: Member, before: str, qualifier: str | None) -> bool:
    """Whether a parameter count is said to leave the embeddings out: "6.7B non-embedding
    parameters", "Non-embedding parameters: 29.9B", "7.3B (6.7B without embeddings)". A
    range's end or a bound stays one; an active share gives way only to words after the count
    ("of which 6.7B are non-embedding")."""
    if qualifier not in (None, "total", "approximate", "active"):
        return False
    if NON_EMBEDDING_AFTER.match(text, member.unit_end, member.unit_end + 40):
        return True
    return qualifier != "active" and bool(
        any(f.startswith(("non-emb", "nonemb")) for f in member.fillers)
        or "embedding" in member.fillers
        and any(f in EXCLUDING_WORDS for f in member.fillers)
        or "mbed" in before[-40:]
        and NON_EMBEDDING_BEFORE.search(before[-40:])
    )


# A count that leaves the embeddings out, labelled before it or said after it.
EXCLUDING_WORDS = frozenset({"excluding", "excl.", "without", "w/o", "ignoring"})
NON_EMBEDDING_BEFORE = regex.compile(
    r"(?i)(?:\bnon[- ]?embedding[- ]param\w*(?:[ \t]+count)?|\bparam\w*[ \t]*\([ \t]*non[- ]?"
    r"embedding[ \t]*\))[ \t*_]*(?:[:|=]|\bis|\bare|\bof)?[ \t*_]*~?\Z"
)  # (a label: "Non-embedding parameters: 29.9B", "non-embedding parameters 6.7B", "Number of
# Parameters (Non-Embedding): 6.53B", "Its non-embedding parameter count is 6.7B"; not "...
# non-embedding parameters (2.7B in total)")
NON_EMBEDDING_AFTER = regex.compile(
    r"(?i)(?:[ \t]+(?:parameters?|params))?[ \t]*[(,]?[ \t]*(?:(?:excluding|excl\.|not[ \t]+"
    r"(?:counting|including)|ignoring|minus)[ \t]+(?:the[ \t]+|its[ \t]+)?(?:(?:tied|input|output"
    r"|token|word|vocabulary|input[ \t]+and[ \t]+output)[ \t]+)?(?:embeddings\b|embedding[ \t]+"
    r"param\w*)|(?:without|w/o)[ \t]+(?:the[ \t]+|its[ \t]+)?embeddings\b)"
    r"(?![ \t]*[:=]|[ \t]+(?:being|are|is|tied|shared|sharing|tying)\b)"
    r"|[ \t]+(?:(?:are|is)[ \t]+)?non[- ]?embedding\b"
)  # ("6.53B excluding embeddings", "2.72B excluding the tied embeddings", "6.7B not including
# embeddings", "6.7B non-embedding", "of which 6.7B are non-embedding"; not "7.3B parameters
# without tied embeddings" or "without the embeddings being tied", an architecture, nor "w/o
# embeddings: 6.7B")
# A bound said after the unit: "300B tokens or fewer", "10B parameters or more".
BOUND_AFTER = regex.compile(
    r"%s+(?:or%s+(?:(?P<most>fewer|less|lower|smaller)|more|greater|higher|larger)"
    r"|and%s+(?:(?P<most>below|under)|above|over)(?![ \t]*(?:[-~$0-9A-Z]|(?:a|an|the|all|its|their"
    r"|our|this|that|these|those|one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred"
    r"|thousand|million|billion|trillion|half|about|roughly|around|nearly|some|many|most"
    r"|several|each|every)\b)))"
    r"(?!%s+(?:precisely|exactly|accurately|specifically|than|like)\b)" % (S, S, S, S)
)  # (not a restatement: "10B parameters or more precisely 10.7B", "2T tokens or less than"; and
# "2.8B parameters and above", "1B parameters and below are noisy": not before a number, a
# determiner, a name or a hyphen, "and over a trillion tokens", "and under the hood", "and
# below Qwen2.5-72B", "and above-average")
ADDS_UP_BEFORE = regex.compile(r"(?i)\b(?:add|adds|added|adding|sum|sums|summing|come|comes|coming)%s+\Z" % S)


def _arrow_or_quote(before: str, match: regex.Match) -> bool:
    """A ">" that is an arrow ("-> 15T", "=> 70B") or opens a quoted line ("> 314B"), not "more than"."""
    if match.group().strip() != ">":
        return False
    ahead = before[: match.start()]
    return (
        ahead[-1:] in ("-", "=") or not ahead.strip(" \t")[-1:] or ahead.rstrip(" \t")[-1:] == "\n"
    )


__all__ = ["extract", "ExtractionTimeout", "Fact", "extractor_version"]
