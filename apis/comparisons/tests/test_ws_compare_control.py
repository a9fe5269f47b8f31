"""``compare`` refused with a code before any row; cancel mid-grid; subscribe replays then follows live."""

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from channels.db import database_sync_to_async
from channels.layers import InMemoryChannelLayer, get_channel_layer

from ai.local_engine.grid import CellResult, score_grid
from apis.comparisons import grid_thread, runs
from apis.comparisons.tests.support import (
    COMPARISON_TERMINAL,
    JOBS,
    cell_rows,
    compare_frame,
    comparison_count,
    comparison_row,
    resumes_of,
)
from apis.resumehistory.tests.ws_support import (  # noqa: F401  (fixtures)
    _no_leftover_runs,
    connected,
    frames_until,
)

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("no_leftover_comparisons", "local_engine"),
]


class Gate:
    """A grid that stops after its first cell until ``release`` is set (the test's hand on the worker)."""

    def __init__(self) -> None:
        self.release = threading.Event()

    def grid(self, *, resumes: list[str], jobs: list[str]) -> Iterator[CellResult]:
        for number, cell in enumerate(score_grid(resumes=resumes, jobs=jobs)):
            yield cell
            if number == 0:
                self.release.wait(timeout=10)


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    held = Gate()
    monkeypatch.setattr(grid_thread, "score_grid", held.grid)
    yield held
    held.release.set()  # never leave the worker thread waiting


def error(code: str, message: str, **fields: Any) -> dict[str, Any]:
    return {"type": "error", "status": "failed", **fields, "code": code, "message": message}


BAD_FRAMES: list[tuple[Callable[[list[int], list[int]], dict[str, Any]], dict[str, Any]]] = [
    (
        lambda mine, theirs: {"action": "compare", "job_descriptions": list(JOBS)},
        error("missing_field", "resume_ids is required.", field="resume_ids"),
    ),
    (
        lambda mine, theirs: compare_frame([]),
        error("invalid_field", "resume_ids must not be empty.", field="resume_ids"),
    ),
    (
        lambda mine, theirs: compare_frame(mine, ()),
        error("invalid_field", "job_descriptions must not be empty.", field="job_descriptions"),
    ),
    (
        lambda mine, theirs: {**compare_frame(mine), "resume_ids": mine[0]},
        error("invalid_field", "resume_ids must be a list.", field="resume_ids"),
    ),
    (
        lambda mine, theirs: compare_frame([mine[0], mine[0]]),
        error("invalid_field", "resume_ids must not repeat an item.", field="resume_ids"),
    ),
    (
        lambda mine, theirs: compare_frame(mine, ("Python developer", "  ")),
        error("invalid_field", "job_descriptions must not be blank.", field="job_descriptions"),
    ),
    (
        lambda mine, theirs: compare_frame(mine + [10**9]),
        error("not_found", "Resume not found.", field="resume_ids", resume_id=10**9),
    ),
    (
        lambda mine, theirs: compare_frame(mine + theirs),
        error("not_found", "Resume not found.", field="resume_ids", resume_id="THEIRS"),
    ),
    (
        lambda mine, theirs: {"action": "compare", "resume_ids": mine, "job_ids": [10**9]},
        error("not_found", "Job not found.", field="job_ids", job_id=10**9),
    ),
    (
        lambda mine, theirs: {**compare_frame(mine), "job_ids": [1]},
        error("invalid_field", "Send either job_ids or job_descriptions, not both.", field="job_ids"),
    ),
]


@pytest.mark.parametrize(("build", "expected"), BAD_FRAMES)
async def test_a_bad_compare_frame_gets_an_error_frame_and_stores_nothing(
    user: Any, make_user: Any, build: Callable, expected: dict[str, Any]
) -> None:
    mine = await resumes_of(user)
    theirs = await resumes_of(await _other(make_user), ("Someone else's resume about Go.",))
    if expected.get("resume_id") == "THEIRS":
        expected = {**expected, "resume_id": theirs[0]}
    communicator = await connected(user)
    await communicator.send_json_to(build(mine, theirs))
    assert await communicator.receive_json_from(timeout=5) == expected
    await communicator.disconnect()
    assert await comparison_count() == 0


async def _other(make_user: Any) -> Any:
    return await database_sync_to_async(make_user)(email="other@example.com")


@pytest.mark.parametrize(
    ("setting", "limit", "resumes", "jobs", "field"),
    [("COMPARE_MAX_RESUMES", 1, 2, 1, "resume_ids"), ("COMPARE_MAX_JOBS", 2, 1, 3, "job_descriptions")],
)
async def test_a_grid_over_the_limits_is_refused(
    user: Any, settings: Any, setting: str, limit: int, resumes: int, jobs: int, field: str
) -> None:
    setattr(settings, setting, limit)
    ids = await resumes_of(user)
    communicator = await connected(user)
    await communicator.send_json_to(compare_frame(ids[:resumes], JOBS[:jobs]))
    assert await communicator.receive_json_from(timeout=5) == error(
        "too_many_items", f"{field} may hold at most {limit} items.", field=field, limit=limit
    )
    await communicator.disconnect()
    assert await comparison_count() == 0


async def test_one_comparison_too_many_running_is_refused(user: Any, settings: Any, gate: Gate) -> None:
    settings.COMPARE_MAX_RUNNING_PER_USER = 1
    ids = await resumes_of(user)
    communicator = await connected(user)
    await communicator.send_json_to(compare_frame(ids))
    await frames_until(communicator, {"comparison.cell"})
    await communicator.send_json_to(compare_frame(ids))
    assert await communicator.receive_json_from(timeout=5) == error(
        "too_many_running", "You already have 1 comparisons running; wait for one to finish."
    )
    gate.release.set()
    await frames_until(communicator, COMPARISON_TERMINAL)
    await communicator.disconnect()
    assert await comparison_count() == 1


