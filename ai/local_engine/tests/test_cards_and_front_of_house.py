"""Front-of-house and public-service postings: a card held as a licence ("Food Handler Card", "CSCS Gold
Card"), a branch's or a trust's name, a coined product named in a bracket after where the work is done, and a
scheme named before "knowledge". Every posting and resume here is made up."""

import pytest

from ai.local_engine import analyze

KITCHEN_POSTING = """Line Cook - Evening Shift
Harbor Grill, Tacoma
What you bring
- 2+ years on a busy grill station
- Washington Food Worker Card (or get one in your first two weeks)
- Comfortable with Toast POS
"""

CARDED_COOK = """Sam Ortiz
Line Cook
EXPERIENCE
Grill Cook, Pier 9 Seafood, Tacoma, 2021 - present
- Run the grill station on Friday and Saturday nights, 250+ covers
- Ring in orders on Toast POS
CERTIFICATIONS
Washington Food Worker Card (2024)
"""

UNCARDED_COOK = CARDED_COOK.split("CERTIFICATIONS")[0]


def _certifications(result: dict) -> dict[str, str]:
    return {
        item["term"]: item["importance"]
        for item in result["details"]["missing_keywords_detail"]
        if item["category"] == "certification"
    }


def _requirement(result: dict, name: str) -> dict:
    return next(r for r in result["details"]["requirements"] if r["name"] == name)


def test_a_card_held_as_a_licence_is_a_credential_named_as_the_posting_writes_it():
    result = analyze(resume_text=UNCARDED_COOK, job_description=KITCHEN_POSTING)

    assert _certifications(result) == {"Washington Food Worker Card": "required"}
    assert "Washington Food Worker Card" in result["missing_keywords"]


def test_a_card_listed_under_certifications_is_held():
    result = analyze(resume_text=CARDED_COOK, job_description=KITCHEN_POSTING)

    card = _requirement(result, "Washington Food Worker Card")
    assert card["kind"] == "certification"
    assert card["status"] == "met"
    assert card["evidence"] == "Washington Food Worker Card (2024)"


ELECTRICIAN_POSTING = """Approved Electrician
Requirements
- 18th Edition (BS 7671)
- ECS/JIB Gold Card
"""

ELECTRICIAN = """Owen Price
Approved Electrician
EXPERIENCE
Electrician, Brightwire Ltd, 2016 - present
- Install and test commercial lighting and power to the 18th Edition
QUALIFICATIONS
JIB Gold Card (Approved Electrician)
"""


def test_a_card_of_either_body_is_met_by_the_card_of_one():
    result = analyze(resume_text=ELECTRICIAN, job_description=ELECTRICIAN_POSTING)

    card = _requirement(result, "ECS/JIB Gold Card")
    assert card["status"] == "met"
    assert card["evidence"] == "JIB Gold Card (Approved Electrician)"


def test_a_perk_card_is_no_credential():
    posting = KITCHEN_POSTING + "\nPerks\n- Staff meals and a Blue Light Card discount\n"

    result = analyze(resume_text=CARDED_COOK, job_description=posting)

    names = [r["name"] for r in result["details"]["requirements"]]
    assert not any("Blue Light" in name for name in names)


LIBRARY_POSTING = """Library Assistant
Maple County Public Library - Palm Springs Branch

Duties
- Check materials in and out using the Polaris ILS
- Balance the cash drawer at the end of each shift
"""

LIBRARY_CLERK = """Rosa Diaz
Circulation Clerk
EXPERIENCE
Circulation Clerk, Valley Library District, 2021 - present
- Check materials in and out in Polaris and balance the cash drawer
"""


def test_a_word_of_a_branchs_name_is_no_tool():
    result = analyze(resume_text=LIBRARY_CLERK, job_description=LIBRARY_POSTING)

    names = [r["name"].lower() for r in result["details"]["requirements"]]
    assert not any("spring" in name for name in names)
    assert not any("spring" in term.lower() for term in result["missing_keywords"])


MUSEUM_POSTING = """Visitor Assistant
About the job
You will welcome visitors, sell tickets and take café bookings at the front desk (OpenTable).

You will need
- Experience of working with the public
- Gift Aid knowledge
"""

MUSEUM_HOST = """Amy Lund
Visitor Host
EXPERIENCE
Visitor Host, Harbour Castle, 2022 - present
- Sell tickets and memberships on the till and sign visitors up for Gift Aid, 30% of eligible tickets
"""


def test_a_coined_product_in_a_bracket_after_the_place_of_work_is_asked():
    result = analyze(resume_text=MUSEUM_HOST, job_description=MUSEUM_POSTING)

    product = _requirement(result, "OpenTable")
    assert product["kind"] == "tool"
    assert product["status"] == "missing"
    assert "OpenTable" in result["missing_keywords"]


def test_a_scheme_named_before_knowledge_is_asked_and_met_where_the_work_shows_it():
    result = analyze(resume_text=MUSEUM_HOST, job_description=MUSEUM_POSTING)

    scheme = _requirement(result, "Gift Aid")
    assert scheme["status"] == "met"
    assert "Gift Aid" in scheme["evidence"]


def test_a_card_given_on_a_benefits_line_read_with_the_asks_is_no_credential():
    posting = KITCHEN_POSTING.replace(
        "- Comfortable with Toast POS",
        "- Comfortable with Toast POS\n- Job benefits: staff meals, 28 days holiday, Discounted Travel Card",
    )

    result = analyze(resume_text=UNCARDED_COOK, job_description=posting)

    assert _certifications(result) == {"Washington Food Worker Card": "required"}


CHILDCARE_POSTING = """Early Childhood Educator
Responsibilities
- Plan play-based programming following How Does Learning Happen?
Requirements
- Clear Vulnerable Sector Check
- Standard First Aid and CPR Level C
"""

EDUCATOR = """Aisha Rahman
Early Childhood Educator, Sunny Days Learning Centre, 2021 - present
- Plan play-based programs for 15 toddlers
Certifications
Standard First Aid & CPR Level C (2024)
"""


@pytest.mark.parametrize("word", ["Does", "Check"])
def test_an_everyday_word_in_a_run_of_capitals_is_no_product(word):
    result = analyze(resume_text=EDUCATOR, job_description=CHILDCARE_POSTING)

    tools = [r["name"] for r in result["details"]["requirements"] if r["kind"] == "tool"]
    assert word not in tools
    assert word not in result["missing_keywords"]


@pytest.mark.parametrize(
    ("line", "tool"),
    [
        ("- 3+ years with Epic Clarity reporting", "Clarity"),
        ("- Senior Go Developer experience", "Go"),
    ],
)
def test_a_product_after_its_vendor_or_before_a_tech_word_is_still_read(line, tool):
    posting = CHILDCARE_POSTING + line + "\n"

    result = analyze(resume_text=EDUCATOR, job_description=posting)

    assert tool in [r["name"] for r in result["details"]["requirements"]]


def test_object_oriented_analysis_and_design_is_one_practice_met_by_oop():
    posting = (
        "Java Developer\nRequirements\n- Object-Oriented Analysis and design using common design patterns\n"
    )
    resume = "Sam Lee\nJava Developer, Acme, 2019 - present\n- Built order services in Java with OOP and design patterns\n"

    result = analyze(resume_text=resume, job_description=posting)

    practice = next(r for r in result["details"]["requirements"] if r["name"].startswith("Object-Oriented"))
    assert practice["status"] == "met"
    assert "Object" not in [r["name"] for r in result["details"]["requirements"]]
