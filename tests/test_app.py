"""Every dashboard page through streamlit's AppTest, over a small temporary database."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # the pages import insights_ui from the repository root

from dashboard_data import facts_of, fill  # noqa: E402
from vega_spec import points_of, tooltip  # noqa: E402

import insights_ui  # noqa: E402
from insights import extract  # noqa: E402
from insights.charts import REFERENCE_NAME, figure_layer, layer_rows  # noqa: E402
from insights.corrections import Correction  # noqa: E402
from insights.extract.rules import why  # noqa: E402
from insights.filters import Filters, apply_filters  # noqa: E402
from insights.store import Store  # noqa: E402
from insights.tables import claims_table, models_table  # noqa: E402
from insights.views import (  # noqa: E402
    added_message,
    claims_view,
    delete_label,
    deleted_message,
    documents_caption,
    duplicates_message,
    match_caption,
    models_caption,
    models_display,
    models_view,
    review_caption,
    table_csv,
    undrawn_note,
)

PAGES = [
    "app_pages/trends.py",
    "app_pages/models.py",
    "app_pages/claims.py",
    "app_pages/review.py",
    "app_pages/sources.py",
]
TIMEOUT = 60


@pytest.fixture
def db(tmp_path, monkeypatch):
    path = fill(tmp_path / "insights.db")
    monkeypatch.setenv("INSIGHTS_DB", str(path))
    return path


@pytest.fixture
def empty_db(tmp_path, monkeypatch):
    path = tmp_path / "empty.db"
    with Store(path) as store:
        store.set_meta("corpus", "none: an empty database on purpose")
    monkeypatch.setenv("INSIGHTS_DB", str(path))
    return path


def app(page: str | None = None, query: dict | None = None) -> AppTest:
    """The app opened on ``page`` with ``query`` in its URL, as a shared link would."""
    at = AppTest.from_file(str(REPO / "dashboard.py"), default_timeout=TIMEOUT)
    at.query_params.update(query or {})
    at.run()
    if page and page != "app_pages/trends.py":  # Trends is the default page, already open
        at.switch_page(page)
        # A link opens the page with its parameters; switching pages here drops them.
        at.query_params.update(query or {})
        at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def documents(path) -> int:
    with Store(path) as store:
        return store.count_documents()


def unescaped(markdown: str) -> str:
    """Markdown as it reads on screen: the backslashes of ``md_escape`` dropped."""
    return markdown.replace("\\", "")


def table(at: AppTest, index: int = 0) -> pd.DataFrame:
    return at.dataframe[index].value


def vega_figures(at: AppTest) -> list[dict]:
    """Each chart's Vega-Lite specification as the browser gets it, with its datasets (sent
    as Arrow beside the specification) read back as frames."""
    import pyarrow as pa

    figures = []
    for element in at.get("vega_lite_chart"):
        figure = json.loads(element.proto.spec)
        figure["datasets"] = {
            d.name: pa.ipc.open_stream(d.data.data).read_pandas() for d in element.proto.datasets
        }
        figures.append(figure)
    return figures


def series_names(figure: dict) -> set[str]:
    """What a figure's legends name: each organization with points, the reference, guides."""
    names = {layer["description"] for layer in figure["layer"]}
    layer = figure_layer(figure, "organizations")
    return names | {row["series"] for row in layer_rows(figure, layer)} if layer else names


def position(figure: dict, channel: str) -> dict:
    """The x or y encoding of a figure's points."""
    return figure_layer(figure, "organizations")["encoding"][channel]


def expected_models(path, filters: Filters) -> pd.DataFrame:
    with Store(path) as store:
        return models_view(apply_filters(models_table(store.facts()), filters))


def test_a_spawned_worker_running_the_entry_script_draws_nothing(monkeypatch):
    import runpy

    import streamlit

    def drawn(*args, **kwargs):
        raise AssertionError("the app ran in a worker process")

    monkeypatch.setattr(streamlit, "set_page_config", drawn)
    monkeypatch.setattr(streamlit, "navigation", drawn)
    path = str(Path(__file__).resolve().parent.parent / "dashboard.py")
    namespace = runpy.run_path(path, run_name="__mp_main__")  # as multiprocessing's spawn does
    assert callable(namespace["main"])


# --- every page -----------------------------------------------------------------------------


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_with_the_sidebar_filters(db, page):
    at = app(page)
    assert at.title, "each page has a title"
    assert not at.error
    labels = {w.label for w in [*at.sidebar.multiselect, *at.sidebar.slider,
                                *at.sidebar.select_slider, *at.sidebar.text_input]}  # fmt: skip
    assert {"Organization", "Date (year)", "Parameters", "Search model names"} <= labels


@pytest.mark.parametrize("page", PAGES)
def test_an_empty_database_shows_a_message_not_a_traceback(empty_db, page):
    at = app(page)
    assert not at.error
    assert at.info, "an empty database explains itself"


# --- trends ---------------------------------------------------------------------------------


def test_trends_draws_both_charts_with_log_axes(db):
    at = app()
    scatter, over_time = vega_figures(at)
    assert position(scatter, "x")["scale"]["type"] == "log"
    assert position(scatter, "y")["scale"]["type"] == "log"
    assert position(over_time, "y")["scale"]["type"] == "log"
    names = series_names(scatter)
    assert {"Meta", "Google", "Chinchilla-optimal (20 tokens/parameter)"} <= names
    assert [m.label for m in at.metric] == ["Growth per year", "Doubling time", "Models in the fit"]