async def test_cancel_mid_grid_ends_it_cancelled_with_the_cells_scored_so_far(user: Any, gate: Gate) -> None:
    ids = await resumes_of(user)
    communicator = await connected(user)
    await communicator.send_json_to(compare_frame(ids))
    started, first = await frames_until(communicator, {"comparison.cell"})
    comparison_id = started["comparison_id"]
    await communicator.send_json_to({"action": "cancel", "comparison_id": comparison_id})
    assert await communicator.receive_json_from(timeout=5) == {
        "type": "comparison.cancelled",
        "status": "failed",
        "comparison_id": comparison_id,
        "code": "cancelled",
        "message": "The comparison was cancelled.",
    }
    gate.release.set()
    stored = await comparison_row(comparison_id)
    assert (stored.status, stored.error_code, stored.rankings) == ("cancelled", "cancelled", None)
    assert [(c.seq, c.match_score) for c in await cell_rows(comparison_id)] == [(2, first["match_score"])]
    await communicator.send_json_to({"action": "cancel", "comparison_id": comparison_id})
    assert await communicator.receive_json_from(timeout=5) == error(
        "not_running", "The comparison is not running any more.", comparison_id=comparison_id
    )
    await communicator.disconnect()


async def test_subscribe_replays_what_was_sent_then_follows_live(user: Any, gate: Gate) -> None:
    ids = await resumes_of(user)
    starter = await connected(user)
    await starter.send_json_to(compare_frame(ids))
    started, first = await frames_until(starter, {"comparison.cell"})
    follower = await connected(user)
    await follower.send_json_to({"action": "subscribe", "comparison_id": started["comparison_id"]})
    assert await frames_until(follower, {"comparison.cell"}) == [started, first]
    gate.release.set()
    rest = await frames_until(starter, COMPARISON_TERMINAL)
    assert await frames_until(follower, COMPARISON_TERMINAL) == rest
    assert len(rest) == 6  # five more cells, then completed
    # Once finished, a subscribe replays the whole comparison.
    late = await connected(user)
    await late.send_json_to({"action": "subscribe", "comparison_id": started["comparison_id"]})
    assert await frames_until(late, COMPARISON_TERMINAL) == [started, first, *rest]
    for communicator in (starter, follower, late):
        await communicator.disconnect()


async def test_someone_elses_comparison_cannot_be_followed_or_cancelled(
    user: Any, make_user: Any, gate: Gate
) -> None:
    ids = await resumes_of(user)
    owner = await connected(user)
    await owner.send_json_to(compare_frame(ids))
    started, _ = await frames_until(owner, {"comparison.cell"})
    stranger = await connected(await _other(make_user))
    for action in ("subscribe", "cancel"):
        await stranger.send_json_to({"action": action, "comparison_id": started["comparison_id"]})
        assert await stranger.receive_json_from(timeout=5) == error("not_found", "Comparison not found.")
    gate.release.set()
    assert (await frames_until(owner, COMPARISON_TERMINAL))[-1]["type"] == "comparison.completed"
    for communicator in (owner, stranger):
        await communicator.disconnect()


async def test_a_cancel_reaches_a_run_of_another_process_through_its_control_group(
    user: Any, gate: Gate
) -> None:
    if isinstance(get_channel_layer(), InMemoryChannelLayer):
        pytest.skip("one process is the whole world with the in-memory layer: runs are cancelled directly")
    ids = await resumes_of(user)
    communicator = await connected(user)
    await communicator.send_json_to(compare_frame(ids))
    started, _ = await frames_until(communicator, {"comparison.cell"})
    comparison_id = started["comparison_id"]
    run = runs._runs.pop(comparison_id)  # as if another server process ran it
    try:
        await communicator.send_json_to({"action": "cancel", "comparison_id": comparison_id})
        assert (await communicator.receive_json_from(timeout=5))["type"] == "comparison.cancelled"
    finally:
        if not run.task.done():  # a failed assertion: let the fixture find and end it
            runs._runs.setdefault(comparison_id, run)
    gate.release.set()
    assert (await comparison_row(comparison_id)).status == "cancelled"
    await communicator.disconnect()


async def test_an_engine_failure_ends_it_failed_with_a_generic_message(
    user: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*, resumes: list[str], jobs: list[str]) -> Iterator[CellResult]:
        yield from score_grid(resumes=resumes[:1], jobs=jobs[:1])
        raise RuntimeError("the engine broke")

    monkeypatch.setattr(grid_thread, "score_grid", broken)
    ids = await resumes_of(user)
    communicator = await connected(user)
    await communicator.send_json_to(compare_frame(ids))
    frames = await frames_until(communicator, COMPARISON_TERMINAL)
    comparison_id = frames[0]["comparison_id"]
    assert [frame["type"] for frame in frames] == [
        "comparison.started",
        "comparison.cell",
        "comparison.failed",
    ]
    assert frames[-1] == {
        "type": "comparison.failed",
        "status": "failed",
        "comparison_id": comparison_id,
        "code": "internal_error",
        "message": "The comparison failed; try again.",
    }
    stored = await comparison_row(comparison_id)
    assert (stored.status, stored.error_code, len(await cell_rows(comparison_id))) == (
        "failed",
        "internal_error",
        1,
    )
    await communicator.disconnect()
