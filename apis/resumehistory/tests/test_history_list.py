from datetime import UTC, datetime, timedelta

import pytest
from django.test import override_settings
from rest_framework.test import APIClient

from apis.resumehistory.models import ResumeHistory
from apis.resumehistory.tests.factories import SAMPLE_ANALYSIS, make_history

pytestmark = pytest.mark.django_db

URL = "/api/v1/resume/histories/"
T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def iso(value: datetime) -> str:
    return value.isoformat().replace("+00:00", "Z")


def make_many(user, count: int, *, start: datetime = T0, step: timedelta = timedelta(minutes=1), **fields):
    """Create ``count`` completed analyses, each ``step`` newer than the previous; return them newest first."""
    rows = [
        ResumeHistory(
            user=user,
            resume_text=f"resume {i}",
            job_description=f"job {i}",
            engine="local",
            model="local-v1",
            status=ResumeHistory.Status.COMPLETED,
            ai_analysis=dict(SAMPLE_ANALYSIS),
            match_score=SAMPLE_ANALYSIS["match_score"],
            created_at=start + i * step,
            **fields,
        )
        for i in range(count)
    ]
    ResumeHistory.objects.bulk_create(rows)
    return list(ResumeHistory.objects.filter(user=user).order_by("-created_at", "-id"))


def ids(response) -> list[int]:
    return [item["id"] for item in response.json()["data"]["data"]]


def test_the_list_has_exactly_the_seeds_envelope_and_fields(jwt_client, user):
    history = make_history(user=user, created_at=T0)

    response = jwt_client.get(URL)

    assert response.status_code == 200
    assert response.json() == {
        "status": "success",
        "message": "Histories retrieved",
        "data": {
            "page": 1,
            "per_page": 10,
            "total_items": 1,
            "total_pages": 1,
            "data": [
                {
                    "id": history.pk,
                    "resume_text": "Python developer with PostgreSQL experience.",
                    "job_description": "We need a Python developer who knows Kubernetes.",
                    "job_title": "",
                    "ai_analysis": SAMPLE_ANALYSIS,
                    "created_at": "2026-03-01T12:00:00Z",
                    "status": "completed",
                    "match_score": 72,
                    "engine": "local",
                    "model": "local-v1",
                }
            ],
        },
    }


def test_it_lists_newest_first_ten_per_page_by_default(jwt_client, user):
    newest_first = make_many(user, 12)

    body = jwt_client.get(URL).json()["data"]

    assert (body["page"], body["per_page"], body["total_items"], body["total_pages"]) == (1, 10, 12, 2)
    assert [item["id"] for item in body["data"]] == [h.pk for h in newest_first[:10]]
    assert body["data"][0]["created_at"] == iso(T0 + timedelta(minutes=11))


def test_pages_walk_the_whole_history_without_gaps_or_repeats_even_with_equal_timestamps(jwt_client, user):
    newest_first = make_many(user, 7, step=timedelta(0))  # all created at the same instant: id breaks the tie

    pages = [ids(jwt_client.get(URL, {"page": page, "per_page": 3})) for page in (1, 2, 3)]

    assert pages == [
        [h.pk for h in newest_first[0:3]],
        [h.pk for h in newest_first[3:6]],
        [h.pk for h in newest_first[6:7]],
    ]


def test_the_last_page_may_be_partial(jwt_client, user):
    make_many(user, 25)

    body = jwt_client.get(URL, {"page": 3, "per_page": 10}).json()["data"]

    assert (body["page"], body["total_items"], body["total_pages"], len(body["data"])) == (3, 25, 3, 5)


def test_a_page_past_the_end_is_an_empty_page_with_the_real_totals(jwt_client, user):
    make_many(user, 25)

    response = jwt_client.get(URL, {"page": 4, "per_page": 10})

    assert response.status_code == 200
    assert response.json()["data"] == {
        "page": 4,
        "per_page": 10,
        "total_items": 25,
        "total_pages": 3,
        "data": [],
    }


def test_an_empty_history_has_zero_pages(jwt_client):
    assert jwt_client.get(URL).json()["data"] == {
        "page": 1,
        "per_page": 10,
        "total_items": 0,
        "total_pages": 0,
        "data": [],
    }


def test_per_page_accepts_the_maximum_of_100(jwt_client, user):
    make_many(user, 101)

    body = jwt_client.get(URL, {"per_page": 100}).json()["data"]

    assert (body["per_page"], body["total_pages"], len(body["data"])) == (100, 2, 100)


@override_settings(HISTORY_MAX_PER_PAGE=5)
def test_the_per_page_maximum_comes_from_the_setting(jwt_client, user):
    make_many(user, 6)

    assert jwt_client.get(URL).json()["data"]["per_page"] == 5
    response = jwt_client.get(URL, {"per_page": 6})
    assert response.status_code == 400
    assert response.json()["message"] == "per_page: Ensure this value is less than or equal to 5."


