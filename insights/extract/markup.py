"""Markup inside pasted text, read past without losing offsets: HTML ("The <b>Falcon</b> 40B
model") and LaTeX source ("\\textbf{Kite}~\\cite{k24} has \\SI{7}{\\billion} parameters").

``strip_markup`` and ``strip_latex`` give the text as a reader sees it (tags and formatting
commands dropped, table cells as pipe-table rows, entities and escapes decoded) and, for each of
its characters, where it stands in the original, so that facts found in the plain text point
back into the markup.
"""

from __future__ import annotations

import html
from bisect import bisect_left

import regex

from insights.extract.patterns import CODE_FENCE, LABEL

MARKUP = regex.compile(
    r"""
      (?P<comment><!--)
    | <(?P<close>/)?(?P<tag>[A-Za-z][A-Za-z0-9]{0,15})(?:\s[^<>]{0,2000})?/?>
    | (?P<entity>&(?:\#[0-9]{1,7}|\#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,30});)
    """,
    regex.VERBOSE,
)
# Something that looks like a tag or an entity: only then is the text read as markup.
LOOKS_LIKE_MARKUP = regex.compile(r"<!--|</?[A-Za-z][A-Za-z0-9]{0,15}[\s/>]|&#?[A-Za-z0-9]{2,31};")
BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead",
     "tbody", "section", "article", "blockquote", "hr", "header", "footer", "pre", "dd", "dt",
     "caption", "figcaption", "main", "nav", "aside"}
)  # fmt: skip
CELL_TAGS = frozenset({"td", "th"})
TABLE_PART_TAGS = frozenset({"thead", "tbody", "tfoot"})
# Section headings, read as Markdown writes them so that they scope what follows (a page's <h1>
# stays a line: READMEs centre their title in one, and it is no section's).
HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
# Tags read as markup; anything else in angle brackets is text ("a <b and c> d" stays as it is).
HTML_TAGS = BLOCK_TAGS | CELL_TAGS | frozenset(
    {"a", "abbr", "b", "big", "body", "button", "center", "cite", "code", "del", "dfn", "dl",
     "em", "figure", "font", "form", "head", "html", "i", "iframe", "img", "input", "ins", "kbd",
     "label", "link", "mark", "meta", "noscript", "option", "picture", "q", "s", "samp",
     "script", "select", "small", "source", "span", "strong", "style", "sub", "sup", "svg",
     "template", "tfoot", "time", "title", "tr", "tt", "u", "var", "video", "audio", "wbr"}
)  # fmt: skip
SKIPPED_TAGS = frozenset({"script", "style", "template", "noscript"})
# How many rows a cell spans, in its tag: <td rowspan=4>, <td rowspan="2">.
ROWSPAN = regex.compile(r"""(?i)\browspan[ \t]*=[ \t]*["']?([0-9]{1,4})""")
MAX_ROWSPAN = 200
# A Markdown table's row, from its line's start.
PIPE_ROW_OPENING = regex.compile(r"[ \t]*\|")
PIPE_ROW_REACH = 2000  # how far after a tag in a row the row's next "|" is looked for
# Where a table cell's text ends at the latest: a blank line.
BLANK_LINE = regex.compile(r"\n[ \t\r]*\n")


