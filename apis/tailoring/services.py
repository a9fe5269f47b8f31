"""Export one analysis' resume with the accepted rewrites applied, as DOCX, Markdown, JSON Resume or PDF."""

import logging
import re
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from api_services import status_messages as msg
from api_services.custom_exceptions import Conflict
from apis.tailoring.document import export_problems, tailored_structure
from apis.tailoring.pdf import render_pdf
from apis.tailoring.renderers import render_docx, render_json, render_markdown
from apis.tailoring.rewrites import history_structure, tailoring_history

logger = logging.getLogger(__name__)

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# format -> (renderer, content type, file extension)
FORMATS: dict[str, tuple[Callable[..., bytes], str, str]] = {
    "docx": (render_docx, DOCX_TYPE, "docx"),
    "md": (render_markdown, "text/markdown; charset=utf-8", "md"),
    "json": (render_json, "application/json", "json"),
    "pdf": (render_pdf, "application/pdf", "pdf"),
}
EXPORT_FORMATS = tuple(FORMATS)
_FILENAME_NAME_CHARS = 40


@dataclass(frozen=True, slots=True)
class ExportFile:
    """A rendered export: its bytes, content type and a download name safe in any header."""

    content: bytes
    content_type: str
    filename: str


def export_filename(*, name: str, history_id: int, extension: str) -> str:
    """Return "<name>-resume-<id>.<ext>" in lower-case ASCII letters, digits and hyphens only."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:_FILENAME_NAME_CHARS].strip("-")
    return f"{slug + '-' if slug else ''}resume-{history_id}.{extension}"


def resume_export(*, user_id: int, history_id: int, export_format: str) -> ExportFile:
    """Return the user's resume of analysis ``history_id`` with the accepted rewrites, in ``export_format``.

    Raise NotFound for an analysis that is not the user's, and a 409 ``export_check_failed`` (logged) if
    the tailored text would name anything neither the resume nor the user's edits hold.
    """
    started = time.perf_counter()
    history = tailoring_history(user_id=user_id, history_id=history_id)
    accepted: list[dict[str, Any]] = history.accepted_rewrites or []
    tailored = tailored_structure(structure=history_structure(history=history), accepted=accepted)
    problems = export_problems(resume_text=history.resume_text, tailored=tailored, accepted=accepted)
    if problems:
        logger.error("analysis %s: export refused, %d unsupported facts", history.pk, len(problems))
        raise Conflict(
            msg.EXPORT_CHECK_FAILED.format(facts=", ".join(problems)),
            code="export_check_failed",
            data={"facts": problems},
        )
    renderer, content_type, extension = FORMATS[export_format]
    content = renderer(tailored=tailored)
    logger.info(
        "analysis %s exported as %s by user %s (%d rewrites, %d bytes, %.0f ms)",
        history.pk,
        export_format,
        user_id,
        len(accepted),
        len(content),
        (time.perf_counter() - started) * 1000,
    )
    name = tailored["contact"].get("name", "")
    return ExportFile(
        content=content,
        content_type=content_type,
        filename=export_filename(name=name, history_id=history.pk, extension=extension),
    )