def test_trends_reference_toggle_adds_the_epoch_layer_and_cites_it(db):
    at = app()
    at.toggle(key="t_ref").set_value(True).run()
    names = {name for fig in vega_figures(at) for name in series_names(fig)}
    assert "Epoch AI reference" in names
    assert any("Epoch AI" in c.value for c in at.caption)
    comparison = next(c.value for c in at.caption if "published figure" in c.value)
    assert "4.0 months in 2018–2022" in comparison and "epoch.ai/blog/" in comparison
    assert f"over {at.metric[2].value} models" in comparison
    assert at.query_params.get("ref") == "1"


def reference_points(figure: dict) -> list[dict]:
    return points_of(figure, REFERENCE_NAME)


REFERENCE_FILTERS = [
    pytest.param({}, (2018, 2024), (1e6, 1e13), id="no filter: the data's years"),
    pytest.param({"from": "2021", "to": "2023"}, (2021, 2023), (1e6, 1e13), id="years"),
    pytest.param({"pmin": "10B", "pmax": "300B"}, (2018, 2024), (1e10, 3e11), id="sizes"),
    pytest.param({"org": "Meta"}, (2018, 2024), (1e6, 1e13), id="organization"),
]


@pytest.mark.parametrize(("query", "years", "sizes"), REFERENCE_FILTERS)
def test_trends_reference_layer_obeys_every_filter(db, query, years, sizes):
    at = app(query=query | {"ref": "1"})
    figure = vega_figures(at)[1]
    over_time = reference_points(figure)
    dates = pd.to_datetime(pd.Series([p["x"] for p in over_time]), format="ISO8601")
    assert dates.dt.year.min() >= years[0] and dates.dt.year.max() <= years[1]
    sizes_drawn = [p["y"] for p in over_time]
    assert sizes[0] <= min(sizes_drawn) and max(sizes_drawn) <= sizes[1]
    if "org" in query:
        hovers = [tooltip(figure, p, REFERENCE_NAME).splitlines() for p in over_time]
        assert {line for lines in hovers for line in lines if line.startswith("Organization")} == {
            "Organization: Meta"}  # fmt: skip


def test_trends_reference_layer_follows_the_name_search(db):
    at = app(query={"q": "llama", "ref": "1"})
    names = {p["model"] for p in reference_points(vega_figures(at)[1])}  # the tooltip's title
    assert names and all("llama" in n.lower() for n in names)


def test_trends_points_carry_their_model_and_a_click_opens_it(db):
    at = app(query={"org": "Meta", "from": "2020"})
    scatter = vega_figures(at)[0]
    meta = points_of(scatter, "Meta")
    assert "Llama 2 70B" in [p["model"] for p in meta]
    points = figure_layer(scatter, "organizations")
    assert points["params"][0]["select"] == {"type": "point", "fields": ["model"]}
    assert list(at.get("vega_lite_chart")[0].proto.selection_mode) == ["pick"]  # clicks select
    # AppTest cannot click inside a chart; the click's callback leaves the model here.
    at.session_state["_open_model"] = "Llama 2 70B"
    at.run()
    assert at.title[0].value == "Models"
    assert at.selectbox(key="m_model").value == "Llama 2 70B"
    assert dict(at.query_params) == {"model": "Llama 2 70B", "org": "Meta", "from": "2020"}
    assert set(table(at)["Organization"]) == {"Meta"}  # the filters came along


def test_trends_moe_toggle_switches_to_active_parameters(db):
    at = app()
    at.toggle(key="t_moe").set_value(True).run()
    over_time = vega_figures(at)[1]
    assert position(over_time, "y")["title"].startswith("Active parameters")
    assert [p["y"] for p in points_of(over_time, "DeepSeek")] == [37e9]
    assert at.query_params.get("moe") == "active"


def test_trends_window_narrows_the_fit_and_lives_in_the_url(db):
    at = app()
    at.slider(key="t_window").set_value((2022, 2024)).run()
    assert at.metric[2].value == "10"  # models dated 2022 to 2024
    assert at.query_params.get("window") == "2022-2024"
    again = app(query={"window": "2022-2024"})
    assert again.slider(key="t_window").value == (2022, 2024)


def test_trends_fit_choice_changes_the_count_and_lives_in_the_url(db):
    at = app()
    everyone = int(at.metric[2].value)
    at.radio(key="t_fit").set_value("records").run()
    records = int(at.metric[2].value)
    assert 3 <= records < everyone
    assert at.query_params.get("fit") == "records"
    assert at.number_input(key="t_top").disabled
    at.radio(key="t_fit").set_value("top").run()
    at.number_input(key="t_top").set_value(1).run()
    assert dict(at.query_params) == {"fit": "top", "top": "1"}
    by_year = int(at.metric[2].value)
    again = app(query={"fit": "top", "top": "1"})
    assert again.radio(key="t_fit").value == "top" and again.number_input(key="t_top").value == 1
    assert int(again.metric[2].value) == by_year
    ignored = app(query={"fit": "nonsense", "top": "-4"})
    assert ignored.radio(key="t_fit").value == "all"


def test_trends_with_no_match_says_so(db):
    at = app(query={"q": "no such model"})
    assert at.warning and "No models match" in at.warning[0].value
    assert not vega_figures(at)


