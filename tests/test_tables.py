"""Facts into tables: merging spellings, the disagreement rule, 6ND, the organization filter."""

import pandas as pd
import pytest
from dashboard_data import frame

from insights.fact import Fact
from insights.tables import (
    CLAIM_COLUMNS,
    ESTIMATE,
    MODEL_COLUMNS,
    STATED,
    build_models,
    claims_table,
    facts_behind,
    filter_by_organization,
    models_table,
)


def fact(model, value, kind="parameters", qualifier=None, org=None, **kw):
    sentence = kw.pop("sentence", f"{model} has {value} {kind}.")
    start, end = kw.pop("start", 0), kw.pop("end", 1)
    return Fact(kind=kind, value=value, unit=kind, model=model, organization=org,
                qualifier=qualifier, start=start, end=end, sentence=sentence, **kw)  # fmt: skip



def table(*documents, reference=None):
    return models_table(frame(*documents), reference=reference)


REFERENCE = {
    "chinchilla": {
        "model": "Chinchilla",
        "organization": "Google DeepMind",
        "date": "2022-03-29",
        "parameters": 70e9,
    },  # fmt: skip
    "gpt3": {
        "model": "GPT-3",
        "organization": "OpenAI",
        "date": "2020-05-28",
        "parameters": 175e9,
    },  # fmt: skip
    "davinci": {
        "model": "GPT-3",
        "organization": "OpenAI",
        "date": "2020-05-28",
        "parameters": 175e9,
    },  # fmt: skip
}


def reference(name):
    return REFERENCE.get(name.lower().replace("-", ""))


def test_columns_are_exactly_named():
    expected = ["model", "organization", "date", "parameters", "active_parameters",
                "training_tokens", "tokens_per_parameter", "training_compute", "layers",
                "sources", "conflict", "evidence", "document"]  # fmt: skip
    result = table(("2020", [fact("GPT-3", 175e9)]))
    assert set(expected) <= set(result.columns)
    assert list(result.columns) == list(MODEL_COLUMNS)
    assert list(models_table(frame()).columns) == list(MODEL_COLUMNS)


SPELLINGS = [
    ("gpt-3", ["GPT-3", "GPT3", "gpt-3", "GPT-3"], "GPT-3"),
    ("llama", ["LLaMA", "Llama", "LLaMA"], "LLaMA"),
    ("llama-2", ["Llama 2", "Llama-2", "llama_2"], "Llama 2"),
]


@pytest.mark.parametrize("names, shown", [c[1:] for c in SPELLINGS], ids=[c[0] for c in SPELLINGS])
def test_spellings_merge_into_one_row(names, shown):
    result = table(*[("2023", [fact(name, 7e9)]) for name in names])
    assert result["model"].tolist() == [shown]
    assert result["sources"].tolist() == [len(names)]


def test_different_models_stay_apart():
    result = table(("2023", [fact("GPT-3", 175e9), fact("GPT-3.5", 175e9), fact("GPT-4", 1e12)]))
    assert sorted(result["model"]) == ["GPT-3", "GPT-3.5", "GPT-4"]


def test_known_aliases_merge_through_the_reference():
    result = table(("2020", [fact("GPT-3", 175e9)]), ("2021", [fact("davinci", 175e9)]),
                   reference=reference)  # fmt: skip
    assert len(result) == 1 and result["sources"][0] == 2


def alias(model, other, relation="formerly"):
    return Fact(kind="alias", value=None, unit="name", model=model, organization=None,
                qualifier=None, start=0, end=1, sentence=f"{model} ({relation} {other})",
                relation=relation, other=other)  # fmt: skip


def test_a_former_name_joins_the_row_of_the_new_one_in_its_document():
    result = table(("2025", [alias("Corvina-22B", "Skylark-22B"), fact("Corvina-22B", 22.4e9),
                             fact("skylark-22b", 22.4e9, kind="parameters"),
                             fact("Skylark-22B", 3.3e12, kind="training_tokens")]))  # fmt: skip
    assert result["model"].tolist() == ["Corvina-22B"]
    assert result["parameters"][0] == 22.4e9 and result["training_tokens"][0] == 3.3e12


def test_another_document_s_name_is_not_joined():
    # "Atlas-2 (formerly Falcon)" of a support bot says nothing of another text's Falcon
    result = table(("2025", [alias("Atlas-2", "Falcon"), fact("Atlas-2", 7e9)]),
                   ("2023", [fact("Falcon", 40e9)]))  # fmt: skip
    assert sorted(result["model"]) == ["Atlas-2", "Falcon"]


def test_a_renamed_family_keeps_its_members():
    result = table(("2025", [alias("Kite-2 Pro", "Kite-2"),
                             fact("Kite-2", 3e12, kind="training_tokens"),
                             fact("Kite-2-7B", 7.1e9), fact("Kite-2-13B", 13.2e9)]))  # fmt: skip
    assert sorted(result["model"]) == ["Kite-2-13B", "Kite-2-7B"]
    assert result["training_tokens"].tolist() == [3e12, 3e12]


def test_a_chain_of_renames_ends_at_the_last_name_and_a_loop_joins_nothing():
    chain = table(("2025", [alias("Kite-2", "Kite-1"), alias("Kite-3", "Kite-2"),
                            fact("Kite-1", 7e9), fact("Kite-3", 7e9)]))  # fmt: skip
    assert chain["model"].tolist() == ["Kite-3"]
    loop = table(("2025", [alias("Owl-2", "Owl-1"), alias("Owl-1", "Owl-2"),
                           fact("Owl-1", 7e9), fact("Owl-2", 13e9)]))  # fmt: skip
    assert sorted(loop["model"]) == ["Owl-1", "Owl-2"]


def test_a_name_given_to_two_models_joins_neither():
    result = table(("2025", [alias("Kite-A", "Kite-X"), alias("Kite-B", "Kite-X"),
                             fact("Kite-A", 7e9), fact("Kite-B", 13e9), fact("Kite-X", 30e9)]))
    assert sorted(result["model"]) == ["Kite-A", "Kite-B", "Kite-X"]


# (values stated by documents 1, 2, ... with their dates) -> (chosen, conflict)
DISAGREEMENTS = [
    ("agree", [(175e9, "2020"), (175e9, "2021")], 175e9, False),
    ("majority wins", [(175e9, "2020"), (150e9, "2023"), (175e9, "2021")], 175e9, True),
    ("within 10% agree", [(175e9, "2020"), (170e9, "2021")], 175e9, False),
    ("10% groups beat single values", [(68e9, "2020"), (70e9, "2020"), (80e9, "2024")], 68e9,
     True),
    ("tie goes to the newest document", [(70e9, "2021"), (80e9, "2022")], 80e9, True),
    ("tie with no dates goes to the first", [(70e9, None), (80e9, None)], 70e9, True),
]  # fmt: skip


@pytest.mark.parametrize("votes, chosen, conflict", [c[1:] for c in DISAGREEMENTS],
                         ids=[c[0] for c in DISAGREEMENTS])  # fmt: skip
