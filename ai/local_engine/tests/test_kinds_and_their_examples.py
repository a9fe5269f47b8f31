"""A named skill shown by the parts a bracket names, a kind of software with its examples, and one ask written
out in one sentence and by its capitals in another."""

from ai.local_engine import analyze
from ai.local_engine.requirements import read_requirements

# Made up for these tests.
DESIGN_POSTING = """Layout Artist

Requirements:
- Expert knowledge of Adobe Creative Suite (InDesign, Photoshop)
"""
RECRUITING_POSTING = """People Partner

What you will do:
- Keep our applicant tracking system (Ashby) up to date
What you bring:
- Working knowledge of an ATS such as Ashby, Lever or Teamtailor
- Strong CSS and a grounding in computer science
"""
DATA_POSTING = """Analytics Engineer

Requirements:
- Experience with Spark (PySpark) or a similar distributed processing framework
"""


def _requirement(analysis: dict, name: str) -> dict:
    found = [r for r in analysis["details"]["requirements"] if r["name"] == name]
    assert found, [r["name"] for r in analysis["details"]["requirements"]]
    return found[0]


def _names(posting: str) -> list[str]:
    return [r.name for r in read_requirements(text=posting).requirements]


def test_a_named_suite_is_met_by_a_part_the_bracket_names():
    resume = "Kim Lee\nExperience\nDesigner, Fold Studio (2019 - 2024)\n- Laid out 40 catalogues in InDesign"

    analysis = analyze(resume_text=resume, job_description=DESIGN_POSTING)

    assert _requirement(analysis, "Adobe Creative Suite")["status"] == "met"
    assert _requirement(analysis, "Photoshop")["status"] == "missing"


def test_a_kind_of_software_and_its_examples_after_such_as_are_one_requirement_met_by_a_plain_word_name():
    resume = "Kim Lee\nExperience\nRecruiter, Hale Ltd (2019 - 2024)\n- Kept every candidate record in Lever"

    analysis = analyze(resume_text=resume, job_description=RECRUITING_POSTING)

    tracking = _requirement(analysis, "applicant tracking system")
    assert tracking["status"] == "met"
    assert "ATS" not in _names(RECRUITING_POSTING)
    assert "Lever" not in analysis["missing_keywords"]


def test_capitals_that_spell_another_skill_with_an_s_added_are_not_that_skill():
    names = _names(RECRUITING_POSTING)

    assert "computer science" in names
    assert "CSS" in names


def test_an_example_with_a_bracket_before_or_a_similar_kind_is_one_requirement():
    resume = "Kim Lee\nExperience\nData Engineer, Vale (2019 - 2024)\n- Ran 30 nightly Spark jobs on EMR"

    analysis = analyze(resume_text=resume, job_description=DATA_POSTING)

    assert "distributed processing framework" not in _names(DATA_POSTING)
    assert _requirement(analysis, "Spark")["status"] == "met"


def test_a_name_or_another_of_its_kind_is_one_requirement_met_by_the_name():
    posting = (
        "Medical Assistant\n\nRequirements:\n- Experience with Epic or another EHR\n- BLS certification\n"
    )
    resume = (
        "Kim Lee\nExperience\nMedical Assistant, Oak Clinic (2019 - 2024)\n- Charted 30 visits a day in Epic"
    )

    analysis = analyze(resume_text=resume, job_description=posting)

    assert "EHR" not in analysis["missing_keywords"]
    assert _requirement(analysis, "Epic or EHR")["status"] == "met"


def test_one_word_in_brackets_after_an_acronym_is_its_other_name():
    posting = "Welder\n\nDuties:\n- Weld using FCAW, GMAW (MIG) and SMAW processes\n- Registered Nurse (ICU) experience\n"
    resume = "Kim Lee\nExperience\nWelder, Vale Fab (2019 - 2024)\n- MIG welded handrails and brackets daily"

    analysis = analyze(resume_text=resume, job_description=posting)

    assert _requirement(analysis, "GMAW")["status"] == "met"
    smaw = [r["status"] for r in analysis["details"]["requirements"] if r["name"].startswith("SMAW")]
    assert smaw == ["missing"]


