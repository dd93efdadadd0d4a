"""Text to facts, pure: the extractor and everything it reads.

Uses nothing of ours but ``insights.fact``. Import from the modules by name
(``from insights.extract.names import model_key``): once ``insights`` is imported, the
attribute ``insights.extract`` is the function, not this package.
"""

from insights.extract.extractor import ExtractionTimeout, extract, extractor_version
from insights.fact import Fact

__all__ = ["extract", "ExtractionTimeout", "Fact", "extractor_version"]