# --- models and filters ---------------------------------------------------------------------


def test_organization_filter_changes_the_table(db):
    at = app("app_pages/models.py")
    assert len(table(at)) == 15
    at.sidebar.multiselect(key="f_org").set_value(["Meta"]).run()
    shown = table(at)
    assert set(shown["Organization"]) == {"Meta"} and len(shown) == 4


def test_search_date_and_size_filters_change_the_table(db):
    at = app("app_pages/models.py")
    at.sidebar.text_input(key="f_q").set_value("llama").run()
    assert set(table(at)["Model"]) == {"LLaMA 13B", "LLaMA 65B", "Llama 2 70B", "Llama 3.1 405B"}
    at.sidebar.text_input(key="f_q").set_value("").run()
    at.sidebar.slider(key="f_years").set_value((2024, 2024)).run()
    assert set(table(at)["Model"]) == {"Qwen2-72B", "Llama 3.1 405B", "DeepSeek-V3"}
    at.sidebar.slider(key="f_years").set_value((2018, 2024)).run()
    at.sidebar.select_slider(key="f_params").set_value((1e11, 1e13)).run()
    assert set(table(at)["Model"]) == {
        "GPT-3", "Gopher", "PaLM", "Falcon 180B", "Llama 3.1 405B", "DeepSeek-V3",
    }  # fmt: skip


def test_models_table_has_readable_columns_and_marks_conflicts(db):
    at = app("app_pages/models.py")
    shown = table(at)
    assert list(shown.columns[:6]) == [
        "Model", "Organization", "Date", "Parameters", "Active parameters", "Training tokens",
    ]  # fmt: skip
    assert "Conflict" in shown.columns
    assert shown.loc[shown["Model"] == "Mixtral 8x7B", "Active parameters"].item() == 12.9e9
    assert set(shown["Conflict"]) <= {"", "⚠"}
    compute = shown["Training compute (FLOP)"].dropna()
    assert len(compute) and all(re.fullmatch(r"\d(\.\d)?×10[⁰¹²³⁴⁵⁶⁷⁸⁹]+|10[⁰¹²³⁴⁵⁶⁷⁸⁹]+", c)
                                for c in compute)  # fmt: skip
    assert at.dataframe[0].proto.placeholder == "—"  # missing values: a dash, never "None"


# The Model column is as wide as its longest name (the table sizes columns by the first rows
# it draws, which cut "Llama 3.1 405B" below "GPT-3"), up to a cap.
MODEL_COLUMN_WIDTHS = [
    ({}, "Llama 3.1 405B", 136),
    ({"q": "gopher"}, "Gopher", 100),
]


@pytest.mark.parametrize(("query", "longest", "width"), MODEL_COLUMN_WIDTHS)
def test_the_model_column_fits_the_longest_name_shown(db, query, longest, width):
    at = app("app_pages/models.py", query)
    assert max(table(at)["Model"], key=len) == longest
    assert json.loads(at.dataframe[0].proto.columns)["Model"]["width"] == width


def test_a_conflict_is_a_mark_with_its_detail_in_the_model_view(db):
    text = "A leaked memo put Gopher at 180B parameters."
    with Store(db) as store:
        store.add_extracted(
            text, facts_of(text, [("180B parameters", "parameters", 180e9, "Gopher",
                                   "DeepMind", None)]), title="Memo", source="memo",
            date="2022-01-01",
        )  # fmt: skip
    at = app("app_pages/models.py")
    view = table(at)
    assert view.loc[view["Model"] == "Gopher", "Conflict"].item() == "⚠"
    assert any("⚠ marks the 1 model whose" in c.value for c in at.caption)
    assert set(view.loc[view["Model"] != "Gopher", "Conflict"]) == {""}
    at.selectbox(key="m_model").set_value("Gopher").run()
    warning = at.warning[0].value
    assert warning.startswith("The sources disagree") and "180" in warning


PLURALS = [
    pytest.param({"q": "gpt-3"}, "Download 1 row (CSV)", id="one row"),
    pytest.param({"org": "Meta"}, "Download 4 rows (CSV)", id="four rows"),
]


@pytest.mark.parametrize(("query", "label"), PLURALS)
def test_counts_are_singular_for_one(db, query, label):
    at = app("app_pages/models.py", query=query)
    assert at.download_button[0].label == label
    if "q" in query:
        at.selectbox(key="m_model").set_value("GPT-3").run()
        assert any("facts** from **1 document**" in m.value for m in at.markdown)


# --- counts in words ---------------------------------------------------------------------------

