"""Hostile input and the network (issue 14): what a careless user or an attacker can send.

Network traffic goes to 127.0.0.1 only. Every other address (the cloud metadata address,
private ranges, public hosts) is checked as a pure function over the address, or through a
stubbed resolver, and never connected to.
"""

from __future__ import annotations

import http.server
import io
import ipaddress
import json
import os
import sqlite3
import sys
import threading
import time
import zlib
from pathlib import Path

import pytest

from insights import fetch as fetch_module
from insights.budget import TookTooLong, time_limit
from insights.fetch import FetchError, address_refusal, fetch, numeric_host
from insights.ingest import (
    Document,
    IngestError,
    Upload,
    decode_text,
    ensure_corpus,
    ingest,
    pasted,
    read_bytes,
    read_url,
)
from insights.store import MIGRATIONS, Store, corpus_build_pending

ROOT = Path(__file__).resolve().parent.parent
SENTENCE = "Kestrel-9 is a 9B-parameter model trained on 2T tokens."


# --------------------------------------------------------------------------------------------
# Addresses: which may be fetched, in every spelling (pure functions, nothing connects)
# --------------------------------------------------------------------------------------------

REFUSED_ADDRESSES = [
    ("loopback", "127.0.0.1", "loopback"),
    ("loopback, far end", "127.255.255.254", "loopback"),
    ("private 10/8", "10.0.0.1", "private"),
    ("private 172.16/12", "172.16.5.4", "private"),
    ("private 192.168/16", "192.168.1.1", "private"),
    ("cloud metadata", "169.254.169.254", "link-local"),
    ("unspecified", "0.0.0.0", "unspecified"),
    ("multicast", "224.0.0.1", "multicast"),
    ("reserved", "240.0.0.1", "reserved"),
    ("broadcast", "255.255.255.255", "reserved"),
    ("shared address space", "100.64.0.1", "not public"),
    ("IPv6 loopback", "::1", "loopback"),
    ("IPv6 unspecified", "::", "unspecified"),
    ("IPv6 link-local", "fe80::1", "link-local"),
    ("IPv6 unique local", "fd00::1", "private"),
    ("IPv6 multicast", "ff02::1", "multicast"),
    ("IPv4-mapped loopback", "::ffff:127.0.0.1", "loopback"),
    ("IPv4-mapped metadata", "::ffff:169.254.169.254", "link-local"),
    ("IPv4-mapped private", "::ffff:10.0.0.1", "private"),
    ("6to4 of loopback", "2002:7f00:1::", "loopback"),
    ("NAT64 of metadata", "64:ff9b::a9fe:a9fe", "link-local"),
    ("IPv4-compatible loopback", "::127.0.0.1", "loopback"),
]
PUBLIC_ADDRESSES = [
    ("public IPv4", "93.184.216.34"),
    ("public resolver", "8.8.8.8"),
    ("public IPv6", "2606:4700:4700::1111"),
    ("IPv4-mapped public", "::ffff:93.184.216.34"),
]


@pytest.mark.parametrize(
    "address, kind", [c[1:] for c in REFUSED_ADDRESSES], ids=[c[0] for c in REFUSED_ADDRESSES]
)
def test_non_public_addresses_are_refused(address, kind):
    assert address_refusal(address) == kind


@pytest.mark.parametrize(
    "address", [c[1] for c in PUBLIC_ADDRESSES], ids=[c[0] for c in PUBLIC_ADDRESSES]
)
def test_public_addresses_are_allowed(address):
    assert address_refusal(address) is None


HOST_SPELLINGS = [
    ("dotted", "127.0.0.1", "127.0.0.1"),
    ("decimal", "2130706433", "127.0.0.1"),
    ("hex", "0x7f000001", "127.0.0.1"),
    ("octal parts", "0177.0.0.1", "127.0.0.1"),
    ("two parts", "127.1", "127.0.0.1"),
    ("hex and short", "0x7f.1", "127.0.0.1"),
    ("trailing dot", "127.0.0.1.", "127.0.0.1"),
    ("metadata, decimal", "2852039166", "169.254.169.254"),
    ("metadata, hex", "0xa9fea9fe", "169.254.169.254"),
    ("metadata, octal", "0251.0376.0251.0376", "169.254.169.254"),
    ("private, three parts", "10.0.1", "10.0.0.1"),
    ("IPv6 in brackets", "[::1]", "::1"),
    ("mapped, in hex", "[::ffff:7f00:1]", "::ffff:7f00:1"),
    ("a name", "localhost", None),
    ("a domain", "example.com", None),
    ("five parts", "1.2.3.4.5", None),
    ("a part over 255", "1.2.256.4", None),
    ("not a number", "0x7g.0.0.1", None),
]


