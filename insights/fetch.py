"""One safe way to fetch a URL: http(s) only, public addresses only, a total deadline.

Every hop of a redirect is checked the same way: its scheme, its host resolved to addresses
(``address_refusal`` says why an address may not be reached), and the address the socket is
actually connected to. A host written as a number in any spelling (``2130706433``,
``0x7f000001``, ``0177.1``, ``[::ffff:127.0.0.1]``) is read as that address, never handed to
a resolver that may read it differently. The deadline covers the whole exchange (resolving
aside), not each read, so a server that sends one byte at a time cannot hold a fetch open.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass

MAX_REDIRECTS = 5
REDIRECTS = (301, 302, 303, 307, 308)
USER_AGENT = "insights/0.1 (+model-scale fact extractor)"
CHUNK = 65_536
ALLOW_FLAG = "--allow-private-urls"

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
# (host, port) -> the addresses it resolves to; tests pass a stub, never a real lookup.
Resolver = Callable[[str, int], list[str]]

# IPv6 prefixes that carry an IPv4 address in their last 32 bits (NAT64, well known and local).
EMBEDDED_IPV4 = (
    ipaddress.ip_network("64:ff9b::/96"),
    ipaddress.ip_network("64:ff9b:1::/48"),
)


class FetchError(Exception):
    """A URL was refused or could not be fetched; the message is one line saying why."""


@dataclass(frozen=True)
class Fetched:
    """A response body that passed every check, with what its headers say about it."""

    url: str  # after redirects
    content_type: str
    charset: str | None
    data: bytes


def numeric_host(host: str) -> IPAddress | None:
    """The address a host names when it is written as a number, in any spelling, else None.

    Covers what C's ``inet_aton`` accepts (decimal, hex, octal, fewer than four parts) and
    IPv6 in brackets or not.

    >>> [str(numeric_host(h)) for h in ("2130706433", "0x7f000001", "0177.1")]
    ['127.0.0.1', '127.0.0.1', '127.0.0.1']
    >>> str(numeric_host("[::ffff:169.254.169.254]"))
    '::ffff:a9fe:a9fe'
    >>> numeric_host("example.com") is None, numeric_host("1.2.3.4.5") is None
    (True, True)
    """
    host = host.strip().rstrip(".").lower()
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if ":" in host:
        try:
            return ipaddress.IPv6Address(host.split("%", 1)[0])
        except ValueError:
            return None
    parts = host.split(".")
    if not 1 <= len(parts) <= 4:
        return None
    numbers = []
    for part in parts:
        try:
            if part.startswith("0x"):
                numbers.append(int(part[2:], 16))
            elif len(part) > 1 and part.startswith("0"):
                numbers.append(int(part[1:], 8))
            elif part.isdigit():
                numbers.append(int(part))
            else:
                return None
        except ValueError:
            return None
    # The last part fills every byte the earlier parts leave: 127.1 is 127.0.0.1.
    *leading, last = numbers
    if any(n > 255 for n in leading) or last >= 256 ** (4 - len(leading)):
        return None
    value = 0
    for n in leading:
        value = value * 256 + n
    value = value * 256 ** (4 - len(leading)) + last
    return ipaddress.IPv4Address(value)


def address_refusal(address: IPAddress | str) -> str | None:
    """Why this address may not be fetched (``"loopback"``, ``"private"``, ...), or None.

    An IPv6 address that carries an IPv4 one (mapped, 6to4, Teredo, NAT64) is judged by it.

    >>> address_refusal("169.254.169.254"), address_refusal("::ffff:10.0.0.1")
    ('link-local', 'private')
    >>> address_refusal("93.184.216.34") is None, address_refusal("2606:4700::1111") is None
    (True, True)
    """
    ip = ipaddress.ip_address(address) if isinstance(address, str) else address
    if isinstance(ip, ipaddress.IPv6Address):
        inner = _embedded_ipv4(ip)
        if inner is not None:
            return address_refusal(inner)
    for kind, test in (
        ("unspecified", ip.is_unspecified),
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("reserved", ip.is_reserved),
        ("private", ip.is_private),
    ):
        if test:
            return kind
    if not ip.is_global:  # shared address space (100.64.0.0/10) and the like
        return "not public"
    return None


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]  # the client's address
    if any(ip in network for network in EMBEDDED_IPV4):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if int(ip) >> 32 == 0 and int(ip) > 1:  # IPv4-compatible ::a.b.c.d (deprecated)
        return ipaddress.IPv4Address(int(ip))
    return None


def system_resolver(host: str, port: int) -> list[str]:
    """The addresses the system resolver gives for a host."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(info[4][0] for info in infos))


