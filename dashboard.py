"""Insights dashboard: `streamlit run dashboard.py`."""

import streamlit as st

import insights_ui as ui

PAGES = {
    "trends": ("pages/trends.py", "Trends", ":material/trending_up:"),
    "models": ("pages/models.py", "Models", ":material/table_chart:"),
    "claims": ("pages/claims.py", "Claims", ":material/compare_arrows:"),
    "sources": ("pages/sources.py", "Sources", ":material/description:"),
}
PAGE_PARAMS = {
    "trends": ("ref", "moe", "window"),
    "models": ("model",),
    "claims": ("relation",),
    "sources": ("doc",),
}


def main() -> None:
    st.set_page_config(page_title="Insights: AI model-scale trends", page_icon="📈", layout="wide")
    pages = [
        st.Page(path, title=title, icon=icon, url_path=name, default=name == "trends")
        for name, (path, title, icon) in PAGES.items()
    ]
    page = st.navigation(pages)
    ui.ensure_database()
    name = page.url_path or "trends"  # the default page's url_path is ""
    ui.drop_foreign_params(PAGE_PARAMS.get(name, ()))
    ui.filters_ui(ui.load_models())
    page.run()


main()
