"""Charts: the records they prepare and the figures they draw, asserted on fig.data/layout."""

from __future__ import annotations

import html
import math
import re
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest

from insights.charts import (
    HOVER_SENTENCE_LIMIT,
    ORGANIZATION_COLORS,
    OTHER_COLOR,
    OTHER_ORGANIZATIONS,
    REFERENCE_NAME,
    WEBGL_THRESHOLD,
    fit_trend,
    format_number,
    organization_colors,
    params_over_time_figure,
    params_vs_tokens_figure,
    scatter_data,
    size_trend,
    trend_sample,
)

MODEL_COLUMNS = [
    "model", "organization", "date", "parameters", "active_parameters", "training_tokens",
    "tokens_per_parameter", "training_compute", "training_compute_source", "layers", "sources",
    "conflict", "conflict_values", "evidence", "document", "reference_parameters",
]  # fmt: skip


def models_frame(rows: list[dict]) -> pd.DataFrame:
    """A models table with the exact columns of ``insights.tables.models_table``."""
    frame = pd.DataFrame(rows, columns=MODEL_COLUMNS)
    return frame.astype({"parameters": float, "active_parameters": float, "training_tokens": float})


MODELS = models_frame(
    [
        {"model": "GPT-3", "organization": "OpenAI", "date": "2020-05-28", "parameters": 175e9,
         "training_tokens": 300e9, "evidence": "GPT-3 has <175B> parameters.",
         "document": "GPT-3 paper"},
        {"model": "Chinchilla", "organization": "DeepMind", "date": "2022-03-29",
         "parameters": 70e9, "training_tokens": 1.4e12,
         "evidence": "Chinchilla (70B) was trained on 1.4T tokens.", "document": "Chinchilla"},
        {"model": "LLaMA 65B", "organization": "Meta", "date": "2023-02-24", "parameters": 65e9,
         "training_tokens": 1.4e12, "evidence": "trained on 1.4T tokens", "document": "LLaMA"},
        {"model": "Mixtral 8x7B", "organization": "Mistral AI", "date": "2023-12-11",
         "parameters": 46.7e9, "active_parameters": 12.9e9, "training_tokens": None,
         "evidence": "46.7B total, 12.9B active", "document": "Mixtral"},
        {"model": "Undated", "organization": None, "date": None, "parameters": 1e9,
         "training_tokens": 2e10, "evidence": "", "document": ""},
    ]
)  # fmt: skip

FORMAT_EXAMPLES = [
    (7e10, "70B"),
    (1.4e12, "1.4T"),
    (1.75e11, "175B"),
    (6.7e9, "6.7B"),
    (125e6, "125M"),
    (1.5e3, "1.5K"),
    (999.9e9, "1T"),
    (15e12, "15T"),
    (3.14e23, "3.1e23"),
    (0, "0"),
    (0.5, "0.5"),
    (-7e10, "-70B"),
    (None, ""),
    (float("nan"), ""),
    ("not a number", ""),
]


@pytest.mark.parametrize(
    ("value", "expected"), FORMAT_EXAMPLES, ids=[e for _, e in FORMAT_EXAMPLES]
)
def test_format_number(value, expected):
    assert format_number(value) == expected


def test_empty_models_give_empty_figures_with_titles():
    empty = models_frame([])
    scatter = params_vs_tokens_figure(scatter_data(empty))
    trend = params_over_time_figure(size_trend(empty))
    assert scatter.data == () and "no models" in scatter.layout.title.text
    assert trend.data == () and "no models" in trend.layout.title.text


def test_scatter_has_one_trace_per_organization_and_guide_lines():
    data = scatter_data(MODELS)
    names = [s.name for s in data.series]
    assert names[:3] == ["Meta", "OpenAI", "DeepMind"]  # the colour map's order, always
    assert data.shown == 4 and data.missing == 1  # Mixtral has no token count
    fig = params_vs_tokens_figure(data)
    assert fig.layout.xaxis.type == "log" and fig.layout.yaxis.type == "log"
    assert "log scale" in fig.layout.xaxis.title.text
    assert "log scale" in fig.layout.yaxis.title.text
    chinchilla = next(t for t in fig.data if t.name.startswith("Chinchilla"))
    assert chinchilla.x[0] / chinchilla.y[0] == pytest.approx(20)
    iso = next(t for t in fig.data if t.name.startswith("Equal training compute"))
    for start in range(0, len(iso.x), 3):  # segments split by None
        x0, x1, y0, y1 = *iso.x[start : start + 2], *iso.y[start : start + 2]
        assert x0 * y0 == pytest.approx(x1 * y1)
    labels = [a.text for a in fig.layout.annotations]
    assert labels and all(re.fullmatch(r"(\d(\.\d)?×)?10[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+ FLOP", t) for t in labels)
    assert len(labels) == len(iso.x) // 3


