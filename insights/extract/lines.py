"""Where a line starts, in time that does not grow with the text before it.

``text.rfind("\\n", 0, position)`` scans back over the whole line, which in a one-line text is
the whole text before ``position``: asked once per number, that made long texts quadratic.
The offsets of the text being read are kept (one text per thread, so concurrent readers do
not evict each other's and no finished text is held but the last), and a line start is a
binary search.
"""

from __future__ import annotations

import threading
from bisect import bisect_left

import regex

_local = threading.local()


def _offsets(text: str, marker: str) -> list[int]:
    cached: tuple[str, dict[str, list[int]]] | None = getattr(_local, "cached", None)
    if cached is None or not (cached[0] is text or cached[0] == text):
        cached = _local.cached = (text, {})
    offsets = cached[1].get(marker)
    if offsets is None:
        offsets = [m.start() for m in regex.finditer(regex.escape(marker), text)]
        cached[1][marker] = offsets
    return offsets


def last_before(text: str, marker: str, position: int) -> int:
    """``text.rfind(marker, 0, position)`` for a marker that cannot overlap itself.

    >>> last_before("a\\nbc\\nd", "\\n", 4), last_before("a\\nbc\\nd", "\\n", 1)
    (1, -1)
    """
    offsets = _offsets(text, marker)
    # the last marker that ends by ``position`` (rfind's end bound covers the whole marker)
    i = bisect_left(offsets, position - len(marker) + 1)
    return offsets[i - 1] if i else -1


def line_start(text: str, position: int) -> int:
    """The offset where the line holding ``position`` starts.

    >>> line_start("ab\\ncd", 4), line_start("ab\\ncd", 1)
    (3, 0)
    """
    return last_before(text, "\n", position) + 1


def line_end(text: str, position: int) -> int:
    """The offset where the line holding ``position`` ends (its newline, or the text's end).

    >>> line_end("ab\\ncd", 1), line_end("ab\\ncd", 4)
    (2, 5)
    """
    end = text.find("\n", position)
    return len(text) if end == -1 else end
