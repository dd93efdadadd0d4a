"""Release dates said with a model, as facts of kind ``released``.

A date is a model's release date only where the text ties the two together:

- in brackets right after the name: "Phi-2 (December 2023)", "Phi-2 (2.7B, December 2023)",
  "### BERT (Google, October 2018)";
- in a table row that names the model: "| Phi-2 | Microsoft | Dec 2023 | 2.7B |";
- with a release verb in a sentence that names that one model: "Meta released Llama 2 in July
  2023", "Gemma 3, launched in March 2025, ...";
- at the head of a list item, as README news lists and timelines write them: "- 2024-04-18: Meta
  Llama 3 released in 8B and 70B sizes", "* **2025-01-09** Released Marlin-8B and Marlin-1B",
  "- Sep 2023 — Mistral 7B, ...": the models the item releases, or the one it starts with;
  an item that names no model but a size of the one the text is about ("2. May 2019: a
  355M-parameter version" under GPT-2) dates that member, named as the table names it
  ("GPT-2 355M").

Dates are written with the month's name ("December 2023", "14 February 2019") or in numbers
("2024-04-18", "2024.08.21", "2024/06"); numbers date a model only in those places, never in
running text where they may be a version or a range.

Anything else ("Chinchilla (70B) beat Gopher in March 2022") is no release date. The value is
the month as ``YYYYMM`` (``202312.0``) with the unit ``month``; the span is the date as written.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_right
from collections.abc import Sequence

import regex

from insights.extract.lines import last_before
from insights.extract.lines import line_end as end_of_line
from insights.extract.markdown_tables import (
    SEPARATOR_ROW,
    header_over,
    table_rows,
    table_spans,
    under_data_heading,
)
from insights.extract.names import NAME_LIST_GAP, size_text, split_size
from insights.extract.patterns import AHEAD
from insights.fact import Fact

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# A month's name, whole or short: "December", "Dec", "Sept".
MONTH_NAME = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
# "December 2023", "Dec. 2023", "Sept 2023", "February 14, 2019". The scan starts at the month
# name (Python's re finds those fast); a day written before it ("14 February 2019") is taken
# by DAY_BEFORE.
DATE = re.compile(
    rf"""\b(?P<month>{MONTH_NAME})\.?,?
    \s+(?:[0-9]{{1,2}}(?:st|nd|rd|th)?,?\s+)?(?:of\s+)?['\u2019]?(?P<year>(?:19|20)[0-9]{{2}})(?![\w-])""",
    re.VERBOSE,
)
# "2024-04-18", "2024.08.21", "2024/06": year first, the same separator throughout.
NUMERIC_DATE = re.compile(
    r"(?<![\w.\-/])(?P<year>(?:19|20)[0-9]{2})(?P<sep>[-./])(?P<number>0?[1-9]|1[0-2])"
    r"(?:(?P=sep)[0-3]?[0-9])?(?![\w\-/]|\.[0-9])"
)
# A date written month first, as American pages do: "07/15/2023", "[08/09/2023]".
MONTH_FIRST_DATE = re.compile(
    r"(?<![\w.\-/])(?P<number>0?[1-9]|1[0-2])(?P<sep>/)(?P<day>0?[1-9]|[12][0-9]|3[01])/"
    r"(?P<year>(?:19|20)[0-9]{2})(?![\w\-/]|\.[0-9])"
)
# ... and day first: "15/07/2023".
DAY_FIRST_DATE = re.compile(
    r"(?<![\w.\-/])(?:1[3-9]|2[0-9]|3[01])/(?:0?[1-9]|1[0-2])/(?:19|20)[0-9]{2}(?![\w\-/])"
)
# A month named without a year after it: "in May", "(Alibaba, 29 April)", "on December 17"
# (a day, not the year '17: that is written "December '17").
# A short name with a day beside it is a month too: "Aug. 5 —", "(6 Sept)".
MONTH_ALONE = re.compile(
    r"""\b(?P<month>January|February|March|April|May|June|July|August|September|October|November
      |December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:\.|\b)(?=\s?[0-9]{1,2}\b)
      |(?<=[0-9]\x20)(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)
      (?!\.?,?\s+(?:[0-9]{1,2}(?:st|nd|rd|th)?,?\s+)?(?:of\s+)?(?:['\u2019][0-9]{2}
      |(?:19|20)[0-9]{2})\b|\s+(?:of\s+)?(?:last|next|this)\s+year)""",
    re.VERBOSE,
)
DAY_AFTER = re.compile(r"\.?\s?[0-3]?[0-9](?:st|nd|rd|th)?\b(?![.,][0-9])")
# A day a newsletter counts from its own date: "released Sorrel-2 Ultra on Monday", "earlier
# this month", "this week". Read only with the document's date, as its month.
RELATIVE_DAY = re.compile(
    r"\b(?P<month>(?:[Ee]arlier\s+|[Ll]ater\s+)?[Tt]his\s+(?:month|week)"
    r"|[Oo]n\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|[Tt]oday)\b"
)  # ("Today we are releasing Larkspur" under "posted 9 January 2025")
# A weekday still to come: "will be released on Monday", "is set to ship on Friday".
FUTURE_BEFORE = re.compile(
    r"\b(?:will|won't|shall|to\s+be|set\s+to|plans?\s+to|going\s+to|scheduled|coming|expected)\b"
    r"[^.!?\n]*\Z",
    re.I,
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# A weekday's date written after it: "on Saturday, April 5", "on Tuesday (May 13)".
DATE_AFTER_WEEKDAY = re.compile(
    rf",?\s*\(?(?:{MONTH_NAME}\.?\s+[0-9]{{1,2}}\b|[0-9]{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"{MONTH_NAME}\.?)"
)
# "in May", "29 May", "(May": not "May be"
MAY_AS_MONTH = re.compile(r"(?:\bin|\bof|(?<![\w-])[0-9]{1,2}|\()\s*\Z")
YEAR_REACH = 1500
# A year that opens a sentence or a line: "2024 was the busiest year", "In 2024, we ...".
YEAR_OPENING = re.compile(
    r"(?:^|(?<=[.!?][ ])|(?<=\n))(?:In |By |Through )?((?:19|20)[0-9]{2})\b", re.M
)
YEAR = re.compile(r"(?<![\w.\-/])((?:19|20)[0-9]{2})(?![\w\-/]|\.[0-9])")
WRITTEN_DATE = re.compile(r"((?:19|20)[0-9]{2})-([01][0-9])(?:-([0-3][0-9]))?")  # (and its day)
DAY_BEFORE = re.compile(r"(?<![\w-])[0-9]{1,2}(?:st|nd|rd|th)?\s+\Z")
RELEASE_VERB = regex.compile(
    r"(?i)\b(?:released|announced|launched|unveiled|introduced|open-sourced|debuted|shipped"
    r"|came\s+out(?!\s+of\s+stealth)|arrived|followed(?=\s+(?:in|on)\s)|(?<!\b(?:was|were|been|be|is|are)\s+)dropped|rolled\s+out|went\s+live"
    # "Gemma 3 270M joined the family in August 2025"
    r"|joined\s+the\s+(?:family|line-?up|line|series)"
    # "Mixtral appeared in December 2023"; not a paper or a result, nor "in Nature"
    r"|(?<!\b(?:study|paper|report|article|survey|analysis|post|result|results|preprint"
    r"|version)\s+(?:[\w.'-]+\s+){0,3})appeared(?=\s+(?:in|on)\s)"
    r"(?!\s+(?:in|on)\s+(?:Nature|Science|arXiv|the\s+journal))"
    r"|went\s+public|put\s+out"
    # an aside's "out": "Its Aurelia-34B, out in May, was trained on 5.5T tokens"
    r"|(?<=,\s)out(?=\s+(?:in|on)\s)"
    # "Google first showed LaMDA at its I/O conference in May 2021": a debut
    r"|(?<=\bfirst\s+)(?:showed(?:\s+off)?|demoed|demonstrated)(?=\s+[*_`]*(?-i:[A-Z]))"
    r"(?![^.;\n]*\b(?:released|launched|shipped|open-sourced|rolled\s+out)\b)"
    r"|(?<=\b(?:was|were)\s+first\s+)(?:shown|demonstrated|demoed)"
    r"(?![^.;\n]*\b(?:released|launched|shipped|open-sourced|rolled\s+out)\b)"
    # "Carnegie Mellon and Google Brain published XLNet in June"; not a study or paper's own
    r"|(?<!\b(?:study|paper|report|article|survey|analysis|post|benchmark|dataset|scores|results"
    r"|numbers|figures|details|data)\s+(?:[\w.'-]+\s+){0,3})published"
    # ... with the model right after, or its maker: not "published an evaluation of X", "X,
    # published in Nature", "a review of X was published"
    r"(?=\s+(?:by\b|it\b|(?:the\s+(?:(?:full|official|base|instruct)\s+)?(?:weights|release"
    r"|version|checkpoints?)\s+of\s+|its\s+)?[*_`]*(?-i:[A-Z]|[a-z][\w.-]*[0-9])))"
    # ... or said of the model as it was put out: "Corvid-M2 is ... from Lumenfold AI,
    # published on 3 March 2026", "Kite-2 was published in May 2025" (not a paper, review or
    # report's: "the report was published in May")
    r"|(?<!\b(?:study|paper|report|article|survey|analysis|post|review|benchmark|dataset|results"
    r"|preprint|version|blog|essay|book|issue|edition|letter|story|piece|announcement|leaderboard"
    r"|(?:press|news)\s+release),?\s+(?:[\w.'-]+,?\s+){0,3})"
    # ... said right after a name, the model or its release: not "the Kite-2 model card,
    # published on", "our Kite-2 tutorial, published in", "the Owl-Bench suite, published in"
    r"(?<=(?:(?-i:[A-Z])[\w.'-]*|[\w.'-]*[0-9][\w.'-]*|\)|\b(?:models?|LLMs?|versions?"
    r"|checkpoints?|weights|series|family|generation|release|both|all|two|three|four))[*_`]*"
    r"(?:,|\s+(?:was|were))\s)(?<!\bmodel\s+was\s)published(?=\s+(?:in|on)\s)"
    # "Weights were published on 2026-02-17": the model's weights, not a paper
    r"|(?<=\b(?:weights|checkpoints?)\s+(?:were|was|have\s+been|has\s+been)\s+)published"
    r"(?=\s+(?:in|on)\s)"
    # "the first OLMo release, published in" (not a press or news release's)
    r"|(?<=(?<!\b(?:press|news)\s)\brelease,?\s+)published(?=\s+(?:in|on)\s)"
    # as news lists write them: "2025.01.20: DeepSeek-AI releases DeepSeek-R1"
    # (as verbs, not nouns: not "both of this month's big launches keep it small")
    r"|(?<!\b(?:big|biggest|major|recent|new|two|three|both|the|these|those|of|month's|week's"
    r"|year's)\s)(?:releases|announces|launches|unveils|introduces|open-sources|ships|drops)"
    r"|(?<=\bwe\s)(?:release|open-source|launch)"  # "We release X"
    r"|(?<=\bwe(?:\s+are|['\u2019]re)\s)(?:releasing|open-sourcing|launching|introducing))\b"
)
# Items about a tool's support for others' models: "Released support for Llama 3.1 8B", "Mixtral
# 8x22B is now available in the model zoo", "Evaluation code for Llama 3 is now available".
SUPPORT_FOR = regex.compile(
    r"(?i)\b(?:support(?:s|ed)?[ ]for|(?:code|scripts?|recipes?|adapters?|configs?|weights)[ ]for"
    r"|in[ ]the[ ]model[ ]zoo|evaluation)\b"
)
# ... and as a news item's head may say it: "OpenMoth-32B is out!", "First release: OpenMoth-1B"
# (not in running text or an infobox, where "Initial release: July 2022" is a label of the page)
ITEM_RELEASE = regex.compile(
    r"(?i)\b(?:(?:is|are|now)\s+(?:out|live|available)|(?:first|initial)(?:\s+public)?\s+release)\b"
)
# Between a name and the date that dates it: "phi-3-small in May 2024", "Gemma 3 (March 2025";
# not a comma ("Llama 2, which outperforms GPT-3.5, in July 2023" dates no GPT-3.5).
DATE_AFTER_NAME = regex.compile(
    r"[ \t]*(?:\([ \t]*~?[0-9][0-9.,]*[ \t]?[KMBT]?[^()\n]{0,12}\)[ \t]*)?"
    r"(?:(?:(?:small|open|new|base|chat|instruct)[ \t]+)?(?:family|models|series|line-?up)[ \t]+)?"
    r"(?:(?:first|later|then|followed|arrived|came[ \t]+out|(?:was|were)[ \t]+released)"
    r",?[ \t]*)?(?:in|on|\()?[ \t]*(?:(?:late|early|mid)[ \t-]+)?"
)  # ("GPT-2 Large (774M) in August 2019", "released GLM-4.5 in late July", "GPT-2 Medium (355M)
# followed in May 2019", "Meta's Llama 3.2 small models came out in September 2024, and
# Microsoft's Phi-3.5 family in August")
# An aside after a list of names that says when they came out: ", released in ", ", both
# launched on ".
LIST_RELEASED_ASIDE = regex.compile(
    r",[ \t]+(?:(?P<all>both|all|each)[ \t]+)?(?:released|launched|shipped|open-sourced"
    r"|introduced)[ \t]+(?:in|on)[ \t]+"
)
# What may stand before a list that is a sentence's subject: markup, a maker's possessive.
LIST_SUBJECT_OPENING = regex.compile(
    r"[ \t*_>#-]*(?:(?:[A-Z][\w.&-]*[ \t]){0,2}?[A-Z][\w.&-]*['\u2019]s[ \t]+)?[*_]*"
)
# The verb after a dated aside closes: "..., released in February 2023, were trained on".
VERB_AFTER_ASIDE = regex.compile(
    r"[^,;.\n]{0,30},[ \t]+(?:[a-z]+ly[ \t]+)?(?:were|are|was|is|have|had|still|remain\w*|saw"
    r"|both|all|each|ran|use\w*|trained|share\w*|beat\w*|lead\w*|top\w*)\b"
)
# What DATE_AFTER_NAME reads between a name and its date that says the name came out: its
# family's noun or a verb, which the name must be the subject of.
SAID_OF_NAME_BETWEEN = regex.compile(r"\b(?:family|models|series|line-?up|came|released)\b")
# A sentence about the text's model that does not name it: "All three variants were released",
# "Both were released", "It was released", "Weights went public".
SPOKEN_OF = regex.compile(
    r"(?i)[ \t]*(?:(?P<one>it|the[ ]model"
    r"|(?P<this>this[ ](?:model|checkpoint|card|release|version)))"
    r"|they|both|all(?:[ ]\w+)?[ ]"
    r"(?:variants|models|sizes|versions|checkpoints)|the[ ](?:models|weights|variants|checkpoints)"
    r"|weights"
    # "The three models were released", "All three were released"
    r"|(?P<count>(?:the|all)[ ](?:two|three|four|five|six|seven|eight|nine"
    r"|ten|[2-9])(?:[ ](?:variants|models|sizes|versions|checkpoints))?(?=[ ]+(?:were|was"
    r"|are|came|went|arrived)\b)))\b"
)
# What the page is about: its heading, title or the one model it introduces.
PAGE_FOCUS = frozenset({"focus-heading", "focus-title", "focus-document-topic", "focus-introduced"})
# A list item's head before its date, and the marks between the date and the item's text.
EMOJI = r"(?:[\p{So}\ufe0f\u200d]+[ \t]*)"
ITEM_HEAD = regex.compile(
    r"(?r)(?:^|\n)[ \t]*(?:[-*+\u2022>][ \t]*|[0-9]{1,2}[./)][ \t]+)?%s?(?:\*\*|__)?"
    r"(?:v?[0-9]+(?:\.[0-9]+)+[ \t]*[-\u2013\u2014:][ \t]*)?[\[`]?\Z" % EMOJI
)  # (an emoji before the date too: "- 🎉 Sep 2024: first release, ...", "🔥 Jan 2025: ...";
# and a version: "- **v2.1 — 2024-03-05**: Released Quill-Coder-15B"; in code: "* `2025-04`
# Baobab-v1-1B"; a thread's number:
# "3/ Mar 13: Stanford's Alpaca")
AFTER_HEAD = regex.compile(
    r"(?:[ \t][0-3]?[0-9](?:st|nd|rd|th)?(?![\w.,]))?"  # the day after a month: "- Mar 30:"
    r"[\]`]?(?:\*\*|__)?[ \t]*(?:[:\uff1a|\-\u2013\u2014][ \t]*)?(?:\*\*|__)?[ \t]*"
    r"%s?(?:\*\*|__)?`?" % EMOJI  # an emoji: "**2024.08.27** 🔥 OpenMoth-32B is out!", "2024.05.01
)  # 🔥 **Bunny-v1.0-4B, ... is released!**"; a code name's "`"
# A clause that speaks of another time: "...; Tülu 3 followed in December", "...; 70B later".
OTHER_TIME = regex.compile(
    r"(?i)\b(?:followed|later|next|soon|upcoming|coming|January|February|March|April|June|July"
    r"|August|September|October|November|December)\b"
)
# Where the released models end in an item: what they come from, beat or are compared with.
NOT_RELEASED_AFTER = regex.compile(
    r"(?i)\b(?:from|based\s+on|on\s+top\s+of|built\s+on|rebuilt|initiali[sz]ed|fine-?tuned"
    r"|distill\w*|than|vs\.?|versus|beats?|outperforms?|match(?:es)?|compared|like|using|by|with\s+the"
    r"|approach(?:es|ing)|rival(?:s|ing|led)?|surpass(?:es|ing)?|comparable|on\s+par"
    r"|connects|connecting|pairs|pairing|combines|combining)\b"  # ("X, a model that connects Y to")
    r"|\bbase\s*:"
)
# What a list item says of models that is no release: "... evaluated on the new track".
OTHER_NEWS = regex.compile(
    r"(?i)\b(?:evaluated|benchmarked|tested|ranked|scored|re-?run|compared|added\s+to|deprecated"
    r"|retired|removed|leak(?:ed|s)?|still|tops|topped|reproduced|taken\s+offline|show(?:s|ed)\s+that"
    r"|now\s+scores|scores|gets\s+(?:an?\s+)?(?:[\w-]+\s+)?update|patched|fixed"
    r"|now\s+(?:supports|handles|accepts|runs|works|under)|gains|relicens\w*"
    r"|(?:pre-?)?training\s+(?:started|began|kicked\s+off)|(?:started|began)\s+(?:pre-?)?training"
    r"|(?:is|are|was|were|been|got|gets|now)\s+(?:officially\s+)?(?:supported|included|integrated"
    r"|featured|accepted)|can\s+now\s+be\s+used"
    r"|achieves|achieved|(?:is|are|was|were)\s+improved|with\s+(?:q?lora|rlhf)\b)\b"
)  # ("Kite-7B-Chat now supports a 32K context window": an update, not its release; "Marten-2
# pretraining started on LUMI": a run; "Kite-VL is accepted by CVPR", "Wren-2B has been
# supported by SGLang": news of a model out before)
# What a list item says of a model before its release: "Kiln-2 preview opened to the waitlist".
PRE_RELEASE = regex.compile(r"(?i)\b(?:preview|wait-?list|beta|early\s+access|teaser|announced)\b")
# What may stand between a name and a bracketed date: other items of the same bracket.
BRACKET_BEFORE_DATE = regex.compile(
    r"(?r)\(\s*(?:[^()\n]{0,40}?[,;]\s*)?(?:(?:released|launched|shipped|out)\s+(?:(?:in|on)\s+)?)?\Z"
)  # ("Moshi (7B, released September 2024)", "Phi-2 (launched in December 2023)")
BRACKET_AFTER_DATE = regex.compile(r"\s*\)")
APPOSITIVE_BEFORE_BRACKET = regex.compile(
    r"(?r),[ \t]+(?:the|its|our)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:generation|version|release|model)\Z"
)
SPACES_BEFORE = regex.compile(r"(?r)[*_`]{0,3}[ \t\u00a0]*\Z")  # (after a bold name: "**Qwen3** (")


