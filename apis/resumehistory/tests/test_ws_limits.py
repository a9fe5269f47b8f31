"""Limits refuse an analysis with a code before any row or model call; orphans never stay running."""

import asyncio
from datetime import timedelta
from typing import Any

import psycopg
import pytest
from channels.db import database_sync_to_async
from django.db import connection
from django.utils import timezone
from psycopg import sql

from ai.google_genai.fake_server import FakeGemini, Script
from apis.resumehistory.analysis_housekeeping import analysis_sweep_orphans
from apis.resumehistory.models import ResumeHistory
from apis.resumehistory.tests.factories import make_history
from apis.resumehistory.tests.ws_support import (  # noqa: F401  (fixtures)
    TERMINAL,
    _no_leftover_runs,
    analyze_frame,
    connected,
    frames_until,
    row,
    wait_for_row,
)
from db_cruds.pg_async import APPLICATION_NAME

pytestmark = pytest.mark.django_db(transaction=True)


async def rows() -> int:
    return await database_sync_to_async(ResumeHistory.objects.count)()


async def refused(user: Any, frame: dict[str, Any], *, text: str | None = None) -> dict[str, Any]:
    communicator = await connected(user)
    if text is None:
        await communicator.send_json_to(frame)
    else:
        await communicator.send_to(text_data=text)
    reply = await communicator.receive_json_from(timeout=5)
    await communicator.disconnect()
    return reply


async def test_a_resume_over_the_cap_is_refused(user: Any, gemini: FakeGemini, settings: Any) -> None:
    settings.MAX_RESUME_CHARS = 100
    assert await refused(user, analyze_frame(resume_text="x" * 101)) == {
        "type": "error",
        "status": "failed",
        "field": "resume_text",
        "code": "resume_too_long",
        "message": "The resume is longer than 100 characters.",
    }
    assert (await rows(), gemini.requests) == (0, [])


async def test_a_job_description_over_the_cap_is_refused(
    user: Any, gemini: FakeGemini, settings: Any
) -> None:
    settings.MAX_JOB_DESCRIPTION_CHARS = 100
    reply = await refused(user, analyze_frame(job_description="y" * 101))
    assert (reply["code"], reply["message"]) == (
        "job_description_too_long",
        "The job description is longer than 100 characters.",
    )
    assert (await rows(), gemini.requests) == (0, [])


async def test_a_frame_over_the_size_cap_is_refused(user: Any, gemini: FakeGemini, settings: Any) -> None:
    settings.WS_MAX_FRAME_BYTES = 1024
    text = '{"resume_text": "' + "é" * 600 + '", "job_description": "j"}'  # 600 chars, 1200 bytes
    reply = await refused(user, {}, text=text)
    assert (reply["code"], reply["message"]) == ("frame_too_large", "The frame is larger than 1024 bytes.")
    assert (await rows(), gemini.requests) == (0, [])


async def test_the_concurrent_analyses_per_user_are_capped(
    user: Any, gemini: FakeGemini, settings: Any
) -> None:
    settings.MAX_CONCURRENT_ANALYSES_PER_USER = 1
    gemini.enqueue(Script(chunk_delay_s=5.0))
    communicator = await connected(user)
    await communicator.send_json_to(analyze_frame())
    analysis_id = (await frames_until(communicator, {"analysis.chunk"}))[0]["analysis_id"]
    await communicator.send_json_to(analyze_frame())
    reply = await frames_until(communicator, {"error"})
    assert (reply[-1]["code"], reply[-1]["message"]) == (
        "too_many_running",
        "You already have 1 analyses running; wait for one to finish.",
    )
    assert (await rows(), len(gemini.requests)) == (1, 1)
    await communicator.send_json_to({"action": "cancel", "analysis_id": analysis_id})
    assert (await frames_until(communicator, TERMINAL))[-1]["type"] == "analysis.cancelled"
    await communicator.disconnect()


