"""Documents in: every input kind, bad inputs, duplicates, repeats, batches and the pool."""

import http.server
import json
import re
import threading
import time

import pytest

from insights import extract as real_extract
from insights import ingest as ingest_module
from insights.fact import Fact
from insights.ingest import (
    Document,
    IngestError,
    IngestSummary,
    ingest,
    iter_paths,
    pasted,
    read_file,
    read_jsonl,
    read_upload,
    read_url,
)
from insights.store import Store

SENTENCE = "Chinchilla is a 70B-parameter model trained on 1.4 trillion tokens."
FAKE = re.compile(r"(?P<model>\w+) is a (?P<size>\d+)B-parameter model[^.]*\.")


def fake_extract(text, title=None, date=None):
    """A stand-in extractor: "X is a NB-parameter model" gives one fact, "EXPLODE" raises."""
    if "EXPLODE" in text:
        raise RuntimeError("boom")
    return [
        Fact(
            kind="parameters",
            value=float(m["size"]) * 1e9,
            unit="parameters",
            model=m["model"],
            organization=None,
            qualifier=None,
            start=m.start("size"),
            end=m.end("size") + 1,
            sentence=m[0],
            sentence_start=m.start(),
        )  # fmt: skip
        for m in FAKE.finditer(text)
    ]


@pytest.fixture
def fake(monkeypatch):
    monkeypatch.setattr(ingest_module, "extract", fake_extract)


