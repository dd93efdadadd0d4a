"""Documents in: text, Markdown, HTML, PDF, JSONL, folders and URLs, read into ``Document``s.

Readers turn bytes into ``Document`` records (title, source, date, text) or raise
``IngestError`` with a one-line reason. ``ingest`` streams sources through the extractor,
in a process pool when asked, and writes each document to the store in its own transaction.
"""

from __future__ import annotations

import email.utils
import io
import json
import multiprocessing
import os
import re
import sqlite3
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date as _date
from datetime import datetime
from pathlib import Path

from insights.extractor import extract
from insights.store import Store, content_hash, fact_rows

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
SUPPORTED_SUFFIXES = (*TEXT_SUFFIXES, *HTML_SUFFIXES, ".pdf", ".jsonl")
MAX_FILE_BYTES = 50_000_000  # one file (a JSONL file is streamed: the limit is per line)
MAX_URL_BYTES = 10_000_000
URL_TIMEOUT = 20.0
CONTENT_TYPES = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "text/plain": ".txt",
    "text/markdown": ".md",
    "text/x-markdown": ".md",
    "application/pdf": ".pdf",
}
USER_AGENT = "insights/0.1 (+model-scale fact extractor)"

# Short lines in an article body that are newsletter furniture, not content.
BOILERPLATE = re.compile(
    r"""
    \b(?:
        join\ our\ (?:newsletter|community|mailing\ list)
      | subscribe(?:\ now|\ to|\ for|\ today)?
      | sign\ up\ (?:for|to)
      | unsubscribe
      | (?:share|tweet)\ this
      | follow\ us
      | view\ (?:this\ email\ )?in\ (?:your\ )?browser
      | forward(?:ed)?\ this\ email
      | all\ rights\ reserved
      | (?:we\ use|accept)\ cookies
      | read\ more
      | related\ (?:posts|articles|stories)
      | advertisement
      | sponsored
    )\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
BOILERPLATE_MAX_CHARS = 200  # longer paragraphs are content even if they mention a newsletter

FRONT_MATTER = re.compile(
    r"""
    \A(?:\ufeff)?---[ \t]*\r?\n     # opening fence on the first line
    (?P<body>.*?)                   # key: value lines
    ^---[ \t]*(?:\r?\n|\Z)          # closing fence on a line of its own
    """,
    re.DOTALL | re.MULTILINE | re.VERBOSE,
)
HEADING = re.compile(r"^\#{1,2}[ \t]+(?P<title>\S.*?)[ \t#]*$", re.MULTILINE)
ISO_DATE = re.compile(
    r"""
    \A(?P<year>(?:19|20)\d\d)              # year
    (?:[-/](?P<month>\d\d?)                # month
       (?:[-/](?P<day>\d\d?))?             # day
    )?
    (?:[T\ ].*)?\Z                          # an optional time, dropped
    """,
    re.VERBOSE,
)
DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%b. %d, %Y", "%d.%m.%Y")
MONTH_FORMATS = ("%B %Y", "%b %Y")


class IngestError(Exception):
    """One input could not be read; the message names it and says why."""

    def __init__(self, source: str | os.PathLike, reason: str):
        self.source = str(source)
        self.reason = reason
        super().__init__(f"{self.source}: {reason}")

    def __reduce__(self):
        return IngestError, (self.source, self.reason)


@dataclass(frozen=True)
class Document:
    """A document read from some input, before it is stored."""

    text: str
    title: str | None = None
    source: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class IngestSummary:
    """What an ingest run did."""

    added: int = 0
    duplicates: int = 0
    failed: int = 0
    facts: int = 0
    errors: tuple[IngestError, ...] = ()

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def __str__(self) -> str:
        return (
            f"{self.added} documents added, {self.duplicates} skipped as duplicates,"
            f" {self.failed} failed; {self.facts} facts added"
        )


# -- small helpers -------------------------------------------------------------------------


def normalize_date(value) -> str | None:
    """A published date as ISO 8601 (``YYYY-MM-DD``, or ``YYYY-MM``/``YYYY`` when that is all).

    >>> normalize_date("2022-03-29T10:00:00Z")
    '2022-03-29'
    >>> normalize_date("March 29, 2022")
    '2022-03-29'
    >>> normalize_date("Tue, 29 Mar 2022 10:00:00 +0000")
    '2022-03-29'
    >>> normalize_date("2022-3")
    '2022-03'
    >>> normalize_date("Spring 2022")
    'Spring 2022'
    >>> normalize_date("  ") is None
    True
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, _date):
        return value.isoformat()
    text = " ".join(str(value).split())
    if not text:
        return None
    match = ISO_DATE.match(text)
    if match:
        year, month, day = match["year"], match["month"], match["day"]
        if month and day:
            return f"{year}-{int(month):02d}-{int(day):02d}"
        return f"{year}-{int(month):02d}" if month else year
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            pass
    for fmt in MONTH_FORMATS:
        try:
            return datetime.strptime(text, fmt).strftime("%Y-%m")
        except ValueError:
            pass
    try:
        return email.utils.parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return text


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """YAML-style front matter (flat ``key: value`` lines) and the body after it.

    >>> split_front_matter('---\\ntitle: "Chinchilla: scaling"\\ndate: 2022-03-29\\n---\\nBody.')
    ({'title': 'Chinchilla: scaling', 'date': '2022-03-29'}, 'Body.')
    >>> split_front_matter("No front matter.")
    ({}, 'No front matter.')
    """
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, text
    meta: dict[str, str] = {}
    for line in match["body"].splitlines():
        key, sep, value = line.partition(":")
        if not sep or not key.strip() or line[:1].isspace():
            continue  # nested YAML and list items are not metadata we use
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        meta[key.strip().lower()] = value
    return meta, text[match.end() :]


