"""Write a tailored resume as Markdown, DOCX (python-docx), JSON Resume or PDF: bytes in memory.

Each renderer writes the blocks of ``document.blocks`` and nothing else: no heading, label or date of its
own, so a file holds only the resume's words and the accepted rewrites.
"""

import io
import json
import re
from typing import Any

from docx import Document
from docx.shared import Pt

from apis.tailoring.document import blocks
from apis.tailoring.jsonresume import json_resume

# Characters Markdown would read as markup, escaped so a line renders as the text it is.
_MARKDOWN_SPECIAL_RE = re.compile(r"([\\`*_{}\[\]<>#|~])")
_MARKDOWN_LINE_START_RE = re.compile(r"^(\s*)([-+=]|\d+[.)])(\s)")


def _markdown_escape(text: str) -> str:
    escaped = _MARKDOWN_SPECIAL_RE.sub(r"\\\1", text)
    return _MARKDOWN_LINE_START_RE.sub(lambda m: f"{m.group(1)}\\{m.group(2)}{m.group(3)}", escaped)


def render_markdown(*, tailored: dict[str, Any]) -> bytes:
    """Return the resume as Markdown (UTF-8)."""
    out: list[str] = []
    previous = ""
    for kind, text in blocks(tailored=tailored):
        line = _markdown_escape(text)
        if kind == "title":
            out.append(f"# {line}\n")
        elif kind == "heading":
            out.append(f"\n## {line}\n")
        elif kind == "bullet":
            out.append(f"- {line}")
        elif kind == "entry":
            out.append(("\n" if previous == "bullet" else "") + f"**{line}**  ")
        elif kind == "date":
            out.append(f"*{line}*  ")
        else:
            out.append(f"{line}  ")
        previous = kind
    return ("\n".join(out).strip() + "\n").encode("utf-8")


def render_docx(*, tailored: dict[str, Any]) -> bytes:
    """Return the resume as a Word document."""
    document = Document()
    properties = document.core_properties
    properties.author = tailored["contact"].get("name", "")
    properties.title = tailored["contact"].get("name", "")
    properties.comments = ""
    properties.last_modified_by = ""
    for kind, text in blocks(tailored=tailored):
        if kind == "title":
            document.add_heading(text, level=0)
        elif kind == "heading":
            document.add_heading(text, level=1)
        elif kind == "bullet":
            document.add_paragraph(text, style="List Bullet")
        else:
            paragraph = document.add_paragraph()
            run = paragraph.add_run(text)
            run.bold = kind == "entry"
            run.italic = kind == "date"
            paragraph.paragraph_format.space_after = Pt(2)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def render_json(*, tailored: dict[str, Any]) -> bytes:
    """Return the resume as a JSON Resume document (UTF-8)."""
    return json.dumps(json_resume(tailored=tailored), ensure_ascii=False, indent=2).encode("utf-8")
