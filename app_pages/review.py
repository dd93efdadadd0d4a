"""Review: what the extractor may have got wrong, most consequential first; each item settled
with one correction, and every correction listed, exported and undone here."""

import pandas as pd
import streamlit as st

import insights_ui as ui
from insights.corrections import Correction, CorrectionError, describe
from insights.highlight import highlight_html
from insights.review import KINDS, corrections_view
from insights.views import fact_value, plural, review_caption

CONTEXT_CHARS = 200  # of the document shown on each side of a fact's sentence
VIEWER_STYLE = (
    "white-space: pre-wrap; padding: 0.5rem 0.75rem; border-left: 3px solid "
    "rgba(128,128,128,0.45); line-height: 1.6; margin-bottom: 0.5rem"
)
# What an item can be settled with: ("fact" or "row", action) -> label.
ACTIONS = {
    ("fact", "accept"): "Accept: this value is right",
    ("fact", "reject"): "Reject this fact",
    ("fact", "assign"): "Assign it to another model",
    ("row", "organization"): "Set the model's organization",
    ("row", "date"): "Set the model's release date",
    ("row", "accept"): "Accept the row as it is, with no organization",
}
ACTIONS_FOR = {
    "conflict": [a for a in ACTIONS if a != ("row", "accept")],
    "reference": [a for a in ACTIONS if a != ("row", "accept")],
    "unlinked": [("fact", "accept"), ("fact", "reject"), ("fact", "assign")],
    "organization": [("row", "organization"), ("row", "accept"), ("row", "date"),
                     ("fact", "reject"), ("fact", "assign")],
}  # fmt: skip
VALUE_LABELS = {
    "assign": "Model",
    "organization": "Organization",
    "date": "Release date (2024-05-01, 2024-05 or 2024)",
}
UNLINKED_ACCEPT = "Accept: it is no model's size, leave it unlinked"
WIDGET_KEYS = ("r_action", "r_fact", "r_value", "r_reason")


def _fact_label(fact: dict) -> str:
    where = fact.get("title") or fact.get("source") or f"document {fact.get('document_id')}"
    written = fact.get("model") if isinstance(fact.get("model"), str) else "no model"
    return f"{fact_value(fact)} {fact.get('kind', '')} · {written} · {where}"


def _surface(fact: dict) -> str | None:
    sentence, offset = fact.get("sentence"), fact.get("sentence_start")
    if not isinstance(sentence, str) or offset is None:
        return None
    start, end = int(fact["start"]) - int(offset), int(fact["end"]) - int(offset)
    return sentence[start:end] if 0 <= start < end <= len(sentence) else None


def show_facts(facts: tuple[dict, ...]) -> None:
    """Each fact's sentence in its document's text, the fact's characters marked."""
    with ui.open_store() as store:
        texts = {}
        for document_id in {int(f["document_id"]) for f in facts}:
            document = store.document(document_id)
            texts[document_id] = document.text if document else ""
    for fact in facts:
        text = texts.get(int(fact["document_id"]), "")
        start, end = int(fact["start"]), int(fact["end"])
        sentence_start = int(fact.get("sentence_start") or start)
        sentence_end = sentence_start + len(fact.get("sentence") or "")
        low = max(0, min(sentence_start, start) - CONTEXT_CHARS)
        high = min(len(text), max(sentence_end, end) + CONTEXT_CHARS)
        window = text[low:high]
        label = _fact_label(fact)
        # Every piece of the document is escaped by highlight_html; only <mark> is ours.
        body = highlight_html(window, [(start - low, end - low, label)])
        before, after = ("…" if low > 0 else ""), ("…" if high < len(text) else "")
        st.caption(ui.md_escape(label))
        st.html(f'<div class="insights-context" style="{VIEWER_STYLE}">'
                f"{before}{body}{after}</div>")  # fmt: skip


def _apply(item, hashes: dict) -> None:
    """The Apply button's callback: store the correction the widgets describe."""
    state = st.session_state
    scope, action = state.get("r_action") or ACTIONS_FOR[item.kind][0]
    value = state.get("r_value") if action in VALUE_LABELS else None
    reason = state.get("r_reason", "")
    if scope == "fact":
        fact = item.facts[min(state.get("r_fact") or 0, len(item.facts) - 1)]
        written = fact.get("model") if isinstance(fact.get("model"), str) else None
        correction = Correction(
            action, model=written, value=value, document_hash=hashes.get(int(fact["document_id"])),
            start=int(fact["start"]), end=int(fact["end"]), kind=fact["kind"], reason=reason,
            surface=_surface(fact),
        )  # fmt: skip
    else:
        correction = Correction(action, model=item.model, value=value, reason=reason)
    try:
        correction_id = ui.save_correction(correction)
    except CorrectionError as exc:
        state["_r_error"] = f"Nothing was stored: {exc}."
        return
    state["_r_flash"] = (describe(correction), correction_id)
    for key in WIDGET_KEYS:
        state.pop(key, None)


def _undo(correction_id: int) -> None:
    """An Undo button's callback."""
    undone = ui.undo_correction(correction_id)
    st.session_state.pop("r_undo_pick", None)
    st.session_state["_r_flash"] = (
        "Correction undone." if undone else "That correction was already undone.",
        None,
    )


