"""A licence asked by the title it lets the person hold ("licensed as a Pharmacy Technician", "Must be licensed
as a Professional Engineer in Texas"): a credential named "Licensed <title>", met where the resume names the
title licensed; a company's own licence is no ask. Every posting and resume here is made up."""

from ai.local_engine.tests.rows import requirement_rows

PHARMACY_POSTING = (
    "Pharmacy Technician\nCareWell Pharmacy, Phoenix AZ\n\nRequirements:\n"
    "- Licensed as a Pharmacy Technician by the Arizona State Board of Pharmacy\n"
    "- Experience with prescription intake\n\nCareWell is licensed as a Pharmacy by the state.\n"
)


def _resume(line: str) -> str:
    return (
        "Ana Lopez\n\nExperience\nPharmacy Assistant, Desert Drug (2021 - present)\n"
        f"- Handled prescription intake and refills\n\nLicences\n- {line}\n"
    )


def test_a_licence_asked_by_its_title_is_a_credential():
    rows = requirement_rows(resume=_resume("Food Handler Card"), posting=PHARMACY_POSTING)

    assert rows["Licensed Pharmacy Technician"]["kind"] == "certification"
    assert rows["Licensed Pharmacy Technician"]["status"] == "missing"
    assert "Licensed Pharmacy" not in rows


def test_the_licence_is_met_where_the_resume_names_the_title_licensed():
    rows = requirement_rows(
        resume=_resume("Licensed Pharmacy Technician, AZ #T-20411"), posting=PHARMACY_POSTING
    )

    assert rows["Licensed Pharmacy Technician"]["status"] == "met"