def test_disagreement_rule(votes, chosen, conflict):
    result = table(*[(date, [fact("Gopher", value)]) for value, date in votes])
    row = result.iloc[0]
    assert row["parameters"] == chosen
    assert bool(row["conflict"]) is conflict
    assert (row["conflict_values"] is not None) is conflict


def test_conflict_values_list_every_group():
    result = table(("2020", [fact("GPT-3", 175e9)]), ("2021", [fact("GPT-3", 175e9)]),
                   ("2022", [fact("GPT-3", 13e9)]))  # fmt: skip
    assert result["conflict_values"][0] == "parameters: 175B (2), 13B (1)"


def test_tie_goes_to_the_reference():
    documents = [("2021", [fact("Chinchilla", 80e9)]), ("2020", [fact("Chinchilla", 70e9)])]
    assert table(*documents)["parameters"][0] == 80e9  # newest without a reference
    assert table(*documents, reference=reference)["parameters"][0] == 70e9


def test_each_document_votes_once_with_the_value_it_states_most():
    result = table(
        ("2020", [fact("GPT-3", 175e9), fact("GPT-3", 13e9), fact("GPT-3", 175e9)]),
        ("2020", [fact("GPT-3", 13e9)]),
        ("2020", [fact("GPT-3", 175e9)]),
    )
    assert result["parameters"][0] == 175e9
    assert result["conflict_values"][0] == (
        "parameters: 175B (2), 13B (1); parameters: 13B vs 175B within doc1"
    )


NAME_SIZES = [
    # (documents as [(value, rule), ...], the row's parameters)
    ([[(15e9, "size-in-name"), (16e9, "table-row"), (15e9, "size-in-name")]], 16e9),
    ([[(16e9, "subject-before")], [(15e9, "size-in-name")], [(15e9, "size-in-name")]], 16e9),
    ([[(2e9, "size-in-name"), (2.6e9, "table-row")]], 2.6e9),  # "Gemma 2 2B" has 2.6B
    ([[(15e9, "size-in-name")], [(15e9, "size-in-name")]], 15e9),  # nothing else stated
]


@pytest.mark.parametrize(("documents", "parameters"), NAME_SIZES)
def test_a_name_s_size_gives_way_to_the_count_a_text_states(documents, parameters):
    said = [("2024", [fact("StarCoder2-15B", v, rule=r) for v, r in d]) for d in documents]
    assert table(*said)["parameters"][0] == parameters


LABEL = "In 4-bit the 9B model needs 6 GB."  # "9B" at 13:15, a tier's label
COUNT = "Kite-9 has 9B parameters."  # "9B parameters" at 11:24, a count
TIER_LABELS = [
    # (one document's facts as (value, rule, sentence, start, end), the row's parameters)
    ([(9e9, "focus-heading", LABEL, 13, 15), (9e9, "the-size", LABEL, 13, 15),
      (9.24e9, "table-row", "| Kite-9 | 9.24B |", 11, 16)], 9.24e9),
    ([(9e9, "subject-before", COUNT, 11, 24), (9e9, "subject-before", COUNT, 11, 24),
      (9.24e9, "table-row", "| Kite-9 | 9.24B |", 11, 16)], 9e9),  # two counts against one
    ([(2e9, "focus-heading", LABEL, 13, 15),
      (2.6e9, "table-row", "| Kite-9 | 2.6B |", 11, 15)], 2.6e9),  # a round cell is a count
    ([(9e9, "table-row", "| Kite-9 | 9B, 27B |", 11, 13),
      (9e9, "table-row", "| Kite-9 | 2B, 9B |", 15, 17),
      (9.24e9, "subject-before", "Kite-9 has 9.24B parameters.", 11, 16)], 9.24e9),  # a list
]


@pytest.mark.parametrize(("said", "parameters"), TIER_LABELS)
def test_a_tier_label_gives_way_to_the_count_a_text_states(said, parameters):
    facts = [fact("Kite-9", v, rule=r, sentence=s, start=a, end=b) for v, r, s, a, b in said]
    assert table(("2024", facts))["parameters"][0] == parameters


BOUNDED = [
    # (the row's facts as (value, qualifier, rule), the row's parameters)
    ([(110e9, None, "size-in-name"), (100e9, "at least", "our-named")], 110e9),  # "above 100B"
    ([(72.7e9, None, "table-row"), (72e9, "up to", "subject-before")], 72.7e9),
    ([(100e9, "at least", "subject-before")], 100e9),  # a bound alone is what the text says
    # ... and one far from a class the text also names: "a hundred-billion-parameter model
    # ... with up to 260 billion parameters"
    ([(100e9, None, "name-after-unit"), (260e9, "up to", "subject-before")], 260e9),
]


@pytest.mark.parametrize(("said", "parameters"), BOUNDED)
def test_a_bound_gives_way_to_a_count(said, parameters):
    facts = [fact("Qwen1.5-110B", v, qualifier=q, rule=r) for v, q, r in said]
    assert table(("2024", facts))["parameters"][0] == parameters


def test_a_bound_said_of_several_models_is_none_of_theirs():
    # "GPT-3, Jurassic-1 and Gopher were all trained on roughly 300B tokens or fewer"
    shared = fact("Jurassic-1", 3e11, "training_tokens", qualifier="up to", rule="shared-subject")
    row = table(("2022", [fact("Jurassic-1", 178e9), shared]))
    assert pd.isna(row["training_tokens"][0])
    floor = fact("Jurassic-1", 3e11, "training_tokens", qualifier="at least", rule="shared-subject")
    assert pd.isna(table(("2022", [fact("Jurassic-1", 178e9), floor]))["training_tokens"][0])
    alone = fact("Jurassic-1", 3e11, "training_tokens", qualifier="up to", rule="subject-before")
    assert table(("2022", [fact("Jurassic-1", 178e9), alone]))["training_tokens"][0] == 3e11


def test_range_facts_do_not_vote():
    result = table(("2023", [fact("Llama 2", 7e9, qualifier="range"), fact("Llama 2", 70e9)]))
    assert result["parameters"][0] == 70e9 and not result["conflict"][0]


def test_a_non_embedding_count_is_no_size():
    # "Heron-7B has 7.3B parameters (6.7B without embeddings)": 7.3B, no conflict
    facts = [fact("Heron-7B", 7.3e9), fact("Heron-7B", 6.7e9, qualifier="non-embedding")]
    result = table(("2025", facts))
    assert result["parameters"][0] == 7.3e9 and not result["conflict"][0]
    # ... and a model stated only by that count gets no row from it
    assert len(table(("2025", [fact("Wren-2", 6.7e9, qualifier="non-embedding")]))) == 0


