"""Extract a PDF text layer with pypdf under tightened limits, plus the layout facts ATS checks need."""

import io
import logging
import math
import time
from dataclasses import dataclass, field
from typing import Any

import pypdf
from pypdf import PasswordType
from pypdf.errors import DependencyError, FileNotDecryptedError, LimitReachedError, PyPdfError
from pypdf.generic import ArrayObject, DictionaryObject, FloatObject

from pdf_extract.document import ExtractionLimits
from pdf_extract.errors import (
    CorruptDocumentError,
    EncryptedDocumentError,
    ExtractionError,
    ExtractionResourceLimitError,
    ExtractionTimeoutError,
    TooManyPagesError,
)
from pdf_extract.pypdf_extractor.glyphs import GlyphNameFixer, repair_unmapped_ligatures
from pdf_extract.pypdf_extractor.layout import Line, PageLayout

logger = logging.getLogger(__name__)

# A TJ offset (thousandths of an em) this far left is a word gap; kerning stays well under it. TeX fonts
# without a space glyph make pypdf guess half a wide default glyph, which misses justified word gaps.
_WORD_GAP = 140.0
# Added to and then taken off a word gap so pypdf sees a gap it cannot miss while the pen ends where it did.
_GAP_BOOST = 100_000.0
_PAGE_SEPARATOR = "\n\n"
# Largest decoded stream: resume content streams are well under 1 MB; fonts and images a few MB.
_MAX_STREAM_BYTES = 32 * 1024 * 1024
# Real resume pages draw up to ~3,000 text runs with ~25,000 operators; pypdf's text extraction slows
# down quadratically with the runs on one page, so a page far beyond that is refused, not ground through.
_MAX_TEXT_RUNS_PER_PAGE = 10_000
_MAX_OPERATORS_PER_PAGE = 250_000
_NO_HYPHENATION_PRODUCERS = (
    "skia",
    "chromium",
    "chrome",
    "pdf-lib",
    "webkit",
    "wkhtmltopdf",
    "microsoft",
    "word",
    "libreoffice",
    "openoffice",
    "google docs",
    "quartz",
)
_TEXT_SHOW_OPERATORS = frozenset({b"Tj", b"TJ", b"'", b'"'})
# Check the clock every this many operators: cheap, and fine-grained enough to stop inside a page.
_CLOCK_EVERY = 256


@dataclass
class PdfText:
    """Raw (uncleaned) text of a PDF and the per-page layout facts."""

    text: str
    pages: list[PageLayout] = field(default_factory=list)
    auto_hyphenated: bool = True


def pypdf_configuration(*, limits: ExtractionLimits) -> pypdf.Configuration:
    """Return pypdf limits sized for resumes: far above any real one, far below what hurts a server."""
    stream_bytes = _MAX_STREAM_BYTES
    return pypdf.Configuration().with_overwrites(
        maximum_declared_stream_length=limits.max_bytes * 2,
        array_based_stream_maximum_output_length=stream_bytes,
        array_maximum_element_count=50_000,
        dictionary_maximum_element_count=10_000,
        jbig2_maximum_output_length=stream_bytes,
        lzw_maximum_output_length=stream_bytes,
        run_length_maximum_output_length=stream_bytes,
        zlib_maximum_output_length=stream_bytes,
        zlib_maximum_recovery_input_length=limits.max_bytes,
        brotli_maximum_output_length=stream_bytes,
        image_maximum_buffer_size=stream_bytes,
        stream_filters_maximum_length=4,
        stream_decoding_work_maximum_length=stream_bytes * 2,
        stream_parsing_work_maximum_count=1_000_000,
        xmp_maximum_input_length=1024 * 1024,
        xmp_maximum_element_count=10_000,
        outline_maximum_entries=2_000,
        outline_maximum_depth=20,
        page_tree_maximum_entries=limits.max_pages * 50,
        page_tree_maximum_depth=20,
        page_tree_maximum_page_entries=limits.max_pages * 2_000,
        form_fields_maximum_entries=2_000,
        form_fields_maximum_depth=20,
        named_destinations_maximum_entries=2_000,
        named_destinations_maximum_depth=20,
        xform_maximum_invocations_per_extraction=500,
        xfa_decoding_work_maximum_length=stream_bytes,
        jbig2dec_binary=None,
    )


def extract_pdf(*, data: bytes, limits: ExtractionLimits, deadline: float) -> PdfText:
    """Return the raw text and layout of a PDF, or raise the ExtractionError that explains why not."""
    try:
        with pypdf.apply_configuration(pypdf_configuration(limits=limits)):
            return _extract(data=data, limits=limits, deadline=deadline)
    except LimitReachedError as error:
        logger.info("pdf hit a pypdf limit: %s", type(error).__name__)
        raise ExtractionResourceLimitError() from error
    except MemoryError as error:
        raise ExtractionResourceLimitError() from error
    except (FileNotDecryptedError, DependencyError) as error:
        raise EncryptedDocumentError() from error
    except RecursionError as error:
        raise CorruptDocumentError() from error
    except PyPdfError as error:
        logger.info("pdf rejected by pypdf: %s", type(error).__name__)
        raise CorruptDocumentError() from error
    except ExtractionError:
        raise
    except Exception as error:
        # pypdf documents that broken files may raise more than PyPdfError (ValueError, KeyError, zlib.error,
        # struct.error ...); an upload must end in a clear error, never a server error.
        logger.info("pdf broke the parser: %s", type(error).__name__)
        raise CorruptDocumentError() from error


