"""Comparative claims: "A outperforms B", "N times larger than B", "4x more data"."""

from __future__ import annotations

import regex

from insights.extract.patterns import AHEAD, S, fold
from insights.fact import Fact

NUMBER = r"(?P<value>[0-9]++(?:[.,][0-9]++)?|two|three|four|five|six|seven|eight|nine|ten|a\ hundred|hundred)"

CLAIM = regex.compile(
    r"""
    (?P<outperforms>
        \b(?:outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?|exceed(?:s|ed|ing)?
          |outscor(?:es|ed|ing)|outclass(?:es|ed|ing)?|eclips(?:es|ed|ing)|(?:edges?|edged)\ out
          |better\ than)\b
    )
  | (?P<matches>
        \b(?:match(?:es|ed|ing)?(?:\ or\ (?:exceeds?|surpass(?:es)?|outperforms?))?
             (?:\ the\ (?:performance|quality|accuracy|results?|capabilities)\ of)?
          |on\ (?:a\ )?par\ with
          |comparable\ (?:performance\ |results\ )?(?:to|with)
          |rival(?:s|ed|ing)?|competitive\ with|as\ good\ as|on\ equal\ footing\ with)\b
    )
  | (?P<factor>
        (?<![\w.])%(number)s%(s)s?(?P<factor_unit>x|×|times|-?fold|%%|percent)%(s)s++
        (?:(?P<comparison>larger|bigger|smaller|more|fewer|less|faster|slower|cheaper|higher|lower|greater)
        (?:%(s)s++(?P<what>(?:training%(s)s++|pre-?training%(s)s++)?(?:data|tokens|parameters|params|compute|
            flops?|memory|energy|cost|throughput|examples|text|weights))\b)?
        |the%(s)s++(?P<the_what>(?:training%(s)s++)?(?:data|tokens|parameters|params|compute|throughput|speed)\b))
    )
  | (?P<as_many>
        \b(?P<multiple>twice|two\ times|three\ times|four\ times|half)%(s)s++as%(s)s++(?:many|much)%(s)s++
        (?P<as_what>(?:training%(s)s++)?(?:data|tokens|parameters|params|compute|flops?|memory|examples|text|weights))\b
    )
  | (?P<overhead>
        (?<![\w.])%(number)s%(s)s?%%%(s)s++(?:(?:additional|extra|more|of)%(s)s++)?
        (?:(?:compute|computational|training|inference|memory|runtime|latency)%(s)s++)?overhead
      | \boverhead%(s)s++of%(s)s++(?:only%(s)s++|just%(s)s++)?%(number)s%(s)s?%%
    )
  | (?P<improves_by>
        \bby%(s)s++(?:about%(s)s++|over%(s)s++|up%(s)s++to%(s)s++|nearly%(s)s++|roughly%(s)s++)?
        %(number)s%(s)s?(?P<by_unit>%%|percent\b|(?:BLEU|ROUGE(?:-\w+)?|F1|accuracy|absolute|percentage|perplexity)?%(s)s*+points?\b|pp\b)
    )
    """
    % {"number": NUMBER, "s": S},
    regex.VERBOSE | regex.IGNORECASE,
)

MULTIPLES = {"twice": 2.0, "two times": 2.0, "three times": 3.0, "four times": 4.0, "half": 0.5}
REDUCING_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:cut|cuts|cutting|reduc\w*|lower\w*|decreas\w*|shrink\w*|drop\w*|fall\w*|fell|sav\w*)\b[^.;]*\Z)"
)
POINTS = regex.compile(r"\s*points?$")
WORD_VALUES = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
               "nine": 9, "ten": 10, "a hundred": 100, "hundred": 100}  # fmt: skip

RELATIONS = {
    ("larger", None): "larger", ("bigger", None): "larger", ("greater", None): "larger",
    ("smaller", None): "smaller", ("faster", None): "faster", ("slower", None): "slower",
    ("cheaper", None): "cheaper", ("higher", None): "higher", ("lower", None): "lower",
}  # fmt: skip
WHAT = {
    "data": "data", "tokens": "data", "text": "data", "examples": "data",
    "parameters": "parameters", "params": "parameters", "weights": "parameters",
    "compute": "compute", "flop": "compute", "flops": "compute", "memory": "memory",
    "energy": "energy", "cost": "cost", "throughput": "throughput",
}  # fmt: skip
OUR_MODEL = regex.compile(
    r"(?i:\b(?:our|the proposed|the resulting|this|the)\s+(?:\w+\s+){0,2}?models?\b|\bwe\b|\bit\b|\bthey\b)"
)


