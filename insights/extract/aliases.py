"""Other names a text gives a model: the one it had before a rename, or one it is also known by.

    "Corvina-22B (formerly Skylark-22B) has the same weights"    Corvina-22B, formerly Skylark-22B
    "Codestral Mamba, previously known as Mamba-Codestral-7B,"  Codestral Mamba, formerly ...
    "What launched as Tern-2 is now called Osprey 2 Flash"       Osprey 2 Flash, formerly Tern-2
    "Skylark-22B was renamed Corvina-22B"                         Corvina-22B, formerly Skylark-22B
    "Harrow Mini has been renamed Harrow Lite"                   Harrow Lite, formerly Harrow Mini
    "OLMo-7B-0424 (also called OLMo 1.7)"                        OLMo-7B-0424, also called ...

Each is a fact of kind ``alias``: ``model`` is the name the model goes by now (or first), ``other``
the other name, ``relation`` "formerly" or "also called", and its span is the other name's, so
the models table can make one row of the two. Both names must be read as models; a maker's
rename ("Z.ai, formerly Zhipu AI") names no model and is no alias. A word must say it is a
rename or another name (formerly, previously called, renamed, is now called, also known as): "X
is now Y on the free tier" and "Kite-3 (previously Kite-2)" replace one model with another.
"""

from __future__ import annotations

import regex

from insights.fact import Fact

MARKS = r"[*_`\"\u201c\u201d]*"
# A cue that two names of one model stand around: searched for first, so that a text without
# one costs one scan.
CUE = regex.compile(
    r"(?i)\b(?:formerly|previously|renamed|rebranded|is[ ]now|also[ ]called|also[ ]known[ ]as"
    r"|a\.k\.a\.|aka)\b"
)
# Between the new name and the old, the old one in brackets or set off by commas:
# "Corvina-22B (formerly Skylark-22B)", "Kite-Coder, formerly known as Kite-Codestral-7B,".
NEW_THEN_OLD = regex.compile(
    r"(?i)%s[ ]*(?:\((?P<how>formerly|also[ ]called|also[ ]known[ ]as|a\.k\.a\.|aka)"
    r"(?:[ ]+(?:called|known[ ]+as|named))?"
    r"|\((?P<how>previously)[ ]+(?:called|known[ ]+as|named)"
    r"|,[ ]*(?P<how>formerly)(?:[ ]+(?:called|known[ ]+as|named))?"
    r"|,[ ]*(?P<how>previously)[ ]+(?:called|known[ ]+as|named))[ ]+%s\Z"
    % (MARKS, MARKS)
)  # (a bare "previously" is as often a predecessor: "Kite-3 (previously Kite-2)" as default)
# ... and after the old name, the bracket or comma that closes it.
OLD_CLOSED = regex.compile(r"%s[ ]*(?:[),.;!?]|\Z|[ ]and\b)" % MARKS)
# Between the old name and the new: "Tern-2 is now called Osprey 2 Flash", "Harrow Mini, launched
# last month, has been renamed Harrow Lite", "Skylark-22B was renamed to Corvina-22B".
OLD_THEN_NEW = regex.compile(
    r"(?i)%s(?:[ ]+(?:is|was)[ ]+now[ ]+(?:called|named|known[ ]+as)"
    r"|(?:,[^,;()\n]{1,60})?,?[ ]+(?:has[ ]+been|have[ ]+been|was|were|is[ ]+being|got)[ ]+"
    r"(?:renamed|rebranded)(?:[ ]+(?:to|as))?)[ ]+%s\Z" % (MARKS, MARKS)
)
# "renamed Skylark-22B to Corvina-22B", "rebranded Tern-2 as Osprey 2 Flash".
RENAMED_BEFORE = regex.compile(r"(?i)\b(?:renamed|rebranded)[ ]+%s\Z" % MARKS)
TO_BETWEEN = regex.compile(r"(?i)%s[ ]+(?:to|as)[ ]+%s\Z" % (MARKS, MARKS))
# After the new name of an "is now" rename: the end of the clause, not "is now the default".
NEW_ENDS = regex.compile(r"%s[ ]*(?:[.,;:!?)\n]|\Z|[ ](?:and|after|since|from|on|in|as)\b)" % MARKS)


def find(text: str, context) -> list[Fact]:
    """The alias facts of ``text`` (see the module docstring); ``context`` is the extractor's,
    for the sentences and the models named in each."""
    facts: list[Fact] = []
    seen: set[int] = set()  # the sentences read: several cues may share one
    for cue in CUE.finditer(text):
        s_start, s_end = context.sentences.span(cue.start())
        if s_start in seen:
            continue
        seen.add(s_start)
        models = [m for m in context.sentence_models(cue.start()) if m.strong]
        for a, b in zip(models, models[1:], strict=False):
            found = _pair(text, a, b)
            if found is not None:
                new, old, relation = found
                if new.name != old.name:
                    sentence = text[s_start:s_end]
                    facts.append(
                        Fact(
                            kind="alias", value=None, unit="name", model=new.name,
                            organization=None, qualifier=None, start=old.start, end=old.end,
                            sentence=sentence.strip(),
                            sentence_start=s_start + len(sentence) - len(sentence.lstrip()),
                            relation=relation, other=old.name, rule="alias",
                        )
                    )  # fmt: skip
    return facts


def _pair(text: str, a, b):
    """(new, old, relation) when two names one after the other are one model's, else None."""
    between = NEW_THEN_OLD.match(text, a.end, b.start)
    if between is not None and OLD_CLOSED.match(text, b.end, b.end + 4):
        how = between.group("how").lower()
        return a, b, "formerly" if how in ("formerly", "previously") else "also called"
    if OLD_THEN_NEW.match(text, a.end, b.start) and NEW_ENDS.match(text, b.end, b.end + 8):
        return b, a, "formerly"
    if RENAMED_BEFORE.search(text, max(0, a.start - 20), a.start) and TO_BETWEEN.match(
        text, a.end, b.start
    ):
        return b, a, "formerly"
    return None