def decode_text(data: bytes, source: str) -> str:
    """Bytes as UTF-8 text, or an ``IngestError`` saying why not (binary, not UTF-8)."""
    if b"\x00" in data[:8192]:
        raise IngestError(source, "binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = data[exc.start]
        raise IngestError(
            source, f"not UTF-8 text (byte 0x{bad:02x} at offset {exc.start}); save it as UTF-8"
        ) from None


def drop_boilerplate(text: str) -> str:
    """The text without short newsletter-furniture lines ("Join our newsletter", ...).

    >>> drop_boilerplate("Chinchilla has 70B parameters.\\nJoin our newsletter!\\nMore text.")
    'Chinchilla has 70B parameters.\\nMore text.'
    """
    lines = [
        line
        for line in text.splitlines()
        if not (len(line) <= BOILERPLATE_MAX_CHARS and BOILERPLATE.search(line))
    ]
    return "\n".join(lines)


def _require_text(text: str, source: str) -> str:
    text = text.strip()
    if not text:
        raise IngestError(source, "empty: no text to read")
    return text


def _stem(source: str) -> str:
    name = source.rstrip("/").rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0] if "." in name else name


# -- readers -------------------------------------------------------------------------------


def read_text(data: bytes, source: str, *, markdown: bool = False) -> Document:
    """A plain-text or Markdown document; front matter gives title, date and source."""
    text = decode_text(data, source)
    meta, body = split_front_matter(text)
    body = _require_text(body, source)
    title = meta.get("title")
    if not title and markdown:
        heading = HEADING.search(body)
        title = heading["title"] if heading else None
    return Document(
        text=body,
        title=title or _stem(source),
        source=meta.get("source") or meta.get("url") or source,
        date=normalize_date(meta.get("date") or meta.get("published")),
    )


def read_html(data: bytes | str, source: str) -> Document:
    """The article's visible text: trafilatura's main content, newsletter furniture dropped."""
    import trafilatura

    if isinstance(data, bytes) and b"\x00" in data[:8192]:
        raise IngestError(source, "binary file, not HTML")
    try:
        extracted = trafilatura.bare_extraction(
            data, url=source if source.startswith("http") else None, with_metadata=True,
            include_comments=False, include_tables=False, include_images=False,
        )  # fmt: skip
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        raise IngestError(source, f"unreadable HTML ({exc.__class__.__name__})") from None
    text = getattr(extracted, "text", None) or ""
    title = getattr(extracted, "title", None)
    published = getattr(extracted, "date", None)
    if not text.strip():
        text, title = _visible_text(data, source), title
    return Document(
        text=_require_text(drop_boilerplate(text), source),
        title=title or _stem(source),
        source=source,
        date=normalize_date(published),
    )