async def test_the_analyses_per_hour_are_capped(user: Any, gemini: FakeGemini, settings: Any) -> None:
    settings.MAX_ANALYSES_PER_USER_PER_HOUR = 2
    await database_sync_to_async(make_history)(user=user, created_at=timezone.now() - timedelta(minutes=70))
    await database_sync_to_async(make_history)(user=user, created_at=timezone.now() - timedelta(minutes=30))
    communicator = await connected(user)
    await communicator.send_json_to(analyze_frame())
    assert (await frames_until(communicator, TERMINAL))[-1]["type"] == "analysis.completed"
    await communicator.send_json_to(analyze_frame())
    reply = await communicator.receive_json_from(timeout=5)
    assert (reply["code"], reply["message"]) == (
        "hourly_limit",
        "You have reached 2 analyses in the last hour; try again later.",
    )
    assert (await rows(), len(gemini.requests)) == (3, 1)
    await communicator.disconnect()


async def test_the_model_calls_of_a_process_are_capped(
    user: Any, make_user: Any, gemini: FakeGemini, settings: Any
) -> None:
    settings.MAX_CONCURRENT_MODEL_CALLS = 1
    gemini.enqueue(Script(chunk_delay_s=5.0))
    first = await connected(user)
    await first.send_json_to(analyze_frame())
    analysis_id = (await frames_until(first, {"analysis.chunk"}))[0]["analysis_id"]
    other = await connected(await database_sync_to_async(make_user)())
    await other.send_json_to(analyze_frame())
    reply = await other.receive_json_from(timeout=5)
    assert (reply["code"], reply["message"]) == (
        "server_busy",
        "The server is analysing too many resumes right now; try again shortly.",
    )
    assert (await rows(), len(gemini.requests)) == (1, 1)
    await first.send_json_to({"action": "cancel", "analysis_id": analysis_id})
    await frames_until(first, TERMINAL)
    await other.send_json_to(analyze_frame())  # the slot is free again
    assert (await frames_until(other, TERMINAL))[-1]["type"] == "analysis.completed"
    await first.disconnect()
    await other.disconnect()


def running_row(user: Any, *, heartbeat_age_s: float, age_s: float = 0) -> ResumeHistory:
    now = timezone.now()
    return make_history(
        user=user,
        status="running",
        ai_analysis=None,
        match_score=None,
        finished_at=None,
        created_at=now - timedelta(seconds=age_s),
        heartbeat_at=now - timedelta(seconds=heartbeat_age_s),
    )


@pytest.mark.django_db
def test_the_sweep_marks_only_rows_whose_process_is_gone(user: Any, settings: Any) -> None:
    settings.ANALYSIS_ORPHAN_AFTER_S = 45
    settings.ANALYSIS_TIMEOUT_S = 120
    stale = running_row(user, heartbeat_age_s=46)
    alive = running_row(user, heartbeat_age_s=5)
    too_old = running_row(user, heartbeat_age_s=1, age_s=166)
    assert sorted(analysis_sweep_orphans()) == sorted([stale.pk, too_old.pk])
    for orphan in (stale, too_old):
        orphan.refresh_from_db()
        assert (orphan.status, orphan.error_code, orphan.error_message) == (
            "failed",
            "interrupted",
            "The analysis was interrupted by a server restart; please run it again.",
        )
        assert orphan.finished_at is not None
    alive.refresh_from_db()
    assert alive.status == "running"


async def test_subscribing_to_an_orphan_reports_it_interrupted(user: Any) -> None:
    orphan = await database_sync_to_async(running_row)(user, heartbeat_age_s=3600)
    communicator = await connected(user)
    await communicator.send_json_to({"action": "subscribe", "analysis_id": orphan.pk})
    assert await communicator.receive_json_from(timeout=5) == {
        "type": "analysis.failed",
        "status": "failed",
        "analysis_id": orphan.pk,
        "code": "interrupted",
        "message": "The analysis was interrupted by a server restart; please run it again.",
    }
    await communicator.disconnect()


async def test_the_housekeeper_fails_an_orphan_its_followers_wait_on(user: Any, settings: Any) -> None:
    settings.ANALYSIS_HEARTBEAT_S = 0.05
    settings.ANALYSIS_ORPHAN_AFTER_S = 1.0
    settings.ANALYSIS_SUBSCRIBE_TIMEOUT_S = 30
    orphan = await database_sync_to_async(running_row)(user, heartbeat_age_s=0.5)  # not stale yet
    communicator = await connected(user)
    await communicator.send_json_to({"action": "subscribe", "analysis_id": orphan.pk})
    assert await communicator.receive_nothing(timeout=0.1)  # nobody answers for the dead process
    final = await communicator.receive_json_from(timeout=5)
    assert (final["type"], final["analysis_id"], final["code"]) == (
        "analysis.failed",
        orphan.pk,
        "interrupted",
    )
    assert (await row(orphan.pk)).status == "failed"
    await communicator.disconnect()


