"""Insights dashboard: `streamlit run dashboard.py`.

The pages live in app_pages/, not pages/: a folder named pages/ next to this script turns
on Streamlit's older folder-based navigation, which can run a page without this entry script
(and so without the sidebar filters) when a page is opened by its hash, as AppTest does.
"""

import streamlit as st

import insights_ui as ui

PAGES = {
    "trends": ("app_pages/trends.py", "Trends", ":material/trending_up:"),
    "models": ("app_pages/models.py", "Models", ":material/table_chart:"),
    "claims": ("app_pages/claims.py", "Claims", ":material/compare_arrows:"),
    "review": ("app_pages/review.py", "Review", ":material/fact_check:"),
    "sources": ("app_pages/sources.py", "Sources", ":material/description:"),
}
PAGE_PARAMS = {
    "trends": ("ref", "moe", "window", "fit", "top"),
    "models": ("model",),
    "claims": ("relation",),
    "review": (),
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
    ui.link_notices()
    ui.stale_facts_notice()
    page.run()


main()
