"""Models: one row per model with readable numbers, conflicts marked, and the facts behind it."""

import streamlit as st

import insights_ui as ui
from insights.views import fact_value, models_view

FACT_COLUMNS = {
    "kind": "Fact",
    "shown": "Value",
    "qualifier": "Qualifier",
    "model": "As written",
    "sentence": "Sentence",
    "title": "Document",
    "date": "Date",
    "source": "Source",
}


def model_picker_ui(names: list[str]) -> str | None:
    """A model chooser whose choice lives in the URL, so a link opens the model's evidence."""
    ui.url_to_state("m_model", "model", lambda raw: raw[-1] if raw[-1] in names else None)
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


def show_model(name: str) -> None:
    facts = ui.facts_for_model(name)
    if facts.empty:
        st.info(f"No stored facts mention {name}.")
        return
    facts = facts.assign(shown=[fact_value(f) for f in facts.to_dict("records")])
    st.write(f"**{len(facts)} facts** from **{facts['document_id'].nunique()} documents**.")
    st.dataframe(
        facts.reindex(columns=list(FACT_COLUMNS)).rename(columns=FACT_COLUMNS),
        hide_index=True,
        height=420,
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
    st.caption(
        f"{len(view):,} of {len(models):,} models. Numbers are what the sources state; "
        f"⚠ marks the {conflicts:,} models whose sources disagree or differ from Epoch AI. "
        "Epoch AI parameters: [Notable AI Models](https://epoch.ai/data/notable-ai-models) "
        "(CC BY 4.0), shown beside what the text states, never in place of it."
    )
    number = st.column_config.NumberColumn(format="compact")
    st.dataframe(
        view,
        hide_index=True,
        column_config={
            "Parameters": number,
            "Active parameters": number,
            "Training tokens": number,
            "Training compute (FLOP)": st.column_config.TextColumn(),
            "Tokens per parameter": st.column_config.NumberColumn(format="%.1f"),
            "Epoch AI parameters": number,
            "Evidence": st.column_config.TextColumn(width="large"),
            "Date": st.column_config.TextColumn(),
        },
        key="models_table",
    )
    ui.download_ui(
        f"Download these {len(view):,} rows (CSV)",
        view,
        "insights-models.csv",
        key="models_csv",
    )
    st.divider()
    choice = model_picker_ui(view["Model"].tolist())
    if choice:
        show_model(choice)


main()