def test_iso_compute_lines_stay_inside_the_plot_and_the_legend_has_one_entry_for_them():
    fig = params_vs_tokens_figure(scatter_data(MODELS))
    x_range = [10**v for v in fig.layout.xaxis.range]
    y_range = [10**v for v in fig.layout.yaxis.range]
    iso = next(t for t in fig.data if t.name.startswith("Equal training compute"))
    for x, y in zip(iso.x, iso.y, strict=True):
        if x is not None:
            assert x_range[0] * 0.999 <= x <= x_range[1] * 1.001
            assert y_range[0] * 0.999 <= y <= y_range[1] * 1.001
    assert sum("FLOP" in (t.name or "") for t in fig.data) == 0
    assert fig.layout.legend.orientation == "h"


MARKDOWN_HOVER = [
    pytest.param("### DeepMind's **280B**-parameter Gopher", "DeepMind's 280B-parameter Gopher",
                 id="heading and bold"),
    pytest.param("See [Gopher](https://example.org/g), 280B.", "See Gopher, 280B.", id="link"),
    pytest.param("> - `Gopher`: 280B", "Gopher: 280B", id="quote, list and code"),
    pytest.param("| Gopher | 280B |", "Gopher 280B", id="table row"),
    pytest.param("Mixtral 8*7B is *sparse*", "Mixtral 8*7B is sparse", id="a star in a name"),
    pytest.param("snake_case_name has 7B", "snake_case_name has 7B", id="underscores in words"),
]  # fmt: skip


@pytest.mark.parametrize(("evidence", "shown"), MARKDOWN_HOVER)
def test_hover_shows_the_sentence_as_plain_text(evidence, shown):
    models = MODELS.assign(evidence=[evidence] * len(MODELS), document="## Notes on *Gopher*")
    hover = params_vs_tokens_figure(scatter_data(models)).data[-1].hovertext[0]
    assert f"“{html.escape(shown)}”" in hover
    assert "— Notes on Gopher" in hover


def test_a_large_chart_hovers_a_short_card_and_leaves_the_sentence_to_a_click():
    rows = [
        {"model": f"M<{i}>", "organization": "Meta" if i % 2 else "Acme",
         "date": "2021-01-01", "parameters": 1e9 + i, "training_tokens": 1e11,
         "evidence": "M has 1B.", "document": "Digest"}
        for i in range(HOVER_SENTENCE_LIMIT + 1)
    ]  # fmt: skip
    fig = params_vs_tokens_figure(scatter_data(models_frame(rows)))
    meta = next(t for t in fig.data if t.name == "Meta")
    other = next(t for t in fig.data if t.name == OTHER_ORGANIZATIONS)
    assert meta.hovertext is None and "M has 1B" not in fig.to_json()
    assert list(meta.customdata[0]) == ["M&lt;1&gt;", "2021-01-01", "1B", "100B"]
    assert list(other.customdata[0]) == ["M&lt;0&gt;", "2021-01-01", "1B", "100B", "Acme"]
    assert "Meta · %{customdata[1]}" in meta.hovertemplate
    assert "%{customdata[4]} · %{customdata[1]}" in other.hovertemplate
    assert "Click the point" in meta.hovertemplate
    small = params_vs_tokens_figure(scatter_data(models_frame(rows[:10])))
    assert "M has 1B" in next(t for t in small.data if t.name == "Meta").hovertext[0]
    assert next(t for t in small.data if t.name == "Meta").customdata[0] == "M&lt;1&gt;"


def test_hover_carries_model_values_evidence_and_document_escaped():
    fig = params_vs_tokens_figure(scatter_data(MODELS))
    openai = next(t for t in fig.data if t.name == "OpenAI")
    hover = openai.hovertext[0]
    assert "<b>GPT-3</b>" in hover
    assert "Parameters: 175B" in hover and "Training tokens: 300B" in hover
    assert "&lt;175B&gt;" in hover  # evidence text is escaped, never raw HTML
    assert "GPT-3 paper" in hover


def test_hover_marks_the_values_a_person_corrected():
    models = MODELS.assign(corrected=[None, "organization; parameters", None, None, None])
    fig = params_vs_tokens_figure(scatter_data(models))
    hovers = {t.name: t.hovertext[0] for t in fig.data if t.name in ("DeepMind", "OpenAI")}
    assert "✎ corrected by hand: organization; parameters" in hovers["DeepMind"]
    assert "corrected" not in hovers["OpenAI"]


def test_active_parameter_mode_uses_active_counts_for_moe():
    trend = size_trend(MODELS, parameter_mode="active")
    mistral = next(s for s in trend.series if s.name == "Mistral AI")
    assert mistral.y == (12.9e9,)
    assert size_trend(MODELS).series[-1].y != (12.9e9,)
    fig = params_over_time_figure(trend)
    assert fig.layout.yaxis.title.text.startswith("Active parameters")