# A day's date: "26 July 2024", "July 26, 2024", "Friday, July 26th, 2024", "2024-07-26", and
# the first of a week's days: "Week of April 22–26, 2024"; in italics too ("_May 3, 2025_").
DAY_DATE = re.compile(
    rf"""(?<![0-9A-Za-z])(?P<d1>[0-3]?[0-9])(?:st|nd|rd|th)?\s+(?P<m1>{MONTH_NAME})\.?,?\s+
      (?P<y1>(?:19|20)[0-9]{{2}})(?![0-9A-Za-z])
    |(?<![0-9A-Za-z])(?P<m2>{MONTH_NAME})\.?\s+(?P<d2>[0-3]?[0-9])(?:st|nd|rd|th)?
      (?:\s*[–-]\s*[0-3]?[0-9])?,?\s+(?P<y2>(?:19|20)[0-9]{{2}})(?![0-9A-Za-z])
    |(?<![\w./-])(?P<y3>(?:19|20)[0-9]{{2}})-(?P<m3>[01][0-9])-(?P<d3>[0-3][0-9])(?![\w/-])""",
    re.VERBOSE,
)
FRONT_MATTER = re.compile(r"---\n.*?\n---[ \t]*\n", re.DOTALL)
DATELINE_REACH = 600  # how far into a text its dateline may sit
DATELINE_LINES = 6  # in how many of its first lines
DATELINE_LENGTH = 160  # a dateline is a short line, not a sentence of the story
# What a title calls itself when its month dates it: an issue, a roundup, notes.
ISSUE_WORD = re.compile(
    r"(?i)\b(?:issue|edition|roundup|round-up|recap|wrap-?up|digest|newsletter|weekly|monthly"
    r"|notes|dispatch|bulletin|ledger|thread|review|report|briefing|update|log)\b"
)
# Words before a title's month that make it a month the title is about, not the issue's:
# "Llama 3, released in April 2024", "Data up to March 2025", "Since May 2023".
NOT_ISSUE_MONTH = re.compile(
    r"(?i)\b(?:in|on|since|until|till|before|after|from|to|by|up|cutoff|released|launched"
    r"|trained|through|between|during)\b[^\n]{0,12}\Z"
)
# A byline's opening: "*by Ana Ruiz · March 2026*", "Posted March 2026", "Published: May 2025".
BYLINE_OPENING = re.compile(r"(?i)[ \t*_]*(?:by[ \t]+[A-Z]|(?:posted|published|written|updated)\b)")
NOT_DATELINE = re.compile(r"[ \t]*(?:[-*+\u2022][ \t]|[|>]|[0-9]{1,2}[.)][ \t])")  # list items,
# rows (not an italic line: "*From the Fenwick AI blog, posted 9 January 2025*")


