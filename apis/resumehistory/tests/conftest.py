"""Register the opt-in fixtures of ``ws_support`` (fake model servers, ``gemini``, ``openai_compatible``, …) once.

Tests get them only by asking for them by name. The autouse ``_no_leftover_runs`` is not registered here: each
``test_ws_*`` module imports it, so only the WebSocket modules run under it.
"""

from apis.resumehistory.tests.ws_support import (  # noqa: F401  (fixtures)
    analysis_worker_fixture,
    fake_gemini_server_fixture,
    fake_openai_server_fixture,
    gemini_fixture,
    local_engine_fixture,
    openai_compatible_fixture,
)