def test_by_default_only_completed_analyses_are_listed(jwt_client, user):
    completed = make_history(user=user)
    for status in ("running", "failed", "cancelled"):
        make_history(user=user, status=status, ai_analysis=None, match_score=None)

    assert ids(jwt_client.get(URL)) == [completed.pk]


@pytest.mark.parametrize("status", ["completed", "failed", "cancelled", "running"])
def test_the_status_filter_lists_only_that_status(jwt_client, user, status):
    by_status = {
        name: make_history(user=user, status=name, created_at=T0 + timedelta(minutes=i))
        for i, name in enumerate(("completed", "failed", "cancelled", "running"))
    }

    response = jwt_client.get(URL, {"status": status})

    assert ids(response) == [by_status[status].pk]
    assert response.json()["data"]["data"][0]["status"] == status


def test_status_all_lists_every_status_newest_first(jwt_client, user):
    rows = [
        make_history(user=user, status=name, created_at=T0 + timedelta(minutes=i))
        for i, name in enumerate(("completed", "failed", "cancelled", "running"))
    ]

    assert ids(jwt_client.get(URL, {"status": "all"})) == [h.pk for h in reversed(rows)]


def test_search_matches_the_job_description_or_the_resume_text_case_insensitively(jwt_client, user):
    in_job = make_history(user=user, job_description="Senior KUBERNETES engineer", created_at=T0)
    in_resume = make_history(user=user, resume_text="Ran kubernetes clusters", created_at=T0 + timedelta(1))
    make_history(user=user, job_description="Data analyst", resume_text="Excel", created_at=T0 + timedelta(2))

    assert ids(jwt_client.get(URL, {"search": "Kubernetes"})) == [in_resume.pk, in_job.pk]


def test_search_treats_like_wildcards_literally(jwt_client, user):
    literal = make_history(user=user, job_description="100% remote")
    make_history(user=user, job_description="100 remote")

    assert ids(jwt_client.get(URL, {"search": "100%"})) == [literal.pk]


def test_a_blank_search_does_not_filter(jwt_client, user):
    make_many(user, 2)

    assert jwt_client.get(URL, {"search": "  "}).json()["data"]["total_items"] == 2


def test_score_bounds_are_inclusive(jwt_client, user):
    scores = {score: make_history(user=user, match_score=score) for score in (10, 50, 51, 90)}

    assert set(ids(jwt_client.get(URL, {"min_score": 50}))) == {scores[s].pk for s in (50, 51, 90)}
    assert set(ids(jwt_client.get(URL, {"max_score": 50}))) == {scores[s].pk for s in (10, 50)}
    assert set(ids(jwt_client.get(URL, {"min_score": 50, "max_score": 51}))) == {
        scores[s].pk for s in (50, 51)
    }


def test_date_bounds_take_whole_days_inclusively(jwt_client, user):
    feb28 = make_history(user=user, created_at=datetime(2026, 2, 28, 23, 59, 59, 999999, tzinfo=UTC))
    mar1 = make_history(user=user, created_at=datetime(2026, 3, 1, 0, 0, tzinfo=UTC))
    mar2_end = make_history(user=user, created_at=datetime(2026, 3, 2, 23, 59, 59, 999999, tzinfo=UTC))
    make_history(user=user, created_at=datetime(2026, 3, 3, 0, 0, tzinfo=UTC))

    params = {"created_after": "2026-03-01", "created_before": "2026-03-02"}
    assert ids(jwt_client.get(URL, params)) == [mar2_end.pk, mar1.pk]
    assert ids(jwt_client.get(URL, {"created_before": "2026-02-28"})) == [feb28.pk]


def test_date_bounds_accept_iso_date_times_as_exact_inclusive_instants(jwt_client, user):
    early = make_history(user=user, created_at=datetime(2026, 3, 1, 9, 0, tzinfo=UTC))
    late = make_history(user=user, created_at=datetime(2026, 3, 1, 10, 0, tzinfo=UTC))

    assert ids(jwt_client.get(URL, {"created_after": "2026-03-01T10:00:00Z"})) == [late.pk]
    assert ids(jwt_client.get(URL, {"created_before": "2026-03-01T11:00:00+02:00"})) == [early.pk]
    assert ids(jwt_client.get(URL, {"created_after": "2026-03-01T09:00:00"})) == [late.pk, early.pk]