def dateline(text: str) -> str | None:
    """The date a text gives itself in its first lines, as a newsletter's or a post's header
    does ("THE WEEKLY GRADIENT · Issue #112 · Friday, July 26, 2024", "Posted 14 March 2025"),
    as ``YYYY-MM-DD``; None when no short line near the top holds a day's date. List items and
    table rows are not datelines (a README's news list dates its items, not itself).

    >>> dateline("Inference Times · 14 March 2025\\n\\n## Gemma 3 ...")
    '2025-03-14'
    >>> dateline("- 2024-04-18: Llama 3 released") is None
    True
    >>> dateline("# Why\\n\\n*From the Heron AI blog, posted 9 January 2025*\\n\\nToday ...")
    '2025-01-09'
    >>> dateline("## Open Weights Weekly — April 2024 roundup\\n\\nApril was ...")
    '2024-04'
    >>> dateline("# Kite-7B, released in April 2024\\n\\nKite ...") is None
    True
    >>> dateline("# Tuning Kite-3\\n\\n*by Ana Ruiz · March 2026*\\n\\nHeron dropped ...")
    '2026-03'
    """
    head = text[:DATELINE_REACH]
    front = FRONT_MATTER.match(head)
    if front is not None:
        head = text[front.end() : front.end() + DATELINE_REACH]
    lines = [line for line in head.split("\n") if line.strip()][:DATELINE_LINES]
    for line in lines:
        if len(line) > DATELINE_LENGTH or NOT_DATELINE.match(line):
            continue
        found = DAY_DATE.search(line)
        if found is None:
            continue
        year, month, day = (
            found.group("y1") or found.group("y2") or found.group("y3"),
            found.group("m1") or found.group("m2") or found.group("m3"),
            found.group("d1") or found.group("d2") or found.group("d3"),
        )
        number = int(month) if month.isdigit() else MONTHS[month.lower()[:3]]
        if 1 <= number <= 12 and 1 <= int(day) <= 31:
            return f"{year}-{number:02d}-{int(day):02d}"
    # No day's date: a month's, in the title or a heading of an issue or a roundup that names
    # itself by it ("## Open Weights Weekly — April 2024 roundup"), or in a byline ("*by Ana
    # Ruiz · March 2026*"); not a card's title ("# Kite-2 · December 2023 release": the model's
    # month), a list item or a row
    for i, line in enumerate(lines):
        if (
            len(line) > DATELINE_LENGTH
            or NOT_DATELINE.match(line)
            or not BYLINE_OPENING.match(line)
            and ((i and not line.lstrip().startswith("#")) or not ISSUE_WORD.search(line))
        ):
            continue
        found = DATE.search(line)
        if found is not None and (
            BYLINE_OPENING.match(line) or not NOT_ISSUE_MONTH.search(line, 0, found.start())
        ):
            return f"{found['year']}-{MONTHS[found['month'].lower()[:3]]:02d}"
    return None


def month_of(match) -> float:
    """A date match's month as ``YYYYMM``.

    >>> month_of(DATE.search("released in Sept. 2023"))
    202309.0
    """
    return float(int(match["year"]) * 100 + MONTHS[match["month"].lower()[:3]])


def find(
    text: str, context, written: str | None = None, sizes: Sequence[Fact] = ()
) -> list[Fact]:
    """The release dates ``text`` ties to a model (see the module docstring). ``written``, the
    document's own date ("2021-09-10"), gives a month said without its year ("NAVER announced
    HyperCLOVA in May") the year of the latest such month up to that date; ``sizes``, the
    size facts read from the text, name the members a dated list item releases by their size
    alone ("2. May 2019: a 355M-parameter version" of GPT-2)."""
    facts = []
    tables = None  # the Markdown tables' rows, read at the first date that may be in one
    piped = "|" in text  # (a row needs a pipe: asked once, not at each date of a long text)
    other_columns: frozenset[int] = frozenset()  # their columns of dates that are no release
    spans: list[tuple[int, int, int]] | None = None  # where their headers and bodies are
    dates: list = [(m, month_of(m)) for m in DATE.finditer(text)]
    if "-" in text or "." in text or "/" in text:
        dates += [(m, _numeric_month(m)) for m in NUMERIC_DATE.finditer(text)]
    if "/" in text:
        dates += [(m, _numeric_month(m)) for m in _month_first_dates(text)]
    written_month = _year_month(written)
    if written_month is not None:
        this_month = float(written_month[0] * 100 + written_month[1])
        dates += [
            (m, _relative_month(m, written, this_month, text))
            for m in RELATIVE_DAY.finditer(text)
            if not DATE_AFTER_WEEKDAY.match(text, m.end(), m.end() + 24)  # ("on Saturday, April 5")
        ]
        dates += [
            (m, None)  # its year is looked for once it dates a model
            for m in MONTH_ALONE.finditer(text)
            if m.group("month") != "May"
            or MAY_AS_MONTH.search(text, max(0, m.start() - 4), m.start())  # not "May be"
        ]
    dates.sort(key=lambda d: d[0].start())
    for match, month in dates:
        day = match.re is not RELATIVE_DAY and DAY_BEFORE.search(
            text[max(0, match.start() - 8) : match.start()]
        )
        start = match.start() - (len(day.group()) if day else 0)
        end = match.end()
        if match.re is MONTH_ALONE and (day_after := DAY_AFTER.match(text, end, end + 6)):
            end = day_after.end()  # "(April 30)", "released July 11": the day is the date's
        heads_item = match.re is not RELATIVE_DAY and (  # ("This week we revisit ...")
            ITEM_HEAD.search(text, max(0, start - 30), start) is not None
        )
        models = _list_head(text, start, end, context) if heads_item else []
        if heads_item and not models and sizes:
            models = _sized_item(text, start, end, context, sizes)
        rule = "date-list-item"
        if not heads_item:  # (an item's date dates what the item releases, or nothing)
            model, rule = _bracketed_after(text, start, end, context), "date-bracket"
            if model is None and match.re is MONTH_ALONE:
                model, rule = _month_before_name(text, start, end, context), "date-before-name"
            if model is not None and match.re is MONTH_ALONE and _not_a_release_day(
                text, model, end, context
            ):
                model = None
            if model is None and piped:
                if tables is None:  # (read them once)
                    tables = (
                        context.tables
                        if context.tables is not None
                        else table_rows(text, context.timeout)
                    )
                    other_columns = _other_date_columns(text)
                model, rule = _table_row(text, start, end, context, tables, other_columns), (
                    "table-row"
                )
                if model is not None and _score_like(match):
                    if spans is None:  # (found once, not looked back for at each row)
                        spans = table_spans(text)
                    header = header_over(text, start, spans)
                    if header is None or not DATE_HEADER.search(header[1]):
                        model = None  # "| **Kite-VL-34B** | 81.1 | 2050.2 |" under "| MME |"
            if model is None and RELEASE_LABEL_BEFORE.search(text, max(0, start - 30), start):
                models, rule = _page_model(start, context), "date-label"
            elif model is None and ("month" in match.groupdict() or match.group(0).count(
                match.group("sep")
            ) == 2):  # a day written in numbers is a date, not a version: "on 2025-02-18"
                models = _sized_subject(text, start, context)  # "the 9B and 27B shipped in June"
                models, rule = models or _released(text, start, context), "release-verb"
                if text.startswith(("'s", "\u2019s"), end):
                    models = []  # a month that owns a thing, no release's date: "GPT-5 landed
                    # two days later, and July's Chinese MoE wave is still settling"
                if models and match.re is RELATIVE_DAY and not _verb_near(text, start, end):
                    models = []  # "This week we revisit how Meta released Llama 2"
            else:
                models = [model] if model is not None else []
            if not models and month is not None:
                models, rule = _released_under(text, start, end, context), "date-heading"
            if not models and HEADING_HEAD.search(text, max(0, start - 12), start):
                # a story's heading that opens with its date: "### 15 Jan — MiniMax-Text-01"
                # (not one that compares: "## June 2025: Llama 4 Maverick vs Qwen3")
                models, rule = _list_head(text, start, end, context), "date-heading"
        if models and month is None and written_month is not None and (
            rule == "date-bracket" and match.re is MONTH_ALONE
        ):
            # a bracket's month and day is the recent past of the issue that gives it, whatever
            # year the paragraph named before ("against DeepSeek-V3 (December 26, 2024) and
            # Qwen2.5-Max (January 28)" in a June 2025 issue is January 2025)
            number = MONTHS[match["month"].lower()[:3]]
            year = written_month[0] - (1 if number > written_month[1] else 0)
            month = float(year * 100 + number)
        elif models and month is None and written_month is not None:
            # (an item's head reads no year from the items before it: "- Mar 24: ... a 6B model
            # from 2021" is no year of the next item's "- Apr 11: ...")
            month = _month_of_section(text, match, written_month, heads_item)
        if month is None:
            continue
        s_start, s_end = context.sentences.span(start)
        sentence = text[s_start:s_end]
        for model in models:
            facts.append(
                Fact(
                    kind="released", value=month, unit="month", model=model,
                    organization=context.organization_for(model, s_start, s_end),
                    qualifier=None, start=start, end=match.end(), sentence=sentence.strip(),
                    sentence_start=s_start + len(sentence) - len(sentence.lstrip()), rule=rule,
                )
            )  # fmt: skip
    return _nearest_the_verb(text, facts)


def _nearest_the_verb(text: str, facts: list[Fact]) -> list[Fact]:
    """Of the dates a release verb gave one model in one sentence, the one nearest after a verb:
    "Mistral AI, the startup that raised a seed in June, released its first model on
    Wednesday" dates the release on Wednesday, not in June."""
    by_sentence: dict[tuple, list[Fact]] = {}
    for f in facts:
        if f.rule == "release-verb":
            by_sentence.setdefault((f.sentence_start, f.model), []).append(f)
    verbs_of: dict[int, list[int]] = {}  # a sentence's verbs, found once however many models
    dropped: set[int] = set()
    for (s_start, _), found in by_sentence.items():
        if len({f.value for f in found}) < 2:
            continue
        if s_start not in verbs_of:
            s_end = s_start + len(found[0].sentence)
            verbs_of[s_start] = [m.start() for m in RELEASE_VERB.finditer(text, s_start, s_end)]
        verbs = verbs_of[s_start]
        if not verbs:
            continue
        distances = [_after_verb(f.start, verbs, len(text)) for f in found]
        nearest = found[distances.index(min(distances))]
        dropped.update(id(f) for f in found if f.value != nearest.value)
    return [f for f in facts if id(f) not in dropped] if dropped else facts


def _after_verb(start: int, verbs: list[int], far: int) -> int:
    """How far a date at ``start`` follows the nearest verb before it (``verbs`` in order); a
    date before every verb comes after all that follow one ("released X on Monday" before
    "raised in June, released")."""
    i = bisect_right(verbs, start)
    return start - verbs[i - 1] if i else far + verbs[0] - start


# What a model is described as: "OctoCoder, an instruction-tuned StarCoder, released".
DESCRIBED_AS = regex.compile(r"(?ri)\ban?\s+(?:[\w-]+\s+){0,3}\Z")
# A model whose parts an item publishes, not the model: "We published the data pipeline and all
# 140 intermediate checkpoints of OpenMoth-7B".
PARTS_OF = regex.compile(
    r"(?ri)(?:\b(?:checkpoints|logs|pipeline|code|paper|report|card|quantizations|evaluations?)"
    # ... or a new version of it, or a first of its kind in its family: "the updated version of
    # Qwen3-235B-A22B thinking mode, named ...-2507", "the first MoE model of Qwen: ..."
    r"|\b(?:updated|new|newer|improved|refreshed|latest)[ \t]+(?:version|iteration)|\brefresh"
    r"|\b(?:first|second|third)[ \t]+(?:[\w-]+[ \t]+)?models?)[ \t]+of[ \t]+(?:the[ \t]+)?\Z"
    r"|[0-9]%[ \t]+(?:of[ \t]+)?\Z"  # ... or a model it is measured against: "with 90% ChatGPT
)  # Quality"