def _value(text: str) -> float:
    low = text.lower()
    return float(WORD_VALUES[low]) if low in WORD_VALUES else float(text.replace(",", "."))


def _relation(match: regex.Match) -> tuple[str, float | None, str | None]:
    kind = match.lastgroup if match.lastgroup in ("outperforms", "matches") else None
    for name in ("outperforms", "matches", "factor", "overhead", "improves_by"):
        if match.group(name) is not None:
            kind = name
            break
    if kind in ("outperforms", "matches"):
        return kind, None, None
    if match.group("as_many") is not None:
        value = MULTIPLES[" ".join(fold(match.group("multiple")).split())]
        what = WHAT.get(match.group("as_what").lower().split()[-1], "data")
        return (
            ("more_" if value > 1 else "fewer_" if what == "parameters" else "less_") + what,
            value,
            "x",
        )
    value = _value(match.group("value"))
    if kind == "overhead":
        return "overhead", value, "%"
    if kind == "improves_by":
        unit = match.group("by_unit").strip().lower()
        relation = "reduces_by" if REDUCING_BEFORE.search(
            match.string, max(0, match.start() - 40), match.start()
        ) else "improves_by"  # fmt: skip
        if unit in ("%", "percent"):
            return relation, value, "%"
        unit = POINTS.sub("", unit)
        if unit in ("percentage", "pp"):
            return relation, value, "pp"  # percentage points
        return relation, value, (unit.upper() if unit in ("bleu", "f1") else unit or "points")
    if match.group("the_what"):
        # "2x the throughput", "3x the data": as much again of the thing named
        what = match.group("the_what").lower().split()[-1]
        relation = "faster" if what in ("throughput", "speed") else "more_" + WHAT.get(what, what)
        return relation, value, "x"
    comparison = (match.group("comparison") or "").lower()
    what = WHAT.get(
        (match.group("what") or "")
        .lower()
        .replace("pre-training ", "")
        .replace("training ", "")
        .strip(),
        "",
    )
    unit = "%" if match.group("factor_unit") in ("%", "percent") else "x"
    if comparison in ("more", "fewer", "less") and what:
        direction = "more" if comparison == "more" else "fewer" if what == "parameters" else "less"
        return f"{direction}_{what}", value, unit
    if comparison in ("more", "fewer", "less"):
        return f"{comparison}", value, unit
    if unit == "%" and not comparison:
        return "percent", value, unit
    return RELATIONS.get((comparison, None), comparison or "factor"), value, unit


# Word stems that start a claim, found with plain substring search on the lower-cased text
# (far faster than a regex alternation); the full CLAIM pattern is then tried at each one.
VERB_STEMS = (
    "outperform", "surpass", "beat", "exceed", "outscor", "outclass", "eclips", "edges out",
    "edged out", "better than", "match", "on par", "on a par", "comparable", "rival",
    "competitive with", "as good as", "on equal footing", "overhead", "twice as", "half as",
    "two times as", "three times as", "four times as",
)  # fmt: skip
# "4x more data", "3.5 times larger", "10-fold fewer": digits first, so the scan is fast.
# After a number: "4x more data", "3.5 times larger", "10-fold fewer".
FACTOR_AFTER = regex.compile(
    r"[ \u00a0]?(?:(?:[x×]|times|-?fold)[ \u00a0]|(?:%|percent)[ \u00a0](?:more|fewer|less|larger|smaller|faster|cheaper))"
)
WORD_FACTOR_BEFORE = regex.compile(
    r"(?r)(?i:two|three|four|five|six|seven|eight|nine|ten|a hundred|hundred)[ \u00a0]\Z"
)
OVERHEAD_BEFORE = regex.compile(
    r"(?r)(?<![\w.])[0-9]+(?:[.,][0-9]+)?[ \u00a0]?%[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}\Z"
)