def test_tokens_per_parameter_and_6nd_estimate():
    row = table(("2022", [fact("Chinchilla", 70e9), fact("Chinchilla", 1.4e12, "training_tokens"),
                          fact("Chinchilla", 80, "layers")]))  # fmt: skip
    row = row.iloc[0]
    assert row["tokens_per_parameter"] == pytest.approx(20.0)
    assert row["training_compute"] == pytest.approx(6 * 70e9 * 1.4e12)
    assert row["training_compute_source"] == ESTIMATE
    assert row["layers"] == 80


def test_stated_compute_beats_the_estimate():
    row = table(("2020", [fact("GPT-3", 175e9), fact("GPT-3", 300e9, "training_tokens"),
                          fact("GPT-3", 3.14e23, "compute")])).iloc[0]  # fmt: skip
    assert (row["training_compute"], row["training_compute_source"]) == (3.14e23, STATED)


def test_mixture_of_experts_estimate_uses_active_parameters():
    row = table(("2024", [fact("Mixtral 8x7B", 46.7e9, qualifier="total"),
                          fact("Mixtral 8x7B", 12.9e9, qualifier="active"),
                          fact("Mixtral 8x7B", 1e12, "training_tokens")])).iloc[0]  # fmt: skip
    assert (row["parameters"], row["active_parameters"]) == (46.7e9, 12.9e9)
    assert row["training_compute"] == pytest.approx(6 * 12.9e9 * 1e12)


def test_no_estimate_without_tokens():
    row = table(("2020", [fact("BERT", 340e6)])).iloc[0]
    assert pd.isna(row["training_compute"])
    assert row["training_compute_source"] is None


def test_reference_supplies_organization_date_and_a_check():
    documents = [("2023-01-01", [fact("Chinchilla", 7e9)])]
    row = table(*documents, reference=reference).iloc[0]
    assert (row["organization"], row["date"]) == ("DeepMind", "2022-03-29")
    assert (row["organization_source"], row["date_source"]) == ("reference", "reference")
    assert (row["reference_parameters"], row["reference_conflict"]) == (70e9, True)
    row = table(("2023-01-01", [fact("Chinchilla", 70e9)]), reference=reference).iloc[0]
    assert not row["reference_conflict"]


def test_without_reference_organization_and_date_come_from_the_facts():
    row = table(("2021-12-08", [fact("Gopher", 280e9, org="Google DeepMind")]),
                ("2022-01-01", [fact("Gopher", 280e9, org="DeepMind")])).iloc[0]  # fmt: skip
    assert (row["organization"], row["date"]) == ("DeepMind", "2021-12-08")
    assert pd.isna(row["reference_parameters"])


def test_evidence_is_the_sentence_behind_the_chosen_parameters():
    row = table(("2020", [fact("GPT-3", 13e9, sentence="A 13B GPT-3.")]),
                ("2021", [fact("GPT-3", 175e9, sentence="GPT-3 has 175B parameters.")]),
                ("2022", [fact("GPT-3", 175e9, sentence="Again 175B.")])).iloc[0]  # fmt: skip
    assert (row["evidence"], row["document"], row["document_id"]) == (
        "GPT-3 has 175B parameters.",
        "doc2",
        2,
    )


def test_facts_without_a_model_or_value_are_left_out():
    result = table(("2020", [fact(None, 1e9), fact("X", None), fact("Y", 2.0, "claim")]))
    assert result.empty


def test_default_reference_loads_the_bundled_one():
    result = models_table(frame(("2020", [fact("GPT3", 175e9)])))
    assert result["organization"][0] == "OpenAI"


def test_claims_table():
    claim = Fact(kind="claim", value=4.0, unit="x", model="Chinchilla", organization=None,
                 qualifier=None, start=0, end=1, sentence="Chinchilla is 4x smaller than Gopher.",
                 relation="smaller than", other="Gopher")  # fmt: skip
    result = claims_table(frame(("2022", [claim, fact("Gopher", 280e9)])))
    assert list(result.columns) == list(CLAIM_COLUMNS)
    columns = ["subject", "relation", "other", "value", "unit", "document"]
    assert result[columns].values.tolist() == [["Chinchilla", "smaller than", "Gopher", 4.0, "x",
                                                "doc1"]]  # fmt: skip
    assert list(claims_table(frame()).columns) == list(CLAIM_COLUMNS)


def test_claims_take_the_organization_from_the_reference():
    claim = Fact(kind="claim", value=None, unit="", model="Chinchilla", organization=None,
                 qualifier=None, start=0, end=1, sentence="Chinchilla beats GPT-3.",
                 relation="outperforms", other="GPT-3")  # fmt: skip
    assert claims_table(frame(("2022", [claim])), reference=reference)["organization"].tolist() == [
        "DeepMind"]  # fmt: skip
    assert claims_table(frame(("2022", [claim])), reference=None)["organization"].isna().all()


ORGANIZATIONS = pd.DataFrame({"model": ["Gopher", "Chinchilla", "LLaMA", "GPT-3", "X"],
                              "organization": ["DeepMind", "Google DeepMind", "Meta", "OpenAI",
                                               None]})  # fmt: skip

ORGANIZATION_FILTERS = [
    ("deepmind", ["deepmind"], ["Gopher", "Chinchilla"]),
    ("alias", ["Google DeepMind"], ["Gopher", "Chinchilla"]),
    ("upper case", ["GDM"], ["Gopher", "Chinchilla"]),
    ("facebook", ["facebook ai research"], ["LLaMA"]),
    ("two", ["openai", "FAIR"], ["LLaMA", "GPT-3"]),
    ("unknown", ["Acme"], []),
    ("none", [], ["Gopher", "Chinchilla", "LLaMA", "GPT-3", "X"]),
]  # fmt: skip


@pytest.mark.parametrize("names, models", [c[1:] for c in ORGANIZATION_FILTERS],
                         ids=[c[0] for c in ORGANIZATION_FILTERS])  # fmt: skip
def test_filter_by_organization(names, models):
    assert filter_by_organization(ORGANIZATIONS, names)["model"].tolist() == models