def _relative_month(match, written: str | None, this_month: float, text: str) -> float:
    """The month of "on Saturday" (the latest such day up to the document's date: a Friday
    2 May's Saturday is 26 April; after "will" the next one), "this week" or "today", as
    ``YYYYMM``."""
    weekday = match["month"].split()[-1].lower()
    day = WRITTEN_DATE.match(written) if isinstance(written, str) else None
    if weekday not in WEEKDAYS or day is None or day[3] is None:
        return this_month
    try:
        date = datetime.date(int(day[1]), int(day[2]), int(day[3]))
    except ValueError:
        return this_month
    if FUTURE_BEFORE.search(text, max(0, match.start() - 40), match.start()):
        date += datetime.timedelta(days=(WEEKDAYS.index(weekday) - date.weekday()) % 7)
    else:
        date -= datetime.timedelta(days=(date.weekday() - WEEKDAYS.index(weekday)) % 7)
    return float(date.year * 100 + date.month)


def _year_month(written: str | None) -> tuple[int, int] | None:
    """ "2021-09-10" as (2021, 9); None for no date."""
    found = WRITTEN_DATE.match(written) if isinstance(written, str) else None
    return (int(found[1]), int(found[2])) if found else None


def _month_of_section(
    text: str, match, written: tuple[int, int], heads_item: bool = False
) -> float | None:
    """A month named without its year, as ``YYYYMM``: in the year its paragraph last names, or
    else its section's heading ("## 2023: the open wave ... Meta released Llama 2 in July"),
    else in the year of the document's date, when it is not later than that date (May in a
    September 2021 newsletter is May 2021; July in a June one is another year's, or a later
    edit's, and is not read, unless it is "last July"). A year an earlier paragraph names in
    passing ("GPT-2, released during 2019") is not the year of the next story's "July 28"."""
    number = MONTHS[match["month"].lower()[:3]]
    # looking back no further than YEAR_REACH (bounded: a long text with no heading and many
    # months would make each look-back the whole text)
    reach = max(0, match.start() - YEAR_REACH)
    paragraph = max(last_before(text, "\n\n", match.start()) + 2, reach)
    if heads_item:
        paragraph = max(paragraph, last_before(text, "\n", match.start()) + 1)
    heading = last_before(text, "\n#", match.start()) + 1
    years = _years(text, paragraph, match.start(), written)
    if (
        years
        and _told_as_after(text, paragraph, match.start())
        and _a_later_month_of(years[-1], number, text, paragraph, match.start())
    ):  # "... on the map in September 2023. Then on July 24 it announced": a month told as
        # coming after a later one is in the year after (not "Kite-2 in September 2023, six
        # months after it released Kite-1 in March")
        years = [years[-1] + 1]
    if not years and reach <= heading < paragraph and text.startswith("#", heading):
        years = _years(text, heading, text.find("\n", heading + 1), written)
    if not years and (entry := _entry_date(text, match.start(), paragraph)) is not None:
        # a dated entry's year: "- v0.5.0 (2024-10-02) — Llama 3.2, which Meta released on
        # September 25" is September 2024 (a month after the entry's is the year before's)
        year, month = entry
        if 1 <= month <= 12 and 1950 <= year <= written[0]:
            years = [year if number <= month else year - 1]
    if not years:  # a year an earlier paragraph opens with: "2024 was our busiest year."
        years = _years(text, max(reach, heading), paragraph, written, YEAR_OPENING)
    if years and years[-1] * 100 + number > written[0] * 100 + written[1]:
        # later than the document itself: "Dec. 30" under "Dec. 28, 2024 – Jan. 3, 2025" in a
        # January issue is the year before, when the text names it; else not read
        if years[-1] - 1 not in years:
            return None
        years[-1] -= 1
    if years:
        return float(years[-1] * 100 + number)
    if number > written[1]:
        # a month after the document's own is last year's when the text says so ("last
        # December") or says it is past ("which Ridgeline released in December", in a February
        # issue); not "due in December"
        before = text[max(0, match.start() - 5) : match.start()].lower()
        if before.endswith("last ") or PAST_RELEASE_BEFORE.search(
            text, max(0, match.start() - 80), match.start()
        ):
            return float((written[0] - 1) * 100 + number)
        return None
    return float(written[0] * 100 + number)


# A past tense of release just before a month: "which Ridgeline released in December", "which
# came out in early December" (a verb with no object right before "in": not "came out on top
# in December", "arrived on our cluster in December").
PAST_RELEASE_BEFORE = regex.compile(
    r"(?i)\b(?:(?:released|launched|shipped|open-sourced|debuted)"
    r"(?:[ \t]+(?!(?:is|are|was|will|would|to|be|plans?|coming|soon)\b)[\w.*-]+){0,3}?"
    r"|came[ \t]+out|arrived|landed|went[ \t]+live)"
    r"[ \t]+(?:in|on|back[ \t]+in)[ \t]+(?:late|early|mid-?)?[ \t]*\Z"
)  # (not "announced Gemini 4 is coming in December", "unveiled plans to open-source X in")


# A list item opening with its date: "- **v0.5.0 (2024-10-02)** —", "- 2024-10-02:",
# "* [2024-10-02]".
ENTRY_HEAD = regex.compile(
    r"[ \t]*(?:[-*+\u2022]|[0-9]{1,2}[.)])[ \t]+[*_`\[(]*(?:v?[0-9][\w.]*[ \t]*[*_`]*[ \t]*\(?)?"
    r"((?:19|20)[0-9]{2})-([01][0-9])(?:-[0-3][0-9])?[)\]*_`]*[ \t]*(?:[:\u2014\u2013-]|\*\*)"
)


def _entry_date(text: str, at: int, paragraph: int) -> tuple[int, int] | None:
    """The year and month of the date a month said without its year is told under: a list
    item's head ("- v0.5.0 (2024-10-02) — ... released on September 25"), else the last full
    date of its paragraph ("Posted 2024-02-20. Heron released Kite-2 on February 18") that is
    no model id's ("gpt-4o-2024-11-20"), no cutoff's and no run's ("last rerun on 2025-01-15")."""
    line = last_before(text, "\n", at) + 1
    head = ENTRY_HEAD.match(text, line, min(at, line + 60))
    if head is not None:
        return int(head[1]), int(head[2])
    for date in reversed(list(WRITTEN_DATE.finditer(text, paragraph, at))):
        if text[date.start() - 1 : date.start()] in ("-", "_", "/", ".") or text[
            date.start() - 1 : date.start()
        ].isalnum():
            continue  # a model id's or a path's: "gpt-4o-2024-11-20"
        if NOT_A_DATELINE_BEFORE.search(text, max(paragraph, date.start() - 30), date.start()):
            continue
        return int(date[1]), int(date[2])
    return None


# What a full date in a paragraph may be instead of the date it is told on.
NOT_A_DATELINE_BEFORE = regex.compile(
    r"(?i)\b(?:cut-?off|rerun|re-run|run|ran|evaluated|measured|pinned|snapshot|as[ \t]+of|until"
    r"|through|up[ \t]+to|since|before|after|deadline|due)\b[^.;\n]{0,16}\Z"
)


# A sentence that tells what came next: "Then on July 24 it announced ...".
AFTERWARDS = regex.compile(r"(?i)\b(?:then|later|next|afterwards|subsequently|finally)\b")
NUMBER_COMMA = regex.compile(
    r"(?<=[0-9])(?<!(?:19|20)[0-9]{2}),(?=[ ]?[0-9])"
)  # a date's comma ("July 18, 2023") or a number's ("1,024"); not "in 2023, 6 months later"
RELATIVE_WORD = regex.compile(r"(?i)\b(?:which|that|who|whose)\b")
SENTENCE_BREAK = regex.compile(r"(?r)[.!?\n]")


def _told_as_after(text: str, paragraph: int, at: int) -> bool:
    """Whether the sentence up to ``at`` tells of what came next ("Four months later, in
    January, ...", "Then, after a long winter of training, Acme finally released ..."), not in
    a clause about something else ("Kite-2, which was later open-sourced, shipped in June")."""
    stop = SENTENCE_BREAK.search(text, paragraph, at)
    begin = stop.end() if stop else paragraph
    cue = AFTERWARDS.search(text, begin, at)
    if cue is None:
        return False
    relatives = list(RELATIVE_WORD.finditer(text, begin, cue.start()))
    relative = relatives[-1] if relatives else None  # the last one before the cue
    # inside the clause unless an odd number of commas closes it before the cue ("Meta, which
    # had released Llama 2 in July 2023, then launched Llama 3 in April"; "On top of that, Acme
    # finally ..."; but "Kite-2, which, as we noted, was later open-sourced, shipped in June")
    if relative is None:
        return True
    between = NUMBER_COMMA.sub("", text[relative.end() : cue.start()])  # ("July 18, 2023,")
    return between.count(",") % 2 == 1


def _a_later_month_of(year: int, number: int, text: str, start: int, end: int) -> bool:
    """Whether the last date in [start, end) that names ``year`` names it with a month later
    than ``number`` ("September 2023" before a bare "July")."""
    dates = list(DATE.finditer(text, start, end))  # (a paragraph's, bounded by YEAR_REACH)
    last = dates[-1] if dates else None
    return (
        last is not None
        and int(last["year"]) == year
        and MONTHS[last["month"].lower()[:3]] > number
    )


def _years(
    text: str, start: int, end: int, written: tuple[int, int], pattern: re.Pattern = YEAR
) -> list[int]:
    """The years ``pattern`` finds in ``text[start:end]`` up to the document's own (not "a
    context of 2048 tokens")."""
    if text.find("19", start, end) == -1 and text.find("20", start, end) == -1:
        return []  # (a quick no: a month's look-back scans up to YEAR_REACH characters)
    years = [int(y) for y in pattern.findall(text, start, end)]
    return [y for y in years if 1950 <= y <= written[0]]


def _month_first_dates(text: str) -> list:
    """The month-first dates of a text that writes its days so ("07/15/2023"): read only when
    one of them has a day past the 12th and none puts a day past the 12th first, since
    "08/09/2023" alone may be the 8th of September."""
    found = list(MONTH_FIRST_DATE.finditer(text))
    if not any(int(m["day"]) > 12 for m in found) or DAY_FIRST_DATE.search(text):
        return []
    return found


def _numeric_month(match) -> float:
    """ "2024-04-18" as ``YYYYMM``: 202404.0."""
    return float(int(match["year"]) * 100 + int(match["number"]))


def _item_span(text: str, start: int, end: int, context) -> tuple[int, int]:
    """Where the text of a list item headed by the date at [start, end) begins, and where what
    it releases ends: before anything they come from or are compared with."""
    head = AFTER_HEAD.match(text, end, end + 12)
    begin = head.end() if head else end
    s_end = context.sentences.span(begin)[1]
    stop = NOT_RELEASED_AFTER.search(text, begin, s_end)
    return begin, stop.start() if stop else s_end


