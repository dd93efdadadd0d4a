"""Numbers as people write them in model-scale text: "70B", "175 billion", "half a trillion",
"7,000,000,000", "1.5×10^9", "3.14e23". Matched on the original text; values are floats."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

import regex

from insights.extract.names import significant_digits
from insights.extract.patterns import (
    AHEAD,
    COUNT_WORDS,
    NUMBER_WORDS,
    SCALE_LETTERS,
    SCALE_WORDS,
    alternation,
    fold,
)

SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")

# Numbers are found in two steps, because a bare digit scan is far faster than one pattern
# with every notation in it: NUMBER finds the digits, then AFTER_NUMBER reads what is
# written right after them (an exponent, a scale word or letter), anchored at their end.
# Kept this simple, so the engine scans it fast; Python's re, since it cannot backtrack (each
# character has one place in it) and so needs no timeout, which cost 0.8 us a number in regex.
NUMBER = re.compile(r"[0-9]+(?:[.,][0-9]+)*")
# Digit groups after "_" or a thin or no-break space, as configs and typeset text write them:
# 300_000_000_000, "1 400 000" (never a plain space, which separates two numbers).
GROUPS_AFTER = regex.compile(r"(?:_[0-9]{3})+(?![0-9])|(?:[\u2009\u202f\u00a0][0-9]{3})+(?![0-9])")
GROUP_SEPARATORS = str.maketrans("", "", ",_\u2009\u202f\u00a0")
GROUP_STARTS = frozenset("_\u2009\u202f\u00a0")
THOUSANDS = regex.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?")
AFTER_NUMBER = regex.compile(
    r"""
    (?:
        [ \u00a0]?(?:[x×*·]|\\times|\\cdot)[ \u00a0]?10      # 1.5 × 10 ..., 1.5 \times 10 ...
        (?:
            (?:\^|\*\*)[ ]?\{?(?P<exponent>[-+−]?[0-9]{1,3})\}?   # ... ^9, ^{9}
          | (?P<superscript>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})         # ... ⁹
        )
      | (?:\^|\*\*)\{?(?P<power>[-+]?[0-9]{1,3})\}?         # 10^9, 10^{9} (the number was "10")
      | (?P<superscript_power>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})             # 10⁹
      | [eE](?P<e>[-+]?[0-9]{1,3})(?![\w])                    # 3.14e23
    )?
    (?:
        \+?[ \u00a0]{0,3}-?[ \u00a0]?(?P<scale_word>(?i:%(scale_words)s))(?![a-z])   # 175 billion, 2.7bn, 3+ trillion
      | [\u00a0\u202f\u2009]?(?P<scale_letter>[kKmMbBtT])(?![A-Za-z0-9])        # 70B, 340M, 128K, 70 B (no-break space)
      | [ ](?P<spaced_letter>[BMT])(?=[ -](?i:parameters?|params|tokens?|words)\b|[ \t]*+(?:\n|\Z|[|,;)]))  # 1.5 B params; "| 180 B |"
    )?
    """
    % {"scale_words": alternation(SCALE_WORDS)},
    regex.VERBOSE,
)
# Each group's name by its number, to read a match's groups() as a dict (groupdict() is slow).
_GROUP_NAMES = {i: name for name, i in AFTER_NUMBER.groupindex.items()}
AFTER_GROUPS: list[str] = [_GROUP_NAMES[i] for i in range(1, AFTER_NUMBER.groups + 1)]
# AFTER_NUMBER's "3.14e23" alone: what it reads when no scale follows (a scale word, letter or
# spaced letter begins within six characters, after spaces or a dash, with a letter).
E_ALONE = regex.compile(r"[eE](?P<e>[-+]?[0-9]{1,3})(?![\w])")
DASH_SPACES = " \u00a0\u202f\u2009-"
# A comma before one or two digits and a scale is a decimal comma: "1,8 billion", "2,5T".
DECIMAL_COMMA = regex.compile(r"[0-9]{1,3},[0-9]{1,2}")
SCALE_AHEAD = regex.compile(
    r"[ \u00a0]?(?:[KMBTkmbt](?![A-Za-z0-9])|[KMGTP]B\b|(?i:(?:thousand|million|billion|trillion|milliard|(?:giga|tera|peta)byte)s?|bn|mn|tn)\b)"
)
# A count of experts after an expert's size: "Mixtral-7B-8x" (8 experts of 7B each),
# "MoE-LLaVA-1.6B×4", "MoE-LLaVA-Phi2-2.7B-4e", "Llama-4-Scout-17B-16E".
EXPERTS_AFTER = regex.compile(
    r"-[0-9]{1,2}x(?![\w.])|[x×][0-9]{1,3}(?![\w.])|[-_][0-9]{1,3}[eE](?![A-Za-z0-9])"
)
# A number only starts a token: not the "3" of "GPT3", not the "7B" of "8x7B" or "16×3.8B".
NOT_BEFORE_NUMBER = frozenset("._\u00d7") | frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
)

# Numbers written as words are rare, so they are looked for only before a scale word found by
# a plain substring search: "one billion", "a trillion-parameter", "half a trillion".
SCALE_STEMS = ("illion", "ILLION", "housand", "HOUSAND")
WORD_QUANTITY = regex.compile(
    r"""
    (?<![\w.-])(?P<words>(?i:%(number_words)s))     # "one", "half a", "a"
    [ \u00a0-]++
    (?P<scale_word>(?i:%(long_scales)s))(?![a-z])      # "billion"
    """
    % {
        "number_words": alternation(NUMBER_WORDS),
        "long_scales": alternation(w for w in SCALE_WORDS if len(w) > 3 and w[-1] != "s"),
    },
    regex.VERBOSE,
)


# The line counts of video formats, written with "p" or "i": 720p, 1080i.
VIDEO_LINES = regex.compile(r"(?:240|360|480|576|720|1080|1440|2160|4320)[pi]")


def find_quantities(text: str, timeout: float | None = None) -> list[Quantity]:
    """Every number in ``text``, digits and words alike, in order.

    >>> [(q.value, q.scale) for q in find_quantities("a trillion-parameter model, 7,000 GPUs, 70B")]
    [(1000000000000.0, 'word'), (7000.0, ''), (70000000000.0, 'letter')]
    >>> [q.value for q in find_quantities("GPT3, Mixtral 8x7B, v1.2.3, 1.5×10^9 and 3.14e23")]
    [8.0, 1500000000.0, 3.14e+23]
    """
    found: list[Quantity] = []
    for match in NUMBER.finditer(text):
        start = match.start()
        if found and start < found[-1].end:
            continue  # inside the exponent of the number before: "1.5×10^9"
        if start and (
            text[start - 1] in NOT_BEFORE_NUMBER
            or text[start - 1] == ","
            and _after_digit_comma(text, start)
        ):
            continue
        digits = match.group()
        if (
            text[match.end() : match.end() + 1] in ("p", "i")
            and VIDEO_LINES.fullmatch(text, start, match.end() + 1)
            and not text[match.end() + 1 : match.end() + 2].isalnum()
        ):
            continue  # a video's resolution: "1080p HD videos", "720p"
        if (
            text[match.end() : match.end() + 1] in GROUP_STARTS
            and len(digits) <= 3
            and digits.isdigit()
        ):
            groups = GROUPS_AFTER.match(text, match.end(), match.end() + AHEAD)
            if groups is not None:
                digits += groups.group()
        if digits.count(".") > 1:
            continue  # a version or an address, not a quantity: "1.2.3"
        if len(digits) > 1 and digits[0] == "0" and digits[1].isdigit():
            continue  # a leading zero: "MobiLlama-05B" means 0.5B, which is not written
        if (
            "," in digits
            and DECIMAL_COMMA.fullmatch(digits)
            and SCALE_AHEAD.match(text, match.end(), match.end() + AHEAD)
        ):
            digits = digits.replace(",", ".")  # "1,8 billion", as much of Europe writes 1.8
        pieces = _pieces(digits, start) if "," in digits else ((start, digits),)
        for piece_start, piece in pieces:
            quantity = _read(text, piece_start, piece, timeout)
            if quantity is not None and not EXPERTS_AFTER.match(
                text, quantity.end, quantity.end + 5
            ):  # (not an expert's size in a name: the "7B" of "Mixtral-7B-8x")
                found.append(quantity)
    words = []
    if any(stem in text for stem in SCALE_STEMS):
        words = _word_quantities(text, timeout)
    if "layer" in text or "Layer" in text:
        words += _word_counts(text, timeout)
    if SPOKEN_LETTER_HINT.search(text):
        words += _spoken_letters(text)
    if words:
        found = sorted(found + words, key=lambda q: q.start)
    return found


WORD_COUNT_BEFORE = regex.compile(r"(?r)(?<![\w-])(?i:%s)[ \u00a0-]\Z" % alternation(COUNT_WORDS))


def _word_counts(text: str, timeout) -> list[Quantity]:
    """Counts written as words before "layer": "a twelve-layer encoder", "forty-eight layers"."""
    found = []
    lower = text.lower()
    position = lower.find("layer")
    while position != -1:
        match = WORD_COUNT_BEFORE.search(text, max(0, position - 20), position)
        if match is not None:
            word = match.group()[:-1]
            found.append(
                Quantity(match.start(), match.end() - 1, float(COUNT_WORDS[fold(word)]), "")
            )
        position = lower.find("layer", position + 5)
    return found


# A size said aloud with its scale letter, as transcripts and captions write it: "the seventy
# B model", "four oh five b", "one point four T tokens". Rare, so a cheap scan for a letter on
# its own comes first (Python's re scans this simple pattern three times faster than regex).
SPOKEN_LETTER_HINT = re.compile(r" [BbMmTt](?![\w'’.-])")
SPOKEN_LETTER = regex.compile(r"[ -](?P<letter>[BbMmTt])(?![\w'’.-])")


def _spoken_letters(text: str) -> list[Quantity]:
    """Sizes said aloud before a scale letter: "seventy B", "four oh five b", "one point five t"."""
    found = []
    for match in SPOKEN_LETTER.finditer(text):
        at = match.start()
        letter = match.group("letter").lower()
        multiplier = SCALE_LETTERS[letter]
        window = max(0, at - 50)
        spoken = SPOKEN_DECIMAL_BEFORE.search(text, window, at + 1)
        if spoken is not None:
            value = _spoken_decimal(spoken)
            found.append(
                Quantity(spoken.start(), match.end(), value * multiplier, "letter", multiplier)
            )
            continue
        digits = SPOKEN_DIGITS_BEFORE.search(text, window, at + 1)
        if digits is not None:  # "four oh five b": digits said one by one
            value = float(
                "".join(
                    str(DIGIT_WORDS[fold(w)]) for w in SPOKEN_SPLIT.split(digits.group("words"))
                )
            )
            found.append(
                Quantity(digits.start(), match.end(), value * multiplier, "letter", multiplier)
            )
            continue
        compound = SPOKEN_COUNT_BEFORE.search(text, window, at + 1)
        if compound is not None:
            value = compound_value(compound.group("words"))
            if value >= 2 or letter != "b":  # not "a B" or "one B": a grade, an option
                found.append(
                    Quantity(
                        compound.start(), match.end(), value * multiplier, "letter", multiplier
                    )
                )
    return found


def _after_digit_comma(text: str, start: int) -> bool:
    return start >= 2 and text[start - 1] == "," and text[start - 2].isdigit()


def _pieces(digits: str, start: int):
    """The number as written, or its comma-separated parts when the commas are not thousands."""
    if "," not in digits or THOUSANDS.fullmatch(digits):
        yield start, digits
        return
    if digits.count(",") > 3:
        return  # a run like "1,2,3,4,5" is data, not a quantity someone wrote
    offset = start
    for part in digits.split(","):
        if THOUSANDS.fullmatch(part):
            yield offset, part
        offset += len(part) + 1


# Characters that may follow a number directly, or after one space, when something is written
# after it (an exponent or a scale); any other next character means a plain number.
SCALE_WORD_STARTS = (
    *sorted(SCALE_WORDS),
    *(
        "x ",
        "x1",
        "×",
        "* ",
        "*1",
        "· ",
        "-",
        "b ",
        "m ",
        "t ",
        "b-",
        "m-",
        "t-",
        "b\n",
        "m\n",
        "t\n",
        "b,",
        "m,",
        "t,",
        "b;",
        "t;",
        "b)",
        "m)",
        "t)",
        "b|",
        "m|",
        "t|",
        "\\times",
        "\\cdot",
    ),
)
SCALE_LETTER_CHARS = frozenset("kKmMbBtT")
NEXT_CHARS = frozenset("+xX×*·^eEkKmMbBtTqQ-\u00a0⁰¹²³⁴⁵⁶⁷⁸⁹\\万千亿億兆萬")


def _read(text: str, start: int, digits: str, timeout) -> Quantity | None:
    end = start + len(digits)
    value = float(digits if digits.isdigit() else digits.translate(GROUP_SEPARATORS))
    scale = ""
    following = text[end : end + 2]
    if not following:
        return Quantity(start, end, value, scale)
    if following[0] in SCALE_LETTER_CHARS and not following[1:].isalnum():
        # "70B" followed by no letter or digit, the common case: AFTER_NUMBER would read just
        # this letter (no exponent or scale word starts with it, and every scale word has a
        # second letter), so it is read here without the pattern.
        multiplier = SCALE_LETTERS[following[0].lower()]
        return Quantity(start, end + 1, value * multiplier, "letter", multiplier)
    if following[0] in " \u00a0\u202f\u2009":
        # After a space only a scale word or "× 10^n" can belong to the number, or after a
        # no-break space a scale letter ("70 B", as typeset text writes it).
        ahead = text[end + 1 : end + 14].lower()
        if ahead[:1] == " ":
            ahead = ahead.lstrip(" ")  # spaces doubled, as text copied from a PDF has them
        if (
            not ahead.startswith(SCALE_WORD_STARTS)
            and ahead not in ("b", "m", "t")
            and not (
                following[0] != " "
                and following[1:] in ("k", "K", "m", "M", "b", "B", "t", "T")
                and not text[end + 2 : end + 3].isalnum()
            )
        ):
            return Quantity(start, end, value, scale)
    elif following[0] not in NEXT_CHARS:
        return Quantity(start, end, value, scale)
    alone = E_ALONE.match(text, end, min(len(text), end + 24)) if following[0] in "eE" else None
    next_six = text[alone.end() : alone.end() + 6] if alone is not None else ""
    if alone is not None and not next_six.lstrip(DASH_SPACES)[:1].isalpha():
        after, g = alone, {"e": alone.group(1)}  # "1e9", and no scale can follow it
    else:
        after = AFTER_NUMBER.match(text, end, min(len(text), end + 24))
        g = dict(zip(AFTER_GROUPS, after.groups(), strict=True)) if after else {}
    exponent = None
    mantissa = digits.translate(GROUP_SEPARATORS)
    if g.get("exponent") or g.get("superscript"):
        written = g["exponent"] or g["superscript"].translate(SUPERSCRIPTS)
        exponent = int(written.replace("−", "-"))
    elif (g.get("power") or g.get("superscript_power")) and digits == "10":
        mantissa = "1"  # "10^9" is 1e9
        exponent = int((g["power"] or g["superscript_power"]).translate(SUPERSCRIPTS))
    elif g.get("e"):
        exponent = int(g["e"])
    elif g.get("power") or g.get("superscript_power"):
        return None
    if exponent is not None:
        if not -300 <= exponent <= 300:
            return None  # "10^970" is no quantity anyone measured, and overflows a float
        value = float(f"{mantissa}e{exponent}")  # exact decimal rounding: 3.14e23, not ...06e23
        scale = "exponent"
    multiplier = 1.0
    if g.get("scale_word"):
        multiplier, scale = SCALE_WORDS[fold(g["scale_word"])], "word"
    elif g.get("scale_letter") or g.get("spaced_letter"):
        letter = g.get("scale_letter") or g["spaced_letter"]
        multiplier, scale = SCALE_LETTERS[letter.lower()], "letter"
    if after is not None and after.end() > end:
        end = after.end()
    return Quantity(start, end, value * multiplier, scale, multiplier)


def _word_quantities(text: str, timeout) -> list[Quantity]:
    found = []
    for stem in SCALE_STEMS:
        position = text.find(stem)
        while position != -1:
            quantity = _spelled_out(text, position)
            if quantity is not None:
                found.append(quantity)
            position = text.find(stem, position + len(stem))
    return found


SCALE_WORD_HERE = regex.compile(r"(?i:(?:quadr|tr|b|m)illion|thousand)(?![a-z])")


def _spelled_out(text: str, position: int) -> Quantity | None:
    """The number spelled out before the scale word at ``position``: "one billion", "half a
    trillion", "one hundred seventy-five billion"."""
    scale = SCALE_WORD_HERE.search(text, max(0, position - 6), position + 12)
    if scale is None or scale.start() > position:
        return None
    multiplier = SCALE_WORDS[fold(scale.group())]
    previous = text[max(0, scale.start() - 14) : scale.start()].split()
    compound = None
    if "point" in text[max(0, scale.start() - 40) : scale.start()].lower():
        spoken = SPOKEN_DECIMAL_BEFORE.search(text, max(0, scale.start() - 50), scale.start())
        if spoken is not None:  # "one point four trillion", "five-point-six million"
            value = _spoken_decimal(spoken)
            return Quantity(spoken.start(), scale.end(), value * multiplier, "word", multiplier)
    if previous and (previous[-1].lower() in COUNT_WORDS or previous[-1].lower() == "hundred"):
        compound = COMPOUND_BEFORE.search(text, max(0, scale.start() - 80), scale.start())
    if compound is not None:
        value = compound_value(compound.group("words"))
        return Quantity(compound.start(), scale.end(), value * multiplier, "word", multiplier)
    matches = list(WORD_QUANTITY.finditer(text, max(0, scale.start() - 40), scale.end()))
    match = matches[-1] if matches else None  # the one that ends at this scale word
    if match is None or match.end() != scale.end():
        return None
    value = NUMBER_WORDS[" ".join(fold(match.group("words")).split())]
    return Quantity(match.start(), match.end(), value * multiplier, "word", multiplier)