@pytest.mark.parametrize(
    "host, address", [c[1:] for c in HOST_SPELLINGS], ids=[c[0] for c in HOST_SPELLINGS]
)
def test_numeric_hosts_in_every_spelling(host, address):
    found = numeric_host(host)
    assert (None if found is None else str(found)) == address


STUB_ANSWERS = {
    "metadata.example": ["169.254.169.254"],
    "intranet.example": ["10.0.0.1"],
    "mixed.example": ["93.184.216.34", "10.0.0.1"],
    "mapped.example": ["::ffff:127.0.0.1"],
}


def stub_resolver(host: str, port: int) -> list[str]:
    if host not in STUB_ANSWERS:
        raise OSError("Name or service not known")
    return STUB_ANSWERS[host]


URLS_REFUSED_BEFORE_CONNECTING = [
    ("metadata by name", "http://metadata.example/latest/", "link-local"),
    ("intranet by name", "http://intranet.example/wiki", "private"),
    ("a name with a private address too", "https://mixed.example/", "private"),
    ("mapped loopback by name", "http://mapped.example/", "loopback"),
    ("metadata literal", "http://169.254.169.254/latest/meta-data/", "link-local"),
    ("metadata in decimal", "http://2852039166/", "link-local"),
    ("private in hex", "http://0x0a000001:8080/", "private"),
    ("IPv6 mapped metadata", "http://[::ffff:169.254.169.254]/", "link-local"),
    ("unspecified", "http://0/", "unspecified"),
]


@pytest.mark.parametrize(
    "url, kind",
    [c[1:] for c in URLS_REFUSED_BEFORE_CONNECTING],
    ids=[c[0] for c in URLS_REFUSED_BEFORE_CONNECTING],
)
def test_urls_to_private_addresses_are_refused_before_connecting(url, kind, monkeypatch):
    def no_connection(*args, **kwargs):
        raise AssertionError("a refused address was connected to")

    monkeypatch.setattr(fetch_module.socket, "create_connection", no_connection)
    with pytest.raises(FetchError, match=f"refused: .* is a {kind} address"):
        fetch(url, max_bytes=1000, deadline=5, resolver=stub_resolver)


def test_an_unknown_host_is_one_line():
    with pytest.raises(FetchError, match="cannot resolve nowhere.example"):
        fetch("http://nowhere.example/", max_bytes=1000, deadline=5, resolver=stub_resolver)


# --------------------------------------------------------------------------------------------
# A local server on 127.0.0.1: refused by default, read when private addresses are allowed
# --------------------------------------------------------------------------------------------


