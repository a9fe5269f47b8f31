"""What the dashboard's browser tests share: a ./runapp.sh server, a Chromium tab, and the steps a person takes.

Framework pieces only (no fixtures: those are in conftest.py). Playwright is imported where it is used, so that
this module imports without it (the tests then skip).
"""

import json
import subprocess
from pathlib import Path

from api_services.tests.server_support import free_port, runapp_env, runapp_start, runapp_stop, runapp_wait
from conftest import EVAL_DIR, REPO_ROOT, STRONG_PASSWORD

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]
SCREENSHOTS = REPO_ROOT / "e2e-screenshots"
RESUME_PDF = EVAL_DIR / "resume-pdfs" / "resumematcher-barry-allen-fe.pdf"
JOB_DESCRIPTION = (
    "Senior Front-End Engineer.\n"
    "You will build accessible web applications with React and TypeScript.\n"
    "Experience with GraphQL, Jest and Cypress is required.\n"
    "You have 5+ years of experience and a degree in Computer Science.\n"
    "Knowledge of Docker and Kubernetes is a plus."
)
XSS = '<img src=x onerror="window.__xss=1">'
SHORT_RESUME = "Ada Lovelace\nFront-end developer. Built web apps with React and JavaScript for 6 years."
SLOW_CHUNK_DELAY_S = 0.1


def skip_without_browser() -> None:
    """Skip the calling test module when Debian's Chromium or Playwright is missing."""
    import pytest

    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: apt-get install chromium", allow_module_level=True)
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed: pip install playwright")


def expect(target):
    """Return Playwright's ``expect`` for ``target`` (imported here: Playwright is optional)."""
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(target)


# ---- servers ----------------------------------------------------------------------------------------------


class App:
    """One ./runapp.sh process on a fixed port with its own SQLite file (so it can be restarted on both)."""

    def __init__(self, tmp_dir: Path, **extra_env: str) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.tmp_dir = tmp_dir
        self.env = runapp_env(port=self.port, sqlite_path=tmp_dir / "dashboard.sqlite3", **extra_env)
        self.proc: subprocess.Popen | None = None

    def start(self) -> "App":
        with open(self.tmp_dir / "server.log", "ab") as log:  # read it when a test fails
            self.proc = runapp_start(env=self.env, stdout=log)
        return self

    def wait(self) -> "App":
        runapp_wait(process=self.proc, port=self.port)
        return self

    def stop(self) -> None:
        if self.proc is not None:
            runapp_stop(self.proc)


# ---- browser ----------------------------------------------------------------------------------------------


class Tab:
    """A page in its own browser context, recording console errors and uncaught exceptions."""

    def __init__(self, browser, base: str, *, width: int, height: int) -> None:
        self.context = browser.new_context(viewport={"width": width, "height": height})
        self.page = self.context.new_page()
        self.base = base
        self.errors: list[str] = []
        self.page.on("console", self._on_console)
        self.page.on("pageerror", lambda error: self.errors.append(f"uncaught: {error}"))
        self.page.set_default_timeout(15_000)

    def _on_console(self, message) -> None:
        if message.type == "error":
            self.errors.append(message.text)

    def open(self) -> None:
        self.page.goto(f"{self.base}/")
        self.page.wait_for_selector("body[data-ready=true]")

    def shot(self, name: str) -> None:
        self.page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


# ---- steps a person takes -------------------------------------------------------------------------------


def register_and_log_in(
    tab: Tab, email: str, *, first_name: str = "Ada", last_name: str = "Lovelace"
) -> None:
    """Create an account: registering signs the person in, so the app opens with the socket connected."""
    page = tab.page
    if page.url == "about:blank":
        tab.open()
    page.get_by_label("First name").fill(first_name)
    page.get_by_label("Last name").fill(last_name)
    page.fill("#register-email", email)
    page.fill("#register-password", STRONG_PASSWORD)
    page.get_by_role("button", name="Create account", exact=True).click()
    expect(page.locator("#account-email")).to_have_text(email)
    assert page.is_visible("#app-view") and not page.is_visible("#auth-view")
    expect(page.locator("#connection")).to_have_attribute("data-state", "open")


def upload(tab: Tab, path: Path) -> None:
    page = tab.page
    page.get_by_label("Upload a resume (PDF, DOCX or TXT)").set_input_files(str(path))
    page.get_by_role("button", name="Upload", exact=True).click()
    expect(page.locator("#upload-message")).to_have_text(f"{path.name}: text extracted.")


def analyze(tab: Tab, job_description: str) -> None:
    tab.page.get_by_label("Job description", exact=True).fill(job_description)
    tab.page.get_by_role("button", name="Analyze", exact=True).click()


def wait_for_state(tab: Tab, state: str, timeout_ms: int = 20_000) -> None:
    tab.page.wait_for_selector(f"#analysis[data-state={state}]", timeout=timeout_ms)


def raw_analysis(tab: Tab) -> dict:
    return json.loads(tab.page.text_content("#raw-output"))


def shown_analysis(tab: Tab) -> dict:
    """Return what the panel shows, read back from the DOM as text."""
    page = tab.page
    return {
        "match_score": int(page.text_content("#score-value")),
        "missing_keywords": page.locator("#missing-keywords .chip").all_text_contents(),
        "sentence_to_improve": page.text_content("#sentence-to-improve"),
        "recommended_improvement": page.text_content("#recommended-improvement"),
        "reasoning": page.text_content("#reasoning"),
    }


def shown_score(tab: Tab) -> int:
    return int(tab.page.text_content("#score-value"))


def shown_analysis_id(tab: Tab) -> str:
    return tab.page.get_attribute("#analysis", "data-analysis-id")


def api_status(tab: Tab, path: str) -> int:
    """Return the HTTP status of a GET sent with the tab's session cookie (outside the page's console)."""
    return tab.context.request.get(f"{tab.base}{path}").status


def search_history(tab: Tab, words: str) -> None:
    tab.page.get_by_label("Search job descriptions and resumes").fill(words)
    tab.page.get_by_role("button", name="Apply", exact=True).click()


def wait_until_streaming(tab: Tab) -> None:
    """Wait until model text is on screen while the analysis is still running."""
    tab.page.wait_for_function(
        "() => document.querySelector('#analysis').dataset.state === 'streaming'"
        " && document.querySelector('#raw-output').textContent.length > 0"
    )


def start_slow_analysis(tab: Tab, fake_gemini, email: str) -> str:
    """Register, log in and start an analysis the fake Gemini streams slowly; return its id once streaming."""
    from ai.google_genai.fake_server import Script

    register_and_log_in(tab, email)
    fake_gemini.reset()
    fake_gemini.enqueue(Script(chunk_count=30, chunk_delay_s=SLOW_CHUNK_DELAY_S))
    tab.page.get_by_label("Resume text").fill(SHORT_RESUME)
    analyze(tab, JOB_DESCRIPTION)
    wait_until_streaming(tab)
    return shown_analysis_id(tab)


def delete_from_history(tab: Tab, analysis_id: str) -> None:
    page = tab.page
    row = page.locator(f"#history-list li[data-id='{analysis_id}']")
    page.once("dialog", lambda dialog: dialog.accept())
    row.get_by_role("button", name=f"Delete analysis {analysis_id}").click()
    expect(page.locator("#history-message")).to_have_text(f"Analysis #{analysis_id} deleted.")
    expect(row).to_have_count(0)
    assert api_status(tab, f"/api/v1/resume/histories/{analysis_id}/") == 404
