import json
import logging
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.test import APIClient

from apis.resumehistory.models import Resume, ResumeHistory
from apis.resumehistory.tests.factories import make_history
from apis.tailoring.tests.support import (
    FORMATS,
    PLACEHOLDER_MARK,
    RESUME,
    analysed,
    exported_text,
    unsupported_tokens,
)

pytestmark = pytest.mark.django_db

MANAGING = "Responsible for managing the settlement service in Python."
BILLING = "Worked on the billing API for partner banks."
EDIT = "Ran the billing API for 12 partner banks at 99.9% uptime."
CONTENT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "md": "text/markdown; charset=utf-8",
    "json": "application/json",
    "pdf": "application/pdf",
}


def url(history_id: int) -> str:
    return f"/api/v1/resume/histories/{history_id}/export/"


def tailored(client: APIClient, user) -> ResumeHistory:
    history = analysed(user=user)
    response = client.put(
        f"/api/v1/resume/histories/{history.pk}/rewrites/",
        {"rewrites": [{"sentence": MANAGING}, {"sentence": BILLING, "replacement": EDIT}]},
        format="json",
    )
    assert response.status_code == 200
    return history


@pytest.mark.parametrize("export_format", FORMATS)
def test_each_format_holds_the_accepted_rewrites_and_the_rest_unchanged(jwt_client, user, export_format):
    history = tailored(jwt_client, user)

    response = jwt_client.get(url(history.pk), {"format": export_format})

    assert response.status_code == 200
    assert response["Content-Type"] == CONTENT_TYPES[export_format]
    expected_name = f"jana-novakova-resume-{history.pk}.{export_format}"
    assert response["Content-Disposition"] == f'attachment; filename="{expected_name}"'
    assert response["Cache-Control"] == "no-store"
    text = exported_text(export_format=export_format, content=response.content)
    flat = " ".join(text.split())
    for kept in (
        "Jana Nováková",
        "Zürich, Switzerland",
        "Łódź Software House",
        "Reduced batch runtime from 4 hours to 40 minutes with PostgreSQL partitioning.",
        "Built internal tools for the support team.",
        "AWS Certified Developer",
    ):
        assert kept in flat
    assert "Managed the settlement service in Python." in flat
    assert EDIT in flat
    assert MANAGING not in flat
    assert BILLING not in flat
    assert PLACEHOLDER_MARK not in flat


@pytest.mark.parametrize("export_format", FORMATS)
def test_no_export_names_a_fact_the_resume_or_the_users_edit_lacks(jwt_client, user, export_format):
    history = tailored(jwt_client, user)

    content = jwt_client.get(url(history.pk), {"format": export_format}).content

    text = exported_text(export_format=export_format, content=content)
    assert unsupported_tokens(text=text, sources=[RESUME, EDIT], openers={"managed"}) == []
    # The check can fail: the user's figures are not in the resume itself.
    assert unsupported_tokens(text=text, sources=[RESUME], openers={"managed"}) == ["12", "99", "9", "Ran"]


def test_the_json_export_follows_the_json_resume_schema(jwt_client, user):
    history = tailored(jwt_client, user)

    document = json.loads(jwt_client.get(url(history.pk), {"format": "json"}).content)

    assert document["basics"] == {
        "name": "Jana Nováková",
        "label": "Backend Engineer",
        "email": "jana.novakova@example.com",
        "phone": "+41 44 555 01 23",
        "location": {"address": "Zürich, Switzerland"},
        "summary": "Backend engineer who builds reliable payment services.",
    }
    assert document["work"][0] == {
        "name": "Acme Payments AG",
        "position": "Senior Backend Engineer",
        "startDate": "2020",
        "highlights": [
            "Managed the settlement service in Python.",
            EDIT,
            "Reduced batch runtime from 4 hours to 40 minutes with PostgreSQL partitioning.",
        ],
    }
    assert document["work"][1]["name"] == "Łódź Software House"
    assert (document["work"][1]["startDate"], document["work"][1]["endDate"]) == ("2016", "2019")
    assert document["education"] == [
        {"institution": "ETH Zürich", "area": "MSc Computer Science", "startDate": "2014", "endDate": "2016"}
    ]
    assert document["skills"] == [
        {"name": "Languages", "keywords": ["Python", "SQL", "Go"]},
        {"name": "Tools", "keywords": ["PostgreSQL", "Docker", "Kafka"]},
    ]
    assert document["certificates"] == [
        {"name": "AWS Certified Developer", "issuer": "Amazon Web Services", "date": "2021"}
    ]
    assert document["languages"] == [
        {"language": "German", "fluency": "Fluent"},
        {"language": "English", "fluency": "Native"},
    ]


def test_without_accepted_rewrites_the_export_is_the_resume_as_written(jwt_client, user):
    history = analysed(user=user)

    text = jwt_client.get(url(history.pk), {"format": "md"}).content.decode()

    assert MANAGING in text
    assert BILLING in text
    assert PLACEHOLDER_MARK not in text


def test_markdown_escapes_what_would_read_as_markup(jwt_client, user):
    history = make_history(user=user, resume_text="Sam Lee\nSkills\n# not a heading *really* [link](x)\n")

    text = jwt_client.get(url(history.pk), {"format": "md"}).content.decode()

    assert "\\# not a heading \\*really\\* \\[link\\](x)" in text


