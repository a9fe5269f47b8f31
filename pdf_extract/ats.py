"""ATS (applicant tracking system) readability checks and the 0-100 score that summarises them."""

import re
import unicodedata
from dataclasses import dataclass, field

from pdf_extract.document import AtsResult

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
_PHONE = re.compile(r"(?<![\w/.])\+?\(?\d[\d ().-]{6,}\d(?![\w/])")
_HEADINGS = {
    "experience": ("experience", "work history", "employment", "professional background", "career history"),
    "education": ("education", "academic background", "qualifications", "academics"),
    "skills": ("skills", "skill set", "competencies", "technologies", "expertise", "tech stack"),
}
_MAX_HEADING_WORDS = 5
_WEIGHTS = {
    "text_layer": 20,
    "contact_info": 20,
    "section_headings": 20,
    "page_count": 10,
    "multi_column": 10,
    "image_only_pages": 5,
    "docx_tables": 5,
    "unusual_characters": 10,
}
_CREDIT = {"pass": 1.0, "warn": 0.5, "fail": 0.0}


@dataclass
class AtsFacts:
    """What the extractors learnt about a document beyond its text."""

    format: str
    pages: int
    raw_text: str
    header_footer_text: str = ""
    multi_column: bool = False
    image_only_pages: list[int] = field(default_factory=list)
    table_count: int = 0


def ats_checks(*, text: str, facts: AtsFacts) -> list[dict[str, str]]:
    """Return the ATS checks in a fixed order, each as {"id", "result", "message"}."""
    return [
        _check("text_layer", "pass", "Your text can be selected, so ATS software can read it."),
        _contact_check(text=text, header_footer=facts.header_footer_text),
        _headings_check(text=text),
        _page_count_check(pages=facts.pages),
        _multi_column_check(multi_column=facts.multi_column),
        _image_pages_check(pages=facts.image_only_pages),
        _tables_check(facts=facts),
        _unusual_characters_check(raw_text=facts.raw_text),
    ]


def ats_score(*, checks: list[dict[str, str]]) -> int:
    """Return the weighted share of passed checks (warn counts half) as 0-100."""
    total = sum(_WEIGHTS[check["id"]] for check in checks)
    earned = sum(_WEIGHTS[check["id"]] * _CREDIT[check["result"]] for check in checks)
    return round(100 * earned / total) if total else 0


def _check(check_id: str, result: AtsResult, message: str) -> dict[str, str]:
    return {"id": check_id, "result": result, "message": message}


def _contact_check(*, text: str, header_footer: str) -> dict[str, str]:
    body = text
    for line in header_footer.splitlines():
        if line.strip():
            body = body.replace(line.strip(), " ")
    email_in_body, phone_in_body = bool(_EMAIL.search(body)), bool(_PHONE.search(body))
    email_anywhere = email_in_body or bool(_EMAIL.search(header_footer))
    phone_anywhere = phone_in_body or bool(_PHONE.search(header_footer))
    if not email_anywhere:
        return _check("contact_info", "fail", "No email address found: add one so recruiters can reach you.")
    if email_in_body and phone_in_body:
        return _check("contact_info", "pass", "Email address and phone number found in the main text.")
    if not phone_anywhere:
        return _check("contact_info", "warn", "No phone number found: add one next to your email address.")
    return _check(
        "contact_info",
        "warn",
        "Your contact details are only in the page header or footer, which many ATS skip: "
        "move them into the main text.",
    )


def _headings_check(*, text: str) -> dict[str, str]:
    lines = [line.strip().lower() for line in text.splitlines() if line.strip()]
    missing = [name for name, words in _HEADINGS.items() if not _has_heading(lines=lines, words=words)]
    if not missing:
        return _check(
            "section_headings", "pass", "Standard sections found: experience, education and skills."
        )
    found = [name for name in _HEADINGS if name not in missing]
    result: AtsResult = "fail" if not found else "warn"
    return _check(
        "section_headings",
        result,
        f"No standard heading found for: {', '.join(missing)}. ATS look for headings like "
        "'Experience', 'Education' and 'Skills'.",
    )


def _has_heading(*, lines: list[str], words: tuple[str, ...]) -> bool:
    for line in lines:
        # A heading is a short line, or a line that starts with the heading when a layout set the
        # heading beside its first entry.
        head = " ".join(line.split()[:3])
        if any(word in head for word in words) and (
            len(line.split()) <= _MAX_HEADING_WORDS or any(head.startswith(word) for word in words)
        ):
            return True
    return False


def _page_count_check(*, pages: int) -> dict[str, str]:
    if pages > 2:
        return _check("page_count", "warn", f"Your resume has {pages} pages: recruiters prefer one or two.")
    return _check("page_count", "pass", f"Your resume has {pages} page{'s' if pages != 1 else ''}.")


def _multi_column_check(*, multi_column: bool) -> dict[str, str]:
    if multi_column:
        return _check(
            "multi_column",
            "warn",
            "Multi-column layout detected: some ATS read across the columns and mix your sections. "
            "A single column is safest.",
        )
    return _check("multi_column", "pass", "Single-column layout: ATS read it in the right order.")


def _image_pages_check(*, pages: list[int]) -> dict[str, str]:
    if pages:
        numbers = ", ".join(str(number) for number in pages)
        return _check(
            "image_only_pages",
            "warn",
            f"Page {numbers} contains only images: ATS cannot read text inside images.",
        )
    return _check("image_only_pages", "pass", "Every page has selectable text.")


def _tables_check(*, facts: AtsFacts) -> dict[str, str]:
    if facts.format != "docx":
        return _check("docx_tables", "pass", "No Word tables to check in this file type.")
    if facts.table_count:
        return _check(
            "docx_tables",
            "warn",
            f"Your document uses {facts.table_count} table(s): "
            "some ATS read tables out of order or skip them.",
        )
    return _check("docx_tables", "pass", "No tables: ATS read your document in order.")


def _unusual_characters_check(*, raw_text: str) -> dict[str, str]:
    unusual = sum(1 for char in raw_text if _is_unusual(char=char))
    if not unusual:
        return _check("unusual_characters", "pass", "No unusual characters or icons found.")
    result: AtsResult = "fail" if unusual > max(20, len(raw_text) // 50) else "warn"
    return _check(
        "unusual_characters",
        result,
        f"{unusual} icon(s) or unusual character(s) found that ATS may garble: "
        "replace icons with plain words like 'Email:'.",
    )


def _is_unusual(*, char: str) -> bool:
    if char in "\ufffd\x00":
        return True
    category = unicodedata.category(char)
    # Private-use code points are font icons; "So" covers emoji and pictographs.
    return category in ("Co", "So", "Cs") and char not in "©®°•"