def test_a_version_after_a_name_keeps_its_alternatives_one_requirement():
    names = _names("Developer\n\nMandatory Skills:\n- Angular 12+ or React\n- Java 8+ and Kotlin\n")

    assert "Angular or React" in names
    assert "React" not in names


def test_a_security_tool_kind_with_its_product_in_brackets_is_one_requirement_however_often_named():
    posting = (
        "Security Analyst\n\nDuties:\n- Triage alerts in our SIEM (Splunk) and EDR (CrowdStrike Falcon)\n\n"
        "Requirements:\n- Hands-on experience with a SIEM and an EDR platform\n"
    )
    names = _names(posting)
    splunk_only = analyze(
        resume_text="Kim Lee\nExperience\nSOC Analyst (2019 - 2024)\n- Triaged 60 Splunk alerts a shift",
        job_description=posting,
    )

    assert (names.count("SIEM"), names.count("EDR")) == (1, 1)
    assert _requirement(splunk_only, "SIEM")["status"] == "met"


def test_a_level_in_brackets_after_an_acronym_is_no_other_name():
    posting = "Analyst\n\nRequirements:\n- SQL (advanced)\n- Excel\n"
    resume = "Kim Lee\nExperience\nAnalyst, Vale (2019 - 2024)\n- Built advanced Excel models for pricing"

    assert _requirement(analyze(resume_text=resume, job_description=posting), "SQL")["status"] == "missing"


def test_languages_in_brackets_after_a_job_are_not_parts_of_its_skill():
    posting = (
        "Bilingual Accounts Receivable Clerk (French/English)\n\nRequirements:\n"
        "- 2 years of accounts receivable experience\n- Excel\n"
    )
    resume = (
        "Kim Roy\nExperience\nCashier, Vale Foods (2019 - 2024)\n- Served customers in French and English"
    )
    analysis = analyze(resume_text=resume, job_description=posting)

    assert _requirement(analysis, "accounts receivable")["status"] == "missing"
    assert _requirement(analysis, "French")["status"] == "met"


def test_a_tool_named_in_a_duty_and_asked_with_an_alternative_is_listed_once():
    posting = (
        "QA Tester\n\nWhat you'll do:\n- Log bugs in JIRA with clear repro steps\n\n"
        "Requirements:\n- Experience with JIRA or a similar bug tracker\n- Experience with Excel\n"
    )
    resume = "Kim Roy\nExperience\nCashier, Vale Foods (2019 - 2024)\n- Served 200 customers a day"
    missing = [k.lower() for k in analyze(resume_text=resume, job_description=posting)["missing_keywords"]]

    assert [k for k in missing if "jira" in k] == ["jira or bug tracker"], missing


def test_an_email_marketing_platform_is_met_by_a_named_one():
    posting = (
        "Marketing Executive\n\nWhat you'll need\n- Experience with email marketing platforms\n- Canva\n"
    )
    resume = (
        "Kim Roy\nExperience\nMarketing Executive, Vale (2021 - 2024)\n"
        "- Sent weekly emails in Mailchimp to 40,000 subscribers\n"
    )
    analysis = analyze(resume_text=resume, job_description=posting)

    assert _requirement(analysis, "email marketing platforms")["status"] == "met"


def test_a_kind_named_after_its_product_or_alone_is_met_by_a_known_member():
    resume = (
        "Kim Roy\nExperience\nCoordinator, Vale Health (2021 - 2024)\n- Charted visits in Epic daily\n"
        "- Ran payroll in Workday\n- Built staff courses in Moodle\n"
    )
    named = "Coordinator\n\nDuties\n- Chart in our Epic EHR\n- Run payroll in Workday HCM\n- Build courses in the Moodle LMS\n"
    alone = "Coordinator\n\nRequirements\n- Experience with an EHR\n- Experience with an HRIS\n- LMS administration\n"

    for posting in (named, alone):
        analysis = analyze(resume_text=resume, job_description=posting)
        assert not analysis["missing_keywords"], analysis["missing_keywords"]
