"""An EMS posting: the other credential offered in a bracket ("(or NREMT-P with ability to obtain ...)") and an
adjective before what it describes ("accurate electronic patient care reports"). Every posting and resume
here is made up."""

from ai.local_engine import analyze

POSTING = """Paramedic - Full Time
Riverbend Ambulance Service
Responsibilities
- Assess, treat and transport patients under regional ALS protocols
- Complete accurate electronic patient care reports before the end of each shift
- Perform daily rig checks and restock the ambulance
Requirements
- Current Ohio Paramedic certification (or NREMT-P with ability to obtain Ohio reciprocity within 60 days)
- ACLS and PALS certifications
- 1+ year of 911 experience preferred
"""

RESUME = """Evan Brooks, NRP
Experience
Paramedic, Lakeside EMS, 2021 - present
- Assess, treat and transport 10 patients a shift under state ALS protocols
- Write every patient care report in ESO before the end of the shift
- Complete daily rig checks and restocking
Certifications
NREMT-P (2021), ACLS, PALS
"""


def _requirements(result: dict) -> dict[str, dict]:
    return {r["name"]: r for r in result["details"]["requirements"]}


def test_the_credential_offered_in_a_bracket_is_the_same_requirement():
    result = analyze(resume_text=RESUME, job_description=POSTING)

    names = _requirements(result)
    assert "NREMT-P" not in names
    assert names["Ohio Paramedic certification"]["status"] == "met"  # "Current" asks for it, as of a licence


def test_an_adjective_before_what_it_describes_is_no_skill():
    result = analyze(resume_text=RESUME, job_description=POSTING)

    assert "electronic" not in [name.lower() for name in _requirements(result)]
    assert "electronic" not in [keyword.lower() for keyword in result["missing_keywords"]]


def test_a_commercial_licence_meets_a_driving_licence_asked():
    posting = POSTING.replace(
        "- ACLS and PALS certifications", "- ACLS and PALS certifications\n- Valid driver's license"
    )
    resume = RESUME + "CDL Class B (2019)\n"

    result = analyze(resume_text=resume, job_description=posting)

    licence = _requirements(result)["driver's license"]
    assert licence["status"] == "met"
    assert licence["evidence"] == "CDL Class B (2019)"
