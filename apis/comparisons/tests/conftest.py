"""Fixtures of the comparison tests: the WebSocket ones of ``resumehistory`` plus a clean run registry."""

import asyncio
from collections.abc import AsyncIterator

import pytest

from apis.comparisons import runs
from apis.resumehistory.tests.ws_support import (  # noqa: F401  (fixtures)
    fake_gemini_server_fixture,
    gemini_fixture,
    local_engine_fixture,
)


@pytest.fixture(name="no_leftover_comparisons")
async def no_leftover_comparisons_fixture() -> AsyncIterator[None]:
    """After the test, let its comparisons finish (cancel what a failure left) and forget them."""
    yield
    loop = asyncio.get_running_loop()
    mine = [run.task for run in runs._runs.values() if run.task and run.task.get_loop() is loop]
    if mine:
        _, pending = await asyncio.wait(mine, timeout=5)
        for task in pending:
            task.cancel()
    runs._runs.clear()
