"""``manage.py analyze``: the terminal client of every engine."""

import io
import json
import sys

import pytest
from django.core.management import CommandError, call_command

from ai.google_genai.fake_server import Script
from pdf_extract import extract_document

FIELDS = ["match_score", "missing_keywords", "sentence_to_improve", "recommended_improvement", "reasoning"]


@pytest.fixture(autouse=True)
def _generous_extraction_deadline(settings):
    # Real PDFs read on a busy CI machine: these tests are about the command, not the upload deadline.
    settings.UPLOAD_TIMEOUT_S = 10


@pytest.fixture
def resume_pdf(eval_dir):
    return eval_dir / "resume-pdfs" / "resumematcher-barry-allen-fe.pdf"


@pytest.fixture
def job_pdf(eval_dir):
    return eval_dir / "resume-pdfs" / "job-descriptions" / "resumematcher-jd-front-end-engineer.pdf"


def _run(*args: str) -> str:
    out = io.StringIO()
    call_command("analyze", *args, stdout=out)
    return out.getvalue()


def test_it_prints_the_final_json_for_a_real_pdf_pair(resume_pdf, job_pdf):
    result = json.loads(
        _run("--resume", str(resume_pdf), "--job", str(job_pdf), "--engine", "local", "--json")
    )
    assert list(result)[:5] == FIELDS
    assert isinstance(result["match_score"], int)
    assert 0 <= result["match_score"] <= 100
    resume_text = extract_document(resume_pdf.read_bytes()).text
    assert result["sentence_to_improve"] in resume_text
    assert result == json.loads(
        _run("--resume", str(resume_pdf), "--job", str(job_pdf), "--engine", "local", "--json")
    )


def test_it_streams_readable_fields_in_the_engines_order(resume_pdf, job_pdf):
    text = _run("--resume", str(resume_pdf), "--job", str(job_pdf), "--engine", "local")
    lines = text.splitlines()
    assert lines[0].startswith("Analysing with local (")
    titles = [line.split(":")[0] for line in lines if line and not line.startswith(" ")][1:]
    assert titles == [
        "Missing keywords",
        "Match score",
        "Sentence to improve",
        "Recommended improvement",
        "Reasoning",
    ]
    score_line = next(line for line in lines if line.startswith("Match score: "))
    assert score_line.endswith("/100")


def test_it_reads_the_job_description_from_stdin(resume_pdf, monkeypatch):
    job = "Platform engineer. Requirements: Kubernetes, Terraform and Rust experience."
    monkeypatch.setattr(sys, "stdin", io.StringIO(job))
    result = json.loads(_run("--resume", str(resume_pdf), "--job", "-", "--engine", "local", "--json"))
    assert result["missing_keywords"]
    assert all(keyword.lower() in job.lower() for keyword in result["missing_keywords"])


def test_it_refuses_a_missing_file(tmp_path):
    with pytest.raises(CommandError, match=r"^resume file not found: .*nope\.pdf$"):
        _run("--resume", str(tmp_path / "nope.pdf"), "--job", "-")


def test_it_refuses_a_png_renamed_pdf_with_the_extractors_message(tmp_path, job_pdf):
    fake = tmp_path / "cv.pdf"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    with pytest.raises(CommandError) as caught:
        _run("--resume", str(fake), "--job", str(job_pdf))
    assert str(caught.value).startswith("resume cv.pdf: ")


def test_it_refuses_an_empty_job_description(resume_pdf, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("   \n"))
    with pytest.raises(CommandError, match="^job description is empty$"):
        _run("--resume", str(resume_pdf), "--job", "-")


def test_it_streams_from_gemini_through_the_real_sdk(resume_pdf, job_pdf, gemini):
    result = json.loads(
        _run("--resume", str(resume_pdf), "--job", str(job_pdf), "--engine", "gemini", "--json")
    )

    assert len(gemini.requests) == 1
    assert list(result) == [*FIELDS, "details"]
    # Gemini was grounded in the local engine's requirements, and the engine's score stands.
    local = json.loads(
        _run("--resume", str(resume_pdf), "--job", str(job_pdf), "--engine", "local", "--json")
    )
    assert result["match_score"] == local["match_score"]
    assert result["details"]["score_source"] == "engine"
    assert "ENGINE_REQUIREMENTS" in gemini.requests[0].user_text


def test_it_reports_a_model_fault_with_its_code(resume_pdf, job_pdf, gemini, settings):
    settings.GEMINI_MAX_RETRIES = 0
    gemini.enqueue(Script(status=400))

    with pytest.raises(CommandError, match=r"^analysis failed \(model_rejected_request\): "):
        _run("--resume", str(resume_pdf), "--job", str(job_pdf), "--engine", "gemini")


def test_it_streams_from_an_openai_compatible_server_through_the_real_sdk(
    resume_pdf, job_pdf, openai_compatible
):
    text = _run("--resume", str(resume_pdf), "--job", str(job_pdf), "--engine", "openai")

    assert text.startswith("Analysing with openai (qwen2.5:3b)\n")
    # Grounded in the local engine's requirements: the engine's score is the final one.
    local = json.loads(
        _run("--resume", str(resume_pdf), "--job", str(job_pdf), "--engine", "local", "--json")
    )
    assert f"Match score: {local['match_score']}/100\n" in text
    assert openai_compatible.requests[0].body["model"] == "qwen2.5:3b"


def test_it_reports_an_openai_compatible_fault_with_its_code(
    resume_pdf, job_pdf, openai_compatible, settings
):
    settings.OPENAI_MAX_RETRIES = 0
    openai_compatible.enqueue(Script(stall_after=1))

    with pytest.raises(CommandError, match=r"^analysis failed \(model_timeout\): "):
        _run("--resume", str(resume_pdf), "--job", str(job_pdf), "--engine", "openai")