def _starts(text: str, quantities, timeout: float) -> list[int]:
    """Offsets where a claim may begin."""
    lower = text.lower()
    starts = set()
    for stem in VERB_STEMS:
        position = lower.find(stem)
        while position != -1:
            if position == 0 or not lower[position - 1].isalnum():
                starts.add(position)
                if stem == "overhead":
                    before = OVERHEAD_BEFORE.search(text, max(0, position - 40), position)
                    if before:
                        starts.add(before.start())
            position = lower.find(stem, position + 1)
    for q in quantities:
        if (
            not q.scaled
            and text[q.end : q.end + 1] in (" ", "x", "×", "-", "\u00a0", "t", "f", "%", "p")
            and (FACTOR_AFTER.match(text, q.end, q.end + AHEAD))
        ):
            starts.add(q.start)
    for stem in (" times ", "by "):
        position = lower.find(stem)
        while position != -1:
            if stem == "by ":
                if (position == 0 or not lower[position - 1].isalnum()) and BY_NUMBER.match(
                    lower, position, position + AHEAD
                ):
                    starts.add(position)
            else:
                word = WORD_FACTOR_BEFORE.search(text, max(0, position - 10), position + 1)
                if word:
                    starts.add(word.start())
            position = lower.find(stem, position + 1)
    return sorted(starts)


def find(text: str, context, timeout: float, quantities=()) -> list[Fact]:
    """Claims stated in ``text``; ``context`` gives sentences and model mentions."""
    found: list[Fact] = []
    taken_until = -1
    attached: set[int] = set()  # "by N points" already read into an "outperforms" claim
    for start in _starts(text, quantities, timeout):
        if start < taken_until or start in attached:
            continue
        match = CLAIM.match(text, start, start + AHEAD)
        if match is None:
            continue
        taken_until = match.end()
        relation, value, unit = _relation(match)
        if relation in ("outperforms", "matches") and not NAME_AHEAD.search(
            text, match.end(), match.end() + 100
        ):
            continue  # no model named after the verb: "outperforms prior work"
        s_start, s_end, sentence = context.sentences.at(match.start())
        models = context.models_between(s_start, s_end)
        others = _others(text, models, match.end(), s_end)
        if relation in ("outperforms", "matches") and not others:
            sized = SIZED_OTHER.match(text, match.end(), s_end)
            if sized is None:
                continue
            others = [sized.group("other")]  # an unnamed model known by its size: "a 175B model"
        subject = _subject(text, context, models, match.start(), s_start)
        claim_end = match.end()
        if relation == "outperforms" and value is None:
            by = BY_AFTER.search(text, match.end(), min(s_end, match.end() + 120))
            if by is not None:
                by = CLAIM.match(text, by.start(), by.start() + AHEAD)
                if by is not None and by.group("improves_by") is not None:
                    _, value, unit = _relation(by)
                    attached.add(by.start())
                    claim_end = by.end()  # the evidence runs to the margin it states
        organization = context.organization_for(subject, s_start, s_end) if subject else None
        against: list[str | None] = [*others] or [None]
        for other in against:
            if subject is not None and subject == other:
                continue
            found.append(
                Fact(
                    kind="claim",
                    value=value,
                    unit=unit or "",
                    model=subject,
                    organization=organization,
                    qualifier=None,
                    start=match.start(),
                    end=claim_end,
                    sentence=sentence,
                    sentence_start=s_start,
                    relation=relation,
                    other=other,
                    rule="claim-subject" if subject is not None else None,
                )
            )
    return found


# Something that may start a model name: a capital, or a lower-case letter before a capital or digit.
NAME_AHEAD = regex.compile(r"[A-Z]|[a-z][A-Z0-9]")
SIZED_OTHER = regex.compile(
    r"[ \u00a0]++(?:the[ \u00a0]++|a[ \u00a0]++|an[ \u00a0]++)?(?P<other>[0-9][0-9.,]*[ \u00a0-]?(?:[BMT]|billion|million|trillion)"
    r"(?:[ \u00a0-]parameters?)?[ \u00a0-](?:[\w-]++[ \u00a0]++)?(?:model|LLM|baseline|network|transformer)s?)\b"
)
BY_NUMBER = regex.compile(r"by (?:about |over |up to |nearly |roughly )?[0-9]")
BY_AFTER = regex.compile(r"\bby[ \u00a0]")


