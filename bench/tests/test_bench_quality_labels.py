"""The labelled sets' loader and error printer: a set's own resumes, sets E's and F's consistency, holdout stays
hidden."""

import json
import subprocess
import sys
from pathlib import Path

from ai.local_engine import analyze
from bench.label_checks import job_errors, own_resume_errors, pair_errors
from bench.quality_labels import DATA, Labels, gaming, load_labels, miss_cause

REPO = Path(__file__).resolve().parents[2]


def _write_set(folder: Path) -> None:
    (folder / "jobs").mkdir(parents=True)
    (folder / "resumes").mkdir()
    roles = {name: {"role": "cook", "clear": True} for name in ("own", "shared")}
    (folder / "resume_roles.json").write_text(json.dumps(roles), encoding="utf-8")
    (folder / "pairs.json").write_text("[]", encoding="utf-8")
    (folder / "resumes" / "own.txt").write_text("Line cook, grill station", encoding="utf-8")


def test_it_reads_a_sets_own_resume_text_before_the_shared_pdf(tmp_path: Path) -> None:
    _write_set(tmp_path)
    asked: list[str] = []

    def shared_pdf_text(name: str) -> str:
        asked.append(name)
        return f"pdf text of {name}"

    labels = load_labels(resume_text=shared_pdf_text, folder=tmp_path)

    assert labels.resumes == {"own": "Line cook, grill station", "shared": "pdf text of shared"}
    assert asked == ["shared"]


def test_labeller_e_is_consistent_and_brings_a_resume_for_every_role() -> None:
    folder = DATA / "labeller-e"
    labels = load_labels(resume_text=lambda name: "", folder=folder)

    assert job_errors(labels) + pair_errors(labels, min_pairs=30, min_rankings=8) == []
    assert {p.stem for p in (folder / "resumes").glob("*.txt")} == set(labels.roles)
    assert all(text.strip() for text in labels.resumes.values())
    assert sorted(job["split"] for job in labels.jobs.values()).count("holdout") == 4


def test_labellers_g_h_and_i_are_consistent_split_and_bring_a_resume_for_every_role() -> None:
    for folder in (DATA / "labeller-g", DATA / "labeller-h", DATA / "labeller-i"):
        labels = load_labels(resume_text=lambda name: "", folder=folder)

        assert job_errors(labels) + pair_errors(labels, min_pairs=30, min_rankings=8) == [], folder.name
        assert own_resume_errors(labels, resumes=folder / "resumes") == [], folder.name
        assert sorted(job["split"] for job in labels.jobs.values()).count("holdout") == 4, folder.name


def test_labellers_f_j_and_k_are_consistent_holdout_only_and_bring_a_resume_for_every_role() -> None:
    for folder in (DATA / "labeller-f", DATA / "labeller-j", DATA / "labeller-k"):
        _holdout_only_set(folder=folder)


def _holdout_only_set(*, folder: Path) -> None:
    labels = load_labels(resume_text=lambda name: "", folder=folder)

    assert job_errors(labels, holdout_only=True) + pair_errors(labels, min_pairs=30, min_rankings=8) == []
    assert own_resume_errors(labels, resumes=folder / "resumes") == []
    assert {job["split"] for job in labels.jobs.values()} == {"holdout"}
    # The every-third-posting rule of sets D and E would take some of its postings for tune ones.
    assert len(job_errors(labels)) == len(labels.jobs) - len(labels.jobs) // 3


def test_the_error_printer_refuses_the_holdout_only_sets_and_prints_none_of_their_pairs() -> None:
    folder = DATA / "labeller-f"
    names = [p.stem for p in (folder / "jobs").glob("*.json")] + [
        p.stem for p in (folder / "resumes").glob("*.txt")
    ]

    done = subprocess.run(
        [sys.executable, "bench/quality_errors.py", "--set", "f"], cwd=REPO, capture_output=True, text=True
    )
    refused_j, refused_k = (
        subprocess.run(
            [sys.executable, "bench/quality_errors.py", "--set", mark],
            cwd=REPO,
            capture_output=True,
            text=True,
        )
        for mark in "jk"
    )

    assert done.returncode == 2
    assert done.stdout == ""
    assert "set f (bench/data/labeller-f) is holdout only" in done.stderr
    assert not any(name in done.stderr for name in names)
    assert (refused_j.returncode, refused_j.stdout) == (2, "")
    assert "set j (bench/data/labeller-j) is holdout only" in refused_j.stderr
    assert (refused_k.returncode, refused_k.stdout) == (2, "")
    assert "set k (bench/data/labeller-k) is holdout only" in refused_k.stderr


def test_the_error_printer_shows_e_tune_pairs_and_never_a_holdout_one() -> None:
    jobs = [json.loads(p.read_text(encoding="utf-8")) for p in (DATA / "labeller-e" / "jobs").glob("*.json")]
    holdout = {job["id"] for job in jobs if job["split"] == "holdout"}
    pairs = json.loads((DATA / "labeller-e" / "pairs.json").read_text(encoding="utf-8"))
    hidden = sum(pair["job"] in holdout for pair in pairs)

    out = subprocess.run(
        [sys.executable, "bench/quality_errors.py", "--set", "e"],
        cwd=REPO,
        check=True,
        capture_output=True,
        text=True,
    ).stdout

    shown = [line for line in out.splitlines() if line.startswith("== ")]
    assert len(shown) == len(pairs) - hidden
    assert not any(job in out for job in holdout)
    assert f"({hidden} pairs on holdout postings are never shown)" in out


def test_a_missed_gap_is_tagged_with_where_the_engine_lost_it() -> None:
    posting = (
        "Warehouse Lead\nRequirements:\n- Experience with Kubernetes\n- Forklift certification\n"
        "- Strong teamwork"
    )
    resume = (
        "Warehouse Lead\nExperience\n- Collaborated with drivers to load trucks; operated forklifts daily"
    )
    details = analyze(resume_text=resume, job_description=posting)["details"]

    def cause(name: str) -> str:
        return miss_cause(details=details, requirement={"name": name, "aliases": []})

    assert cause("Teamwork").startswith("judged met via ")
    assert cause("Incoterms") == "not extracted"


def test_gaming_measures_stuffing_one_keyword_a_line_beside_one_comma_joined_line() -> None:
    labels = Labels(
        resumes={"cook": "Line cook, grill station"},
        roles={},
        jobs={"chef": {"text": "Chef\nRequirements:\n- HACCP\n- Knife skills", "requirements": []}},
        pairs=[{"job": "chef", "resume": "cook"}],
        rankings=[],
    )

    def scored_by_stuffing(*, resume_text: str, job_description: str) -> dict:
        # (made up: a comma-joined line lifts the score by 4, a "Skills" block of one keyword a line by 12)
        lifts = {"HACCP, Knife skills": 4, "Skills\nHACCP\nKnife skills": 12}
        lift = sum(points for stuffed, points in lifts.items() if resume_text.endswith(stuffed))
        return {"match_score": 50 + lift, "missing_keywords": ["HACCP", "Knife skills"]}

    figures = gaming(analyze=scored_by_stuffing, labels=labels)

    assert figures["stuffing_lift_max"] == 4
    assert figures["stuffing_lines_lift_max"] == 12
    assert figures["stuffing_lines_lift_mean"] == 12.0
