"""Documents in: text, Markdown, HTML, PDF, JSONL, folders and URLs, read into ``Document``s.

Readers turn bytes into ``Document`` records (title, source, date, text) or raise
``IngestError`` with a one-line reason. ``ingest`` streams sources through the extractor,
in a process pool when asked, and writes each document to the store in its own transaction.
"""

from __future__ import annotations

import codecs
import email.utils
import functools
import io
import json
import multiprocessing
import os
import re
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from datetime import date as _date
from pathlib import Path

from insights.budget import DEFAULT_SECONDS as DEFAULT_BUDGET
from insights.budget import TookTooLong, time_limit
from insights.extract.dates import dateline
from insights.extract.extractor import extract
from insights.store import (
    CORPUS_DIR,
    Store,
    StoreError,
    content_hash,
    corpus_build_pending,
    default_db_path,
    fact_rows,
    file_stem,
    text_title,
)
from insights.views import plural

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
SUPPORTED_SUFFIXES = (*TEXT_SUFFIXES, *HTML_SUFFIXES, ".pdf", ".jsonl")
MAX_FILE_BYTES = 50_000_000  # one file (a JSONL file is streamed: the limit is per line)
MAX_URL_BYTES = 10_000_000
URL_TIMEOUT = 20.0  # seconds for the whole response
PDF_SECONDS = 30.0  # reading one PDF's text layer, when no document budget says otherwise
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
# A level-1 or level-2 heading line; trailing spaces and closing hashes are cut in code (a
# lazy title before "[ \t#]*$" rescans the spaces at every step: minutes on one long line).
HEADING = re.compile(r"^\#{1,2}[ \t]+(?P<title>[^ \t\n][^\n]*)", re.MULTILINE)
# What no stored text, title or source may hold: lone surrogates (not encodable) and NULs.
UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
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
BOMS = (  # longest first: the UTF-32 little-endian mark begins with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
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
        """One line for people: ``1 document added, 0 skipped as duplicates, 0 failed; 1 fact
        added``."""
        duplicates = "a duplicate" if self.duplicates == 1 else "duplicates"
        return (
            f"{plural(self.added, 'document')} added, {self.duplicates:,} skipped as {duplicates},"
            f" {self.failed:,} failed; {plural(self.facts, 'fact')} added"
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
    """Bytes as UTF-8 text (or UTF-16/32 when a byte-order mark says so), or an
    ``IngestError`` saying why not (binary, not UTF-8).

    >>> decode_text("Kite 7B".encode("utf-16"), "x.txt")
    'Kite 7B'
    """
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError:  # a byte-order mark by chance, then binary
                raise IngestError(source, "binary file, not text") from None
    if b"\x00" in data:
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


def storable(text: str | None) -> str | None:
    """Text that SQLite and every terminal accept: lone surrogates and NULs become U+FFFD.

    >>> storable("a\\x00b\\ud800c")
    'a\\ufffdb\\ufffdc'
    """
    if text is None:
        return None
    return UNSTORABLE.sub("\ufffd", text)


def display_path(path: str | os.PathLike) -> str:
    """A path as text that can be printed and stored, even when its name is not UTF-8."""
    return os.fsencode(path).decode("utf-8", "replace")


def markdown_title(body: str) -> str | None:
    """The first level-1 or level-2 heading's text, closing hashes and spaces cut.

    >>> markdown_title("intro\\n## Scaling laws ##  \\nmore")
    'Scaling laws'
    """
    for heading in HEADING.finditer(body):
        title = heading["title"]
        return title[0] + title[1:].rstrip(" \t#")
    return None


def _require_text(text: str, source: str) -> str:
    text = text.strip()
    if not text:
        raise IngestError(source, "empty: no text to read")
    return text


# -- readers -------------------------------------------------------------------------------


def read_text(data: bytes, source: str, *, markdown: bool = False) -> Document:
    """A plain-text or Markdown document; front matter gives title, date and source."""
    text = decode_text(data, source)
    meta, body = split_front_matter(text)
    body = _require_text(body, source)
    title = meta.get("title")
    if not title and markdown:
        title = markdown_title(body)
    return Document(
        text=body,
        title=title or file_stem(source),
        source=meta.get("source") or meta.get("url") or source,
        date=normalize_date(meta.get("date") or meta.get("published")),
    )


def read_html(data: bytes | str, source: str) -> Document:
    """The article's visible text: trafilatura's main content, newsletter furniture dropped."""
    import trafilatura

    if isinstance(data, bytes) and b"\x00" in data:  # anywhere, as for text files
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
        text = _visible_text(data, source)
    if not text.strip():
        text = _flat_text(data)
    return Document(
        text=_require_text(drop_boilerplate(text), source),
        title=title or file_stem(source),
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
        return ""
    for element in root.xpath(
        "//script|//style|//noscript|//nav|//header|//footer|//aside|//form|//head"
    ):
        element.drop_tree()
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _flat_text(data: bytes | str) -> str:
    """Every text node outside scripts and styles, for markup too deep for lxml's tree
    (libxml2 stops at a depth of a few hundred; ``html.parser`` keeps no tree at all)."""
    from html.parser import HTMLParser

    class Flat(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.skip = 0

        def handle_starttag(self, tag, attrs):
            self.skip += tag in ("script", "style", "noscript", "head")

        def handle_endtag(self, tag):
            if tag in ("script", "style", "noscript", "head") and self.skip:
                self.skip -= 1

        def handle_data(self, text):
            if not self.skip:
                self.parts.append(text)

    if isinstance(data, bytes):
        data = data.decode("utf-8", "replace")
    parser = Flat()
    parser.feed(data)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


def read_pdf(data: bytes, source: str, timeout: float = PDF_SECONDS) -> Document:
    """The PDF's text layer, page after page, read in a child process within ``timeout`` s
    (or what is left of the document's budget, when that is less)."""
    from insights.budget import TookTooLong, remaining
    from insights.pdf import PdfError, PdfTimeout, pdf_text

    timeout = remaining(timeout)
    if timeout <= 0:
        raise TookTooLong
    if not data.lstrip()[:5] == b"%PDF-":
        raise IngestError(source, "unreadable PDF (no %PDF header)")
    try:
        result = pdf_text(data, timeout)
    except PdfTimeout:
        raise TookTooLong from None
    except PdfError as exc:
        raise IngestError(source, str(exc)) from None
    text = result["text"]
    if not text:
        raise IngestError(source, "PDF has no text layer (scanned images need OCR)")
    return Document(text=text, title=result["title"] or file_stem(source), source=source,
                    date=normalize_date(result["date"]))  # fmt: skip


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
        docs = []
        for item in _jsonl_items(io.BytesIO(data), source):
            if isinstance(item, IngestError):
                raise item
            docs.append(item)
        return docs
    raise IngestError(source, f"unsupported file type {suffix or '(none)'!r}")


def read_items(name: str, data: bytes, source: str | None = None) -> list[Document | IngestError]:
    """``read_bytes``, except that a JSONL file gives one item per line: a ``Document`` or
    the ``IngestError`` of that line, so one bad line does not cost the others."""
    source = source or name
    if Path(name).suffix.lower() == ".jsonl" and data.strip():
        return list(_jsonl_items(io.BytesIO(data), source))
    return read_bytes(name, data, source)


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
    source = source or display_path(path)
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
        yield IngestError(display_path(path), f"unreadable ({exc.strerror or exc})")
        return
    with f:
        yield from _jsonl_items(f, display_path(path), text_field, title_field, date_field)


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
        title, date = record.get(title_field), record.get(date_field)
        wrong = [
            f"{name} {field!r} is {_json_type(value)}, not a string"
            for name, field, value in (("title", title_field, title), ("date", date_field, date))
            if value is not None and not isinstance(value, str)
        ]
        if wrong:
            yield IngestError(where, "; ".join(wrong))
            continue
        yield Document(
            text=text.strip(),
            title=" ".join(title.split()) if title else None,
            source=where,
            date=normalize_date(date),
        )


def _json_type(value) -> str:
    names = {bool: "a boolean", int: "a number", float: "a number", list: "a list"}
    return names.get(type(value), "an object")


def read_url(
    url: str,
    max_bytes: int = MAX_URL_BYTES,
    timeout: float = URL_TIMEOUT,
    *,
    allow_private: bool = False,
    resolver=None,
) -> list[Document]:
    """Documents from an http(s) URL, by its content type, within a size limit and a deadline.

    The URL goes through ``insights.fetch.fetch``: public addresses only (unless
    ``allow_private``), on every redirect, with ``timeout`` seconds for the whole response.
    """
    from insights.fetch import ALLOW_FLAG, FetchError, fetch

    try:
        fetched = fetch(
            url, max_bytes=max_bytes, deadline=timeout, allow_private=allow_private,
            resolver=resolver,
        )  # fmt: skip
    except FetchError as exc:
        reason = str(exc)
        if reason.startswith("refused:") and not allow_private:
            reason += f" (the command line reads such URLs with {ALLOW_FLAG})"
        raise IngestError(url, reason) from None
    suffix = CONTENT_TYPES.get(fetched.content_type)
    if suffix is None:
        raise IngestError(url, f"unsupported content type {fetched.content_type!r}")
    data, charset = fetched.data, fetched.charset
    if suffix != ".pdf" and charset and charset.lower() not in ("utf-8", "utf8"):
        try:
            data = data.decode(charset).encode("utf-8", "replace")
        except (LookupError, UnicodeError, ValueError):
            reason = f"cannot decode as the declared charset {charset[:40]!r}"
            raise IngestError(url, reason) from None
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
class Upload:
    """A file's name and bytes, read when its turn comes (inside the document budget)."""

    name: str
    data: bytes


@dataclass(frozen=True)
class _Extracted:
    document: Document
    digest: str
    rows: list  # fact_rows: plain tuples pickle faster than dataclasses


@dataclass(frozen=True)
class _Duplicate:
    document: Document


@dataclass(frozen=True)
class _Options:
    """How ``_work`` reads: sent to pool workers with each item."""

    budget: float | None = DEFAULT_BUDGET
    allow_private_urls: bool = False
    fallback_date: str | None = None  # a document's date when it gives none (--date)


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


def _source_of(item) -> str:
    if isinstance(item, Document):
        return item.source or "(text)"
    if isinstance(item, Upload):
        return display_path(item.name)
    return item if isinstance(item, str) and is_url(item) else display_path(item)


def _read(item, options: _Options, seconds: float | None) -> list:
    if isinstance(item, Document):
        return [item]
    if isinstance(item, Upload):
        return read_items(item.name, item.data, display_path(item.name))
    if is_url(item):
        timeout = URL_TIMEOUT if seconds is None else min(URL_TIMEOUT, seconds)
        return read_url(item, timeout=timeout, allow_private=options.allow_private_urls)
    return read_file(item)


def _work(item, known: Callable[[str], bool] | None = None, options: _Options = _Options()) -> list:
    """Read (a path, URL or upload) and extract, each document within the budget; runs in a
    pool worker or in-process. Whatever goes wrong with one item is one ``IngestError``.

    ``known(digest)`` says whether a text is stored already, so it need not be extracted.
    """
    known = known or _known_hash
    if isinstance(item, IngestError):
        return [item]
    source = _source_of(item)
    budget = options.budget
    started = time.monotonic()
    try:
        with time_limit(budget):
            documents = _read(item, options, budget)
    except IngestError as exc:
        return [exc]
    except TookTooLong:
        return [IngestError(source, _too_long(budget, "reading"))]
    except Exception as exc:  # a reader bug must not stop the batch
        return [IngestError(source, f"cannot read ({exc.__class__.__name__}: {exc})")]
    results: list = []
    for document in documents:
        if isinstance(document, IngestError):
            results.append(document)
            continue
        document = _storable_document(document)
        where = document.source or source
        # A single document's reading and extraction share one budget; lines of a JSONL
        # upload each have their own.
        left = budget
        if budget is not None and len(documents) == 1:
            left = budget - (time.monotonic() - started)
        try:
            digest = content_hash(document.text)
            if known is not None and known(digest):
                results.append(_Duplicate(document))
                continue
            if left is not None and left <= 0:
                raise TookTooLong
            with time_limit(left):
                date = stored_date(document, options.fallback_date)
                title = text_title(document.title, document.source, source)
                rows = fact_rows(extract(document.text, title, date))
            results.append(_Extracted(document, digest, rows))
        except TookTooLong:
            results.append(IngestError(where, _too_long(budget, "extracting facts")))
        except Exception as exc:
            reason = f"extraction failed ({exc.__class__.__name__}: {exc})"
            results.append(IngestError(where, reason))
    return results


def stored_date(document: Document, fallback: str | None = None) -> str | None:
    """The date a document is stored and read with: its own (front matter, a feed's, a JSONL
    field), else the dateline its text opens with ("Lab Notes · Issue 48 · September 29,
    2023"), else ``fallback`` (``--date``)."""
    return normalize_date(document.date) or dateline(document.text) or fallback


def _too_long(budget: float | None, stage: str) -> str:
    return f"took too long: over the {budget:g} s budget for one document ({stage}); nothing stored"


def _storable_document(document: Document) -> Document:
    """The document with lone surrogates and NULs replaced in every field (see ``storable``)."""
    fields = (document.text, document.title, document.source, document.date)
    clean = tuple(storable(value) for value in fields)
    return document if clean == fields else Document(*clean)


def iter_inputs(sources) -> Iterator[Document | str | Path | IngestError]:
    """What ``sources`` name: Documents and URLs as given, each file as a ``Path`` (folders
    searched), and an error for what is not a file. JSONL files are not opened here."""
    for source in sources:
        if isinstance(source, (Document, Upload)) or is_url(source):
            yield source
            continue
        for path in iter_paths([source]):
            if path.suffix.lower() == ".jsonl" or path.is_file():
                yield path
            elif path.exists():
                yield IngestError(display_path(path), "not a regular file")
            else:
                yield IngestError(display_path(path), "no such file or folder")


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
    budget: float | None = DEFAULT_BUDGET,
    allow_private_urls: bool = False,
) -> IngestSummary:
    """Read, extract and store every source; one bad input is reported and the rest go on.

    ``sources`` are paths (folders are searched recursively, JSONL files streamed line by line),
    http(s) URLs, or ``Document`` records (pasted text). ``date`` is used for documents that
    state none. With ``workers > 1`` reading and extraction run in a process pool while this
    process writes to SQLite; a bounded window of work in flight keeps memory flat.
    ``progress(done, total)`` is called after each document (``total`` may be None).

    Each document is read and extracted within ``budget`` seconds (None: no limit), else it
    fails with "took too long". URLs reach public addresses only unless
    ``allow_private_urls``. Any error with one document (reading, extracting, storing) is
    that document's line in ``errors``; the rest go on.
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
                try:
                    added = store.add_rows(
                        doc.text, result.rows, title=doc.title, source=doc.source,
                        date=stored_date(doc, fallback_date), digest=result.digest,
                    )  # fmt: skip
                except (StoreError, sqlite3.Error, ValueError, OverflowError) as exc:
                    reason = f"cannot store ({exc.__class__.__name__}: {exc})"
                    errors.append(IngestError(doc.source or "(text)", reason))
                else:
                    counts["added" if added.added else "duplicates"] += 1
                    counts["facts"] += added.facts
            if progress:
                progress(done, total)

    items = _items(sources, text_field, title_field, date_field)
    options = _Options(
        budget=budget, allow_private_urls=allow_private_urls, fallback_date=normalize_date(date)
    )
    if workers <= 1:
        for item in items:
            write(_work(item, lambda digest: store.find_hash(digest) is not None, options))
    else:
        _ingest_pool(items, write, workers, store.path, chunksize, options)
    return IngestSummary(failed=len(errors), errors=tuple(errors), **counts)


def _ingest_pool(
    items: Iterator, write: Callable, workers: int, db_path: str, chunksize: int, options: _Options
):
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
        work = functools.partial(_work, options=options)
        for results in pool.imap(work, bounded(), chunksize):
            window.release()
            write(results)
        pool.close()
    finally:
        stop.set()
        pool.terminate()
        pool.join()


def pasted(
    text: str,
    *,
    title: str | None = None,
    date: str | None = None,
    source: str = "(pasted)",
    max_bytes: int = MAX_FILE_BYTES,
) -> Document:
    """A ``Document`` for pasted text (or standard input), within the file size limit."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise IngestError(source, f"too big: {size:,} bytes, over the {max_bytes:,} limit")
    return Document(text=text, title=title, source=source, date=normalize_date(date))


__all__ = [
    "Document", "IngestError", "IngestSummary", "Upload", "ingest", "iter_jsonl", "iter_paths",
    "normalize_date", "pasted", "read_bytes", "read_file", "read_html", "read_items",
    "read_jsonl", "read_pdf", "read_text", "read_upload", "read_url", "storable", "stored_date",
]  # fmt: skip


# -- the bundled corpus, built on first open -------------------------------------------


def ensure_corpus(
    store: Store,
    corpus_dir: str | os.PathLike = CORPUS_DIR,
    progress: Callable[[int, int | None], None] | None = None,
):
    """Build the store from the bundled corpus the first time; returns the ingest summary.

    Runs on an empty database that has never loaded the corpus, and again on every open
    until a build that was started (the ``corpus_started`` key in ``meta``) completes (the
    ``corpus`` key): a build killed halfway resumes, skipping what it already stored. A
    database of one's own documents is never filled with the corpus. Returns None when
    nothing ran.
    """
    if not corpus_build_pending(store):
        return None
    corpus = Path(corpus_dir)
    if not corpus.is_dir():
        return None
    files = sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix in SUPPORTED_SUFFIXES)
    if not files:
        return None
    if store.get_meta("corpus_started") is None:
        store.set_meta("corpus_started", datetime.now(UTC).isoformat(timespec="seconds"))
    summary = ingest(store, files, progress=progress, total=len(files))
    if summary.added or summary.duplicates:
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        store.set_meta("corpus", f"{len(files)} files loaded from {corpus} at {stamp}")
        # The dashboard's first open builds this database and shows its models table next:
        # built here, and kept, every later start of a server reads it.
        from insights.built import kept_models

        kept_models(store)
    return summary


def open_default_store(progress: Callable[[int, int | None], None] | None = None) -> Store:
    """The store at ``default_db_path()``, built from the bundled corpus on first use."""
    store = Store(default_db_path())
    ensure_corpus(store, progress=progress)
    return store