class Handler(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []  # every path asked for, to show that refusals send nothing
    port = 0

    def do_GET(self):
        Handler.requests.append(self.path)
        try:
            self.respond()
        except (BrokenPipeError, ConnectionResetError):
            pass

    def respond(self):
        if self.path == "/page":
            self.send_body("text/plain; charset=utf-8", SENTENCE.encode())
        elif self.path.startswith("/redirect?to="):
            self.send_response(302)
            self.send_header("Location", self.path.split("=", 1)[1].replace("PORT", str(self.port)))
            self.end_headers()
        elif self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
        elif self.path == "/drip":  # one byte at a time, forever (until the client goes)
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(100):
                self.wfile.write(b"7")
                self.wfile.flush()
                time.sleep(0.2)
        elif self.path == "/drip-headers":
            self.wfile.write(b"HTTP/1.1 200 OK\r\n")
            for _ in range(100):
                self.wfile.write(b"X")
                self.wfile.flush()
                time.sleep(0.2)
        elif self.path == "/phish-reason":
            self.send_response(403, "[Your session expired - sign in](http://evil/phish)")
            self.end_headers()
        else:
            self.send_error(404, "Not Found")

    def send_body(self, content_type: str, body: bytes):
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    Handler.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd.server_address[1]
    httpd.shutdown()
    httpd.server_close()


LOOPBACK_SPELLINGS = [
    ("dotted", "http://127.0.0.1:{port}/page"),
    ("localhost", "http://localhost:{port}/page"),
    ("decimal", "http://2130706433:{port}/page"),
    ("hex", "http://0x7f000001:{port}/page"),
    ("short", "http://127.1:{port}/page"),
    ("IPv6 mapped", "http://[::ffff:127.0.0.1]:{port}/page"),
    ("upper-case scheme", "HTTP://127.0.0.1:{port}/page"),
]


@pytest.mark.parametrize(
    "url", [c[1] for c in LOOPBACK_SPELLINGS], ids=[c[0] for c in LOOPBACK_SPELLINGS]
)
def test_loopback_urls_are_refused_and_send_nothing(server, url):
    Handler.requests.clear()
    with pytest.raises(IngestError, match="refused: .* is a loopback address"):
        read_url(url.format(port=server))
    assert Handler.requests == []


def test_loopback_is_read_when_private_addresses_are_allowed(server):
    [doc] = read_url(f"http://127.0.0.1:{server}/page", allow_private=True)
    assert doc.text == SENTENCE


REDIRECTS = [
    ("to another scheme", "ftp://127.0.0.1/x", "redirected to a ftp: URL"),
    ("to a file", "file:///etc/passwd", "redirected to a file: URL"),
    ("in a loop", None, "more than 5 redirects"),
]


@pytest.mark.parametrize(
    "target, reason", [c[1:] for c in REDIRECTS], ids=[c[0] for c in REDIRECTS]
)
def test_redirects_are_checked_on_every_hop(server, target, reason):
    path = "/loop" if target is None else f"/redirect?to={target}"
    with pytest.raises(FetchError, match=reason):
        fetch(f"http://127.0.0.1:{server}{path}", max_bytes=1000, deadline=5, allow_private=True)


def test_a_redirect_to_a_private_address_is_refused(server, monkeypatch):
    # 127.0.0.1 plays a public server here; the redirect to 127.0.0.2 must be refused there.
    real = fetch_module.address_refusal
    monkeypatch.setattr(
        fetch_module, "address_refusal", lambda ip: None if str(ip) == "127.0.0.1" else real(ip)
    )
    Handler.requests.clear()
    with pytest.raises(FetchError, match=r"refused: 127\.0\.0\.2 is a loopback address"):
        fetch(f"http://127.0.0.1:{server}/redirect?to=http://127.0.0.2:PORT/page",
              max_bytes=1000, deadline=5)  # fmt: skip
    assert Handler.requests == ["/redirect?to=http://127.0.0.2:PORT/page"]


def test_the_address_actually_connected_to_is_checked(server, monkeypatch):
    # Were a resolver answer to change between the check and the connection (DNS rebinding),
    # the socket's peer is what counts.
    monkeypatch.setattr(
        fetch_module, "allowed_addresses",
        lambda host, port, **kw: [ipaddress.ip_address("127.0.0.1")],
    )  # fmt: skip
    with pytest.raises(FetchError, match=r"refused: connected to a loopback address \(127"):
        fetch(f"http://public.example:{server}/page", max_bytes=1000, deadline=5)


@pytest.mark.parametrize("path", ["/drip", "/drip-headers"], ids=["body", "headers"])
def test_a_server_that_drips_is_cut_at_the_deadline(server, path):
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out: no full response within 1 s"):
        fetch(f"http://127.0.0.1:{server}{path}", max_bytes=10**6, deadline=1, allow_private=True)
    assert time.monotonic() - started < 3


def test_a_server_reason_phrase_is_one_line_of_text(server):
    with pytest.raises(FetchError) as caught:
        fetch(f"http://127.0.0.1:{server}/phish-reason", max_bytes=1000, deadline=5,
              allow_private=True)  # fmt: skip
    assert str(caught.value) == "HTTP 403 [Your session expired - sign in](http://evil/phish)"


def run_cli(*args) -> int:
    """The command line in this process (tests/test_cli.py runs it as a child, as a user
    would; here a child would only load the extractor again)."""
    from insights.cli import main

    return main([str(a) for a in args])


def test_cli_refuses_loopback_and_reads_it_with_the_flag(server, tmp_path, capsys):
    db = tmp_path / "x.db"
    url = f"http://2130706433:{server}/page"
    Handler.requests.clear()
    assert run_cli("ingest", url, "--db", db, "--no-progress") == 1
    stderr = capsys.readouterr().err
    assert f"error: {url}: refused: 2130706433 is a loopback address (127.0.0.1)" in stderr
    assert "--allow-private-urls" in stderr
    assert Handler.requests == []
    assert run_cli("ingest", url, "--db", db, "--no-progress", "--allow-private-urls") == 0
    assert capsys.readouterr().out.startswith("1 document added")


# --------------------------------------------------------------------------------------------
# The per-document budget
# --------------------------------------------------------------------------------------------


def spin(seconds: float) -> None:
    ends = time.monotonic() + seconds
    while time.monotonic() < ends:
        pass


def test_time_limit_stops_python_work_in_its_thread():
    started = time.monotonic()
    with pytest.raises(TookTooLong), time_limit(0.2):
        spin(5)
    assert time.monotonic() - started < 1


def test_time_limit_leaves_quick_work_alone_and_fires_nothing_later():
    with time_limit(0.3):
        spin(0.01)
    spin(0.5)  # a late exception would land here


def test_time_limit_works_outside_the_main_thread():
    outcome = []

    def work():
        try:
            with time_limit(0.2):
                spin(5)
        except TookTooLong:
            outcome.append("stopped")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(3)
    assert outcome == ["stopped"]


def test_an_outer_time_limit_fires_inside_a_longer_inner_one():
    started = time.monotonic()
    with pytest.raises(TookTooLong), time_limit(0.2), time_limit(30):
        spin(5)
    assert time.monotonic() - started < 1
    spin(0.3)  # neither fires later


def test_limits_that_fire_at_any_moment_leave_later_limits_working():
    # (a review of a shared watchdog thread: a limit that fired while the worker held the
    # watchdog's lock left it held, and no later limit ever fired)
    ends = time.monotonic() + 1
    while time.monotonic() < ends:
        try:
            with time_limit(0.0003):
                spin(0.001)
        except TookTooLong:
            pass
    started = time.monotonic()
    with pytest.raises(TookTooLong), time_limit(0.2):
        spin(5)
    assert time.monotonic() - started < 1


def test_a_document_over_the_budget_fails_alone_and_stores_nothing(monkeypatch):
    import insights.ingest as ingest_module

    real = ingest_module.extract

    def slow_on_kite(text, title=None, date=None):
        if "Kite" in text:
            spin(5)
        return real(text, title, date)

    monkeypatch.setattr(ingest_module, "extract", slow_on_kite)
    docs = [Document("Kite is a 7B model."), Document(SENTENCE, source="good")]
    started = time.monotonic()
    with Store() as store:
        summary = ingest(store, docs, budget=0.3)
        assert store.count_documents() == 1
    assert time.monotonic() - started < 3
    assert (summary.added, summary.failed) == (1, 1)
    assert summary.errors[0].reason.startswith("took too long: over the 0.3 s budget")


def bomb_pdf(pages: int = 30, operators: int = 80_000) -> bytes:
    """Pages that share one compressed content stream of many text operators."""
    stream = zlib.compress(b"BT /F1 1 Tf " + b"(ab) Tj 0 1 Td " * operators + b"ET", 9)
    kids = " ".join(f"{4 + i} 0 R" for i in range(pages)).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream
        + b"\nendstream",
    ] + [
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R"
        b" /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica"
        b" >> >> >> >>"
    ] * pages  # fmt: skip
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)  # fmt: skip
    return bytes(out)


