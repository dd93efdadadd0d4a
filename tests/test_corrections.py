"""Corrections: checked as typed, kept by the store through re-extraction and re-ingest,
applied when the models table is built, and the review queue they settle."""

import io

import pandas as pd
import pytest
from dashboard_data import frame

from insights.corrections import Correction, CorrectionError, checked, from_csv, to_rows
from insights.export import to_csv
from insights.fact import Fact
from insights.review import corrections_view, review_queue
from insights.store import Store
from insights.table.corrections import build_corrected, found

# --- a correction as typed ----------------------------------------------------------------

FACT = {"document_hash": "ab12", "start": 4, "end": 9, "kind": "parameters"}

# (id, correction) -> the fields it is stored with
CHECKED = [
    ("reject a fact", Correction("reject", model="Gopher", **FACT),
     {"action": "reject", "start": 4, "end": 9, "value": None}),
    ("an action in capitals, spans as text", Correction(" Accept ", **{**FACT, "start": "4"}),
     {"action": "accept", "start": 4}),
    ("assign a fact, the name tidied", Correction("assign", value="  Wren  7B ", **FACT),
     {"value": "Wren 7B"}),
    ("a reject needs no value, and keeps none", Correction("reject", value="x", **FACT),
     {"value": None}),
    ("a year and month", Correction("date", model="Wren", value="2024-5"), {"value": "2024-05"}),
    ("a year", Correction("date", model="Wren", value="2024"), {"value": "2024"}),
    ("an organization", Correction("organization", model="Wren", value="Acme  Labs"),
     {"value": "Acme Labs"}),
    ("a row accepted as it is", Correction("accept", model="Wren"), {"document_hash": None}),
    ("the reason kept", Correction("reject", reason=" a typo in the post ", **FACT),
     {"reason": "a typo in the post"}),
]  # fmt: skip


@pytest.mark.parametrize(("correction", "stored"), [c[1:] for c in CHECKED],
                         ids=[c[0] for c in CHECKED])  # fmt: skip
def test_a_correction_is_tidied_as_it_is_checked(correction, stored):
    result = checked(correction)
    assert {name: getattr(result, name) for name in stored} == stored


NOT_CORRECTIONS = [
    ("no such action", Correction("delete", model="Wren"), "unknown action"),
    ("assign with no model", Correction("assign", **FACT), "assign needs the model"),
    ("a row action on a fact", Correction("organization", value="Acme", **FACT),
     "said of a model"),
    ("reject with no fact", Correction("reject", model="Wren"), "needs a fact"),
    ("an empty span", Correction("reject", **{**FACT, "end": 4}), "is empty"),
    ("a span that is no number", Correction("reject", **{**FACT, "start": "four"}),
     "whole number"),
    ("an unknown kind", Correction("reject", **{**FACT, "kind": "weights"}), "unknown fact kind"),
    ("a date in words", Correction("date", model="Wren", value="last Tuesday"), "is not a date"),
    ("no such month", Correction("date", model="Wren", value="2024-13"), "no month 13"),
    ("a date left empty", Correction("date", model="Wren", value=" "), "needs the release date"),
    ("an organization left empty", Correction("organization", model="Wren"),
     "needs the organization"),
    ("a row action with no model", Correction("organization", value="Acme"), "needs the model"),
    ("a name past the limit", Correction("assign", value="W" * 201, **FACT), "longer than 200"),
    ("a time that is no time", Correction("accept", model="Wren", created_at="yesterday"),
     "not an ISO 8601 time"),
]  # fmt: skip


@pytest.mark.parametrize(("correction", "said"), [c[1:] for c in NOT_CORRECTIONS],
                         ids=[c[0] for c in NOT_CORRECTIONS])  # fmt: skip
def test_an_incomplete_correction_says_what_is_wrong(correction, said):
    with pytest.raises(CorrectionError, match=said):
        checked(correction)


def test_a_csv_reads_back_what_was_written_formulas_included():
    written = [
        Correction("assign", model="=Evil", value="+Wren", reason="-typed so", **FACT),
        Correction("date", model="Wren", value="2024-05", created_at="2024-06-01T10:00:00+00:00"),
    ]
    text = to_csv(pd.DataFrame(to_rows(written))).decode("utf-8")
    assert "'=Evil" in text  # neutralized for spreadsheets on the way out
    assert from_csv(text) == written


def test_a_csv_with_bad_lines_names_each_and_returns_nothing():
    text = "action,model,value\ndate,Wren,2024\ndate,Wren,someday\nfly,Wren,\n"
    with pytest.raises(CorrectionError) as raised:
        from_csv(text)
    assert "line 3:" in str(raised.value) and "line 4: unknown action" in str(raised.value)
    assert "line 2" not in str(raised.value)
    with pytest.raises(CorrectionError, match="no “action” column"):
        from_csv("model,value\nWren,2024\n")


