"""strip_markup: HTML read as a reader sees it, each character traced back to the markup."""

import pytest

from insights.markup import strip_markup

# (text with markup, the plain text a reader sees)
EXAMPLES = [
    ("The <b>Falcon</b> 40B", "The Falcon 40B"),
    ("<p>One.</p><p>Two.</p>", "\nOne.\n\nTwo.\n"),
    ("a<br>b<br/>c", "a\nb\nc"),
    ("29.8&nbsp;billion &amp; more", "29.8\u00a0billion & more"),
    ("&#55;0B and &#x37;0B", "70B and 70B"),
    ("<table><tr><th>Model</th><th>Params</th></tr><tr><td>Gopher</td><td>280B</td></tr>",
     "\n| Model | Params |\n| Gopher | 280B |"),
    ("x<script>var a = '<b>70B</b>';</script>y", "x y"),
    ("x<STYLE>p { size: 7B }</STYLE>y", "x y"),
    ("x<!-- 70B parameters -->y", "x y"),
    ("x<script>never closed 70B", "x "),
    ('<a href="https://example.org/a?b=1&c=2">GPT-3</a> has 175B', "GPT-3 has 175B"),
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
            assert text[origin[i]] == ch


@pytest.mark.parametrize("text", NOT_MARKUP)
def test_text_without_markup_is_left_alone(text):
    assert strip_markup(text) is None


@pytest.mark.parametrize(("text", "plain"), KEPT_AS_TEXT)
def test_words_in_angle_brackets_are_kept(text, plain):
    found = strip_markup(text)
    assert (text if found is None else found[0]) == plain
