"""Text laid out in two columns ("PROFILE    SKILLS", a layout kept by a text export) is read as its left
column, then its right one; dates right-aligned beside entries, a CV laid out as a table (dates or labels
on the left), and a lone gap, stay on their lines. Every text here is made up."""

from ai.local_engine import analyze
from ai.text_normalize import normalize_text

TWO_COLUMNS = """Oli Grant
PROFILE                                        SKILLS
Data analyst with 3 years in retail            SQL (BigQuery, PostgreSQL)
and e-commerce analytics.                      Tableau, Looker Studio
EXPERIENCE                                     Python (pandas)
Marketing Data Analyst                         EDUCATION
Northern Home Stores, Manchester               BSc Economics
2022 – present                                 University of Leeds, 2021
- Built Tableau dashboards for campaigns
- Wrote SQL in BigQuery for weekly reporting
"""

POSTING = """Data Analyst
Requirements
- Strong SQL and Tableau
- Python (pandas) for analysis
"""


def test_two_columns_are_read_left_then_right():
    lines = normalize_text(text=TWO_COLUMNS).split("\n")

    assert lines[:4] == [
        "Oli Grant",
        "PROFILE",
        "Data analyst with 3 years in retail",
        "and e-commerce analytics.",
    ]
    assert lines.index("- Wrote SQL in BigQuery for weekly reporting") < lines.index("SKILLS")
    assert lines[-2:] == ["BSc Economics", "University of Leeds, 2021"]


def test_a_two_column_resumes_work_is_read_as_work():
    result = analyze(resume_text=TWO_COLUMNS, job_description=POSTING)

    tableau = next(r for r in result["details"]["requirements"] if r["name"] == "Tableau")
    assert tableau["context"] == "experience"
    assert result["details"]["sub_scores"]["experience"]["score"] > 0


def test_dates_right_aligned_beside_entries_stay_on_their_lines():
    text = (
        "Jo Park\nSenior Engineer, Acme Corp            Jan 2020 – Present\n- Built services in Go\n"
        "Engineer, Beta Ltd                    2017 – 2019\n- Built APIs\n"
        "Intern, Gamma Inc                     2016 – 2017\n- Wrote tests\n"
        "BSc Computing, Leeds                  2012 – 2016\n"
    )

    lines = normalize_text(text=text).split("\n")

    assert lines[1] == "Senior Engineer, Acme Corp Jan 2020 – Present"
    assert lines[3] == "Engineer, Beta Ltd 2017 – 2019"


def test_a_lone_wide_gap_is_one_space():
    assert (
        normalize_text(text="Skills:     Python, SQL\nExperience\nAnalyst")
        == "Skills: Python, SQL\nExperience\nAnalyst"
    )


# A CV laid out as a table: dates and labels on the left, each entry beside them and its lines under it.
TABULAR_CV = """Mara Keller
PERSONAL DETAILS
Name:               Mara Keller
Phone:              +49 30 5550 1234
Nationality:        German
PROFESSIONAL EXPERIENCE
03/2020 – present   Senior Accountant
                    Nordlicht GmbH, Berlin
                    • Month-end closing for six company codes
                    • IFRS reporting packages for the group
09/2016 – 02/2020   Accountant
                    Havel Logistik AG, Potsdam
                    • Accounts payable and bank reconciliations
EDUCATION
10/2012 – 08/2016   BA Business Administration, HWR Berlin
"""


def test_a_cv_laid_out_as_a_table_keeps_each_row_on_its_line():
    lines = normalize_text(text=TABULAR_CV).split("\n")

    assert lines[2] == "Name: Mara Keller"
    assert lines[6:10] == [
        "03/2020 – present Senior Accountant",
        " Nordlicht GmbH, Berlin",
        "• Month-end closing for six company codes",
        "• IFRS reporting packages for the group",
    ]


def test_a_tabular_cvs_work_is_read_as_work():
    posting = "Accountant\nRequirements\n- IFRS reporting\n- Month-end closing\n"

    result = analyze(resume_text=TABULAR_CV, job_description=posting)

    ifrs = next(r for r in result["details"]["requirements"] if r["name"] == "IFRS reporting")
    assert ifrs["context"] == "experience"
