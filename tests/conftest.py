"""Shared test setup."""

import functools
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


@pytest.fixture(autouse=True, scope="session")
def _installed_components_scanned_once():
    """Streamlit scans every installed package's metadata for components each time an
    AppTest starts its runtime (about a quarter of a second, 97 times in test_app.py); the
    installed packages do not change while the tests run, so the first scan is kept."""
    try:
        from streamlit.components.v2 import manifest_scanner
    except ImportError:  # (another Streamlit: nothing to keep)
        yield
        return
    scan = manifest_scanner.scan_component_manifests
    manifest_scanner.scan_component_manifests = functools.cache(scan)
    yield
    manifest_scanner.scan_component_manifests = scan
