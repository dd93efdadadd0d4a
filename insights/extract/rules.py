"""The named rules that tie a fact to its model, as data: every ``Fact.rule`` is one of these.

Each rule says what evidence linked the fact, so a test, a reviewer and the dashboard can ask
why a number sits on a model. The ``focus-*`` rules are the weakest: the fact's own sentence
names no model, and the one the text was about was taken instead; ``our-`` in front of one
says the sentence spoke of "our model".
"""

# name -> what the evidence looks like
RULES: dict[str, str] = {
    # the size and the name together in one sentence
    "size-in-name": (
        'the size is written into the name: "LLaMA-65B", "QwQ-32B"; it gives way to a more'
        ' precise count the text states for that model ("Mistral 7B (7.3B)")'
    ),
    "name-after-unit": 'a name right after the size: "the 280B-parameter Gopher"',
    "name-bracket": (
        'the size in brackets after the name: "Gopher (280B)"; or a known model in brackets'
        ' after a token count: "fed 300 billion tokens (Gopher)"'
    ),
    "relative-clause": (
        'a clause about the name before it: "Gopher, which had 280B parameters", "OLMo-7B,'
        ' trained on 2.46T tokens", "ESM-2 at 3B parameters"'
    ),
    "possessive": "the name owns the size: \"Gopher's 280B parameters\"",
    "subject-owner": 'the subject the size is said of: "Gopher used 300B tokens"',
    "appositive": 'a name described by a sized one: "Llama Guard, a Llama2-7b model"',
    "subject-before": 'the last model named before the size: "Chinchilla, a 70B model"',
    "weak-name-before": "the last word before the size that may be a model's name",
    "name-just-after": 'a model named just after the size: "with 7B parameters, Mistral ..."',
    "named-later": 'named further on by a naming word: "8B to 540B, which we call U-PaLM"',
    "name-later": 'the one model the sentence names after the size: "a 100B model, InternLM"',
    "defined-in-brackets": 'a name the sentence defines in brackets: "... (ST-MoE-32B)"',
    "our-named": 'the model named beside "our": "our Kite-2 has 900M parameters"',
    "subject-is-ours": 'the subject "our" describes: "Kite-2 is our 70B model"',
    "for-name-after": 'the name after "for": "13T tokens for Gemma 2 27B"',
    # several sizes, several names, one sentence
    "respectively": 'names and sizes listed in the same order: "A and B have 7B and 13B"',
    "named-after-list": 'sizes first, names after: "3.5B and 10.7B ... dubbed XL and XXL"',
    "versus": 'two sizes set against two names: "Chinchilla ... Gopher (70B vs 280B)"',
    "family-list": 'sizes of one family, each its member: "Llama 3.2 1B and 3B" (Llama 3.2 3B)',
    "shared-subject": 'one size said of several names: "LLaMA-7B and LLaMA-13B used 1T tokens"',
    "the-size": 'the model an earlier sentence named with that size: "... Gemma 2 9B. The 9B ..."',
    "family-member": (
        'the member the text names with that size, for a size the text\'s focus gives a family:'
        ' "Wren-1.8B ... Released the 1.8B model" (under "# Wren")'
    ),
    "the-base": (
        'the model named earlier as the base: "... on top of Llama 3.1 8B. The base model was'
        ' pretrained on 15T tokens"'
    ),
    "the-tier": 'the model named earlier by its tier: "phi-3-mini ... The mini model has 3.8B"',
    "the-version": 'the model named earlier with that version: "DeepSeek-V3 ... V3 has 671B"',
    # structure that scopes the fact
    "table-row": "the model in the same table row",
    "date-bracket": 'a date in brackets after the name: "Phi-2 (December 2023)"',
    "date-before-name": 'a month as the name\'s adjective: "its August Qwen-7B"',
    "release-verb": 'a release verb with one model in the sentence: "X was released in May 2024"',
    "date-label": (
        'a labelled line of a model card: "- **Release date:** 2025-03-04" (the page\'s model)'
    ),
    "date-list-item": (
        'a date heading a list item: "- 2024-04-18: Llama 3 released in 8B and 70B"; an item'
        ' that releases a size of the model the text is about names it by that size: "2. May'
        ' 2019: a 355M-parameter version" under GPT-2 is GPT-2 355M'
    ),
    "date-heading": 'a changelog heading\'s date over the items that release: "### v0.2.0'
    ' (2024-08-02)" over "- Released Ferrule-Coder-3B"',
    "claim-subject": 'the subject of a comparison: "Chinchilla outperforms Gopher"',
    "alias": (
        'another name of the model, before a rename or beside it: "Corvina-22B (formerly'
        ' Skylark-22B)", "Tern-2 is now called Osprey 2 Flash"'
    ),
    # the model the text is about, when the sentence names none
    "focus-introduced": 'the model the paragraph introduced: "we present X ... it has 7B"',
    "focus-recent-subject": "the model the paragraph's recent sentences were about",
    "focus-heading": 'the one model the section heading names: "## Llama 3" over its text',
    "focus-parent-item": (
        'the one model a nested list item\'s parent item opens with: "- Tsinghua GLM-130B" over'
        ' "  - only trained on 400B tokens"'
    ),
    "focus-bold-lead": (
        'the one model a bold line standing alone names, as a newsletter heads its items:'
        ' "**Gopher** · *DeepMind* · December 2021" over "280B parameters trained on ..."'
    ),
    "focus-title": "the one model the document's title names",
    "focus-introduced-later": 'the model the paragraph introduces further on: "we call it X"',
    "focus-document-topic": "the one model the whole document introduces",
}
# The rules that find the size said of the name in its own sentence: a count these give a
# sized name, or its table row, may be a little further from the name's size ("Gemma 2 2B has
# 2.6B parameters").
SAID_OF_THE_NAME = frozenset({
    "name-after-unit", "name-bracket", "relative-clause", "possessive", "subject-owner",
    "appositive", "subject-before", "our-named", "subject-is-ours", "for-name-after", "table-row",
})  # fmt: skip
RULES.update({"our-" + name: 'the same, for "our model": ' + text
              for name, text in RULES.items() if name.startswith("focus-")})  # fmt: skip


def why(rule: str | None) -> str:
    """What a rule's evidence looks like, for a reader.

    >>> why("table-row")
    'the model in the same table row'
    >>> why(None)
    'no model: nothing in reach named one'
    """
    if rule is None:
        return "no model: nothing in reach named one"
    return RULES.get(rule, rule)
