"""Fixtures of the re-score tests: the WebSocket ones of ``resumehistory``."""

from apis.resumehistory.tests.ws_support import (  # noqa: F401  (fixtures)
    fake_gemini_server_fixture,
    gemini_fixture,
    local_engine_fixture,
)
