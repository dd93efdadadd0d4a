"""Charts: the records they prepare and the Vega-Lite figures they draw, asserted on the
specification's layers, encodings and data."""

from __future__ import annotations

import json
import math
import re
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest
from vega_spec import points_of, tooltip

from insights.charts import (
    CANVAS_THRESHOLD,
    HOVER_SENTENCE_LIMIT,
    ORGANIZATION_COLORS,
    OTHER_COLOR,
    OTHER_ORGANIZATIONS,
    REFERENCE_NAME,
    SENTENCES_ON_CLICK,
    figure_layer,
    fit_trend,
    format_number,
    layer_rows,
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


def colors_of(fig: dict) -> dict[str, str]:
    """The colour each organization's points get: the points layer's fixed colour scale."""
    scale = figure_layer(fig, "organizations")["encoding"]["color"]["scale"]
    return dict(zip(scale["domain"], scale["range"], strict=True))


def axis(fig: dict, channel: str) -> dict:
    return figure_layer(fig, "organizations")["encoding"][channel]


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
    assert "layer" not in scatter and "no models" in scatter["title"]["text"]
    assert "layer" not in trend and "no models" in trend["title"]["text"]


def test_scatter_has_one_trace_per_organization_and_guide_lines():
    data = scatter_data(MODELS)
    names = [s.name for s in data.series]
    assert names[:3] == ["Meta", "OpenAI", "DeepMind"]  # the colour map's order, always
    assert data.shown == 4 and data.missing == 1  # Mixtral has no token count
    fig = params_vs_tokens_figure(data)
    assert axis(fig, "x")["scale"]["type"] == "log" and axis(fig, "y")["scale"]["type"] == "log"
    assert "log scale" in axis(fig, "x")["title"]
    assert "log scale" in axis(fig, "y")["title"]
    assert {p["series"] for p in layer_rows(fig, figure_layer(fig, "organizations"))} == {
        "Meta", "OpenAI", "DeepMind", "Unknown organization"}  # fmt: skip
    chinchilla = layer_rows(fig, figure_layer(fig, "Chinchilla-optimal (20 tokens/parameter)"))
    assert chinchilla[0]["x"] / chinchilla[0]["y"] == pytest.approx(20)
    iso = layer_rows(fig, figure_layer(fig, "Equal training compute, C ≈ 6·N·D"))
    segments = {}
    for row in iso:  # each line is the rows of one segment
        segments.setdefault(row["segment"], []).append(row)
    for start, end in segments.values():
        assert start["x"] * start["y"] == pytest.approx(end["x"] * end["y"])
    labels = [row["label"] for row in layer_rows(fig, figure_layer(fig, "iso-compute labels"))]
    assert labels and all(re.fullmatch(r"(\d(\.\d)?×)?10[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+ FLOP", t) for t in labels)
    assert labels == list(segments)


def test_iso_compute_lines_stay_inside_the_plot_and_the_legend_has_one_entry_for_them():
    fig = params_vs_tokens_figure(scatter_data(MODELS))
    x_range = axis(fig, "x")["scale"]["domain"]
    y_range = axis(fig, "y")["scale"]["domain"]
    iso_layer = figure_layer(fig, "Equal training compute, C ≈ 6·N·D")
    for row in layer_rows(fig, iso_layer):
        assert x_range[0] * 0.999 <= row["x"] <= x_range[1] * 1.001
        assert y_range[0] * 0.999 <= row["y"] <= y_range[1] * 1.001
    # The legend names the lines once; the FLOP budgets are labels on the lines.
    assert iso_layer["encoding"]["color"]["scale"]["domain"] == [iso_layer["description"]]
    legends = [layer["encoding"]["color"] for layer in fig["layer"] if "color" in layer["encoding"]]
    assert not any("FLOP" in name for c in legends for name in c["scale"]["domain"])
    assert all(c["legend"]["orient"] == "right" and c["legend"]["labelLimit"] == 0
               for c in legends)  # one above the other, never cut  # fmt: skip


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
    fig = params_vs_tokens_figure(scatter_data(models))
    [point, *_] = points_of(fig, "Meta")
    assert f"Sentence: “{shown}”" in tooltip(fig, point).splitlines()
    assert "Document: Notes on Gopher" in tooltip(fig, point).splitlines()


def test_a_large_chart_hovers_a_short_card_and_leaves_the_sentence_to_a_click():
    rows = [
        {"model": f"M<{i}>", "organization": "Meta" if i % 2 else "Acme",
         "date": "2021-01-01", "parameters": 1e9 + i, "training_tokens": 1e11,
         "evidence": "M has 1B.", "document": "Digest"}
        for i in range(HOVER_SENTENCE_LIMIT + 1)
    ]  # fmt: skip
    fig = params_vs_tokens_figure(scatter_data(models_frame(rows)))
    [meta, *_] = points_of(fig, "Meta")
    [other, *_] = points_of(fig, OTHER_ORGANIZATIONS)
    assert "Sentence" not in fig["datasets"]["points"] and "M has 1B" not in str(fig)
    assert tooltip(fig, meta).splitlines() == [
        "M<1>", "Organization: Meta", "Date: 2021-01-01", "Parameters: 1B",
        "Training tokens: 100B", f"Sentences: {SENTENCES_ON_CLICK}"]  # fmt: skip
    assert tooltip(fig, other).splitlines()[:2] == ["M<0>", "Organization: Acme"]
    assert "Click the point" in SENTENCES_ON_CLICK
    small = params_vs_tokens_figure(scatter_data(models_frame(rows[:10])))
    [meta, *_] = points_of(small, "Meta")
    assert "M has 1B" in tooltip(small, meta) and meta["model"] == "M<1>"  # Vega escapes it


def test_hover_carries_model_values_evidence_and_document_escaped():
    fig = params_vs_tokens_figure(scatter_data(MODELS))
    [openai] = points_of(fig, "OpenAI")
    hover = tooltip(fig, openai)
    assert hover.startswith("GPT-3\n")  # the tooltip's title
    assert "Parameters: 175B" in hover and "Training tokens: 300B" in hover
    # Plain text, never HTML: Vega's tooltip escapes what it shows, and the tooltip is drawn
    # from the dataset's fields by a Vega expression, never from markup written here.
    assert "<175B>" in openai["Sentence"]
    assert 'datum["Sentence"]' in figure_layer(fig, "organizations")["mark"]["tooltip"]["expr"]
    assert "GPT-3 paper" in hover


def test_hover_marks_the_values_a_person_corrected():
    models = MODELS.assign(corrected=[None, "organization; parameters", None, None, None])
    fig = params_vs_tokens_figure(scatter_data(models))
    hovers = {name: tooltip(fig, points_of(fig, name)[0]) for name in ("DeepMind", "OpenAI")}
    assert "✎ corrected by hand: organization; parameters" in hovers["DeepMind"]
    assert "corrected" not in hovers["OpenAI"]


def test_active_parameter_mode_uses_active_counts_for_moe():
    trend = size_trend(MODELS, parameter_mode="active")
    mistral = next(s for s in trend.series if s.name == "Mistral AI")
    assert mistral.y == (12.9e9,)
    assert size_trend(MODELS).series[-1].y != (12.9e9,)
    fig = params_over_time_figure(trend)
    assert axis(fig, "y")["title"].startswith("Active parameters")
    assert [p["y"] for p in points_of(fig, "Mistral AI")] == [12.9e9]


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
    assert len(points_of(fig, OTHER_ORGANIZATIONS)) == 14
    assert colors_of(fig)[OTHER_ORGANIZATIONS] == OTHER_COLOR


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
        for name, color in colors_of(fig).items():
            if name in ORGANIZATION_COLORS:
                assert color == ORGANIZATION_COLORS[name]
            assert points_of(fig, name)  # a colour only for what is drawn
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
    assert "Epoch AI" in data.series[-1].tips[0]["Source"]
    trend = size_trend(MODELS, reference=reference)
    assert trend.series[-1].name == REFERENCE_NAME
    fig = params_over_time_figure(trend)
    assert [(p["model"], p["x"]) for p in points_of(fig, REFERENCE_NAME)] == [
        ("PaLM", "2022-04-04")]  # fmt: skip
    assert figure_layer(fig, REFERENCE_NAME)["mark"]["filled"] is False  # grey rings
    assert "params" not in figure_layer(fig, REFERENCE_NAME)  # a click opens no model


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
    [window] = [layer for layer in fig["layer"] if layer["mark"]["type"] == "rect"]
    assert layer_rows(fig, window) == [{"start": "2022-01-01", "end": "2024-01-01"}]
    [line] = [layer for layer in fig["layer"] if layer["description"].startswith("Trend")]
    assert line["mark"]["type"] == "line"
    assert "per year" in fig["title"]["subtitle"]
    assert axis(fig, "y")["scale"]["type"] == "log" and "log scale" in axis(fig, "y")["title"]


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
    assert f"{records.fit.n} models in the fit" in fig["title"]["subtitle"]
    rings = figure_layer(fig, "In the fit: record-setters")
    assert rings is not None and len(layer_rows(fig, rings)) == records.fit.n
    top = size_trend(frame, sample="top", top=1)
    assert top.fit.n == 8 and top.fitted.name == "In the fit: largest 1 per year"


CANVAS_CASES = [
    pytest.param(["Org"], CANVAS_THRESHOLD + 1, True, id="one large group"),
    pytest.param(["Meta", "Google", "OpenAI", "Org"], CANVAS_THRESHOLD + 1, True,
                 id="many groups, large together"),
    pytest.param(["Meta", "Google"], 2000, False, id="two thousand points, SVG"),
]  # fmt: skip


@pytest.mark.parametrize(("orgs", "count", "canvas"), CANVAS_CASES)
def test_a_chart_with_many_points_draws_on_a_canvas(orgs, count, canvas):
    rows = [
        {"model": f"M{i}", "organization": orgs[i % len(orgs)], "date": "2021-01-01",
         "parameters": 1e9 + i, "training_tokens": 1e11}
        for i in range(count)
    ]  # fmt: skip
    for fig in (
        params_vs_tokens_figure(scatter_data(models_frame(rows))),
        params_over_time_figure(size_trend(models_frame(rows))),
    ):
        assert len(layer_rows(fig, figure_layer(fig, "organizations"))) == count
        renderer = fig["usermeta"]["embedOptions"]["renderer"]
        assert renderer == ("canvas" if canvas else "svg")


def test_each_figure_stays_under_a_megabyte_at_ten_thousand_models():
    """What the browser downloads and parses before drawing: at 10,000 models (and Epoch's
    reference layer) each figure, as st.vega_lite_chart sends it (the specification as JSON,
    each dataset as Arrow), stays under 1 MB."""

    from streamlit.dataframe_util import convert_anything_to_arrow_bytes

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
        datasets = fig.pop("datasets")
        assert sum(len(frame) for frame in datasets.values()) > 10_000
        sent = len(json.dumps(fig)) + sum(
            len(convert_anything_to_arrow_bytes(frame)) for frame in datasets.values()
        )
        assert sent < 1_000_000


def test_both_charts_give_an_organization_the_same_colour():
    colors = organization_colors()
    scatter = params_vs_tokens_figure(scatter_data(MODELS), colors)
    trend = params_over_time_figure(size_trend(MODELS), colors)
    for name in ("Meta", "OpenAI", "DeepMind"):
        assert colors_of(scatter)[name] == colors_of(trend)[name] == colors[name]