def _extract(*, data: bytes, limits: ExtractionLimits, deadline: float) -> PdfText:
    reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted and not _opens_without_password(reader=reader):
        raise EncryptedDocumentError()
    page_count = len(reader.pages)
    if page_count > limits.max_pages:
        raise TooManyPagesError(f"too many pages: the limit is {limits.max_pages} pages")
    if page_count == 0:
        raise CorruptDocumentError()
    fixer = GlyphNameFixer()
    layouts = []
    for page in reader.pages:
        if time.monotonic() > deadline:
            raise ExtractionTimeoutError()
        layouts.append(_extract_page(page=page, fixer=fixer, deadline=deadline))
    text = repair_unmapped_ligatures(text=_PAGE_SEPARATOR.join(layout.text for layout in layouts))
    return PdfText(text=text, pages=layouts, auto_hyphenated=_typesetter_hyphenates(reader=reader))


def _opens_without_password(*, reader: pypdf.PdfReader) -> bool:
    """Return True if the empty user password opens the file (only print/copy restrictions are set)."""
    try:
        return reader.decrypt("") != PasswordType.NOT_DECRYPTED
    except (NotImplementedError, PyPdfError, DependencyError):
        # Unknown security handlers and missing crypto back ends leave the file locked for us.
        return False


def _extract_page(*, page: pypdf.PageObject, fixer: GlyphNameFixer, deadline: float) -> PageLayout:
    box = page.mediabox
    layout = PageLayout(
        left=float(box.left),
        bottom=float(box.bottom),
        width=float(box.width) or 1.0,
        height=float(box.height) or 1.0,
        image_count=_count_images(page=page),
    )
    pieces: list[str] = []
    at_line_start = [True]
    counts = {"operators": 0, "runs": 0}

    def visit_operand(operator: bytes, operands: list[Any], cm: Any, tm: Any) -> None:
        counts["operators"] += 1
        if operator in _TEXT_SHOW_OPERATORS:
            counts["runs"] += 1
        if counts["runs"] > _MAX_TEXT_RUNS_PER_PAGE or counts["operators"] > _MAX_OPERATORS_PER_PAGE:
            raise ExtractionResourceLimitError()
        if counts["operators"] % _CLOCK_EVERY == 0 and time.monotonic() > deadline:
            raise ExtractionTimeoutError()
        if operator == b"TJ" and operands and isinstance(operands[0], ArrayObject):
            operands[0] = _boost_word_gaps(operands[0])

    def visit_text(text: str, cm: list[float], tm: list[float], font: Any, font_size: float) -> None:
        if not text:
            return
        text = fixer.fix(text=text, font=font)
        pieces.append(text)
        if at_line_start[0] and text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            # The drawn font size is the nominal size scaled by the vertical axis of text matrix x CTM.
            scale = math.hypot(tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3])
            layout.lines.append(Line(x=x, y=y, size=abs(font_size) * scale, text=text.strip()))
            at_line_start[0] = False
        elif layout.lines and text.strip():
            layout.lines[-1].text += text.rstrip("\n")
        if text.endswith("\n"):
            at_line_start[0] = True

    page.extract_text(visitor_operand_before=visit_operand, visitor_text=visit_text)
    layout.text = "".join(pieces)
    return layout


def _typesetter_hyphenates(*, reader: pypdf.PdfReader) -> bool:
    """Return False for producers that break lines only at real hyphens (browsers, office suites)."""
    metadata = reader.metadata or {}
    producer = f"{metadata.get('/Creator', '')} {metadata.get('/Producer', '')}".lower()
    return not any(marker in producer for marker in _NO_HYPHENATION_PRODUCERS)


def _boost_word_gaps(array: ArrayObject) -> ArrayObject:
    boosted = ArrayObject()
    for item in array:
        if isinstance(item, (int, float)) and not isinstance(item, bool) and -_GAP_BOOST < item <= -_WORD_GAP:
            boosted.append(FloatObject(item - _GAP_BOOST))
            boosted.append(FloatObject(_GAP_BOOST))
        else:
            boosted.append(item)
    return boosted


def _count_images(*, page: pypdf.PageObject) -> int:
    resources = page.get("/Resources")
    resources = resources.get_object() if resources is not None else None
    if not isinstance(resources, DictionaryObject):
        return 0
    xobjects = resources.get("/XObject")
    xobjects = xobjects.get_object() if xobjects is not None else None
    if not isinstance(xobjects, DictionaryObject):
        return 0
    count = 0
    for reference in xobjects.values():
        xobject = reference.get_object()
        if isinstance(xobject, DictionaryObject) and xobject.get("/Subtype") == "/Image":
            count += 1
    return count