def allowed_addresses(
    host: str, port: int, *, allow_private: bool = False, resolver: Resolver | None = None
) -> list[IPAddress]:
    """The addresses of ``host`` that may be connected to; ``FetchError`` when there are none.

    Any non-public address among them refuses the host: a name that resolves to both a public
    and a private address is not trusted to pick the public one next time.
    """
    literal = numeric_host(host)
    if literal is not None:
        addresses: list[IPAddress] = [literal]
    else:
        try:
            found = (resolver or system_resolver)(host, port)
        except (OSError, UnicodeError) as exc:
            raise FetchError(f"cannot resolve {host} ({_reason(exc)})") from None
        addresses = []
        for text in found:
            try:
                addresses.append(ipaddress.ip_address(text.split("%", 1)[0]))
            except ValueError:
                raise FetchError(f"cannot resolve {host} (odd address {text!r})") from None
        if not addresses:
            raise FetchError(f"cannot resolve {host}")
    if not allow_private:
        for ip in addresses:
            kind = address_refusal(ip)
            if kind is not None:
                raise FetchError(f"refused: {host} is a {kind} address ({ip}), not a public one")
    return addresses


def fetch(
    url: str,
    *,
    max_bytes: int,
    deadline: float,
    allow_private: bool = False,
    resolver: Resolver | None = None,
    user_agent: str = USER_AGENT,
) -> Fetched:
    """GET ``url`` following redirects, within ``deadline`` seconds and ``max_bytes``.

    Raises ``FetchError`` with a one-line reason for a refused scheme or address (on any hop),
    an HTTP error status, too many redirects, a body over the limit, or the deadline passing.
    """
    ends = time.monotonic() + deadline
    current = url
    for _hop in range(MAX_REDIRECTS + 1):
        parts = _check_url(current, first=current is url)
        host = parts.hostname or ""
        port = parts.port or (443 if parts.scheme == "https" else 80)
        addresses = allowed_addresses(host, port, allow_private=allow_private, resolver=resolver)
        status, location, response = _get(
            parts, addresses, ends, deadline, max_bytes, allow_private, user_agent
        )
        if status in REDIRECTS:
            if not location:
                raise FetchError(f"HTTP {status} redirect without a Location")
            current = urllib.parse.urljoin(current, location.strip())
            continue
        return Fetched(current, *response)
    raise FetchError(f"more than {MAX_REDIRECTS} redirects")


def _check_url(url: str, *, first: bool) -> urllib.parse.SplitResult:
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError as exc:
        raise FetchError(f"not a valid URL ({exc})") from None
    if parts.scheme.lower() not in ("http", "https"):
        scheme = parts.scheme or "(none)"
        if first:
            raise FetchError("only http and https URLs are read")
        raise FetchError(f"refused: redirected to a {scheme}: URL; only http and https are read")
    if not parts.hostname:
        raise FetchError("no host in the URL")
    return parts