def test_filters_combine(jwt_client, user):
    match = make_history(user=user, job_description="Go developer", match_score=80)
    make_history(user=user, job_description="Go developer", match_score=40)
    make_history(user=user, job_description="Go developer", match_score=80, status="failed")
    make_history(user=user, job_description="Java developer", match_score=80)

    assert ids(jwt_client.get(URL, {"search": "go dev", "min_score": 60})) == [match.pk]


@pytest.mark.parametrize(
    ("params", "field", "message"),
    [
        ({"page": "0"}, "page", "Ensure this value is greater than or equal to 1."),
        ({"page": "-3"}, "page", "Ensure this value is greater than or equal to 1."),
        ({"page": "abc"}, "page", "A valid integer is required."),
        ({"page": "1000001"}, "page", "Ensure this value is less than or equal to 1000000."),
        ({"per_page": "0"}, "per_page", "Ensure this value is greater than or equal to 1."),
        ({"per_page": "1000"}, "per_page", "Ensure this value is less than or equal to 100."),
        ({"per_page": "ten"}, "per_page", "A valid integer is required."),
        ({"status": "done"}, "status", '"done" is not a valid choice.'),
        ({"min_score": "abc"}, "min_score", "A valid integer is required."),
        ({"min_score": "-1"}, "min_score", "Ensure this value is greater than or equal to 0."),
        ({"max_score": "101"}, "max_score", "Ensure this value is less than or equal to 100."),
        ({"min_score": "70", "max_score": "60"}, "max_score", "Must be greater than or equal to min_score."),
        ({"search": "x" * 201}, "search", "Ensure this field has no more than 200 characters."),
    ],
)
def test_an_invalid_parameter_is_a_400_naming_it(jwt_client, params, field, message):
    response = jwt_client.get(URL, params)

    assert response.status_code == 400
    assert response.json() == {
        "status": "failed",
        "message": f"{field}: {message}",
        "data": {"code": "invalid", "errors": {field: [message]}},
    }


DATE_ERROR = "Enter an ISO 8601 date (YYYY-MM-DD) or date-time (YYYY-MM-DDThh:mm[:ss][Z|±hh:mm])."


@pytest.mark.parametrize("field", ["created_after", "created_before"])
@pytest.mark.parametrize("value", ["yesterday", "2026-13-01", "2026-02-30", "01/03/2026", "2026-03-01T25:00"])
def test_a_bad_date_is_a_400_naming_the_parameter(jwt_client, field, value):
    response = jwt_client.get(URL, {field: value})

    assert response.status_code == 400
    assert response.json()["message"] == f"{field}: {DATE_ERROR}"


def test_empty_parameters_count_as_absent_like_an_empty_form_field(jwt_client, user):
    make_many(user, 2)
    params = {"created_after": "", "created_before": "", "min_score": "", "max_score": "", "search": ""}

    assert jwt_client.get(URL, params).json()["data"]["total_items"] == 2


def test_created_after_later_than_created_before_is_a_400(jwt_client):
    response = jwt_client.get(URL, {"created_after": "2026-03-02", "created_before": "2026-03-01"})

    assert response.status_code == 400
    assert response.json()["message"] == "created_before: Must be on or after created_after."


def test_a_user_never_sees_another_users_analyses(jwt_client, user, make_user):
    other = make_user(email="eve@example.com")
    mine = make_history(user=user)
    make_many(other, 3)

    response = jwt_client.get(URL, {"status": "all"})

    assert ids(response) == [mine.pk]
    assert response.json()["data"]["total_items"] == 1


def test_the_list_works_with_the_session_cookie(session_client, user):
    history = make_history(user=user)

    assert ids(session_client.get(URL)) == [history.pk]


def test_an_anonymous_request_is_a_401():
    response = APIClient().get(URL)

    assert response.status_code == 401
    assert response.json()["status"] == "failed"


@pytest.mark.parametrize("page", [1, 4])
def test_a_page_costs_one_query_after_the_jwt_user_lookup(jwt_client, user, django_assert_num_queries, page):
    make_many(user, 50)

    with django_assert_num_queries(2):  # the JWT's user, then the page with its total
        response = jwt_client.get(URL, {"page": page})

    assert len(ids(response)) == 10


def test_a_page_with_the_session_cookie_costs_two_queries(session_client, user, django_assert_num_queries):
    make_many(user, 50)

    with django_assert_num_queries(2):  # the user, then the page and its total (session: cache)
        response = session_client.get(URL, {"page": 2, "search": "job", "min_score": 1})

    assert response.json()["data"]["total_items"] == 50


def test_a_page_past_the_end_costs_one_more_query_for_the_total(jwt_client, user, django_assert_num_queries):
    make_many(user, 5)

    with django_assert_num_queries(3):
        body = jwt_client.get(URL, {"page": 9}).json()["data"]

    assert (body["total_items"], body["data"]) == (5, [])
