import json
from datetime import UTC, datetime, timedelta

import pytest
from django.test import Client
from django.utils import timezone

from apis.resumehistory.models import ResumeHistory
from apis.resumehistory.tests.factories import SAMPLE_ANALYSIS, make_history, make_resume

pytestmark = pytest.mark.django_db

HISTORIES = "/admin/resumehistory/resumehistory/"
RESUMES = "/admin/resumehistory/resume/"


def histories_for(make_user, users: int, each: int) -> list[ResumeHistory]:
    rows = []
    for u in range(users):
        owner = make_user(email=f"owner{u}@example.com")
        rows += [make_history(user=owner, engine="gemini" if i % 2 else "local") for i in range(each)]
    return rows


def listed_ids(response) -> set[int]:
    return {row.pk for row in response.context["cl"].result_list}


def test_the_history_list_shows_email_job_title_score_engine_model_status_and_date(staff_client, make_user):
    history = make_history(
        user=make_user(email="listed@example.com"),
        match_score=83,
        model="gemini-flash-latest",
        job_title="Senior Rust Engineer",
    )

    response = staff_client.get(HISTORIES)

    assert response.status_code == 200
    assert listed_ids(response) == {history.pk}
    html = response.content.decode()
    for text in (
        "listed@example.com",
        "Senior Rust Engineer",
        ">83<",
        "Completed",
        "local",
        "gemini-flash-latest",
    ):
        assert text in html
    for column in (
        "column-user_email",
        "column-job_title_or_dash",
        "column-match_score",
        "column-status",
        "column-engine",
        "column-model",
        "column-created_at",
    ):
        assert column in html


@pytest.mark.parametrize("rows_per_user", [1, 10])
def test_the_history_list_costs_the_same_few_queries_whatever_its_length(
    staff_client, make_user, django_assert_max_num_queries, rows_per_user
):
    histories_for(make_user, users=3, each=rows_per_user)

    # session, user, filtered count, the page with its users joined: no query per row, no COUNT of the table
    with django_assert_max_num_queries(4) as queries:
        response = staff_client.get(HISTORIES)

    assert len(listed_ids(response)) == 3 * rows_per_user
    assert not [q for q in queries.captured_queries if "resume_text" in q["sql"]]  # long texts stay unread


def test_the_history_list_searches_by_email_and_job_description(staff_client, make_user):
    by_email = make_history(user=make_user(email="findme@example.com"))
    by_job = make_history(user=make_user(email="other@example.com"), job_description="Rust systems engineer")

    assert listed_ids(staff_client.get(HISTORIES, {"q": "findme@"})) == {by_email.pk}
    assert listed_ids(staff_client.get(HISTORIES, {"q": "rust systems"})) == {by_job.pk}


def test_the_history_list_filters_by_status_engine_and_date(staff_client, user):
    failed = make_history(user=user, status="failed", engine="local")
    gemini = make_history(user=user, engine="gemini")
    old = make_history(user=user, engine="local", created_at=timezone.now() - timedelta(days=40))

    assert listed_ids(staff_client.get(HISTORIES, {"status__exact": "failed"})) == {failed.pk}
    assert listed_ids(staff_client.get(HISTORIES, {"engine": "gemini"})) == {gemini.pk}
    today = timezone.now().replace(hour=0, minute=0, second=0, microsecond=0)  # as the "Past 7 days" link
    since = {
        "created_at__gte": str(today - timedelta(days=7)),
        "created_at__lt": str(today + timedelta(days=1)),
    }
    assert listed_ids(staff_client.get(HISTORIES, since)) == {failed.pk, gemini.pk}
    assert old.pk in listed_ids(staff_client.get(HISTORIES))


def test_the_history_page_shows_score_keywords_and_rewrite_first_and_the_details_folded_and_pretty(
    staff_client, user, django_assert_max_num_queries
):
    details = {
        "score_breakdown": {"hard_skills": 60},
        "missing_keywords_detail": [{"term": "<b>Kubernetes</b>"}],
    }
    history = make_history(
        user=user,
        resume=make_resume(user=user),
        created_at=datetime(2026, 3, 1, tzinfo=UTC),
        job_description="<script>alert(1)</script>",
        ai_analysis={**SAMPLE_ANALYSIS, "details": details},
    )

    with django_assert_max_num_queries(6):
        response = staff_client.get(f"{HISTORIES}{history.pk}/change/")

    assert response.status_code == 200
    html = response.content.decode()
    shown_first = [
        ">72<",
        "Kubernetes, Terraform",
        SAMPLE_ANALYSIS["sentence_to_improve"],
        SAMPLE_ANALYSIS["recommended_improvement"],
        SAMPLE_ANALYSIS["reasoning"],
    ]
    positions = [html.index(text) for text in shown_first]
    assert positions == sorted(positions)
    pretty = json.dumps(details, indent=2, sort_keys=True).replace('"', "&quot;").replace("<", "&lt;")
    pretty = pretty.replace(">", "&gt;")
    assert pretty in html
    # The details come after the result, in a folded section.
    folded = html.index("Details (JSON)")
    assert positions[-1] < folded < html.index(pretty)
    assert "collapse" in html[html.rfind("<fieldset", 0, folded) : folded]
    assert "<b>Kubernetes</b>" not in html
    assert "<script>alert(1)</script>" not in html  # texts are escaped
    assert 'name="ai_analysis"' not in html and "<textarea" not in html  # nothing editable
    assert 'type="submit" value="Save"' not in html


def test_histories_cannot_be_added_or_edited_by_hand_but_can_be_deleted(staff_client, user):
    history = make_history(user=user)

    assert staff_client.get(f"{HISTORIES}add/").status_code == 403
    staff_client.post(f"{HISTORIES}{history.pk}/change/", {"status": "failed"})
    history.refresh_from_db()
    assert history.status == "completed"
    response = staff_client.post(f"{HISTORIES}{history.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not ResumeHistory.objects.filter(pk=history.pk).exists()


def test_the_resume_admin_lists_searches_and_shows_the_text_read_only(
    staff_client, make_user, django_assert_max_num_queries
):
    owners = [make_user(email=f"r{i}@example.com") for i in range(4)]
    resumes = [
        make_resume(user=owner, text=f"Resume text {i}", filename=f"cv{i}.pdf")
        for i, owner in enumerate(owners)
    ]

    with django_assert_max_num_queries(4):
        listing = staff_client.get(RESUMES)
    assert listed_ids(listing) == {r.pk for r in resumes}
    assert "r2@example.com" in listing.content.decode()
    assert listed_ids(staff_client.get(RESUMES, {"q": "cv3.pdf"})) == {resumes[3].pk}
    assert listed_ids(staff_client.get(RESUMES, {"q": "r1@example"})) == {resumes[1].pk}

    page = staff_client.get(f"{RESUMES}{resumes[0].pk}/change/").content.decode()
    assert "Resume text 0" in page
    assert 'name="text"' not in page


def test_the_admin_pages_need_a_staff_login(make_user):
    client = Client()
    client.force_login(make_user(email="plain@example.com"))

    assert client.get(HISTORIES).status_code == 302
    assert client.get(RESUMES).status_code == 302
