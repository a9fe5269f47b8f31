import pytest

from apis.jobs.models import Job
from apis.jobs.tests.test_job_list import make_job

pytestmark = pytest.mark.django_db

NOT_FOUND = {"status": "failed", "message": "Job not found.", "data": {"code": "not_found"}}


def test_it_returns_the_users_job(jwt_client, user):
    job = make_job(user, title="Analyst")

    response = jwt_client.get(f"/api/v1/jobs/{job.pk}/")

    assert response.status_code == 200
    assert response.json()["message"] == "Job retrieved"
    assert response.json()["data"]["title"] == "Analyst"


def test_another_users_job_is_not_found(jwt_client, make_user):
    job = make_job(make_user())

    assert jwt_client.get(f"/api/v1/jobs/{job.pk}/").json() == NOT_FOUND
    assert jwt_client.delete(f"/api/v1/jobs/{job.pk}/").status_code == 404
    assert Job.objects.filter(pk=job.pk).exists()


def test_it_deletes_the_users_job(jwt_client, user):
    job = make_job(user)

    response = jwt_client.delete(f"/api/v1/jobs/{job.pk}/")

    assert response.json() == {"status": "success", "message": "Job deleted"}
    assert not Job.objects.exists()
