"""URL import against a local HTTP server on 127.0.0.1 (loopback is let through only by the allow-list)."""

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from apis.jobs.models import Job

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).parent / "fixtures"
URL = "/api/v1/jobs/"
PAGE = (FIXTURES / "jsonld_job.html").read_bytes()


class _Handler(BaseHTTPRequestHandler):
    release = threading.Event()

    def log_message(self, *args: object) -> None:
        pass

    def _send(self, status: int, body: bytes = b"", content_type: str = "text/html", **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802
        if self.path == "/job":
            self._send(200, PAGE, "text/html; charset=utf-8", **{"Content-Length": str(len(PAGE))})
        elif self.path == "/hop":
            self._send(302, Location="/job")
        elif self.path == "/to-metadata":
            self._send(302, Location="http://169.254.169.254/latest/meta-data/")
        elif self.path == "/pdf":
            self._send(200, b"%PDF-1.4", "application/pdf")
        elif self.path == "/huge":
            # No Content-Length: the size limit must cut the streamed body.
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(64):
                self.wfile.write(b"<p>" + b"x" * 4096 + b"</p>")
        elif self.path == "/slow":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<p>start")
            self.wfile.flush()
            self.release.wait(10)


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    _Handler.release.clear()
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    _Handler.release.set()
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def import_on(settings):
    settings.JOB_URL_IMPORT_ENABLED = True
    settings.JOB_URL_ALLOWED_PRIVATE_NETS = ["127.0.0.0/8"]
    return settings


def failed(message: str, code: str) -> dict:
    return {"status": "failed", "message": message, "data": {"code": code}}


def test_it_imports_a_job_page_through_a_redirect(jwt_client, user, server, import_on):
    response = jwt_client.post(URL, {"url": f"{server}/hop"}, format="json")

    assert response.status_code == 201
    data = response.json()["data"]
    assert (data["title"], data["company"], data["source_kind"]) == (
        "Senior Python Engineer",
        "Acme Corp",
        "html",
    )
    assert Job.objects.get(user=user).pk == data["id"]


def test_it_is_off_by_default(jwt_client, server):
    response = jwt_client.post(URL, {"url": f"{server}/job"}, format="json")

    assert response.status_code == 403
    assert response.json() == failed(
        "Importing a job from a URL is turned off on this server.", "url_import_disabled"
    )


def test_loopback_is_refused_without_the_allow_list(jwt_client, server, settings):
    settings.JOB_URL_IMPORT_ENABLED = True

    response = jwt_client.post(URL, {"url": f"{server}/job"}, format="json")

    assert response.status_code == 422
    assert response.json() == failed("This address cannot be fetched.", "url_refused")
    assert not Job.objects.exists()


def test_a_redirect_to_a_refused_address_is_refused(jwt_client, server, import_on):
    response = jwt_client.post(URL, {"url": f"{server}/to-metadata"}, format="json")

    assert response.json() == failed("This address cannot be fetched.", "url_refused")


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/x", "http://"])
def test_only_http_and_https_are_fetched(jwt_client, import_on, url):
    response = jwt_client.post(URL, {"url": url}, format="json")

    assert response.status_code == 400
    assert response.json() == failed("The URL must be an http or https address.", "url_invalid")


def test_an_oversized_body_is_cut(jwt_client, server, import_on):
    import_on.JOB_HTML_MAX_BYTES = 64 * 1024

    response = jwt_client.post(URL, {"url": f"{server}/huge"}, format="json")

    assert response.status_code == 413
    assert response.json() == failed("The job page is larger than 65536 bytes.", "page_too_large")


def test_a_slow_server_is_cut_at_the_time_limit(jwt_client, server, import_on):
    import_on.JOB_URL_TIMEOUT_S = 0.3

    response = jwt_client.post(URL, {"url": f"{server}/slow"}, format="json")

    assert response.status_code == 422
    assert response.json() == failed("The job page took too long to fetch.", "url_timeout")


def test_a_page_that_is_not_html_is_refused(jwt_client, server, import_on):
    response = jwt_client.post(URL, {"url": f"{server}/pdf"}, format="json")

    assert response.status_code == 415
    assert response.json() == failed("The URL does not point to an HTML page.", "not_html")
