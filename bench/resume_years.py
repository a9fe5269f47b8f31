"""Print the years each eval resume shows (all, and relevant to a posting for its own role).

The posting for a resume is a one-line title for its hand-labelled role (bench/data/resume_roles.json) and
a years requirement, so relevant years are the roles whose entries name that field. Prints the mean absolute
error of the resume's total and relevant years (none read counts as 0) against the role file's estimate.

Run by hand: .venv/bin/python bench/resume_years.py [--names a,b]
"""

import argparse
import json
import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ai.local_engine.engine import analyze  # noqa: E402
from pdf_extract import extract_document  # noqa: E402

EVAL_DIR = ROOT.parent / "shared" / "eval" / "resume-pdfs"
ROLES = ROOT / "bench" / "data" / "resume_roles.json"
ROLE_TITLES = {
    "business_executive": "Chief Executive Officer",
    "devops_engineer": "DevOps Engineer",
    "software_engineer_student": "Software Engineer",
    "fullstack_engineer": "Full Stack Engineer",
    "academic_researcher": "Research Scientist",
    "frontend_engineer": "Front End Engineer",
    "ml_engineer": "Machine Learning Engineer",
    "product_manager": "Product Manager",
    "backend_engineer": "Backend Engineer",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--names", default="", help="comma-separated resume names (default: all)")
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    roles = json.loads(ROLES.read_text(encoding="utf-8"))
    wanted = set(filter(None, args.names.split(",")))
    errors: list[float] = []
    relevant_errors: list[float] = []
    for name, label in roles.items():
        if wanted and name not in wanted:
            continue
        title = ROLE_TITLES.get(label["role"] or "", "Software Engineer")
        posting = f"{title}\n\nWe are hiring a {title}. You have 5+ years of experience as a {title}."
        text = extract_document((EVAL_DIR / f"{name}.pdf").read_bytes(), filename=f"{name}.pdf").text
        details = analyze(resume_text=text, job_description=posting, semantic=False)["details"]
        total, relevant = details["years_in_resume"], details["relevant_years"]
        if label["years"] is not None:
            errors.append(abs((total or 0) - label["years"]))
            relevant_errors.append(abs((relevant or 0) - label["years"]))
        print(f"{name:<40} label={label['years']!s:>4} total={total!s:>5} relevant={relevant!s:>5}")
    if errors:
        print(f"mean absolute error of total years vs label: {sum(errors) / len(errors):.2f} ({len(errors)})")
        print(f"mean absolute error of relevant years vs label: {sum(relevant_errors) / len(errors):.2f}")


if __name__ == "__main__":
    main()