def test_a_pdf_bomb_ends_within_the_budget(tmp_path):
    path = tmp_path / "bomb.pdf"
    path.write_bytes(bomb_pdf())
    assert path.stat().st_size < 30_000
    started = time.monotonic()
    with Store() as store:
        summary = ingest(store, [path], budget=2)
        assert store.count_documents() == 0
    assert time.monotonic() - started < 6
    [error] = summary.errors
    assert error.reason.startswith("took too long: over the 2 s budget")


def test_standard_input_shares_the_file_size_limit(monkeypatch, capsys):
    import insights.ingest as ingest_module
    from insights.cli import main

    monkeypatch.setattr(ingest_module, "MAX_FILE_BYTES", 100)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"7B " * 1000)))
    assert main(["ingest", "-", "--db", ":memory:", "--no-progress"]) == 1
    assert "error: (stdin): too big: over the 100-byte limit" in capsys.readouterr().err


def test_pasted_text_shares_the_file_size_limit():
    with pytest.raises(IngestError, match="too big: 3,000 bytes, over the 100 limit"):
        pasted("7B " * 1000, max_bytes=100)


# --------------------------------------------------------------------------------------------
# One bad item is one line; the batch goes on
# --------------------------------------------------------------------------------------------

JSONL_LINES = [
    b"this is not JSON",
    b'{"text": "Kestrel-9 is a 9B-parameter model.", "title": "lone \\ud800 surrogate"}',
    b'{"text": "Gopher has 280B parameters.", "title": 5}',
    b'{"text": "Gopher has 280B parameters.", "date": ["2021"]}',
    b'{"text": "Chinchilla has 70B parameters.\\u0000", "date": "2022-03-29"}',
]


