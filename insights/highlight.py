"""A document's text as safe HTML, with the spans of its extracted facts marked."""

from __future__ import annotations

import html
from collections.abc import Iterable


def highlight_html(text: str, spans: Iterable[tuple[int, int, str]]) -> str:
    """Escape ``text`` and wrap each ``(start, end, label)`` span in ``<mark>``.

    Every piece of text and every label is HTML-escaped; overlapping spans keep the first.

    >>> highlight_html("a <b>70B</b> model", [(5, 8, "parameters: 70B")])
    'a &lt;b&gt;<mark title="parameters: 70B">70B</mark>&lt;/b&gt; model'
    >>> highlight_html("x", [(0, 5, "out of range"), (3, 2, "backwards")])
    'x'
    """
    pieces, position = [], 0
    for start, end, label in sorted(spans, key=lambda s: (s[0], -s[1])):
        if start < position or end <= start or end > len(text) or start < 0:
            continue
        pieces.append(html.escape(text[position:start]))
        pieces.append(
            f'<mark title="{html.escape(str(label), quote=True)}">'
            f"{html.escape(text[start:end])}</mark>"
        )
        position = end
    pieces.append(html.escape(text[position:]))
    return "".join(pieces)
