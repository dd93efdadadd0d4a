"""Tables out: spreadsheet-safe CSV and JSON."""

import csv
import io
import json

import pandas as pd
import pytest

from insights.export import neutralize, to_csv, to_json

NEUTRALIZED = [
    ("equals", "=1+2", "'=1+2"),
    ("hyperlink", '=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")'),
    ("plus", "+1", "'+1"),
    ("minus", "-2+3", "'-2+3"),
    ("at", "@SUM(A1:A2)", "'@SUM(A1:A2)"),
    ("tab", "\t=1", "'\t=1"),
    ("carriage return", "\r=1", "'\r=1"),
]
KEPT = [
    ("model name", "GPT-3"),
    ("sentence", "Chinchilla has 70B parameters."),
    ("inner equals", "a=b"),
    ("empty", ""),
    ("negative number", -3.5),
    ("integer", 7),
    ("none", None),
]


@pytest.mark.parametrize("cell, expected", [c[1:] for c in NEUTRALIZED],
                         ids=[c[0] for c in NEUTRALIZED])  # fmt: skip
def test_formula_cells_are_neutralized(cell, expected):
    assert neutralize(cell) == expected


@pytest.mark.parametrize("cell", [c[1] for c in KEPT], ids=[c[0] for c in KEPT])
def test_other_cells_are_kept(cell):
    assert neutralize(cell) == cell


TABLE = pd.DataFrame({"model": ["=cmd|' /C calc'!A0", "Gopher"], "parameters": [-1.0, 280e9],
                      "evidence": ["Gopher — 280B, naïve “quotes”.", None]})  # fmt: skip


def test_csv_is_utf8_with_a_header_and_neutralized():
    data = to_csv(TABLE)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
    assert rows[0] == ["model", "parameters", "evidence"]
    assert rows[1] == ["'=cmd|' /C calc'!A0", "-1.0", "Gopher — 280B, naïve “quotes”."]
    assert rows[2] == ["Gopher", "280000000000.0", ""]
    assert not data.startswith(b"\xef\xbb\xbf")


def test_json_is_records_with_nulls():
    records = json.loads(to_json(TABLE))
    assert records[1] == {"model": "Gopher", "parameters": 280e9, "evidence": None}
    assert records[0]["model"] == "=cmd|' /C calc'!A0"  # JSON is data, not a spreadsheet


def test_json_handles_numpy_booleans_and_empty_tables():
    frame = pd.DataFrame({"conflict": [True, False], "sources": [1, 2]})
    assert json.loads(to_json(frame)) == [{"conflict": True, "sources": 1},
                                          {"conflict": False, "sources": 2}]  # fmt: skip
    assert to_json(pd.DataFrame(columns=["a"])) == "[]"
    assert to_csv(pd.DataFrame(columns=["a"])) == b"a\n"
