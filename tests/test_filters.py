"""Filters over the models table and their round trip through the URL."""

from __future__ import annotations

import pandas as pd
import pytest

from insights.filters import (
    Filters,
    apply_filters,
    bounded,
    from_query_params,
    parse_number,
    to_query_params,
)

MODELS = pd.DataFrame(
    {
        "model": ["GPT-3", "Chinchilla", "LLaMA 65B", "Llama 2 70B", "Mystery"],
        "organization": ["OpenAI", "DeepMind", "Meta", "Meta", None],
        "date": ["2020-05-28", "2022-03-29", "2023-02-24", "2023-07-18", None],
        "parameters": [175e9, 70e9, 65e9, 70e9, None],
    }
)


def names(frame: pd.DataFrame) -> list[str]:
    return frame["model"].tolist()


FILTER_EXAMPLES = [
    ("nothing", Filters(), ["GPT-3", "Chinchilla", "LLaMA 65B", "Llama 2 70B", "Mystery"]),
    ("one org", Filters(organizations=("Meta",)), ["LLaMA 65B", "Llama 2 70B"]),
    ("two orgs", Filters(organizations=("Meta", "OpenAI")), ["GPT-3", "LLaMA 65B", "Llama 2 70B"]),
    ("unknown org", Filters(organizations=("Acme",)), []),
    ("from 2022", Filters(year_from=2022), ["Chinchilla", "LLaMA 65B", "Llama 2 70B"]),
    ("up to 2022", Filters(year_to=2022), ["GPT-3", "Chinchilla"]),
    ("one year", Filters(year_from=2023, year_to=2023), ["LLaMA 65B", "Llama 2 70B"]),
    ("at least 70B", Filters(params_min=70e9), ["GPT-3", "Chinchilla", "Llama 2 70B"]),
    ("at most 70B", Filters(params_max=70e9), ["Chinchilla", "LLaMA 65B", "Llama 2 70B"]),
    ("search ignores case", Filters(search="llama"), ["LLaMA 65B", "Llama 2 70B"]),
    ("search is literal", Filters(search="3("), []),
    ("combined", Filters(organizations=("Meta",), params_min=66e9), ["Llama 2 70B"]),
]


@pytest.mark.parametrize(
    ("filters", "expected"), [e[1:] for e in FILTER_EXAMPLES], ids=[e[0] for e in FILTER_EXAMPLES]
)
def test_apply_filters(filters, expected):
    assert names(apply_filters(MODELS, filters)) == expected


def test_filters_on_an_empty_table_give_an_empty_table():
    empty = MODELS.iloc[0:0]
    assert apply_filters(empty, Filters(organizations=("Meta",), year_from=2020)).empty


ROUND_TRIPS = [
    Filters(),
    Filters(organizations=("Meta",)),
    Filters(organizations=("Meta", "Google DeepMind & Co")),
    Filters(year_from=2019, year_to=2023),
    Filters(params_min=7e9, params_max=1.4e12),
    Filters(search="llama 2"),
    Filters(("OpenAI",), 2020, 2024, 1e9, 1e12, "gpt"),
]


@pytest.mark.parametrize("filters", ROUND_TRIPS, ids=str)
def test_query_params_round_trip(filters):
    assert from_query_params(to_query_params(filters)) == filters


def test_unset_filters_leave_the_url_clean():
    assert to_query_params(Filters()) == {}


BAD_URLS = [
    {"from": "yesterday"},
    {"to": "20245"},
    {"pmin": "big"},
    {"pmax": "-5B"},
    {"org": []},
    {"q": "   "},
    {"unrelated": "x"},
]


@pytest.mark.parametrize("params", BAD_URLS, ids=str)
def test_bad_query_params_are_ignored(params):
    assert from_query_params(params) == Filters()


def test_query_params_accept_single_strings_and_commas():
    assert from_query_params({"org": "Meta"}).organizations == ("Meta",)
    assert from_query_params({"org": "Meta,OpenAI"}).organizations == ("Meta", "OpenAI")


@pytest.mark.parametrize(
    ("text", "value"), [("70B", 70e9), ("1.4T", 1.4e12), ("125m", 125e6), ("1e9", 1e9), ("", None)]
)
def test_parse_number(text, value):
    assert parse_number(text) == value


BOUNDED = [
    pytest.param(Filters(), Filters(year_from=2018, year_to=2025, params_min=1e6, params_max=1e13),
                 id="no filter: the sliders' ends"),
    pytest.param(Filters(year_from=2020, params_max=1e12, search="x", organizations=("Meta",)),
                 Filters(("Meta",), 2020, 2025, 1e6, 1e12, "x"), id="set bounds are kept"),
]  # fmt: skip


@pytest.mark.parametrize(("filters", "expected"), BOUNDED)
def test_bounded_gives_a_reference_layer_the_sliders_ends(filters, expected):
    assert bounded(filters, (2018, 2025), (1e6, 1e13)) == expected


def test_bounded_without_dates_leaves_the_years_open():
    assert bounded(Filters(), None, (1e6, 1e13)).year_from is None
