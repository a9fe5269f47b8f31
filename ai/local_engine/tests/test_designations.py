"""Professional designations a posting asks for by their letters ("P.Eng. or EIT designation", "CPM or RPA
designation"), held after the name in a resume's header or under its certifications. Every posting and
resume here is made up."""

from ai.local_engine.tests.rows import requirement_rows

ENGINEERING_POSTING = (
    "Municipal Engineer\nRequirements:\n- P.Eng. or EIT designation\n- 4+ years of municipal road design\n"
)
PROPERTY_POSTING = (
    "Property Manager\nRequirements:\n- 5 years managing residential buildings\n"
    "- CPM or RPA designation preferred\n"
)


def _engineer(header: str) -> str:
    return (
        f"{header}\nHamilton, ON | r.okafor@example.com\n\nEXPERIENCE\nMunicipal Engineer, Bayview Township "
        "(2018 - present)\n- Designed 14 km of municipal road reconstruction, from survey to tender\n"
    )


def test_dotted_letters_before_designation_are_a_certification_with_its_alternative():
    rows = requirement_rows(resume=_engineer("Rachel Okafor"), posting=ENGINEERING_POSTING)

    assert rows["P.Eng designation"]["kind"] == "certification"
    assert rows["P.Eng designation"]["alternatives"] == ["EIT designation"]
    assert rows["P.Eng designation"]["status"] == "missing"


def test_a_dotted_designation_after_the_name_in_the_header_is_held():
    rows = requirement_rows(resume=_engineer("Rachel Okafor, P.Eng."), posting=ENGINEERING_POSTING)

    assert rows["P.Eng designation"]["status"] == "met"
    assert rows["P.Eng designation"]["evidence"] == "Rachel Okafor, P.Eng."


def test_a_designation_under_certifications_meets_it_by_its_letters():
    resume = (
        "Dana Cho\n\nExperience\nProperty Manager, Elm Residential (2017 - present)\n"
        "- Managed 6 residential buildings (410 units) and a team of 9\n\n"
        "Certifications\nCertified Property Manager (CPM), IREM, 2022\n"
    )

    rows = requirement_rows(resume=resume, posting=PROPERTY_POSTING)

    assert rows["CPM designation"]["kind"] == "certification"
    assert rows["CPM designation"]["status"] == "met"
    assert rows["CPM designation"]["importance"] == "preferred"


def test_credentials_known_by_name_listed_before_or_equivalent_are_one_requirement():
    posting = (
        "IT Project Manager\nRequirements:\n- 5+ years managing IT projects\n- PMP, PRINCE2, or equivalent\n"
    )
    resume = (
        "Sam Lee\n\nExperience\nIT Project Manager, Northwind (2018 - present)\n"
        "- Managed 12 IT projects worth $9M, each delivered on budget\n\nCertifications\nPRINCE2 Practitioner, 2021\n"
    )

    rows = requirement_rows(resume=resume, posting=posting)

    assert rows["PMP or PRINCE2"]["kind"] == "certification"
    assert rows["PMP or PRINCE2"]["alternatives"] == ["PRINCE2"]
    assert rows["PMP or PRINCE2"]["status"] == "met"


def test_a_comptia_name_first_in_a_list_of_credentials_is_asked():
    posting = "SOC Analyst\nRequirements:\n- 2+ years in a SOC\n- Security+, CySA+, GCIH or equivalent certification\n"

    rows = requirement_rows(
        resume="Kim Ortiz\n\nExperience\nHelp desk analyst (2020 - present)\n", posting=posting
    )

    assert rows["Security+ or GCIH"]["kind"] == "certification"
    assert rows["Security+ or GCIH"]["status"] == "missing"


def test_an_unread_name_with_a_plus_does_not_break_a_list_of_alternatives():
    posting = (
        "SOC Analyst\nRequirements:\n- 2+ years in a SOC\n"
        "- one or more certifications: Security+, CySA+, GCIH, or equivalent\n"
    )
    resume = (
        "Kim Ortiz\n\nExperience\nSOC Analyst, Keystone Bank (2021 - present)\n- Triaged 40 alerts a shift in a SOC\n\n"
        "Certifications\nCompTIA Security+ (2020)\n"
    )

    rows = requirement_rows(resume=resume, posting=posting)

    assert rows["Security+ or GCIH"]["status"] == "met"
    assert "GCIH" not in rows