# Identity: which facts are one model's row. (case id, documents, expected rows as
# (model, parameters)); facts are (model, value, sentence) and each document's date is 2023.
IDENTITIES = [
    ("a family named after its lab is a row",
     [[("Mistral 7B", 7.3e9, "Mistral 7B has 7.3B parameters."),
       ("DeepSeek V3", 671e9, "DeepSeek V3 has 671B parameters.")]],
     [("DeepSeek V3", 671e9), ("Mistral 7B", 7.3e9)]),
    ("a sized spelling is the one-sized model",
     [[("Chinchilla-70B", 70e9, "Chinchilla-70B wins.")],
      [("Chinchilla", 70e9, "So: Chinchilla has 70B.")]],
     [("Chinchilla", 70e9)]),
    ("a family listed in one sentence is a row per size",
     [[("Qwen1.5", 0.5e9, "Qwen1.5 comes in 0.5B, 7B and 72B."),
       ("Qwen1.5", 7e9, "Qwen1.5 comes in 0.5B, 7B and 72B."),
       ("Qwen1.5", 72e9, "Qwen1.5 comes in 0.5B, 7B and 72B.")]],
     [("Qwen1.5 500M", 0.5e9), ("Qwen1.5 72B", 72e9), ("Qwen1.5 7B", 7e9)]),
    ("a family's bare size joins its sized spelling",
     [[("Llama 2 70B", 70e9, "Llama 2 70B is big."), ("Llama 2 7B", 7e9, "Llama 2 7B is small.")],
      [("Llama 2", 70e9, "Llama 2 has 70B.")]],
     [("Llama 2 70B", 70e9), ("Llama 2 7B", 7e9)]),
    ("two documents that disagree are one row in conflict, not a family",
     [[("Gopher", 280e9, "Gopher has 280B.")], [("Gopher", 28e9, "Gopher has 28B.")]],
     [("Gopher", 280e9)]),
    ("a bare tier is no row", [[("large", 1.5e9, "The large has 1.5B.")]], []),
    ("an adverb opening a sentence is no row",
     [[("Nevertheless", 7e9, "Nevertheless, a 7B model wins.")]], []),
    ("a figure label is no row", [[("algorithm1", 7e9, "See algorithm1 with 7B.")]], []),
    ("a plain name in a sentence is a row", [[("Wren", 7e9, "We call it Wren, a 7B model.")]],
     [("Wren", 7e9)]),
    ("a middle dot is a hyphen", [[("DALL·E", 12e9, "DALL·E has 12B.")],
                                  [("DALL-E", 12e9, "DALL-E has 12B.")]], [("DALL·E", 12e9)]),
    ("a bracketed note is no part of the name",
     [[("Llama 3 8B (2024)", 8e9, "| Llama 3 8B (2024) | 8B |")],
      [("Llama 3 8B", 8e9, "Llama 3 8B has 8B.")]], [("Llama 3 8B", 8e9)]),
    ("a sized name's Base is the model itself",
     [[("Nemotron-4 340B Base", 340e9, "Nemotron-4 340B Base has 340B.")],
      [("Nemotron-4 340B", 340e9, "Nemotron-4 340B has 340B.")],
      [("Nemotron-4 340B", 340e9, "Nemotron-4 340B again.")]], [("Nemotron-4 340B", 340e9)]),
    ("a family row of one tier's size is that tier",
     [[("Jurassic-1 Jumbo", 178e9, "Jurassic-1 Jumbo has 178B.")],
      [("Jurassic-1", 178e9, "Jurassic-1 has 178B.")]], [("Jurassic-1 Jumbo", 178e9)]),
    ("a family row of the first version's size is that version",
     [[("GPT-1", 117e6, "GPT-1 has 117M.")], [("GPT", 117e6, "GPT has 117M.")]],
     [("GPT-1", 117e6)]),
    ("a name's base is the model itself",
     [[("Grok-1 base", 314e9, "The Grok-1 base weights: 314B.")],
      [("Grok-1", 314e9, "Grok-1 has 314B.")]], [("Grok-1", 314e9)]),
    ("a post-trained variant of the same size is another row",
     [[("Wren 7B Instruct", 7.3e9, "Wren 7B Instruct has 7.3B.")],
      [("Wren 7B", 7.3e9, "Wren 7B has 7.3B.")]],
     [("Wren 7B", 7.3e9), ("Wren 7B Instruct", 7.3e9)]),
    ("a family row of a size two tiers share joins neither",
     [[("Tern-Base", 1e9, "Tern-Base has 1B."), ("Tern-Small", 1e9, "Tern-Small has 1B.")],
      [("Tern", 1e9, "Tern has 1B.")]],
     [("Tern", 1e9), ("Tern-Base", 1e9), ("Tern-Small", 1e9)]),
    ("a repository's spelling is the model's",
     [[("OLMo-2-1124-7B", 7e9, "OLMo-2-1124-7B is open."), ("internlm2_5-7b", 7.7e9, "x")],
      [("OLMo 2 7B", 7e9, "OLMo 2 7B has 7B."), ("InternLM2.5-7B", 7.7e9, "InternLM2.5-7B.")]],
     [("InternLM2.5-7B", 7.7e9), ("OLMo 2 7B", 7e9)]),
    ("a family row of another size is its own row",
     [[("Jurassic-1 Large", 7.5e9, "Jurassic-1 Large has 7.5B.")],
      [("Jurassic-1", 178e9, "Jurassic-1 has 178B.")]],
     [("Jurassic-1", 178e9), ("Jurassic-1 Large", 7.5e9)]),
]  # fmt: skip


@pytest.mark.parametrize("documents, expected", [c[1:] for c in IDENTITIES],
                         ids=[c[0] for c in IDENTITIES])  # fmt: skip
def test_identity(documents, expected):
    result = table(*[("2023", [fact(m, v, sentence=s) for m, v, s in doc]) for doc in documents])
    assert sorted(zip(result["model"], result["parameters"], strict=True)) == sorted(expected)


def test_a_bare_family_s_data_goes_to_the_size_its_own_row_gives():
    rows = ["| Wren | 180B | 3,500B |", "| Wren | 40B | 1,000B |"]
    facts = [
        fact("Wren", size, sentence=row) for size, row in zip((180e9, 40e9), rows, strict=True)
    ] + [
        fact("Wren", data, "training_tokens", sentence=row)
        for data, row in zip((3.5e12, 1e12), rows, strict=True)
    ]
    facts += [fact(name, size) for name, size in (("Wren 180B", 180e9), ("Wren 40B", 40e9))]
    result = table(("2023", facts)).set_index("model")
    assert result.loc["Wren 40B", "training_tokens"] == 1e12
    assert result.loc["Wren 180B", "training_tokens"] == 3.5e12


TITLED_TIERS = [
    ("a title naming the family the text names",
     "Release notes: Heron Kite speech", ["Kite", "tiny", "large.en"],
     [("Kite large.en", 1.5e9), ("Kite tiny", 3.9e7)]),
    ("a card titled by a family the reference knows", "GPT-3", ["tiny"], [("GPT-3 tiny", 3.9e7)]),
    ("a title naming a family the reference knows among other words",
     "Release notes: OpenAI GPT-3 sizes", ["tiny"], [("GPT-3 tiny", 3.9e7)]),
    ("a title naming no family", "Release notes", ["Kite", "tiny"], []),
    ("a title naming two families", "Kite and Wren", ["Kite", "Wren", "tiny"], []),
]  # fmt: skip


@pytest.mark.parametrize("title, names, expected", [c[1:] for c in TITLED_TIERS],
                         ids=[c[0] for c in TITLED_TIERS])  # fmt: skip
def test_a_bare_tier_is_the_tier_of_the_family_its_document_s_title_names(title, names, expected):
    sizes = {"tiny": 3.9e7, "large.en": 1.5e9}
    facts = frame(("2022", [fact(n, sizes.get(n), sentence=f"| {n} |") if n in sizes
                            else fact(n, 680e3, kind="training_data") for n in names]))
    facts["title"] = title
    result = models_table(facts, reference=reference)
    tiers = [(m, p) for m, p in zip(result["model"], result["parameters"], strict=True)
             if m.split()[-1] in sizes]
    assert sorted(tiers) == sorted(expected)