def _list_head(text: str, start: int, end: int, context) -> list[str]:
    """ "- 2024-04-18: Meta Llama 3 released in 8B and 70B sizes": the models a list item
    headed by the date at [start, end) releases (those named before anything they come from
    or are compared with), or, with no release verb, the model the item starts with."""
    begin, item_end = _item_span(text, start, end, context)
    clause = text.find(";", begin, item_end)
    if clause != -1 and (
        OTHER_TIME.search(text, clause, item_end)
        or RELEASE_VERB.search(text, begin, clause)
        and not RELEASE_VERB.search(text, clause, item_end)
        and not AVAILABLE.search(text, clause, item_end)
    ):  # "OLMo 2 7B released; Tülu 3 followed in December": not in November; "Ridgeback-70B
        item_end = clause  # released; Ridgeback-13B weights updated": the clause's release
    named = [
        m
        for m in context.models_between(begin, item_end)
        if m.strong
        and not DESCRIBED_AS.search(text, max(begin, m.start - 40), m.start)
        and not PARTS_OF.search(text, max(begin, m.start - 30), m.start)
    ]
    if not named:
        return []
    if SUPPORT_FOR.search(text, begin, item_end):
        return []  # a tool's news about others' models
    verb = RELEASE_VERB.match(text, begin, item_end)
    if verb is not None and OTHER_ACTION.search(text, verb.end(), item_end):
        # "Released Quill-Coder-15B and refreshed the Quill-Coder-3B weights"
        return _listed_after_verb(text, verb.end(), named) or [named[0].name]
    named = [m for m in named if not _bracketed_after_name(text, m, named)]  # (not "Video" of
    # "LLaVA-NeXT (Video) is released", a note on the name before)
    if _item_says_released(text, begin, item_end):
        supported = SUPPORT_OF.search(text, begin, item_end)
        released = [
            m
            for m in named
            if not (supported is not None and m.start > supported.end())  # ("..., with support
            # of stronger LMM including LLama-3 (8B) and Qwen-1.5 (72B/110B)": bases)
            and not LEVEL_AFTER.match(text, m.end, m.end + 12)  # ("with GPT-4 level ...")
            and not context.is_base(m, context.sentences.span(m.start)[0])  # ("It is built
            # upon SigLIP and Phi-3-Mini-4K 3.8B": what the release is made of)
        ]
        return list(dict.fromkeys(m.name for m in released))
    if PRE_RELEASE.search(text, named[0].end, min(item_end, named[0].end + 30)):
        return []  # "Kiln-Coder-V2 preview opened to 300 waitlist users": not its release
    opens = named[0].start == begin or OWNER_BEFORE_NAME.fullmatch(text, begin, named[0].start)
    if (
        not opens
        or OTHER_NEWS.search(text, named[0].end, item_end)
        or COMPARES.search(text, named[0].end, end_of_line(text, named[0].end))  # (the item's
        # span ends before what its models are compared with)
    ):
        return []  # ("Wren-2-9B, Tern-3B and Kite-7B evaluated on ...": a leaderboard's news;
        # "Llama 4 Maverick vs Qwen3 on our board": a comparison)
    listed = [named[0]]  # "- 2023.11.30: Qwen-72B and Qwen-1.8B.": the names it opens with
    for m in named[1:]:
        if not NAME_LIST_GAP.fullmatch(text, listed[-1].end, m.start):
            break
        listed.append(m)
    return list(dict.fromkeys(m.name for m in listed))


def _sized_item(text: str, start: int, end: int, context, sizes: Sequence[Fact]) -> list[str]:
    """ "2. May 2019: a 355M-parameter version", "- [2024/06] We release the 1.5B and 7B
    models.": the members a list item headed by the date at [start, end) releases by their size
    alone, of the one model the text is about that their facts were given ("GPT-2"), each named
    as the table names it ("GPT-2 355M"). The item must be that release and nothing else said
    of a size: not "Updated the card of the 8B model", "A 128k version of the 70B model is
    out", "the 400B model, if compute allows"."""
    head = AFTER_HEAD.match(text, end, end + 12)
    begin = head.end() if head else end
    s_end = context.sentences.span(begin)[1]
    item = SIZED_RELEASE_ITEM.match(text, begin, s_end)
    if item is None or text[item.end() : s_end].strip(" \t\n.;!"):
        return []
    if item["rest"] and item["rest"].strip(" \t\n.!") and (
        not item["verb"] or not RELEASE_REST.fullmatch(item["rest"].rstrip(" \t\n.!"))
    ):
        return []  # (said of a size, not released: "the 400B model, if compute allows")
    if any(m.strong for m in context.models_between(begin, s_end)):
        return []  # (the item's own names are _list_head's to read)
    said = [
        f
        for f in sizes
        if item.start("sizes") <= f.start < item.end("sizes")
        and f.kind == "parameters"
        and f.qualifier not in ("active", "range")
    ]
    families = {f.model for f in said}
    if not said or len(families) != 1:
        return []
    family = families.pop()
    if family is not None and all(f.rule == "the-size" for f in said):
        return [family]  # "Released the 1.5B model. Kite-Embed-1.5B is ...": the one called so
    if family is None or split_size(family)[1] is not None:
        return []  # (a sized name is the list head's, or its own)
    return list(dict.fromkeys(f"{family} {size_text(f.value)}" for f in said if f.value))


# What may follow a release of members by size: where ("on Hugging Face"), under what terms,
# or how they were trained; not another build or a later time ("quantized to 4-bit", "fine-tuned
# for function calling", "in December, after red-teaming", "if compute allows").
LICENSE = (
    r"(?:an?[ \t]+|the[ \t]+)?(?:[\w.+-]+[ \t]+){0,3}?(?:licen[cs]e|terms)\b"
    r"|(?:apache|mit|bsd|cc-by[\w.-]*|gpl)\b[\w. -]{0,8}"
)
PLATFORM = r"(?:hugging[ \t]?face|hf|github|the[ \t]+hub|hub|modelscope|kaggle|ollama)"
RELEASE_REST = regex.compile(
    r"(?i)(?:[ \t]+(?:on|to|via|through|at)[ \t]+(?:the[ \t]+)?(?:%s"
    r"|our[ \t]+(?:hub|repo|repository|website|api))\b"
    r"|[ \t]+(?:and|or)[ \t]+%s\b"
    r"|,?[ \t]+(?:under|with)[ \t]+(?:%s)"
    r"|[ \t]+(?:today|now|publicly|openly|this[ \t]+week|as[ \t]+open[ \t]+weights)\b"
    r"|,?[ \t]+(?:both|each|all)[ \t]+(?:trained|pretrained|available|with|under|in[ \t]+base)"
    r"[^;,]{0,60}"
    r"|,[ \t]*(?:trained|pretrained|pre-trained)[ \t]+on[^;]{1,80})*"
    % (PLATFORM, PLATFORM, LICENSE)
)
# An item that is a release of members named by size and nothing more: "a 355M-parameter
# version.", "the 774M and 1.5B models.", "We release the 1.5B and 7B models, trained on 3T".
ITEM_SIZE = r"~?[0-9][0-9.,]*[ \t]?(?:[KMBT]|million|billion)"
SIZED_RELEASE_ITEM = regex.compile(
    r"(?i)(?P<verb>(?:we[ \t]+(?:have[ \t]+|['\u2019]ve[ \t]+|are[ \t]+)?)?"
    r"(?:release[sd]?|releasing"
    r"|open-sourc(?:ed?|ing)|launch(?:ed|ing)?|publish(?:ed|ing)?)[ \t]+)?"
    r"(?:the|an?|our)[ \t]+"
    r"(?:(?:full|first|smallest|largest|new|next|bigger|larger|smaller)[ \t]+)?"
    r"(?P<sizes>%s(?:(?:,[ \t]*|[ \t]+and[ \t]+|,[ \t]+and[ \t]+)%s){0,5})"
    r"(?:-parameters?|[ \t]+parameters?)?"
    r"[ \t]+(?:versions?|models?|checkpoints?|variants?)\b(?P<rest>[ \t,][^;]*)?"
    % (ITEM_SIZE, ITEM_SIZE)
)


# Its maker's name before the model an item opens with: "3/ Mar 13: Stanford's Alpaca."
OWNER_BEFORE_NAME = regex.compile(r"[A-Z][\w.&-]*(?:[ \t][A-Z][\w.&-]*){0,2}['\u2019]s?[ \t]+")


# What a release says it works with, and what it compares itself to: not released with it.
SUPPORT_OF = regex.compile(r"(?i)\bsupport(?:s|ing)?[ ](?:of|for)\b")
LEVEL_AFTER = regex.compile(r"[*_`]*[ -](?:level|class|grade)\b")
NOTE_BRACKET_GAP = regex.compile(r"[*_`]*[ \t]*\([ \t*_`]*")


def _bracketed_after_name(text: str, mention, named) -> bool:
    """Whether ``mention`` is a plain word that opens a bracket right after another of the
    ``named``: "LLaVA-NeXT (Video)", a note on that name (not "... (Mistral Small 3.1)", its
    other name)."""
    return " " not in mention.name and not any(c.isdigit() for c in mention.name) and any(
        0 <= mention.start - m.end <= 8 and NOTE_BRACKET_GAP.fullmatch(text, m.end, mention.start)
        for m in named
        if m is not mention
    )


def _item_says_released(text: str, begin: int, end: int) -> bool:
    """Whether a list item's text at [begin, end) says something was released: a release verb,
    or "is out", "now available", "First release"."""
    return bool(RELEASE_VERB.search(text, begin, end) or ITEM_RELEASE.search(text, begin, end))


# A heading that is a version and its date, as changelogs write them: "### v0.2.0 (2024-08-02)",
# "## [1.2.0] - 2024-08-02", "## 2024-08-02".
DATED_HEADING = regex.compile(
    r"[ \t]*#{1,6}[ \t]+(?:\[?v?[0-9]+(?:\.[0-9]+)*\]?[ \t]*(?:[-\u2013\u2014:][ \t]*)?)?\(?\Z"
)
SECTION_REACH = 3000  # how far below its heading a changelog entry's items are read


def _released_under(text: str, start: int, end: int, context) -> list[str]:
    """The models a changelog's dated heading releases: those of the list items under it that
    say they are released ("### v0.2.0 (2024-08-02)" over "- Released **Ferrule-Coder-3B**
    and **Ferrule-Coder-7B**."), up to the next heading."""
    line = last_before(text, "\n", start) + 1
    line_end = text.find("\n", end, end + LINE_REACH)
    if line_end == -1 or not DATED_HEADING.fullmatch(text, line, start):
        return []
    if text[end:line_end].strip(" \t)"):
        return []
    if not LIST_ITEM_START.match(text, line_end + 1, line_end + 12):
        return []
    section_end = text.find("\n#", line_end, line_end + SECTION_REACH)
    section_end = min(len(text), line_end + SECTION_REACH) if section_end == -1 else section_end
    names: list[str] = []
    for item in LIST_ITEM_LINE.finditer(text, line_end + 1, section_end):
        begin, stop = item.span(1)
        if not _item_says_released(text, begin, stop):
            continue
        if SUPPORT_FOR.search(text, begin, stop):
            continue  # "- Released support for Llama 3.1 8B"
        cut = NOT_RELEASED_AFTER.search(text, begin, stop)
        for m in context.models_between(begin, cut.start() if cut else stop):
            if m.strong and m.name not in names and not _a_kind_of(text, m):
                names.append(m.name)
    return names