# "..., a model about five times larger": the claim is said of the name before the comma.
APPOSITIVE_BETWEEN = regex.compile(r",[ \u00a0]+(?:a|an)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,3}")


def _subject(text, context, models, start, s_start) -> str | None:
    before = [m for m in models if m.end <= start]
    if before and APPOSITIVE_BETWEEN.fullmatch(text, before[-1].end, start):
        return before[-1].name  # "competitive with Llama-3.1-405B, a model five times larger"
    left = [m for m in before if not context.compared(m)]
    strong = [m for m in left if m.strong]
    if strong:
        return strong[-1].name
    if left:
        return left[-1].name
    if OUR_MODEL.search(text, s_start, start):
        return context.focus(s_start)
    return None


def _others(text, models, end, s_end) -> list[str]:
    """The models a claim compares against: the first named after the verb, and those listed
    with it ("outperforms Gopher, GPT-3 and Jurassic-1")."""
    after = [m for m in models if m.start >= end]
    if not after or after[0].start - end > 100:
        return []
    found = [after[0]]
    for m in after[1:]:
        if not LIST_JOINER.fullmatch(text, found[-1].end, m.start):
            break
        found.append(m)
    return [m.name for m in found]


LIST_JOINER = regex.compile(
    r"[ \u00a0]*(?:,[ \u00a0]*(?:and[ \u00a0]+|or[ \u00a0]+)?|and[ \u00a0]+|or[ \u00a0]+)"
)


COMPARED_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:than|similar to|such as|like|including|since|competitive with|on par with|trad(?:e|es|ing|ed)%(s)s+blows%(s)s+with|compet(?:e|es|ing|ed)%(s)s+with|(?:keep|keeps|keeping|kept)%(s)s+pace%(s)s+with|toe-to-toe%(s)s+with|go(?:es)?%(s)s+head-to-head%(s)s+with|(?:keep|keeps|keeping|kept)%(s)s+up%(s)s+with|neck%(s)s+and%(s)s+neck%(s)s+with|on%(s)s+a%(s)s+par%(s)s+with|parity%(s)s+with|(?:hold|holds|holding|held)%(s)s+(?:its|their)%(s)s+own%(s)s+(?:with|against)|comparable (?:to|with)|close(?:r)? to|approach(?:es|ing)?|trail(?:s|ing|ed)?|ahead of|rival(?:s|ing|led)?|match(?:es|ing|ed)?|copied|copying|mirrored|mirroring|(?:copies|mirrors)(?!%(s)s+of\b)|times|\d+(?:\.\d+)?[x×]%(s)s+the|(?:times|twice|half|double|triple|roughly|about|nearly|almost|around|\d[x×])%(s)s+the%(s)s+(?:size|scale)%(s)s+of|(?:times|twice|half|double|triple|roughly|nearly|almost|\d[x×])%(s)s+the%(s)s+(?:parameters|params|parameter%(s)s+count|compute|data|tokens|training%(s)s+data)%(s)s+of|(?:up|down)%(s)s+from|(?:up|down)%(s)s+from%(s)s+~?\d[\d.,]*[A-Za-z%%]*%(s)s+(?:in|for|with|on)|outperform\w*|surpass\w*|beat\w*|exceed\w*|improv(?:es|ed|ing)%(s)s+(?:up)?on|vs\.?|versus|over|against|compared (?:to|with)|in%(s)s+comparison%(s)s+(?:to|with)|relative to|to those from|that of|performance of|(?:reach|match|rival|approach|equal)\w*%(s)s+(?:the%(s)s+)?(?:[\w-]+%(s)s+){0,2}?(?:accuracy|quality)%(s)s+of|unlike|instead of|next to|same(?:%(s)s+[\w-]+){0,3}%(s)s+as|as%(s)s+(?!(?:well|soon|long|far|such)\b)[\w-]+%(s)s+as(?:%(s)s+either)?|(?:a%(s)s+)?(?:quarter|third|fifth|tenth|fraction)%(s)s+of|(?:given|with|at|under|matching)%(s)s+the%(s)s+(?:same%(s)s+)?(?:compute%(s)s+)?budget%(s)s+of)%(s)s+(?:the%(s)s+|a%(s)s+)?(?:(?!called|named|dubbed)[\w'’-]+(?:\.[\w'’-]+)*%(s)s+){0,2}?\Z)"
    % {"s": S}
)  # (and "a quarter of the lab's own Gopher", "given the compute budget of Gopher"; "trades
# blows with GPT-4o", "competes with", "keeps pace with"; "twice the parameters of X", but not
# "little about the parameters of X", which is about X)
# A model whose recipe a text follows or builds on: "Following MiniCPM, we train in two phases",
# "Our recipe follows the [MiniCPM]'s method" (not "followed by Kite-3", "followed Kite-1 with
# Kite-2", "followed with Kite-2": the next model).
FOLLOWED_BEFORE = regex.compile(
    r"(?i)\b(?:follow(?:s|ing)?|inspired%(s)s+by|builds?%(s)s+on|built%(s)s+on%(s)s+top%(s)s+of)"
    r"%(s)s+(?:the%(s)s+)?\Z" % {"s": S}
)
DESCRIBED_AFTER = regex.compile(r"[*_`\]]*(?:,%s+(?:whose|which|a|an|the)\b|:)" % S)