def test_a_name_a_person_assigned_is_a_row_beside_a_document_s_names():
    # (the document's names for its titled tiers are no stand-in for those a person assigned)
    facts = frame(("2024", [fact("Wren", 3e9, sentence="Someone trained a 3B model.")]))
    assert build_models(facts, reference=None, named={"Wren"})[0]["model"].tolist() == ["Wren"]


def test_a_first_version_the_texts_tell_apart_is_a_row_of_its_own():
    # "Kite 1 (7B) ... 1T tokens" and "Kite, the current release, ... 7B ... 8T tokens": two
    # models of one size, not a family row joined to its first version
    first = ("2023", [fact("Kite 1", 7e9), fact("Kite 1", 1e12, "training_tokens")])
    result = table(first, ("2025", [fact("Kite", 7e9), fact("Kite", 8e12, "training_tokens")]))
    assert sorted(result["model"]) == ["Kite", "Kite 1"]
    joined = table(first, ("2025", [fact("Kite", 7e9)]))
    assert list(joined["model"]) == ["Kite 1"]


def test_a_range_of_models_the_sentence_does_not_name_makes_no_members():
    # "The team trained 400 models, from 70M to 16B", linked to the study's model: its ends are
    # no one's size.
    sentence = "The team trained more than 400 models, from 70M to 16B parameters."
    ends = [fact("Chinchilla", v, qualifier="range", sentence=sentence) for v in (70e6, 16e9)]
    result = table(("2023", ends))
    assert result.empty


def test_a_range_said_of_a_named_family_lists_its_ends_as_members():
    sentence = "Llama 2 is a collection of models ranging from 7B to 70B parameters."
    ends = [fact("Llama 2", v, qualifier="range", sentence=sentence) for v in (7e9, 70e9)]
    result = table(("2023", ends))
    assert sorted(zip(result["model"], result["parameters"], strict=True)) == [
        ("Llama 2 70B", 70e9), ("Llama 2 7B", 7e9)]  # fmt: skip


def test_a_member_called_by_its_size_is_a_member_in_a_sentence_of_its_own():
    # "GPT-2" on a staged-release page: each item states one member, by its size.
    said = ["February: the smallest model, about 124M parameters.",
            "May: a 355M-parameter version.", "August: a 774M version.",
            "November: the full 1.5 billion parameter model."]  # fmt: skip
    values, written = [124e6, 355e6, 774e6, 1.5e9], ["124M", "355M", "774M", "1.5 billion"]
    facts = [fact("GPT-2", v, sentence=s, start=s.index(w), end=s.index(w) + len(w),
                  sentence_start=0)
             for v, w, s in zip(values, written, said, strict=True)]  # fmt: skip
    result = table(("2019", facts))
    assert sorted(result["parameters"]) == values
    assert not result["conflict"].any()


def _bracketed(model, value, written, sentence):
    at = sentence.index(f"{model} ({written})") + len(model) + 2
    return fact(model, value, sentence=sentence, start=at, end=at + len(written),
                sentence_start=0, rule="name-bracket")  # fmt: skip


def test_sizes_in_brackets_after_a_bare_name_in_two_tables_are_members():
    # Two benchmark tables head their columns "Kite 3 (70B)" and "Kite 3 (8B)".
    first, second = "| | Kite 3 (70B) | Wren (32B) |", "| Benchmark | Kite 3 (8B) | Owl (8B) |"
    facts = [_bracketed("Kite 3", 70e9, "70B", first), _bracketed("Wren", 32e9, "32B", first),
             _bracketed("Kite 3", 8e9, "8B", second), _bracketed("Owl", 8e9, "8B", second)]
    result = table(("2024", facts))
    assert sorted(zip(result["model"], result["parameters"], strict=True)) == [
        ("Kite 3 70B", 70e9), ("Kite 3 8B", 8e9), ("Owl", 8e9), ("Wren", 32e9)]  # fmt: skip
    assert not result["conflict"].any()


def test_one_size_in_brackets_after_a_bare_name_is_the_model_s():
    said = "Rules of thumb held for Kite (175B), Wren (178B) and Owl (280B)."
    facts = [_bracketed(m, v, w, said) for m, v, w in
             [("Kite", 175e9, "175B"), ("Wren", 178e9, "178B"), ("Owl", 280e9, "280B")]]
    result = table(("2022", facts))
    assert sorted(result["model"]) == ["Kite", "Owl", "Wren"]


def test_sizes_of_one_name_in_sentences_of_their_own_are_a_contradiction():
    said = ["Kite has 124M parameters.", "Kite has 355M parameters."]
    facts = [fact("Kite", v, sentence=s, start=9, end=13, sentence_start=0)
             for v, s in zip([124e6, 355e6], said, strict=True)]  # fmt: skip
    result = table(("2019", facts))
    assert list(result["model"]) == ["Kite"] and result["conflict"].all()


def test_a_row_shows_the_name_the_lab_s_name_joins():
    # "R1" as a text calls it after first writing "DeepSeek-R1": the row is DeepSeek-R1 (not a
    # lab's name set before a model's: "Meta Llama 3" is shown as "Llama 3")
    result = table(("2025", [fact("DeepSeek-R1", 671e9), fact("R1", 671e9), fact("R1", 671e9),
                             fact("Meta Llama 3", 70e9), fact("Llama 3", 70e9),
                             fact("Llama 3", 70e9)]))  # fmt: skip
    assert sorted(result["model"]) == ["DeepSeek-R1", "Llama 3"]


def test_a_lab_s_name_and_a_size_is_its_llm_of_that_size():
    result = table(("2024", [fact("DeepSeek LLM 67B", 67e9), fact("DeepSeek 67B", 67e9),
                             fact("DeepSeek 7B", 7e9)]))  # fmt: skip
    assert sorted(result["model"]) == ["DeepSeek 7B", "DeepSeek LLM 67B"]


def test_a_bare_name_means_the_size_it_is_given_most():
    result = table(
        ("2020", [fact("GPT-3", 175e9), fact("GPT-3", 300e9, "training_tokens")]),
        ("2021", [fact("GPT-3", 175e9), fact("GPT-3 6.7B", 6.7e9)]),
    )
    rows = sorted(
        zip(result["model"], result["parameters"], result["training_tokens"], strict=True)
    )
    assert rows[0][:2] == ("GPT-3", 175e9) and rows[0][2] == 300e9
    assert rows[1][:2] == ("GPT-3 6.7B", 6.7e9) and pd.isna(rows[1][2])


