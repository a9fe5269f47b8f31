"""A public-sector person specification's coded criteria: "E1" opens an essential one, "D1" a desirable one,
and the bracket saying how it is assessed ("(AF, I)", "(Assessment: Application Form (AF), Certificates
(C))") asks nothing. Every posting and resume here is made up."""

from ai.local_engine import analyze
from ai.local_engine.tests.rows import requirement_rows

POSTING = """Environmental Health Officer
Glenmarra Council

Person specification
E1 Degree in Environmental Health (Assessment: Application Form (AF), Certificates (C))
E2 Experience of food safety inspections in a local authority (AF, I)
E3 Full UK driving licence (AF)
D1 Corporate membership of REHIS (AF)
D2 Experience of the Uniform database (AF)
"""
RESUME = """Morag Fraser
Experience
Environmental Health Officer, Kelvinside Council, 2019 - present
- Carried out 300 food safety inspections a year in category A-C businesses
Education
BSc (Hons) Environmental Health, University of Strathclyde, 2018
Licences
Full UK driving licence
"""


def test_coded_criteria_are_read_as_essential_or_desirable_items():
    rows = requirement_rows(resume=RESUME, posting=POSTING)

    assert rows["Full UK driving licence"]["status"] == "met"
    assert rows["REHIS"]["importance"] == "preferred"
    assert [r for r in rows.values() if r["kind"] == "degree"][0]["status"] == "met"
    assert not {"AF", "Application Form", "Assessment"} & set(rows)


def test_a_role_held_since_a_month_of_a_year_counts_its_years():
    details = analyze(
        resume_text="Morag Fraser\nEnvironmental Health Officer, Kelvinside Council\nSince 03/2019\n- Inspected 300 "
        "food businesses a year",
        job_description=POSTING,
    )["details"]

    assert details["years_in_resume"] >= 6
