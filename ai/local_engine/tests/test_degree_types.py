"""Degrees a posting accepts by name are the ask: "B.E./B.Tech or MBA" is met by a B.Tech, an M.Tech, an
MBA or an engineering bachelor's by another name, not by a B.A. in Sociology; "BA certification" is a business
analyst's, no degree. Every posting and resume here is made up."""

from ai.local_engine.tests.rows import requirement_rows

POSTING = """Business Analyst
Desired Candidate Profile
- 3+ years as a Business Analyst in the BFSI domain
- CBAP or any other BA certification is a plus
- Education: B.E./B.Tech or MBA (any specialisation)
"""
RESUME = """Kemi Adeyemi
Business Analyst, Harbour Bank, 2020 - present
- Wrote requirements for the bank's lending platform
Education
{degree}
"""


def _degree(degree: str) -> dict:
    rows = requirement_rows(resume=RESUME.format(degree=degree), posting=POSTING)
    return next(r for r in rows.values() if r["kind"] == "degree")


def test_the_degrees_named_are_the_ask_and_keep_their_names():
    row = _degree("B.Tech in Electronics, 2016")

    assert row["name"] == "B.E./B.Tech or MBA"
    assert row["importance"] == "required"
    assert row["status"] == "met"


def test_one_of_them_a_higher_one_of_its_kind_or_an_engineering_bachelors_meets_it():
    assert _degree("M.Tech (Computer Science), 2018")["status"] == "met"
    assert _degree("MBA Finance, 2019")["status"] == "met"
    assert _degree("BSc Industrial Engineering, 2015")["status"] == "met"


def test_another_degree_of_the_level_does_not():
    assert _degree("B.A. Sociology, 2014")["status"] == "missing"
    assert _degree("Bachelor of Business Administration, 2017")["status"] == "missing"


def test_a_diploma_offered_before_a_degree_is_met_by_a_diploma_in_the_field():
    posting = "Events Coordinator\nRequirements\n- Diploma or degree in Event Management, Hospitality, Tourism or a related field\n"
    resume = (
        "Amina Otieno\nEvents Coordinator, Acme Events, 2021 - present\n- Ran 40 conferences a year\n"
        "EDUCATION\nDiploma in Tourism Management – Coast Institute of Hospitality and Tourism, 2020\n"
    )
    rows = requirement_rows(resume=resume, posting=posting)

    degree = next(row for row in rows.values() if row["kind"] == "degree")
    assert degree["name"].startswith("Diploma or degree")
    assert degree["status"] == "met"


def test_a_uk_honours_degree_or_a_bachelor_of_a_profession_names_its_field_and_equivalent_keeps_it():
    posting = (
        "Band 5 Physiotherapist\nQualifications\n- BSc (Hons) Physiotherapy or equivalent (E)\n"
        "- HCPC registration (E)\n"
    )
    physio = "Sam Lee\nEDUCATION\nBSc (Hons) Physiotherapy, University of Leeds, 2022\n"
    dietitian = "Sam Lee\nEDUCATION\nB.S., Nutritional Sciences, State University, 2020\n"

    degree = next(
        row for row in requirement_rows(resume=physio, posting=posting).values() if row["kind"] == "degree"
    )
    assert degree["name"] == "Bachelor's degree in Physiotherapy"
    assert degree["status"] == "met"
    other = next(
        row for row in requirement_rows(resume=dietitian, posting=posting).values() if row["kind"] == "degree"
    )
    assert other["status"] == "missing"
    ot = "Occupational Therapist\nTo be considered you will hold a Bachelor of Occupational Therapy or an equivalent qualification.\n"
    names = [r["name"] for r in requirement_rows(resume=physio, posting=ot).values() if r["kind"] == "degree"]
    assert names == ["Bachelor's degree in Occupational Therapy"]
