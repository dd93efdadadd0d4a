"""Corrections: checked as typed, kept by the store through re-extraction and re-ingest,
applied when the models table is built, and the review queue they settle."""

import pytest

from insights.corrections import Correction, CorrectionError, checked
from insights.store import Store

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


# --- kept by the store --------------------------------------------------------------------

TEXT = "Initech trained Kite-9, a model with 9 billion parameters, on 2 trillion tokens."


def stored_fact(store, kind="parameters") -> dict:
    facts = store.facts()
    found_fact = facts[facts["kind"] == kind].iloc[0].to_dict()
    digest = store.document_hashes([found_fact["document_id"]])[found_fact["document_id"]]
    return {"document_hash": digest, "start": int(found_fact["start"]),
            "end": int(found_fact["end"]), "kind": kind, "model": found_fact["model"]}  # fmt: skip


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
