"""Insights: model-scale facts extracted from free text, with provenance."""

from insights.extract.extractor import ExtractionTimeout, extract
from insights.fact import Fact

__all__ = ["extract", "Fact", "ExtractionTimeout"]
__version__ = "0.1.0"
