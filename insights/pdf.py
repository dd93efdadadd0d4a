"""A PDF's text layer, read in a child process that is killed when it runs out of time.

pypdf is pure Python and superlinear on some inputs (thirty pages sharing one content stream
of 80,000 text operators ran past ten minutes), so the reading runs in its own process with
a timeout: ``python -m insights.pdf`` reads the PDF's bytes on standard input and writes a
JSON object (``text``, ``title``, ``date``, or ``error``) on standard output.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

PACKAGE_ROOT = str(Path(__file__).resolve().parent.parent)


class PdfError(Exception):
    """The PDF could not be read; the message says why in one line."""


class PdfTimeout(PdfError):
    """Reading the PDF took longer than allowed."""


def pdf_text(data: bytes, timeout: float) -> dict:
    """``{"text", "title", "date"}`` of a PDF, read in a child process within ``timeout`` s."""
    path = os.environ.get("PYTHONPATH")
    env = dict(os.environ, PYTHONPATH=PACKAGE_ROOT + (os.pathsep + path if path else ""))
    try:
        done = subprocess.run(
            [sys.executable, "-m", "insights.pdf"],
            input=data,
            env=env,
            capture_output=True,
            timeout=max(0.1, timeout),
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise PdfTimeout(f"reading the PDF took more than {timeout:.0f} s") from None
    try:
        result = json.loads(done.stdout.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        result = {"error": f"the PDF reader stopped (exit status {done.returncode})"}
    if "error" in result:
        raise PdfError(result["error"])
    return result


def _read(data: bytes) -> dict:
    import pypdf
    from pypdf.errors import PyPdfError

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, AttributeError,
            RecursionError, NotImplementedError) as exc:  # fmt: skip
        return {"error": f"unreadable PDF ({exc.__class__.__name__}: {exc})"[:300]}
    text = "\n\n".join(page.strip() for page in pages if page.strip())
    title = published = None
    if info is not None:
        try:
            title = info.title
            published = info.creation_date
        except Exception:  # a malformed date string in the metadata is not worth failing on
            published = None
    return {
        "text": text,
        "title": str(title) if title else None,
        "date": published.isoformat() if published is not None else None,
    }


def main() -> None:
    result = _read(sys.stdin.buffer.read())
    sys.stdout.write(json.dumps(result, ensure_ascii=True))


if __name__ == "__main__":
    main()
