"""Client frames: every bad one gets an error frame with a code, and the socket stays usable."""

import json
from typing import Any

import pytest
from channels.db import database_sync_to_async

from apis.resumehistory.models import ResumeHistory
from apis.resumehistory.tests.factories import make_history, make_resume
from apis.resumehistory.tests.ws_support import (  # noqa: F401  (fixtures)
    JOB,
    RESUME,
    TERMINAL,
    _no_leftover_runs,
    analyze_frame,
    by_type,
    connected,
    error,
    frames_until,
)

pytestmark = pytest.mark.django_db(transaction=True)


BAD_FRAMES = [
    ("not json", error("invalid_json", "The frame is not valid JSON.")),
    ("[1, 2]", error("invalid_frame", "The frame must be a JSON object.")),
    ('"analyze"', error("invalid_frame", "The frame must be a JSON object.")),
    ("{}", error("missing_field", "action is required.", field="action")),
    (
        '{"action": "explode"}',
        error(
            "unknown_action", "Unknown action 'explode': use analyze, compare, rescore, cancel or subscribe."
        ),
    ),
    (
        '{"action": 7}',
        error("unknown_action", "Unknown action '7': use analyze, compare, rescore, cancel or subscribe."),
    ),
    (
        json.dumps({"action": "analyze", "resume_text": RESUME}),
        error("missing_field", "job_description is required.", field="job_description"),
    ),
    (
        json.dumps({"action": "analyze", "job_description": JOB}),
        error("missing_field", "Either resume_text or resume_id is required.", field="resume_text"),
    ),
    (
        json.dumps({"resume_text": "   ", "job_description": JOB}),
        error("invalid_field", "resume_text must not be blank.", field="resume_text"),
    ),
    (
        json.dumps({"resume_text": RESUME, "job_description": ["a"]}),
        error("invalid_field", "job_description must be a string.", field="job_description"),
    ),
    (
        json.dumps({"action": "analyze", "resume_id": "3", "job_description": JOB}),
        error("invalid_field", "resume_id must be a positive integer id.", field="resume_id"),
    ),
    (
        json.dumps({"action": "analyze", "resume_id": 3, "resume_text": RESUME, "job_description": JOB}),
        error("invalid_field", "Send either resume_id or resume_text, not both.", field="resume_id"),
    ),
    (
        json.dumps({"action": "analyze", "resume_text": RESUME, "job_description": JOB, "request_id": "a b"}),
        error(
            "invalid_field",
            "request_id must be 1-64 letters, digits, dots, dashes or underscores.",
            field="request_id",
        ),
    ),
    ('{"action": "cancel"}', error("missing_field", "analysis_id is required.", field="analysis_id")),
    (
        '{"action": "subscribe", "analysis_id": true}',
        error("invalid_field", "analysis_id must be a positive integer id.", field="analysis_id"),
    ),
    ('{"action": "subscribe", "analysis_id": 999999}', error("not_found", "Analysis not found.")),
    ('{"action": "cancel", "analysis_id": 999999}', error("not_found", "Analysis not found.")),
]


async def test_each_bad_frame_gets_its_error_and_the_socket_stays_usable(
    user: Any, local_engine: None
) -> None:
    communicator = await connected(user)
    for text, expected in BAD_FRAMES:
        await communicator.send_to(text_data=text)
        assert await communicator.receive_json_from(timeout=5) == expected, text
    await communicator.send_json_to(analyze_frame())
    frames = await frames_until(communicator, TERMINAL)
    assert frames[-1]["type"] == "analysis.completed"
    await communicator.disconnect()
    assert await database_sync_to_async(ResumeHistory.objects.count)() == 1


async def test_a_binary_frame_is_refused(user: Any) -> None:
    communicator = await connected(user)
    await communicator.send_to(bytes_data=b"{}")
    assert await communicator.receive_json_from(timeout=5) == error(
        "invalid_frame", "The frame must be a JSON object."
    )
    await communicator.disconnect()


async def test_anothers_analysis_is_not_found(user: Any, make_user: Any) -> None:
    other = await database_sync_to_async(make_user)()
    foreign = await database_sync_to_async(make_history)(user=other)
    communicator = await connected(user)
    for action in ("subscribe", "cancel"):
        await communicator.send_json_to({"action": action, "analysis_id": foreign.pk})
        assert await communicator.receive_json_from(timeout=5) == error("not_found", "Analysis not found.")
    await communicator.disconnect()


async def test_anothers_resume_is_not_found(user: Any, make_user: Any) -> None:
    other = await database_sync_to_async(make_user)()
    resume = await database_sync_to_async(make_resume)(user=other)
    communicator = await connected(user)
    await communicator.send_json_to({"action": "analyze", "resume_id": resume.pk, "job_description": JOB})
    assert await communicator.receive_json_from(timeout=5) == error(
        "not_found", "Resume not found.", field="resume_id"
    )
    await communicator.disconnect()


async def test_the_seed_frame_runs_an_analysis_with_the_local_engine(user: Any, local_engine: None) -> None:
    communicator = await connected(user)
    await communicator.send_json_to({"resume_text": RESUME, "job_description": JOB})
    frames = await frames_until(communicator, TERMINAL)
    started, final = frames[0], frames[-1]
    assert started == {
        "type": "analysis.started",
        "analysis_id": started["analysis_id"],
        "request_id": started["request_id"],
        "engine": "local",
        "model": "local-v2",
    }
    assert final["type"] == "analysis.completed"
    assert final["status"] == "success"
    assert list(final["ai_analysis"])[:5] == [
        "match_score",
        "missing_keywords",
        "sentence_to_improve",
        "recommended_improvement",
        "reasoning",
    ]
    assert "details" in final["ai_analysis"]
    chunks = by_type(frames, "analysis.chunk")
    assert [chunk["seq"] for chunk in chunks] == list(range(1, len(chunks) + 1))
    assert (
        json.loads("".join(chunk["delta"] for chunk in chunks))["match_score"]
        == final["ai_analysis"]["match_score"]
    )
    fields = {frame["field"] for frame in by_type(frames, "analysis.field")}
    assert fields == {*final["ai_analysis"]}
    row = await database_sync_to_async(ResumeHistory.objects.get)(pk=started["analysis_id"])
    assert (row.status, row.engine, row.model, row.request_id) == (
        "completed",
        "local",
        "local-v2",
        started["request_id"],
    )
    assert row.ai_analysis == final["ai_analysis"]
    assert row.match_score == final["ai_analysis"]["match_score"]
    await communicator.disconnect()


async def test_an_analysis_of_a_stored_resume_links_it(user: Any, local_engine: None) -> None:
    resume = await database_sync_to_async(make_resume)(user=user, text=RESUME)
    communicator = await connected(user)
    await communicator.send_json_to(
        {"action": "analyze", "resume_id": resume.pk, "job_description": JOB, "request_id": "req-42"}
    )
    frames = await frames_until(communicator, TERMINAL)
    assert frames[0]["request_id"] == "req-42"
    row = await database_sync_to_async(ResumeHistory.objects.get)(pk=frames[0]["analysis_id"])
    assert (row.resume_id, row.resume_text, row.job_description, row.status) == (
        resume.pk,
        RESUME,
        JOB,
        "completed",
    )
    await communicator.disconnect()
