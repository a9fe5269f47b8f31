"""Anti-fabrication on real resumes: every export of every eval PDF, parsed back, names only the resume's facts
and the user's own edit; no engine placeholder gets through."""

import functools
from pathlib import Path

import pytest

from ai.local_engine import analyze
from ai.local_engine.fabrication import source_keys
from ai.text_normalize import normalize_text
from api_services.custom_exceptions import ValidationFailed
from apis.resumehistory.tests.factories import make_history
from apis.tailoring.jsonresume import JSON_RESUME_KINDS
from apis.tailoring.rewrites import history_structure, opener_of, rewrites_accept, suggestions_of
from apis.tailoring.services import resume_export
from apis.tailoring.tests.support import (
    FORMATS,
    PLACEHOLDER_MARK,
    exported_text,
    unsupported_tokens,
    without_symbols,
)
from conftest import EVAL_DIR
from pdf_extract import ExtractionLimits, extract_document

pytestmark = pytest.mark.django_db

PDF_DIR = EVAL_DIR / "resume-pdfs"
JOB_DIR = PDF_DIR / "job-descriptions"
RESUMES = sorted(PDF_DIR.glob("*.pdf")) if PDF_DIR.is_dir() else []
# The user's own edit of one line: it brings a figure and a name the resume does not have.
EDIT = "Cut the release cycle from 14 to 3 days for Northwind."


@functools.cache
def _text(path: Path) -> str:
    # A generous deadline: the machine may be busy, and reading the PDF is not what is tested here.
    limits = ExtractionLimits(timeout_s=60.0)
    return normalize_text(text=extract_document(path.read_bytes(), filename=path.name, limits=limits).text)


def _job() -> str:
    return _text(sorted(JOB_DIR.glob("*.pdf"))[0])


def _accepts_alone(*, user_id: int, history_id: int, sentence: str, resume_text: str) -> bool:
    """Return whether the suggestion for ``sentence`` passes the check; a refusal must name a real gap."""
    try:
        rewrites_accept(user_id=user_id, history_id=history_id, items=[{"sentence": sentence}])
    except ValidationFailed as error:
        assert error.code == "rewrite_adds_facts"
        keys = source_keys(sources=[resume_text])
        assert all(fact.lower() not in keys[0] and fact not in keys[1] for fact in error.data["facts"])
        return False
    return True


@pytest.mark.skipif(not RESUMES, reason=f"no eval resumes at {PDF_DIR}: real-resume export checks skipped")
@pytest.mark.parametrize("path", RESUMES, ids=[path.stem for path in RESUMES])
def test_every_export_of_a_real_resume_names_only_its_facts(user, path):
    text = _text(path)
    analysis = analyze(resume_text=text, job_description=_job(), semantic=False)
    history = make_history(user=user, resume_text=text, ai_analysis=analysis)
    kind_of = {
        line["text"]: section["kind"]
        for section in history_structure(history=history)["sections"]
        for entry in section["entries"]
        for line in entry["lines"]
    }
    suggestions = suggestions_of(analysis=analysis)
    items: list[dict[str, str]] = [
        {"sentence": sentence}
        for sentence in suggestions
        if _accepts_alone(user_id=user.pk, history_id=history.pk, sentence=sentence, resume_text=text)
    ]
    work_lines = [
        line["text"]
        for section in history_structure(history=history)["sections"]
        if section["kind"] in ("experience", "projects")
        for entry in section["entries"]
        for line in entry["lines"]
        if line["role"] == "action" and line["text"] not in suggestions
    ]
    if work_lines:
        items.append({"sentence": work_lines[0], "replacement": EDIT})
    accepted = rewrites_accept(user_id=user.pk, history_id=history.pk, items=items)
    openers = {
        opener_of(sentence=item["sentence"]).lower() for item in accepted if item["source"] == "suggestion"
    }

    for export_format in FORMATS:
        export = resume_export(user_id=user.pk, history_id=history.pk, export_format=export_format)
        exported = exported_text(export_format=export_format, content=export.content)
        assert PLACEHOLDER_MARK not in exported, export_format
        assert unsupported_tokens(text=exported, sources=[text, EDIT], openers=openers) == [], export_format
        for item in accepted:
            if export_format != "json" or kind_of[item["sentence"]] in JSON_RESUME_KINDS:
                start = " ".join(without_symbols(item["replacement"]).split()[:4])
                assert start in " ".join(without_symbols(exported).split()), export_format
