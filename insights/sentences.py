"""Sentence boundaries over the original text, found in one pass and never rewritten."""

from __future__ import annotations

from bisect import bisect_right

import regex

# Longest sentence we keep as evidence: text with no boundary (hostile input, a table dump)
# is cut into pieces of about this size so that a fact's sentence stays readable and small.
MAX_SENTENCE = 1200

ABBREVIATIONS = (
    "e.g", "i.e", "vs", "approx", "etc", "et al", "fig", "figs", "eq", "eqs", "no", "nos",
    "dr", "mr", "mrs", "ms", "prof", "inc", "ltd", "co", "corp", "jr", "sr", "st", "vol",
    "pp", "ca", "cf", "resp", "incl", "est", "u.s", "a.k.a", "approx", "viz", "sec", "al",
    "ref", "refs", "ch", "ver", "v", "op", "cit", "ibid", "nr", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "min", "max",
)  # fmt: skip

BOUNDARY = regex.compile(
    r"""
    (?:
        (?P<stop>[.!?…]++)          # sentence-ending punctuation (abbreviations are checked after)
        ["'”’)\]]*+                 # closing quotes or brackets that belong to the sentence
        (?:
            [ \t\u00a0]*+\n[ \t\u00a0\n]*+  # then a line break,
          | [ \t\u00a0]++(?=[^a-z\s])       # or spaces before anything but a lowercase word,
          | (?<=[a-z]{2}[.!?])(?=[A-Z][a-z])  # or glued to the next one: "more data.Hyper"
        )
      | \n[ \t\u00a0]*+\n[ \t\u00a0\n]*+     # a blank line ends a paragraph
      | \n[ \t\u00a0]*+(?=(?:[-*•+>#|]|\d{1,2}[.)][ \t]))  # a list item, quote, heading or row
    )
    """,
    regex.VERBOSE,
)
# The word before a dot that does not end a sentence: "e.g.", "approx.", an initial "J.".
ABBREVIATION_BEFORE = regex.compile(
    r"(?:\b(?i:%s)|\b[A-Z])\Z" % "|".join(regex.escape(a) for a in sorted(ABBREVIATIONS, key=len, reverse=True))
)
SPACE = regex.compile(r"\s")


def sentence_starts(text: str, timeout: float | None = None) -> list[int]:
    """Offsets where sentences begin, always starting with 0.

    >>> sentence_starts("GPT-3 has 175B parameters. It was trained on 300B tokens.")
    [0, 27]
    >>> sentence_starts("It beat e.g. Gopher by 5 points.Hyper-parameters matter.")
    [0, 32]
    """
    starts = [0]
    for match in BOUNDARY.finditer(text, timeout=timeout):
        if match.end() >= len(text):
            continue
        stop = match.start("stop")
        if stop >= 0 and text[stop] == "." and ABBREVIATION_BEFORE.search(text, max(0, stop - 8), stop):
            continue
        starts.append(match.end())
    return _cap_lengths(text, starts)


def _cap_lengths(text: str, starts: list[int]) -> list[int]:
    """Split sentences longer than MAX_SENTENCE at a space near each cut."""
    bounds = starts + [len(text)]
    if all(b - a <= MAX_SENTENCE for a, b in zip(bounds, bounds[1:], strict=False)):
        return starts
    capped = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        capped.append(a)
        cut = a + MAX_SENTENCE
        while cut < b:
            space = SPACE.search(text, cut, min(b, cut + 100))
            position = space.end() if space else cut
            if position >= b:
                break
            capped.append(position)
            cut = position + MAX_SENTENCE
    return capped


class Sentences:
    """The sentences of one text, looked up by character offset."""

    def __init__(self, text: str, timeout: float | None = None):
        self.text = text
        self.starts = sentence_starts(text, timeout)
        self._cache: dict[int, tuple[int, int, str]] = {}

    def index(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1

    def bounds(self, offset: int) -> tuple[int, int]:
        """Start and end of the sentence holding ``offset``, trailing space dropped."""
        return self.at(offset)[:2]

    def at(self, offset: int) -> tuple[int, int, str]:
        i = self.index(offset)
        if i not in self._cache:
            start = self.starts[i]
            end = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
            while end > start and self.text[end - 1].isspace():
                end -= 1
            while start < end and self.text[start].isspace():
                start += 1
            self._cache[i] = (start, end, self.text[start:end])
        return self._cache[i]
