"""Text to facts, pure: the extractor and everything it reads.

Uses nothing of ours but ``insights.fact``. Import from the modules by name
(``from insights.extract.names import model_key``): once ``insights`` is imported, the
attribute ``insights.extract`` is the function, not this package.
"""

from insights.fact import Fact

__all__ = ["extract", "ExtractionTimeout", "Fact", "extractor_version"]


def __getattr__(name: str):
    # The extractor compiles a few hundred patterns when imported (about 0.4 s); the models
    # table and the dashboard import this package's lookups (names, organizations, keys) and
    # ask for the fingerprint without it, so the extractor loads on first use.
    if name == "extractor_version":
        from insights.extract.fingerprint import extractor_version

        return extractor_version
    if name in ("extract", "ExtractionTimeout"):
        from insights.extract import extractor

        return getattr(extractor, name)
    raise AttributeError(f"module 'insights.extract' has no attribute {name!r}")