def test_a_bare_name_given_several_sizes_in_one_sentence_means_none_of_them():
    listed = "| Kite | 8B, 70B |"  # a family's sizes, one row of a table
    result = table(
        ("2024", [fact("Kite", 8e9, sentence=listed), fact("Kite", 70e9, sentence=listed),
                  fact("Kite", 8e9, sentence="The 8B runs on a laptop."),
                  fact("Kite", 15e12, "training_tokens", sentence="Kite saw 15T tokens.")]),
    )  # fmt: skip
    assert sorted(zip(result["model"], result["parameters"], strict=True)) == [
        ("Kite 70B", 70e9), ("Kite 8B", 8e9)
    ]


def test_a_contradiction_inside_one_document_is_a_conflict():
    facts = [fact("Gopher", 280e9, sentence="Gopher has 280B."),
             fact("Gopher", 28e9, sentence="Later: Gopher has 28B.")]  # fmt: skip
    row = table(("2023", facts)).iloc[0]
    assert row["conflict"] and "within doc1" in row["conflict_values"]


# (case id, facts as (org, sentence), reference organization) -> (organization, source)
ORGANIZATION_SOURCES = [
    ("stated in the text", [("Meta", "Meta's Heron has 7B.")], None, ("Meta", "text")),
    ("from the reference", [(None, "Heron has 7B.")], "OpenAI", ("OpenAI", "reference")),
    ("the text beats the reference", [("Meta", "Meta's Heron has 7B.")], "OpenAI",
     ("Meta", "text")),
    ("none", [(None, "Heron has 7B.")], None, (None, None)),
]  # fmt: skip


@pytest.mark.parametrize("facts, known, expected", [c[1:] for c in ORGANIZATION_SOURCES],
                         ids=[c[0] for c in ORGANIZATION_SOURCES])  # fmt: skip
def test_organization_and_its_source(facts, known, expected):
    ref = {"model": "Heron", "organization": known} if known else None
    row = table(("2023", [fact("Heron", 7e9, org=o, sentence=s) for o, s in facts]),
                reference=lambda name: ref).iloc[0]  # fmt: skip
    organization = None if pd.isna(row["organization"]) else row["organization"]
    assert (organization, row["organization_source"]) == expected
    if expected[1] == "text" and known:
        assert row["conflict"] and "(reference)" in row["conflict_values"]


# (case id, facts as (model, org), reference organization) -> the row's organization
BUILD_MAKERS = [
    ("the text's maker of the model, not the repacker's",
     [("Heron-7B-AWQ", "Ferrule Labs"), ("Heron-7B", "Acme")], None, "Acme"),
    ("the reference's maker, not the repacker's",
     [("Heron-7B", None), ("Heron-7B-AWQ", "Ferrule Labs")], "Acme", "Acme"),
    ("a build's maker when nothing else names one", [("Heron-7B-GGUF", "Ferrule Labs")], None,
     "Ferrule Labs"),
]  # fmt: skip


@pytest.mark.parametrize("facts, known, expected", [c[1:] for c in BUILD_MAKERS],
                         ids=[c[0] for c in BUILD_MAKERS])  # fmt: skip
def test_a_build_s_maker_is_not_the_model_s(facts, known, expected):
    ref = {"model": "Heron-7B", "organization": known} if known else None
    rows = table(("2023", [fact(m, 7e9, org=o, sentence=f"{m} has 7B.") for m, o in facts]),
                 reference=lambda name: ref)  # fmt: skip
    assert len(rows) == 1 and rows.iloc[0]["organization"] == expected


def test_two_stated_organizations_that_disagree_are_a_conflict():
    row = table(("2023", [fact("Heron", 7e9, org="Meta")]),
                ("2024", [fact("Heron", 7e9, org="Google"), fact("Heron", 7e9, org="Google")]),
                ("2024", [fact("Heron", 7e9, org="Google")])).iloc[0]  # fmt: skip
    assert row["organization"] == "Google" and "organization: Google" in row["conflict_values"]


# (case id, the model's release facts (YYYYMM), reference date, document date) -> (date, source)
DATES = [
    ("stated in the text", [202312.0], "2023-12-12", "2024-05-01", ("2023-12", "text")),
    ("the month most documents say", [202312.0, 202401.0, 202312.0], None, "2024-05-01",
     ("2023-12", "text")),
    ("the reference's", [], "2023-12-12", "2024-05-01", ("2023-12-12", "reference")),
    ("the earliest document stating a size", [], None, "2024-05-01", ("2024-05-01", "document")),
    ("not a reference date after a document stating a size", [], "2024-07-29", "2024-06-11",
     ("2024-06-11", "document")),
    ("a stated date after a document stating a size still", [202407.0], None, "2024-06-11",
     ("2024-07", "text")),
]  # fmt: skip


@pytest.mark.parametrize("months, known, document_date, expected", [c[1:] for c in DATES],
                         ids=[c[0] for c in DATES])  # fmt: skip
def test_release_date_and_its_source(months, known, document_date, expected):
    ref = {"model": "Phi-2", "date": known} if known else None
    released = [fact("Phi-2", month, "released") for month in months]
    row = table((document_date, [fact("Phi-2", 2.7e9), *released]),
                reference=lambda name: ref).iloc[0]  # fmt: skip
    assert (row["date"], row["date_source"]) == expected


def test_a_family_s_release_date_dates_its_members():
    result = table(("2023-01-20", [
        fact("Parti", 202206.0, "released", sentence="Parti (June 2022) comes in 350M and 3B."),
        fact("Parti", 350e6, sentence="Parti (June 2022) comes in 350M and 3B."),
        fact("Parti", 3e9, sentence="Parti (June 2022) comes in 350M and 3B."),
    ]))  # fmt: skip
    assert sorted(zip(result["model"], result["date"], strict=True)) == [
        ("Parti 350M", "2022-06"), ("Parti 3B", "2022-06")]  # fmt: skip


def test_a_row_s_own_name_s_date_comes_before_a_merged_name_s():
    result = table(("2025-06-01", [
        fact("GPT-2", 1.5e9, sentence="| GPT-2 | 2019-02 | 1.5B |"),
        fact("GPT-2", 201902.0, "released", sentence="| GPT-2 | 2019-02 | 1.5B |"),
        fact("GPT-2 XL", 1.5e9, sentence="GPT-2 XL, the full 1.5B model, came out in November 2019."),
        fact("GPT-2 XL", 201911.0, "released",
             sentence="GPT-2 XL, the full 1.5B model, came out in November 2019."),
    ]))  # fmt: skip
    assert dict(zip(result["model"], result["date"], strict=True)).get("GPT-2 XL") == "2019-11"


def test_a_sparse_model_s_parts_in_one_sentence_make_no_member_rows():
    said = ("Arctic takes a dense-MoE hybrid route: a 10B dense transformer plus a residual MoE,"
            " for 480B total and 17B active parameters.")
    result = table(("2024-04", [fact("Arctic", 10e9, sentence=said),
                                fact("Arctic", 480e9, qualifier="total", sentence=said),
                                fact("Arctic", 17e9, qualifier="active", sentence=said)]))
    assert list(result["model"]) == ["Arctic"]
    assert result["parameters"][0] == 480e9 and result["active_parameters"][0] == 17e9