# (caption, what it must say): each count with its noun's right number, and no word about a
# mark that no row carries.
COUNT_CAPTIONS = [
    pytest.param(models_caption(15, 15, 0, 0), "15 of 15 models. Numbers are what the sources "
                 "state. Epoch AI", id="models, nothing marked: no word on the marks"),
    pytest.param(models_caption(1, 1, 0, 0), "1 of 1 model.", id="models, one row"),
    pytest.param(models_caption(15, 15, 1, 0), "⚠ marks the 1 model whose sources disagree or "
                 "differ from Epoch AI: choose it below", id="models, one conflict"),
    pytest.param(models_caption(15, 15, 3, 0), "⚠ marks the 3 models whose", id="models, three"),
    pytest.param(models_caption(15, 15, 0, 1), "state; ✎ marks the 1 model with values "
                 "corrected", id="models, one corrected"),
    pytest.param(match_caption(1, 1), "1 of 1 model matches the filters.", id="trends, one"),
    pytest.param(match_caption(2, 15), "2 of 15 models match the filters.", id="trends, two"),
    pytest.param(undrawn_note(1), "1 of the models lacks a parameter or token count and is not "
                 "drawn.", id="trends, one undrawn"),
    pytest.param(undrawn_note(0), "", id="trends, none undrawn"),
    pytest.param(documents_caption(1, 1, 1), "1 of 1 document (1 fact in all).",
                 id="sources, one"),
    pytest.param(documents_caption(0, 2, 0), "0 of 2 documents (no facts in all).",
                 id="sources, no facts"),
    pytest.param(added_message(1, 1, 1), "Added 1 document with 1 fact; 1 was already stored.",
                 id="added one"),
    pytest.param(added_message(3, 0, 2), "Added 3 documents with no facts; 2 were already "
                 "stored.", id="added three"),
    pytest.param(duplicates_message(1), "Nothing new: the document was already stored.",
                 id="one duplicate"),
    pytest.param(delete_label(0), "Yes, delete this document", id="delete, no facts"),
    pytest.param(delete_label(1), "Yes, delete this document and its fact", id="delete, one"),
    pytest.param(deleted_message("Memo", 2), "Deleted Memo and its 2 facts.", id="deleted, two"),
    pytest.param(review_caption(1), "1 item to look at", id="review, one item"),
    pytest.param(review_caption(0), "What needs a look, most consequential first",
                 id="review, nothing"),
]  # fmt: skip
# A count of one or none with the wrong words, anywhere on a page.
BAD_COUNT = re.compile(r"(?<![\d.,])1 (?:[a-z]+ )?(?:models|facts|documents|rows|claims|items"
                       r"|corrections)\b|\b0 (?:models|facts|items) (?:whose|to)")  # fmt: skip


@pytest.mark.parametrize(("caption", "said"), COUNT_CAPTIONS)
def test_a_count_caption_says_what_is_true(caption, said):
    assert said in caption if said else caption == ""
    assert not BAD_COUNT.search(caption)


def page_text(at: AppTest) -> list[str]:
    """Every piece of text a page shows: captions, messages, labels and chart titles."""
    texts = [e.value for kind in ("caption", "markdown", "info", "success", "warning", "title")
             for e in getattr(at, kind)]  # fmt: skip
    texts += [w.label for kind in ("checkbox", "button", "download_button", "selectbox")
              for w in getattr(at, kind)]  # fmt: skip
    for figure in vega_figures(at):
        title = figure.get("title") or {}
        texts += [str(title.get("text", "")), str(title.get("subtitle", ""))]
    return [unescaped(t) for t in texts]


ONE_MODEL = "Wren has 3B parameters."


@pytest.fixture
def one_model_db(empty_db):
    """One document stating one fact about one model, with no organization."""
    with Store(empty_db) as store:
        store.add_extracted(ONE_MODEL, facts_of(ONE_MODEL, [(
            "3B parameters", "parameters", 3e9, "Wren", None, None)]), title="Wren note",
            source="note", date="2024-02-02")  # fmt: skip
    return empty_db


ONE_OF_EACH = [
    pytest.param("app_pages/trends.py", {}, "1 of 1 model matches the filters.", id="trends"),
    pytest.param("app_pages/models.py", {"model": "Wren"}, "**1 fact** from **1 document**.",
                 id="models"),
    pytest.param("app_pages/review.py", {}, "1 item to look at", id="review"),
    pytest.param("app_pages/sources.py", {"doc": "1"}, "1 of 1 document (1 fact in all).",
                 id="sources"),
]  # fmt: skip


@pytest.mark.parametrize(("page", "query", "said"), ONE_OF_EACH)
def test_a_page_with_one_of_everything_says_one(one_model_db, page, query, said):
    texts = page_text(app(page, query=query))
    assert any(said in t for t in texts), texts
    assert not [t for t in texts if BAD_COUNT.search(t)]


def test_the_models_caption_names_a_mark_only_when_a_row_has_it(db):
    caption = " ".join(c.value for c in app("app_pages/models.py").caption)
    assert "⚠" not in caption and "✎" not in caption and "0 models" not in caption


def test_filters_round_trip_through_the_url(db):
    at = app("app_pages/models.py")
    at.sidebar.multiselect(key="f_org").set_value(["Meta", "Google"]).run()
    at.sidebar.text_input(key="f_q").set_value("l").run()
    at.sidebar.slider(key="f_years").set_value((2019, 2024)).run()
    at.sidebar.select_slider(key="f_params").set_value((1e10, 3e12)).run()
    params = dict(at.query_params)
    assert params == {
        "org": ["Meta", "Google"], "q": "l", "from": "2019", "pmin": "10B", "pmax": "3T",
    }  # fmt: skip
    rows = table(at)

    reopened = app("app_pages/models.py", query=params)
    assert reopened.sidebar.multiselect(key="f_org").value == ["Meta", "Google"]
    assert reopened.sidebar.text_input(key="f_q").value == "l"
    assert reopened.sidebar.slider(key="f_years").value == (2019, 2024)
    assert reopened.sidebar.select_slider(key="f_params").value == (1e10, 3e12)
    pd.testing.assert_frame_equal(table(reopened), rows)
    assert dict(reopened.query_params) == params


