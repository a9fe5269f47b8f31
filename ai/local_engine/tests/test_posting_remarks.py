"""What a posting says of what it accepts, or how well, is no requirement: "(bootcamps welcome)",
"(internships count!)", "German at B2 level", "Education cannot be substituted". Every posting and resume here
is made up."""

from ai.local_engine.tests.rows import requirement_names

POSTING = """Junior Data Analyst – Harbour Insights
Harbour Insights helps councils plan bus routes from ticket data.

What you will do
- Build weekly dashboards in Power BI for the operations team
- Clean ticket data with SQL and Python

What we look for
- 1-2 years of analytics experience (internships count!)
- A degree in a numerate subject or equivalent experience (certificates and bootcamps welcome)
- Very good English; German at B2 level or the willingness to learn it
- Education cannot be substituted for the analytics experience above
"""
RESUME = """Sam Okoro
Experience
Data Analyst Intern, Tidewater Transit, 2024 - 2025
- Built 6 Power BI dashboards of ridership for the operations team
- Cleaned fare data with SQL and Python
Education
BSc Mathematics, 2024
Languages: English (native), German (B1)
"""


def _names() -> list[str]:
    return requirement_names(resume=RESUME, posting=POSTING)


def test_remarks_on_what_is_accepted_are_no_requirements():
    names = _names()

    assert not [n for n in names if n.lower().endswith(("count", "welcome", "cannot"))]
    assert "B2 level" not in names


def test_what_is_asked_beside_the_remarks_stays():
    names = _names()

    assert "Power BI" in names and "German" in names and "English" in names


def test_a_contact_line_with_a_title_or_an_international_number_is_no_duty():
    posting = POSTING + (
        "\nFor questions, please contact Dr. Maren Vogel (+49 40 555 381 22).\n"
        "- For further information on the role speak to Jo Reyes.\n"
    )
    names = requirement_names(resume=RESUME, posting=posting)

    assert not [n for n in names if "contact" in n.lower() or "Dr" in n.split() or "Reyes" in n]
    assert "further information" not in " ".join(names).lower()
