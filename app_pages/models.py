"""Models: one row per model with readable numbers, conflicts marked, and the facts behind it."""

import streamlit as st

import insights_ui as ui
from insights.extract.rules import why
from insights.views import (
    CONFLICT_MARK,
    fact_value,
    model_provenance,
    models_caption,
    models_display,
    models_view,
    plural,
)

FACT_COLUMNS = {
    "kind": "Fact",
    "shown": "Value",
    "qualifier": "Qualifier",
    "model": "As written",
    "linked_by": "Linked by",
    "sentence": "Sentence",
    "title": "Document",
    "date": "Date",
    "source": "Source",
}


def model_picker_ui(names: list[str], notice, every: set[str]) -> str | None:
    """A model chooser whose choice lives in the URL, so a link opens the model's evidence.

    A link's model that is not shown is said in ``notice``, a container above the page.
    """

    def parse(raw: list[str]) -> str | None:
        if raw[-1] in names:
            return raw[-1]
        name = ui.md_escape(raw[-1])
        notice.warning(
            f"“{name}” is hidden by the filters: clear them to see it."
            if raw[-1] in every
            else f"The link names a model that is not in the data: “{name}”.",
            icon=":material/link_off:",
        )
        return None

    ui.url_to_state("m_model", "model", parse)
    if st.session_state.get("m_model") not in names:
        st.session_state.pop("m_model", None)
    choice = st.selectbox(
        "Show every fact behind a model",
        names,
        index=None,
        key="m_model",
        placeholder="Choose a model…",
    )
    ui.state_to_url("model", choice)
    return choice


def show_model(name: str, conflict: str = "") -> None:
    facts = ui.facts_for_model(name)
    if facts.empty:
        st.info(f"No stored facts mention {ui.md_escape(name)}.")
        return
    if conflict:
        detail = conflict.removeprefix(CONFLICT_MARK).strip()
        st.warning(f"The sources disagree: {ui.md_escape(detail)}.", icon=":material/warning:")
    row = ui.model_row(name)
    if row is not None:
        # Where the organization and date came from, and every disagreement with its source.
        st.markdown("  \n".join(ui.md_escape(line) for line in model_provenance(row)))
    facts = facts.assign(
        shown=[fact_value(f) for f in facts.to_dict("records")],
        linked_by=[why(r) if isinstance(r, str) else "" for r in facts["rule"]],
    )
    documents = facts["document_id"].nunique()
    st.write(f"**{plural(len(facts), 'fact')}** from **{plural(documents, 'document')}**.")
    st.dataframe(
        facts.reindex(columns=list(FACT_COLUMNS)).rename(columns=FACT_COLUMNS),
        hide_index=True,
        height=ui.table_height(len(facts), 600),
        placeholder="—",
        column_config={"Sentence": st.column_config.TextColumn(width="large")},
    )
    for document_id, title in facts.drop_duplicates("document_id")[
        ["document_id", "title"]
    ].itertuples(index=False):
        st.page_link(
            "app_pages/sources.py",
            label=f"Open “{ui.md_escape(title or f'document {document_id}')}” with its facts "
            "highlighted",
            icon=":material/description:",
            query_params={"doc": str(document_id)},
        )


def main() -> None:
    notice = st.container()
    st.title("Models")
    models = ui.load_models()
    if models.empty:
        st.info(ui.EMPTY_DATABASE)
        return
    shown = ui.filtered_models()
    if shown.empty:
        st.warning(ui.NO_MATCH)
        return
    view = models_view(shown)
    conflicts = int((view["Conflict"] != "").sum())
    corrected = int((view["Corrected"] != "").sum())
    st.caption(models_caption(len(view), len(models), conflicts, corrected))
    number = st.column_config.NumberColumn(format="compact")
    ui.page_table(
        models_display(view),
        "models",
        hide_index=True,
        placeholder="—",
        # Rows come from the server as they scroll into view: 10,000 rows are not sent whole.
        lazy=True,
        column_config={
            "Model": st.column_config.TextColumn(width=ui.text_width(view["Model"].tolist())),
            "Parameters": number,
            "Active parameters": number,
            "Training tokens": number,
            "Conflict": st.column_config.TextColumn(
                width="small",
                help="⚠: the sources disagree, or differ from Epoch AI by more than 10%. "
                "Choose the model below for the values.",
            ),
            "Corrected": st.column_config.TextColumn(
                help="✎: the values a person corrected on the Review page, where each "
                "correction is listed and can be undone.",
            ),
            "Training compute (FLOP)": st.column_config.TextColumn(),
            "Tokens per parameter": st.column_config.NumberColumn(format="%.1f"),
            "Epoch AI parameters": number,
            "Evidence": st.column_config.TextColumn(width="large"),
            "Date": st.column_config.TextColumn(),
        },
        key="models_table",
    )
    ui.download_ui(
        f"Download {plural(len(view), 'row')} (CSV)",
        view,
        "insights-models.csv",
        key="models_csv",
    )
    st.divider()
    choice = model_picker_ui(view["Model"].tolist(), notice, set(models["model"]))
    if choice:
        conflict = view.loc[view["Model"] == choice, "Conflict"]
        show_model(choice, conflict.iloc[0] if len(conflict) else "")


main()
