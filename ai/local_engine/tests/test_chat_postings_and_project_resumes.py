"""A posting written like a chat message (lower case, "w/", "3+ yrs"), credentials joined by "or", an IT
services resume that lists its clients' projects, qualifications accepted side by side, a word processor's
bullets and tabs, titles by letters, and languages a resume says it speaks. Every text here is made up."""

from ai.local_engine import analyze
from ai.local_engine.text import split_sentences
from ai.text_normalize import normalize_text


def _requirements(result: dict) -> dict[str, dict]:
    return {r["name"]: r for r in result["details"]["requirements"]}


CHAT_POSTING = (
    "hiring!! looking for a Senior Data Engineer w/ 3+ yrs exp (remote US). must know Python and "
    "Airflow, bonus if u've used dbt. we ship weekly. DM me or email jobs@ledger.app"
)

CHAT_RESUME = """Mo Reyes
Experience
Senior Data Engineer, Penny Labs (2020 - present)
- Built Airflow pipelines in Python and dbt models for finance reporting
"""


def test_a_text_in_lower_case_ends_its_sentences_but_not_at_an_abbreviation():
    text = "hiring!! looking for a dev (remote US). must know Python, SQL, etc. and dbt"

    assert [s.text for s in split_sentences(text=text)] == [
        "hiring!!",
        "looking for a dev (remote US).",
        "must know Python, SQL, etc. and dbt",
    ]


def test_a_chat_style_posting_asks_its_tools_and_names_its_title_after_looking_for():
    result = analyze(resume_text=CHAT_RESUME, job_description=CHAT_POSTING)

    names = _requirements(result)
    assert {"Python", "Airflow"} <= set(names)
    assert not any("w/" in name or "yrs" in name for name in names)
    assert result["details"]["job_title"] == "Data Engineer"  # its grade aside, as every title is read


TAX_POSTING = """Tax Preparer
Requirements
- Enrolled Agent (EA) or CPA
- 3+ tax seasons of paid preparation
"""

TAX_RESUME = """Ann Lee
Experience
Tax Preparer, Keystone Tax (2019 - 2024)
- Prepared 550 individual returns a season in Drake Tax
Credentials
Enrolled Agent (IRS), 2021
"""


def test_two_credentials_joined_by_or_are_one_requirement_either_meets():
    names = _requirements(analyze(resume_text=TAX_RESUME, job_description=TAX_POSTING))

    agent = names["Enrolled Agent"]
    assert (agent["kind"], agent["status"]) == ("certification", "met")
    assert "CPA" in agent["alternatives"]
    assert "CPA" not in names


def test_a_credential_or_any_other_of_its_kind_is_one_requirement_any_of_the_kind_meets():
    posting = "Business Analyst\nRequirements\n- SQL\n- CBAP / CCBA or any other BA certification is a plus\n"
    resume = (
        "Ana Ruiz\nBusiness Analyst, Norda Bank, 2020 - present\n- Wrote SQL for data checks\n"
        "CERTIFICATIONS\n- ECBA - Entry Certificate in Business Analysis, IIBA (2021)\n"
    )
    result = analyze(resume_text=resume, job_description=posting)

    certifications = [r for r in result["details"]["requirements"] if r["kind"] == "certification"]
    assert len(certifications) == 1
    assert certifications[0]["status"] == "met"
    assert result["missing_keywords"] == []


SAP_POSTING = """SAP FICO Consultant
Job Description:
* Integration knowledge with SD and MM modules
* Qualification: CA / ICWA / MBA Finance / B.Com
"""

SAP_RESUME = """KARTHIK R
EMPLOYMENT DETAILS
SAP FICO Consultant, Infotech Global Services, Bengaluru (Jan 2019 - Till date)
PROJECT DETAILS
Project #1: SAP Implementation - Client: Coastal Cements
- Configured integration with SD and MM for billing and purchasing
EDUCATION
B.Com, Loyola College, Chennai, 2013
"""


def test_a_clients_project_listed_under_project_details_is_work():
    module = _requirements(analyze(resume_text=SAP_RESUME, job_description=SAP_POSTING))["SD"]

    assert (module["status"], module["context"], module["credit"]) == ("met", "experience", 1.0)


def test_modules_named_by_two_letters_are_shown_without_the_word_modules():
    names = _requirements(analyze(resume_text=SAP_RESUME, job_description=SAP_POSTING))

    module = next(r for r in names.values() if r["name"].startswith("MM"))
    assert module["status"] == "met"


def test_qualifications_accepted_side_by_side_ask_the_lowest_of_them():
    names = _requirements(analyze(resume_text=SAP_RESUME, job_description=SAP_POSTING))

    degrees = [r for r in names.values() if r["kind"] == "degree"]
    assert [(r["name"], r["status"]) for r in degrees] == [("Bachelor's degree", "met")]


DBA_POSTING = """Oracle Database Administrator
Requirements:
- Oracle RAC and Data Guard
- Oracle Certified Professional (OCP) preferred
"""