# --- applied to the models table ----------------------------------------------------------


def fact(model, value, at, kind="parameters", org=None, qualifier=None, sentence=None):
    """A fact whose span starts at ``at`` (five characters long)."""
    return Fact(kind=kind, value=value, unit=kind, model=model, organization=org,
                qualifier=qualifier, start=at, end=at + 5,
                sentence=sentence or f"{model} has {value:g}.")  # fmt: skip



def on(document_id, at, action, kind="parameters", **fields):
    """A correction of the fact at ``at`` in a document that is stored here."""
    return Correction(action, document_hash=f"h{document_id}", start=at, end=at + 5, kind=kind,
                      document_id=document_id, **fields)  # fmt: skip


def row(table, model) -> dict:
    rows = table[table["model"] == model]
    assert len(rows) == 1, f"{model}: {table['model'].tolist()}"
    return rows.iloc[0].to_dict()


# Two documents that disagree: the newer one, with 280B, wins the tie.
GOPHER = [("2022", [fact("Gopher", 280e9, 0, org="DeepMind")]),
          ("2021", [fact("Gopher", 180e9, 10, org="DeepMind")])]  # fmt: skip
CHINCHILLA = [("2022", [fact("Chinchilla", 70e9, 0), fact("Chinchilla", 1.4e12, 20,
                                                           kind="training_tokens")]),
              ("2023", [fact("Chinchilla", 80e9, 0)])]  # fmt: skip
UNLINKED = [("2024", [fact(None, 3e9, 7, sentence="Someone trained a 3B model.")])]
ORGANIZATIONS = [("2023", [fact("Kite-9", 9e9, 0, org="Acme")]),
                 ("2023", [fact("Kite-9", 9e9, 0, org="Initech")])]  # fmt: skip
DATED = [("2023", [fact("Kite-9", 9e9, 0), fact("Kite-9", 202312.0, 30, kind="released")])]

# (id, documents, corrections, model) -> what its row says after the corrections
APPLIED = [
    ("nothing corrected", GOPHER, [], "Gopher",
     {"parameters": 280e9, "conflict": True, "corrected": None}),
    ("a rejected outlier settles the conflict", GOPHER, [on(2, 10, "reject", model="Gopher")],
     "Gopher", {"parameters": 280e9, "conflict": False, "corrected": "parameters"}),
    ("an accepted minority value wins", GOPHER, [on(2, 10, "accept", model="Gopher")], "Gopher",
     {"parameters": 180e9, "conflict": False, "conflict_values": None,
      "corrected": "parameters", "document_id": 2}),
    ("accepted sizes recompute tokens per parameter and 6ND", CHINCHILLA,
     [on(2, 0, "accept", model="Chinchilla")], "Chinchilla",
     {"parameters": 80e9, "tokens_per_parameter": 1.4e12 / 80e9,
      "training_compute": 6 * 80e9 * 1.4e12}),
    ("a size linked to no model, assigned", UNLINKED, [on(1, 7, "assign", value="Wren")],
     "Wren", {"parameters": 3e9, "corrected": "parameters"}),
    ("an organization set", ORGANIZATIONS, [Correction("organization", model="Kite-9",
                                                       value="Acme Labs")], "Kite-9",
     {"organization": "Acme Labs", "organization_source": "corrected", "conflict": False,
      "corrected": "organization"}),
    ("an organization set by an alias, for another spelling", ORGANIZATIONS,
     [Correction("organization", model="kite 9", value="google deepmind")], "Kite-9",
     {"organization": "DeepMind"}),
    ("a release date set", GOPHER, [Correction("date", model="Gopher", value="2021-12")],
     "Gopher", {"date": "2021-12", "date_source": "corrected", "conflict": True,
                "corrected": "date"}),
    ("an accepted release month dates the row", DATED, [on(1, 30, "accept", kind="released")],
     "Kite-9", {"date": "2023-12", "date_source": "corrected", "corrected": "date"}),
    ("a document not stored here changes nothing", GOPHER,
     [Correction("reject", document_hash="elsewhere", start=10, end=15, kind="parameters")],
     "Gopher", {"parameters": 280e9, "conflict": True, "corrected": None}),
    ("a span with no fact changes nothing", GOPHER, [on(2, 11, "reject")], "Gopher",
     {"parameters": 280e9, "conflict": True, "corrected": None}),
    ("a row that is not there changes nothing", GOPHER,
     [Correction("organization", model="Gopher 2", value="Acme")], "Gopher",
     {"organization": "DeepMind", "corrected": None}),
]  # fmt: skip


@pytest.mark.parametrize(("documents", "corrections", "model", "expected"),
                         [c[1:] for c in APPLIED], ids=[c[0] for c in APPLIED])  # fmt: skip