# What a model was built from, named before it: "built from the research behind Gemini 2.0".
BEHIND_BEFORE = regex.compile(
    r"(?i)\b(?:research|technology|tech|work|science|ideas)\s+behind\s+\Z"
)
RELATIVE_OPENING = regex.compile(r"(?i)[ \t]*(?:which|that|who)\b")
SINCE_BEFORE = regex.compile(r"(?i)\b(?:since|until|till)[ \t]+(?:the[ \t]+)?[*_`]*\Z")
LIST_ITEM_START = regex.compile(r"[ \t]*\n?[ \t]*[-*+][ \t]")
LIST_ITEM_LINE = regex.compile(r"(?m)^[ \t]*[-*+][ \t]+([^\n]*)")


def _month_before_name(text: str, start: int, end: int, context) -> str | None:
    """ "Alibaba followed its August Qwen-7B with Qwen-14B", "the reasoning version of the July
    K2": the model a month names as an adjective, after "its", "the", "their" or a maker's "'s"
    (not "the August release of X": a model right after the month)."""
    if not MONTH_OWNER_BEFORE.search(text, max(0, start - 30), start):
        return None
    gap = MONTH_NAME_GAP.match(text, end, end + 4)
    mention = context.mention_starting(gap.end()) if gap is not None else None
    if mention is None or not mention.strong:
        return None
    if NOT_RELEASE_AFTER_NAME.match(text, mention.end, mention.end + 20):
        return None  # "the March Qwen2.5-72B checkpoint": a checkpoint's month, not the model's
    return mention.name


# An item or a heading that compares its models: "- 2025-06-02: Llama 4 Maverick vs Qwen3 on our
# board", "## June 2025: Llama 4 Maverick vs Qwen3" (its story is no release).
COMPARES = regex.compile(r"(?i)\b(?:vs|versus|compared|against|head[- ]to[- ]head)\b")
HEADING_HEAD = regex.compile(r"(?:^|\n)[ \t]*#{1,6}[ \t]+(?:\*\*|__)?\Z")  # "### " before a date
MONTH_OWNER_BEFORE = regex.compile(
    r"(?:\b(?:[Ii]ts|[Tt]heir|[Tt]he)|[A-Z][\w.&-]*['\u2019]s)[ \t]+\Z"
)
MONTH_NAME_GAP = regex.compile(r"[ \t]+[*_`]*")
# What a month before a name may date instead of the model: "the March Qwen2.5-72B checkpoint",
# "its May Kite-7B update", "the June Owl-2 run".
NOT_RELEASE_AFTER_NAME = regex.compile(
    r"(?i)[*_`]*[ \t]+(?:checkpoints?|snapshots?|updates?|refresh(?:es)?|runs?|builds?|weights"
    r"|previews?|patch(?:es)?|revisions?|iterations?)\b"
)


def _bracketed_after(text: str, start: int, end: int, context) -> str | None:
    """ "Phi-2 (2.7B, December 2023)": the model named right before the bracket."""
    if not BRACKET_AFTER_DATE.match(text, end, end + 3):
        return None
    opening = BRACKET_BEFORE_DATE.search(text, max(0, start - 48), start)
    if opening is None:
        return None
    gap = SPACES_BEFORE.search(text, max(0, opening.start() - 6), opening.start())
    end = gap.start() if gap else opening.start()
    aside = APPOSITIVE_BEFORE_BRACKET.search(text, max(0, end - 50), end)
    if aside is not None:  # "Sable-1-13B, the previous generation (April 2024)"
        end = aside.start()
    mention = context.mention_ending(start, end)
    if mention is None:
        # A heading's subtitle between its model and the bracket: "### CPM: a large Chinese
        # model (Tsinghua University and BAAI, November)"
        line = last_before(text, "\n", start) + 1
        named = context.models_between(line, start)
        if (
            named
            and (named[0].strong or named[0].name.isupper())  # (an acronym: "CPM")
            and HEADING_OPENING.fullmatch(text, line, named[0].start)
            and SUBTITLE_AFTER.match(text, named[0].end, end)
            # (not a write-up's date: "## Kite-7B: one year on (July 2025)", "evaluation results")
            and not WRITE_UP_SUBTITLE.search(text, named[0].end, end)
            and len({m.name for m in named}) == 1
        ):
            return named[0].name
    if mention is not None and UPDATED_TO_BEFORE.search(
        text, max(0, mention.start - 80), mention.start
    ):
        return None  # an update's date: "OpenAI added native image generation to GPT-4o (March 25)"
    return mention.name if mention is not None and mention.strong else None


def _not_a_release_day(text: str, model: str, end: int, context) -> bool:
    """Whether a bracketed month and day ending at ``end`` after ``model`` is some other day of
    it: a score's ("DeepSeek-R1 (May 28) 73.3"), a snapshot's ("**GPT-4o** (March 27): the
    latest GPT-4o snapshot"), a deprecation's ("deprecated GPT-4.5 Preview (April 14)"), an
    event's ("LlamaCon (April 29)")."""
    close = BRACKET_AFTER_DATE.match(text, end, end + 3)
    after = close.end() if close else end
    if SCORE_AFTER.match(text, after, after + 12) or EVENT_NAME.search(model):
        return True
    s_start, s_end = context.sentences.span(after)
    return (
        NOT_RELEASE_WORDS.search(text, after, min(s_end, after + 160)) is not None
        or NOT_RELEASE_WORDS.search(text, max(s_start, end - 80), end) is not None
    )  # (before it too: "OpenAI deprecated GPT-4.5 Preview (April 14)")


SCORE_AFTER = regex.compile(
    r"[ \t*]*[:|]?[ \t*]*[0-9]+(?:[.,][0-9]+)?(?![0-9.,]*[ \t-]*[BMKT]\b|[0-9.,]*-[A-Z])"
)  # (a score, not a size: "(April 5) 17B active")
EVENT_NAME = regex.compile(r"(?:Con|Conf|Summit|Day|Week|Expo)\Z")
NOT_RELEASE_WORDS = regex.compile(
    r"(?i)\b(?:snapshot|patch(?:ed)?|hotfix|event|keynote|conference|webinar|talk|workshop"
    r"|deprecat\w*|retir\w*|sunset\w*|original|now[ \t]+(?:draws|supports|handles|runs|accepts|has)"
    r"|no[ \t]+new[ \t]+model)\b"
)  # (not "update": "a big update over Gemini 2.0" is how a release is described)
UPDATED_TO_BEFORE = regex.compile(
    r"(?i)\b(?:added|adds|brought|brings|gave|gives|pushed|pushes|shipped|ships)\b[^.;()\n]{0,60}"
    r"\bto[ \t]+(?:the[ \t]+)?\Z"
)
HEADING_OPENING = regex.compile(r"[ \t]*#{1,6}[ \t]+[*_`]*")
WRITE_UP_SUBTITLE = regex.compile(
    r"(?i)\b(?:on|later|results?|notes?|review|update[sd]?|evaluations?|retrospective"
    r"|look[ \t]+back|lessons|benchmarks?|changelog|v[0-9]+(?:\.[0-9]+)*)\b"
)
SUBTITLE_AFTER = regex.compile(r"[*_`]*[ \t]*(?::|[ \t][\u2013\u2014-])[ \t]")


# A table column of dates that are not releases: "| Knowledge cutoff |", "| Data up to |".
OTHER_DATE_HEADER = regex.compile(r"(?i)cutoff|knowledge|data\s+(?:up\s+)?(?:to|until)|updated")
HEADER_LINE = regex.compile(r"(?m)^[ \t]*\|(?P<cells>[^\n]*)\|[ \t]*\n[ \t]*\|?[ \t]*:?-{3,}")
LINE_REACH = 5000  # how far a table row's line is looked along for its end
ROW_START = regex.compile(r"\s*\|")


def _other_date_columns(text: str) -> frozenset[int]:
    """The column numbers (from 0) that any Markdown table of ``text`` heads with a date that
    is not a release ("| Knowledge cutoff |")."""
    if not OTHER_DATE_HEADER.search(text):
        return frozenset()
    columns = set()
    for header in HEADER_LINE.finditer(text):
        for i, cell in enumerate(header.group("cells").split("|")):
            if OTHER_DATE_HEADER.search(cell):
                columns.add(i)
    return frozenset(columns)


# A column of dates by its header: "| Released |", "| Date |", "| Month |".
DATE_HEADER = regex.compile(
    r"(?i)\b(?:dates?|released?|releases|months?|published|launch(?:ed)?|when|updated|added)\b"
)


def _score_like(match) -> bool:
    """A date written as a number with one dot and no day, which a score may be: "2024.6"."""
    return match.re is NUMERIC_DATE and match.group("sep") == "." and match.group(0).count(".") == 1


def _table_row(
    text: str, start: int, end: int, context, rows, other_columns: frozenset[int]
) -> str | None:
    """ "| Phi-2 | Microsoft | Dec 2023 | 2.7B |": the row's first model, when the date fills a
    cell of its own that is not in ``other_columns``."""
    line_start = last_before(text, "\n", start) + 1
    if start - line_start > LINE_REACH:
        return None  # no table's row is that long (and reading back to its start at each date
        # of a long line was quadratic)
    line_end = text.find("\n", end, end + LINE_REACH)
    line_end = min(len(text), end + LINE_REACH) if line_end == -1 else line_end
    if not ROW_START.match(text, line_start, line_end):
        return None
    if text.count("|", line_start, start) - 1 in other_columns:
        return None  # "| Knowledge cutoff |": a date, but not the release's
    before = text[text.rfind("|", line_start, start) + 1 : start]
    after_bar = text.find("|", end, line_end)
    if before.strip() or after_bar == -1 or text[end : after_bar].strip():
        return None
    if under_data_heading(text, line_start):
        return None  # a data set's row: "| starcoderdata | 2023/05 |" under "## Open datasets"
    models = [m for m in context.models_between(line_start, start) if m.strong]
    if models:
        return models[0].name
    # a name no shape or lexicon knows, in the table's model column: "| Codestral | ... |"
    for row in rows or ():
        if row.start <= start < row.end and row.model is not None:
            return text[row.model.start : row.model.end] or None
    return _column_model(text, line_start, start, context)


# The label of a table row of release dates: "| Released |", "| Release date |".
RELEASE_LABEL = regex.compile(
    r"(?i)[ \t]*\|[ \t]*\**(?:released|release(?:[ \t]+date)?|launch(?:ed|[ \t]+date)?|date)"
    r"\**[ \t]*\|"
)
TABLE_REACH = 40  # how many rows up a turned table's header is looked for
TURNED_ROW_REACH = 2000  # how far along its row a turned table's date may sit


def _column_model(text: str, line_start: int, start: int, context) -> str | None:
    """In a table turned on its side (a model per column), the model heading the date's column
    of a "| Released |" row: "| | Tern-8B | Tern-42B-A6B |" over "| Released | January 2025 |
    March 2025 |"."""
    if not RELEASE_LABEL.match(text, line_start, line_start + 40):
        return None
    if start - line_start > TURNED_ROW_REACH:
        return None  # (a row this wide is no model card's: not counted cell by cell)
    column = text.count("|", line_start, start) - 1
    line = line_start
    for _ in range(TABLE_REACH):
        if line == 0:
            return None
        above = last_before(text, "\n", line - 1) + 1
        if not text[above:line].lstrip().startswith("|"):
            return None
        if SEPARATOR_ROW.match(text, above, line):
            header = last_before(text, "\n", above - 1) + 1
            cells = text[header : above - 1].strip().strip("|").split("|")
            if column >= len(cells) or cells[0].strip(" *"):
                return None  # not a turned table: its first header cell names the column
            offset = text.index("|", header, above) + 1 + sum(len(c) + 1 for c in cells[:column])
            named = context.models_between(offset, offset + len(cells[column]))
            return named[0].name if named and named[0].strong else None
        line = above
    return None



