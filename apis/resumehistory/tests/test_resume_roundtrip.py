"""Real resume PDFs from ../shared/eval go through upload -> list -> detail -> delete, over session and JWT."""

import asyncio
import threading
from dataclasses import replace

import pytest
from asgiref.sync import sync_to_async
from channels.testing import HttpCommunicator
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connections
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from rest_framework_simplejwt.tokens import RefreshToken

from api_services import status_messages as msg
from apis.resumehistory import resume_services
from apis.resumehistory.models import Resume
from pdf_extract import ExtractedDocument, ExtractionLimits, extract_document
from resumeai_proj.asgi import application

UPLOAD_URL = "/api/v1/resume/upload/"
LIST_URL = "/api/v1/resume/"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "name", ["awesomecv-resume.pdf", "rendercv-classic.pdf", "resumematcher-tpl-two-column.pdf"]
)
def test_a_real_resume_goes_through_upload_list_detail_and_delete(
    eval_dir, session_client, jwt_client, user, name
):
    content = (eval_dir / "resume-pdfs" / name).read_bytes()
    # The expected text is read without the upload's deadline: a busy test machine must not fail the reference.
    expected = extract_document(content, limits=replace(resume_services.upload_limits(), timeout_s=60.0))

    uploaded = session_client.post(
        UPLOAD_URL, {"file": SimpleUploadedFile(name, content)}, format="multipart"
    )

    assert uploaded.status_code == 200
    body = uploaded.json()
    resume_id = body["meta"]["resume_id"]
    assert body == {
        "status": "success",
        "message": msg.RESUME_UPLOADED,
        "data": expected.text,
        "meta": {
            "resume_id": resume_id,
            "filename": name,
            "format": "pdf",
            "pages": expected.pages,
            "characters": len(expected.text),
            "warnings": expected.warnings,
            "ats_checks": expected.ats_checks,
            "ats_score": expected.ats_score,
        },
    }
    assert expected.pages >= 1 and len(expected.text.split()) > 100

    listed = jwt_client.get(LIST_URL).json()["data"]
    assert [(item["id"], item["filename"], item["pages"]) for item in listed["data"]] == [
        (resume_id, name, expected.pages)
    ]

    detail = jwt_client.get(f"{LIST_URL}{resume_id}/").json()["data"]
    assert (detail["text"], detail["ats_checks"]) == (expected.text, expected.ats_checks)

    assert session_client.delete(f"{LIST_URL}{resume_id}/").status_code == 200
    assert jwt_client.get(f"{LIST_URL}{resume_id}/").status_code == 404
    assert jwt_client.get(LIST_URL).json()["data"]["total_items"] == 0


class GatedPool:
    """Holds an extraction until the test releases it, like a slow file in a real worker."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.release = threading.Event()

    def extract(self, *, data: bytes, filename: str | None, limits: ExtractionLimits) -> ExtractedDocument:
        self.started.set()
        if not self.release.wait(timeout=10):
            raise AssertionError("the test never released the extraction")
        text = "Jane Example, engineer. " * 20
        return ExtractedDocument(text=text, format="txt", pages=1, characters=len(text))


@pytest.mark.django_db(transaction=True)
async def test_the_server_keeps_serving_others_while_an_upload_is_being_extracted(make_user, monkeypatch):
    # Request threads must not keep PostgreSQL connections past the test, or the test database cannot be dropped.
    monkeypatch.setitem(connections.settings["default"], "CONN_MAX_AGE", 0)
    user = await sync_to_async(make_user)()
    refresh = await sync_to_async(RefreshToken.for_user)(user)
    pool = GatedPool()
    monkeypatch.setattr(resume_services, "default_pool", lambda: pool)
    body = encode_multipart(BOUNDARY, {"file": SimpleUploadedFile("cv.txt", b"any bytes")})
    headers = [
        (b"host", b"testserver"),
        (b"authorization", f"Bearer {refresh.access_token}".encode()),
        (b"content-type", MULTIPART_CONTENT.encode()),
        (b"content-length", str(len(body)).encode()),
    ]
    uploading = HttpCommunicator(application, "POST", UPLOAD_URL, body=body, headers=headers)
    upload = asyncio.ensure_future(uploading.get_response(timeout=15))
    assert await asyncio.to_thread(pool.started.wait, 10)

    # The real ASGI app (as daphne runs it) answers another request while the upload waits on its worker.
    asking = HttpCommunicator(application, "GET", "/api/v1/auth/csrf/", headers=[(b"host", b"testserver")])
    other = await asking.get_response(timeout=5)

    assert other["status"] == 200
    assert not upload.done()
    pool.release.set()
    response = await upload
    assert response["status"] == 200
    assert await sync_to_async(Resume.objects.filter(user=user).count)() == 1
    for communicator in (uploading, asking):
        await communicator.wait(timeout=5)
    await sync_to_async(connections.close_all)()
