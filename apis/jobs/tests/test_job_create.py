from pathlib import Path

import pytest

from apis.jobs.models import Job

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).parent / "fixtures"
URL = "/api/v1/jobs/"


def test_it_stores_pasted_text_with_its_first_line_as_title(jwt_client, user):
    response = jwt_client.post(URL, {"text": "Backend Engineer\nWe need Django."}, format="json")

    assert response.status_code == 201
    body = response.json()
    job = Job.objects.get(user=user)
    assert body == {
        "status": "success",
        "message": "Job created",
        "data": {
            "id": job.pk,
            "title": "Backend Engineer",
            "company": "",
            "location": "",
            "text": "Backend Engineer\nWe need Django.",
            "structured": {},
            "source_kind": "text",
            "created_at": body["data"]["created_at"],
        },
    }


def test_it_reads_the_json_ld_job_posting(jwt_client, user):
    html = (FIXTURES / "jsonld_job.html").read_text()

    response = jwt_client.post(URL, {"html": html}, format="json")

    assert response.status_code == 201
    data = response.json()["data"]
    assert (data["title"], data["company"], data["location"]) == (
        "Senior Python Engineer",
        "Acme Corp",
        "Berlin, DE",
    )
    assert data["text"] == "Build APIs with Django.\n5 years Python"
    assert data["structured"] == {
        "employmentType": "FULL_TIME",
        "skills": "Python, Django, PostgreSQL",
        "datePosted": "2026-11-01",
        "validThrough": "2026-12-31",
        "baseSalary": {
            "@type": "MonetaryAmount",
            "currency": "EUR",
            "value": {"minValue": 70000, "maxValue": 90000},
        },
    }
    assert data["source_kind"] == "html"


def test_it_keeps_only_the_main_text_of_a_plain_page(jwt_client, user):
    html = (FIXTURES / "plain_job.html").read_text()

    response = jwt_client.post(URL, {"html": html}, format="json")

    assert response.status_code == 201
    data = response.json()["data"]
    assert data["title"] == "Data Analyst"
    assert data["text"] == "Data Analyst\nGlobex is hiring a data analyst.\nSQL and Python\nTableau"


def test_it_falls_back_to_the_page_text_when_json_ld_is_invalid(jwt_client, user):
    html = '<script type="application/ld+json">{not json</script><h1>QA Lead</h1><p>Test things.</p>'

    response = jwt_client.post(URL, {"html": html}, format="json")

    assert response.status_code == 201
    assert (response.json()["data"]["title"], response.json()["data"]["text"]) == (
        "QA Lead",
        "QA Lead\nTest things.",
    )


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ({}, "Send one of text, html or url."),
        ({"text": "   \n "}, "The job posting has no text."),
        ({"html": "<nav>only nav</nav><script>x</script>"}, "The job posting has no text."),
    ],
)
def test_it_rejects_missing_or_empty_input(jwt_client, payload, message):
    response = jwt_client.post(URL, payload, format="json")

    assert response.status_code == 400
    assert response.json() == {"status": "failed", "message": message, "data": {"code": "invalid"}}
    assert not Job.objects.exists()


def test_it_requires_authentication(api_client):
    assert api_client.post(URL, {"text": "x"}, format="json").status_code == 401


def test_it_rejects_pasted_html_over_the_limit_with_413(jwt_client, settings):
    settings.JOB_HTML_MAX_BYTES = 1024

    response = jwt_client.post(URL, {"html": "<p>" + "x" * 2000 + "</p>"}, format="json")

    assert response.status_code == 413
    assert response.json() == {
        "status": "failed",
        "message": "The job page is larger than 1024 bytes.",
        "data": {"code": "page_too_large"},
    }
    assert not Job.objects.exists()


def test_a_body_that_is_not_json_is_a_400_envelope(jwt_client):
    response = jwt_client.post(URL, "{not json", content_type="application/json")

    assert response.status_code == 400
    assert response.json()["status"] == "failed"
