"""strip_markup and strip_latex: HTML and LaTeX source read as a reader sees them, each
character traced back to the markup."""

import pytest

from insights import extract
from insights.extract.markup import strip_latex, strip_markup

# (text with markup, the plain text a reader sees)
EXAMPLES = [
    ("The <b>Falcon</b> 40B", "The Falcon 40B"),
    ("<p>One.</p><p>Two.</p>", "\nOne.\n\nTwo.\n"),
    ("a<br>b<br/>c", "a\nb\nc"),
    ("29.8&nbsp;billion &amp; more", "29.8\u00a0billion & more"),
    ("&#55;0B and &#x37;0B", "70B and 70B"),
    ("<table><tr><th>Model</th><th>Params</th></tr><tr><td>Gopher</td><td>280B</td></tr>",
     "\n| Model | Params |\n| Gopher | 280B |"),
    # a cell's lines run together, as a browser shows them
    ("<table><tr><th>Params</th></tr><tr><td>17B (Activated)\n  109B (Total)\n</td></tr>",
     "\n| Params |\n| 17B (Activated)   109B (Total)  |"),
    # ... up to a blank line: a stray "<td>" runs no paragraphs together
    ("Wrap scores in <td>\nelements.\n\n## Kite\n- Kite-7B: 2T tokens",
     "Wrap scores in   elements.\n\n## Kite\n- Kite-7B: 2T tokens"),
    ("x<script>var a = '<b>70B</b>';</script>y", "x y"),
    ("x<STYLE>p { size: 7B }</STYLE>y", "x y"),
    ("x<!-- 70B parameters -->y", "x y"),
    ("x<script>never closed 70B", "x "),
    ('<a href="https://example.org/a?b=1&c=2">GPT-3</a> has 175B', "GPT-3 has 175B"),
    # a table laid out over many lines is read a row a line, its header right over its body
    ("<table>\n  <thead>\n  <tr>\n    <th>Model</th>\n    <th>Params</th>\n  </tr>\n  </thead>\n"
     "  <tbody>\n  <tr>\n    <td>Kite-8B</td>\n    <td>8B</td>\n  </tr>\n  </tbody>\n</table>\n",
     "\n| Model | Params |\n| Kite-8B | 8B |\n\n"),
    # a cell spanning rows leaves an empty cell in its column on the rows below it
    ("<table><tr><th>Type</th><th>Model</th></tr><tr><td rowspan=2>Base</td><td>Kite-6B</td></tr>"
     "<tr><td>Kite-6B-Long</td></tr><tr><td>Chat</td><td>Kite-6B-Chat</td></tr></table>",
     "\n| Type | Model |\n| Base | Kite-6B |\n|  | Kite-6B-Long |\n| Chat | Kite-6B-Chat |\n"),
    # a break inside a cell, and text astray between cells, keep the row on its line
    ("<table><tr><td>Kite-6B</td>x\n <td>- small.<br><br>- fast.</td></tr></table>",
     "\n| Kite-6B |x   - small.  - fast. |\n"),
    # a block tag or a break in a Markdown table's row keeps the row on its line, a break
    # parting the cell's lines as a list's items; after the row's last pipe it is a break
    ("| Model | <div style=\"width:90px\">Notes</div> |\n|---|---|\n| Kite-7B<br>Kite-13B | ok |",
     "| Model |  Notes  |\n|---|---|\n| Kite-7B, Kite-13B | ok |"),
    ("| Kite-2 | 7B |</div><p>Wren-3 has 70B.</p>", "| Kite-2 | 7B |\n\nWren-3 has 70B.\n"),
    # a "<table>" never closed ends at a blank line before text: the paragraphs stay apart
    ("Wrap scores in a <table> tag.\n\n## Kite-7B\n\nIt has 7B.",
     "Wrap scores in a \n tag.\n\n## Kite-7B\n\nIt has 7B."),
]  # fmt: skip

# Text that only looks like markup to a careless reader: left as it is.
NOT_MARKUP = ["a < b and c > d", "R&D spending rose", "x <= 7B", "Q&A: 70B?", "1 <2 and 3> 2"]
# Angle brackets round words that are no HTML tag: kept as written, beside real markup.
KEPT_AS_TEXT = [
    ("sizes <bigger and smaller> than 7B", "sizes <bigger and smaller> than 7B"),
    ("<b>Falcon</b> vs <tiny model> 7B", "Falcon vs <tiny model> 7B"),
]


@pytest.mark.parametrize(("text", "plain"), EXAMPLES)
def test_plain_text(text, plain):
    assert strip_markup(text)[0] == plain


@pytest.mark.parametrize(("text", "plain"), EXAMPLES)
def test_every_character_traces_back(text, plain):
    got, origin = strip_markup(text)
    assert len(origin) == len(got) + 1 and origin[-1] == len(text)
    assert origin == sorted(origin), "offsets go forwards"
    for i, ch in enumerate(got):
        if text[origin[i]] not in "<&":  # characters written for a tag or entity point at it
            assert text[origin[i]] == ch or (text[origin[i]], ch) == ("\n", " ")  # (a cell's
            # line break is a space)


@pytest.mark.parametrize("text", NOT_MARKUP)
def test_text_without_markup_is_left_alone(text):
    assert strip_markup(text) is None


