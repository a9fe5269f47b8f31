import pytest

from apis.jobs.models import Job

pytestmark = pytest.mark.django_db


def test_the_admin_lists_jobs_with_title_and_company(staff_client, user):
    Job.objects.create(
        user=user, title="Site Reliability Engineer", company="Initech", text="x", source_kind="text"
    )

    response = staff_client.get("/admin/jobs/job/")

    assert response.status_code == 200
    assert b"Site Reliability Engineer" in response.content
    assert b"Initech" in response.content
