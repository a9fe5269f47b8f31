"""POST /api/v1/resume/upload/: good files are extracted and stored once; every bad file is refused clearly."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.test import APIClient

from api_services import status_messages as msg
from apis.resumehistory import resume_services
from apis.resumehistory.models import Resume
from apis.resumehistory.resume_services import MULTIPART_OVERHEAD_BYTES, clean_filename
from pdf_extract import (
    CorruptDocumentError,
    EmptyFileError,
    ExtractionLimits,
    ExtractionResourceLimitError,
    ExtractionTimeoutError,
    InvalidTextEncodingError,
    TooLittleTextError,
    UnsupportedFormatError,
    extract_document,
)
from pdf_extract.tests import builders

URL = "/api/v1/resume/upload/"
ENCRYPTED_MESSAGE = "password-protected PDF: remove the password and upload again"
NO_TEXT_MESSAGE = "no selectable text: export a text PDF or upload DOCX"


def resume_txt() -> bytes:
    return "\n".join(builders.RESUME_LINES).encode()


# --- helpers ------------------------------------------------------------------------------------------


def upload(client: APIClient, content: bytes, *, name: str = "resume.pdf", field: str = "file"):
    return client.post(URL, {field: SimpleUploadedFile(name, content)}, format="multipart")


def expected_success(resume: Resume) -> dict:
    return {
        "status": "success",
        "message": msg.RESUME_UPLOADED,
        "data": resume.text,
        "meta": {
            "resume_id": resume.pk,
            "filename": resume.filename,
            "format": resume.format,
            "pages": resume.pages,
            "characters": resume.characters,
            "warnings": resume.warnings,
            "ats_checks": resume.ats_checks,
            "ats_score": resume.ats_score,
        },
    }


def failure(message: str, code: str) -> dict:
    return {"status": "failed", "message": message, "data": {"code": code}}


class FailingPool:
    """Stands in for the worker pool and fails the test when it is asked to extract."""

    def __init__(self, error: Exception) -> None:
        self.error = error
        self.calls = 0

    def extract(self, *, data: bytes, filename: str | None, limits: ExtractionLimits):
        self.calls += 1
        raise self.error


# --- good files ---------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_it_extracts_a_pdf_stores_it_and_returns_text_with_meta(jwt_client, user):
    content = builders.text_pdf()

    response = upload(jwt_client, content, name="Jane Example.pdf")

    assert response.status_code == 200
    resume = Resume.objects.get(user=user)
    in_process = extract_document(content, limits=resume_services.upload_limits())
    assert response.json() == expected_success(resume)
    assert (resume.text, resume.format, resume.pages) == (in_process.text, "pdf", 1)
    assert (resume.characters, resume.ats_score) == (len(in_process.text), in_process.ats_score)
    assert resume.ats_checks == in_process.ats_checks
    assert resume.filename == "Jane Example.pdf"
    assert "Senior Engineer at Example Corp" in resume.text


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("content", "name", "file_format"),
    [
        (builders.resume_docx(), "resume.docx", "docx"),
        (resume_txt(), "resume.txt", "txt"),
        (resume_txt(), "resume.md", "txt"),
        (builders.text_pdf(), "resume.docx", "pdf"),
    ],
    ids=["docx", "txt", "markdown", "pdf-named-docx"],
)
def test_it_reads_docx_and_text_and_decides_the_type_by_content(jwt_client, user, content, name, file_format):
    response = upload(jwt_client, content, name=name)

    assert response.status_code == 200
    resume = Resume.objects.get(user=user)
    assert resume.format == file_format
    assert response.json() == expected_success(resume)
    assert "Senior Engineer at Example Corp" in response.json()["data"]


@pytest.mark.django_db
def test_it_accepts_the_resume_field_as_an_alias_for_file(jwt_client, user):
    response = upload(jwt_client, resume_txt(), name="cv.txt", field="resume")

    assert response.status_code == 200
    assert response.json() == expected_success(Resume.objects.get(user=user))


@pytest.mark.django_db
def test_it_returns_the_stored_resume_when_the_same_bytes_come_again_without_extracting(
    jwt_client, user, monkeypatch
):
    first = upload(jwt_client, builders.text_pdf(), name="first.pdf").json()
    pool = FailingPool(AssertionError("a re-upload must not be extracted again"))
    monkeypatch.setattr(resume_services, "default_pool", lambda: pool)

    again = upload(jwt_client, builders.text_pdf(), name="second-name.pdf")

    assert again.status_code == 200
    assert again.json() == first
    assert again.json()["meta"]["filename"] == "first.pdf"
    assert Resume.objects.filter(user=user).count() == 1
    assert pool.calls == 0


@pytest.mark.django_db
def test_it_stores_the_same_file_separately_for_each_user(jwt_client, user, make_user):
    other = APIClient()
    other.force_authenticate(make_user())

    mine = upload(jwt_client, resume_txt()).json()
    theirs = upload(other, resume_txt()).json()

    assert mine["meta"]["resume_id"] != theirs["meta"]["resume_id"]
    assert Resume.objects.count() == 2


@pytest.mark.django_db
def test_it_shortens_a_long_filename_and_keeps_its_extension(jwt_client, user):
    response = upload(jwt_client, resume_txt(), name="a" * 300 + ".txt")

    assert response.status_code == 200
    assert response.json()["meta"]["filename"] == "a" * 96 + ".txt"
    assert Resume.objects.get(user=user).filename == "a" * 96 + ".txt"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("resume.pdf", "resume.pdf"),
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\ada\\My CV.pdf", "My CV.pdf"),
        ("bell\x07and\x00nul\u202e.pdf", "bellandnul.pdf"),
        ("  spaced   out  .pdf ", "spaced out .pdf"),
        ("..", "resume"),
        ("", "resume"),
        (None, "resume"),
        ("x" * 150, "x" * 100),
        ("y" * 150 + ".averyveryverylongextension", ("y" * 150 + ".averyveryverylongextension")[:100]),
    ],
)
def test_it_cleans_filenames_to_a_bare_printable_name(raw, clean):
    assert clean_filename(name=raw) == clean


# --- bad files: a clear error and nothing stored --------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("content", "name", "status", "code", "message"),
    [
        (b"", "resume.pdf", 422, "empty_file", EmptyFileError.message),
        (builders.encrypted_pdf(), "resume.pdf", 422, "encrypted_document", ENCRYPTED_MESSAGE),
        (
            builders.text_pdf()[: len(builders.text_pdf()) // 2],
            "resume.pdf",
            422,
            "corrupt_document",
            CorruptDocumentError.message,
        ),
        (
            b"%PDF-1.7\n" + bytes(range(256)) * 8,
            "resume.pdf",
            422,
            "corrupt_document",
            CorruptDocumentError.message,
        ),
        (
            builders.zip_bytes({"resume.txt": resume_txt()}),
            "resume.pdf",
            415,
            "unsupported_format",
            UnsupportedFormatError.message,
        ),
        (builders.png_bytes(), "resume.pdf", 415, "unsupported_format", UnsupportedFormatError.message),
        (builders.image_only_pdf(), "scan.pdf", 422, "no_text_layer", NO_TEXT_MESSAGE),
        (
            builders.text_pdf(lines=("Jane Example", "Engineer")),
            "short.pdf",
            422,
            "no_text_layer",
            NO_TEXT_MESSAGE,
        ),
        (
            "Résumé de Jane. ".encode("latin-1") * 20,
            "cv.txt",
            422,
            "invalid_text_encoding",
            InvalidTextEncodingError.message,
        ),
        (b"Jane Example, engineer.", "cv.txt", 422, "too_little_text", TooLittleTextError.message),
        (
            builders.self_referencing_pages_pdf(),
            "loop.pdf",
            422,
            "corrupt_document",
            CorruptDocumentError.message,
        ),
        (
            builders.deeply_nested_pdf(depth=50_000),
            "deep.pdf",
            422,
            "corrupt_document",
            CorruptDocumentError.message,
        ),
        (
            builders.flate_bomb_pdf(megabytes=40),
            "bomb.pdf",
            422,
            "extraction_resource_limit",
            ExtractionResourceLimitError.message,
        ),
    ],
    ids=[
        "empty",
        "encrypted",
        "truncated",
        "corrupt",
        "zip-renamed-pdf",
        "png-renamed-pdf",
        "image-only",
        "few-words",
        "not-utf8",
        "too-little-text",
        "page-tree-loop",
        "deep-nesting",
        "decompression-bomb",
    ],
)
def test_it_refuses_a_bad_file_with_its_reason_and_stores_nothing(
    jwt_client, content, name, status, code, message
):
    response = upload(jwt_client, content, name=name)

    assert response.status_code == status
    assert response.json() == failure(message, code)
    assert not Resume.objects.exists()


@pytest.mark.django_db
def test_it_refuses_more_pages_than_the_limit(jwt_client, settings):
    settings.UPLOAD_MAX_PAGES = 2

    response = upload(jwt_client, builders.text_pdf(pages=3))

    assert response.status_code == 422
    assert response.json() == failure("too many pages: the limit is 2 pages", "too_many_pages")
    assert not Resume.objects.exists()


@pytest.mark.django_db
def test_it_refuses_more_text_than_an_analysis_accepts(jwt_client, settings):
    settings.MAX_RESUME_CHARS = 200

    response = upload(jwt_client, builders.text_pdf())

    assert response.status_code == 422
    assert response.json() == failure(msg.RESUME_TOO_MUCH_TEXT.format(limit=200), "too_much_text")
    assert not Resume.objects.exists()


@pytest.mark.django_db
def test_it_cuts_a_file_that_runs_past_the_time_limit(jwt_client, settings):
    settings.UPLOAD_TIMEOUT_S = 0.3
    # 20 MB of inflated content keeps pypdf busy for over a second: only killing the worker stops it.
    response = upload(jwt_client, builders.flate_bomb_pdf(megabytes=20))

    assert response.status_code == 422
    assert response.json() == failure(ExtractionTimeoutError.message, "extraction_timeout")
    assert not Resume.objects.exists()


@pytest.mark.django_db
def test_it_cuts_a_file_that_needs_more_memory_than_the_limit(jwt_client, settings):
    settings.UPLOAD_MEMORY_MB = 64
    settings.UPLOAD_TIMEOUT_S = 10
    # 30 MB stays under pypdf's own stream limit, so only the worker's address-space cap stops it.
    response = upload(jwt_client, builders.flate_bomb_pdf(megabytes=30))

    assert response.status_code == 422
    assert response.json() == failure(ExtractionResourceLimitError.message, "extraction_resource_limit")
    assert not Resume.objects.exists()


# --- size cap -----------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_it_refuses_a_declared_oversized_body_before_reading_it(session_client, settings):
    settings.UPLOAD_MAX_BYTES = 5 * 1024 * 1024
    declared = 5 * 1024 * 1024 + MULTIPART_OVERHEAD_BYTES + 1

    # The body is not even multipart: parsing it would fail, so a 413 proves nothing was parsed.
    response = session_client.post(
        URL, data=b"junk", content_type="multipart/form-data; boundary=xyz", CONTENT_LENGTH=str(declared)
    )

    assert response.status_code == 413
    assert response.json() == failure("file too large: the limit is 5 MB", "file_too_large")
    assert not Resume.objects.exists()


@pytest.mark.django_db
def test_it_refuses_a_real_six_megabyte_upload_with_the_default_limit(jwt_client):
    response = upload(jwt_client, b"%PDF-1.7\n" + bytes(6 * 1024 * 1024))

    assert response.status_code == 413
    assert response.json() == failure("file too large: the limit is 5 MB", "file_too_large")
    assert not Resume.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("client_fixture", ["jwt_client", "session_client"])
def test_it_counts_the_bytes_received_when_the_body_fits_the_declared_length(
    request, settings, client_fixture
):
    client = request.getfixturevalue(client_fixture)
    settings.UPLOAD_MAX_BYTES = 4096
    text = (resume_txt() + b"\n") * 20

    at_limit = upload(client, text[:4096], name="at-limit.txt")
    over_limit = upload(client, text[:4097], name="over-limit.txt")

    assert at_limit.status_code == 200
    assert over_limit.status_code == 413
    assert over_limit.json() == failure("file too large: the limit is 4 KB", "file_too_large")
    assert list(Resume.objects.values_list("filename", flat=True)) == ["at-limit.txt"]


@pytest.mark.django_db
def test_it_asks_for_a_content_length_when_the_body_has_none(jwt_client):
    response = jwt_client.post(URL, content_type="multipart/form-data; boundary=xyz")

    assert response.status_code == 411
    assert response.json() == failure(msg.RESUME_LENGTH_REQUIRED, "length_required")


@pytest.mark.django_db
@pytest.mark.parametrize("declared", ["-5", "lots"])
def test_it_answers_400_for_a_malformed_content_length(jwt_client, declared):
    response = jwt_client.post(
        URL, data=b"--xyz--", content_type="multipart/form-data; boundary=xyz", CONTENT_LENGTH=declared
    )

    assert response.status_code == 400
    assert response.json() == failure(msg.RESUME_UPLOAD_MALFORMED, "malformed_upload")


# --- request shape ------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_it_asks_for_the_file_field_when_none_is_sent(jwt_client):
    response = jwt_client.post(URL, {"name": "resume"}, format="multipart")

    assert response.status_code == 400
    assert response.json() == failure(msg.RESUME_FILE_MISSING, "file_missing")


@pytest.mark.django_db
@pytest.mark.parametrize("client_fixture", ["jwt_client", "session_client"])
def test_it_answers_400_for_a_broken_multipart_body(request, client_fixture):
    client = request.getfixturevalue(client_fixture)

    response = client.post(URL, data=b"--x\r\nbroken", content_type="multipart/form-data")

    assert response.status_code == 400
    assert response.json() == failure(msg.RESUME_UPLOAD_MALFORMED, "malformed_upload")


@pytest.mark.django_db
@pytest.mark.parametrize("client_fixture", ["jwt_client", "session_client"])
def test_it_answers_415_for_a_body_that_is_not_multipart(request, client_fixture):
    client = request.getfixturevalue(client_fixture)

    response = client.post(URL, data=builders.text_pdf(), content_type="application/pdf")

    assert response.status_code == 415
    assert response.json() == failure(msg.RESUME_NOT_MULTIPART, "unsupported_media_type")
    assert not Resume.objects.exists()


@pytest.mark.django_db
def test_it_only_accepts_post(jwt_client):
    response = jwt_client.get(URL)

    assert response.status_code == 405
    assert response.json() == failure(msg.METHOD_NOT_ALLOWED.format(method="GET"), "method_not_allowed")


# --- authentication, CSRF, throttling -------------------------------------------------------------------


@pytest.mark.django_db
def test_it_requires_authentication(api_client):
    response = upload(api_client, resume_txt())

    assert response.status_code == 401
    assert response.json()["data"] == {"code": "not_authenticated"}
    assert not Resume.objects.exists()


@pytest.mark.django_db
def test_it_accepts_a_session_upload_with_the_csrf_token(session_client, user):
    response = upload(session_client, builders.text_pdf())

    assert response.status_code == 200
    assert response.json() == expected_success(Resume.objects.get(user=user))


@pytest.mark.django_db
def test_it_refuses_a_session_upload_without_the_csrf_token(csrf_client, user):
    csrf_client.force_login(user)

    response = upload(csrf_client, builders.text_pdf())

    assert response.status_code == 403
    assert response.json() == failure(msg.CSRF_FAILED, "csrf_failed")
    assert not Resume.objects.exists()


@pytest.mark.django_db
def test_it_throttles_uploads_per_user(jwt_client, make_user, settings):
    settings.THROTTLE_RATES = {**settings.THROTTLE_RATES, "upload": "2/hour"}
    other = APIClient()
    other.force_authenticate(make_user())

    statuses = [upload(jwt_client, b"").status_code for _ in range(2)]
    throttled = upload(jwt_client, resume_txt())
    others_upload = upload(other, resume_txt())

    assert statuses == [422, 422]
    assert throttled.status_code == 429
    body = throttled.json()
    assert body == failure(msg.THROTTLED.format(seconds=3600), "throttled") | {
        "data": {"code": "throttled", "retry_after": 3600}
    }
    assert others_upload.status_code == 200
    assert Resume.objects.count() == 1
