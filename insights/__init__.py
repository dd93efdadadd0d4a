"""Insights: model-scale facts extracted from free text, with provenance."""

import importlib

from insights.fact import Fact

__all__ = ["extract", "Fact", "ExtractionTimeout"]
__version__ = "0.1.0"

# ``insights.extract`` is the extractor function, and also the name of the subpackage it lives
# in. The subpackage is imported first (which binds its name here) and the name is handed to
# ``__getattr__``, which imports the function on first use: the extractor compiles a few
# hundred patterns (about 0.4 s) that the store and the dashboard do not need.
importlib.import_module("insights.extract")
del globals()["extract"]


def __getattr__(name: str):
    if name in ("extract", "ExtractionTimeout"):
        from insights.extract import extractor

        value = getattr(extractor, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'insights' has no attribute {name!r}")