def test_a_jsonl_with_bad_lines_stores_every_good_line(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_bytes(b"\n".join(JSONL_LINES) + b"\n")
    with Store() as store:
        summary = ingest(store, [path])
        stored = [store.document(i) for i in store.documents()["id"]]
    assert (summary.added, summary.failed) == (2, 3)
    assert [(e.source, e.reason) for e in summary.errors] == [
        (f"{path}:1", "not JSON (Expecting value)"),
        (f"{path}:3", "title 'title' is a number, not a string"),
        (f"{path}:4", "date 'date' is a list, not a string"),
    ]
    assert [d.title for d in stored] == ["lone \ufffd surrogate", None]
    assert stored[1].text == "Chinchilla has 70B parameters.\ufffd"  # NUL replaced, as surrogates


def test_an_uploaded_jsonl_keeps_line_numbers_and_good_lines():
    with Store() as store:
        summary = ingest(store, [Upload("batch.jsonl", b"\n".join(JSONL_LINES))])
    assert (summary.added, summary.failed) == (2, 3)
    assert [e.source for e in summary.errors] == ["batch.jsonl:1", "batch.jsonl:3", "batch.jsonl:4"]


def test_a_file_name_that_is_not_utf8_is_read_and_printed(tmp_path, capsys):
    folder = tmp_path / "docs"
    folder.mkdir()
    name = os.fsdecode(b"caf\xe9.txt")
    (folder / name).write_text(SENTENCE)
    (folder / "good.txt").write_text("Gopher has 280B parameters.")
    with Store() as store:
        summary = ingest(store, [folder])
        sources = sorted(store.documents()["source"])
    assert (summary.added, summary.failed) == (2, 0)
    assert sources[0].endswith("caf\ufffd.txt")
    (folder / os.fsdecode(b"bad\xff.txt")).write_bytes(b"\x00binary")
    assert run_cli("ingest", folder, "--db", tmp_path / "x.db", "--no-progress") == 1
    printed = capsys.readouterr()
    assert printed.out.startswith("2 documents added")
    assert printed.err.endswith("bad\ufffd.txt: binary file, not text\n")


def test_a_store_error_is_that_documents_line(monkeypatch):
    with Store() as store:
        real = store.add_rows

        def fail_on_kite(text, *args, **kwargs):
            if "Kite" in text:
                raise sqlite3.InterfaceError("Error binding parameter 2")
            return real(text, *args, **kwargs)

        monkeypatch.setattr(store, "add_rows", fail_on_kite)
        summary = ingest(store, [Document("Kite has 7B parameters.", source="k"),
                                 Document(SENTENCE, source="good")])  # fmt: skip
    assert (summary.added, summary.failed) == (1, 1)
    assert str(summary.errors[0]) == "k: cannot store (InterfaceError: Error binding parameter 2)"


READABLE = [
    ("UTF-16 LE with a BOM", "a.txt", SENTENCE.encode("utf-16"), SENTENCE),
    ("UTF-16 BE with a BOM", "a.txt", b"\xfe\xff" + SENTENCE.encode("utf-16-be"), SENTENCE),
    ("UTF-8 with a BOM", "a.md", b"\xef\xbb\xbf" + SENTENCE.encode(), SENTENCE),
    ("HTML 100,000 deep", "deep.html",
     b"<div>" * 100_000 + SENTENCE.encode() + b"</div>" * 100_000, SENTENCE),
]  # fmt: skip


@pytest.mark.parametrize(
    "name, data, text", [c[1:] for c in READABLE], ids=[c[0] for c in READABLE]
)
def test_unusual_files_are_read(name, data, text):
    [doc] = read_bytes(name, data)
    assert doc.text == text


REFUSED_FILES = [
    ("NUL after the first 8 KB", "a.txt", b"x" * 9000 + b"\x00" + b"y", "binary file, not text"),
    ("NUL at the start", "a.txt", b"\x00abc", "binary file, not text"),
    ("a BOM then nonsense", "a.txt", b"\xff\xfe\x00\xd8", "binary file, not text"),
    ("NUL late in HTML", "a.html", b"<p>" + b"x" * 9000 + b"\x00</p>", "binary file, not HTML"),
]


@pytest.mark.parametrize(
    "name, data, reason", [c[1:] for c in REFUSED_FILES], ids=[c[0] for c in REFUSED_FILES]
)
def test_binary_files_are_refused_wherever_the_nul_is(name, data, reason):
    with pytest.raises(IngestError, match=reason):
        read_bytes(name, data)


def test_decode_text_reads_utf32_with_a_bom():
    assert decode_text(SENTENCE.encode("utf-32"), "a.txt") == SENTENCE


def test_a_markdown_heading_of_spaces_is_read_in_linear_time():
    # "# a" + spaces + "x": the heading pattern once rescanned the spaces at every step.
    def seconds(n):
        data = ("# a" + " " * n + "x\nKite has 7B parameters.").encode()
        started = time.process_time()
        doc = read_bytes("notes.md", data)[0]
        assert doc.title == "a" + " " * n + "x"
        return time.process_time() - started

    seconds(1000)
    assert seconds(80_000) < 20 * seconds(20_000) + 0.05


# --------------------------------------------------------------------------------------------
# Nothing lost by a click or a crash
# --------------------------------------------------------------------------------------------


def test_document_ids_are_never_reused():
    with Store() as store:
        store.add_document("Kite has 7B parameters.")
        second = store.add_document(SENTENCE).document_id
        store.delete_document(second)
        assert store.add_document("Gopher has 280B parameters.").document_id == second + 1


def test_the_migration_keeps_ids_and_facts_and_stops_reuse(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0] + "PRAGMA user_version = 1;")
    conn.execute("INSERT INTO documents VALUES (4, 'h4', 'Four', NULL, NULL, 'four', 'now')")
    conn.execute("INSERT INTO documents VALUES (9, 'h9', 'Nine', NULL, NULL, 'nine', 'now')")
    conn.execute("INSERT INTO facts (document_id, kind, \"start\", \"end\", sentence,"
                 " sentence_start) VALUES (9, 'parameters', 0, 4, 'nine', 0)")  # fmt: skip
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.schema_version == len(MIGRATIONS)
        assert store.documents()[["id", "title", "facts"]].values.tolist() == [
            [4, "Four", 0], [9, "Nine", 1]]  # fmt: skip
        assert store.delete_document(9)
        assert store.add_document("ten").document_id == 10
        assert store.facts([9]).empty  # the cascade still works after the copy