def test_a_series_release_date_dates_the_names_built_on_it_in_that_document_only():
    said = "All three variants were released in March 2025."
    result = table(
        ("2025-06-01", [fact("Cantor-ASR", 202503.0, "released", sentence=said),
                        fact("Cantor-ASR-large", 1.62e9)]),
        ("2025-07-01", [fact("Cantor-ASR-small", 241e6)]),
    )  # fmt: skip
    dates = dict(zip(result["model"], result["date"], strict=True))
    assert dates["Cantor-ASR-large"] == "2025-03"
    assert dates["Cantor-ASR-small"] == "2025-07-01"  # another document's series says nothing


def test_the_nearest_series_dates_a_name_built_on_two():
    result = table(("2025-06-01", [
        fact("Kite-R1", 202501.0, "released", sentence="- 2025.01.20: Kite-R1 released."),
        fact("Kite-R1-0528", 202505.0, "released", sentence="- 2025.05.28: Kite-R1-0528."),
        fact("Kite-R1-0528-Owl3-8B", 8e9),
    ]))  # fmt: skip
    assert dict(zip(result["model"], result["date"], strict=True))["Kite-R1-0528-Owl3-8B"] == (
        "2025-05"
    )  # (not Kite-R1's January, the series before it)


@pytest.mark.parametrize(
    "series, row, expected",
    [
        ("Kite", "Kite 3.2 11B", "2025-06-01"),  # a later generation of the series
        ("Kite", "Kite 4 Maverick", "2025-06-01"),
        ("Kite", "Kite v2-7B", "2025-06-01"),
        ("Kite", "Kite-large", "2023-02"),  # a member of it
        ("Kite 11B", "Kite-11B-v0.1", "2023-02"),  # a sized name's checkpoint
        ("Kite 8x11B", "Kite-8x11B-v0.1", "2023-02"),
        ("Kite", "Kite-v0.1", "2023-02"),  # the series' first release, numbered
        ("Kite", "Kite-v1-11B", "2023-02"),
        ("Kite", "Kite-v0.2", "2025-06-01"),  # a later one
    ],
)
def test_a_series_date_dates_no_later_generation(series, row, expected):
    said = "Released in February 2023."
    result = table(("2025-06-01", [fact(series, 202302.0, "released", sentence=said),
                                   fact(row, 11e9)]))  # fmt: skip
    assert dict(zip(result["model"], result["date"], strict=True))[row] == expected


def test_a_family_s_tokens_are_each_member_s_when_none_states_its_own():
    listed = "Qwen2.5 comes in 7B and 72B."
    result = table(("2024", [fact("Qwen2.5", 7e9, sentence=listed),
                             fact("Qwen2.5", 72e9, sentence=listed),
                             fact("Qwen2.5", 18e12, "training_tokens")]))  # fmt: skip
    assert sorted(zip(result["model"], result["training_tokens"], strict=True)) == [
        ("Qwen2.5 72B", 18e12), ("Qwen2.5 7B", 18e12)]  # fmt: skip


def test_a_line_s_tokens_are_its_mixtures_of_experts_and_its_own_row_goes():
    said = "Kite3 (36T tokens, up to 235B total and 22B active) is popular."
    result = table(("2025", [fact("Kite3-235B-A22B", 235e9), fact("Kite3-30B-A3B", 30e9),
                             fact("Kite3", 235e9, "parameters", "total", sentence=said),
                             fact("Kite3", 36e12, "training_tokens", sentence=said)]))  # fmt: skip
    assert sorted(zip(result["model"], result["parameters"], result["training_tokens"],
                      strict=True)) == [
        ("Kite3-235B-A22B", 235e9, 36e12), ("Kite3-30B-A3B", 30e9, 36e12)]  # fmt: skip


def test_a_member_the_reference_omits_takes_no_date_from_its_family_s_entry():
    # "XLM-RoBERTa XL" (2021) is not the XLM-RoBERTa of the reference (2019): a family's later
    # sizes and tiers came out later, so the member is dated by its first sizing document
    known = {"XLM-RoBERTa": {"model": "XLM-RoBERTa", "organization": "Meta",
                             "date": "2019-11-05"}}  # fmt: skip
    row = table(("2021-06-01", [fact("XLM-RoBERTa XL", 3.5e9)]), reference=known.get).iloc[0]
    assert (row["date"], row["date_source"]) == ("2021-06-01", "document")


def test_a_member_takes_the_maker_the_text_gives_its_family():
    result = table(("2025", [fact("Halden-Mini", 202502.0, "released", org="Halden Labs"),
                             fact("Halden-Mini-1B", 1.2e9), fact("Halden-Mini-4B", 3.9e9),
                             fact("Owl-7B", 7e9)]))  # fmt: skip
    made = dict(zip(result["model"], zip(result["organization"], result["organization_source"],
                                         strict=True), strict=True))  # fmt: skip
    assert made["Halden-Mini-1B"] == made["Halden-Mini-4B"] == ("Halden Labs", "text")
    assert pd.isna(made["Owl-7B"][0])


def test_a_line_s_own_model_stays_beside_its_mixtures_of_experts():
    said = "Kite-Coder has 480B total parameters and was pretrained on 7.5T tokens."
    result = table(("2025", [fact("Kite-Coder", 480e9, "parameters", "total", sentence=said),
                             fact("Kite-Coder", 7.5e12, "training_tokens", sentence=said),
                             fact("Kite-Coder-30B-A3B", 30e9)]))  # fmt: skip
    rows = sorted(zip(result["model"], result["parameters"], result["training_tokens"],
                      strict=True), key=str)  # fmt: skip
    assert rows[0] == ("Kite-Coder", 480e9, 7.5e12)
    assert rows[1][:2] == ("Kite-Coder-30B-A3B", 30e9) and pd.isna(rows[1][2])


def test_a_post_trained_variant_takes_its_base_s_stated_date():
    result = table(("2025-06-01", [fact("Kite 3.1 8B", 8e9),
                                   fact("Kite 3.1 8B", 202407.0, "released"),
                                   fact("Kite-3.1-8B-Instruct", 8e9),
                                   fact("Kite 7B", 7e9), fact("Kite 7B", 202309.0, "released")]),
                   ("2025-06-01", [fact("Kite-7B-Instruct-v0.2", 7e9)]))  # fmt: skip
    dated = zip(result["date"], result["date_source"], strict=True)
    rows = dict(zip(result["model"], dated, strict=True))
    assert rows["Kite-3.1-8B-Instruct"] == ("2024-07", "text")
    assert rows["Kite-7B-Instruct-v0.2"] == ("2025-06-01", "document")  # a later release