DBA_RESUME = (
    "Raj Patel\nPROFESSIONAL EXPERIENCE\nSenior Oracle DBA\t\t\t\t\tMarch 2018 – Present\n"
    "Commonwealth Mutual, Richmond, VA\n•\tSupport 75 databases on four Oracle RAC clusters\n"
    "•\tMaintain Data Guard standbys\n•\tPatch quarterly\n•\tTune SQL with AWR\nOracle DBA\t\t\t\t\tJune 2014 – February 2018\nCapital Health\n"
    "•\tAdministered Oracle 12c databases\nCERTIFICATIONS\nOracle Database 19c Certified Professional (OCP)\n"
)


def test_a_bullet_then_a_tab_is_no_second_column():
    lines = normalize_text(text=DBA_RESUME).split("\n")

    assert lines[4:6] == [
        "• Support 75 databases on four Oracle RAC clusters",
        "• Maintain Data Guard standbys",
    ]


def test_a_dba_is_a_database_administrator_and_an_ocp_a_certification_held():
    result = analyze(resume_text=DBA_RESUME, job_description=DBA_POSTING)

    assert result["details"]["sub_scores"]["role"]["score"] == 100
    ocp = _requirements(result)["Oracle Certified Professional"]
    assert (ocp["kind"], ocp["status"]) == ("certification", "met")
    assert _requirements(result)["RAC"]["context"] == "experience"


SLP_POSTING = """Speech-Language Pathologist
Responsibilities:
- Participate in MTSS/RTI teams
Qualifications:
- Excellent written English
- Bilingual Spanish a plus
"""

SLP_RESUME = """Hannah Brooks
Experience
Speech-Language Pathologist, Jefferson Schools (2021 - present)
- Member of the school's MTSS team; run sessions for 12 families
Education
M.A. English, Uppsala University, 2018
Languages
Swedish (native), English (C2), Spanish (B2)
"""


def test_two_acronyms_slashed_before_a_shared_noun_are_either_one():
    teams = _requirements(analyze(resume_text=SLP_RESUME, job_description=SLP_POSTING))["MTSS/RTI teams"]

    assert (teams["status"], teams["via"], teams["matched_as"]) == ("met", "alternative", "MTSS team")


def test_a_language_is_held_on_the_languages_line_though_a_degree_names_it_first():
    english = _requirements(analyze(resume_text=SLP_RESUME, job_description=SLP_POSTING))["English"]

    assert (english["status"], english["evidence"]) == ("met", "Swedish (native), English (C2), Spanish (B2)")


def test_a_language_said_to_be_spoken_in_a_sentence_is_held():
    resume = "Rosa Diaz\nSummary\nContact center leader. Bilingual English/Spanish.\n"
    posting = "Team Lead\nRequirements\n- Bilingual Spanish a plus\n"

    spanish = _requirements(analyze(resume_text=resume, job_description=posting))["Spanish"]

    assert (spanish["status"], spanish["context"]) == ("met", "prose")


PA_POSTING = """Physician Assistant
Requirements
- Family medicine rotations
- Document visits in athenahealth
"""

PA_RESUME = """Emily Sorensen, PA-C
Clinical Rotations
Family Medicine, St. Luke's (8 weeks)
- Documented visits in athenahealth
"""


def test_letters_signed_after_the_name_that_spell_the_title_show_the_role():
    result = analyze(resume_text=PA_RESUME, job_description=PA_POSTING)

    assert result["details"]["sub_scores"]["role"]["score"] == 100


def test_a_title_named_after_hiring_in_a_long_first_sentence_is_the_job_title():
    posting = (
        "We're hiring a Backend Engineer to join our payments team in Berlin and help us scale the platform.\n"
        "You know Go and PostgreSQL.\n"
    )

    result = analyze(resume_text=CHAT_RESUME, job_description=posting)

    assert result["details"]["job_title"] == "Backend Engineer"


def test_a_state_after_the_name_is_no_signed_title():
    posting = "Medical Assistant\nRequirements\n- Take vital signs and room patients\n"
    resume = "Jane Doe, Boston, MA\nExperience\nBarista, Bean Co (2020 - present)\n- Made 300 drinks a day\n"

    result = analyze(resume_text=resume, job_description=posting)

    assert result["details"]["sub_scores"]["role"]["score"] < 50


def test_two_spelled_out_credentials_joined_by_or_are_one_requirement():
    posting = (
        "Payroll Specialist\nRequirements:\n"
        "- Fundamental Payroll Certification (FPC) or Certified Payroll Professional (CPP) preferred\n"
    )
    resume = (
        "Rachel Gomez\nExperience\nPayroll Specialist, Buckeye Logistics (2021 - present)\n"
        "- Process bi-weekly payroll for 2,800 employees\nCertification\n"
        "Certified Payroll Professional (CPP), American Payroll Association, 2023\n"
    )

    names = _requirements(analyze(resume_text=resume, job_description=posting))

    fpc = names["Fundamental Payroll Certification"]
    assert (fpc["status"], fpc["alternatives"]) == (
        "met",
        ["Fundamental Payroll Certification", "Certified Payroll Professional"],
    )
    assert "Certified Payroll Professional" not in names
