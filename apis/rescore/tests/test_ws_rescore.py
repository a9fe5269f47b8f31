"""The ``rescore`` action: the local engine's analysis of the text being edited, unstored, latest first."""

import asyncio
from typing import Any

import pytest
from channels.db import database_sync_to_async

from ai.base import AnalysisInput
from ai.google_genai.fake_server import FakeGemini
from apis.resumehistory.grounding_services import local_analysis_run
from apis.resumehistory.models import ResumeHistory
from apis.resumehistory.tests.ws_support import (  # noqa: F401  (fixtures)
    JOB,
    RESUME,
    _no_leftover_runs,
    connected,
)

pytestmark = pytest.mark.django_db(transaction=True)


def rescore_frame(request_id: str, **overrides: Any) -> dict[str, Any]:
    return {
        "action": "rescore",
        "resume_text": RESUME,
        "job_description": JOB,
        "request_id": request_id,
        **overrides,
    }


def local_analysis(resume: str, job: str) -> dict[str, Any]:
    analysis = local_analysis_run(analysis_input=AnalysisInput(resume_text=resume, job_description=job))
    assert analysis is not None
    return analysis


async def history_rows() -> int:
    return await database_sync_to_async(ResumeHistory.objects.count)()


async def test_it_answers_the_local_engines_full_analysis_and_stores_nothing(
    user: Any, local_engine: None
) -> None:
    communicator = await connected(user)
    await communicator.send_json_to(rescore_frame("edit-1"))
    frame = await communicator.receive_json_from(timeout=5)
    await communicator.disconnect()
    assert 0 <= frame.pop("engine_ms") < 5000
    assert frame == {
        "type": "rescore.result",
        "status": "success",
        "request_id": "edit-1",
        "engine": "local",
        "model": "local-v2",
        "ai_analysis": local_analysis(RESUME, JOB),
    }
    assert await history_rows() == 0


async def test_the_local_engine_rescores_even_when_gemini_answers_analyses(
    user: Any, gemini: FakeGemini
) -> None:
    edited = RESUME + " Deployed services on Kubernetes with Terraform."
    communicator = await connected(user)
    await communicator.send_json_to(rescore_frame("edit-2", resume_text=edited))
    frame = await communicator.receive_json_from(timeout=5)
    await communicator.disconnect()
    assert (frame["type"], frame["engine"], frame["request_id"]) == ("rescore.result", "local", "edit-2")
    assert frame["ai_analysis"] == local_analysis(edited, JOB)
    assert "Kubernetes" not in frame["ai_analysis"]["missing_keywords"]
    assert gemini.requests == []


@pytest.mark.parametrize(
    ("overrides", "field", "code", "message"),
    [
        (
            {"resume_text": "x" * 101},
            "resume_text",
            "resume_too_long",
            "The resume is longer than 100 characters.",
        ),
        (
            {"job_description": "y" * 101},
            "job_description",
            "job_description_too_long",
            "The job description is longer than 100 characters.",
        ),
        ({"resume_text": "   "}, "resume_text", "invalid_field", "resume_text must not be blank."),
        (
            {"resume_text": None, "resume_id": 3},
            "resume_id",
            "invalid_field",
            "A re-score takes resume_text and job_description (the texts being edited), not ids.",
        ),
        (
            {"job_description": None, "job_id": 3},
            "job_id",
            "invalid_field",
            "A re-score takes resume_text and job_description (the texts being edited), not ids.",
        ),
    ],
)
async def test_a_bad_rescore_is_answered_with_its_request_id_and_the_socket_goes_on(
    user: Any,
    local_engine: None,
    settings: Any,
    overrides: dict[str, Any],
    field: str,
    code: str,
    message: str,
) -> None:
    settings.MAX_RESUME_CHARS = 100
    settings.MAX_JOB_DESCRIPTION_CHARS = 100
    communicator = await connected(user)
    await communicator.send_json_to(rescore_frame("bad-1", **overrides))
    refused = await communicator.receive_json_from(timeout=5)
    await communicator.send_json_to(rescore_frame("good-1"))
    accepted = await communicator.receive_json_from(timeout=5)
    await communicator.disconnect()
    assert refused == {
        "type": "rescore.failed",
        "status": "failed",
        "field": field,
        "request_id": "bad-1",
        "code": code,
        "message": message,
    }
    assert (accepted["type"], accepted["request_id"]) == ("rescore.result", "good-1")