@pytest.mark.parametrize(("text", "plain"), KEPT_AS_TEXT)
def test_words_in_angle_brackets_are_kept(text, plain):
    found = strip_markup(text)
    assert (text if found is None else found[0]) == plain


# (LaTeX source, the plain text a reader sees)
LATEX_EXAMPLES = [
    (r"We train \textbf{Kite}~\cite{lee2024kite} with \SI{13}{\billion} parameters.",
     "We train Kite with 13 billion parameters."),
    (r"\num{1.4}T tokens, as in Table~\ref{tab:data}.", "1.4T tokens, as in Table."),
    ("Kite-7B & 7B & 32 \\\\ \\hline\n", "| Kite-7B | 7B | 32 | \n"),
    ("\\begin{tabular}{lr}\n\\toprule\nModel & Params \\\\\n\\midrule\nKite & 7B \\\\\n"
     "\\bottomrule\n\\end{tabular}", "\n\n| Model | Params |\n| Kite | 7B |\n\n"),
    ("\\label{x} 18\\% of 7{,}168 % a comment with 70B\nnext", " 18% of 7,168 \nnext"),
    (r"\paragraph{Data.} We use $2\times10^{12}$ tokens $\approx$ 2T.",
     r"Data. We use 2\times10^12 tokens ≈ 2T."),
    ("\\begin{itemize}\n\\item Kite: 7B\n\\end{itemize}", "\n\n\n- Kite: 7B\n\n"),
]  # fmt: skip
# Backslashes that are no LaTeX source: a Windows path, a model's macro, a percentage.
NOT_LATEX = [r"C:\models\kite-7b is 7B", r"\chinchilla has 70B parameters", "50% of 7B"]


@pytest.mark.parametrize(("text", "plain"), LATEX_EXAMPLES)
def test_latex_plain_text(text, plain):
    assert strip_latex(text)[0] == plain


@pytest.mark.parametrize(("text", "plain"), LATEX_EXAMPLES)
def test_latex_characters_trace_back(text, plain):
    got, origin = strip_latex(text)
    assert len(origin) == len(got) + 1 and origin[-1] == len(text)
    assert origin == sorted(origin), "offsets go forwards"
    for i, ch in enumerate(got):
        if ch.isalnum():  # the source's own letters and digits, or a unit written for "}{\billion}"
            assert text[origin[i]] == ch or text[origin[i] : origin[i] + 2] == "}{"


@pytest.mark.parametrize("text", NOT_LATEX)
def test_text_without_latex_is_left_alone(text):
    assert strip_latex(text) is None


def test_facts_in_latex_point_into_the_source():
    text = (
        "\\begin{tabular}{lrr}\nModel & Params & Tokens \\\\\n\\midrule\n"
        "Kite-S & 350M & 300B \\\\\nKite-L & 2.7B & 1T \\\\\n\\end{tabular}\n"
        "We train \\textbf{Kite-L}~\\citep{lee2024} on \\SI{1}{\\trillion} tokens."
    )
    facts = extract(text)
    got = [(f.kind, f.value, f.model) for f in facts]
    assert got == [
        ("parameters", 3.5e8, "Kite-S"),
        ("training_tokens", 3e11, "Kite-S"),
        ("parameters", 2.7e9, "Kite-L"),
        ("training_tokens", 1e12, "Kite-L"),
        ("training_tokens", 1e12, "Kite-L"),
    ]
    assert [text[f.start : f.end] for f in facts][:4] == ["350M", "300B", "2.7B", "1T"]
    assert text[facts[-1].start : facts[-1].end].startswith("1}")
    assert all(f.sentence in text for f in facts)


# One-line documents (a JSONL abstract, a pasted paragraph) with a backslash: a "%" there is a
# percent sign, never a comment that drops the rest of the line, which is the whole text.
ONE_LINE_PERCENT = [
    ("spaced percent", r"Kite, in \textbf{Section 2}, gains 5 % over the baseline. Kite has 7B "
     r"parameters and saw 2T tokens."),
    ("percent in brackets", r"Accuracy (%) rises with \textbf{scale}: Kite has 7B parameters "
     r"and saw 2T tokens."),
    ("trailing newline", "Kite with \\emph{care}: 3 % better. Kite has 7B parameters and saw 2T "
     "tokens.\n"),
    ("blank lines around", "\nKite with \\emph{care}: 3 % better. Kite has 7B parameters and saw "
     "2T tokens.\n\n"),
    ("windows line ends", "Kite with \\emph{care}: 3 % better. Kite has 7B parameters and saw "
     "2T tokens.\r\n\r\n"),
]  # fmt: skip


@pytest.mark.parametrize(
    "text", [c[1] for c in ONE_LINE_PERCENT], ids=[c[0] for c in ONE_LINE_PERCENT]
)
def test_a_percent_sign_in_one_line_latex_keeps_the_facts_after_it(text):
    got = {(f.kind, f.value, f.model) for f in extract(text)}
    assert {("parameters", 7e9, "Kite"), ("training_tokens", 2e12, "Kite")} <= got


def test_a_comment_in_latex_of_several_lines_is_still_dropped():
    text = "\\textbf{Kite} has 7B parameters. % it had 9B once\nIt saw 2T tokens."
    got = [(f.kind, f.value) for f in extract(text)]
    assert ("parameters", 9e9) not in got and ("training_tokens", 2e12) in got