def test_a_post_trained_variant_takes_its_base_s_date_before_a_sibling_s():
    result = table(("2025-06-01", [fact("Kite-7B", 7e9), fact("Kite-7B", 202308.0, "released"),
                                   fact("Kite-7B-Chat", 7e9),
                                   fact("Kite-7B-Chat", 202308.0, "released"),
                                   fact("Kite-14B", 14e9),
                                   fact("Kite-14B", 202309.0, "released")]),
                   ("2025-06-01", [fact("Kite-14B-Chat", 14e9)]))  # fmt: skip
    rows = dict(zip(result["model"], result["date"], strict=True))
    assert rows["Kite-14B-Chat"] == "2023-09"  # ships with Kite-14B, not with Kite-7B-Chat


def test_a_sibling_s_date_dates_no_member_a_document_sized_before_it():
    result = table(("2024-02-29", [fact("Tern-4 15B", 15e9)]),
                   ("2024-09-01", [fact("Tern-4 340B", 340e9),
                                   fact("Tern-4 340B", 202406.0, "released"),
                                   fact("Tern-4 70B", 70e9)]))  # fmt: skip
    rows = dict(zip(result["model"], result["date"], strict=True))
    assert rows["Tern-4 15B"] == "2024-02-29"  # sized in February: not out in June
    assert rows["Tern-4 70B"] == "2024-06"  # sized after June: the sibling's month may be its


def test_the_reference_s_date_comes_before_a_sibling_s():
    known = {"Tern-72B": {"model": "Tern-72B", "organization": "Acme", "date": "2023-11-30"}}
    result = table(("2023-12-10", [fact("Tern-7B", 7e9), fact("Tern-7B", 202308.0, "released"),
                                   fact("Tern-72B", 72e9), fact("Tern-1B", 1.2e9)]),
                   reference=known.get)  # fmt: skip
    rows = dict(zip(result["model"], zip(result["date"], result["date_source"], strict=True),
                    strict=True))  # fmt: skip
    assert rows["Tern-72B"] == ("2023-11-30", "reference")  # not its sibling's August
    assert rows["Tern-1B"] == ("2023-08", "text")  # no reference: the sibling's month


def test_a_name_s_size_or_a_year_alone_says_nothing_of_when_the_model_was_out():
    ref = {"model": "Tern-180B", "date": "2023-09-06"}
    early = fact("Tern-180B", 1.8e11, rule="size-in-name",
                 sentence="Acme is still training Tern-180B.")  # fmt: skip
    row = table(("2023-07-03", [early]), ("2023-09-07", [fact("Tern-180B", 1.8e11)]),
                reference=lambda name: ref).iloc[0]  # fmt: skip
    assert (row["date"], row["date_source"]) == ("2023-09-06", "reference")
    row = table(("2023", [fact("Tern-180B", 1.8e11)]), reference=lambda name: ref).iloc[0]
    assert (row["date"], row["date_source"]) == ("2023-09-06", "reference")


def test_a_family_s_tokens_are_only_the_listed_members_when_its_sentence_lists_some():
    listed = "Code Llama comes in 7B and 34B, trained on 500B tokens."
    result = table(("2023", [fact("Code Llama", 7e9, sentence=listed),
                             fact("Code Llama", 34e9, sentence=listed),
                             fact("Code Llama", 5e11, "training_tokens", sentence=listed)]),
                   ("2024", [fact("Code Llama", 70e9,
                                  sentence="Meta added a 70B Code Llama.")]))  # fmt: skip
    rows = dict(zip(result["model"], result["training_tokens"], strict=True))
    assert rows["Code Llama 7B"] == rows["Code Llama 34B"] == 5e11
    assert pd.isna(rows["Code Llama 70B"])  # added later: the sentence said nothing of it


def test_a_family_s_tokens_are_no_member_s_when_its_sentence_names_one():
    listed = "Gemma 3 comes in 1B and 27B."
    result = table(("2025", [fact("Gemma 3", 1e9, sentence=listed),
                             fact("Gemma 3", 27e9, sentence=listed),
                             fact("Gemma 3 27B", 14e12, "training_tokens"),
                             fact("Gemma 3", 14e12, "training_tokens",
                                  sentence="The 27B was trained on 14T tokens.")]))  # fmt: skip
    rows = dict(zip(result["model"], result["training_tokens"], strict=True))
    assert rows["Gemma 3 27B"] == 14e12 and pd.isna(rows["Gemma 3 1B"])
    assert "Gemma 3" not in rows  # no family row holding one member's tokens


def test_a_family_s_tokens_are_each_member_s_when_none_says_another():
    listed = "Qwen2.5 comes in 7B and 72B."
    result = table(("2024", [fact("Qwen2.5", 7e9, sentence=listed),
                             fact("Qwen2.5", 72e9, sentence=listed),
                             fact("Qwen2.5-72B", 18e12, "training_tokens"),
                             fact("Qwen2.5", 18e12, "training_tokens",
                                  sentence="Qwen2.5 was pretrained on 18T tokens."),
                             fact("Qwen2", 7e9, sentence="Qwen2 comes in 7B and 72B."),
                             fact("Qwen2", 72e9, sentence="Qwen2 comes in 7B and 72B."),
                             fact("Qwen2-72B", 12e12, "training_tokens"),
                             fact("Qwen2", 7e12, "training_tokens",
                                  sentence="Qwen2 saw 7T tokens.")]))  # fmt: skip
    rows = dict(zip(result["model"], result["training_tokens"], strict=True))
    assert rows["Qwen2.5 7B"] == rows["Qwen2.5-72B"] == 18e12
    assert pd.isna(rows["Qwen2 7B"]) and rows["Qwen2-72B"] == 12e12  # a member says another


def test_an_active_count_equal_to_the_total_is_a_dense_model():
    row = table(("2024", [fact("Gemma 2 9B", 9e9), fact("Gemma 2 9B", 9e9, qualifier="active")]))
    assert pd.isna(row.iloc[0]["active_parameters"])


def test_facts_behind_a_row_are_the_facts_it_was_built_from():
    listed = "Qwen1.5 comes in 7B and 72B."
    facts = frame(("2024", [fact("Qwen1.5", 7e9, sentence=listed),
                            fact("Qwen1.5", 72e9, sentence=listed),
                            fact("Qwen1.5-72B", 72e9, sentence="Qwen1.5-72B leads.")]))  # fmt: skip
    facts["start"] = range(len(facts))  # each fact its own span, as the store keeps them
    result, built_from = build_models(facts, reference=None)
    assert not result.attrs  # nothing a dataframe display would have to serialize
    behind = facts_behind(built_from, facts, "Qwen1.5-72B")
    assert sorted(behind["value"]) == [72e9, 72e9]
    assert facts_behind(built_from, facts, "No such model").empty


def test_a_build_of_a_model_is_that_model():
    result = table(("2024", [fact("Tamarind-72B", 72e9),
                             fact("Tamarind-72B-Int4", 72e9),
                             fact("qwen2.5-7b-instruct-q4_k_m.gguf", 7e9)]))  # fmt: skip
    assert sorted(result["model"]) == ["Tamarind-72B", "qwen2.5-7b-instruct"]