def test_reextract_skips_a_document_deleted_under_it(tmp_path):
    path = tmp_path / "x.db"
    with Store(path) as store:
        for text in ("Kite has 7B parameters.", SENTENCE, "Gopher has 280B parameters."):
            store.add_document(text)

        def delete_the_next(done, total):
            if done == 1:
                with Store(path) as other:
                    other.delete_document(2)

        facts = store.reextract(progress=delete_the_next)
        assert store.documents()["id"].tolist() == [1, 3]
    assert facts >= 2


def corpus(tmp_path, n=3) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(n):
        (folder / f"{i}.md").write_text(f"Model-{i} has {i + 1}B parameters.")
    return folder


def test_a_first_build_cut_short_resumes_until_complete(tmp_path):
    folder = corpus(tmp_path)
    with Store(tmp_path / "x.db") as store:
        store.set_meta("corpus_started", "then killed")
        store.add_document((folder / "0.md").read_text())  # one document in, then the crash
        assert corpus_build_pending(store)
        summary = ensure_corpus(store, folder)
        assert (summary.added, summary.duplicates) == (2, 1)
        assert store.count_documents() == 3 and not corpus_build_pending(store)
        assert ensure_corpus(store, folder) is None


def test_a_database_of_ones_own_documents_is_never_filled_with_the_corpus(tmp_path):
    folder = corpus(tmp_path)
    with Store(tmp_path / "x.db") as store:
        store.add_document(SENTENCE)
        assert not corpus_build_pending(store)
        assert ensure_corpus(store, folder) is None
        assert store.count_documents() == 1