def _visible_text(data: bytes | str, source: str) -> str:
    """Fallback for pages trafilatura finds no article in: all text outside page furniture."""
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.fromstring(data)
    except (lxml.etree.ParserError, ValueError):
        raise IngestError(source, "empty: no text in the HTML") from None
    for element in root.xpath(
        "//script|//style|//noscript|//nav|//header|//footer|//aside|//form|//head"
    ):
        element.drop_tree()
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def read_pdf(data: bytes, source: str) -> Document:
    """The PDF's text layer, page after page."""
    import pypdf
    from pypdf.errors import PyPdfError

    if not data.lstrip()[:5] == b"%PDF-":
        raise IngestError(source, "unreadable PDF (no %PDF header)")
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, AttributeError) as exc:
        raise IngestError(source, f"unreadable PDF ({exc.__class__.__name__}: {exc})") from None
    text = "\n\n".join(page.strip() for page in pages if page.strip())
    if not text:
        raise IngestError(source, "PDF has no text layer (scanned images need OCR)")
    title = published = None
    if info is not None:
        title = info.title
        try:
            published = info.creation_date
        except Exception:  # a malformed date string in the metadata is not worth failing on
            published = None
    return Document(text=text, title=title or _stem(source), source=source,
                    date=normalize_date(published))  # fmt: skip


def read_bytes(name: str, data: bytes, source: str | None = None) -> list[Document]:
    """Documents from the bytes of a file called ``name``, by its extension."""
    source = source or name
    suffix = Path(name).suffix.lower()
    if not data.strip():
        raise IngestError(source, "empty: no text to read")
    if suffix in TEXT_SUFFIXES:
        return [read_text(data, source, markdown=suffix != ".txt")]
    if suffix in HTML_SUFFIXES:
        return [read_html(data, source)]
    if suffix == ".pdf":
        return [read_pdf(data, source)]
    if suffix == ".jsonl":
        lines = io.BytesIO(data)
        docs = []
        for item in _jsonl_items(lines, source):
            if isinstance(item, IngestError):
                raise item
            docs.append(item)
        return docs
    raise IngestError(source, f"unsupported file type {suffix or '(none)'!r}")


def read_upload(name: str, data: bytes) -> list[Document]:
    """Documents from an uploaded file (the dashboard's upload widget), by its extension."""
    return read_bytes(name, data, source=name)


def read_file(
    path: str | os.PathLike, max_bytes: int = MAX_FILE_BYTES, source: str | None = None
) -> list[Document]:
    """Documents from one file: one, or one per line for JSONL.

    ``source`` names the file in documents and errors (default: the path as given).
    """
    path = Path(path)
    source = source or str(path)
    if path.suffix.lower() == ".jsonl":
        return list(read_jsonl(path))
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise IngestError(source, f"too big: {size:,} bytes, over the {max_bytes:,} limit")
        data = path.read_bytes()
    except IsADirectoryError:
        raise IngestError(source, "is a folder") from None
    except FileNotFoundError:
        raise IngestError(source, "no such file") from None
    except OSError as exc:
        raise IngestError(source, f"unreadable ({exc.strerror or exc})") from None
    return read_bytes(path.name, data, source)


def read_jsonl(
    path: str | os.PathLike,
    text_field: str = "text",
    title_field: str = "title",
    date_field: str = "date",
) -> Iterator[Document]:
    """Documents from a JSONL file, one per line, streamed; raises on the first bad line.

    For an arXiv metadata dump: ``text_field="abstract", date_field="update_date"``.
    """
    for item in iter_jsonl(path, text_field, title_field, date_field):
        if isinstance(item, IngestError):
            raise item
        yield item


def iter_jsonl(
    path: str | os.PathLike,
    text_field: str = "text",
    title_field: str = "title",
    date_field: str = "date",
) -> Iterator[Document | IngestError]:
    """Documents from a JSONL file, streamed, with an ``IngestError`` in place of a bad line."""
    try:
        f = open(path, "rb")  # noqa: SIM115 - closed below; a generator cannot use `with` early
    except OSError as exc:
        yield IngestError(path, f"unreadable ({exc.strerror or exc})")
        return
    with f:
        yield from _jsonl_items(f, str(path), text_field, title_field, date_field)


