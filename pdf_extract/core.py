"""In-process extraction: sniff the type, extract, clean, check limits and compute ATS facts."""

import logging
import time

from pdf_extract.ats import AtsFacts, ats_checks, ats_score
from pdf_extract.cleanup import clean_text, count_words
from pdf_extract.document import ExtractedDocument, ExtractionLimits
from pdf_extract.docx_extractor import extract_docx
from pdf_extract.errors import (
    EmptyFileError,
    ExtractionResourceLimitError,
    FileTooLargeError,
    NoTextLayerError,
    TooLittleTextError,
    TooManyPagesError,
)
from pdf_extract.pypdf_extractor.extractor import extract_pdf
from pdf_extract.pypdf_extractor.layout import header_footer_text, is_multi_column
from pdf_extract.sniff import sniff_format
from pdf_extract.text_extractor import extract_text_file

logger = logging.getLogger(__name__)

# A page with fewer characters than this and at least one image is a scan.
_IMAGE_PAGE_MAX_CHARS = 20


def check_size(*, data: bytes, limits: ExtractionLimits) -> None:
    """Raise EmptyFileError or FileTooLargeError before any parsing."""
    if not data:
        raise EmptyFileError()
    if len(data) > limits.max_bytes:
        raise FileTooLargeError(f"file too large: the limit is {_megabytes(limits.max_bytes)} MB")


def extract_document(
    data: bytes, *, filename: str | None = None, limits: ExtractionLimits = ExtractionLimits()
) -> ExtractedDocument:
    """Return the cleaned text and facts of a PDF, DOCX or TXT, typed by content, in this process.

    The filename is informational only. Raise an ExtractionError subclass for every unusable input.
    """
    check_size(data=data, limits=limits)
    started = time.monotonic()
    file_format = sniff_format(data=data)
    try:
        if file_format == "pdf":
            document = _from_pdf(data=data, limits=limits, deadline=started + limits.timeout_s)
        elif file_format == "docx":
            document = _from_docx(data=data, limits=limits)
        else:
            document = _from_txt(data=data, limits=limits)
    except RecursionError as error:
        raise ExtractionResourceLimitError() from error
    logger.info(
        "extracted %s: %d pages, %d characters in %.0f ms",
        file_format,
        document.pages,
        document.characters,
        (time.monotonic() - started) * 1000,
    )
    return document


def _from_pdf(*, data: bytes, limits: ExtractionLimits, deadline: float) -> ExtractedDocument:
    pdf = extract_pdf(data=data, limits=limits, deadline=deadline)
    text = clean_text(text=pdf.text, soft_hyphens_visible=True, auto_hyphenated=pdf.auto_hyphenated)
    if count_words(text=text) < limits.min_words:
        raise NoTextLayerError()
    image_pages = [
        number
        for number, page in enumerate(pdf.pages, start=1)
        if page.image_count and len(page.text.strip()) < _IMAGE_PAGE_MAX_CHARS
    ]
    warnings = [f"page {number} has no selectable text" for number in image_pages]
    facts = AtsFacts(
        format="pdf",
        pages=len(pdf.pages),
        raw_text=pdf.text,
        header_footer_text="\n".join(sorted(header_footer_text(pages=pdf.pages))),
        multi_column=is_multi_column(pages=pdf.pages),
        image_only_pages=image_pages,
    )
    return _document(text=text, facts=facts, warnings=warnings)


def _from_docx(*, data: bytes, limits: ExtractionLimits) -> ExtractedDocument:
    docx = extract_docx(data=data, limits=limits)
    if docx.pages > limits.max_pages:
        raise TooManyPagesError(f"too many pages: the limit is {limits.max_pages} pages")
    body = clean_text(text=docx.body, soft_hyphens_visible=False)
    header_footer = clean_text(text=docx.header_footer, soft_hyphens_visible=False)
    # Headers and footers carry real content (often the contact details), so they stay in the text.
    text = "\n\n".join(part for part in (header_footer, body) if part)
    _require_words(text=text, limits=limits)
    facts = AtsFacts(
        format="docx",
        pages=docx.pages,
        raw_text=docx.header_footer + "\n" + docx.body,
        header_footer_text=header_footer,
        table_count=docx.table_count,
    )
    return _document(text=text, facts=facts, warnings=[])


def _from_txt(*, data: bytes, limits: ExtractionLimits) -> ExtractedDocument:
    raw = extract_text_file(data=data)
    text = clean_text(text=raw, soft_hyphens_visible=False)
    if not text:
        raise EmptyFileError()
    _require_words(text=text, limits=limits)
    return _document(text=text, facts=AtsFacts(format="txt", pages=1, raw_text=raw), warnings=[])


def _require_words(*, text: str, limits: ExtractionLimits) -> None:
    if not text.strip():
        raise EmptyFileError()
    if count_words(text=text) < limits.min_words:
        raise TooLittleTextError()


def _document(*, text: str, facts: AtsFacts, warnings: list[str]) -> ExtractedDocument:
    checks = ats_checks(text=text, facts=facts)
    return ExtractedDocument(
        text=text,
        format=facts.format,
        pages=facts.pages,
        characters=len(text),
        warnings=warnings,
        ats_checks=checks,
        ats_score=ats_score(checks=checks),
    )


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):g}"