def test_a_link_with_an_alias_or_unknown_organization_does_not_break(db):
    at = app("app_pages/models.py", query={"org": ["Google DeepMind", "Acme"], "from": "junk"})
    assert at.sidebar.multiselect(key="f_org").value == ["DeepMind"]
    assert any("Acme" in c.value for c in at.sidebar.caption)
    assert set(table(at)["Organization"]) == {"DeepMind"}


UNKNOWN_LINKS = [
    pytest.param("app_pages/trends.py", {"org": "Nonexistent"}, "organization not in the data",
                 id="organization"),
    pytest.param("app_pages/models.py", {"model": "NoSuchModel"}, "model that is not in the data",
                 id="model"),
    pytest.param("app_pages/models.py", {"model": "GPT-3", "org": "Meta"},
                 "hidden by the filters", id="model hidden by a filter"),
    pytest.param("app_pages/sources.py", {"doc": "9999"}, "document that is not stored",
                 id="document"),
    pytest.param("app_pages/sources.py", {"doc": "x1"}, "document that is not stored",
                 id="document id that is no number"),
]  # fmt: skip


@pytest.mark.parametrize(("page", "query", "said"), UNKNOWN_LINKS)
def test_a_link_to_something_unknown_says_so_and_shows_the_rest(db, page, query, said):
    at = app(page, query=query)
    assert at.warning and said in at.warning[0].value
    assert at.title  # the page itself is drawn as normal
    if page == "app_pages/trends.py":
        assert len(vega_figures(at)) == 2
    if page == "app_pages/models.py":
        assert at.selectbox(key="m_model").value is None and len(table(at))
    if page == "app_pages/sources.py":
        assert at.selectbox(key="s_doc").value is None and len(table(at)) == 13


def test_clear_filters_resets_them(db):
    at = app("app_pages/models.py", query={"org": "Meta"})
    at.sidebar.button[0].click().run()
    assert at.sidebar.multiselect(key="f_org").value == []
    assert len(table(at)) == 15 and "org" not in at.query_params


def test_download_button_and_its_csv_match_the_filtered_rows(db):
    at = app("app_pages/models.py", query={"org": "Meta"})
    assert [b.label for b in at.download_button] == ["Download 4 rows (CSV)"]
    shown = table(at)
    expected = expected_models(db, Filters(organizations=("Meta",)))
    pd.testing.assert_frame_equal(shown, models_display(expected))
    rows = list(csv.DictReader(io.StringIO(table_csv(expected).decode("utf-8"))))
    assert [r["Model"] for r in rows] == shown["Model"].tolist()
    assert list(rows[0]) == list(shown.columns)
    assert float(rows[0]["Parameters"]) == shown["Parameters"].iloc[0]


def test_choosing_a_model_shows_every_fact_and_its_source(db):
    at = app("app_pages/models.py")
    at.selectbox(key="m_model").set_value("Chinchilla").run()
    facts = table(at, 1)
    assert set(facts["Value"]) == {"70B", "1.4T", "outperforms Gopher"}
    assert all("Chinchilla" in s for s in facts["Sentence"])
    assert "Linked by" in facts.columns
    assert at.query_params.get("model") == "Chinchilla"
    assert any("Chinchilla" in link.label for link in at.get("page_link"))
    reopened = app("app_pages/models.py", query={"model": "Chinchilla"})
    assert reopened.selectbox(key="m_model").value == "Chinchilla"


def test_each_fact_of_a_model_says_which_rule_linked_it(empty_db):
    text = "Chinchilla, a 70B-parameter model, outperforms Gopher (280B)."
    with Store(empty_db) as store:
        store.add_extracted(text, extract(text), title="Note", source="note")
    at = app("app_pages/models.py")
    at.selectbox(key="m_model").set_value("Gopher").run()
    facts = table(at, 1)
    assert list(facts["Linked by"]) == [why("name-bracket")]

def test_a_model_s_detail_says_where_its_organization_and_date_came_from(db):
    at = app("app_pages/models.py")
    at.selectbox(key="m_model").set_value("Chinchilla").run()
    said = " ".join(m.value for m in at.markdown).replace("\\", "")  # as rendered
    # The text's DeepMind is also the reference's: the row names the reference as its source.
    assert "Organization: DeepMind, from the reference" in said
    assert "Date: 2022-03-29, the reference's publication date (Epoch AI)" in said


# --- claims ---------------------------------------------------------------------------------


def test_claims_page_lists_filters_and_downloads_claims(db):
    at = app("app_pages/claims.py")
    shown = table(at)
    assert shown[["Model", "Claim", "Compared with"]].values.tolist() == [
        ["Chinchilla", "outperforms", "Gopher"]
    ]
    assert shown["Model size"].item() == 70e9 and shown["Their size"].item() == 280e9
    assert at.download_button[0].label == "Download 1 claim (CSV)"
    with Store(db) as store:
        facts = store.facts()
    expected = claims_view(claims_table(facts), models_table(facts), Filters())
    pd.testing.assert_frame_equal(shown, expected)
    assert b"outperforms" in table_csv(expected)

    at.sidebar.text_input(key="f_q").set_value("gpt").run()
    assert at.warning and not at.dataframe
    at.sidebar.text_input(key="f_q").set_value("gopher").run()
    assert len(table(at)) == 1  # the search matches either side of a claim


