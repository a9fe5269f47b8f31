"""retry_while_unreachable: an outage is retried within its budget; anything else is raised at once."""

from typing import Any

import pytest
from django.db import OperationalError

from api_services import outages
from api_services.outages import retry_while_unreachable


@pytest.fixture(autouse=True)
def _short_pauses(monkeypatch: Any) -> None:
    monkeypatch.setattr(outages, "RETRY_FIRST_PAUSE_S", 0.001)
    monkeypatch.setattr(outages, "RETRY_MAX_PAUSE_S", 0.002)


def failing(times: int, error: Exception) -> tuple[list[int], Any]:
    calls: list[int] = []

    async def call() -> str:
        calls.append(1)
        if len(calls) <= times:
            raise error
        return "stored"

    return calls, call


async def test_it_calls_again_until_the_database_is_back() -> None:
    calls, call = failing(3, OperationalError("connection refused"))
    assert await retry_while_unreachable(call, budget_s=30, what="test") == "stored"
    assert len(calls) == 4


async def test_it_raises_a_bug_at_once() -> None:
    calls, call = failing(1, ValueError("a bug"))
    with pytest.raises(ValueError):
        await retry_while_unreachable(call, budget_s=30, what="test")
    assert len(calls) == 1


async def test_it_raises_the_outage_once_the_budget_is_spent() -> None:
    calls, call = failing(1000, OperationalError("connection refused"))
    with pytest.raises(OperationalError):
        await retry_while_unreachable(call, budget_s=0, what="test")
    assert len(calls) == 1