def test_corrections_apply_when_the_table_is_built(documents, corrections, model, expected):
    table, _ = build_corrected(frame(*documents), corrections, reference=None)
    got = row(table, model)
    assert {k: None if got[k] is pd.NA or got[k] != got[k] else got[k] for k in expected} == (
        expected
    )


def test_an_assigned_fact_leaves_its_row_without_its_organization():
    documents = [("2021", [fact("Gopher", 280e9, 0, org="DeepMind")]),
                 ("2022", [fact("Gopher", 70e9, 0, org="DeepMind")])]  # fmt: skip
    table, behind = build_corrected(
        frame(*documents), [on(2, 0, "assign", model="Gopher", value="Chinchilla")],
        reference=None,
    )  # fmt: skip
    gopher, chinchilla = row(table, "Gopher"), row(table, "Chinchilla")
    assert (gopher["parameters"], gopher["conflict"], gopher["corrected"]) == (
        280e9, False, "parameters")  # fmt: skip
    assert chinchilla["parameters"] == 70e9 and pd.isna(chinchilla["organization"])
    assert [f["document_id"] for f in behind["Chinchilla"]] == [2]


def test_of_two_facts_on_one_span_the_written_model_decides():
    both = [("2023", [fact("Kite-9", 9e9, 0), fact("Wren", 9e9, 0)])]
    table, _ = build_corrected(frame(*both), [on(1, 0, "reject", model="Wren")], reference=None)
    assert table["model"].tolist() == ["Kite-9"]


def test_an_accepted_size_settles_its_difference_from_the_reference():
    def reference(name):
        if name == "GPT-3":
            return {"model": "GPT-3", "organization": "OpenAI", "date": "2020-05-28",
                    "parameters": 175e9}  # fmt: skip
        return None

    documents = [("2020", [fact("GPT-3", 150e9, 0)])]
    before, _ = build_corrected(frame(*documents), [], reference=reference)
    after, _ = build_corrected(frame(*documents), [on(1, 0, "accept")], reference=reference)
    assert row(before, "GPT-3")["reference_conflict"]
    assert not row(after, "GPT-3")["reference_conflict"]
    assert row(after, "GPT-3")["reference_parameters"] == 175e9  # still shown beside it


def test_found_says_which_corrections_match_something_here():
    corrections = [on(2, 10, "reject"), on(2, 11, "reject"),
                   Correction("reject", document_hash="gone", start=0, end=5, kind="parameters"),
                   Correction("organization", model="gopher", value="X"),
                   Correction("organization", model="Gopher 2", value="X")]  # fmt: skip
    facts = frame(*GOPHER)
    table, _ = build_corrected(facts, [], reference=None)
    assert found(corrections, facts, table) == [True, False, False, True, False]
    view = corrections_view(corrections, found(corrections, facts, table))
    assert view["Applies"].tolist()[::-1] == [
        "yes", "no: nothing matches", "no: its document is not stored", "yes",
        "no: nothing matches",
    ]  # fmt: skip


# --- the review queue ---------------------------------------------------------------------


def queue(documents, corrections=(), reference=None):
    facts = frame(*documents)
    table, behind = build_corrected(facts, list(corrections), reference=reference)
    return [(item.kind, item.model) for item in review_queue(table, behind, facts, corrections)]


LARGE_UNKNOWN = ("2023", [fact("Kite-90", 90e9, 0)])
SMALL_UNKNOWN = ("2023", [fact("Kite-9", 9e9, 0)])
KNOWN = ("2023", [fact("Wren-3", 3e9, 0, org="Acme")])

# (id, documents, corrections) -> the queue, in order
QUEUES = [
    ("nothing to review", [KNOWN], [], []),
    ("conflicts, then unlinked sizes, then no organization", [SMALL_UNKNOWN, *UNLINKED, *GOPHER],
     [], [("conflict", "Gopher"), ("unlinked", None), ("organization", "Kite-9")]),
    ("larger models first", [SMALL_UNKNOWN, LARGE_UNKNOWN], [],
     [("organization", "Kite-90"), ("organization", "Kite-9")]),
    ("a rejected fact takes its conflict off", GOPHER, [on(2, 10, "reject")], []),
    ("a row accepted as it is has no organization to ask for", [SMALL_UNKNOWN],
     [Correction("accept", model="kite-9")], []),
    ("an unlinked size accepted as no model's", UNLINKED, [on(1, 7, "accept")], []),
    ("an unlinked size assigned becomes a row to ask about", UNLINKED,
     [on(1, 7, "assign", value="Wren")], [("organization", "Wren")]),
]  # fmt: skip


@pytest.mark.parametrize(("documents", "corrections", "expected"), [c[1:] for c in QUEUES],
                         ids=[c[0] for c in QUEUES])  # fmt: skip
