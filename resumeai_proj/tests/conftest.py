"""Fixtures of the dashboard's browser tests: the fake Gemini, the two ./runapp.sh servers and Chromium.

Session-scoped: every browser test module shares one set of servers (each test registers its own account).
"""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from resumeai_proj.tests.browser_support import (
    CHROMIUM,
    CHROMIUM_ARGS,
    RESUME_PDF,
    SCREENSHOTS,
    SLOW_CHUNK_DELAY_S,
    App,
    Tab,
)

TEST_REGISTER_RATE = "200/hour"


@pytest.fixture(scope="session")
def fake_gemini():
    from ai.google_genai.fake_server import FakeGemini, Script

    server = FakeGemini(default=Script(chunk_count=12, chunk_delay_s=SLOW_CHUNK_DELAY_S)).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def servers(tmp_path_factory, fake_gemini) -> Iterator[dict[str, str]]:
    """Start the local-engine server, then the Gemini one (talking to the fake).

    One after the other: two runapp.sh runs at once would race on collectstatic and pip. Each test registers
    its own account from 127.0.0.1, more than the default 10 registrations an hour per address.
    """
    apps = {
        "local": App(tmp_path_factory.mktemp("local"), THROTTLE_REGISTER=TEST_REGISTER_RATE),
        "gemini": App(
            tmp_path_factory.mktemp("gemini"),
            THROTTLE_REGISTER=TEST_REGISTER_RATE,
            GEMINI_API_KEY="any",
            AI_ENGINE="gemini",
            GEMINI_BASE_URL=fake_gemini.url,
        ),
    }
    try:
        yield {name: app.start().wait().base for name, app in apps.items()}
    finally:
        for app in apps.values():
            app.stop()


@pytest.fixture
def local_server(servers) -> str:
    return servers["local"]


@pytest.fixture
def gemini_server(servers) -> str:
    return servers["gemini"]


@pytest.fixture(scope="session")
def browser(request):
    SCREENSHOTS.mkdir(exist_ok=True)
    reporter = request.config.pluginmanager.getplugin("terminalreporter")
    capture = request.config.pluginmanager.getplugin("capturemanager")
    if reporter is not None and capture is not None:
        with capture.global_and_fixture_disabled():
            reporter.write_line(f"\ndashboard screenshots: {SCREENSHOTS}")
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: apt-get install chromium")
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed: pip install playwright"
    )
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def new_tab(browser) -> Iterator[Callable[..., Tab]]:
    tabs: list[Tab] = []

    def _new(base: str, *, width: int = 1280, height: int = 900) -> Tab:
        tab = Tab(browser, base, width=width, height=height)
        tabs.append(tab)
        return tab

    yield _new
    for tab in tabs:
        tab.context.close()


@pytest.fixture
def resume_pdf() -> Path:
    if not RESUME_PDF.is_file():
        pytest.skip(f"{RESUME_PDF.parent.parent} is absent: the public eval PDFs are needed for this test")
    return RESUME_PDF