def strip_markup(text: str, timeout: float | None = None) -> tuple[str, list[int]] | None:
    """The text without its markup and, for each character of it, its offset in ``text`` (one
    more entry at the end for the text's length); None when ``text`` has no markup.

    >>> plain, origin = strip_markup("The <b>Falcon</b> 40B &amp; more")
    >>> plain, origin[4], origin[11]
    ('The Falcon 40B & more', 7, 18)
    >>> strip_markup("a < b and c > d") is None
    True
    """
    if ("<" not in text and "&" not in text) or not LOOKS_LIKE_MARKUP.search(text):
        return None
    out = _Rewrite(text)
    lower = None
    known: dict[str, str] = {}  # replacements of the tags and entities seen, as written
    line_start = 0  # of the line the last tag read is on
    for match in MARKUP.finditer(text, timeout=timeout):
        start, end = match.span()
        if start < out.position:
            continue  # inside a script, style or comment skipped below
        newline = text.rfind("\n", out.position, start)  # (from where the last tag ended)
        if newline != -1:
            line_start = newline + 1
        tag = (match.group("tag") or "").lower()
        if tag and tag not in HTML_TAGS:
            continue  # not a tag: the text goes on, and is copied with what follows
        out.copy_to(start)
        if tag in CELL_TAGS or tag in ("tr", "table"):
            out.in_cell = tag in CELL_TAGS and not match.group("close")  # (a cell's lines run
            # together, as a browser shows them: "<td>17B (Activated)\n 109B (Total)</td>")
            if tag == "table":
                out.in_table = not match.group("close")
            out.spanned(tag, bool(match.group("close")), match.group(), start)
        replacement = known.get(match.group())
        if replacement is None:
            if match.group("comment") or tag in SKIPPED_TAGS and not match.group("close"):
                # Nothing in a comment, script or style is text: skip to where it closes.
                lower = text.lower() if lower is None else lower
                end = _skipped_end(text, lower, end, "-->" if match.group("comment") else tag)
                replacement = " "
            else:
                replacement = known[match.group()] = _replacement(match)
        if replacement == "\n" and out.in_cell:
            replacement = " "  # a break inside a cell: "<td>- quantized by AWQ.<br><br>- ...</td>"
        elif replacement == "\n" and PIPE_ROW_OPENING.match(text, line_start, line_start + 8):
            pipe = text.find("|", end, end + PIPE_ROW_REACH)
            if pipe != -1 and text.find("\n", end, pipe) == -1:
                # a Markdown row goes on after the tag, on its line: it stays one row ("| Base
                # Model | <div style="width:290px"> Comments </div>|"); a break between a
                # cell's lines parts them as a list does ("| Kite-7B<br>Kite-13B | 7B<br>13B |",
                # "| [KoGPT2](...) <br>1.2B |")
                replacement = ", " if tag == "br" else " "
        if replacement == "\n|" and out.pieces and out.pieces[-1].rstrip(" \t").endswith("\n"):
            replacement = "|"  # a row on a line of its own already
        if tag in HEADING_TAGS and replacement.startswith("\n#"):
            out.write("\n", start, end)
            out.write(replacement[1:], end, end)  # (its marks point where the heading's words
            # start, as a sentence quotes them)
        else:
            out.write(replacement, start, end)
    return out.result()


