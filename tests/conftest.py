"""Shared test setup."""

import os

import pytest


@pytest.fixture(autouse=True, scope="session")
def _no_database_in_the_checkout(tmp_path_factory):
    """Every test that does not name a database gets one in a temporary folder, never
    data/insights.db in the checkout: a Streamlit script thread that outlives its AppTest could
    otherwise open the default path after the test has put ``$INSIGHTS_DB`` back."""
    previous = os.environ.get("INSIGHTS_DB")
    os.environ["INSIGHTS_DB"] = str(tmp_path_factory.mktemp("default-db") / "insights.db")
    yield
    if previous is None:
        os.environ.pop("INSIGHTS_DB", None)
    else:
        os.environ["INSIGHTS_DB"] = previous
