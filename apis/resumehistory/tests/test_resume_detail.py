"""GET and DELETE /api/v1/resume/<id>/, and the selector the analysis socket uses: only the owner sees a resume."""

import pytest

from api_services import status_messages as msg
from apis.resumehistory.models import Resume, ResumeHistory
from apis.resumehistory.tests.factories import make_history, make_resume
from db_cruds.resumes import resume_get_for_user

NOT_FOUND = {"status": "failed", "message": msg.RESUME_NOT_FOUND, "data": {"code": "not_found"}}


def url(resume_id: int) -> str:
    return f"/api/v1/resume/{resume_id}/"


@pytest.mark.django_db
def test_it_returns_one_resume_with_its_text_and_checks(jwt_client, user):
    checks = [{"id": "page_count", "result": "pass", "message": "One page: easy to read."}]
    resume = make_resume(
        user=user, text="Ada Lovelace\nAnalyst", warnings=["page 2 has no selectable text"], ats_checks=checks
    )

    response = jwt_client.get(url(resume.pk))

    assert response.status_code == 200
    assert response.json() == {
        "status": "success",
        "message": msg.RESUME_RETRIEVED,
        "data": {
            "id": resume.pk,
            "filename": "resume.pdf",
            "format": "pdf",
            "pages": 1,
            "characters": len("Ada Lovelace\nAnalyst"),
            "ats_score": 0,
            "created_at": resume.created_at.isoformat().replace("+00:00", "Z"),
            "text": "Ada Lovelace\nAnalyst",
            "warnings": ["page 2 has no selectable text"],
            "ats_checks": checks,
        },
    }


@pytest.mark.django_db
def test_it_deletes_the_resume_and_keeps_the_analyses_that_used_it(session_client, user):
    resume = make_resume(user=user)
    analysis = make_history(user=user, resume=resume, resume_text=resume.text)

    response = session_client.delete(url(resume.pk))

    assert response.status_code == 200
    assert response.json() == {"status": "success", "message": msg.RESUME_DELETED}
    assert not Resume.objects.filter(pk=resume.pk).exists()
    analysis.refresh_from_db()
    assert (analysis.resume_id, analysis.resume_text) == (None, resume.text)
    assert ResumeHistory.objects.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["get", "delete"])
def test_it_answers_404_for_another_users_resume_and_leaves_it_alone(jwt_client, make_user, method):
    theirs = make_resume(user=make_user())

    response = getattr(jwt_client, method)(url(theirs.pk))

    assert response.status_code == 404
    assert response.json() == NOT_FOUND
    assert Resume.objects.filter(pk=theirs.pk).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["get", "delete"])
def test_it_answers_404_for_a_missing_resume(jwt_client, method):
    response = getattr(jwt_client, method)(url(987654))

    assert response.status_code == 404
    assert response.json() == NOT_FOUND


@pytest.mark.django_db
def test_it_answers_404_the_second_time_a_resume_is_deleted(jwt_client, user):
    resume = make_resume(user=user)

    first = jwt_client.delete(url(resume.pk))
    second = jwt_client.delete(url(resume.pk))

    assert (first.status_code, second.status_code) == (200, 404)


@pytest.mark.django_db
def test_it_refuses_a_session_delete_without_the_csrf_token(csrf_client, user):
    resume = make_resume(user=user)
    csrf_client.force_login(user)

    response = csrf_client.delete(url(resume.pk))

    assert response.status_code == 403
    assert response.json()["data"] == {"code": "csrf_failed"}
    assert Resume.objects.filter(pk=resume.pk).exists()


@pytest.mark.django_db
def test_the_selector_returns_a_resume_to_its_owner_only(user, make_user):
    resume = make_resume(user=user)
    stranger = make_user()

    assert resume_get_for_user(resume_id=resume.pk, user_id=user.pk) == resume
    assert resume_get_for_user(resume_id=resume.pk, user_id=stranger.pk) is None
    assert resume_get_for_user(resume_id=resume.pk + 1, user_id=user.pk) is None
