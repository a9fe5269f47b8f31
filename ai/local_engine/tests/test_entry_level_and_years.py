"""When an entry-level posting's over-qualified rule holds: not for a posting that also asks as many years as
its entry level is for at most (a junior and a senior role in one posting), still for a junior posting asking
a year. Every posting and resume here is made up."""

from ai.local_engine import analyze

TWO_ROLES = """Junior Payroll Officer and Senior Payroll Officer
Two roles in our Leeds payroll team.
Junior Payroll Officer requirements:
- Some experience of processing a weekly payroll
- Good Excel skills
Senior Payroll Officer requirements:
- Minimum 4 years of payroll experience in a multi-site business
- Year-end processing and P11D returns
"""
JUNIOR_ONLY = """Junior Payroll Officer
Requirements:
- 1 year of payroll experience
- Good Excel skills
"""
PAYROLL_LEAD = """Sunita Rai
Experience
Payroll Team Leader, Aireborough Foods, Leeds
March 2016 – February 2025
- Ran a weekly and monthly payroll for 1,400 staff across four sites, with year-end processing and P11D returns
- Built Excel reconciliations of gross-to-net for every pay run
"""


def _experience(posting: str) -> dict:
    return analyze(resume_text=PAYROLL_LEAD, job_description=posting)["details"]["sub_scores"]["experience"]


def test_a_posting_also_asking_a_seniors_years_is_not_only_entry_level():
    experience = _experience(TWO_ROLES)

    assert experience["score"] == 100
    assert "over-qualified" not in experience["how"]


def test_a_junior_posting_asking_a_year_still_finds_a_team_leader_over_qualified():
    assert "over-qualified" in _experience(JUNIOR_ONLY)["how"]


LECTURESHIP = """Lecturer in Marine Ecology
School of Ocean Sciences, Coastmoor University
The School invites applications for a Lecturer in Marine Ecology. We seek an early-career academic to build a \
research programme in coastal food webs and to teach undergraduate ecology.
Essential criteria:
- PhD in marine ecology or a related field
- A record of peer-reviewed publications in marine ecology
"""
RESEARCHER = """Dr Ewa Lindqvist
Experience
Research Associate in Marine Ecology, Fjordline Institute
September 2020 – present
- Led stable-isotope studies of coastal food webs; 9 peer-reviewed publications in marine ecology
Marine Ecologist, Saltmarsh Survey Ltd
January 2017 – August 2020
- Ran benthic surveys of seagrass meadows
Education
PhD Marine Ecology, Coastmoor University, 2020
"""


def test_an_early_career_academic_post_is_no_entry_level_one():
    experience = analyze(resume_text=RESEARCHER, job_description=LECTURESHIP)["details"]["sub_scores"][
        "experience"
    ]

    assert "over-qualified" not in experience["how"]
    assert experience["score"] == 100


def test_an_early_career_industry_post_is_entry_level():
    posting = """Data Analyst
We are hiring early-career analysts to join our insights team.
- SQL and Excel
"""
    analyst = """Ola Berg
Experience
Data Analyst, Nordlys Retail, January 2012 – December 2024
- Wrote SQL reports and Excel models for store insights
"""

    experience = analyze(resume_text=analyst, job_description=posting)["details"]["sub_scores"]["experience"]

    assert "over-qualified" in experience["how"]