async def test_while_one_runs_only_the_latest_waiting_rescore_is_answered(
    user: Any, local_engine: None, settings: Any
) -> None:
    settings.RESCORE_MIN_INTERVAL_MS = 300
    communicator = await connected(user)
    for number in range(1, 5):
        await communicator.send_json_to(
            rescore_frame(f"edit-{number}", resume_text=f"{RESUME} Version {number}.")
        )
    answered = []
    while not answered or answered[-1]["request_id"] != "edit-4":
        answered.append(await communicator.receive_json_from(timeout=5))
    assert await communicator.receive_nothing(timeout=0.4)
    await communicator.disconnect()
    ids = [frame["request_id"] for frame in answered]
    # The first may start before the others arrive; the two in between are replaced while they wait.
    assert ids in (["edit-1", "edit-4"], ["edit-4"])
    assert answered[-1]["ai_analysis"] == local_analysis(f"{RESUME} Version 4.", JOB)


async def test_a_sockets_rescores_start_at_least_the_minimum_interval_apart(
    user: Any, local_engine: None, settings: Any
) -> None:
    settings.RESCORE_MIN_INTERVAL_MS = 300
    communicator = await connected(user)
    loop = asyncio.get_running_loop()
    sent_at = loop.time()
    await communicator.send_json_to(rescore_frame("first"))
    first = await communicator.receive_json_from(timeout=5)
    await communicator.send_json_to(rescore_frame("second"))
    second = await communicator.receive_json_from(timeout=5)
    await communicator.disconnect()
    assert [first["request_id"], second["request_id"]] == ["first", "second"]
    assert loop.time() - sent_at >= 0.3


async def test_an_engine_failure_is_answered_in_words_and_the_next_edit_is_scored(
    user: Any, local_engine: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from apis.rescore import services

    real_run = services.local_analysis_run
    calls: list[str] = []

    def failing_once(**kwargs: Any) -> dict[str, Any] | None:
        calls.append("run")
        return None if len(calls) == 1 else real_run(**kwargs)

    monkeypatch.setattr(services, "local_analysis_run", failing_once)
    communicator = await connected(user)
    await communicator.send_json_to(rescore_frame("broken"))
    failed = await communicator.receive_json_from(timeout=5)
    await communicator.send_json_to(rescore_frame("fine"))
    scored = await communicator.receive_json_from(timeout=5)
    await communicator.disconnect()
    assert failed == {
        "type": "rescore.failed",
        "status": "failed",
        "request_id": "broken",
        "code": "rescore_failed",
        "message": "The resume could not be re-scored; keep editing or press Analyze.",
    }
    assert (scored["type"], scored["request_id"]) == ("rescore.result", "fine")


async def test_a_rescore_equals_the_stored_analysis_of_the_same_texts_with_the_local_engine(
    user: Any, local_engine: None
) -> None:
    communicator = await connected(user)
    await communicator.send_json_to({"action": "analyze", "resume_text": RESUME, "job_description": JOB})
    frames = []
    while not frames or frames[-1]["type"] != "analysis.completed":
        frames.append(await communicator.receive_json_from(timeout=5))
    await communicator.send_json_to(rescore_frame("same"))
    rescored = await communicator.receive_json_from(timeout=5)
    await communicator.disconnect()
    assert rescored["ai_analysis"] == frames[-1]["ai_analysis"]