def test_export_refuses_a_database_that_does_not_exist(tmp_path, capsys):
    assert run_cli("export", "--db", tmp_path / "typo" / "x.db") == 1
    assert "no such database file" in capsys.readouterr().err
    assert not (tmp_path / "typo").exists()


# --------------------------------------------------------------------------------------------
# The dashboard: confirmations, escaping, no fetching of private addresses
# --------------------------------------------------------------------------------------------


@pytest.fixture
def dashboard_db(tmp_path, monkeypatch):
    sys.path.insert(0, str(ROOT))
    from dashboard_data import fill

    path = fill(tmp_path / "insights.db")
    monkeypatch.setenv("INSIGHTS_DB", str(path))
    return path


def app(query: dict | None = None, page: str | None = "app_pages/sources.py"):
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.query_params.update(query or {})
    at.run()
    if page:
        at.switch_page(page)
        at.query_params.update(query or {})
        at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_a_delete_confirmation_does_not_carry_to_another_document(dashboard_db):
    at = app({"doc": "2"})
    at.checkbox(key="s_confirm_2").check().run()
    assert not at.button(key="s_delete").disabled
    at.selectbox(key="s_doc").set_value(1).run()
    assert at.checkbox(key="s_confirm_1").value is False
    assert at.button(key="s_delete").disabled
    at.selectbox(key="s_doc").set_value(2).run()  # and back: the old tick is gone too
    assert at.checkbox(key="s_confirm_2").value is False
    with Store(dashboard_db) as store:
        assert store.document(1) is not None and store.document(2) is not None


PHISHING_ORGS = [
    ("a link", "[Your session expired - sign in again](http://evil/phish)"),
    ("an image", "![x](http://host/img.png)"),
    ("raw HTML", "<img src=http://host/img.png>"),
]


@pytest.mark.parametrize("org", [c[1] for c in PHISHING_ORGS], ids=[c[0] for c in PHISHING_ORGS])
def test_an_org_in_a_shared_link_is_shown_as_text(dashboard_db, org):
    at = app({"org": org}, page=None)
    [caption] = [c.value for c in at.sidebar.caption if "Not in the data" in c.value]
    assert "](" not in caption and "[" not in caption.replace("\\[", "")
    assert caption.replace("\\", "").endswith(org)


def test_the_dashboard_never_fetches_a_private_address(dashboard_db, server):
    Handler.requests.clear()
    at = app()
    [url_box] = [t for t in at.text_input if "address" in t.label]
    url_box.set_value(f"http://2130706433:{server}/page")
    [button] = [b for b in at.button if b.label == "Fetch and add"]
    button.click().run()
    assert not at.exception
    [error] = at.error
    assert "refused" in error.value and "loopback" in error.value
    assert Handler.requests == []
    with Store(dashboard_db) as store:
        assert SENTENCE not in [store.document(i).text for i in store.documents()["id"]]


