"""``manage.py compare``: files in, a ranked table (progress bar on a terminal only) or JSON out."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from ai.local_engine import analyze
from pdf_extract import extract_document

BACKEND = """Jane Doe - Backend Developer
Experience: Backend developer at Acme, 2019-2024. Built REST APIs in Python and Django.
Designed PostgreSQL schemas and tuned slow queries. Ran services in Docker on AWS.
Skills: Python, Django, PostgreSQL, Docker, AWS, Git.
"""
FRONTEND = """John Roe - Frontend Engineer
Experience: Frontend engineer at Globex, 2020-2024. Built web apps in React and TypeScript.
Wrote unit tests with Jest and styled pages with CSS. Improved page load time by 30%.
Skills: React, TypeScript, JavaScript, CSS, Jest, Git.
"""
PYTHON_JOB = """Senior Python Developer
We hire a Python developer to build our backend services.
Requirements: 3+ years of Python and Django, PostgreSQL, Kubernetes and Terraform.
Nice to have: Redis and AWS.
"""
REACT_JOB = """Frontend Developer
You will build our customer web app with React and TypeScript.
Requirements: 2+ years of React, TypeScript and GraphQL. Experience with Jest is required.
Nice to have: CSS animations and accessibility work for screen readers.
"""


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    paths = {}
    for name, text in (
        ("backend.txt", BACKEND),
        ("frontend.txt", FRONTEND),
        ("python-job.txt", PYTHON_JOB),
        ("react-job.txt", REACT_JOB),
    ):
        paths[name] = tmp_path / name
        paths[name].write_text(text)
    return paths


def run(files: dict[str, Path], *extra: str, stderr: io.StringIO | None = None) -> str:
    out = io.StringIO()
    resumes = [str(files["backend.txt"]), str(files["frontend.txt"])]
    jobs = [str(files["python-job.txt"]), str(files["react-job.txt"])]
    call_command(
        "compare", "--resumes", *resumes, "--jobs", *jobs, *extra, stdout=out, stderr=stderr or io.StringIO()
    )
    return out.getvalue()


def test_it_prints_each_jobs_ranking_of_resumes_and_each_resumes_best_job(files):
    err = io.StringIO()
    table = run(files, stderr=err).splitlines()
    python_backend = analyze(resume_text=BACKEND, job_description=PYTHON_JOB)
    assert table[0] == "Job 1: python-job.txt"
    assert table[1].split()[:4] == ["1.", str(python_backend["match_score"]), "backend.txt", "(gaps:"]
    assert table[2].split()[:3] == ["2.", table[2].split()[1], "frontend.txt"]
    assert table[3] == "Job 2: react-job.txt"
    assert table[4].split()[2] == "frontend.txt"
    assert table[6:] == [
        "Best job per resume:",
        f"  backend.txt: python-job.txt ({python_backend['match_score']})",
        table[8],
    ]
    assert table[8].startswith("  frontend.txt: react-job.txt (")
    assert err.getvalue() == ""  # not a terminal: no progress bar


def test_a_terminal_gets_a_progress_bar(files):
    err = Terminal()
    run(files, stderr=err)
    assert err.getvalue().split("\r")[1:] == [
        "[" + "#" * 8 + "-" * 22 + "] 1/4 pairs",
        "[" + "#" * 15 + "-" * 15 + "] 2/4 pairs",
        "[" + "#" * 22 + "-" * 8 + "] 3/4 pairs",
        "[" + "#" * 30 + "] 4/4 pairs\n",
    ]


def test_json_holds_every_cell_and_both_rankings(files):
    result = json.loads(run(files, "--json"))
    assert (result["resumes"], result["jobs"]) == (
        ["backend.txt", "frontend.txt"],
        ["python-job.txt", "react-job.txt"],
    )
    texts = {
        "backend.txt": BACKEND,
        "frontend.txt": FRONTEND,
        "python-job.txt": PYTHON_JOB,
        "react-job.txt": REACT_JOB,
    }
    assert [(c["resume"], c["job"]) for c in result["cells"]] == [
        ("backend.txt", "python-job.txt"),
        ("backend.txt", "react-job.txt"),
        ("frontend.txt", "python-job.txt"),
        ("frontend.txt", "react-job.txt"),
    ]
    for cell in result["cells"]:
        expected = analyze(resume_text=texts[cell["resume"]], job_description=texts[cell["job"]])
        assert cell["match_score"] == expected["match_score"]
        assert cell["top_gaps"] == expected["missing_keywords"][:5]
    assert [entry["jobs"][0]["job"] for entry in result["rankings"]["by_resume"]] == [
        "python-job.txt",
        "react-job.txt",
    ]
    assert [entry["resumes"][0]["resume"] for entry in result["rankings"]["by_job"]] == [
        "backend.txt",
        "frontend.txt",
    ]


def test_real_pdfs_are_read(eval_dir, tmp_path):
    resume = eval_dir / "resume-pdfs" / "resumematcher-barry-allen-fe.pdf"
    job = eval_dir / "resume-pdfs" / "job-descriptions" / "resumematcher-jd-front-end-engineer.pdf"
    out = io.StringIO()
    call_command(
        "compare", "--resumes", str(resume), "--jobs", str(job), "--json", stdout=out, stderr=io.StringIO()
    )
    cell = json.loads(out.getvalue())["cells"][0]
    expected = analyze(
        resume_text=extract_document(resume.read_bytes()).text,
        job_description=extract_document(job.read_bytes()).text,
    )
    assert cell["match_score"] == expected["match_score"]


def test_a_missing_file_is_a_command_error(files, tmp_path):
    with pytest.raises(CommandError, match="resume file not found"):
        call_command(
            "compare", "--resumes", str(tmp_path / "nope.pdf"), "--jobs", str(files["react-job.txt"])
        )


def test_more_files_than_the_limits_is_a_command_error(files, settings):
    settings.COMPARE_MAX_RESUMES = 1
    with pytest.raises(CommandError, match="at most 1 resumes and 20 jobs"):
        run(files)