def test_the_review_queue_puts_the_most_consequential_first(documents, corrections, expected):
    assert queue(documents, corrections) == expected


def test_a_size_that_differs_from_the_reference_is_asked_about_once():
    def reference(name):
        return {"model": "GPT-3", "organization": "OpenAI", "date": "2020-05-28",
                "parameters": 175e9} if name == "GPT-3" else None  # fmt: skip

    only = [("2020", [fact("GPT-3", 150e9, 0)])]
    both = [*only, ("2021", [fact("GPT-3", 100e9, 0)])]
    assert queue(only, reference=reference) == [("reference", "GPT-3")]
    facts = frame(*both)
    table, behind = build_corrected(facts, [], reference=reference)
    [item] = review_queue(table, behind, facts)
    assert item.kind == "conflict" and "Epoch AI: 175B" in item.detail
    assert sorted(f["value"] for f in item.facts) == [100e9, 150e9]


# --- kept by the store --------------------------------------------------------------------

TEXT = "Initech trained Kite-9, a model with 9 billion parameters, on 2 trillion tokens."


def stored_fact(store, kind="parameters") -> dict:
    facts = store.facts()
    found_fact = facts[facts["kind"] == kind].iloc[0].to_dict()
    digest = store.document_hashes([found_fact["document_id"]])[found_fact["document_id"]]
    return {"document_hash": digest, "start": int(found_fact["start"]),
            "end": int(found_fact["end"]), "kind": kind, "model": found_fact["model"]}  # fmt: skip


def test_a_correction_survives_reextraction_and_a_reingest():
    with Store() as store:
        store.add_document(TEXT, title="Kite note")
        assert store.models()["parameters"].tolist() == [9e9]
        store.add_correction(Correction("assign", value="Kite-9 Base", reason="the base model",
                                        **stored_fact(store)))  # fmt: skip
        store.add_correction(Correction("organization", model="Kite-9 Base", value="Initech"))
        corrected = store.models().set_index("model")
        assert corrected.loc["Kite-9 Base", "corrected"] == "organization; parameters"
        store.reextract()
        assert store.models().set_index("model").equals(corrected)
        document_id = int(store.documents()["id"].iloc[0])
        store.delete_document(document_id)
        assert store.models().empty and len(store.corrections()) == 2
        assert store.corrections()[0].document_id is None  # waiting for its document
        store.add_document(TEXT, title="Kite note")
        assert store.models().set_index("model").drop(columns="document_id").equals(
            corrected.drop(columns="document_id")
        )


def test_a_later_correction_replaces_the_earlier_one_and_undo_deletes_it():
    with Store() as store:
        store.add_document(TEXT)
        target = stored_fact(store)
        first = store.add_correction(Correction("reject", **target))
        second = store.add_correction(Correction("accept", **target, reason="checked the paper"))
        store.add_correction(Correction("date", model="Kite-9", value="2024"))
        store.add_correction(Correction("date", model="kite 9", value="2024-02"))
        kept = store.corrections()
        assert [(c.id, c.action, c.value) for c in kept] == [
            (second, "accept", None), (second + 2, "date", "2024-02")]  # fmt: skip
        assert kept[0].surface == "9 billion parameters"
        assert not store.undo_correction(first)
        assert store.undo_correction(second)
        assert [c.action for c in store.corrections()] == ["date"]


def test_a_bad_correction_in_a_batch_stores_none_of_it():
    with Store() as store:
        with pytest.raises(CorrectionError):
            store.add_corrections([Correction("date", model="Kite-9", value="2024"),
                                   Correction("date", model="Kite-9", value="soon")])  # fmt: skip
        assert store.corrections() == []


def test_typed_text_is_stored_as_it_is():
    sneaky = "Kite'); DROP TABLE documents; --"
    with Store() as store:
        store.add_document(TEXT)
        store.add_correction(Correction("organization", model=sneaky, value=sneaky, reason=sneaky))
        [kept] = store.corrections()
        assert (kept.model, kept.value, kept.reason) == (sneaky, sneaky, sneaky)
        assert store.count_documents() == 1


def test_an_export_applies_to_another_database():
    with Store() as mine, Store() as theirs:
        for store in (mine, theirs):
            store.add_document(TEXT)
        mine.add_correction(Correction("reject", reason="not in the paper", **stored_fact(mine)))
        csv_text = to_csv(pd.DataFrame(to_rows(mine.corrections()))).decode("utf-8")
        theirs.add_corrections(from_csv(io.StringIO(csv_text).read()))
        [kite] = theirs.models().to_dict("records")
        assert pd.isna(kite["parameters"]) and kite["training_tokens"] == 2e12
        assert kite["corrected"] == "parameters"
        assert [c.reason for c in theirs.corrections()] == ["not in the paper"]
