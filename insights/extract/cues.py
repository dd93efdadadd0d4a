"""Words around a number that say it is no model's size: the number is asked about, denied,
rumoured, planned, hypothetical, negated, or the limit of a class of models or of a machine.

``unstated`` reads the words before a number; ``asked`` reads the sentence it is in. Both are
only asked about numbers the extractor would otherwise take as sizes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from insights.extract.patterns import QUESTION_OPENING, S, fold
from insights.extract.windows import Stems

if TYPE_CHECKING:
    from insights.extract.linking import Context
    from insights.extract.quantities import Quantity

HYPOTHETICAL_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:would(?:'ve|’ve|%s+have)?|should(?:'ve|’ve|%s+have))%s+(?:been|need|require"
    r"|prescribe|call for|(?:go|get|gone|got)%s+through|process|processed|consume|consumed))\b"
    r"[^.;,]{0,25}\Z" % (S, S, S, S)
)
# (and what should have been: "should have been trained on 3.5T tokens")
# A what-if before the number: "would have wanted around 3.5T tokens", "if they'd pushed it to
# 70B".
WOULD_BEFORE = regex.compile(
    r"(?i:(?:\bwould%(s)s+(?:[\"“']?(?:only|just|still|then|probably|likely)[\"”']?%(s)s+)?"
    r"(?:have%(s)s+)?(?:prescribed?|wanted|want|needed|need|required?"
    r"|called%(s)s+for|call%(s)s+for|done%(s)s+better%(s)s+as|been%(s)s+better%(s)s+as)\b"
    r"|\bif%(s)s+(?:they|we|you|it|he|she)['’]d\b)[^.;,!?]{0,30}\Z)"
    % {"s": S}
)
PLANNED_BEFORE = regex.compile(
    r"(?i:\b(?:planned|projected|expected|rumou?red|targeted|targeting|target%(s)s+of)\b[^.;:,()]{0,25}\Z"
    r"|\btargets?:?%(s)s+(?:~|about%(s)s+|roughly%(s)s+)?(?:[0-9][^.;:()\n]{0,30},%(s)s*)?\Z"
    r"|\b(?:planned|projected|expected|targeted|targeting)\b[^.;:,()]{0,25}?[0-9][0-9.]*%(s)s?[KMBT]"
    r"(?:%(s)s+(?:total|active|parameters|params))?(?:%(s)s+and|%(s)s*,)%(s)s+(?:(?:about|roughly|around)%(s)s+|~)?\Z)"
    % {"s": S}
)  # (and the next of a target's list: "target 400B params, 30T tokens", "planned at roughly
# 300B total and 20B active")
# Doubted, denied or hoped-for sizes: "denied reports that its upcoming model has 1T",
# "aiming to go past 100B parameters", "the leaked 1.8T figure".
DOUBTED_BEFORE = regex.compile(
    r"(?i:\b(?:upcoming|forthcoming|denied|denies|deny|denying|leak(?:ed|s)?|rumou?rs?"
    r"|speculat(?:ed|ion|ions|ing)|alleged(?:ly)?|unconfirmed|aim(?:s|ed|ing)?|hop(?:e|es|ed|ing)%(s)s+to"
    r"|estimates?%(s)s+that|guess(?:es|ed)?%(s)s+(?:that|at|is)"
    r"|will%(s)s+(?:have|be|reach|hit|top|weigh|come|land|feature)|going%(s)s+to"
    r"|(?:could|might|may)%(s)s+(?:exceed|reach|have"
    r"|be|top|hit|surpass|approach)|(?:intends?|intending|plans?|planning|wants?)%(s)s+to)\b"
    r"[^.;:!?()]{0,40}\Z"
    # hearsay, up to a "but": "a CNBC report citing internal documents claimed 340B", "GPT-4
    # reportedly has 1.8T", "(press report: 340B)"; not "reportedly smaller but trained on 3.6T"
    r"|\b(?:reportedly|(?:press|media|news)%(s)s+reports?"
    r"|(?<!technical%(s)s|tech%(s)s)(?<=\b(?:a|an|one)%(s)s+(?:[\w-]+%(s)s+){0,2})reports?"
    r"%(s)s+(?:[\w-]+%(s)s+){0,5}?claim(?:s|ed))\b(?:(?!\bbut\b)[^.;:!?()]){0,40}\Z"
    r"|\b(?:press|media|news)%(s)s+reports?:%(s)s*\Z"
    # a count taken back: "last week we wrote that X has 3B active parameters. It has 4.2B."
    r"|\b(?:(?:last%(s)s+(?:week|month|issue)|earlier|previously|yesterday)%(s)s+(?:we|I)%(s)s+"
    r"(?:(?:wrote|said|reported|claimed|stated)%(s)s+that|called|described|listed|billed"
    r"|labell?ed)|(?:mis-?reported|incorrectly|wrongly|mistakenly"
    r"|erroneously)%(s)s+(?:said|wrote|stated|reported|listed|gave)\b)[^.;:!?()]{0,50}\Z"
    # ... as a newsletter's correction says it: "Correction: last issue said Aster-2 had 27B
    # parameters", "Last week's issue called X a 140B model", "in issue 239 we gave X's training
    # data as 6T tokens", "My draft said 66B active"
    # (a bare "last" or "last week" is no issue: not "Acme last put out X, a 70B model", "Acme
    # last week reported that X has 70B")
    r"|\b(?:(?:last%(s)s+(?:issue|edition|newsletter)|last%(s)s+(?:week|month)['’]s%(s)s+(?:issue"
    r"|edition|item|post|newsletter)|(?:in%(s)s+)?issue%(s)s+(?:no\.%(s)s*|\#)?[0-9]+|(?:our|my"
    r"|the)%(s)s+(?:last|previous|earlier|first)%(s)s+(?:issue|edition|post|draft|version)"
    r"|(?:my|the)%(s)s+draft)(?:,?%(s)s+(?:we|I))?|last%(s)s+(?:week|month|time),?%(s)s+(?:we|I))"
    r"%(s)s+(?:said|wrote|stated|reported|claimed|called|described|listed"
    r"|gave|put)\b(?:[^.;:!?()]|\.(?=[0-9])){0,50}\Z"
    # ... and an issue by its number, taking back what it wrote (not "In #109 we called X's
    # 18T-token pretraining the new normal")
    r"|\bin%(s)s+\#[0-9]+,?%(s)s+(?:we|I)%(s)s+(?:wrote|said|stated|reported|claimed)%(s)s+that\b"
    r"(?:[^.;:!?()]|\.(?=[0-9])){0,50}\Z)" % {"s": S}  # (a version's dot: "GLM-4.5")
)
# Cheap substrings first: the pattern is slow to try at every word of every number's context.
DOUBTED_STEMS = ("upcoming", "forthcoming", "den", "leak", "rumo", "specul", "alleg", "unconfirm",
                 "aim", "hop", "will", "going", "could", "might", "may", "intend", "plan", "want",
                 "estimat", "guess", "report", "wrote", "said", "stated", "claimed", "incorrect",
                 "wrong", "mistaken", "erroneous", "called", "described", "listed", "billed",
                 "label", "gave", "put")  # fmt: skip
# What a system or service can take, not a model's size: "can train models with up to 10T".
CAPACITY_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:can|could|able%(s)s+to|capable%(s)s+of"
    r"|(?:enough|sufficient)\b[^.;!?]{0,60}?\bto)%(s)s+(?:train|pretrain|pre-train|fine-tune"
    r"|finetune|serve|run|support|handle|fit|host)"
    r"(?:ing)?%(s)s+(?:(?:a|an)%(s)s+|(?:models?|LLMs?|networks?)%(s)s+(?:(?:with|of)%(s)s+)?"
    r"(?:(?:up%(s)s+to|over|more%(s)s+than|beyond)%(s)s+)?)\Z)" % {"s": S}
)  # (and "a rack of its chips can serve a 405B model at 1,000 tokens per second")
SUPPOSED_BEFORE = regex.compile(
    r"(?i:\b(?:suppose|imagine|hypothetical(?:ly)?|if%(s)s+(?:i|we|you|they|one|someone|a%(s)s+lab)"
    r"%(s)s+(?:trained|train|trains|were%(s)s+to|wanted%(s)s+to|want%(s)s+to"
    r"|need%(s)s+to%(s)s+(?:pre-?)?train|had))\b"
    r"[^.;:!?]*\Z)"
    % {"s": S}
)
NEGATED_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:(?:is|it's|it’s|its|was|are|were)%s+not|(?:isn|wasn|aren|weren)['’]t"
    r"|(?:(?:does|do|did)%s+not|(?:doesn|don|didn)['’]t|never)%s+"
    r"(?:have|has|had|hold|held|contain(?:ed)?|used?|reach(?:ed)?|exceed(?:ed)?))%s+(?:a%s+|an%s+)?(?:~|about%s+)?\Z"
    r"|\bwithout%s+(?:using%s+|seeing%s+)?(?:any%s+(?:of%s+)?)?(?:the%s+|a%s+)?\Z)"
    % (S, S, S, S, S, S, S, S, S, S, S, S, S, S)
)  # ("without using any of the 1.28 million labelled images")
THRESHOLD_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:models|LLMs|(?:an?|one)%s+(?:[\w-]+%s+){0,3}?(?:model|LLM|VLA))%s+(?:(?:with|of)%s+)?"
    r"(?:below|above|under|exceeding|beyond|(?:larger|smaller|bigger|more|fewer|less)%s+than)%s+\Z)"
    % (S, S, S, S, S, S)
)


# What a scaling rule says a size calls for: "optimal ... for an 8B parameter model", "optimal
# amount ... corresponds to ~200B tokens" (not "a compute-optimal 7B model": one that is).
OPTIMAL_BEFORE = regex.compile(
    r"(?i)\boptimal\b[^.;!?]{0,80}?\bfor%(s)s+(?:an?|each|every)%(s)s+(?:~|about%(s)s+)?\Z"
    r"|\boptimal\b[^.;!?]{0,120}?\b(?:corresponds?|amounts?|comes?|works?%(s)s+out)%(s)s+to%(s)s+"
    r"(?:~|about%(s)s+|roughly%(s)s+|around%(s)s+)?\Z"
    r"|\boptimal\b[^.;!?]{0,40}?\bwould%(s)s+be%(s)s+(?:~|about%(s)s+|roughly%(s)s+|around%(s)s+)?\Z"
    # ... and what a size calls for: "for an 8B parameter model corresponds to ~200B tokens"
    r"|\bfor%(s)s+an?%(s)s+[0-9.]+%(s)s*[BMT](?:-|%(s)s)?param(?:eter)?s?%(s)s+models?%(s)s+"
    r"(?:corresponds?|amounts?|comes?)%(s)s+to%(s)s+(?:~|about%(s)s+|roughly%(s)s+)?\Z" % {"s": S}
)
NOT_SIZES_LABEL = regex.compile(
    r"(?i)(?:^|\n|[.!?]%s)[^\n\w]*(?:\d+/%s*)?not%s+(?:model%s+)?(?:sizes|parameter%s+counts)%s*:[^\n]*\Z"
    % (S, S, S, S, S, S)
)
# ... but "a model with more than ..." said of a name is that model's size: "Kite-2, a model with
# more than 70B parameters", "Kite-2 is a model with more than 70B" (a name with a digit or a
# capital inside; not "Today, a model ...", "Like GPT-3, a model ...", "There is a model").
NAMED_ONE_BEFORE = regex.compile(
    r"(?<!\b(?i:like|unlike|with|than|as|to|from|over|versus|vs\.?|after|before|beyond)[ ]+)"
    r"(?<![\w.+-])[A-Za-z][\w.+-]*?(?:[0-9]|[a-z][A-Z])[\w.+-]*[*_`]*(?:,%(s)s+|%(s)s+(?:is|was)%(s)s+)\Z"
    % {"s": S}
)
ONE_MODEL = regex.compile(r"(?i)(?:an?|one)\b")  # the bound's "a ... model", not "models"
OVER_THRESHOLD_BEFORE = regex.compile(r"(?r)(?i:\bmodels%s+over%s+\Z)" % (S, S))
# A size brought in with "a" as the other side of a comparison: "as costly as a 10B dense
# model", "closer to a 39B dense model than to a 141B one", "like a 3B dense model", "lands
# roughly where a good 70B dense model does".
COMPARED_WITH_A = regex.compile(
    r"(?r)(?i:\b(?:as%(s)s+(?!(?:well|soon|long)%(s)s+as\b)(?:[\w-]+%(s)s+){0,4}as"
    r"|(?:perform(?:s|ed)?|does|did|scores?|scored|works?|worked)%(s)s+(?:[\w-]+%(s)s+)?as%(s)s+well%(s)s+as"
    r"|(?:the%(s)s+)?same%(s)s+(?:[\w-]+%(s)s+){0,2}?as"  # "the same as that of a 14 billion
    # parameter model", "the same tokenizer as a 7B model"
    r"|(?:closer|close|similar|comparable|equivalent"
    r"|equal|akin)%(s)s+to|than(?:%(s)s+to)?|like|rivals?|rivalling|rivaling|on%(s)s+par%(s)s+with"
    r"|match(?:es|ed|ing)?|track(?:s|ed|ing)?|trail(?:s|ed|ing)?|approach(?:es|ed|ing)?"
    r"|(?:keeps?|kept|keeping)%(s)s+pace%(s)s+with|competitive%(s)s+with|(?:roughly|about|around|right|just|exactly|close%(s)s+to)%(s)s+where)%(s)s+"
    r"(?:(?:about|roughly|around|nearly|approximately)%(s)s+)?"  # "behaves like about a 74B ..."
    r"(?:that%(s)s+of%(s)s+)?(?:a|an)%(s)s+(?:(?:small|smaller|large|larger|typical|standard|regular"
    r"|plain|similar|good|strong|dense|decent|modern)%(s)s+)?"
    r"(?:~|(?:about|roughly|around|nearly)%(s)s+)?\Z"
    # ... or several: "scores about as well as strong 7B dense models", "as well as the strongest
    # 7B dense models", "lands roughly where dense 70B models do" (a word of which ones: "as well
    # as 8B" would be one more of a list)
    r"|\b(?:as%(s)s+well%(s)s+as|(?:roughly|about|around|right|just|exactly)%(s)s+where"
    r"|on%(s)s+par%(s)s+with)%(s)s+"
    r"(?:(?:most|many|other|today['\u2019]s|current)%(s)s+(?:(?:much|far)%(s)s+)?(?:%(adj)s)?"
    r"|(?:the%(s)s+)?(?:(?:much|far)%(s)s+)?%(adj)s)(?:dense%(s)s+)?\Z"  # (not "the 6.7B GPT-3")
    # ... or matched to it: "beats a compute-matched 13B dense model"
    r"|\b(?:a|an|the)%(s)s+(?:compute|size|cost|flops?|parameter|budget|data)-matched%(s)s+"
    r"(?:dense%(s)s+)?\Z)"
    % {"s": S, "adj": r"(?:strongest|best|biggest|largest|strong|good|similar|dense|larger|bigger"
       r"|stronger|better|typical|standard)%s+" % S}  # "like a small 3B dense model"
)
COMPARED_STEMS = Stems(" as ", "close", "closer", "similar", "comparable", "equivalent", "equal",
                       "akin", "than", "like", "rival", "par with", "match", "where", "matched",
                       "track", "trail", "approach", "pace with", "competitive with")
# The words, one of which each pattern above needs: where none is, it is not tried.
WOULD_STEMS = Stems("would", "if")
SUPPOSED_STEMS = Stems("suppose", "imagine", "hypothetical", "if")
PLANNED_STEMS = Stems("planned", "projected", "expected", "rumo", "target")
CAPACITY_STEMS = Stems("can", "could", "able", "enough", "sufficient")
UNSTATED_STEMS = Stems(
    "would", "should", "not", "n't", "n’t", "never", "without", *WOULD_STEMS.words, *SUPPOSED_STEMS.words, *PLANNED_STEMS.words,
    *DOUBTED_STEMS, *CAPACITY_STEMS.words, *COMPARED_STEMS.words, "model", "llm", "vla",
)  # fmt: skip
CLASS_STEMS = Stems("model", "llm", "vla")


def unstated(before: str, kind: str | None, in_name: bool) -> bool:
    """The words ``before`` a number say it states no model's size; ``in_name`` when the number
    is written into a model's name, which states its size whatever surrounds it.

    >>> unstated("the lab denied reports that its upcoming model has ", "parameters", False)
    True
    >>> unstated("Chinchilla was trained on ", "training_tokens", False)
    False
    """
    folded = fold(before)  # for quick noes: each pattern needs one of a few words
    if not UNSTATED_STEMS.found(folded):
        return False  # none of the words any check below needs (most numbers)
    if ("would" in before or "should" in before) and not in_name and HYPOTHETICAL_BEFORE.search(before):
        return True  # "optimal for that size would've been ~3.5T tokens": no model had that
    if WOULD_STEMS.found(folded[-50:]) and WOULD_BEFORE.search(before[-50:]):
        return True  # "would have wanted around 3.5T tokens", "if they'd pushed it to 70B"
    if kind == "parameters" and not in_name and COMPARED_STEMS.found(folded[-60:]) and (
        COMPARED_WITH_A.search(before[-60:])
    ):
        return True  # what a model is compared with: "as costly as a 10B dense model"
    if (
        "not" in before[-24:]
        or "n't" in before[-24:]
        or "n’t" in before[-24:]
        or "never" in before[-24:]
        or "without" in before[-40:]
    ) and NEGATED_BEFORE.search(
        before[-40:]
    ):
        return True  # "it's not 176B params", "the model does not hold 176B weights"
    supposed = SUPPOSED_STEMS.found(folded) and SUPPOSED_BEFORE.search(before)
    if supposed and not in_name:  # (not "if you want to run mistral 7b")
        return True  # a worked example: "suppose a lab trains a hypothetical Model A with 400M"
    if PLANNED_STEMS.found(folded[-40:]) and PLANNED_BEFORE.search(before[-40:]):
        return True  # not (yet) a fact: "of planned 9T tokens", "a rumoured ~600B teacher"
    if doubted(before) and not in_name:  # (a name states its size: "Falcon-40B")
        return True  # "denied reports that its upcoming model has 1T", "the leaked 1.8T"
    if CAPACITY_STEMS.found(folded) and CAPACITY_BEFORE.search(before):
        return True  # "the rack can train models with up to 10 trillion parameters"
    if (
        kind in ("parameters", "training_tokens")
        and CLASS_STEMS.found(folded[-40:])
        and (bound := THRESHOLD_BEFORE.search(before, max(0, len(before) - 40), len(before)))
        and not (
            ONE_MODEL.match(before, bound.start(), bound.end())
            and NAMED_ONE_BEFORE.search(before, max(0, bound.start() - 40), bound.start())
        )
    ):
        return True  # a class of models, not one: "models below 1 billion parameters are exempt"
    if (
        ("optimal" in before or " to " in before[-20:])
        and not in_name
        and OPTIMAL_BEFORE.search(before)
    ):
        return True  # a rule's worked case: "the Chinchilla-optimal amount of training compute
        # for an 8B parameter model corresponds to ~200B tokens"
    if "ot " in before and NOT_SIZES_LABEL.search(before):
        return True  # a list headed "Not sizes: $600B, 4M tokens of context, 20T tokens of data"
    if kind == "parameters" and OVER_THRESHOLD_BEFORE.search(before[-40:]):
        return True  # "support for models over 70B parameters" (but "models over 2T tokens")
    return False


def doubted(before: str) -> bool:
    """The words ``before`` a number doubt it, deny it or pass it on as hearsay.

    >>> doubted("a CNBC report citing internal documents claimed ")
    True
    >>> doubted("the technical report says it was trained on ")
    False
    """
    low = before.lower()
    return any(stem in low for stem in DOUBTED_STEMS) and DOUBTED_BEFORE.search(before) is not None


CLAUSE_OPENING = regex.compile(r"(?r)[:\n>—]")
# What the size is in a question about it: "does it have 1.8T", "Isn't GPT-4 1.8T?".
ASKED_SIZE_BEFORE = regex.compile(
    r"(?r)(?i:\b(?:have|has|had|be|is|was|were|are|really|actually|like|about|around|over|only"
    r"|just|even)%s+[~≈]?\Z)" % S
)


def asked(text: str, q: Quantity, context: Context) -> bool:
    """The number is part of a yes-or-no question."""
    s_start, s_end = context.sentences.span(q.start)
    mark = text.find("?", q.end, s_end + 1)
    if mark == -1 or text.find(".", q.end, mark) != -1:
        return False
    opening = CLAUSE_OPENING.search(text, s_start, q.start)
    start = s_start if opening is None else opening.end()
    if QUESTION_OPENING.match(text, start, q.start) is None:
        return False
    if not ASKED_SIZE_BEFORE.search(text, max(start, q.start - 30), q.start):
        name_end = q.start
        while name_end > start and text[name_end - 1] in " ~≈\u00a0":
            name_end -= 1
        if context.mention_ending(q.start, name_end) is None:
            return False  # asked about something else: "how many layers has the 13B variant?"
    if text.rfind("(", start, q.start) > text.rfind(")", start, q.start):
        return False  # a name's sizes in brackets: "Would bert-large (340M, 24 layers) help?"
    mention = context.mention_covering(q.start)
    return mention is None or mention.start >= q.start  # a name says its size: "Is Kite-20B ...?"
