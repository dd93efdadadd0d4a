"""Placeholder while the extractor is written."""


class ExtractionTimeout(RuntimeError):
    """The extractor gave up on a text that took too long to scan."""


def extract(text):
    return []