DIGIT_WORDS = {"zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
               "six": 6, "seven": 7, "eight": 8, "nine": 9}  # fmt: skip
_DIGIT = "|".join(DIGIT_WORDS)
# A decimal said aloud before a scale word: "one point four trillion".
SPOKEN_DECIMAL_BEFORE = regex.compile(
    r"(?r)(?<![\w-])(?P<whole>(?i:zero|oh|%s))[ \u00a0-]point[ \u00a0-](?P<fraction>(?i:%s)(?:[ \u00a0-](?i:%s)){0,2})[ \u00a0-]+\Z"
    % (alternation(COUNT_WORDS), _DIGIT, _DIGIT)
)  # "one point four trillion", "forty-six point seven billion"
SPOKEN_SPLIT = regex.compile(r"[ \u00a0-]+")
# Numbers spelled out in several words before a scale word: "one hundred seventy-five billion".
# (One pattern for both, read backwards from the scale: "more" says how many words follow the
# first, "gap" what stands between the words and the scale.)
_COUNT_WORDS_BEFORE = (
    r"(?r)(?<![\w-])(?P<words>(?i:(?:a|one|%(count)s|hundred)(?:(?:[ \u00a0-]+|[ \u00a0]+and[ \u00a0]+)"
    r"(?:%(count)s|hundred))%(more)s))%(gap)s\Z"
)
COMPOUND_BEFORE = regex.compile(
    _COUNT_WORDS_BEFORE % {"count": alternation(COUNT_WORDS), "more": "+", "gap": r"[ \u00a0-]+"}
)

