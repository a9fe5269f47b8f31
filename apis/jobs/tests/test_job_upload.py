from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from apis.jobs.models import Job
from pdf_extract.tests.builders import resume_docx, text_pdf

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).parent / "fixtures"
URL = "/api/v1/jobs/"
POSTING_LINES = (
    "Platform Engineer",
    "We run Kubernetes and Python services for millions of users across three regions.",
    "You bring experience with Terraform, observability, incident response and on-call rotations.",
    "Nice to have: Go, PostgreSQL tuning, cost control in public clouds and mentoring engineers.",
)


def upload(client, name: str, data: bytes):
    return client.post(URL, {"file": SimpleUploadedFile(name, data)}, format="multipart")


def test_it_stores_a_pdf_posting(jwt_client, user):
    response = upload(jwt_client, "job.pdf", text_pdf(lines=POSTING_LINES))

    assert response.status_code == 201
    data = response.json()["data"]
    job = Job.objects.get(user=user)
    assert (data["id"], data["title"], data["source_kind"]) == (job.pk, "Platform Engineer", "pdf")
    assert "Kubernetes" in job.text


def test_it_stores_a_docx_posting(jwt_client, user):
    response = upload(jwt_client, "job.docx", resume_docx(with_table=False))

    assert response.status_code == 201
    assert response.json()["data"]["source_kind"] == "docx"
    assert Job.objects.get(user=user).text


def test_it_stores_a_text_file(jwt_client, user):
    response = upload(jwt_client, "job.txt", "\n".join(("Nurse", *POSTING_LINES[1:])).encode())

    assert response.status_code == 201
    assert (response.json()["data"]["title"], response.json()["data"]["source_kind"]) == ("Nurse", "txt")


def test_it_reads_a_saved_html_page(jwt_client, user):
    response = upload(jwt_client, "job.html", (FIXTURES / "jsonld_job.html").read_bytes())

    assert response.status_code == 201
    data = response.json()["data"]
    assert (data["title"], data["company"], data["source_kind"]) == (
        "Senior Python Engineer",
        "Acme Corp",
        "html",
    )


def test_it_rejects_an_image_with_415(jwt_client):
    response = upload(jwt_client, "job.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)

    assert response.status_code == 415
    assert response.json()["data"]["code"] == "unsupported_format"
    assert not Job.objects.exists()


def test_it_rejects_a_file_over_the_limit_with_413(jwt_client, settings):
    settings.UPLOAD_MAX_BYTES = 100

    response = upload(jwt_client, "job.txt", b"word " * 100)

    assert response.status_code == 413
    assert response.json()["data"]["code"] == "file_too_large"
    assert not Job.objects.exists()