def count(path) -> int:
    with Store(path) as store:
        return store.count_documents()


@pytest.mark.parametrize(
    "address", ["/etc/hostname", "file:///etc/hostname", "ftp://127.0.0.1/x"],
    ids=["a path", "a file URL", "an ftp URL"],
)  # fmt: skip
def test_the_url_box_reads_no_file_of_the_server(dashboard_db, address):
    before = count(dashboard_db)
    at = app()
    [url_box] = [t for t in at.text_input if "address" in t.label]
    url_box.set_value(address)
    [button] = [b for b in at.button if b.label == "Fetch and add"]
    button.click().run()
    [error] = at.error
    assert "only http and https URLs are read" in error.value.replace("\\", "")
    assert count(dashboard_db) == before


def test_a_remote_reason_phrase_is_escaped_in_the_dashboard(dashboard_db, server, monkeypatch):
    import insights.ingest as ingest_module

    real = ingest_module.read_url
    monkeypatch.setattr(
        ingest_module, "read_url", lambda url, **kw: real(url, **{**kw, "allow_private": True})
    )
    at = app()
    [url_box] = [t for t in at.text_input if "address" in t.label]
    url_box.set_value(f"http://127.0.0.1:{server}/phish-reason")
    [button] = [b for b in at.button if b.label == "Fetch and add"]
    button.click().run()
    [error] = at.error
    assert "](" not in error.value
    assert "\\[Your session expired \\- sign in\\]\\(http\\:" in error.value


def test_a_document_over_the_budget_is_one_line_in_the_dashboard(dashboard_db, monkeypatch):
    import insights.ingest as ingest_module
    import insights_ui

    monkeypatch.setattr(insights_ui, "DOCUMENT_SECONDS", 0.3)
    monkeypatch.setattr(ingest_module, "extract", lambda text, title=None, date=None: spin(5) or [])
    before = count(dashboard_db)
    at = app()
    at.text_area[0].set_value("Kite has 7B parameters.")
    [button] = [b for b in at.button if b.label == "Add text"]
    button.click().run()
    assert not at.exception
    [error] = at.error
    assert "took too long: over the 0.3 s budget" in error.value.replace("\\", "")
    assert count(dashboard_db) == before


def test_pasted_text_over_the_limit_is_one_line(dashboard_db, monkeypatch):
    import insights_ui

    monkeypatch.setattr(insights_ui, "MAX_UPLOAD_BYTES", 100)
    at = app()
    at.text_area[0].set_value("\u00e9" * 60 + " 7B")  # 63 characters, 123 bytes
    [button] = [b for b in at.button if b.label == "Add text"]
    button.click().run()
    [error] = at.error
    assert "too big: 123 bytes, over the 100 limit" in error.value.replace("\\", "")


def test_cli_output_is_json_for_each_fact_even_from_utf16(tmp_path, capsys):
    path = tmp_path / "notes.txt"
    path.write_bytes(SENTENCE.encode("utf-16"))
    assert run_cli("extract", path) == 0
    kinds = [json.loads(line)["kind"] for line in capsys.readouterr().out.splitlines()]
    assert kinds == ["parameters", "training_tokens"]


class _StaleVersion:
    """A connection whose first read of the schema version is the one before another process
    migrated the file: two opens of one old database at once (a Dask worker beside the app)."""

    def __init__(self, conn, stale):
        self._conn, self._stale = conn, stale

    def execute(self, sql, *args):
        if sql == "PRAGMA user_version" and self._stale is not None:
            stale, self._stale = self._stale, None
            return self._conn.execute("SELECT ?", (stale,))
        return self._conn.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._conn, name)


def test_an_old_database_migrated_meanwhile_by_another_opener_opens(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0] + "PRAGMA user_version = 1;")
    conn.close()
    with Store(path):
        pass  # the other opener, which migrated it first
    connect = sqlite3.connect
    monkeypatch.setattr(
        sqlite3, "connect", lambda *a, **k: _StaleVersion(connect(*a, **k), 1)
    )
    with Store(path) as store:  # read version 1 before the other's migration committed
        assert store.schema_version == len(MIGRATIONS)
