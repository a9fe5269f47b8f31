import sys
from datetime import UTC, datetime

import pytest
from rest_framework.test import APIClient

from apis.resumehistory.models import ResumeHistory
from apis.resumehistory.tests.factories import SAMPLE_ANALYSIS, make_history, make_resume

pytestmark = pytest.mark.django_db

NOT_FOUND = {"status": "failed", "message": "Analysis not found.", "data": {"code": "not_found"}}


def url(history_id: int) -> str:
    return f"/api/v1/resume/histories/{history_id}/"


def test_the_detail_returns_the_full_analysis_with_timings_engine_and_error(jwt_client, user):
    resume = make_resume(user=user)
    history = make_history(
        user=user,
        resume=resume,
        resume_text="R" * 5000,
        model="gemini-flash-latest",
        engine="gemini",
        time_to_first_chunk_ms=180,
        duration_ms=2400,
        input_tokens=1500,
        output_tokens=320,
        created_at=datetime(2026, 3, 1, 12, 0, tzinfo=UTC),
        finished_at=datetime(2026, 3, 1, 12, 0, 2, 400000, tzinfo=UTC),
    )

    response = jwt_client.get(url(history.pk))

    assert response.status_code == 200
    assert response.json() == {
        "status": "success",
        "message": "History retrieved",
        "data": {
            "id": history.pk,
            "resume_id": resume.pk,
            "status": "completed",
            "resume_text": "R" * 5000,
            "job_description": "We need a Python developer who knows Kubernetes.",
            "job_title": "",
            "ai_analysis": SAMPLE_ANALYSIS,
            "match_score": 72,
            "engine": "gemini",
            "model": "gemini-flash-latest",
            "error_code": "",
            "error_message": "",
            "time_to_first_chunk_ms": 180,
            "duration_ms": 2400,
            "input_tokens": 1500,
            "output_tokens": 320,
            "created_at": "2026-03-01T12:00:00Z",
            "finished_at": "2026-03-01T12:00:02.400000Z",
        },
    }


def test_the_detail_of_a_failed_analysis_carries_its_error(jwt_client, user):
    history = make_history(
        user=user,
        status="failed",
        ai_analysis=None,
        match_score=None,
        error_code="model_timeout",
        error_message="The model did not answer in time.",
    )

    data = jwt_client.get(url(history.pk)).json()["data"]

    assert (data["status"], data["ai_analysis"], data["error_code"], data["error_message"]) == (
        "failed",
        None,
        "model_timeout",
        "The model did not answer in time.",
    )


def test_another_users_analysis_is_a_404(jwt_client, make_user):
    foreign = make_history(user=make_user(email="eve@example.com"))

    response = jwt_client.get(url(foreign.pk))

    assert response.status_code == 404
    assert response.json() == NOT_FOUND


def test_an_unknown_id_is_a_404(jwt_client):
    response = jwt_client.get(url(987654))

    assert response.status_code == 404
    assert response.json() == NOT_FOUND


def test_the_detail_needs_authentication(user):
    history = make_history(user=user)

    assert APIClient().get(url(history.pk)).status_code == 401


def test_delete_removes_the_users_analysis(jwt_client, user):
    history = make_history(user=user)
    kept = make_history(user=user)

    response = jwt_client.delete(url(history.pk))

    assert response.status_code == 200
    assert response.json() == {"status": "success", "message": "History deleted"}
    assert list(ResumeHistory.objects.values_list("id", flat=True)) == [kept.pk]
    assert jwt_client.get(url(history.pk)).status_code == 404


def test_delete_with_the_session_cookie_needs_the_csrf_token(session_client, user):
    history = make_history(user=user)
    without_token = APIClient(enforce_csrf_checks=True)
    without_token.force_login(user)

    assert without_token.delete(url(history.pk)).status_code == 403
    assert ResumeHistory.objects.filter(pk=history.pk).exists()
    assert session_client.delete(url(history.pk)).status_code == 200
    assert not ResumeHistory.objects.filter(pk=history.pk).exists()


def test_deleting_another_users_analysis_is_a_404_and_keeps_it(jwt_client, make_user):
    foreign = make_history(user=make_user(email="eve@example.com"))

    response = jwt_client.delete(url(foreign.pk))

    assert response.status_code == 404
    assert response.json() == NOT_FOUND
    assert ResumeHistory.objects.filter(pk=foreign.pk).exists()


def test_deleting_a_finished_analysis_does_not_touch_the_analysis_runner(jwt_client, user, monkeypatch):
    history = make_history(user=user, status="failed")
    # A finished analysis must be deleted without loading the streaming side at all.
    monkeypatch.setitem(sys.modules, "apis.resumehistory.analysis_services", None)

    assert jwt_client.delete(url(history.pk)).status_code == 200
    assert not ResumeHistory.objects.filter(pk=history.pk).exists()


def test_deleting_a_running_analysis_cancels_it_first(jwt_client, user, monkeypatch):
    from apis.resumehistory import analysis_services

    history = make_history(user=user, status="running", ai_analysis=None, match_score=None)
    calls = []

    def spy(*, analysis_id: int, user_id: int) -> None:
        calls.append((analysis_id, user_id, ResumeHistory.objects.filter(pk=analysis_id).exists()))

    monkeypatch.setattr(analysis_services, "analysis_request_cancel", spy)

    response = jwt_client.delete(url(history.pk))

    assert response.status_code == 200
    assert calls == [(history.pk, user.pk, True)]  # cancelled while the row still existed
    assert not ResumeHistory.objects.filter(pk=history.pk).exists()


def test_deleting_a_running_analysis_whose_runner_is_gone_still_deletes_it(jwt_client, user):
    history = make_history(user=user, status="running", ai_analysis=None, match_score=None)

    response = jwt_client.delete(url(history.pk))

    assert response.status_code == 200
    assert not ResumeHistory.objects.filter(pk=history.pk).exists()