# Digits said one by one before a scale letter: "four oh five".
SPOKEN_DIGITS_BEFORE = regex.compile(
    r"(?r)(?<![\w-])(?P<words>(?i:%s)(?:[ -](?i:%s)){1,3})[ -]\Z"
    % ("|".join(DIGIT_WORDS), "|".join(DIGIT_WORDS))
)
# A count said in words right before a scale letter: "seventy", "one hundred seventy-five".
SPOKEN_COUNT_BEFORE = regex.compile(
    _COUNT_WORDS_BEFORE % {"count": alternation(COUNT_WORDS), "more": "*", "gap": r"[ \u00a0-]"}
)


def _spoken_decimal(spoken: regex.Match) -> float:
    """The value of a decimal said aloud ("forty-six point seven"), from SPOKEN_DECIMAL_BEFORE."""
    said = " ".join(SPOKEN_SPLIT.split(fold(spoken.group("whole"))))
    whole = DIGIT_WORDS.get(said, COUNT_WORDS.get(said.replace(" ", "-")))
    fraction = "".join(
        str(DIGIT_WORDS[w]) for w in SPOKEN_SPLIT.split(fold(spoken.group("fraction")))
    )
    return float(f"{whole}.{fraction}")


def compound_value(words: str) -> float:
    """The value of a number spelled out in words below a thousand.

    >>> compound_value("one hundred seventy-five"), compound_value("a hundred and twenty")
    (175.0, 120.0)
    """
    total = 0.0
    for word in regex.split(r"[\s-]+", fold(words)):
        if word == "hundred":
            total = (total or 1.0) * 100
        elif word == "a":
            total += 1
        elif word in COUNT_WORDS:
            total += COUNT_WORDS[word]
    return total


