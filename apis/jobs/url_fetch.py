"""Fetch a job page from a URL with an SSRF guard.

Only http/https; the host is resolved once per hop and every resolved address must be public (or inside
``JOB_URL_ALLOWED_PRIVATE_NETS``); the connection goes to the vetted address so a second DNS answer cannot
swap it; redirects are followed by hand and re-checked; the body is cut at the size limit and the whole
fetch at the time limit.
"""

import http.client
import ipaddress
import logging
import socket
import time
from urllib.parse import urljoin, urlsplit

from django.conf import settings

from api_services import status_messages as msg
from api_services.custom_exceptions import AppError, PayloadTooLarge, ValidationFailed

logger = logging.getLogger(__name__)

_REDIRECTS = {301, 302, 303, 307, 308}
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_READ_CHUNK = 64 * 1024


def _allowed(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    nets = (ipaddress.ip_network(net.strip(), strict=False) for net in settings.JOB_URL_ALLOWED_PRIVATE_NETS)
    if any(address.version == net.version and address in net for net in nets):
        return True
    return address.is_global and not address.is_multicast


def _vetted_address(*, host: str, port: int) -> str:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise AppError(msg.JOB_URL_FAILED, code="url_unreachable", http_status=422) from None
    addresses = {info[4][0] for info in infos}
    for text in addresses:
        address = ipaddress.ip_address(text.split("%")[0])
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            address = address.ipv4_mapped
        if not _allowed(address):
            logger.info("job url refused: resolves to a non-public address")
            raise AppError(msg.JOB_URL_REFUSED, code="url_refused", http_status=422)
    return sorted(addresses)[0]


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Connect to a vetted address while sending the URL's host name."""

    def __init__(self, host: str, port: int, *, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host: str, port: int, *, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        raw = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(raw, server_hostname=self.host)


def _remaining(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise AppError(msg.JOB_URL_TIMEOUT, code="url_timeout", http_status=422)
    return left


def fetch_job_page(*, url: str) -> str:
    """Return the HTML at ``url``; raise an AppError (4xx) when the guard, a limit or the server refuses."""
    limit = settings.JOB_HTML_MAX_BYTES
    deadline = time.monotonic() + settings.JOB_URL_TIMEOUT_S
    for _hop in range(settings.JOB_URL_MAX_REDIRECTS + 1):
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValidationFailed(msg.JOB_URL_INVALID, code="url_invalid")
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:
            raise ValidationFailed(msg.JOB_URL_INVALID, code="url_invalid") from None
        address = _vetted_address(host=parts.hostname, port=port)
        kind = _PinnedHTTPSConnection if parts.scheme == "https" else _PinnedHTTPConnection
        connection = kind(parts.hostname, port, address=address, timeout=_remaining(deadline))
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        try:
            connection.request("GET", path, headers={"Accept": "text/html", "User-Agent": "MatchMetric-AI"})
            sock = connection.sock  # getresponse() drops it from the connection when the server will close
            response = connection.getresponse()
            if response.status in _REDIRECTS and response.getheader("Location"):
                url = urljoin(url, response.getheader("Location"))
                continue
            if response.status != 200:
                raise AppError(msg.JOB_URL_FAILED, code="url_failed", http_status=422)
            content_type = (response.getheader("Content-Type") or "").split(";")[0].strip().lower()
            if content_type not in _HTML_TYPES:
                raise AppError(msg.JOB_URL_NOT_HTML, code="not_html", http_status=415)
            body = _read_limited(response=response, sock=sock, limit=limit, deadline=deadline)
            charset = response.headers.get_content_charset() or "utf-8"
            return body.decode(charset, errors="replace")
        except TimeoutError:
            raise AppError(msg.JOB_URL_TIMEOUT, code="url_timeout", http_status=422) from None
        except (OSError, http.client.HTTPException, LookupError):
            raise AppError(msg.JOB_URL_FAILED, code="url_failed", http_status=422) from None
        finally:
            connection.close()
    raise AppError(msg.JOB_URL_FAILED, code="too_many_redirects", http_status=422)


def _read_limited(
    *, response: http.client.HTTPResponse, sock: socket.socket, limit: int, deadline: float
) -> bytes:
    """Return the body; a slow server is cut at the deadline because each read waits only for what is left."""
    declared = response.getheader("Content-Length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise PayloadTooLarge(msg.JOB_URL_TOO_LARGE.format(limit=limit), code="page_too_large")
    chunks: list[bytes] = []
    size = 0
    while True:
        sock.settimeout(_remaining(deadline))
        chunk = response.read1(_READ_CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limit:
            raise PayloadTooLarge(msg.JOB_URL_TOO_LARGE.format(limit=limit), code="page_too_large")
        chunks.append(chunk)
