import pytest

from apis.jobs.models import Job

pytestmark = pytest.mark.django_db


def make_job(user, **fields):
    defaults = {"title": "Engineer", "company": "Acme", "text": "Build things", "source_kind": "text"}
    return Job.objects.create(user=user, **{**defaults, **fields})


def test_it_lists_only_the_users_jobs_newest_first(jwt_client, user, make_user):
    first = make_job(user, title="First")
    second = make_job(user, title="Second")
    make_job(make_user(), title="Someone else's")

    response = jwt_client.get("/api/v1/jobs/")

    assert response.status_code == 200
    body = response.json()
    assert body["message"] == "Jobs retrieved"
    assert [job["id"] for job in body["data"]["data"]] == [second.pk, first.pk]
    assert (body["data"]["total_items"], body["data"]["total_pages"]) == (2, 1)


def test_it_searches_title_company_and_text(jwt_client, user):
    by_title = make_job(user, title="Django developer")
    by_company = make_job(user, company="DjangoSoft")
    by_text = make_job(user, text="We love django")
    make_job(user, title="Chef", text="Cook")

    response = jwt_client.get("/api/v1/jobs/", {"q": "django"})

    assert {job["id"] for job in response.json()["data"]["data"]} == {by_title.pk, by_company.pk, by_text.pk}