# The members a clause releases by their sizes alone, right before its verb: "Google's Gemma 2
# lineup is complete: the 9B and 27B shipped in June; the 2B followed on July 31".
SIZED_SUBJECT = regex.compile(
    r"(?i)\b(?:the|its|their)[ \t]+(?P<sizes>[0-9][0-9.]*[MBT](?:(?:,[ \t]*|[ \t]+and[ \t]+"
    r"|,[ \t]+and[ \t]+)[0-9][0-9.]*[MBT]){0,5})(?:[ \t]+(?:models?|versions?|variants?"
    r"|checkpoints?|ones))?[ \t]+(?:(?:were|was|have[ \t]+been|had[ \t]+been|then|also|later)"
    r"[ \t]+)*\Z"
)
SIZE_WRITTEN = regex.compile(r"[0-9][0-9.]*[MBT]")  # (not a context's "128K")


def _sized_subject(text: str, start: int, context) -> list[str]:
    """The members a release verb's clause names by their sizes alone, of the one family its
    sentence named before them: "Google's Gemma 2 lineup is complete: the 9B and 27B shipped in
    June; the 2B followed on July 31" dates Gemma 2 9B and 27B to June, Gemma 2 2B to July (each
    named as the table names it)."""
    s_start, _ = context.sentences.span(start)
    verbs = list(RELEASE_VERB.finditer(text, max(s_start, start - 40), start))
    if not verbs:
        return []
    verb = verbs[-1]  # the verb the date follows
    sized = SIZED_SUBJECT.search(text, max(s_start, verb.start() - 60), verb.start())
    if sized is None:
        return []
    named = [m for m in context.sentence_models(start) if m.strong and m.end <= sized.start()]
    families = {split_size(m.name)[0] for m in named}
    if len(families) != 1 or not any(split_size(m.name)[1] is None for m in named):
        return []  # (the one family the sentence names, never another's sizes: "Kite 3 beats
        # Owl-7B and Owl-70B; the 7B and 70B were released in July 2023")
    family = next(m.name for m in named if split_size(m.name)[1] is None)
    return [f"{family} {size.group()}" for size in SIZE_WRITTEN.finditer(sized["sizes"])]


# A family's name used for a kind of model: "released a Gemini model for computer control".
A_BEFORE_NAME = regex.compile(r"(?i)\ban?[ ]+[*_]*\Z")
MODEL_AFTER_NAME = regex.compile(r"[*_]*[ ]+(?:model|LLM)\b")


def _a_kind_of(text: str, mention) -> bool:
    """Whether a name is said as a kind of model ("a Gemini model"), not as a model released."""
    return bool(
        A_BEFORE_NAME.search(text, max(0, mention.start - 6), mention.start)
        and MODEL_AFTER_NAME.match(text, mention.end, mention.end + 12)
    )


def _released(text: str, start: int, context) -> list[str]:
    """A release verb and one model in the date's sentence: "Meta released Llama 2 in July
    2023"; of several, the one the date follows ("released phi-3-mini in April 2024 and
    followed with phi-3-small in May 2024"); of none, the model the text is about when the
    sentence speaks of it ("All three variants were released in March 2025")."""
    s_start, s_end = context.sentences.span(start)
    verb = RELEASE_VERB.search(text, s_start, s_end)
    if not verb:
        return []
    if (
        verb.start() > start
        and ASIDE_BEFORE_DATE.search(text, max(s_start, start - 100), start)
        and text.find(",", start, verb.start()) != -1
    ):
        return []  # an aside's time: "Gannet Systems, which raised $25M in January, released"
    if OTHER_EVENT_BEFORE.search(text, max(s_start, start - 30), start):
        return []  # a data cutoff or a training run: "data collected up to December 2023"
    models = [
        m
        for m in context.sentence_models(start)
        if m.strong
        and not _a_kind_of(text, m)
        and not (
            SINCE_BEFORE.search(text, max(s_start, m.start - 12), m.start)
            and (
                m.start > verb.start()
                or (comma := text.find(",", m.end, verb.start())) != -1
                and text[comma + 1 : verb.start()].strip(" *_`")
                and not RELATIVE_OPENING.match(text, comma + 1, verb.start())
            )
        )
    ]  # (not a model the time is counted from: "OpenAI released open weights on August 5, its
    # first since GPT-2", "For the first time since GPT-2, OpenAI released ..."; but "since
    # Llama 2 dropped last July" and "since GPT-3, released in May 2020, ..." date it)
    if verb.group().lower() == "out":
        # an aside's "out" dates the name it follows: "Its **Aurelia-34B**, out in May, was
        # trained ..." (and nothing when that is no model's: "The first Dolly, out in late
        # March, had been a fine-tune of GPT-J 6B")
        comma = text.rfind(",", s_start, verb.start())
        gap = SPACES_BEFORE.search(text, max(s_start, comma - 6), comma)  # (a bold name's marks)
        named = context.mention_ending(start, gap.start() if gap else comma)
        return [named.name] if named is not None and named.strong else []
    if verb.group().lower().startswith("followed") and start - verb.end() <= 12:
        # "GPT-2 Medium (355M) followed in May 2019": the name right before it, not one the
        # subject speaks of ("Community fine-tunes of Kite-2 followed in May 2024"); or the one
        # right after the date: "DeepMind followed in December 2021 with Gopher"
        subject = [
            m
            for m in models
            if m.end <= verb.start()
            and (
                FOLLOWED_AFTER.match(text, m.end, verb.end())
                or APPOSED_BEFORE.search(text, max(s_start, m.start - 4), m.start)
                and APPOSED_FOLLOWED.fullmatch(text, m.end, verb.end())
            )  # ("Its larger sibling, Mixtral 8x22B, followed in April 2024"; a model in the
            # aside is not "followed" but by a comma: "Kite-3, which beats GPT-4o, followed")
            and not OF_BEFORE_NAME.search(text, max(s_start, m.start - 12), m.start)
            and not any(
                o.strong and m.end < o.start < verb.start()
                and COORDINATED.fullmatch(text, m.end, o.start)
                for o in models
            )
        ]  # (not "CodeGemma, then Gemma 2, followed in June 2024": which of the two?)
        if subject:
            return [subject[-1].name]
        after = [m for m in models if start < m.start <= start + 40]
        if after and WITH_BEFORE_NAME.search(text, start, after[0].start) and (
            "," not in text[start : after[0].start]
            or NAME_ENDS_CLAUSE.match(text, after[0].end, after[0].end + 30)
        ):  # "DeepMind followed in December 2021 with Gopher", "Mistral 7B, followed in
            # December 2023 by Mixtral 8x7B", "Mistral AI followed in December 2023, with
            # Mixtral 8x7B" (not "..., with Llama 3.2 in September")
            return [after[0].name]
        return []
    if IT_RELEASED.search(text, s_start, start):
        # "Ledgerline built it and released it in January 2025 as a LoRA fine-tune of X": "it"
        # is what was released, not the model it was built on (and no other guess)
        built = [m for m in models if not context.is_base(m, s_start)]
        if len(built) < len(models) and not built:
            return []
        models = built
    names = {m.name for m in models}
    if len(names) > 1:
        # A name that calls a line, not a release: "Qwen3 is the third generation of the Qwen
        # language model series, released on April 29, 2025" dates Qwen3
        one = [
            m for m in models
            if not (
                LINE_AFTER.match(text, m.end, m.end + 40)
                and OF_BEFORE_NAME.search(text, max(s_start, m.start - 12), m.start)
            )
            and not BEHIND_BEFORE.search(text, max(s_start, m.start - 30), m.start)
        ]  # fmt: skip (nor what it was built from: "built from the research behind Gemini 2.0")
        copula = COPULA_AFTER.match(text, one[0].end, one[0].end + 60) if one else None
        if (
            copula is not None
            and len({m.name for m in one}) == 1
            and (  # (an appositive's own line: "Qwen3, the third generation of the Qwen
                # series"; not "Owl-7B, the newest member of our family, outperforms every
                # model of the Kite 2 family")
                not copula.group().lstrip("*_`").startswith(",")
                or any(copula.end() <= m.start <= copula.end() + 12 for m in models if m not in one)
            )
        ):  # (the subject is that line's model; not "Mistral 7B outperforms every model of the
            # Llama 2 family, released in July 2023", the family's date)
            models, names = one, {one[0].name}
    if len(names) == 1:
        return [names.pop()]
    if names:
        before = [m for m in models if m.end <= start]
        listed = len(before) > 1 and NAME_LIST_GAP.fullmatch(text, before[-2].end, before[-1].start)
        if (
            before
            and not listed
            and DATE_AFTER_NAME.fullmatch(text, before[-1].end, start)
            and not (
                SAID_OF_NAME_BETWEEN.search(text, before[-1].end, start)
                and OF_BEFORE_NAME.search(
                    text, max(s_start, before[-1].start - 12), before[-1].start
                )
            )
        ):  # (not "Llama 2 and Code Llama in July 2023": whose? nor "The paper comparing Kite-2
            # with Owl-3 was released in May 2024", "compared with the Owl-2 models in June":
            # what came out is the name's subject, not an object's)
            return [before[-1].name]
        aside = (
            LIST_RELEASED_ASIDE.fullmatch(text, before[-1].end, start)
            if listed and start > verb.start()
            else None
        )
        if aside is not None:
            # "Meta's LLaMA 65B and LLaMA 7B, released in February 2023, were trained on ...":
            # each of the list the aside follows, when the list is the sentence's subject (or
            # the aside says "both", "all"); not "Our baselines are A, B and C, released in ..."
            i = len(before) - 1
            while i > 0 and NAME_LIST_GAP.fullmatch(text, before[i - 1].end, before[i].start):
                i -= 1
            subject = LIST_SUBJECT_OPENING.fullmatch(
                text, s_start, before[i].start
            ) and VERB_AFTER_ASIDE.match(text, start, s_end)
            if aside.group("all") or subject:
                return list(dict.fromkeys(m.name for m in before[i:]))
        if start < verb.start():  # "On Monday X released A and B" (a headline may come first)
            return _listed_after_verb(text, verb.end(), models)
        return []
    it_released = IT_RELEASED.search(text, max(s_start, start - 60), start)
    # "trained in ...; released in" (a clause's start, looked for in reach: a sentence may be a
    # long line)
    clause = max(
        s_start,
        *(text.rfind(mark, max(s_start, start - AHEAD), start) + 1 for mark in CLAUSE_MARKS),
    )  # (and a byline's fields: "**Pinecrest Research** · released February 2026 · MIT")
    label = DETAILS_LABEL.match(text, clause, min(start, clause + AHEAD))  # "- **Dates:**
    # released in April 2024"
    alone = label.end() if label else clause
    if start - alone <= 60 and RELEASED_ALONE.match(text, alone, start) or it_released:
        # "Released 20 February 2024." after a card's lead about its model
        name, rule = context.focus_rule(start)
        if it_released and IT_BEFORE.search(
            text, max(s_start, it_released.start() - AHEAD), it_released.start()
        ):
            return []  # "Meta pretrained the base model ... and published it in July 2024"
        if it_released and name is not None and not context.it_is(name, s_start):
            return []  # "Kite-7B is a fine-tune of Llama 3 8B. Meta released it in April 2024."
        return [name] if rule in PAGE_FOCUS or rule == "focus-recent-subject" else []
    spoken = SPOKEN_OF.match(text, s_start, min(start, s_start + AHEAD))
    verb_just_before = VERB_JUST_BEFORE.search(text, max(0, start - 70), start) is not None
    if spoken and spoken.group("this") and not verb_just_before:
        spoken = None  # "This checkpoint fixes the bug reported in June 2024": not its release
    if spoken and spoken.group("count"):
        previous = context.sentences.previous(s_start)
        named = context.sentence_models(previous) if previous is not None else []
        if len({m.name for m in named if m.strong}) > 1:
            spoken = None  # "We compare Kite-2 against Owl-7B, Wren-8B and Finch-9B. All three
            # were released on 3 March 2023": the three just named, not the page's model
    if spoken:
        name, rule = context.focus_rule(start)
        if name is not None and (rule in PAGE_FOCUS or rule == "focus-recent-subject" and (
            spoken.group("one") or split_size(name or "")[1] is None
        )):
            return [name]  # "It" is the last model's; "Both" a family's, not "Qwen2.5-3B"
    if (
        MODEL_WORD.search(text, s_start, s_end)
        and not MADE_FROM.search(text, s_start, s_end)
        and verb_just_before
    ):
        # a page's lead about its model: "# QF-Embed-large-v1" over "Text embedding model from
        # Quillfeather Labs, released 2025-02-18."
        return [m.name for m in context.lead_of_title(s_start)]
    return []


