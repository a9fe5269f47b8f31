"""Write a tailored resume as PDF with fpdf2 (pure Python, no browser) in DejaVu Sans, so any Unicode text
the font covers renders ("Zürich", "Łódź", "Ελληνικά", "€").

The font comes from Debian's fonts-dejavu-core (``EXPORT_PDF_FONT_DIR``); without it PDF export answers 503
and the other formats still work.
"""

import logging
from pathlib import Path
from typing import Any

from django.conf import settings
from fpdf import FPDF
from fpdf.enums import XPos, YPos

from api_services import status_messages as msg
from api_services.custom_exceptions import ServiceUnavailable
from apis.tailoring.document import blocks

logger = logging.getLogger(__name__)

FONT_FAMILY = "DejaVuSans"
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}
# Font size and line height (points, millimetres) of each block kind.
_LAYOUT = {
    "title": ("B", 18, 9.0),
    "heading": ("B", 12, 7.0),
    "entry": ("B", 10, 5.0),
    "date": ("", 9, 4.6),
    "bullet": ("", 10, 5.0),
    "text": ("", 10, 5.0),
}
_BULLET_INDENT_MM = 5.0


def font_paths() -> dict[str, Path] | None:
    """Return the font file of each style, or None when one is missing."""
    folder = Path(settings.EXPORT_PDF_FONT_DIR)
    paths = {style: folder / name for style, name in FONT_FILES.items()}
    return paths if all(path.is_file() for path in paths.values()) else None


def render_pdf(*, tailored: dict[str, Any]) -> bytes:
    """Return the resume as an A4 PDF; raise ServiceUnavailable (503) when the font is not installed."""
    paths = font_paths()
    if paths is None:
        logger.error("PDF export unavailable: DejaVu fonts missing in %s", settings.EXPORT_PDF_FONT_DIR)
        raise ServiceUnavailable(msg.EXPORT_PDF_UNAVAILABLE, code="pdf_unavailable")
    pdf = FPDF(format="A4")
    pdf.set_creator("")
    pdf.set_author(tailored["contact"].get("name", ""))
    for style, path in paths.items():
        pdf.add_font(FONT_FAMILY, style=style, fname=str(path))
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(auto=True, margin=16)
    pdf.add_page()
    previous = ""
    for kind, text in blocks(tailored=tailored):
        style, size, height = _LAYOUT[kind]
        pdf.set_font(FONT_FAMILY, style=style, size=size)
        if kind == "heading" or (kind == "entry" and previous == "bullet"):
            pdf.ln(2.5)
        if kind == "bullet":
            pdf.set_x(pdf.l_margin)
            pdf.cell(_BULLET_INDENT_MM, height, "•")
            pdf.multi_cell(0, height, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        else:
            pdf.multi_cell(0, height, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        previous = kind
    return bytes(pdf.output())
