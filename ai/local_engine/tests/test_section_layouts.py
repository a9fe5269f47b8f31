"""Sections of resumes whose PDF text comes out in another order than heading first."""

from ai.local_engine.engine import analyze
from ai.local_engine.section_reading import label_sections
from ai.local_engine.structure import read_structure
from ai.local_engine.text import split_sentences

GLUED = """Jane Roe
Web Developer
Summary Web developer building accessible sites for retailers.
Experience Northwind Traders
Senior Web Developer
March 2019 to Present
Rebuilt the checkout in React, cutting abandoned carts by 20%.
Education State University
August 2012 to May 2016
Bachelor's in Computer Science
Skills Web Technologies
HTML5, JavaScript, React
"""

JOBS = """Platform Engineer (Northwind) 2018 - now
Built payment services in Go and PostgreSQL.
Backend Developer (Contoso) 2014 - 2018
Wrote billing jobs in Python.
"""
MASTERS = "Master Studies Computer Science (State University) 2012 - 2014\n"
HEADINGS_AFTER = (
    f"Jane Roe\nBackend Engineer\n{JOBS}EXPERIENCE\n{MASTERS}Thesis on distributed consensus.\nEDUCATION\n"
)
HEADINGS_FIRST_UNTITLED_JOBS = f"Jane Roe\n{JOBS}EDUCATION\n{MASTERS}"

TWO_COLUMNS = """Jane Roe
WORK EXPERIENCE
DevOps Engineer Sep 19 - Now
Automated deployments with Ansible.
EDUCATION
2009 - 2012
BSc Physics, State University
Systems Analyst Mar 14 - Sep 19
Ran the monitoring of 300 Linux hosts.
"""


def _labels(text: str) -> dict[str, str]:
    return {
        s.text: label
        for s, label in zip(
            split_sentences(text=text), label_sections(sentences=split_sentences(text=text)), strict=True
        )
    }


def test_a_heading_glued_to_its_first_line_starts_its_section() -> None:
    labels = _labels(GLUED)
    assert labels["Rebuilt the checkout in React, cutting abandoned carts by 20%."] == "experience"
    assert labels["Bachelor's in Computer Science"] == "education"
    assert labels["HTML5, JavaScript, React"] == "skills"
    kinds = [(s["kind"], s["heading"]) for s in read_structure(text=GLUED)["sections"]]
    assert ("experience", "Experience") in kinds and ("skills", "Skills") in kinds


def test_one_line_opening_with_a_heading_word_is_not_a_heading() -> None:
    resume = "Jane Roe\nExperience Design Lead at Northwind\nWORK EXPERIENCE\nDesigner 2019 - 2021\n"
    assert _labels(resume)["Experience Design Lead at Northwind"] == "header"


def test_headings_printed_after_their_sections_label_the_lines_above_them() -> None:
    labels = _labels(HEADINGS_AFTER)
    assert labels["Wrote billing jobs in Python."] == "experience"
    assert labels["Thesis on distributed consensus."] == "education"
    assert labels["Jane Roe"] == "header"
    details = analyze(resume_text=HEADINGS_AFTER, job_description="Backend Engineer\nGo and Python.")[
        "details"
    ]
    assert details["years_in_resume"] is not None and details["years_in_resume"] >= 8


def test_jobs_above_the_first_heading_stay_jobs_when_the_headings_come_first() -> None:
    labels = _labels(HEADINGS_FIRST_UNTITLED_JOBS)
    assert labels["Master Studies Computer Science (State University) 2012 - 2014"] == "education"
    assert labels["Wrote billing jobs in Python."] != "education"


def test_a_job_of_the_work_sections_form_under_another_heading_is_work() -> None:
    labels = _labels(TWO_COLUMNS)
    assert labels["Systems Analyst Mar 14 - Sep 19"] == "experience"
    assert labels["Ran the monitoring of 300 Linux hosts."] == "experience"
    assert labels["BSc Physics, State University"] == "education"


def test_a_two_word_heading_in_sentence_case_starts_its_section() -> None:
    resume = "Jane Roe\nEducation\nCertificate in Culinary Arts, 2024\nKitchen experience\nPrep Cook, 2024 - present\n"
    assert _labels(resume)["Prep Cook, 2024 - present"] == "experience"
    assert _labels(resume + "Other work\nCashier, 2022 - 2024\n")["Cashier, 2022 - 2024"] == "experience"


def test_lines_the_labels_move_to_work_form_a_work_section_of_the_structure() -> None:
    sections = read_structure(text=TWO_COLUMNS)["sections"]
    kinds = [(s["kind"], s["heading"]) for s in sections]
    assert kinds == [
        ("header", None),
        ("experience", "WORK EXPERIENCE"),
        ("education", "EDUCATION"),
        ("experience", None),
    ]


def test_a_heading_after_its_section_names_the_section_above_it() -> None:
    kinds = [(s["kind"], s["heading"]) for s in read_structure(text=HEADINGS_AFTER)["sections"]]
    assert kinds == [("header", None), ("experience", "EXPERIENCE"), ("education", "EDUCATION")]


def test_a_resume_opening_with_its_jobs_and_no_work_heading_reads_them_as_work():
    from ai.local_engine import analyze

    resume = """Marcus Lee
Evanston, IL · marcus.lee@fastmail.com · (312) 555-0177

BUSINESS DEVELOPMENT REPRESENTATIVE | Clearpath Payroll (SaaS) | Chicago | Mar 2022 – Present
• Booked 142 qualified meetings in 2025, logging every touch in Salesforce

SERVER | Lou Malnati's | Evanston | 2019 – 2022
• Served 60+ guests per shift

EDUCATION
B.A. Communication, Northwestern University, 2019
"""
    posting = "Sales Development Representative\nRequirements\n- 2+ years of experience with Salesforce\n"
    details = analyze(resume_text=resume, job_description=posting)["details"]
    salesforce = next(r for r in details["requirements"] if r["name"] == "Salesforce")

    assert salesforce["context"] == "experience"
    assert details["relevant_years"] and details["relevant_years"] >= 2