COPULA_AFTER = regex.compile(
    r"[*_`]*(?:[ \t]+(?:is|was|marks)\b|,[ \t]+the[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:generation|version"
    r"|member|release|edition)[ \t]+of\b)"
)  # ("Qwen3, the third generation of the Qwen series, released on ..."; not "Owl-7B, a new open
# model, outperforms every model of the Kite 2 family, released in July 2023")
LINE_AFTER = regex.compile(
    r"[ \t]+(?:(?:language|vision|open|chat|model|foundation)[ \t]+){0,2}(?:series|family"
    r"|line|lineup|team|generations)\b"
)  # ("the Qwen language model series", "the Llama family": a maker's line of models)
COORDINATED = regex.compile(
    r"(?i)[*_`]*[ \t]*,?[ \t]*(?:then|and|or|&|plus)[ \t]+(?:the[ \t]+)?[*_`]*"
)
# A name that ends its clause, or opens an appositive: "..., with Mixtral 8x7B." (not "..., with
# Llama 3.2 in September", "with Llama 3 405B still in training", "with DeepSeek-R1 close behind")
NAME_ENDS_CLAUSE = regex.compile(
    r"[*_`]*(?:[ \t]*\([^()\n]{0,60}\)(?:[ \t]+and\b)?)?"
    r"(?:[ \t]*(?:[.;!?\n]|\Z)|,[ \t]+(?:a|an|the|its|which)\b"
    r"|[ \t]*[\u2014\u2013-][ \t]+(?:a|an|the)\b"
    r"|[ \t]+and[ \t]+its[ \t]+[\w-]+(?:[ \t]+[\w-]+)?[ \t]*(?:[.;\n]|\Z))"
)  # (and "..., with Gopher (280B parameters)."; not "with Llama 3.2 (1B and 3B) arriving in
# September", nor "with Mixtral 8x22B and its instruct variant only arriving in April")
OF_BEFORE_NAME = regex.compile(r"(?r)\b(?:of|for|to|with|on|about|from)[ \t]+(?:the[ \t]+)?\Z")
APPOSED_BEFORE = regex.compile(r",[ \t]*[*_`]*\Z")
APPOSED_FOLLOWED = regex.compile(r"[*_`]*,[ \t]*followed")
WITH_BEFORE_NAME = regex.compile(r"\b(?:with|by)[ \t]+(?:the[ \t]+)?(?:new[ \t]+)?[*_`]*\Z")
FOLLOWED_AFTER = regex.compile(
    r"[*_`]*[ \t]*(?:\([^()\n]{1,20}\)[ \t]*|,[^,()\n]{1,60},[ \t]*)?"
    r"(?:(?:soon|later|quickly|then)[ \t]+)?followed\Z"
)  # ("BLOOMZ, a version fine-tuned on multilingual prompts, followed in November 2022")
# The release verb right before a date: ", released 2025-02-18", "released in November 2024".
VERB_JUST_BEFORE = regex.compile(
    r"(?i)\b(?:released|launched|published|shipped|open-sourced)(?:[ \t]+(?:(?:in|on)[ \t]+)?"
    r"(?:(?:early|mid|late)[- ])?|[ \t]+by[ \t]+[^,.;()\n]{1,40}?[ \t]*\()\Z"
)  # (or its maker and a bracket: "released by Vireo Research (Jan 2024)")
MODEL_WORD = regex.compile(r"(?i)\bmodels?\b")
# A sentence about the model another is made from: "fine-tuned from the base models Meta
# released in April 2024".
MADE_FROM = regex.compile(r"(?i)\b(?:fine-?tun\w*|base|based|built|derived|distill\w*|adapted)\b")
OTHER_EVENT_BEFORE = regex.compile(
    r"(?ri)\b(?:up[ \t]+to|until|through|as[ \t]+of|cut-?off|trained|collected|crawled|scraped"
    r"|gathered|founded|established|incorporated|raised|valued)[ \t]+(?:in[ \t]+|on[ \t]+)?\Z"
    # ... or a sum a company raised or is valued at: "which raised $200M in July"
    r"|\b(?:raised|valued[ \t]+at|worth)[ \t]+(?:(?:over|about|nearly|some)[ \t]+)?"
    r"[$\u20ac\u00a3]?[0-9][0-9.,]*[ \t]*(?:[KMB]n?|million|billion)?[ \t]+(?:in|on)[ \t]+\Z"
)  # (and a company's: "the startup Kai-Fu Lee founded in March ..., released Yi-34B")
ASIDE_BEFORE_DATE = regex.compile(r"(?r),[ \t]+(?:which|who)\b[^,;]*\Z")
# A sentence that is a release verb and its date: "Released 20 February 2024."
CLAUSE_MARKS = (";", "\u00b7", "\u2022")  # what opens a clause or a byline's field
RELEASED_ALONE = regex.compile(
    r"[ \t]*(?:released|launched|published)[ \t]+"
    r"(?:on[ \t]+|in[ \t]+(?:(?:early|mid|late)[- ])?)?\Z",
    regex.I,
)
DETAILS_LABEL = regex.compile(
    r"(?i)[ \t]*(?:[-*+][ \t]*)?(?:\*\*|__)?(?:dates?|release(?:[ \t]+date)?|model[ \t]+date"
    r"|availability|status):(?:\*\*|__)?[ \t]*"
)  # (a line about its model's dates; not "- **Previous version:** released in January 2024")
# ... or its maker's release of "it", the model the text is on: "Mareta released it in August
# 2024 under a permissive license", "Corvid AI released it on 14 May 2024".
IT_RELEASED = regex.compile(
    r"\b(?:released|launched|unveiled|introduced|open-sourced|shipped|published|announced"
    r"|debuted|put[ \t]+out)[ \t]+it[ \t]+(?:on|in)[ \t]+(?:(?:early|mid|late)[- ])?\Z"
)
# What "it" is when its own sentence names it first: "Meta pretrained the base model on 15T
# tokens and published it in July 2024" (the base, not the card's fine-tune).
IT_BEFORE = regex.compile(
    r"(?i)\b(?:(?:base|parent|teacher|original|upstream)[ \t]+(?:model|checkpoint|weights)"
    r"|corpus|dataset|data[ \t]+set|benchmark|paper|library)\b"
)
# A model card's labelled line: "- **Release date:** 2025-03-04", "Released: 9 January 2025".
RELEASE_LABEL_BEFORE = regex.compile(
    # ("**Model Release Date:**" too)
    r"(?ri)(?:^|\n)[ \t]*(?:[-*+][ \t]*)?(?:\*\*|__)?(?:model[ \t]+)?"
    r"(?:release(?:d|[ \t]+date)?|date[ \t]+released)[ \t]*:[ \t]*(?:\*\*|__)?[ \t]*:?[ \t]*\Z"
    # ... or a key-value table's row: "| Release | March 2025 |"
    r"|(?:^|\n)[ \t]*\|[ \t]*(?:\*\*|__)?(?:release(?:d|[ \t]+date)?|date[ \t]+released)"
    r"(?:\*\*|__)?[ \t]*\|[ \t]*\Z"
)


def _page_model(start: int, context) -> list[str]:
    """The model the page is about, for a labelled line of its details: its title's, its
    heading's or the one it introduces; none when the text is about no one model."""
    heading = text_heading_before(context.text, start)
    if heading is not None and OTHER_MODEL_HEADING.search(heading):
        return []  # a section about another model: "## Base model" over its "Release date:"
    name, rule = context.focus_rule(start)
    return [name] if name is not None and rule in PAGE_FOCUS else []


# (not "original": a GGUF page's "## About the original model" is about the page's model)
OTHER_MODEL_HEADING = regex.compile(r"(?i)\b(?:base|parent|teacher)\b")


def text_heading_before(text: str, start: int) -> str | None:
    """The text of the nearest Markdown heading line above ``start``, within SECTION_REACH."""
    line = last_before(text, "\n#", start)  # (the offsets found once per text, as elsewhere)
    if line == -1 or line < start - SECTION_REACH:
        return None
    end = text.find("\n", line + 1, start)
    return text[line + 1 : end if end != -1 else start]


def _verb_near(text: str, start: int, end: int) -> bool:
    """Whether a release verb stands within VERB_REACH characters of a weekday or "this
    week" at [start, end), with no "that", "how" or "when" between: "Meta on Tuesday released",
    "released Sorrel-2 Ultra on Monday"; not "This week we revisit how Meta released"."""
    for verb in RELEASE_VERB.finditer(text, max(0, start - VERB_REACH), end + VERB_REACH):
        a, b = (end, verb.start()) if verb.start() >= end else (verb.end(), start)
        if not CLAUSE_WORD.search(text, a, b):
            return True
    return False


VERB_REACH = 50
CLAUSE_WORD = regex.compile(r"(?i)\b(?:that|how|when|whether|why|what|which|while)\b|[.;:]")


def _listed_after_verb(text: str, verb_end: int, models: list) -> list[str]:
    """The models a release verb lists right after it: "(On Monday Alibaba Cloud) open-sourced
    Qwen-14B and Qwen-14B-Chat"; none when the first is not right after the verb."""
    after = [m for m in models if m.start >= verb_end]
    if not after or text[verb_end : after[0].start].strip(" \t*"):
        return []
    names = [after[0].name]
    last = after[0]
    for left, right in zip(after, after[1:], strict=False):
        if not NAME_LIST_GAP.fullmatch(text, left.end, right.start):
            break
        names.append(right.name)
        last = right
    if not LIST_END.match(text, last.end, last.end + 20):
        return []  # "released DeepSeek-V3 and GPT-4o was still the model to beat"
    return list(dict.fromkeys(names))


# What else an item may do to a model it does not release.
OTHER_ACTION = regex.compile(
    r"(?i)\b(?:refresh\w*|updat\w*|fix\w*|patch\w*|improv\w*|re-?upload\w*|deprecat\w*"
    r"|retir\w*|remov\w*)\b"
)
AVAILABLE = regex.compile(r"(?i)\b(?:available|out|live|open-sourced|public)\b")
# What may follow the last name a release verb lists: the clause's end, or what it was released
# in, on, with or as.
LIST_END = regex.compile(
    r"[ \t]*(?:[.,;:!()\n]|\Z|(?:in|on|with|at|for|to|under|via|as|alongside|together)\b)"
)