class _Rewrite:
    """Text rebuilt piece by piece, each character remembering its offset in the original:
    text is copied as it stands, markup is replaced by what a reader sees (pointing at it)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pieces: list[str] = []
        self.origin: list[int] = []
        self.position = 0  # how far the original has been read
        self.in_cell = False  # inside a table cell, whose line breaks are spaces
        self.in_table = False  # inside a table, outside its cells
        self.row_spans: dict[int, int] = {}  # a table's column -> rows a cell above still spans
        self.column = 0  # the cells read on the table's row so far

    def copy_to(self, start: int) -> None:
        """Copy the original up to ``start`` as it stands (a cell's line breaks as spaces, up to
        a blank line; in a table, outside its cells, the spaces and line breaks that lay out its
        rows and cells dropped: a browser shows a row on one line)."""
        if start <= self.position:
            return
        piece = self.text[self.position : start]
        if self.in_table and not self.in_cell and not piece.strip():
            self.position = start
            return
        if self.in_cell or self.in_table:
            # (text astray between cells stays on its row, "<td>Yi-34B</td>c\n <td>"; text
            # after a blank line ends the cell or the table, as GitHub's HTML blocks do: a stray
            # "<td>" or "<table>" in prose runs no paragraphs together)
            blank = BLANK_LINE.search(piece)
            cut = len(piece) if blank is None else blank.start()
            piece = piece[:cut].replace("\n", " ") + piece[cut:]
            if self.in_cell:
                self.in_cell = blank is None
            else:
                self.in_table = blank is None
        self.pieces.append(piece)
        self.origin.extend(range(self.position, start))
        self.position = start

    def spanned(self, tag: str, closing: bool, markup: str, start: int) -> None:
        """Keep a table's columns in line where a cell above spans rows: an empty cell stands
        in its column on the rows below (``<td rowspan=4>Base models</td>`` over rows that
        start with the model's cell)."""
        if tag == "table" or tag == "tr" and not closing:
            if tag == "table":
                self.row_spans = {}
            self._fill_spanned(start)  # (the columns left on the row before)
            self.column = 0
        elif tag == "tr":
            self._fill_spanned(start)
        elif not closing:
            self._fill_spanned(start)
            rows = ROWSPAN.search(markup)
            if rows is not None and int(rows.group(1)) > 1:
                self.row_spans[self.column] = min(int(rows.group(1)), MAX_ROWSPAN) - 1
            self.column += 1

    def _fill_spanned(self, start: int) -> None:
        """Write an empty cell for each column from ``self.column`` on that a cell above spans
        into, up to the first it does not."""
        while self.row_spans.get(self.column, 0) > 0:
            self.row_spans[self.column] -= 1
            self.write("  |", start, start)
            self.column += 1

    def write(self, replacement: str, start: int, end: int) -> None:
        """Replace the original's ``[start, end)`` by ``replacement``, which points at ``start``."""
        if replacement:
            self.pieces.append(replacement)
            self.origin.extend([start] * len(replacement))
        self.position = end

    def trim_spaces(self) -> None:
        """Drop the spaces that end what was copied last: "Params  &" is one cell."""
        last = self.pieces[-1] if self.pieces else ""
        spaces = len(last) - len(last.rstrip(" \t"))
        if spaces:
            self.pieces[-1] = last[:-spaces]
            del self.origin[-spaces:]

    def result(self) -> tuple[str, list[int]]:
        self.copy_to(len(self.text))
        return "".join(self.pieces), [*self.origin, len(self.text)]


def _skipped_end(text: str, lower: str, start: int, closing: str) -> int:
    """Where a comment (``closing`` is "-->") or a script or style element ends."""
    if closing == "-->":
        found = lower.find(closing, start)
        return len(text) if found == -1 else found + len(closing)
    found = lower.find(f"</{closing}", start)
    found = -1 if found == -1 else text.find(">", found)
    return len(text) if found == -1 else found + 1


def _replacement(match: regex.Match) -> str:
    if match.group("entity"):
        return html.unescape(match.group("entity"))  # "&nbsp;" is the no-break space itself
    tag = match.group("tag").lower()
    closing = bool(match.group("close"))
    if tag == "tr":
        return "" if closing else "\n|"
    if tag in CELL_TAGS:
        return " |" if closing else " "
    if tag in HEADING_TAGS and not closing:
        return "\n" + "#" * int(tag[1]) + " "  # a heading as Markdown writes it, so it scopes
    if tag in TABLE_PART_TAGS:
        return ""  # (rows follow rows: "</thead>\n<tbody>" leaves no gap under the header)
    if tag in BLOCK_TAGS:
        return "\n"
    return ""


# LaTeX source pasted from a paper: commands that only format or cite are dropped, the text they
# wrap is kept, tabular rows become pipe rows, and "\SI{540}{\billion}" reads "540 billion".
LOOKS_LIKE_LATEX = regex.compile(
    r"\\(?:begin|end|cite[a-z]*|ref|label|textbf|textit|texttt|emph|section|subsection|paragraph"
    r"|SI|num|qty|caption|midrule|toprule|hline)(?![A-Za-z])"
)
# Each alternative starts with a character of its own ("\\", "%", "&", a line break...), so the
# scan only stops where markup may be.
LATEX_SOURCE = r"""
      (?P<comment>COMMENT)                 # a comment, to the end of the line
    | (?P<dropped>~?\\(?:cite[a-zA-Z]*|ref|eqref|autoref|cref|Cref|label|url|includegraphics
                  |bibliography|bibliographystyle|usepackage|documentclass|vspace|hspace)\*?
                  (?:\[[^\]\n]{0,200}\])*\{[^{}\n]{0,300}\})
    | (?P<environment>\\(?:begin|end)\{[A-Za-z*]{1,30}\}(?:\{[^{}\n]{0,100}\}|\[[^\]\n]{0,30}\])*)
    | (?P<number>\\(?:SI|num|qty)\{)                    # the value after it stays as written
    | (?P<unit>\}(?<=\\(?:SI|qty)\{[^{}\n]{1,30}\})\{(?P<unit_name>[^{}\n]{0,60})\})
    | (?P<wrapper>\\(?:textbf|textit|texttt|textsc|textsf|textrm|emph|underline|mbox|text|mathrm
                  |mathbf|section|subsection|subsubsection|paragraph|caption|title)\*?\{)
    | (?P<item>\\item(?![A-Za-z]))
    # a line of nothing but layout commands goes, its line break with it
    | (?P<layout_line>\n[ \t]*+(?:%(layout)s)(?:[ \t]*+(?:%(layout)s))*+[ \t]*+(?=\n|\Z))
    | (?P<layout>%(layout)s)
    | (?P<row_start>\n(?=[^\n&]*+&))  # a line with a cell: a row if "\\\\" ends it
    | (?P<row_end>\\\\(?:\[[^\]\n]{0,20}\])?)
    | (?P<cell>&(?<!\\&)[ \t]*+)
    | (?P<escaped>\\[%%&$#_{}])
    | (?P<grouped>\{,\})                                # "7{,}168"
    | (?P<brace>[{}$](?<![\\].))
    | (?P<tie>~(?<=[\w}.)]~)(?=\\|[A-Za-z0-9]))
    | (?P<symbol>\\(?:approx|sim)(?![A-Za-z])[ ]?|\\,)
    """ % {
    "layout": r"\\(?:toprule|midrule|bottomrule|hline|centering|small|footnotesize|scriptsize"
    r"|noindent|maketitle|newline|par)(?![A-Za-z])|\\cmidrule(?:\([^()\n]{0,10}\))?\{[^{}\n]{0,20}\}",
}
LATEX = regex.compile(LATEX_SOURCE.replace("COMMENT", r"%(?<![\\0-9]%)[^\n]*+"), regex.VERBOSE)
# A text of one line is no LaTeX file with comments: its "%" is a percent sign ("by 5 % over
# the baseline"), and a comment "to the end of the line" would drop the rest of the document.
LATEX_ONE_LINE = regex.compile(LATEX_SOURCE.replace("COMMENT", "(?!)"), regex.VERBOSE)

CELL_SEPARATOR = regex.compile(r"(?<!\\)&")
SYMBOLS = {"\\approx": "≈", "\\sim": "~", "\\,": "\u2009"}


def strip_latex(text: str, timeout: float | None = None) -> tuple[str, list[int]] | None:
    """The text of LaTeX source as a reader sees it and, for each of its characters, its offset
    in ``text`` (one more entry at the end); None when ``text`` has no LaTeX.

    >>> plain, origin = strip_latex(r"\\textbf{Osprey}~\\cite{k2020} has \\SI{7}{\\billion} params")
    >>> plain
    'Osprey has 7 billion params'
    >>> strip_latex("Plain text, 50% of it.") is None
    True
    """
    if "\\" not in text or not LOOKS_LIKE_LATEX.search(text):
        return None
    out = _Rewrite(text)
    first_line = text[: text.find("\n") % (len(text) + 1)]
    if "\\\\" in first_line and CELL_SEPARATOR.search(first_line):
        out.write("| ", 0, 0)  # the first line is a row (the others start after their "\n")
    line_start = 0  # of the line being read, and of the last line with a cell in it
    cell_line = -1
    pattern = LATEX if "\n" in text.strip() else LATEX_ONE_LINE  # (blank lines around: one line)
    for match in pattern.finditer(text, timeout=timeout):
        start, end = match.span()
        if start < out.position:
            continue
        newline = text.rfind("\n", out.position, start)
        if newline != -1:
            line_start = newline + 1
        out.copy_to(start)
        if match.lastgroup == "cell":
            cell_line = line_start
        if match.lastgroup in ("cell", "row_end"):
            out.trim_spaces()
        replacement = _latex_replacement(text, match, in_row=cell_line == line_start)
        newline = text.rfind("\n", start, end)
        if newline != -1:
            line_start = newline + 1
        out.write(replacement, start, end)
    return out.result()


def _latex_replacement(text: str, match: regex.Match, in_row: bool) -> str:
    kind = match.lastgroup
    if kind == "unit_name":
        kind = "unit"
    if kind == "unit":
        return " " + match.group("unit_name").replace("\\", "").strip()  # "\billion", "\tera\byte"
    if kind == "environment":
        return "\n"
    if kind == "item":
        return "\n-"
    if kind == "row_start":
        line_end = text.find("\n", match.end())
        line = text[match.end() : None if line_end == -1 else line_end]
        return "\n| " if "\\\\" in line and CELL_SEPARATOR.search(line) else "\n"
    if kind == "layout_line":
        return ""
    if kind == "row_end":
        return " |" if in_row else "\n"
    if kind == "cell":
        return " | "
    if kind == "escaped":
        return match.group()[1]
    if kind == "grouped":
        return ","
    if kind == "tie":
        return " "
    if kind == "symbol":
        return SYMBOLS[match.group().strip()]
    return ""  # comments, citations, labels, layout, and the braces around kept text


# A line that goes on a paragraph wrapped by hand: it opens with a word in small letters or a
# bracket ("... and Mixtral 8x7B\n(46.7B total, ...)", "Gemma 2 9B\nand Gemma 2 2B see ..."),
# after a line of prose long enough to have been cut by a wrap, not a label or a key.
SOFT_WRAP = regex.compile(r"(?<=[^\n]{40})\n(?=\(|[a-z]++(?![\w/@-]))")
NOT_PROSE_LINE = regex.compile(r"[ \t]*(?:[|>#]|```|~~~|---|[\w.-]+:(?:[ \t]|$))")  # rows, keys
# ... nor a line that starts with a label or a key: "tags: [a, b]", "and the rest: ..."
KEY_LINE = regex.compile(LABEL + r"(?:[ \t]|$)")  # (the sentence splitter's labelled line)
# Columns by spaces or tabs, or comma-separated values.
RECORD_MARKS = regex.compile(r"\t|[ ]{2}|,[^ ](?:[^,\n]*,[^ ]){2}")


def _prose(line: str) -> bool:
    """Whether a line reads as prose, not a row of columns or of comma-separated values."""
    return RECORD_MARKS.search(line) is None


def join_soft_wraps(text: str) -> str | None:
    """The text with the line breaks that a writer's wrapping put inside a paragraph read as
    spaces (same length, so offsets hold); None when there are none. Breaks in code blocks,
    front matter, tables, quotes, lists of keys and before a list item stay.

    >>> join_soft_wraps("It beats OLMoE-1B-7B and the larger Mixtral 8x7B\\n(46.7B total) easily.")
    'It beats OLMoE-1B-7B and the larger Mixtral 8x7B (46.7B total) easily.'
    >>> join_soft_wraps("Short title line\\nand more") is None
    True
    >>> join_soft_wraps("license: apache-2.0 and a long value that goes on\\nbase_model: x") is None
    True
    """
    if "\n" not in text:
        return None
    fenced = [m.start() for m in CODE_FENCE.finditer(text)]
    front = text.find("\n---", 3) + 4 if text.startswith("---\n") else 0  # (YAML front matter)
    chars = None
    for m in SOFT_WRAP.finditer(text):
        at = m.start()
        if at < front or bisect_left(fenced, at) % 2:  # (inside a code block)
            continue
        line = text.rfind("\n", 0, at) + 1
        if NOT_PROSE_LINE.match(text, line, at) or KEY_LINE.match(text, at + 1, at + 60):
            continue
        following = text.find("\n", at + 1)
        after = text[at + 1 : following if following != -1 else None]
        if not _prose(text[line:at]) or not _prose(after):
            continue  # a column's or a record's line: "1     Strix-R1    236", "r-0412,Osprey-S,12"
        if chars is None:
            chars = list(text)
        chars[at] = " "
    return None if chars is None else "".join(chars)


# A hyphen written as a minus sign or a typographer's hyphen inside a name: "InternVL−Chat−V1.5",
# "GPT‑4" (a letter on one side at least: "10−3" stays a minus).
NAME_DASH = regex.compile(
    r"(?<=\p{L})[\u2010\u2011\u2212](?=\w)|(?<=\w)[\u2010\u2011\u2212](?=\p{L})"
)


def plain_hyphens(text: str) -> str | None:
    """The text with the minus signs and typographic hyphens inside names read as "-" (same
    length, so offsets hold); None when there are none.

    >>> plain_hyphens("| InternVL−Chat−19B | 2023.12.25 |")
    '| InternVL-Chat-19B | 2023.12.25 |'
    >>> plain_hyphens("a loss of 10−3 at most") is None
    True
    """
    if not any(dash in text for dash in "\u2010\u2011\u2212"):
        return None
    plain = NAME_DASH.sub("-", text)
    return None if plain == text else plain


# A size set in code type: "models (`350M`, `2B`, `6B`, `16B`)", "the `7B` model".
CODE_SIZE = regex.compile(r"(?<![`\w])`([0-9][0-9.,]*+[ ]?[A-Za-z]{0,8})`(?![`\w])")


def plain_code_sizes(text: str) -> str | None:
    """The text with the backticks around a number in code type read as spaces (same length,
    so offsets hold); None when there are none. Code that is more than a number stays.

    >>> plain_code_sizes("the `CodeGen` models (`350M`, `2B`)")
    'the `CodeGen` models ( 350M ,  2B )'
    >>> plain_code_sizes("run `python train.py --size 7B`") is None
    True
    """
    if "`" not in text:
        return None
    plain = CODE_SIZE.sub(lambda m: " " + m.group(1) + " ", text)
    return None if plain == text else plain


# Bold or italic set with underscores: "__16B total parameters__", "_Kite-7B_" (a name in code,
# "__init__", has neither a space nor a digit and stays).
UNDERSCORE_EMPHASIS = regex.compile(
    r"(?<![\w\\])(__?)(?![\s_])((?:(?!_)[^\n]){1,300}?)(?<![\s_])\1(?![\w])"
)


def plain_emphasis(text: str) -> str | None:
    """The text with Markdown's underscore emphasis read as asterisks (same length, so offsets
    hold), as the rules read ``**bold**``; None when there is none.

    >>> plain_emphasis("It has __16B total parameters__, but only __1.4B__ active.")
    'It has **16B total parameters**, but only **1.4B** active.'
    >>> plain_emphasis("see __init__ and snake_case_name") is None
    True
    """
    if "_" not in text:
        return None
    plain = UNDERSCORE_EMPHASIS.sub(_as_asterisks, text)
    return None if plain == text else plain


def _as_asterisks(match: regex.Match) -> str:
    inner = match.group(2)
    if " " not in inner and not any(c.isdigit() for c in inner):
        return match.group(0)
    marks = "*" * len(match.group(1))
    return marks + inner + marks
