"""An operator reading the logs finds each WebSocket frame's lines under the frame's request id."""

import logging
from collections.abc import Iterator
from typing import Any

import pytest

from ai.google_genai.fake_server import FakeGemini, Script
from api_services.request_context import RequestIdFilter
from apis.resumehistory.tests.ws_support import (  # noqa: F401  (fixtures)
    TERMINAL,
    _no_leftover_runs,
    analyze_frame,
    connected,
    frames_until,
)

pytestmark = pytest.mark.django_db(transaction=True)


class _Lines(logging.Handler):
    """Keep each record's message with the request id the project's filter stamps on it."""

    def __init__(self) -> None:
        super().__init__()
        self.addFilter(RequestIdFilter())
        self.lines: list[tuple[str, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append((record.request_id, record.getMessage()))


@pytest.fixture(name="log_lines")
def log_lines_fixture() -> Iterator[_Lines]:
    handler = _Lines()
    logger = logging.getLogger("apis.resumehistory")
    logger.addHandler(handler)
    level = logger.level
    logger.setLevel(logging.INFO)
    yield handler
    logger.removeHandler(handler)
    logger.setLevel(level)


async def test_the_start_and_the_cancel_of_an_analysis_are_logged_under_their_frames_request_ids(
    user: Any, gemini: FakeGemini, log_lines: _Lines
) -> None:
    gemini.enqueue(Script(chunk_delay_s=5.0))
    communicator = await connected(user)
    await communicator.send_json_to(analyze_frame(request_id="req-start-1"))
    analysis_id = (await frames_until(communicator, {"analysis.chunk"}))[0]["analysis_id"]
    await communicator.send_json_to(
        {"action": "cancel", "analysis_id": analysis_id, "request_id": "req-cancel-2"}
    )
    assert (await frames_until(communicator, TERMINAL))[-1]["type"] == "analysis.cancelled"
    await communicator.disconnect()
    started = [rid for rid, line in log_lines.lines if line.startswith(f"analysis {analysis_id} started")]
    cancel = [
        rid for rid, line in log_lines.lines if line.startswith(f"analysis {analysis_id}: cancel requested")
    ]
    assert (started, cancel) == (["req-start-1"], ["req-cancel-2"])
