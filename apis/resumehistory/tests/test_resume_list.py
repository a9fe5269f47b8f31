"""GET /api/v1/resume/: the user's own resumes, newest first, paginated, without their text."""

from datetime import timedelta

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from api_services import status_messages as msg
from apis.resumehistory.models import Resume
from apis.resumehistory.tests.factories import make_resume

URL = "/api/v1/resume/"


def list_item(resume: Resume) -> dict:
    return {
        "id": resume.pk,
        "filename": resume.filename,
        "format": resume.format,
        "pages": resume.pages,
        "characters": resume.characters,
        "ats_score": resume.ats_score,
        "created_at": resume.created_at.isoformat().replace("+00:00", "Z"),
    }


def make_resumes(user, count: int) -> list[Resume]:
    """Create ``count`` resumes one minute apart; return them newest first."""
    start = timezone.now() - timedelta(days=1)
    made = [
        make_resume(
            user=user,
            text=f"Resume number {index}",
            filename=f"cv-{index}.pdf",
            created_at=start + timedelta(minutes=index),
        )
        for index in range(count)
    ]
    return made[::-1]


@pytest.mark.django_db
def test_it_lists_the_users_resumes_newest_first_without_text(jwt_client, user, make_user):
    newest_first = make_resumes(user, 3)
    make_resume(user=make_user(), text="someone else's resume")

    response = jwt_client.get(URL)

    assert response.status_code == 200
    assert response.json() == {
        "status": "success",
        "message": msg.RESUMES_RETRIEVED,
        "data": {
            "page": 1,
            "per_page": 10,
            "total_items": 3,
            "total_pages": 1,
            "data": [list_item(resume) for resume in newest_first],
        },
    }


@pytest.mark.django_db
def test_it_breaks_ties_in_creation_time_by_id(jwt_client, user):
    moment = timezone.now()
    first = make_resume(user=user, text="one", created_at=moment)
    second = make_resume(user=user, text="two", created_at=moment)

    ids = [item["id"] for item in jwt_client.get(URL).json()["data"]["data"]]

    assert ids == [second.pk, first.pk]


@pytest.mark.django_db
def test_it_pages_through_the_resumes(jwt_client, user):
    newest_first = make_resumes(user, 5)

    second_page = jwt_client.get(URL, {"page": 2, "per_page": 2}).json()["data"]
    last_page = jwt_client.get(URL, {"page": 3, "per_page": 2}).json()["data"]

    assert second_page == {
        "page": 2,
        "per_page": 2,
        "total_items": 5,
        "total_pages": 3,
        "data": [list_item(resume) for resume in newest_first[2:4]],
    }
    assert last_page["data"] == [list_item(newest_first[4])]


@pytest.mark.django_db
def test_it_answers_a_page_past_the_end_with_no_items_and_the_true_totals(jwt_client, user):
    make_resumes(user, 2)

    response = jwt_client.get(URL, {"page": 5, "per_page": 1})

    assert response.status_code == 200
    assert response.json()["data"] == {
        "page": 5,
        "per_page": 1,
        "total_items": 2,
        "total_pages": 2,
        "data": [],
    }


@pytest.mark.django_db
def test_it_answers_an_empty_list_for_a_user_without_resumes(jwt_client):
    response = jwt_client.get(URL)

    assert response.json()["data"] == {
        "page": 1,
        "per_page": 10,
        "total_items": 0,
        "total_pages": 0,
        "data": [],
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"page": 0}, "page: Ensure this value is greater than or equal to 1."),
        ({"page": "abc"}, "page: A valid integer is required."),
        ({"page": 1_000_001}, "page: Ensure this value is less than or equal to 1000000."),
        ({"per_page": 0}, "per_page: Ensure this value is greater than or equal to 1."),
        ({"per_page": 101}, "per_page: Ensure this value is less than or equal to 100."),
    ],
)
def test_it_answers_400_naming_a_bad_parameter(jwt_client, params, message):
    response = jwt_client.get(URL, params)

    assert response.status_code == 400
    assert response.json()["message"] == message
    assert response.json()["data"]["code"] == "invalid"


@pytest.mark.django_db
def test_it_serves_a_page_with_a_count_and_one_select(jwt_client, user, django_assert_num_queries):
    make_resumes(user, 12)

    # The third query is the JWT authentication loading the user.
    with django_assert_num_queries(3):
        response = jwt_client.get(URL, {"per_page": 5})

    assert len(response.json()["data"]["data"]) == 5


@pytest.mark.django_db
def test_it_works_with_a_session_too(session_client, user):
    resume = make_resume(user=user)

    response = session_client.get(URL)

    assert response.json()["data"]["data"] == [list_item(resume)]


@pytest.mark.django_db
def test_it_requires_authentication(api_client: APIClient):
    response = api_client.get(URL)

    assert response.status_code == 401
    assert response.json()["data"] == {"code": "not_authenticated"}
