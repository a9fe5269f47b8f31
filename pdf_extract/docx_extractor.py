"""Extract the text of a DOCX: body paragraphs and tables in reading order, plus headers and footers."""

import io
import logging
import re
import zipfile
from dataclasses import dataclass

import docx
from docx.document import Document
from docx.table import Table
from docx.text.paragraph import Paragraph

from pdf_extract.document import ExtractionLimits
from pdf_extract.errors import CorruptDocumentError, ExtractionResourceLimitError

logger = logging.getLogger(__name__)

_MAX_ZIP_ENTRIES = 2_000
_PAGES = re.compile(rb"<Pages>(\d+)</Pages>")


@dataclass
class DocxText:
    """Raw text of a DOCX plus the facts ATS checks need."""

    body: str
    header_footer: str
    table_count: int
    pages: int


def extract_docx(*, data: bytes, limits: ExtractionLimits) -> DocxText:
    """Return the text of a DOCX, or raise the ExtractionError that explains why not."""
    pages = _check_archive(data=data, limits=limits)
    try:
        document = docx.Document(io.BytesIO(data))
        body, table_count = _body_text(document=document)
        header_footer = _header_footer_text(document=document)
    except MemoryError as error:
        raise ExtractionResourceLimitError() from error
    except Exception as error:
        # python-docx raises PackageNotFoundError, KeyError, lxml and zipfile errors and more on broken
        # packages; an upload must end in a clear error, never a server error.
        logger.info("docx rejected: %s", type(error).__name__)
        raise CorruptDocumentError() from error
    return DocxText(body=body, header_footer=header_footer, table_count=table_count, pages=pages)


def _check_archive(*, data: bytes, limits: ExtractionLimits) -> int:
    """Refuse zip bombs before python-docx inflates anything; return the page count Word saved, or 1."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
            if len(entries) > _MAX_ZIP_ENTRIES:
                raise ExtractionResourceLimitError()
            # Declared sizes are checked first; zipfile also stops reading past the declared size.
            if sum(entry.file_size for entry in entries) > limits.memory_mb * 1024 * 1024 // 4:
                raise ExtractionResourceLimitError()
            if "docProps/app.xml" not in archive.namelist():
                return 1
            match = _PAGES.search(archive.read("docProps/app.xml"))
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as error:
        raise CorruptDocumentError() from error
    return max(1, int(match.group(1))) if match else 1


def _body_text(*, document: Document) -> tuple[str, int]:
    blocks: list[str] = []
    table_count = 0
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            blocks.append(_paragraph_text(paragraph=block))
        elif isinstance(block, Table):
            table_count += 1
            blocks.append(_table_text(table=block))
    return "\n".join(blocks), table_count


def _paragraph_text(*, paragraph: Paragraph) -> str:
    text = paragraph.text
    style = paragraph.style.name if paragraph.style is not None else ""
    # Word list bullets live in numbering definitions, not in the text; keep them visible as a bullet.
    if text.strip() and (style.startswith("List") or paragraph._p.pPr is not None and paragraph._p.pPr.numPr):
        return "- " + text
    return text


def _table_text(*, table: Table) -> str:
    rows = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            text = "\n".join(
                _paragraph_text(paragraph=p) if isinstance(p, Paragraph) else _table_text(table=p)
                for p in cell.iter_inner_content()
            ).strip()
            # Merged cells repeat the same cell object along the merge; keep one copy.
            if text and (not cells or cells[-1] != text):
                cells.append(text)
        if cells:
            rows.append(" | ".join(cells))
    return "\n".join(rows)


def _header_footer_text(*, document: Document) -> str:
    parts: list[str] = []
    seen: set[str] = set()
    for section in document.sections:
        for part in (section.header, section.first_page_header, section.footer, section.first_page_footer):
            if part.is_linked_to_previous:
                continue
            for block in part.iter_inner_content():
                text = _table_text(table=block) if isinstance(block, Table) else block.text
                if text.strip() and text not in seen:
                    seen.add(text)
                    parts.append(text)
    return "\n".join(parts)