def action_ui(item, hashes: dict) -> None:
    """One action settles the item: on one of its facts, or on its row."""
    state = st.session_state
    if state.get("_r_shown") != item.key:  # another item: its choices start afresh
        for key in WIDGET_KEYS:
            state.pop(key, None)
        state["_r_shown"] = item.key
    options = ACTIONS_FOR[item.kind]
    labels = ACTIONS | {("fact", "accept"): UNLINKED_ACCEPT} if item.kind == "unlinked" else ACTIONS
    scope, action = st.radio(
        "Action", options, key="r_action", format_func=labels.get, horizontal=True
    )
    if scope == "fact" and len(item.facts) > 1:
        st.radio(
            "Which fact",
            range(len(item.facts)),
            key="r_fact",
            format_func=lambda i: ui.md_escape(_fact_label(item.facts[i])),
        )
    if action in VALUE_LABELS:
        st.text_input(VALUE_LABELS[action], key="r_value", max_chars=200)
    st.text_input("Reason (optional)", key="r_reason", max_chars=2000,
                  placeholder="e.g. the paper's table says 70B")  # fmt: skip
    st.button("Apply", key="r_apply", type="primary", on_click=_apply, args=(item, hashes),
              icon=":material/check:")  # fmt: skip
    if error := state.pop("_r_error", None):
        st.error(ui.md_escape(error))


def item_picker_ui(items: list) -> object:
    """The item on show: the first on the queue unless another is chosen."""
    keys = [item.key for item in items]
    if st.session_state.get("r_item") not in keys:
        st.session_state.pop("r_item", None)
    by_key = {item.key: item for item in items}
    chosen = st.selectbox(
        "Item to review",
        keys,
        index=0,
        key="r_item",
        format_func=lambda key: by_key[key].label,
    )
    return by_key[chosen]


def corrections_ui() -> None:
    """Every correction: what, when and why, whether it applies, undo, CSV."""
    from insights.corrections import CSV_COLUMNS, to_rows
    from insights.table.corrections import found

    corrections = list(ui.load_corrections())
    st.subheader("Corrections", anchor=False)
    if not corrections:
        st.caption(
            "None yet. Corrections are kept apart from the documents, apply whenever the "
            "models table is built, and stay through `python -m insights reextract`."
        )
        return
    models = ui.load_models()
    applies = found(corrections, ui.load_facts(), models)
    view = corrections_view(corrections, applies)
    st.dataframe(view, hide_index=True, height=ui.table_height(len(view), 400),
                 column_config={"Reason": st.column_config.TextColumn(width="large")})  # fmt: skip
    by_id = {c.id: c for c in corrections}
    left, right = st.columns([3, 1], vertical_alignment="bottom")
    chosen = left.selectbox(
        "Undo a correction",
        [c.id for c in reversed(corrections)],
        index=None,
        key="r_undo_pick",
        format_func=lambda i: describe(by_id[i]),
        placeholder="Choose a correction…",
    )
    right.button("Undo", key="r_undo", disabled=chosen is None, on_click=_undo, args=(chosen,),
                 icon=":material/undo:")  # fmt: skip
    ui.download_ui(
        f"Download {plural(len(corrections), 'correction')} (CSV)",
        pd.DataFrame(to_rows(corrections), columns=list(CSV_COLUMNS)),
        "insights-corrections.csv",
        key="r_csv",
    )
    st.caption(
        "Share the CSV: `python -m insights corrections apply FILE.csv` applies it to "
        "another database."
    )


def main() -> None:
    st.title("Review")
    if flash := st.session_state.pop("_r_flash", None):
        message, correction_id = flash
        st.success(ui.md_escape(message) + ". It shows in the Models table, the charts and "
                   "the CSV." if correction_id else ui.md_escape(message))  # fmt: skip
        if correction_id:
            st.button("Undo", key="r_undo_last", on_click=_undo, args=(correction_id,),
                      icon=":material/undo:")  # fmt: skip
    models = ui.load_models()
    if models.empty:
        st.info(ui.EMPTY_DATABASE)
        return
    queue = ui.load_review_queue()
    shown_models = set(ui.filtered_models()["model"])
    items = [i for i in queue if i.model is None or i.model in shown_models]
    st.caption(review_caption(len(items)))
    if not items:
        st.success("Nothing to review under these filters.")
    else:
        queue_view = pd.DataFrame(
            {
                "Needs a look": [KINDS[i.kind] for i in items],
                "Model": [i.model for i in items],
                "Detail": [i.detail for i in items],
            }
        )
        st.dataframe(
            queue_view,
            hide_index=True,
            height=ui.table_height(len(items), 320),
            placeholder="—",
            column_config={"Detail": st.column_config.TextColumn(width="large")},
        )
        item = item_picker_ui(items)
        with st.container(border=True):
            st.markdown(f"**{ui.md_escape(item.label)}**  \n{ui.md_escape(item.detail)}")
            show_facts(item.facts)
            documents = ui.load_documents()
            hashes = dict(zip(documents["id"].tolist(), documents["hash"].tolist(), strict=True))
            action_ui(item, hashes)
    corrections_ui()


main()