@pytest.mark.parametrize("value", ["xml", "", "DOCX"])
def test_an_unknown_format_is_a_400_in_the_envelope(jwt_client, user, value):
    history = analysed(user=user)

    response = jwt_client.get(url(history.pk), {"format": value})

    assert response.status_code == 400
    assert response.json() == {
        "status": "failed",
        "message": "format: Choose one format: docx, md, json, pdf.",
        "data": {"code": "invalid", "errors": {"format": ["Choose one format: docx, md, json, pdf."]}},
    }


def test_a_missing_format_is_a_400(jwt_client, user):
    history = analysed(user=user)

    response = jwt_client.get(url(history.pk))

    assert response.status_code == 400
    assert response.json()["data"]["errors"] == {"format": ["Choose one format: docx, md, json, pdf."]}


def test_another_users_analysis_is_not_found(jwt_client, make_user):
    history = analysed(user=make_user(email="other@example.com"))

    response = jwt_client.get(url(history.pk), {"format": "pdf"})

    assert response.status_code == 404
    assert response.json() == {
        "status": "failed",
        "message": "Analysis not found.",
        "data": {"code": "not_found"},
    }
    assert APIClient().get(url(history.pk), {"format": "pdf"}).status_code == 401


def test_an_accepted_rewrite_that_adds_facts_never_reaches_an_export(jwt_client, user):
    # Stored around the API (e.g. by an older release): the export checks again before writing a file.
    history = analysed(user=user)
    fabricated = "Managed the settlement service at Google for 40 banks in Kubernetes."
    history.accepted_rewrites = [{"sentence": MANAGING, "replacement": fabricated, "source": "suggestion"}]
    history.save()

    response = jwt_client.get(url(history.pk), {"format": "docx"})

    assert response.status_code == 409
    assert response.json() == {
        "status": "failed",
        "message": "The export would name what the resume does not: Google, Kubernetes.",
        "data": {"code": "export_check_failed", "errors": {"facts": ["Google", "Kubernetes"]}},
    }


def test_a_stored_placeholder_never_reaches_an_export(jwt_client, user):
    history = analysed(user=user)
    history.accepted_rewrites = [
        {"sentence": MANAGING, "replacement": "Managed it, [add a real figure].", "source": "edit"}
    ]
    history.save()

    response = jwt_client.get(url(history.pk), {"format": "md"})

    assert response.status_code == 409
    assert response.json()["data"]["code"] == "export_check_failed"


def test_the_structure_is_read_at_upload_and_reused_by_the_analysis_export(jwt_client, user):
    upload = jwt_client.post(
        "/api/v1/resume/upload/",
        {"file": SimpleUploadedFile("jana.txt", RESUME.encode())},
        format="multipart",
    )
    assert upload.status_code == 200
    resume = Resume.objects.get(pk=upload.json()["meta"]["resume_id"])
    assert [s["kind"] for s in resume.structure["sections"]] == [
        "header",
        "summary",
        "experience",
        "education",
        "skills",
        "certifications",
        "languages",
    ]
    history = analysed(user=user, resume_text=resume.text, resume=resume)
    assert history.resume_structure is None

    assert jwt_client.get(url(history.pk), {"format": "md"}).status_code == 200

    history.refresh_from_db()
    assert history.resume_structure == resume.structure


def test_the_largest_resume_allowed_exports_in_every_format(jwt_client, user, settings):
    block = RESUME.split("Education")[0].split("Experience\n", 1)[1]
    text = "Jana Nováková\nExperience\n" + block * (settings.MAX_RESUME_CHARS // len(block))
    text = text[: settings.MAX_RESUME_CHARS]
    history = make_history(user=user, resume_text=text)

    for export_format in FORMATS:
        started = time.perf_counter()
        response = jwt_client.get(url(history.pk), {"format": export_format})
        elapsed = time.perf_counter() - started
        assert response.status_code == 200, export_format
        assert len(response.content) < 10 * settings.MAX_RESUME_CHARS, export_format
        assert elapsed < 10, export_format


def test_the_log_names_ids_and_sizes_never_resume_text(jwt_client, user, caplog):
    history = tailored(jwt_client, user)
    caplog.set_level(logging.INFO)

    jwt_client.get(url(history.pk), {"format": "pdf"})

    messages = [record.getMessage() for record in caplog.records if record.name.startswith("apis.")]
    assert any(
        m.startswith(f"analysis {history.pk} exported as pdf by user {user.pk} (2 rewrites, ")
        for m in messages
    )
    assert not any("Nováková" in m or "settlement" in m for m in messages)


def test_without_the_font_pdf_export_is_a_503_and_the_other_formats_still_work(
    jwt_client, user, settings, tmp_path
):
    settings.EXPORT_PDF_FONT_DIR = str(tmp_path)
    history = analysed(user=user)

    response = jwt_client.get(url(history.pk), {"format": "pdf"})

    assert response.status_code == 503
    assert response.json() == {
        "status": "failed",
        "message": "PDF export is not available on this server (no Unicode font found); choose another format.",
        "data": {"code": "pdf_unavailable"},
    }
    assert jwt_client.get(url(history.pk), {"format": "docx"}).status_code == 200
