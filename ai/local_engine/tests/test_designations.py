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