def compared(text: str, mention) -> bool:
    """Named as the other side of a comparison: "outperforms GPT-3", "similar to GPT-2", or a
    point in time, "the first since GPT-3"; but not an example that goes on as the subject: "a
    model such as DeepSeek-V3 carries 671B"."""
    if LEVEL_AFTER.match(text, mention.end, mention.end + 12):
        return True  # a yardstick: "GPT-4V level capabilities with merely 7B LLM backend"
    start = mention.start - (text[mention.start - 1 : mention.start] == "\\")  # "\gopher"
    while start > 0 and text[start - 1] in "*_`[" and mention.start - start < 4:
        start -= 1  # (past the markup of "matches **Llama 3.1 405B**")
    cue = COMPARED_BEFORE.search(text, max(0, start - 70), start)
    if cue is None:
        return (
            FOLLOWED_BEFORE.search(text, max(0, start - 30), start) is not None
            and not DESCRIBED_AFTER.match(text, mention.end, mention.end + 12)
        )  # (but "follows GPT-Neo, whose largest version has 2.7B parameters" is of GPT-Neo, and
        # "Our base configuration follows BERT-base: 12 layers" of BERT-base)
    if not SUBJECT_CUE.match(cue.group()):
        return True
    since = cue.group()[:5].lower() == "since"
    if since and CLAUSE_OPENS.search(text, max(0, cue.start() - 8), cue.start()):
        return False  # a reason: "Since Heron-1 needed 13B parameters, ...", "..., since Kite-7B"
    verb = VERB_AFTER.match(text, mention.end, mention.end + AHEAD)
    # (", with 180B parameters" or ", released in May with 180B" goes on about an example,
    # never about "since GPT-3"; ", released in April, while using just 13B" does not)
    return verb is None or (since and verb.group()[0] == ",")


# A name made a measure of quality: "GPT-4V level", "GPT-4-class", "o1-grade".
LEVEL_AFTER = regex.compile(r"[*_`]*[ -](?:level|class|grade|caliber|calibre)\b(?![ -]?(?:of|\d))")
# Cues a clause's subject may follow: an example that goes on ("such as DeepSeek-V3 carries
# 671B"), a reason ("Since Kite-7B has 7B parameters, ..."); else the name is another model's
# (the time reference of "its first open family since the T5 era, in 2B and 7B sizes").
SUBJECT_CUE = regex.compile(r"(?i:such as|like|including|since)\b")
CLAUSE_OPENS = regex.compile(r"(?:\A|[.!?;:,\n])[\s*_\"'(]*\Z")  # before a clause's "Since"
# A verb right after a name makes it the subject of its clause.
VERB_AFTER = regex.compile(
    r"%s+(?:has|had|is|was|carries|stores|holds|packs|contains|uses|activates|reaches|"
    r"pushed|trained|was trained|scales|totals|spans?|follows?|adopts?|sits?|weighs|comes?|"
    r"runs?|ships?|reached)\b|,%s+with%s"
    r"|,%s+(?:released|launched|introduced|announced|unveiled)%s[^,.;:]{0,40}?\bwith%s"
    % (S, S, S, S, S, S)
)