class Quantity(NamedTuple):
    """A number found in text: its span, value, and how its scale was written (a named tuple,
    since a text holds thousands of them and tuples are the cheapest to make)."""

    start: int
    end: int
    value: float
    scale: str  # "" (none), "word" (billion), "letter" (B), or "exponent" (1.5e9)
    multiplier: float = 1.0  # what the scale word or letter multiplied by

    @property
    def scaled(self) -> bool:
        return self.scale != ""


def parse_number(text: str) -> float | None:
    """The value of a number written alone, or None.

    >>> parse_number("70B"), parse_number("1.4 trillion"), parse_number("half a trillion")
    (70000000000.0, 1400000000000.0, 500000000000.0)
    >>> parse_number("7,000,000,000"), parse_number("1.5×10^9"), parse_number("2.7bn")
    (7000000000.0, 1500000000.0, 2700000000.0)
    >>> parse_number("one billion"), parse_number("3.14e23"), parse_number("340M")
    (1000000000.0, 3.14e+23, 340000000.0)
    >>> parse_number("parameters") is None
    True
    """
    text = text.strip()
    found = find_quantities(text)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(text):
        return None
    return found[0].value


@dataclass
class Member:
    """One number of a group, while its unit and qualifier are being worked out."""

    quantity: Quantity
    unit_end: int  # where the number and its unit (if any) end
    kind: str | None = None
    unit: str | None = None
    value: float | None = None
    qualifier: str | None = None
    noun: bool = False  # followed by a model noun ("a 124B open-weights model")
    model: str | None = None
    fillers: list[str] = field(default_factory=list)  # words between number and unit
    paired: bool = False  # its model was paired with it from a list of names ("respectively")
    ranged: bool = False  # a plain number scaled by the range it opens: the 7 of "7–70B"
    rule: str | None = None  # the rule that chose ``model`` (see ``Fact.rule``)


