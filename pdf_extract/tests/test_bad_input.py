"""Every bad input of issue 3 gets its own stable code and user-facing message; nothing hangs."""

import pytest

from pdf_extract import ExtractionError, ExtractionLimits, extract_document
from pdf_extract.tests import builders

CORRUPT = "the file is damaged or incomplete: export it again and upload the new file"
NO_TEXT = "no selectable text: export a text PDF or upload DOCX"
UNSUPPORTED = "unsupported file type: upload a PDF, DOCX or TXT resume"
RESOURCE = "the file needs too much memory to read: export a simpler PDF or upload DOCX"


def extraction_error(data: bytes, *, filename: str = "resume.pdf", **limits: float) -> ExtractionError:
    with pytest.raises(ExtractionError) as caught:
        extract_document(data, filename=filename, limits=ExtractionLimits(**limits))
    return caught.value


def assert_error(error: ExtractionError, code: str, message: str) -> None:
    assert (error.code, error.message, str(error)) == (code, message, message)


def test_it_reads_the_valid_builder_pdf_so_the_hostile_variants_below_are_meaningful() -> None:
    document = extract_document(builders.text_pdf(), filename="resume.pdf")

    assert (document.format, document.pages) == ("pdf", 1)
    assert document.text.splitlines()[:3] == [
        "Jane Example",
        "jane.example@mail.test | +1 555 010 2030",
        "Experience",
    ]


def test_it_rejects_an_empty_file() -> None:
    assert_error(extraction_error(b""), "empty_file", "the file is empty")


def test_it_rejects_a_file_over_the_size_cap_before_parsing_it() -> None:
    too_large = b"%PDF-1.7\n" + b" " * (5 * 1024 * 1024)

    assert_error(extraction_error(too_large), "file_too_large", "file too large: the limit is 5 MB")


def test_it_reports_the_configured_size_cap() -> None:
    error = extraction_error(builders.text_pdf(), max_bytes=512)

    assert_error(error, "file_too_large", "file too large: the limit is 0.000488281 MB")


def test_it_rejects_an_encrypted_pdf_without_a_usable_password() -> None:
    error = extraction_error(builders.encrypted_pdf())

    assert_error(error, "encrypted_document", "password-protected PDF: remove the password and upload again")


def test_it_reads_a_pdf_encrypted_only_with_an_owner_password() -> None:
    document = extract_document(builders.owner_only_encrypted_pdf())

    assert document.text == extract_document(builders.text_pdf()).text


def test_it_rejects_a_truncated_pdf() -> None:
    data = builders.text_pdf()

    assert_error(extraction_error(data[: len(data) // 3]), "corrupt_document", CORRUPT)


def test_it_rejects_a_pdf_header_followed_by_garbage() -> None:
    assert_error(extraction_error(b"%PDF-1.7\n" + bytes(range(256)) * 8), "corrupt_document", CORRUPT)


def test_it_rejects_a_zip_renamed_to_pdf() -> None:
    data = builders.zip_bytes({"notes.txt": b"not a resume"})

    assert_error(extraction_error(data), "unsupported_format", UNSUPPORTED)


def test_it_rejects_a_png_renamed_to_pdf() -> None:
    assert_error(extraction_error(builders.png_bytes()), "unsupported_format", UNSUPPORTED)


def test_it_decides_the_type_by_content_not_by_the_file_name() -> None:
    document = extract_document(builders.text_pdf(), filename="resume.docx")

    assert document.format == "pdf"


def test_it_rejects_an_image_only_scanned_pdf() -> None:
    assert_error(extraction_error(builders.image_only_pdf()), "no_text_layer", NO_TEXT)


def test_it_rejects_a_pdf_with_fewer_words_than_the_minimum() -> None:
    data = builders.text_pdf(
        lines=("Jane Example", "Engineer with twelve words of text on this otherwise empty page.")
    )

    assert_error(extraction_error(data), "no_text_layer", NO_TEXT)


def test_it_rejects_more_pages_than_the_cap() -> None:
    error = extraction_error(builders.text_pdf(pages=21))

    assert_error(error, "too_many_pages", "too many pages: the limit is 20 pages")


def test_it_accepts_exactly_the_page_cap() -> None:
    assert extract_document(builders.text_pdf(pages=3), limits=ExtractionLimits(max_pages=3)).pages == 3


def test_it_stops_a_flate_decompression_bomb_at_the_stream_limit() -> None:
    error = extraction_error(builders.flate_bomb_pdf(megabytes=40))

    assert_error(error, "extraction_resource_limit", RESOURCE)


def test_it_rejects_a_page_tree_that_contains_itself() -> None:
    assert_error(extraction_error(builders.self_referencing_pages_pdf()), "corrupt_document", CORRUPT)


def test_it_rejects_deeply_nested_objects_without_a_recursion_crash() -> None:
    assert_error(extraction_error(builders.deeply_nested_pdf(depth=50_000)), "corrupt_document", CORRUPT)


def test_it_refuses_a_page_with_far_more_text_runs_than_any_resume() -> None:
    # The run limit, not the clock, must stop it: a generous deadline so a busy machine cannot answer first.
    error = extraction_error(builders.slow_pdf(pages=1, operations=12_000), timeout_s=60.0)

    assert_error(error, "extraction_resource_limit", RESOURCE)


def test_it_stops_in_process_extraction_at_the_deadline_between_operators() -> None:
    error = extraction_error(builders.slow_pdf(pages=20, operations=9_000), timeout_s=0.2)

    message = "the file took too long to read: export a simpler PDF or upload DOCX"
    assert_error(error, "extraction_timeout", message)