def test_organizations_without_a_colour_of_their_own_share_the_grey_group():
    rows = [
        {"model": f"M{i}", "organization": f"Org {i}", "date": "2021-01-01",
         "parameters": 1e9 * (i + 1), "training_tokens": 1e11}
        for i in range(14)
    ] + [{"model": "Gopher", "organization": "DeepMind", "date": "2021-12-08",
          "parameters": 280e9, "training_tokens": 300e9}]  # fmt: skip
    series = scatter_data(models_frame(rows)).series
    assert [s.name for s in series] == ["DeepMind", OTHER_ORGANIZATIONS]
    assert len(series[1].x) == 14
    fig = params_vs_tokens_figure(scatter_data(models_frame(rows)))
    other = next(t for t in fig.data if t.name == OTHER_ORGANIZATIONS)
    assert other.marker.color == OTHER_COLOR


COLOR_CASES = [
    pytest.param(MODELS, id="all models"),
    pytest.param(MODELS[MODELS["organization"] == "Meta"], id="one organization"),
    pytest.param(MODELS[MODELS["organization"] != "DeepMind"], id="one organization left out"),
]


@pytest.mark.parametrize("models", COLOR_CASES)
@pytest.mark.parametrize("reference", [None, "with reference"], ids=["plain", "reference on"])
def test_an_organization_keeps_its_colour_whatever_the_filter_or_layer(models, reference):
    refs = REFERENCE if reference else None
    for fig in (
        params_vs_tokens_figure(scatter_data(models, reference=refs)),
        params_over_time_figure(size_trend(models, reference=refs)),
    ):
        for trace in fig.data:
            if trace.name in ORGANIZATION_COLORS:
                assert trace.marker.color == ORGANIZATION_COLORS[trace.name]
    assert len(set(ORGANIZATION_COLORS.values())) == len(ORGANIZATION_COLORS)
    assert OTHER_COLOR not in ORGANIZATION_COLORS.values()


REFERENCE = [
    SimpleNamespace(model="PaLM", organization="Google", date="2022-04-04",
                    parameters=540e9, training_data_size=780e9),
    SimpleNamespace(model="No size", organization="X", date="2022-01-01",
                    parameters=None, training_data_size=1e9),
]  # fmt: skip


def test_reference_layer_is_added_as_its_own_series():
    reference = REFERENCE
    data = scatter_data(MODELS, reference=reference)
    assert data.series[-1].name == REFERENCE_NAME and data.series[-1].reference
    assert data.series[-1].y == (540e9,)
    assert "Epoch AI" in data.series[-1].hover[0]
    trend = size_trend(MODELS, reference=reference)
    assert trend.series[-1].name == REFERENCE_NAME


def test_fit_recovers_a_known_growth_rate():
    years = np.arange(2015, 2025, dtype=float)
    params = 1e8 * 10 ** (0.5 * (years - 2015))  # ×3.16 per year exactly
    fit = fit_trend(years, params)
    assert fit.growth_per_year == pytest.approx(10**0.5)
    assert fit.doubling_months == pytest.approx(12 * math.log10(2) / 0.5)
    assert fit.slope_se == pytest.approx(0, abs=1e-9)


def test_fit_interval_contains_the_estimate_and_doubling_bounds_swap():
    rng = np.random.default_rng(0)
    years = np.linspace(2016, 2024, 40)
    params = 1e9 * 10 ** (0.4 * (years - 2016) + rng.normal(0, 0.3, years.size))
    fit = fit_trend(years, params)
    assert fit.growth_low < fit.growth_per_year < fit.growth_high
    assert fit.doubling_low < fit.doubling_months < fit.doubling_high
    assert "doubling every" in fit.describe()


def test_fit_needs_three_points():
    assert fit_trend(np.array([2020.0, 2021.0]), np.array([1e9, 1e10])) is None
    assert fit_trend(np.array([2020.0] * 5), np.full(5, 1e9)) is None


def test_trend_window_limits_the_fit_and_is_shaded():
    assert size_trend(MODELS, start=2020.0, end=2022.5).fit is None  # two models only
    trend = size_trend(MODELS, start=2022.0, end=2024.0)
    assert trend.fit is not None and trend.fit.n == 3
    fig = params_over_time_figure(trend)
    assert fig.layout.shapes and fig.layout.shapes[0].type == "rect"
    line = next(t for t in fig.data if t.name.startswith("Trend"))
    assert line.mode == "lines"
    assert "per year" in fig.layout.title.text
    assert fig.layout.yaxis.type == "log" and "log scale" in fig.layout.yaxis.title.text