# --- sources --------------------------------------------------------------------------------


def test_a_good_upload_adds_a_document(db):
    before = documents(db)
    at = app("app_pages/sources.py")
    text = b"Acme released Roadrunner-9B, a model with 9 billion parameters."
    at.file_uploader[0].set_value(("roadrunner.txt", text, "text/plain"))
    at.button[0].click().run()  # the form's "Add files"
    assert not at.error, [e.value for e in at.error]
    assert at.success and "Added 1 document" in at.success[0].value
    assert documents(db) == before + 1


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("broken.pdf", b"%PDF-1.4 this is not really a pdf"),
        ("empty.txt", b"   \n  "),
    ],
)
def test_a_bad_upload_shows_an_error_and_changes_nothing(db, name, data):
    before = documents(db)
    at = app("app_pages/sources.py")
    at.file_uploader[0].set_value((name, data, "application/octet-stream"))
    at.button[0].click().run()
    assert at.error and name in unescaped(at.error[0].value)
    assert not at.success
    assert documents(db) == before


def test_an_upload_over_the_size_limit_is_refused(db, monkeypatch):
    monkeypatch.setattr(insights_ui, "MAX_UPLOAD_BYTES", 100)
    before = documents(db)
    at = app("app_pages/sources.py")
    at.file_uploader[0].set_value(("big.txt", b"x" * 101, "text/plain"))
    at.button[0].click().run()
    assert at.error and "over the" in at.error[0].value
    assert documents(db) == before


def test_pasted_text_is_added(db):
    before = documents(db)
    at = app("app_pages/sources.py")
    form = at.get("form")
    assert form
    at.text_area[0].set_value("Initech trained Stapler-2 with 2 billion parameters.")
    text_input(at, "Title").set_value("Pasted note")
    at.button[1].click().run()  # the form's "Add text"
    assert not at.error, [e.value for e in at.error]
    assert documents(db) == before + 1


PASTED_DATES = [
    pytest.param("2023-07-18", "2023-07-18", id="ISO date"),
    pytest.param("2023-7", "2023-07", id="year and month"),
    pytest.param("2023", "2023", id="year"),
    pytest.param("", None, id="no date"),
]
BAD_PASTED_DATES = [
    pytest.param("last Tuesday", "is not a date", id="words"),
    pytest.param("2023-02-30", "does not exist", id="no such day"),
    pytest.param("2023-13", "no month 13", id="no such month"),
    pytest.param("18/07/2023", "is not a date", id="day first"),
]


def text_input(at: AppTest, label: str):
    return next(w for w in at.text_input if w.label == label)


def paste(at: AppTest, text: str, date: str) -> AppTest:
    at.text_area[0].set_value(text)
    text_input(at, "Title").set_value("Pasted note")
    text_input(at, "Date (optional)").set_value(date)
    return at.button[1].click().run()  # the form's "Add text"


@pytest.mark.parametrize(("typed", "stored"), PASTED_DATES)
def test_a_pasted_date_is_stored_in_iso_form(db, typed, stored):
    at = paste(app("app_pages/sources.py"), "Initech trained Stapler-2 with 2B parameters.", typed)
    assert not at.error, [e.value for e in at.error]
    with Store(db) as store:
        docs = store.documents()
    (date,) = docs.loc[docs["title"] == "Pasted note", "date"].tolist()
    assert date == stored if stored else pd.isna(date)


@pytest.mark.parametrize(("typed", "reason"), BAD_PASTED_DATES)
def test_a_bad_pasted_date_is_an_error_and_stores_nothing(db, typed, reason):
    before = documents(db)
    at = paste(app("app_pages/sources.py"), "Initech trained Stapler-2 with 2B parameters.", typed)
    assert at.error and reason in at.error[0].value and "Nothing was added" in at.error[0].value
    assert documents(db) == before


def test_a_document_opens_escaped_with_its_facts_marked(db):
    at = app("app_pages/sources.py", query={"doc": "2"})
    assert at.selectbox(key="s_doc").value == 2
    body = at.get("html")[0].proto.body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body and "<script>" not in body
    assert '<mark title="parameters · 70B · Chinchilla">70B parameters</mark>' in body
    assert at.subheader[0].value.startswith("Chinchilla")
    facts = table(at, 1)
    assert list(facts.columns) == ["Fact", "Value", "Qualifier", "Model", "Organization",
                                   "Sentence"]  # fmt: skip
    assert at.dataframe[1].proto.placeholder == "—"
    assert "3 facts ·" in " ".join(c.value for c in at.caption)


def test_a_document_with_one_fact_says_fact(db):
    text = "Wren has 3B parameters."
    with Store(db) as store:
        added = store.add_extracted(
            text, facts_of(text, [("3B parameters", "parameters", 3e9, "Wren", None, None)]),
            title="Wren note", source="note", date="2024-02-02",
        )  # fmt: skip
        doc = store.documents()["id"].max()
    assert added.facts == 1
    at = app("app_pages/sources.py", query={"doc": str(doc)})
    details = " ".join(c.value for c in at.caption)
    assert "1 fact ·" in details and "1 facts" not in details


