"""A sample resume analysed by the local engine, and the parse-back of every export format."""

import io
import json
import re
import unicodedata
from typing import Any

from docx import Document
from pypdf import PdfReader

from ai.local_engine import analyze
from apis.resumehistory.models import ResumeHistory
from apis.resumehistory.tests.factories import make_history
from apis.users.models import User

RESUME = """Jana Nováková
Backend Engineer
Zürich, Switzerland | jana.novakova@example.com | +41 44 555 01 23

Summary
Backend engineer who builds reliable payment services.

Experience
Acme Payments AG
Senior Backend Engineer
Jan 2020 - Present
- Responsible for managing the settlement service in Python.
- Worked on the billing API for partner banks.
- Reduced batch runtime from 4 hours to 40 minutes with PostgreSQL partitioning.

Łódź Software House
Software Engineer
2016 - 2019
- Built internal tools for the support team.
- Helped the QA team with automated regression tests.

Education
ETH Zürich
MSc Computer Science
2014 - 2016

Skills
Languages: Python, SQL, Go
Tools: PostgreSQL, Docker, Kafka

Certifications
AWS Certified Developer
Amazon Web Services
2021

Languages
German
Fluent
English
Native
"""

JOB = """Senior Python Engineer
Requirements
- 5+ years of Python and PostgreSQL
- Experience with Kafka and Docker
- Build and run payment APIs
"""

FORMATS = ("docx", "md", "json", "pdf")
PLACEHOLDER_MARK = "[add"
_NUMBER_RE = re.compile(r"\d+")
_CAPITALISED_RE = re.compile(r"(?<![\w.@/])[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]*")


def analysed(*, user: User, resume_text: str = RESUME, job: str = JOB, **fields: Any) -> ResumeHistory:
    """Return a completed analysis of ``resume_text`` by the local engine."""
    analysis = analyze(resume_text=resume_text, job_description=job, semantic=False)
    return make_history(
        user=user,
        resume_text=resume_text,
        job_description=job,
        ai_analysis=analysis,
        match_score=analysis["match_score"],
        **fields,
    )


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _strings(item)]
    if isinstance(value, list):
        return [text for item in value for text in _strings(item)]
    return []


def exported_text(*, export_format: str, content: bytes) -> str:
    """Return the text a reader of the exported file sees (parsed back with python-docx, pypdf or json)."""
    if export_format == "docx":
        return "\n".join(paragraph.text for paragraph in Document(io.BytesIO(content)).paragraphs)
    if export_format == "pdf":
        return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    if export_format == "json":
        return "\n".join(_strings(json.loads(content)))
    return content.decode("utf-8")


def without_symbols(text: str) -> str:
    """Return ``text`` without pictographs and other symbols (emoji), which the PDF font may not draw."""
    return "".join(char for char in text if unicodedata.category(char) != "So")


def unsupported_tokens(*, text: str, sources: list[str], openers: set[str]) -> list[str]:
    """Return the numbers and capitalised words of ``text`` that no source holds.

    Words compare without case (the export never changes a letter, but a PDF may break a line at a hyphen);
    ``openers`` are the stronger verbs of accepted suggestions, which open a sentence the resume wrote.
    """
    # A symbol the PDF font lacks (an emoji) is left out of the PDF: it is no fact, so it is not compared.
    text = without_symbols(text)
    source = "\n".join(sources)
    numbers = set(_NUMBER_RE.findall(source))
    words = {word.lower() for word in re.findall(r"[\w'’-]+", source)}
    words |= {part for word in list(words) for part in re.split(r"[-'’]", word) if part}
    missing = [n for n in _NUMBER_RE.findall(text) if n not in numbers]
    for word in _CAPITALISED_RE.findall(text):
        key = word.lower()
        if (
            key not in words
            and key not in openers
            and not all(p in words for p in re.split(r"[-'’]", key) if p)
        ):
            missing.append(word)
    return missing