def minimal_pdf(text: str, title: str = "A PDF") -> bytes:
    """A one-page PDF with ``text`` in its text layer, written by hand."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Title (" + title.encode("latin-1") + b") /CreationDate (D:20220329120000Z) >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


HTML = f"""<!doctype html><html><head><title>Chinchilla | AI Weekly</title>
<meta property="article:published_time" content="2022-03-29T09:00:00Z">
<script>var leak = "Gopher is a 999B-parameter model trained on secrets.";</script>
<style>.x {{ color: red }}</style></head>
<body><nav><a href="/">Home</a> <a href="/archive">Archive</a> <a href="/about">About us</a></nav>
<article><h1>Chinchilla</h1>
<p>DeepMind's new paper revisits how to spend a compute budget. {SENTENCE}</p>
<p>It outperforms much larger models on a wide range of downstream evaluation tasks.</p>
<p>Join our newsletter to get the weekly digest.</p></article>
<footer>Copyright 2022 AI Weekly. All rights reserved.</footer></body></html>"""


# -- readers --------------------------------------------------------------------------------


def test_plain_text(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text(SENTENCE + "\n", encoding="utf-8")
    [doc] = read_file(path)
    assert doc == Document(text=SENTENCE, title="note", source=str(path), date=None)


def test_markdown_front_matter(tmp_path):
    path = tmp_path / "post.md"
    path.write_text('---\ntitle: "Chinchilla: compute-optimal"\ndate: 2022-03-29\n'
                    "source: https://example.org/chinchilla\n---\n"
                    f"# Heading\n\n{SENTENCE}\n")  # fmt: skip
    [doc] = read_file(path)
    assert (doc.title, doc.date, doc.source) == (
        "Chinchilla: compute-optimal",
        "2022-03-29",
        "https://example.org/chinchilla",
    )
    assert doc.text == f"# Heading\n\n{SENTENCE}"


def test_markdown_title_from_heading(tmp_path):
    path = tmp_path / "post.md"
    path.write_text(f"# Scaling notes\n\n{SENTENCE}\n")
    assert read_file(path)[0].title == "Scaling notes"


def test_html_keeps_the_article_only(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    [doc] = read_file(path)
    assert SENTENCE in doc.text
    assert "downstream evaluation" in doc.text
    for dropped in ("Gopher", "color", "Archive", "About us", "newsletter", "rights reserved"):
        assert dropped not in doc.text
    assert doc.date == "2022-03-29"
    assert "Chinchilla" in doc.title


def test_html_without_an_article_falls_back_to_visible_text():
    [doc] = read_upload("tiny.htm", b"<html><script>x()</script><p>Tiny page.</p></html>")
    assert doc.text == "Tiny page."


def test_pdf_text_layer(tmp_path):
    path = tmp_path / "paper.pdf"
    path.write_bytes(minimal_pdf(SENTENCE, title="Training Compute-Optimal LLMs"))
    [doc] = read_file(path)
    assert " ".join(doc.text.split()) == SENTENCE
    assert (doc.title, doc.date) == ("Training Compute-Optimal LLMs", "2022-03-29")


ARXIV = [
    {"id": "2203.15556", "title": "Training Compute-Optimal\n  Large Language Models",
     "abstract": f"  {SENTENCE}\n", "update_date": "2022-03-29"},
    {"id": "2112.11446", "title": "Scaling Language Models", "abstract": "Gopher is a "
     "280B-parameter model.", "update_date": "2021-12-08"},
]  # fmt: skip


def test_jsonl_with_arxiv_fields(tmp_path):
    path = tmp_path / "arxiv.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in ARXIV) + "\n")
    docs = list(read_jsonl(path, text_field="abstract", date_field="update_date"))
    assert [(d.title, d.date, d.text, d.source) for d in docs] == [
        ("Training Compute-Optimal Large Language Models", "2022-03-29", SENTENCE, f"{path}:1"),
        ("Scaling Language Models", "2021-12-08", "Gopher is a 280B-parameter model.",
         f"{path}:2"),
    ]  # fmt: skip


def test_jsonl_is_streamed(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text('{"text": "one"}\nnot json\n')
    documents = read_jsonl(path)
    assert next(documents).text == "one"  # read before the bad line is reached
    with pytest.raises(IngestError, match=r"big.jsonl:2: not JSON"):
        next(documents)


def test_iter_paths_walks_folders(tmp_path):
    for name in ("a.md", "sub/b.txt", "sub/deeper/c.html", "sub/d.pdf", "e.jsonl",
                 "skip.docx", ".hidden/f.md", "sub/.g.md"):  # fmt: skip
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_paths([tmp_path])]
    assert found == ["a.md", "e.jsonl", "sub/b.txt", "sub/d.pdf", "sub/deeper/c.html"]


def test_read_upload_dispatches_on_extension():
    assert read_upload("a.txt", SENTENCE.encode())[0].text == SENTENCE
    assert SENTENCE in read_upload("a.html", HTML.encode())[0].text
    assert " ".join(read_upload("a.pdf", minimal_pdf(SENTENCE))[0].text.split()) == SENTENCE
    assert len(read_upload("a.jsonl", b'{"text": "a"}\n{"text": "b"}\n')) == 2


# -- bad inputs -----------------------------------------------------------------------------

BAD_INPUTS = [
    ("binary", "data.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    ("latin-1", "old.txt", "Caf\xe9 GPT-3".encode("latin-1"), "not UTF-8 text (byte 0xe9"),
    ("empty", "empty.md", b"  \n\n", "empty"),
    ("front matter only", "fm.md", b"---\ntitle: x\n---\n", "empty"),
    ("broken pdf", "broken.pdf", b"%PDF-1.4\n1 0 obj garbage", "unreadable PDF"),
    ("not a pdf", "fake.pdf", b"hello", "unreadable PDF"),
    ("pdf without text", "blank.pdf", minimal_pdf(""), "no text layer"),
    ("unsupported", "notes.docx", b"PK\x03\x04", "unsupported file type '.docx'"),
    ("jsonl without the field", "x.jsonl", b'{"abstract": "a"}\n', "no text in field 'text'"),
]  # fmt: skip


@pytest.mark.parametrize("name, data, reason", [c[1:] for c in BAD_INPUTS],
                         ids=[c[0] for c in BAD_INPUTS])  # fmt: skip
def test_bad_input_gets_a_one_line_error(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(IngestError) as caught:
        read_file(path) if not name.endswith(".jsonl") else list(read_jsonl(path))
    message = str(caught.value)
    assert message.startswith(str(path)) and reason in message
    assert "\n" not in message


def test_too_big(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("x" * 100)
    with pytest.raises(IngestError, match=r"big.txt: too big: 100 bytes, over the 10 limit"):
        read_file(path, max_bytes=10)


def test_missing_file(tmp_path):
    with pytest.raises(IngestError, match="no such file"):
        read_file(tmp_path / "nope.txt")


# -- URLs -----------------------------------------------------------------------------------


class Handler(http.server.BaseHTTPRequestHandler):
    pages = {
        "/article": ("text/html; charset=utf-8", HTML.encode()),
        "/latin": ("text/plain; charset=iso-8859-1", "Caf\xe9. ".encode("latin-1") +
                   SENTENCE.encode()),
        "/paper": ("application/pdf", minimal_pdf(SENTENCE)),
        "/image": ("image/png", b"\x89PNG\r\n"),
        "/big": ("text/plain", b"x" * 5000),
    }  # fmt: skip

    def do_GET(self):
        try:
            self.respond()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up first (timeouts, errors): expected here

    def respond(self):
        if self.path == "/slow":
            time.sleep(1.0)
        if self.path not in self.pages:
            self.send_error(404, "Not Found")
            return
        content_type, body = self.pages[self.path]
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.end_headers()  # no Content-Length: the reader must enforce the limit itself
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_html(server):
    [doc] = read_url(server + "/article", allow_private=True)
    assert SENTENCE in doc.text and "newsletter" not in doc.text
    assert (doc.source, doc.date) == (server + "/article", "2022-03-29")


def test_url_declared_charset_and_pdf(server):
    assert read_url(server + "/latin", allow_private=True)[0].text.startswith("Café.")
    assert SENTENCE in " ".join(read_url(server + "/paper", allow_private=True)[0].text.split())


URL_ERRORS = [
    ("404", "/missing", {}, "HTTP 404 Not Found"),
    ("content type", "/image", {}, "unsupported content type 'image/png'"),
    ("too big", "/big", {"max_bytes": 1000}, "too big"),
    ("timeout", "/slow", {"timeout": 0.2}, "timed out"),
]  # fmt: skip


@pytest.mark.parametrize("path, options, reason", [c[1:] for c in URL_ERRORS],
                         ids=[c[0] for c in URL_ERRORS])  # fmt: skip
def test_url_errors(server, path, options, reason):
    with pytest.raises(IngestError) as caught:
        read_url(server + path, allow_private=True, **options)
    assert str(caught.value).startswith(server + path + ": ")
    assert reason in str(caught.value)


def test_only_http_urls():
    with pytest.raises(IngestError, match="only http and https"):
        read_url("file:///etc/passwd")


# -- ingest ---------------------------------------------------------------------------------


def corpus(tmp_path):
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.md").write_text(f"---\ntitle: A\ndate: 2022-03-29\n---\n{SENTENCE}\n")
    (folder / "sub" / "b.txt").write_text("Gopher is a 280B-parameter model.\n")
    (folder / "c.html").write_text(HTML)
    return folder


def test_ingest_folder_then_again_adds_nothing(tmp_path, fake):
    folder = corpus(tmp_path)
    with Store() as store:
        summary = ingest(store, [folder])
        assert (summary.added, summary.duplicates, summary.failed, summary.facts) == (3, 0, 0, 3)
        assert str(summary) == ("3 documents added, 0 skipped as duplicates, 0 failed;"
                                " 3 facts added")  # fmt: skip
        again = ingest(store, [folder])
        assert (again.added, again.duplicates, again.facts) == (0, 3, 0)
        assert store.count_documents() == 3 and len(store.facts()) == 3


# The summary line reads right for one of anything: never "1 documents added".
SUMMARIES = [
    (IngestSummary(), "0 documents added, 0 skipped as duplicates, 0 failed; 0 facts added"),
    (
        IngestSummary(added=1, duplicates=1, failed=1, facts=1),
        "1 document added, 1 skipped as a duplicate, 1 failed; 1 fact added",
    ),
    (
        IngestSummary(added=2, duplicates=3, facts=1_250),
        "2 documents added, 3 skipped as duplicates, 0 failed; 1,250 facts added",
    ),
]


@pytest.mark.parametrize(("summary", "line"), SUMMARIES, ids=["none", "one", "many"])
def test_the_summary_line_says_one_of_each_in_the_singular(summary, line):
    assert str(summary) == line


def test_repeated_page_does_not_double_facts(tmp_path, fake):
    page = f"{SENTENCE} Some other text.\n\n"
    (tmp_path / "scraped.txt").write_text(page * 3)
    with Store() as store:
        assert ingest(store, [tmp_path / "scraped.txt"]).facts == 1


def test_failure_mid_batch_keeps_the_rest(tmp_path, fake):
    (tmp_path / "1.txt").write_text(SENTENCE)
    (tmp_path / "2.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "3.txt").write_text("EXPLODE. Gopher is a 280B-parameter model.")
    (tmp_path / "4.txt").write_text("Gopher is a 280B-parameter model.")
    with Store(tmp_path / "db.sqlite") as store:
        summary = ingest(store, sorted(tmp_path.glob("*.txt")) + [tmp_path / "missing.md"])
        assert (summary.added, summary.failed, summary.facts) == (2, 3, 2)
        assert not summary.ok
        assert [e.reason for e in summary.errors] == [
            "binary file, not text", "extraction failed (RuntimeError: boom)",
            "no such file or folder"]  # fmt: skip
        assert store.facts()["model"].tolist() == ["Chinchilla", "Gopher"]
        assert store.documents()["facts"].tolist() == [1, 1]


def test_jsonl_bad_lines_are_reported_and_the_rest_loaded(tmp_path, fake):
    path = tmp_path / "dump.jsonl"
    lines = [json.dumps(ARXIV[0]), "{broken", json.dumps({"title": "no abstract"}),
             json.dumps(ARXIV[1])]  # fmt: skip
    path.write_text("\n".join(lines) + "\n")
    with Store() as store:
        summary = ingest(store, [path], text_field="abstract", date_field="update_date")
        assert (summary.added, summary.failed, summary.facts) == (2, 2, 2)
        assert [e.source for e in summary.errors] == [f"{path}:2", f"{path}:3"]
        assert store.documents()["date"].tolist() == ["2022-03-29", "2021-12-08"]


def test_pasted_text_and_date_fallback(fake):
    with Store() as store:
        summary = ingest(store, [pasted(SENTENCE, title="Pasted")], date="March 29, 2022")
        assert summary.facts == 1
        doc = store.document(1)
        assert (doc.title, doc.source, doc.date) == ("Pasted", "(pasted)", "2022-03-29")


# Which date a document is stored with: (its own, its text, the --date fallback, stored).
STORED_DATES = [
    ("2021-06-04", "Issue 48 · September 29, 2023\n\nNews.", "2025-01-01", "2021-06-04"),
    (None, "Issue 48 · September 29, 2023\n\nNews.", "2025-01-01", "2023-09-29"),
    (None, "No dateline here.", "2025-01-01", "2025-01-01"),
    (None, "No dateline here.", None, None),
]


@pytest.mark.parametrize("own, text, fallback, stored", STORED_DATES)
def test_a_document_is_stored_with_its_date_else_its_dateline_else_the_fallback(
    fake, own, text, fallback, stored
):
    with Store() as store:
        ingest(store, [pasted(text, title="Pasted", date=own)], date=fallback)
        assert store.document(1).date == stored


def test_url_ingest(server, fake):
    with Store() as store:
        summary = ingest(store, [server + "/article", server + "/missing"], allow_private_urls=True)
        assert (summary.added, summary.failed, summary.facts) == (1, 1, 1)
        assert str(summary.errors[0]) == f"{server}/missing: HTTP 404 Not Found"


def test_progress_is_reported(tmp_path, fake):
    calls = []
    with Store() as store:
        ingest(store, [corpus(tmp_path)], progress=lambda done, total: calls.append(done))
    assert calls == [1, 2, 3]


def test_workers_give_the_same_store(tmp_path, fake):
    folder = corpus(tmp_path)
    jsonl = tmp_path / "arxiv.jsonl"
    jsonl.write_text("\n".join(json.dumps(r) for r in ARXIV) + "\n")
    results = []
    for workers in (1, 2):
        with Store(tmp_path / f"w{workers}.db") as store:
            summary = ingest(store, [folder, jsonl, folder], workers=workers, chunksize=1,
                             text_field="abstract")  # fmt: skip
            again = ingest(store, [folder], workers=workers)
            results.append((summary, again.duplicates, store.facts()[["model", "value"]]))
    (one, dup1, facts1), (two, dup2, facts2) = results
    assert (one.added, one.duplicates, one.facts) == (two.added, two.duplicates, two.facts)
    # The JSONL abstracts repeat a.md's and b.txt's texts, then the folder comes again.
    assert (one.added, one.duplicates, one.failed) == (3, 5, 0)
    assert dup1 == dup2 == 3
    assert facts1.equals(facts2)


needs_extractor = pytest.mark.skipif(
    not real_extract(SENTENCE), reason="needs the real extractor (insights/extract/)"
)


@needs_extractor
@pytest.mark.parametrize(
    ("name", "content", "read_title", "shown_title"),
    [
        # A file's name is shown when the text has no title, but names no model it is about.
        ("thursdai-2025-aug14.md", "Someone shipped a 4B model.\n", None, "thursdai-2025-aug14"),
        ("importai-397.txt", "Entries must stay under 50M parameters.\n", None, "importai-397"),
        ("notes.md", "# Kite-7B\n\nA 7B model.\n", "Kite-7B", "Kite-7B"),
        ("notes.md", "---\ntitle: Kite report\n---\nA 7B model.\n", "Kite report", "Kite report"),
    ],
)
def test_the_extractor_reads_a_documents_own_title_not_its_file_name(
    tmp_path, monkeypatch, name, content, read_title, shown_title
):
    seen = []

    def recording_extract(text, title=None, date=None):
        seen.append(title)
        return []

    monkeypatch.setattr(ingest_module, "extract", recording_extract)
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with Store() as store:
        ingest(store, [path])
        assert seen == [read_title]
        assert store.documents()["title"].tolist() == [shown_title]


def test_a_file_name_gives_no_model_on_ingest_or_reextract(tmp_path):
    path = tmp_path / "importai-397.md"
    path.write_text("Entries can't exceed 50 million parameters.\n", encoding="utf-8")
    with Store() as store:
        ingest(store, [path])
        assert store.facts()["model"].tolist() == [None]
        store.reextract()
        assert store.facts()["model"].tolist() == [None]


def test_end_to_end_with_the_real_extractor(tmp_path):
    folder = corpus(tmp_path)
    with Store() as store:
        assert ingest(store, [folder]).facts >= 2
        facts = store.facts()
        chinchilla = facts[(facts["model"] == "Chinchilla") & (facts["kind"] == "parameters")]
        assert 70e9 in chinchilla["value"].tolist()
        tokens = facts[(facts["model"] == "Chinchilla") & (facts["kind"] == "training_tokens")]
        assert 1.4e12 in tokens["value"].tolist()
        row = store.models(reference=None).set_index("model").loc["Chinchilla"]
        assert row["tokens_per_parameter"] == pytest.approx(20.0)
