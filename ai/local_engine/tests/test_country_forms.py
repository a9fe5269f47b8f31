"""How postings and resumes in other English-speaking countries say common things: India's "Till date" for
"present" and its PGDM for an MBA, Australia's "highly regarded" for a plus and "Certificate III or IV", the
UK's "full clean driving licence", and "bi-weekly" (no BI). Every posting and resume here is made up."""

from ai.local_engine import analyze
from ai.local_engine.tests.rows import requirement_names, requirement_rows

BANK = """Relationship Manager – SME Banking
Requirements
- Graduate in any discipline; MBA (Finance) will be preferred
- 5+ years of experience in SME or business banking
"""
BANKER = """Rahul Deshpande
Experience
Relationship Manager – SME Banking, Kotwal Private Bank Ltd. | Apr 2019 – Till date
- Grew an SME banking book of 60 clients from ₹80 Cr to ₹140 Cr
Education
PGDM (Finance) – Welingkar Institute of Management, Mumbai, 2018
"""


def test_till_date_is_present_and_a_pgdm_is_an_mba():
    result = analyze(resume_text=BANKER, job_description=BANK)

    assert result["details"]["years_in_resume"] >= 5
    assert result["details"]["sub_scores"]["experience"]["score"] == 100
    assert {r["name"]: r for r in result["details"]["requirements"]}["MBA"]["status"] == "met"


CLAIMS = """Motor Claims Consultant
Requirements
- 2+ years in motor claims
- Certificate III or IV in Insurance
- Full clean driving licence
- Experience with fraud investigations is highly regarded
- Process bi-weekly settlement runs
"""
ASSESSOR = """Mia Nguyen
Experience
Claims Consultant, Harbourside Insurance, 2019 - present
- Managed 90 open motor claims a month from lodgement to settlement
Education
Certificate IV in General Insurance – Kaplan Professional, 2020
Licences
Full driving licence
"""


def test_australian_and_uk_forms_are_read():
    rows = requirement_rows(resume=ASSESSOR, posting=CLAIMS)

    assert rows["Certificate III or IV in Insurance"]["status"] == "met"
    assert rows["Full clean driving licence"]["status"] == "met"
    assert rows["fraud investigations"]["importance"] == "preferred"
    assert "bi" not in {name.lower() for name in requirement_names(resume=ASSESSOR, posting=CLAIMS)}


HYGIENIST = """Occupational Hygienist
Requirements
- Tertiary qualification in occupational hygiene, environmental health or a related science
- 3+ years of occupational hygiene consulting
"""


def test_a_tertiary_qualification_is_a_degree_asked_in_its_field():
    held = requirement_rows(
        resume="Education\nBachelor of Science (Environmental Health), Griffith University, 2016",
        posting=HYGIENIST,
    )
    lacking = requirement_rows(resume="Experience\nCashier, Coles, 2019 - present", posting=HYGIENIST)

    name = "Tertiary qualification in occupational hygiene, environmental health"
    assert held[name]["kind"] == "degree"
    assert held[name]["status"] == "met"
    assert lacking[name]["status"] == "missing"


DRIVER = """Delivery Driver
Requirements
- Do you hold a current New Zealand driver licence?
- 2+ years of multi-drop delivery
"""


def test_a_licence_named_by_a_place_of_two_words_keeps_them_and_is_met_by_a_local_one():
    rows = requirement_rows(
        resume="Licences\nFull NZ driver licence (Class 1)\nExperience\nCourier, Fastway, 2021 - present",
        posting=DRIVER,
    )

    assert rows["New Zealand driver licence"]["status"] == "met"


SUPPORT = """Customer Support Executive
Experience: 0.6 - 3 years | Rotational shifts
Requirements
- Good written English for chat and e-mail support
"""
PSW = """Personal Support Worker
Requirements
- Ontario Personal Support Worker Certificate
- Valid Ontario G licence
"""


def test_a_range_of_years_from_under_one_asks_one_and_a_provinces_credential_is_met_without_it():
    support = analyze(resume_text="Experience\nChat agent, Teleperf, 2025 - present", job_description=SUPPORT)
    rows = requirement_rows(
        resume="Certifications\nPersonal Support Worker Certificate - Fanshawe College, 2021\nFull G licence",
        posting=PSW,
    )

    assert support["details"]["years_required"] == 1
    assert rows["Ontario Personal Support Worker Certificate"]["status"] == "met"
    assert rows["Ontario G licence"]["status"] == "met"


def test_a_degree_named_with_its_field_is_the_degree_row_alone():
    rows = requirement_rows(
        resume="Jo Kim\nSales Officer, Axis Bank, 2020 - present",
        posting="Sales Officer\nRequirements\n- Graduate in any stream; MBA Marketing preferred\n- 2+ years in sales",
    )

    assert "MBA Marketing" not in rows


def test_a_hyphened_degree_is_the_degree():
    posting = "Hospital Pharmacist\nRequirements\n- Pharm-D from a recognised university\n- 2 years of hospital pharmacy"
    resume = "Sana Malik\nEducation\nPharm-D, University of the Punjab, 2018\nExperience\nPharmacist, Mayo Hospital, 2019 - present"

    assert (
        analyze(resume_text=resume, job_description=posting)["details"]["sub_scores"]["education"]["score"]
        == 100
    )
