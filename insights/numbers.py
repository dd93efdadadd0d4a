"""Numbers as people write them in model-scale text: "70B", "175 billion", "half a trillion",
"7,000,000,000", "1.5×10^9", "3.14e23". Matched on the original text; values are floats."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from insights.patterns import NUMBER_WORDS, SCALE_LETTERS, SCALE_WORDS, alternation

SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")

QUANTITY = regex.compile(
    r"""
    (?<![\w.]|[0-9],|[0-9]\ ?[x×])          # a number starts a token (not "3.14"'s tail, not "8x7B")
    (?:
        (?P<mantissa>[0-9]++(?:\.[0-9]++)?)  # 1.5 ...
        [ \u00a0]?[x×*·][ \u00a0]?10         # ... × 10 ...
        (?:
            (?:\^|\*\*)[ ]?(?P<exponent>[-+−]?[0-9]{1,3})   # ... ^9
          | (?P<superscript>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})         # ... ⁹
        )
      | 10(?:\^|\*\*)(?P<bare_exponent>[-+]?[0-9]{1,3})    # 10^9
      | 10(?P<bare_superscript>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})            # 10⁹
      | (?P<scientific>[0-9]++(?:\.[0-9]++)?[eE][-+]?[0-9]{1,3})(?![\w])  # 3.14e23
      | (?P<digits>
            [0-9]{1,3}(?:,[0-9]{3})++(?:\.[0-9]++)?   # 7,000,000,000
          | [0-9]++(?:\.[0-9]++)?                     # 70 or 6.7
        )
      | (?i:(?P<words>%(number_words)s))       # "one", "half a", only before a scale word:
        (?=[ \u00a0-]++(?i:%(scale_words)s)\b)
    )
    (?:
        [ \u00a0]?-?[ \u00a0]?(?P<scale_word>(?i:%(scale_words)s))(?![a-z])   # 175 billion, 2.7bn
      | (?P<scale_letter>[kKmMbBtT])(?![A-Za-z0-9])                            # 70B, 340M, 128K
    )?
    """
    % {
        "number_words": alternation(NUMBER_WORDS),
        "scale_words": alternation(SCALE_WORDS),
    },
    regex.VERBOSE,
)


@dataclass(frozen=True)
class Quantity:
    """A number found in text: its span, value, and how its scale was written."""

    start: int
    end: int
    value: float
    scale: str  # "" (none), "word" (billion), "letter" (B), or "exponent" (1.5e9)
    multiplier: float = 1.0  # what the scale word or letter multiplied by

    @property
    def scaled(self) -> bool:
        return self.scale != ""


def parse(match: regex.Match) -> Quantity | None:
    """The quantity behind one QUANTITY match, or None for words without a scale."""
    g = match.groupdict()
    if g["mantissa"] is not None:
        exponent = g["exponent"] or g["superscript"].translate(SUPERSCRIPTS)
        value = float(g["mantissa"]) * 10 ** int(exponent.replace("−", "-"))
        scale = "exponent"
    elif g["bare_exponent"] is not None:
        value, scale = 10.0 ** int(g["bare_exponent"]), "exponent"
    elif g["bare_superscript"] is not None:
        value, scale = 10.0 ** int(g["bare_superscript"].translate(SUPERSCRIPTS)), "exponent"
    elif g["scientific"] is not None:
        value, scale = float(g["scientific"]), "exponent"
    elif g["digits"] is not None:
        value, scale = float(g["digits"].replace(",", "")), ""
    else:
        value = NUMBER_WORDS[" ".join(g["words"].lower().split())]
        scale = ""
    multiplier = 1.0
    if g["scale_word"]:
        multiplier, scale = SCALE_WORDS[g["scale_word"].lower()], "word"
    elif g["scale_letter"]:
        multiplier, scale = SCALE_LETTERS[g["scale_letter"].lower()], "letter"
    elif g["words"] is not None:
        return None
    return Quantity(match.start(), match.end(), value * multiplier, scale, multiplier)


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
    match = QUANTITY.match(text.strip())
    if not match or match.end() != len(text.strip()):
        return None
    quantity = parse(match)
    return quantity.value if quantity else None
