"""ATS checks and score on built files and on real resumes from the eval set."""

from pdf_extract import ExtractedDocument, extract_document
from pdf_extract.ats import ats_score
from pdf_extract.tests import builders

CHECK_IDS = [
    "text_layer",
    "contact_info",
    "section_headings",
    "page_count",
    "multi_column",
    "image_only_pages",
    "docx_tables",
    "unusual_characters",
]


def results(document: ExtractedDocument) -> dict[str, str]:
    return {check["id"]: check["result"] for check in document.ats_checks}


def check(document: ExtractedDocument, check_id: str) -> dict[str, str]:
    return next(item for item in document.ats_checks if item["id"] == check_id)


def test_it_passes_every_check_of_a_clean_single_column_resume() -> None:
    document = extract_document(builders.text_pdf())

    assert [item["id"] for item in document.ats_checks] == CHECK_IDS
    assert set(results(document).values()) == {"pass"}
    assert document.ats_score == 100


def test_it_warns_about_an_image_only_page_and_says_which() -> None:
    document = extract_document(builders.text_then_image_page_pdf())

    assert check(document, "image_only_pages") == {
        "id": "image_only_pages",
        "result": "warn",
        "message": "Page 2 contains only images: ATS cannot read text inside images.",
    }
    assert document.warnings == ["page 2 has no selectable text"]
    assert document.ats_score == 98


def test_it_scores_warn_as_half_and_fail_as_nothing() -> None:
    checks = [
        {"id": "text_layer", "result": "pass", "message": ""},
        {"id": "contact_info", "result": "fail", "message": ""},
        {"id": "section_headings", "result": "warn", "message": ""},
    ]

    assert ats_score(checks=checks) == 50


def test_it_fails_contact_info_without_an_email() -> None:
    lines = tuple(line for line in builders.RESUME_LINES if "@" not in line)

    document = extract_document(builders.text_pdf(lines=lines))

    assert check(document, "contact_info") == {
        "id": "contact_info",
        "result": "fail",
        "message": "No email address found: add one so recruiters can reach you.",
    }


def test_it_finds_contact_details_and_all_headings_in_a_real_resume(
    eval_documents: dict[str, ExtractedDocument],
) -> None:
    document = eval_documents["resumematcher-tpl-single-column.pdf"]

    assert results(document) == dict.fromkeys(CHECK_IDS, "pass")
    assert document.ats_score == 100


def test_it_warns_about_real_two_column_layouts(eval_documents: dict[str, ExtractedDocument]) -> None:
    two_column = ["reactiveresume-pikachu.pdf", "altacv-sample.pdf", "resumematcher-tpl-two-column.pdf"]
    single_column = ["resumematcher-tpl-single-column.pdf", "sb2nov-resume.pdf", "rendercv-classic.pdf"]

    assert [results(eval_documents[name])["multi_column"] for name in two_column] == ["warn"] * 3
    assert [results(eval_documents[name])["multi_column"] for name in single_column] == ["pass"] * 3


def test_it_warns_about_more_than_two_pages(eval_documents: dict[str, ExtractedDocument]) -> None:
    document = eval_documents["awesomecv-cv.pdf"]

    assert check(document, "page_count") == {
        "id": "page_count",
        "result": "warn",
        "message": "Your resume has 5 pages: recruiters prefer one or two.",
    }


def test_it_names_the_missing_standard_heading(eval_documents: dict[str, ExtractedDocument]) -> None:
    document = eval_documents["awesomecv-resume.pdf"]

    assert check(document, "section_headings")["result"] == "warn"
    assert check(document, "section_headings")["message"].startswith("No standard heading found for: skills.")


def test_it_warns_about_icon_fonts_ats_garble(eval_documents: dict[str, ExtractedDocument]) -> None:
    document = eval_documents["altacv-sample.pdf"]

    assert check(document, "unusual_characters")["result"] == "warn"


def test_it_warns_when_a_real_resume_has_no_phone_number(
    eval_documents: dict[str, ExtractedDocument],
) -> None:
    document = eval_documents["rendercv-classic.pdf"]

    assert check(document, "contact_info") == {
        "id": "contact_info",
        "result": "warn",
        "message": "No phone number found: add one next to your email address.",
    }
