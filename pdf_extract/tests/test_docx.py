"""DOCX uploads: body paragraphs and tables in reading order, headers and footers, bullets, zip bombs."""

import io

import docx
import pytest

from pdf_extract import ExtractionError, ExtractionLimits, extract_document
from pdf_extract.tests import builders


def test_it_extracts_paragraphs_tables_headers_and_footers_in_order() -> None:
    document = extract_document(builders.resume_docx(contact_in_header=True), filename="resume.docx")

    assert document.text == (
        "jane.example@mail.test | +1 555 010 2030\n"
        "Jane Example - Resume\n\n"
        "Jane Example\n"
        "Experience\n"
        "Senior Engineer at Example Corp, 2019 to 2024.\n"
        "- Built payment services in Python and Go for the finance team.\n"
        "- Cut cloud costs by a third with better autoscaling.\n"
        "Education\n"
        "BSc Computer Science, Example University, 2015 to 2019.\n"
        "Skills\n"
        "Languages | Python, Go, SQL\n"
        "Platforms | Kubernetes, Terraform, PostgreSQL"
    )
    assert (document.format, document.pages, document.characters) == ("docx", 1, len(document.text))


def test_it_warns_about_tables_in_a_docx() -> None:
    checks = {check["id"]: check for check in extract_document(builders.resume_docx()).ats_checks}

    assert checks["docx_tables"] == {
        "id": "docx_tables",
        "result": "warn",
        "message": "Your document uses 1 table(s): some ATS read tables out of order or skip them.",
    }


def test_it_passes_the_table_check_for_a_docx_without_tables() -> None:
    checks = {
        check["id"]: check["result"]
        for check in extract_document(builders.resume_docx(with_table=False)).ats_checks
    }

    assert checks["docx_tables"] == "pass"


def test_it_warns_when_contact_details_are_only_in_the_docx_header() -> None:
    checks = {
        check["id"]: check
        for check in extract_document(builders.resume_docx(contact_in_header=True)).ats_checks
    }

    assert checks["contact_info"]["result"] == "warn"
    assert checks["contact_info"]["message"].startswith(
        "Your contact details are only in the page header or footer"
    )


def test_it_rejects_a_docx_with_too_little_text() -> None:
    document = docx.Document()
    document.add_paragraph("Jane Example, engineer.")
    out = io.BytesIO()
    document.save(out)

    with pytest.raises(ExtractionError) as caught:
        extract_document(out.getvalue())

    assert (caught.value.code, caught.value.message) == (
        "too_little_text",
        "too little text: a resume needs at least a few sentences",
    )


def test_it_rejects_a_zip_bomb_disguised_as_docx_before_inflating_it() -> None:
    bomb = builders.zip_bytes(
        {
            "[Content_Types].xml": b"<Types/>",
            "word/document.xml": b"<w:document/>",
            "word/padding.bin": b"\0" * (80 * 1024 * 1024),
        }
    )

    with pytest.raises(ExtractionError) as caught:
        extract_document(bomb, limits=ExtractionLimits(memory_mb=256))

    assert caught.value.code == "extraction_resource_limit"
    assert len(bomb) < 200 * 1024


def test_it_rejects_a_truncated_docx_as_corrupt() -> None:
    data = builders.resume_docx()

    with pytest.raises(ExtractionError) as caught:
        extract_document(data[: len(data) // 2])

    assert caught.value.code == "corrupt_document"