def test_deleting_a_document_removes_it_and_its_facts(db):
    before = documents(db)
    at = app("app_pages/sources.py", query={"doc": "2"})
    at.checkbox(key="s_confirm_2").check().run()
    at.button(key="s_delete").click().run()
    assert not at.exception
    assert at.success and "Deleted" in at.success[0].value
    assert documents(db) == before - 1
    with Store(db) as store:
        assert store.document(2) is None
        assert store.facts([2]).empty


def test_sources_filters_narrow_the_document_list(db):
    at = app("app_pages/sources.py", query={"org": "Meta"})
    titles = set(table(at)["Title"])
    assert titles == {"LLaMA release", "Llama 2 and Mixtral roundup", "Llama 3.1 405B announcement"}


def test_facts_from_an_older_extractor_can_be_read_again(db):
    from insights.extract.extractor import extract, extractor_version
    from insights.store import fact_rows

    with Store(db) as store:
        store.set_meta("extractor", "an-older-one")
        texts = [row[0] for row in store._conn.execute("SELECT text FROM documents")]
    expected = sum(len(fact_rows(extract(text))) for text in texts)
    at = app()
    assert any("earlier version of the extractor" in i.value for i in at.info)
    at.button(key="reextract").click().run()
    assert not at.exception
    assert not any("earlier version of the extractor" in i.value for i in at.info)
    with Store(db) as store:
        assert store.get_meta("extractor") == extractor_version()
        stored = store._conn.execute("SELECT count(*) FROM facts").fetchone()[0]
        assert stored == expected  # exactly what this extractor reads in the documents


def test_current_facts_show_no_notice(db):
    at = app()
    assert not any("earlier version of the extractor" in i.value for i in at.info)
    assert not [b for b in at.button if b.key == "reextract"]


# --- review ---------------------------------------------------------------------------------

MEMO = "A leaked memo put Gopher at 180B parameters. A lab trained a 3B parameters model."


@pytest.fixture
def memo_db(db):
    """The sample database and a memo that gives Gopher another size and leaves a size bare."""
    with Store(db) as store:
        store.add_extracted(
            MEMO, facts_of(MEMO, [("180B parameters", "parameters", 180e9, "Gopher", "DeepMind",
                                   None), ("3B parameters", "parameters", 3e9, None, None, None)]),
            title="Memo <b>leak</b> [x](javascript:alert(1))", source="memo", date="2020-01-01",
        )  # fmt: skip
    return db


def chart_hovers(at: AppTest, model: str) -> list[str]:
    """The tooltips of a model's points in the charts, each as its lines' text."""
    hovers = []
    for fig in vega_figures(at):
        layer = figure_layer(fig, "organizations")
        points = layer_rows(fig, layer) if layer else []
        hovers += [tooltip(fig, point) for point in points if point["model"] == model]
    return hovers


def test_review_lists_what_needs_a_look_and_a_rejection_shows_until_undone(memo_db):
    at = app("app_pages/review.py")
    queue = table(at)
    assert queue[["Needs a look", "Model"]].fillna("").values.tolist()[:2] == [
        ["Sources disagree", "Gopher"], ["Size linked to no model", ""]]  # fmt: skip
    assert at.selectbox(key="r_item").value == "conflict:Gopher"  # the first item is open
    bodies = [h.proto.body for h in at.get("html")]  # each sentence in its text, escaped
    assert any('<mark title="180B parameters · Gopher · Memo &lt;b&gt;leak&lt;/b&gt;' in b
               for b in bodies)  # fmt: skip
    assert not any("<b>leak" in b for b in bodies)
    assert at.radio(key="r_action").options[:3] == [
        "Accept: this value is right", "Reject this fact", "Assign it to another model"]

    at.radio(key="r_action").set_value(("fact", "reject")).run()
    [memo] = [i for i, o in enumerate(at.radio(key="r_fact").options) if "Memo" in o]
    option = at.radio(key="r_fact").options[memo]  # the title's markdown is made inert
    assert "[x](" not in option and unescaped(option) == (
        "180B parameters · Gopher · Memo <b>leak</b> [x](javascript:alert(1))")
    at.radio(key="r_fact").set_value(memo)
    at.text_input(key="r_reason").set_value("a leak, not a source").run()
    at.button(key="r_apply").click().run()
    assert not at.exception and not at.error
    assert "“180B parameters” (parameters of Gopher) rejected" in unescaped(at.success[0].value)
    assert "Gopher" not in set(table(at)["Model"].dropna())  # its conflict is settled
    assert table(at, 1)["Reason"].tolist() == ["a leak, not a source"]
    with Store(memo_db) as store:
        [kept] = store.corrections()
    assert (kept.action, kept.surface, kept.model) == ("reject", "180B parameters", "Gopher")

    at.switch_page("app_pages/models.py").run()
    gopher = table(at).set_index("Model").loc["Gopher"]
    assert (gopher["Parameters"], gopher["Conflict"], gopher["Corrected"]) == (
        280e9, "", "✎ parameters")  # fmt: skip
    view = models_view(load_models_of(memo_db))
    rows = list(csv.DictReader(io.StringIO(table_csv(view).decode("utf-8"))))
    assert next(r for r in rows if r["Model"] == "Gopher")["Corrected"] == "parameters"
    at.switch_page("app_pages/trends.py").run()
    assert any("✎ corrected by hand: parameters" in h for h in chart_hovers(at, "Gopher"))

    at.switch_page("app_pages/review.py").run()
    at.selectbox(key="r_undo_pick").set_value(kept.id).run()
    at.button(key="r_undo").click().run()
    assert at.success[0].value == "Correction undone\\."
    with Store(memo_db) as store:
        assert store.corrections() == []
    assert table(at)["Model"].tolist()[0] == "Gopher"  # back on the queue


