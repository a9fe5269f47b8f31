"""The dashboard page at ``/``: served by Django with a strict CSP, labelled controls and no inline code."""

import re
from html.parser import HTMLParser

import pytest

from conftest import REPO_ROOT

JS_DIR = REPO_ROOT / "static" / "dashboard" / "js"
HTML_SINKS = re.compile(r"\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function)")


class _PageParser(HTMLParser):
    """Collect what the assertions look at: scripts, styles, links, controls, labels, event handlers."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[dict[str, str | None]] = []
        self.inline_script_text = ""
        self.stylesheets: list[str] = []
        self.style_elements = 0
        self.style_attributes = 0
        self.handler_attributes: list[str] = []
        self.controls: list[dict[str, str | None]] = []
        self.label_targets: set[str] = set()
        self.body: dict[str, str | None] = {}
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.handler_attributes += [name for name in attributes if name.startswith("on")]
        if "style" in attributes:
            self.style_attributes += 1
        if tag == "script":
            self.scripts.append(attributes)
            self._in_script = True
        elif tag == "style":
            self.style_elements += 1
        elif tag == "link" and attributes.get("rel") in ("stylesheet", "icon"):
            self.stylesheets.append(attributes["href"] or "")
        elif tag in ("input", "select", "textarea"):
            self.controls.append({"tag": tag, **attributes})
        elif tag == "label" and attributes.get("for"):
            self.label_targets.add(attributes["for"] or "")
        elif tag == "body":
            self.body = attributes

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.inline_script_text += data


def _parse(html: str) -> _PageParser:
    parser = _PageParser()
    parser.feed(html)
    return parser


@pytest.mark.django_db
def test_it_serves_the_page_with_a_strict_csp_a_csrf_cookie_and_no_caching(client):
    response = client.get("/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/html; charset=utf-8"
    assert response["Content-Security-Policy"] == (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self' ws://testserver; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    )
    assert "no-store" in response["Cache-Control"]
    assert response.cookies["csrftoken"].value


@pytest.mark.django_db
def test_its_csp_names_the_secure_websocket_origin_over_https(client):
    response = client.get("/", secure=True)
    assert "connect-src 'self' wss://testserver;" in response["Content-Security-Policy"]


@pytest.mark.django_db
def test_it_has_no_inline_script_style_or_event_handler(client):
    page = _parse(client.get("/").content.decode())
    assert [script.get("src") for script in page.scripts] == ["/static/dashboard/js/app.js"]
    assert page.scripts[0].get("type") == "module"
    assert page.inline_script_text.strip() == ""
    assert (page.style_elements, page.style_attributes, page.handler_attributes) == (0, 0, [])


@pytest.mark.django_db
def test_every_form_control_has_a_label(client):
    page = _parse(client.get("/").content.decode())
    ids = [control.get("id") for control in page.controls]
    assert ids == [
        "login-email",
        "login-password",
        "register-first-name",
        "register-last-name",
        "register-email",
        "register-password",
        "resume-file",
        "saved-resume",
        "saved-job",
        "resume-text",
        "live-rescore",
        "job-description",
        "compare-pasted",
        "history-status",
        "history-search",
    ]
    assert set(ids) <= page.label_targets


@pytest.mark.django_db
def test_every_asset_it_references_is_served_locally(client):
    page = _parse(client.get("/").content.decode())
    assets = [*page.stylesheets, *(script["src"] for script in page.scripts)]
    assert assets == [
        "/static/dashboard/favicon.svg",
        "/static/dashboard/dashboard.css",
        "/static/dashboard/js/app.js",
    ]
    for asset in assets:
        response = client.get(asset)
        assert response.status_code == 200, asset
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert len(body) > 100, asset


@pytest.mark.django_db
def test_it_tells_the_script_whether_the_visitor_is_logged_in(client, user):
    anonymous = _parse(client.get("/").content.decode()).body
    assert (anonymous["data-authenticated"], anonymous["data-user-email"]) == ("false", "")
    assert (anonymous["data-api-root"], anonymous["data-ws-path"]) == ("/api/v1/", "/ws/resume-tailor/")
    client.force_login(user)
    logged_in = _parse(client.get("/").content.decode()).body
    assert (logged_in["data-authenticated"], logged_in["data-user-email"]) == ("true", "ada@example.com")


@pytest.mark.django_db
def test_it_answers_head_and_refuses_post(client):
    assert client.head("/").status_code == 200
    assert client.post("/").status_code == 405


def test_the_scripts_never_parse_strings_as_html():
    sources = {path.name: path.read_text(encoding="utf-8") for path in sorted(JS_DIR.glob("*.js"))}
    assert set(sources) == {
        "accounts.js",
        "analysis.js",
        "api.js",
        "app.js",
        "compare.js",
        "compare_grid.js",
        "diff.js",
        "dom.js",
        "fields.js",
        "history.js",
        "inputs.js",
        "library.js",
        "live.js",
        "rescore.js",
        "socket.js",
        "tailor.js",
        "upload.js",
    }
    assert {name: HTML_SINKS.findall(text) for name, text in sources.items() if HTML_SINKS.search(text)} == {}


@pytest.mark.django_db
def test_it_says_in_one_line_what_the_product_does(client):
    html = client.get("/").content.decode()
    line = re.search(r'<p id="tagline" class="tagline">([^<]+)</p>', html)
    assert line is not None
    assert line.group(1) == (
        "Scores how well your resume fits a job posting, names the missing keywords and rewrites your weakest"
        " line, live as you edit."
    )


def test_the_drafts_are_kept_in_local_storage_never_in_a_cookie():
    sources = {path.name: path.read_text(encoding="utf-8") for path in sorted(JS_DIR.glob("*.js"))}
    assert [name for name, text in sources.items() if "localStorage" in text] == ["inputs.js"]
    assert [name for name, text in sources.items() if "document.cookie" in text] == ["api.js"]
    assert "document.cookie =" not in sources["api.js"]  # read (the CSRF token), never written