def _get(parts, addresses, ends, deadline, max_bytes, allow_private, user_agent):
    """One request: (status, Location, (content_type, charset, data) or None)."""
    remaining = ends - time.monotonic()
    if remaining <= 0:
        raise FetchError(f"timed out: no full response within {deadline:g} s")
    https = parts.scheme.lower() == "https"
    kind = _PinnedHTTPS if https else _PinnedHTTP
    connection = kind(
        parts.hostname, parts.port, addresses, allow_private=allow_private, timeout=remaining
    )
    # The watchdog closes the socket at the deadline: no read can outlive it, however slow.
    watchdog = threading.Timer(remaining, connection.abort)
    watchdog.daemon = True
    watchdog.start()
    try:
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        connection.request("GET", path, headers={"User-Agent": user_agent, "Accept": "*/*"})
        connection.set_remaining(ends)
        response = connection.getresponse()
        status = response.status
        if status in REDIRECTS:
            return status, response.getheader("Location"), None
        if status >= 400 or status < 200:
            raise FetchError(f"HTTP {status} {_one_line(response.reason)}".rstrip())
        content_type = response.headers.get_content_type()
        charset = response.headers.get_content_charset()
        length = response.getheader("Content-Length", "")
        if length.isdigit() and int(length) > max_bytes:
            raise FetchError(f"too big: {int(length):,} bytes, over the {max_bytes:,} limit")
        data = bytearray()
        while True:
            connection.set_remaining(ends)
            chunk = response.read1(CHUNK)
            if not chunk:
                break
            data += chunk
            if len(data) > max_bytes:
                raise FetchError(f"too big: over the {max_bytes:,}-byte limit")
        if connection.aborted:  # the watchdog's shutdown reads as the end of the body
            raise FetchError(f"timed out: no full response within {deadline:g} s")
        return status, None, (content_type, charset, bytes(data))
    except FetchError:
        raise
    except TimeoutError:
        raise FetchError(f"timed out: no full response within {deadline:g} s") from None
    except ssl.SSLError as exc:
        raise FetchError(f"TLS failed ({_reason(exc)})") from None
    except (OSError, http.client.HTTPException, ValueError) as exc:
        if connection.aborted:
            raise FetchError(f"timed out: no full response within {deadline:g} s") from None
        raise FetchError(f"cannot fetch ({_reason(exc)})") from None
    finally:
        watchdog.cancel()
        connection.close()


class _Pinned:
    """Connects only to addresses already checked, and checks the peer it got."""

    def _setup(self, addresses, allow_private):
        self._addresses = addresses
        self._allow_private = allow_private
        self.aborted = False
        self._lock = threading.Lock()
        # http.client drops ``self.sock`` once a response that ends with the connection owns
        # it, so the socket to time and to shut down is kept here.
        self._live: socket.socket | None = None

    def _open_socket(self) -> socket.socket:
        last: OSError | None = None
        for ip in self._addresses:
            try:
                sock = socket.create_connection((str(ip), self.port), self.timeout)
            except OSError as exc:
                last = exc
                continue
            peer = ipaddress.ip_address(sock.getpeername()[0].split("%", 1)[0])
            kind = address_refusal(peer)
            if kind is not None and not self._allow_private:
                sock.close()
                raise FetchError(f"refused: connected to a {kind} address ({peer})")
            with self._lock:
                if self.aborted:
                    sock.close()
                    raise TimeoutError
                self._live = sock
            return sock
        raise last or OSError("no address to connect to")

    def set_remaining(self, ends: float) -> None:
        if self._live is not None:
            self._live.settimeout(max(0.001, ends - time.monotonic()))

    def abort(self) -> None:
        with self._lock:
            self.aborted = True
            if self._live is not None:
                try:
                    self._live.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass


class _PinnedHTTP(_Pinned, http.client.HTTPConnection):
    def __init__(self, host, port, addresses, *, allow_private, timeout):
        http.client.HTTPConnection.__init__(self, host, port, timeout=timeout)
        self._setup(addresses, allow_private)

    def connect(self) -> None:
        self.sock = self._open_socket()


class _PinnedHTTPS(_Pinned, http.client.HTTPSConnection):
    def __init__(self, host, port, addresses, *, allow_private, timeout):
        context = ssl.create_default_context()
        http.client.HTTPSConnection.__init__(self, host, port, timeout=timeout, context=context)
        self._setup(addresses, allow_private)

    def connect(self) -> None:
        sock = self._open_socket()
        self.sock = self._live = self._context.wrap_socket(sock, server_hostname=self.host)


def _one_line(text) -> str:
    """Text from a remote server, cut to one short line of printable characters."""
    text = "".join(ch if ch.isprintable() else " " for ch in str(text or ""))
    return " ".join(text.split())[:80]


def _reason(exc: BaseException) -> str:
    reason = getattr(exc, "reason", None) or getattr(exc, "strerror", None) or exc
    return _one_line(reason) or exc.__class__.__name__