SAMPLES = [
    pytest.param([2019, 2020, 2020.5, 2021, 2022], [10, 5, 20, 20, 30], "records",
                 [True, False, True, False, True], id="records: ties are no record"),
    pytest.param([2021, 2019, 2020], [30, 10, 20], "records", [True, True, True],
                 id="records: dates out of order"),
    pytest.param([2019, 2019.5, 2019.9, 2021], [10, 5, 20, 1], "top",
                 [True, False, True, True], id="top 2 per year"),
    pytest.param([2019, 2020], [1, 2], "all", [True, True], id="all"),
]  # fmt: skip


@pytest.mark.parametrize(("years", "params", "how", "expected"), SAMPLES)
def test_trend_sample(years, params, how, expected):
    assert trend_sample(years, params, how, top=2).tolist() == expected


def test_a_record_setter_fit_counts_and_rings_its_models():
    trend = size_trend(MODELS, sample="records")
    assert trend.fit is None  # GPT-3 is the only record: the later ones are smaller
    rows = [
        {"model": f"M{i}", "organization": "Meta", "date": f"{2016 + i}-06-01",
         "parameters": 10.0 ** (9 + i % 3 + i / 2), "training_tokens": 1e11}
        for i in range(8)
    ]  # fmt: skip
    frame = models_frame(rows)
    records = size_trend(frame, sample="records")
    everything = size_trend(frame)
    assert everything.fit.n == 8 and 3 <= records.fit.n < 8
    assert records.fitted.name == "In the fit: record-setters"
    assert len(records.fitted.x) == records.fit.n
    fig = params_over_time_figure(records)
    assert f"{records.fit.n} models in the fit" in fig.layout.title.text
    assert any(t.name == "In the fit: record-setters" for t in fig.data)
    top = size_trend(frame, sample="top", top=1)
    assert top.fit.n == 8 and top.fitted.name == "In the fit: largest 1 per year"


WEBGL_CASES = [
    pytest.param(["Org"], WEBGL_THRESHOLD + 1, True, id="one large group"),
    pytest.param(["Meta", "Google", "OpenAI", "Org"], WEBGL_THRESHOLD + 1, True,
                 id="many groups, large together"),
    pytest.param(["Meta", "Google"], 2000, False, id="two thousand points, SVG"),
]  # fmt: skip


@pytest.mark.parametrize(("orgs", "count", "webgl"), WEBGL_CASES)
def test_a_chart_with_many_points_draws_every_trace_with_webgl(orgs, count, webgl):
    rows = [
        {"model": f"M{i}", "organization": orgs[i % len(orgs)], "date": "2021-01-01",
         "parameters": 1e9 + i, "training_tokens": 1e11}
        for i in range(count)
    ]  # fmt: skip
    for fig in (
        params_vs_tokens_figure(scatter_data(models_frame(rows))),
        params_over_time_figure(size_trend(models_frame(rows))),
    ):
        points = [t for t in fig.data if t.mode == "markers"]
        assert {t.type for t in points} == ({"scattergl"} if webgl else {"scatter"})


def test_each_figure_stays_under_a_megabyte_of_json_at_ten_thousand_models():
    """What the browser downloads and parses before drawing: at 10,000 models (and Epoch's
    reference layer) each figure, as st.plotly_chart serializes it, stays under 1 MB."""
    import plotly.io as pio

    from insights.extract.reference import load_reference

    orgs = [*ORGANIZATION_COLORS, "Acme Research", "Tencent", "Baidu", None]
    rows = [
        {"model": f"Model-{i} <{i % 7}B>", "organization": orgs[i % len(orgs)],
         "date": f"{2016 + i % 10}-{1 + i % 12:02d}-{1 + i % 28:02d}",
         "parameters": 1e8 * 1.0007**i, "training_tokens": 2e9 * 1.0008**i,
         "evidence": f"Model-{i} is a {i}-billion-parameter model trained on web text, code "
         "and books; its authors say it beats every model of its size.",
         "document": f"Digest number {i // 20}: the month in models"}
        for i in range(10_000)
    ]  # fmt: skip
    models = models_frame(rows)
    reference = [r for r in load_reference() if "Language" in (r.domain or "") and r.parameters]
    for fig in (
        params_vs_tokens_figure(scatter_data(models, reference=reference)),
        params_over_time_figure(size_trend(models, reference=reference)),
    ):
        assert sum(len(t.x) for t in fig.data if t.mode == "markers") > 10_000
        assert len(pio.to_json(fig, validate=False)) < 1_000_000


def test_both_charts_give_an_organization_the_same_colour():
    colors = organization_colors()
    scatter = params_vs_tokens_figure(scatter_data(MODELS), colors)
    trend = params_over_time_figure(size_trend(MODELS), colors)
    for name in ("Meta", "OpenAI", "DeepMind"):
        first = next(t for t in scatter.data if t.name == name)
        second = next(t for t in trend.data if t.name == name)
        assert first.marker.color == second.marker.color == colors[name]
