"""Sentence boundaries over the original text, found in one pass and never rewritten."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import chain

import regex

from insights.extract.patterns import LABEL

# Longest sentence we keep as evidence: text with no boundary (hostile input, a table dump)
# is cut into pieces of about this size so that a fact's sentence stays readable and small.
MAX_SENTENCE = 1200

ABBREVIATIONS = (
    "e.g", "eg", "i.e", "ie", "vs", "approx", "etc", "et al", "fig", "figs", "eq", "eqs", "no",
    "nos",
    "dr", "mr", "mrs", "ms", "prof", "inc", "ltd", "co", "corp", "jr", "sr", "st", "vol",
    "pp", "ca", "cf", "resp", "incl", "est", "u.s", "a.k.a", "approx", "viz", "sec", "al",
    "ref", "refs", "ch", "ver", "v", "op", "cit", "ibid", "nr", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "min", "max",
)  # fmt: skip

BOUNDARY = regex.compile(
    r"""
    (?:
        (?P<stop>[.!?…]++)          # sentence-ending punctuation (abbreviations are checked after)
        ["'”’)\]¹²³⁴⁵⁶⁷⁸⁹⁰†‡]*+      # closing quotes, brackets or footnote marks ("[31].¹")
        (?:
            [ \t\u00a0]*+\n[ \t\u00a0\n]*+  # then a line break,
          | [ \t\u00a0]++(?=[^a-z\s])       # or spaces before anything but a lowercase word,
          | [ \t\u00a0]++(?=[a-z][a-z0-9]*+(?:[-_][a-z0-9.]++)*?[-_][a-z0-9.]*?[0-9])
                                         # or a name written in lower case: "w2v-bert-2.0 was"
          | (?<=[a-z]{2}[.!?])(?=[A-Z][a-z])  # or glued to the next one: "more data.Hyper"
        )
      | \n[ \t\u00a0]*+\n[ \t\u00a0\n]*+     # a blank line ends a paragraph
      | \n[ \t\u00a0]*+(?=(?:[-*•+>#|]|\d{1,2}[.)][ \t]))  # a list item, quote, heading or row
      | \n[ \t\u00a0]*+(?=(?:Q[1-4]|(?:19|20)\d{2}|%(months)s[a-z]*\.?[ ]+['’]?\d{2,4})
                         \b[^\n:—–]{0,16}[:—–])  # a dated line: "Mar 2023: ...", "2020 — ..."
      | \n[ \t\u00a0]*+(?=%(label)s[ \t])  # a labelled line: "Params: 7B"
      | (?<=(?:\A|\n)[ \t\u00a0]*(?:[-*•+]|\d{1,2}[.)])[ \t][^\n]{0,300}[^\s,;:(])\n(?=[A-Z][a-z ])
        # a line that starts, unindented, after a list item: "- GPT-4o: 3.6 s\nThe 32B model ..."
      | (?<=(?:\A|\n[ \t\u00a0]*\n)[^\n]{3,100}[\w)’'"%%])
        (?<!\b(?:and|or|the|of|a|an|to|with|for|from|by|than|that|which))
        \n(?=[ \t\u00a0]*[A-Z][^\n]{100})
        # a headline without a stop over its story: "Meta's Llama 3.1 405B lands\nMeta on ..."
        # (not a wrapped line that goes on: "pre-train on JFT-300M or\nImageNet-21k labels")
    )
    """
    % {"months": "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)", "label": LABEL},
    regex.VERBOSE,
)
# Where a boundary may stand: one character class, which the regex engine scans for fast; the
# full BOUNDARY pattern is then tried, anchored, at each of these few places.
CANDIDATE = regex.compile(r"[.!?…\n]")
# The word before a dot that does not end a sentence: "e.g.", "approx.", an initial "J.".
ABBREVIATION_BEFORE = regex.compile(
    r"(?r)(?:\b(?i:%s)|\b[A-Z])\Z"
    % "|".join(regex.escape(a) for a in sorted(ABBREVIATIONS, key=len, reverse=True))
)


class Sentences:
    """The sentences of one text, looked up by character offset.

    Boundaries are found only around the offsets asked for, scanning back and forth from them,
    so a long text with few facts costs little. A stretch with no boundary is cut on a fixed
    grid of MAX_SENTENCE characters, the same for every offset in it.

    >>> s = Sentences("GPT-3 has 175B parameters. It was trained on 300B tokens.")
    >>> s.at(30)
    (27, 57, 'It was trained on 300B tokens.')
    >>> s = Sentences("It beat e.g. Gopher by 5 points.Hyper-parameters matter.")
    >>> s.at(0)[2], s.at(40)[2]
    ('It beat e.g. Gopher by 5 points.', 'Hyper-parameters matter.')
    """

    def __init__(self, text: str, timeout: float | None = None):
        self.text = text
        self._spans: dict[int, int] = {}  # raw start -> raw end
        self._starts: list[int] = []
        self._trimmed: dict[int, tuple[int, int, str]] = {}
        self._boundaries: dict[int, int | None] = {}
        self._by_offset: dict[int, tuple[int, int]] = {}
        self._last = (0, 0)  # the span found last, which holds most offsets asked next
        self._cells: dict[int, list[int]] = {}

    def _boundary_end(self, position: int) -> int | None:
        """Where the next sentence starts, if a boundary begins at ``position``."""
        if position in self._boundaries:
            return self._boundaries[position]
        end = self._boundaries[position] = self._read_boundary(position)
        return end

    def _read_boundary(self, position: int) -> int | None:
        text = self.text
        match = BOUNDARY.match(text, position, position + MAX_SENTENCE)
        if match is None:
            return None
        stop = match.start("stop")
        if (
            stop >= 0
            and text[stop] == "."
            and ABBREVIATION_BEFORE.search(text, max(0, stop - 8), stop)
        ):
            return None
        return match.end()

    def span(self, offset: int) -> tuple[int, int]:
        """Raw start and end of the sentence holding ``offset`` (spaces included)."""
        last = self._last
        if last[0] <= offset < last[1]:
            return last  # (most lookups are in the sentence of the one before)
        found = self._by_offset.get(offset)
        if found is None:
            found = self._by_offset[offset] = self._span(offset)
        self._last = found
        return found

    def _span(self, offset: int) -> tuple[int, int]:
        i = bisect_right(self._starts, offset) - 1
        if i >= 0:
            start = self._starts[i]
            end = self._spans[start]
            if start <= offset < end:
                return start, end
        text = self.text
        # Boundaries are looked for in this cell and the one before (or after), so a sentence
        # that straddles a grid line stays whole; one with no boundary in reach is cut on it.
        cell = offset - offset % MAX_SENTENCE
        here = self._candidates(cell)
        i = bisect_left(here, offset)
        before = self._candidates(cell - MAX_SENTENCE) if cell else []
        start = cell
        for position in chain(reversed(here[:i]), reversed(before)):
            boundary = self._boundary_end(position)
            if boundary is not None and boundary <= offset:
                start = boundary
                break
        after = self._candidates(cell + MAX_SENTENCE) if cell + MAX_SENTENCE < len(text) else []
        end = min(len(text), cell + MAX_SENTENCE)
        # A boundary that begins just before the offset may end after it: the offset is then in
        # the spaces that close this sentence ("data. |When"), so that boundary is its end.
        just_before = (before[max(0, len(before) - 3 + i) :] if i < 3 else []) + here[
            max(0, i - 3) : i
        ]
        for position in chain(just_before, here[i:], after):
            boundary = self._boundary_end(position)
            if boundary is not None and boundary > offset:
                end = boundary
                break
        end = max(end, offset + 1) if offset < len(text) else len(text)
        if start not in self._spans:
            self._spans[start] = end
            self._starts.insert(bisect_right(self._starts, start), start)
        return start, self._spans[start]

    def _candidates(self, cell: int) -> list[int]:
        """Where boundaries may stand in the MAX_SENTENCE cell starting at ``cell``: one scan
        per cell, shared by every lookup in it."""
        found = self._cells.get(cell)
        if found is None:
            end = min(len(self.text), cell + MAX_SENTENCE)
            found = self._cells[cell] = [
                m.start() for m in CANDIDATE.finditer(self.text, cell, end)
            ]
        return found

    def at(self, offset: int) -> tuple[int, int, str]:
        """Start, end and text of the sentence holding ``offset``, outer spaces dropped."""
        raw_start, raw_end = self.span(offset)
        found = self._trimmed.get(raw_start)
        if found is None:
            start, end = raw_start, raw_end
            while end > start and self.text[end - 1].isspace():
                end -= 1
            while start < end and self.text[start].isspace():
                start += 1
            found = self._trimmed[raw_start] = (start, end, self.text[start:end])
        return found

    def previous(self, offset: int) -> int | None:
        """An offset inside the sentence before the one holding ``offset``, or None."""
        start, _ = self.span(offset)
        return start - 1 if start > 0 else None