def _jsonl_items(
    lines, source, text_field="text", title_field="title", date_field="date", first_line=1
):
    """Documents or errors from JSONL lines; ``first_line`` numbers the first (for a block)."""
    for number, raw in enumerate(lines, first_line):
        where = f"{source}:{number}"
        if not raw.strip():
            continue
        if len(raw) > MAX_FILE_BYTES:
            yield IngestError(where, f"too big: line of {len(raw):,} bytes")
            continue
        try:
            record = json.loads(decode_text(raw, where))
        except IngestError as exc:
            yield exc
            continue
        except json.JSONDecodeError as exc:
            yield IngestError(where, f"not JSON ({exc.msg})")
            continue
        if not isinstance(record, dict):
            yield IngestError(where, "not a JSON object")
            continue
        text = record.get(text_field)
        if not isinstance(text, str) or not text.strip():
            yield IngestError(where, f"no text in field {text_field!r}")
            continue
        title = record.get(title_field)
        yield Document(
            text=text.strip(),
            title=" ".join(str(title).split()) if title else None,
            source=where,
            date=normalize_date(record.get(date_field)),
        )


def read_url(
    url: str, max_bytes: int = MAX_URL_BYTES, timeout: float = URL_TIMEOUT
) -> list[Document]:
    """Documents from an http(s) URL, by its content type, within a size limit and a timeout."""
    if not url.lower().startswith(("http://", "https://")):
        raise IngestError(url, "only http and https URLs are read")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            content_type = response.headers.get_content_type()
            suffix = CONTENT_TYPES.get(content_type)
            if suffix is None:
                raise IngestError(url, f"unsupported content type {content_type!r}")
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise IngestError(url, f"too big: {int(length):,} bytes, over the limit")
            data = response.read(max_bytes + 1)
            charset = response.headers.get_content_charset()
    except urllib.error.HTTPError as exc:
        raise IngestError(url, f"HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise IngestError(url, f"cannot fetch ({exc.reason})") from None
    except TimeoutError:
        raise IngestError(url, f"timed out after {timeout:g} s") from None
    except OSError as exc:
        raise IngestError(url, f"cannot fetch ({exc})") from None
    if len(data) > max_bytes:
        raise IngestError(url, f"too big: over the {max_bytes:,}-byte limit")
    if suffix != ".pdf" and charset and charset.lower() not in ("utf-8", "utf8"):
        try:
            data = data.decode(charset).encode("utf-8")
        except (LookupError, UnicodeDecodeError):
            raise IngestError(url, f"cannot decode as the declared charset {charset!r}") from None
    return read_bytes("page" + suffix, data, url)


def iter_paths(paths: Iterable[str | os.PathLike]) -> Iterator[Path]:
    """Files to read: files as given, folders searched recursively for supported files."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found = (
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in SUPPORTED_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            yield from sorted(found)
        else:
            yield path


def is_url(source) -> bool:
    return isinstance(source, str) and source.lower().startswith(("http://", "https://"))


# -- ingest --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Extracted:
    document: Document
    digest: str
    rows: list  # fact_rows: plain tuples pickle faster than dataclasses


@dataclass(frozen=True)
class _Duplicate:
    document: Document


_known_hash: Callable[[str], bool] | None = None  # set in each worker process


def _init_worker(db_path: str | None) -> None:
    """Give a pool worker a read-only view of the store, to skip extracting known texts."""
    global _known_hash
    if db_path is None or db_path == ":memory:":
        return
    conn = sqlite3.connect(f"file:{Path(db_path).resolve()}?mode=ro", uri=True)
    conn.execute("PRAGMA busy_timeout = 30000")

    def known(digest: str) -> bool:
        row = conn.execute("SELECT 1 FROM documents WHERE hash = ?", (digest,)).fetchone()
        return row is not None

    _known_hash = known


def _work(item, known: Callable[[str], bool] | None = None) -> list:
    """Read (when given a path or URL) and extract; runs in a pool worker or in-process.

    ``known(digest)`` says whether a text is stored already, so it need not be extracted.
    """
    known = known or _known_hash
    if isinstance(item, IngestError):
        return [item]
    try:
        if isinstance(item, Document):
            documents = [item]
        elif is_url(item):
            documents = read_url(item)
        else:
            documents = read_file(item)
    except IngestError as exc:
        return [exc]
    except Exception as exc:  # a reader bug must not stop the batch
        return [IngestError(str(item), f"cannot read ({exc.__class__.__name__}: {exc})")]
    results: list = []
    for document in documents:
        digest = content_hash(document.text)
        if known is not None and known(digest):
            results.append(_Duplicate(document))
            continue
        try:
            results.append(_Extracted(document, digest, fact_rows(extract(document.text))))
        except Exception as exc:
            reason = f"extraction failed ({exc.__class__.__name__}: {exc})"
            results.append(IngestError(document.source or "(text)", reason))
    return results


def iter_inputs(sources) -> Iterator[Document | str | Path | IngestError]:
    """What ``sources`` name: Documents and URLs as given, each file as a ``Path`` (folders
    searched), and an error for what is not a file. JSONL files are not opened here."""
    for source in sources:
        if isinstance(source, Document) or is_url(source):
            yield source
            continue
        for path in iter_paths([source]):
            if path.suffix.lower() == ".jsonl" or path.is_file():
                yield path
            elif path.exists():
                yield IngestError(path, "not a regular file")
            else:
                yield IngestError(path, "no such file or folder")


def _items(sources, text_field, title_field, date_field) -> Iterator:
    """The stream of work: Documents, file paths, URLs, and errors for what cannot be found."""
    for item in iter_inputs(sources):
        if not isinstance(item, Path):
            yield item
        elif item.suffix.lower() == ".jsonl":
            yield from iter_jsonl(item, text_field, title_field, date_field)
        else:
            yield str(item)


def ingest(
    store: Store,
    sources: Iterable[str | os.PathLike | Document],
    workers: int = 1,
    progress: Callable[[int, int | None], None] | None = None,
    *,
    text_field: str = "text",
    title_field: str = "title",
    date_field: str = "date",
    date: str | None = None,
    total: int | None = None,
    chunksize: int = 32,
) -> IngestSummary:
    """Read, extract and store every source; one bad input is reported and the rest go on.

    ``sources`` are paths (folders are searched recursively, JSONL files streamed line by line),
    http(s) URLs, or ``Document`` records (pasted text). ``date`` is used for documents that
    state none. With ``workers > 1`` reading and extraction run in a process pool while this
    process writes to SQLite; a bounded window of work in flight keeps memory flat.
    ``progress(done, total)`` is called after each document (``total`` may be None).
    """
    fallback_date = normalize_date(date)
    counts = {"added": 0, "duplicates": 0, "facts": 0}
    errors: list[IngestError] = []
    done = 0

    def write(results: list) -> None:
        nonlocal done
        for result in results:
            done += 1
            if isinstance(result, IngestError):
                errors.append(result)
            elif isinstance(result, _Duplicate):
                counts["duplicates"] += 1
            else:
                doc = result.document
                added = store.add_rows(
                    doc.text, result.rows, title=doc.title, source=doc.source,
                    date=normalize_date(doc.date) or fallback_date, digest=result.digest,
                )  # fmt: skip
                counts["added" if added.added else "duplicates"] += 1
                counts["facts"] += added.facts
            if progress:
                progress(done, total)

    items = _items(sources, text_field, title_field, date_field)
    if workers <= 1:
        for item in items:
            write(_work(item, known=lambda digest: store.find_hash(digest) is not None))
    else:
        _ingest_pool(items, write, workers, store.path, chunksize)
    return IngestSummary(failed=len(errors), errors=tuple(errors), **counts)


def _ingest_pool(items: Iterator, write: Callable, workers: int, db_path: str, chunksize: int):
    """Run ``_work`` over ``items`` in a pool; at most a window of items is in flight."""
    window = threading.Semaphore(chunksize * workers * 8)
    stop = threading.Event()

    def bounded() -> Iterator:
        for item in items:
            while not window.acquire(timeout=0.1):
                if stop.is_set():
                    return
            yield item

    context = multiprocessing.get_context("fork" if sys.platform == "linux" else None)
    pool = context.Pool(workers, initializer=_init_worker, initargs=(db_path,))
    try:
        for results in pool.imap(_work, bounded(), chunksize):
            window.release()
            write(results)
        pool.close()
    finally:
        stop.set()
        pool.terminate()
        pool.join()


def pasted(text: str, *, title: str | None = None, date: str | None = None) -> Document:
    """A ``Document`` for pasted text."""
    return Document(text=text, title=title, source="(pasted)", date=normalize_date(date))


__all__ = [
    "Document", "IngestError", "IngestSummary", "ingest", "iter_jsonl", "iter_paths",
    "normalize_date", "pasted", "read_bytes", "read_file", "read_html", "read_jsonl",
    "read_pdf", "read_text", "read_upload", "read_url",
]  # fmt: skip
