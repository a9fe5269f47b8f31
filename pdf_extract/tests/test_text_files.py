"""Plain text and Markdown uploads: UTF-8 with or without BOM, anything else is a clear error."""

import pytest

from pdf_extract import ExtractionError, extract_document
from pdf_extract.tests.builders import RESUME_LINES

RESUME = "\n".join(RESUME_LINES) + "\nCafé owner’s naïve résumé — ﬁne.\n"
ENCODING_MESSAGE = "the text file is not UTF-8: save it as UTF-8 and upload again"


def error_for(data: bytes) -> ExtractionError:
    with pytest.raises(ExtractionError) as caught:
        extract_document(data, filename="resume.txt")
    return caught.value


def test_it_reads_utf8_text() -> None:
    document = extract_document(RESUME.encode("utf-8"), filename="resume.txt")

    assert (document.format, document.pages) == ("txt", 1)
    assert document.text.splitlines()[0] == "Jane Example"
    assert document.text.endswith("Café owner’s naïve résumé — fine.")


def test_it_reads_utf8_with_a_byte_order_mark_without_keeping_it() -> None:
    document = extract_document(b"\xef\xbb\xbf" + RESUME.encode("utf-8"))

    assert document.text == extract_document(RESUME.encode("utf-8")).text


def test_it_reads_markdown_as_text() -> None:
    markdown = "# Jane Example\n\n## Experience\n\n* " + "\n* ".join(RESUME_LINES[3:]) + "\n"

    document = extract_document(markdown.encode(), filename="resume.md")

    assert document.format == "txt"
    assert "- Senior Engineer at Example Corp" in document.text


def test_it_rejects_latin1_text_with_a_clear_message() -> None:
    error = error_for(RESUME.replace("’", "'").replace("—", "-").replace("ﬁ", "fi").encode("latin-1"))

    assert (error.code, error.message) == ("invalid_text_encoding", ENCODING_MESSAGE)


def test_it_rejects_utf16_text_with_a_clear_message() -> None:
    error = error_for(RESUME.encode("utf-16"))

    assert (error.code, error.message) == ("invalid_text_encoding", ENCODING_MESSAGE)


def test_it_rejects_binary_data_that_is_not_text() -> None:
    error = error_for(bytes(range(256)) * 4)

    assert (error.code, error.message) == (
        "unsupported_format",
        "unsupported file type: upload a PDF, DOCX or TXT resume",
    )


def test_it_treats_a_whitespace_only_file_as_empty() -> None:
    error = error_for(b" \n\t\r\n ")

    assert (error.code, error.message) == ("empty_file", "the file is empty")