# A count the text states may be this far from the size a name rounds it to: "Gemma 7B" has
# 8.5B, "Qwen2-VL-7B" 8.3B, "Sprig-1B" 1.24B. Said of the name in its own sentence ("Gemma 2 2B
# has 2.6B parameters"), a little further: a count carried from an earlier sentence may be
# another model's ("the models have 7.6B, 8B and 6B" is not Yi-6B-200K's 7.6B).
NAME_ROUNDING = 1.25
NAME_ROUNDING_SAID = 1.35
# ... but not near words of making another model of it (CHANGE_REACH each side of the count,
# within its sentence): "We depth-upscale Llama-3-8B to 10.4B parameters", "Mistral-7B's
# 9.2B-parameter upscaled variant".
CHANGED_MODEL = regex.compile(
    r"(?i)\b(?:up-?scal|depth-?up|expand|grow|grew|extend|enlarg|prun|distill|upcycl|merg|stack"
    r"|variant|derivative|spin-?off)"
)
CHANGE_REACH = 150


def refines(stated: float, named: float, reach: float = NAME_ROUNDING) -> bool:
    """Whether a stated count is the more precise form of a size a name rounds: 7.3B of "7B"."""
    return significant_digits(stated) > significant_digits(named) and max(
        stated, named
    ) <= reach * min(stated, named)
