"""Membership of a professional body a posting asks for ("Member of the Society of Radiographers", "CIPD
membership", "Licentiate / Associate / Fellow of the Insurance Institute of India (III)"): a credential, met
where the resume names the body or a grade's post-nominal letters. Every posting and resume here is made up."""

from ai.local_engine.tests.rows import requirement_names, requirement_rows

RADIOGRAPHER_POSTING = (
    "Diagnostic Radiographer\nPerson specification\n- BSc Diagnostic Radiography (E)\n"
    "- Member of the Society of Radiographers (D)\n- Experience of mobile radiography (E)\n"
)
UNDERWRITER_POSTING = (
    "Property Underwriter\nDesired Candidate Profile\n- 5+ years of property underwriting experience.\n"
    "- Licentiate / Associate / Fellow of Insurance Institute of India (III) preferred.\n"
)
HR_POSTING = (
    "HR Business Partner\nRequirements\n- CIPD membership\n- 5 years of employee relations casework\n"
)


def _resume(line: str) -> str:
    return (
        "Priya Nair\n\nExperience\nSenior Underwriter, Coastline General (2017 - present)\n"
        f"- Underwrote commercial property risks\n\nCertifications\n- {line}\n"
    )


def test_member_of_a_society_is_a_membership_asked():
    rows = requirement_rows(resume=_resume("Diploma in Imaging"), posting=RADIOGRAPHER_POSTING)

    assert rows["Society of Radiographers membership"]["kind"] == "certification"
    assert rows["Society of Radiographers membership"]["status"] == "missing"


def test_a_membership_is_met_where_the_resume_names_the_body():
    rows = requirement_rows(resume=_resume("Member, Society of Radiographers"), posting=RADIOGRAPHER_POSTING)

    assert rows["Society of Radiographers membership"]["status"] == "met"


def test_a_ladder_of_grades_in_a_body_is_one_credential_met_by_a_grades_letters():
    name = "Licentiate / Associate / Fellow of Insurance Institute of India"
    missing = requirement_rows(resume=_resume("CII Certificate in Insurance"), posting=UNDERWRITER_POSTING)
    held = requirement_rows(resume=_resume("AIII, 2019"), posting=UNDERWRITER_POSTING)

    assert missing[name]["kind"] == "certification"
    assert missing[name]["status"] == "missing"
    assert held[name]["status"] == "met"


def test_a_roman_numeral_of_a_level_does_not_meet_a_bodys_letters():
    rows = requirement_rows(resume=_resume("Certificate III in Insurance"), posting=UNDERWRITER_POSTING)

    assert rows["Licentiate / Associate / Fellow of Insurance Institute of India"]["status"] == "missing"


def test_a_body_named_by_its_letters_before_membership_is_asked():
    rows = requirement_rows(resume=_resume("MCIPD"), posting=HR_POSTING)

    assert rows["CIPD membership"]["status"] == "met"


def test_a_member_of_the_employers_team_is_no_membership():
    posting = (
        "Housing Officer\nRequirements\n- You will be a member of the Wessex Housing Association team\n"
        "- 2 years of tenancy management\n"
    )

    names = requirement_names(resume=_resume("Housing Diploma"), posting=posting)

    assert not any("membership" in name for name in names)


def test_an_associate_of_arts_is_a_degree_not_a_membership():
    posting = "Teaching Assistant\nRequirements\n- An Associate of Arts degree\n- Classroom experience\n"

    names = requirement_names(resume=_resume("First Aid"), posting=posting)

    assert not any("Arts" in name and "membership" in name for name in names)
    assert not any(name.startswith("Associate of") for name in names)


def test_a_membership_the_job_pays_for_is_no_requirement():
    posting = (
        "HR Advisor\nRequirements\n- 3 years of employee relations casework\n\n"
        "Benefits\n- We pay your CIPD membership and 25 days of holiday\n"
    )

    names = requirement_names(resume=_resume("Casework"), posting=posting)

    assert "CIPD membership" not in names


def test_membership_of_a_body_named_by_its_kind_alone_is_none():
    posting = "Clerk\nRequirements\n- Membership of the Council is expected\n- Minute taking\n"

    names = requirement_names(resume=_resume("Minutes"), posting=posting)

    assert "Council membership" not in names
