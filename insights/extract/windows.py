"""Quick noes for the patterns read in a window around each number.

A pattern tried at every number costs microseconds even when it fails, and in a long list of
sizes it fails at nearly every one ("70B 70B ...": no money word, no unit, no cue). Each such
pattern needs one of a few words (``Stems``); ``Words`` says whether any of them occurs in a
window of the text at all, reading the text folded to lower case the way ``(?i:...)`` matches
ASCII letters, so that its "no" is the pattern's "no" and only a "maybe" tries the pattern.
Long word lists are looked up once per block of the text and remembered.
"""

from __future__ import annotations

import re
from itertools import count

from insights.extract.patterns import fold

BLOCK = 256  # characters of text per remembered answer
DIRECT = 4  # word lists this short are looked up in the window itself, every time
UNKNOWN, NO, YES = 0, 1, 2  # a remembered answer for one block


class Stems:
    """The words one of which a pattern needs (any one of them is enough to try it).

    >>> Stems("Total", "of the", "total").words
    ('of the', 'total')
    """

    numbers = count()

    def __init__(self, *words: str):
        self.number = next(Stems.numbers)  # the key of its remembered answers
        self.words = tuple(sorted({w.lower() for w in words}))
        self.reach = max(len(w) for w in self.words) - 1  # how far a word runs past its start
        self.direct = len(self.words) <= DIRECT
        # Plain words, so Python's re finds them fast (a scan for the first characters), as a
        # tree of their letters: re tries the alternatives of a flat list one after another at
        # each place, which for a hundred words cost 13 us a window of real text (now 2.5 us).
        self.pattern = re.compile(word_tree(self.words))

    def found(self, folded: str) -> bool:
        """Whether one of the words is in ``folded`` (a window already folded by ``fold``)."""
        return self.pattern.search(folded) is not None


def word_tree(words: tuple[str, ...]) -> str:
    """A pattern that finds one of ``words`` where the flat alternation of them finds one: the
    words as a tree of their letters, a word left out where a shorter one starts it (whichever
    one is found, it is a yes).

    >>> word_tree(("act", "activ", "of", "only", "our"))
    '(?:act|o(?:f|nly|ur))'
    """
    tree: dict = {}
    for word in words:
        node = tree
        for c in word:
            node = node.setdefault(c, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        if "" in node:
            return ""  # a word ends here: what would follow it adds nothing to a yes
        branches = [re.escape(c) + pattern(node[c]) for c in sorted(node)]
        return branches[0] if len(branches) == 1 else "(?:%s)" % "|".join(branches)

    return pattern(tree)


class Words:
    """One text, folded to lower case once, asked which words occur in its windows.

    >>> words = Words("Kite has 70B parameters and costs $2M.")
    >>> words.near(Stems("cost", "price"), 25, 38), words.near(Stems("cost", "price"), 0, 25)
    (True, False)
    """

    def __init__(self, text: str):
        self.text = text
        self._folded: str | None = None
        # For each word list (by its number), one answer per block of the text: a bytearray
        # indexed by block, cheaper to read than a dict keyed by (list, block) pairs.
        self._answers: dict[int, bytearray] = {}

    @property
    def folded(self) -> str:
        if self._folded is None:
            self._folded = fold(self.text)
        return self._folded

    def near(self, stems: Stems, start: int, end: int) -> bool:
        """Whether one of ``stems`` may start within [start, end): False only when none does."""
        # (asked some twenty times a number: a while loop, with no range or min to build)
        if start < 0:
            start = 0
        if stems.direct:
            folded = self._folded if self._folded is not None else self.folded
            return stems.pattern.search(folded, start, end + stems.reach) is not None
        answers = self._answers.get(stems.number)
        if answers is None:
            answers = self._answers[stems.number] = bytearray(len(self.folded) // BLOCK + 1)
        block, last = start // BLOCK, (end - 1) // BLOCK
        while block <= last and block < len(answers):  # (blocks past the text hold no word)
            found = answers[block]
            if found == UNKNOWN:
                window = self.folded[block * BLOCK : (block + 1) * BLOCK + stems.reach]
                found = answers[block] = YES if stems.pattern.search(window) else NO
            if found == YES:
                return True
            block += 1
        return False