async def test_a_late_snapshot_leaves_a_clear_error(user: Any, settings: Any) -> None:
    settings.ANALYSIS_SUBSCRIBE_TIMEOUT_S = 0.2
    orphan = await database_sync_to_async(running_row)(user, heartbeat_age_s=1)
    communicator = await connected(user)
    await communicator.send_json_to({"action": "subscribe", "analysis_id": orphan.pk})
    assert await communicator.receive_json_from(timeout=5) == {
        "type": "error",
        "status": "failed",
        "analysis_id": orphan.pk,
        "code": "analysis_unavailable",
        "message": "The analysis cannot be followed right now; try again shortly.",
    }
    await communicator.disconnect()


async def test_running_analyses_are_heartbeaten(user: Any, gemini: FakeGemini, settings: Any) -> None:
    settings.ANALYSIS_HEARTBEAT_S = 0.05
    gemini.enqueue(Script(chunk_delay_s=5.0))
    communicator = await connected(user)
    await communicator.send_json_to(analyze_frame())
    analysis_id = (await communicator.receive_json_from(timeout=5))["analysis_id"]
    created = (await row(analysis_id)).heartbeat_at
    beaten = await wait_for_row(analysis_id, lambda current: current.heartbeat_at > created)
    assert beaten.status == "running"
    await communicator.send_json_to({"action": "cancel", "analysis_id": analysis_id})
    await frames_until(communicator, TERMINAL)
    await communicator.disconnect()


async def test_an_orphan_does_not_hold_a_running_slot(user: Any, gemini: FakeGemini, settings: Any) -> None:
    settings.MAX_CONCURRENT_ANALYSES_PER_USER = 1
    orphan = await database_sync_to_async(running_row)(user, heartbeat_age_s=3600)
    communicator = await connected(user)
    await communicator.send_json_to(analyze_frame())
    assert (await frames_until(communicator, TERMINAL))[-1]["type"] == "analysis.completed"
    assert ((await row(orphan.pk)).status, (await row(orphan.pk)).error_code) == ("failed", "interrupted")
    await communicator.disconnect()


async def test_two_simultaneous_starts_cannot_both_pass_the_running_cap(
    user: Any, gemini: FakeGemini, settings: Any
) -> None:
    settings.MAX_CONCURRENT_ANALYSES_PER_USER = 1
    gemini.enqueue(Script(chunk_delay_s=5.0))
    sockets = [await connected(user), await connected(user)]
    await asyncio.gather(*(socket.send_json_to(analyze_frame()) for socket in sockets))
    replies = [await socket.receive_json_from(timeout=5) for socket in sockets]
    assert sorted(reply["type"] for reply in replies) == ["analysis.started", "error"]
    started = sockets[0] if replies[0]["type"] == "analysis.started" else sockets[1]
    refusal = next(reply for reply in replies if reply["type"] == "error")
    assert refusal["code"] == "too_many_running"
    analysis_id = (await frames_until(started, {"analysis.chunk"}))[0]["analysis_id"]
    assert (await rows(), len(gemini.requests)) == (1, 1)
    await started.send_json_to({"action": "cancel", "analysis_id": analysis_id})
    assert (await frames_until(started, TERMINAL))[-1]["type"] == "analysis.cancelled"
    for socket in sockets:
        await socket.disconnect()


def _drop_streaming_connections() -> int:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
            " WHERE application_name = %s AND datname = current_database()",
            [APPLICATION_NAME],
        )
        return cursor.fetchone()[0]


