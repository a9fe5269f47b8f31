"""GET /api/v1/comparisons/ (paginated), GET and DELETE /api/v1/comparisons/<id>/: only the owner's."""

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from api_services import status_messages as msg
from apis.comparisons.models import Comparison, ComparisonCell
from apis.comparisons.tests.factories import make_comparison

pytestmark = pytest.mark.django_db

NOT_FOUND = {"status": "failed", "message": msg.COMPARISON_NOT_FOUND, "data": {"code": "not_found"}}


def iso(value: Any) -> str:
    return value.isoformat().replace("+00:00", "Z")


def test_it_lists_the_users_comparisons_newest_first_one_page_at_a_time(jwt_client, user, make_user):
    older = make_comparison(user=user)
    newer = make_comparison(user=user, cells=3)
    make_comparison(user=make_user(email="other@example.com"))

    response = jwt_client.get("/api/v1/comparisons/?per_page=1")

    assert response.status_code == 200
    assert response.json() == {
        "status": "success",
        "message": msg.COMPARISONS_RETRIEVED,
        "data": {
            "page": 1,
            "per_page": 1,
            "total_items": 2,
            "total_pages": 2,
            "data": [
                {
                    "id": newer.pk,
                    "status": "completed",
                    "engine": "local",
                    "resume_ids": [1],
                    "job_count": 3,
                    "created_at": iso(newer.created_at),
                    "finished_at": iso(newer.finished_at),
                    "duration_ms": 12,
                }
            ],
        },
    }
    second = jwt_client.get("/api/v1/comparisons/?per_page=1&page=2").json()["data"]["data"]
    assert [item["id"] for item in second] == [older.pk]


def test_a_bad_page_is_a_400(jwt_client):
    response = jwt_client.get("/api/v1/comparisons/?page=0")
    assert response.status_code == 400
    assert response.json()["status"] == "failed"


def test_it_returns_one_comparison_with_postings_cells_and_rankings(jwt_client, user):
    comparison = make_comparison(user=user)

    response = jwt_client.get(f"/api/v1/comparisons/{comparison.pk}/")

    assert response.status_code == 200
    assert response.json() == {
        "status": "success",
        "message": msg.COMPARISON_RETRIEVED,
        "data": {
            "id": comparison.pk,
            "status": "completed",
            "request_id": "",
            "engine": "local",
            "resume_ids": [1],
            "jobs": [
                {"job_index": 0, "job_description": "Job 0: Python developer"},
                {"job_index": 1, "job_description": "Job 1: Python developer"},
            ],
            "cells": [
                {
                    "seq": 2 + n,
                    "resume_id": 1,
                    "job_index": n,
                    "match_score": 70 - n,
                    "sub_scores": {"hard_skills": 70},
                    "top_gaps": ["Kubernetes"],
                }
                for n in range(2)
            ],
            "rankings": {"by_resume": [], "by_job": []},
            "analyses": [],
            "error_code": "",
            "error_message": "",
            "duration_ms": 12,
            "created_at": iso(comparison.created_at),
            "finished_at": iso(comparison.finished_at),
        },
    }


def test_it_deletes_the_comparison_and_its_cells(session_client, user):
    comparison = make_comparison(user=user)

    response = session_client.delete(f"/api/v1/comparisons/{comparison.pk}/")

    assert (response.status_code, response.json()) == (
        200,
        {"status": "success", "message": msg.COMPARISON_DELETED},
    )
    assert not Comparison.objects.exists()
    assert not ComparisonCell.objects.exists()


@pytest.mark.parametrize("method", ["get", "delete"])
def test_someone_elses_comparison_is_a_404(jwt_client, make_user, method):
    theirs = make_comparison(user=make_user(email="other@example.com"))

    response = getattr(jwt_client, method)(f"/api/v1/comparisons/{theirs.pk}/")

    assert (response.status_code, response.json()) == (404, NOT_FOUND)
    assert Comparison.objects.filter(pk=theirs.pk).exists()


def test_it_needs_authentication(api_client):
    assert api_client.get("/api/v1/comparisons/").status_code == 401


def test_a_stale_running_comparison_is_failed_interrupted_when_listed(jwt_client, user, settings):
    stale = make_comparison(
        user=user,
        status=Comparison.Status.RUNNING,
        finished_at=None,
        created_at=timezone.now() - timedelta(seconds=settings.ANALYSIS_TIMEOUT_S + 3600),
    )

    item = jwt_client.get("/api/v1/comparisons/").json()["data"]["data"][0]

    assert (item["id"], item["status"]) == (stale.pk, "failed")
    stale.refresh_from_db()
    assert (stale.error_code, stale.error_message) == ("interrupted", msg.COMPARISON_INTERRUPTED)


def test_the_endpoints_are_in_the_openapi_schema(api_client):
    paths = api_client.get("/api/v1/schema/", HTTP_ACCEPT="application/json").json()["paths"]
    assert set(paths["/api/v1/comparisons/"]) == {"get"}
    assert set(paths["/api/v1/comparisons/{comparison_id}/"]) == {"get", "delete"}