def test_the_flash_s_undo_takes_back_what_was_just_applied(memo_db):
    at = app("app_pages/review.py")
    at.radio(key="r_action").set_value(("fact", "reject")).run()
    [memo] = [i for i, o in enumerate(at.radio(key="r_fact").options) if "Memo" in o]
    at.radio(key="r_fact").set_value(memo)
    at.button(key="r_apply").click().run()
    assert [b.label for b in at.download_button] == ["Download 1 correction (CSV)"]
    assert "Gopher" not in set(table(at)["Model"].dropna())

    at.button(key="r_undo_last").click().run()  # beside the message, not in the list below
    assert not at.exception and at.success[0].value == "Correction undone\\."
    assert not [b for b in at.button if b.key == "r_undo_last"]
    with Store(memo_db) as store:
        assert store.corrections() == []
    assert table(at)["Model"].tolist()[0] == "Gopher"  # back on the queue
    assert not at.download_button  # no corrections, no CSV of them


def load_models_of(path) -> pd.DataFrame:
    with Store(path) as store:
        return store.models()


def test_a_size_is_assigned_and_an_organization_set_and_a_bad_date_stores_nothing(memo_db):
    at = app("app_pages/review.py")
    with Store(memo_db) as store:
        memo = int(store.documents()["id"].max())
    start = MEMO.index("3B parameters")
    at.selectbox(key="r_item").set_value(f"unlinked:{memo}:{start}:{start + 13}").run()
    assert at.radio(key="r_action").options[0] == "Accept: it is no model's size, leave it unlinked"
    at.radio(key="r_action").set_value(("fact", "assign")).run()
    at.text_input(key="r_value").set_value("Wren").run()
    at.button(key="r_apply").click().run()
    assert not at.error and "assigned to Wren" in unescaped(at.success[0].value)

    at.selectbox(key="r_item").set_value("organization:Wren").run()  # now a row to ask about
    at.radio(key="r_action").set_value(("row", "date")).run()
    at.text_input(key="r_value").set_value("last Tuesday").run()
    at.button(key="r_apply").click().run()
    assert at.error and "Nothing was stored" in at.error[0].value
    assert "is not a date" in at.error[0].value
    at.radio(key="r_action").set_value(("row", "organization")).run()
    at.text_input(key="r_value").set_value("Acme Labs").run()
    at.button(key="r_apply").click().run()
    assert not at.error
    with Store(memo_db) as store:
        assert [(c.action, c.value) for c in store.corrections()] == [
            ("assign", "Wren"), ("organization", "Acme Labs")]  # fmt: skip
    at.switch_page("app_pages/models.py").run()
    wren = table(at).set_index("Model").loc["Wren"]
    assert (wren["Organization"], wren["Parameters"], wren["Corrected"]) == (
        "Acme Labs", 3e9, "✎ organization; parameters")  # fmt: skip


# --- the models table kept in the database ---------------------------------------------------

KITE = "Initech announced Kite-9, a model with 9B parameters."


def restart_server() -> None:
    """What a new `streamlit run` starts without: the process's caches."""
    import streamlit as st

    st.cache_resource.clear()
    insights_ui._built.clear()


# (id, a write made while the dashboard is open, and the Models page's row it shows in)
OTHER_WRITES = [
    ("a document", lambda store: store.add_extracted(
        KITE, facts_of(KITE, [("9B parameters", "parameters", 9e9, "Kite-9", "Initech", None)]),
        title="Kite", date="2024-05"), ("Kite-9", "Parameters", 9e9)),
    ("a correction", lambda store: store.add_correction(
        Correction("organization", model="Gopher", value="Initech")),
     ("Gopher", "Organization", "Initech")),
    ("a deletion", lambda store: store.delete_document(1), ("GPT-3", "Model", None)),
]  # fmt: skip


@pytest.mark.parametrize("restart", [False, True], ids=["same server", "restarted server"])
@pytest.mark.parametrize(("write", "shown"), [w[1:] for w in OTHER_WRITES],
                         ids=[w[0] for w in OTHER_WRITES])  # fmt: skip
def test_what_another_program_writes_shows_at_once(db, restart, write, shown):
    app("app_pages/models.py")  # the table is built, and kept in the database
    with Store(db) as store:
        write(store)
    if restart:
        restart_server()
    rows = table(app("app_pages/models.py")).set_index("Model")
    model, column, value = shown
    assert (rows.loc[model, column] if model in rows.index else None) == value


def test_a_restarted_server_reads_the_kept_table_instead_of_building_it(db, monkeypatch):
    import insights.table.corrections

    first = table(app("app_pages/models.py"))
    restart_server()

    def no_build(*args, **kwargs):
        raise AssertionError("the models table was built again")

    monkeypatch.setattr(insights.table.corrections, "build_corrected", no_build)
    at = app()
    assert len(vega_figures(at)) == 2
    at.switch_page("app_pages/models.py").run()
    pd.testing.assert_frame_equal(table(at), first)