async def test_a_database_connection_dropped_while_idle_is_replaced(user: Any, gemini: FakeGemini) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("the event-loop connections that write running rows are PostgreSQL's")
    communicator = await connected(user)
    await communicator.send_json_to(analyze_frame())
    assert (await frames_until(communicator, TERMINAL))[-1]["type"] == "analysis.completed"
    assert await database_sync_to_async(_drop_streaming_connections)() >= 1
    await communicator.send_json_to(analyze_frame())
    assert (await frames_until(communicator, TERMINAL))[-1]["type"] == "analysis.completed"
    statuses = await database_sync_to_async(list)(ResumeHistory.objects.values_list("status", flat=True))
    assert statuses == ["completed", "completed"]
    await communicator.disconnect()


async def test_a_database_connection_dropped_mid_stream_does_not_lose_the_outcome(
    user: Any, gemini: FakeGemini
) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("the event-loop connections that write analysis rows are PostgreSQL's")
    gemini.enqueue(Script(chunk_delay_s=0.1, chunk_count=4))
    communicator = await connected(user)
    await communicator.send_json_to(analyze_frame())
    first = await frames_until(communicator, {"analysis.chunk"})
    assert await database_sync_to_async(_drop_streaming_connections)() >= 1
    final = (await frames_until(communicator, TERMINAL))[-1]
    assert (final["type"], final["status"]) == ("analysis.completed", "success")
    stored = await row(first[0]["analysis_id"])
    assert (stored.status, stored.match_score) == ("completed", final["ai_analysis"]["match_score"])
    assert stored.ai_analysis == final["ai_analysis"]
    assert stored.finished_at is not None and stored.heartbeat_at is None
    await communicator.disconnect()


def _streaming_backends() -> set[int]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity WHERE application_name = %s AND datname = current_database()",
            [APPLICATION_NAME],
        )
        return {pid for (pid,) in cursor.fetchall()}


async def test_a_refused_start_keeps_its_database_connection(
    user: Any, gemini: FakeGemini, settings: Any
) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("the event-loop connections that write running rows are PostgreSQL's")
    settings.MAX_CONCURRENT_ANALYSES_PER_USER = 1
    gemini.enqueue(Script(chunk_delay_s=5.0))
    communicator = await connected(user)
    await communicator.send_json_to(analyze_frame())
    analysis_id = (await frames_until(communicator, {"analysis.chunk"}))[0]["analysis_id"]
    backends = await database_sync_to_async(_streaming_backends)()
    assert (await refused(user, analyze_frame()))["code"] == "too_many_running"
    assert await database_sync_to_async(_streaming_backends)() == backends != set()
    await communicator.send_json_to({"action": "cancel", "analysis_id": analysis_id})
    assert (await frames_until(communicator, TERMINAL))[-1]["type"] == "analysis.cancelled"
    assert ((await row(analysis_id)).status, await rows()) == ("cancelled", 1)
    await communicator.disconnect()


def _allow_connections(allow: bool) -> None:
    """Let new connections into the test database, or not (said from another database, as PostgreSQL wants)."""
    database = connection.settings_dict
    with psycopg.connect(
        dbname="postgres",
        user=database["USER"],
        host=database["HOST"],
        port=database["PORT"],
        autocommit=True,
    ) as admin:
        admin.execute(
            sql.SQL("ALTER DATABASE {} ALLOW_CONNECTIONS {}").format(
                sql.Identifier(database["NAME"]), sql.SQL("true" if allow else "false")
            )
        )


async def test_a_database_that_refuses_the_row_gets_a_clear_error_and_no_model_call(
    user: Any, gemini: FakeGemini
) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("refusing new connections is a PostgreSQL database setting")
    communicator = await connected(user)
    await database_sync_to_async(_allow_connections)(False)
    try:
        await database_sync_to_async(_drop_streaming_connections)()
        await communicator.send_json_to(analyze_frame())
        reply = await communicator.receive_json_from(timeout=10)
    finally:
        await database_sync_to_async(_allow_connections)(True)
    assert reply == {
        "type": "error",
        "status": "failed",
        "code": "service_unavailable",
        "message": "The analysis cannot be started right now; try again shortly.",
    }
    assert (await rows(), gemini.requests) == (0, [])
    await communicator.send_json_to(analyze_frame())  # the socket stays usable, and the next start works
    assert (await frames_until(communicator, TERMINAL))[-1]["type"] == "analysis.completed"
    await communicator.disconnect()
