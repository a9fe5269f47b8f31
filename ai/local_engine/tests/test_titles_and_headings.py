"""A posting's title and headings read as people write them: an "-ist" occupation is a role ("Climbing
Arborist"), so the work in it counts as relevant years. Every posting and resume here is made up."""

from ai.local_engine import analyze

ARBORIST_POSTING = """Climbing Arborist – Sunshine Coast – $38–$44/hr + super

My client is after an experienced climbing arborist with at least 3 years' climbing experience and a
White Card. Call Jess or hit apply with your CV.
"""
ARBORIST_RESUME = """Liam Doyle
Experience
Climbing Arborist, Coastal Tree Co, 2019 - present
- Climb on SRT and DdRT for removals and pruning to AS 4373
Groundsman, Green Cut, 2017 - 2019
- Ran the chipper and dragged brush for two climbers
Tickets
White Card
"""


def test_an_ist_occupation_is_the_postings_role_and_its_years_are_relevant():
    result = analyze(resume_text=ARBORIST_RESUME, job_description=ARBORIST_POSTING)
    details = result["details"]

    assert details["job_title"] == "Climbing Arborist"
    assert details["sub_scores"]["role"]["score"] == 100
    assert details["relevant_years"] >= 5
    assert details["sub_scores"]["experience"]["score"] == 100


def test_a_heading_after_an_emoji_sets_what_follows_as_a_plus():
    posting = (
        "Drug Safety Associate\n✅ Must have\n- Case processing in Argus Safety\n💡 Good to have\n"
        "- Signal detection\n- PSUR writing\n"
    )
    rows = {
        r["name"]: r
        for r in analyze(resume_text=ARBORIST_RESUME, job_description=posting)["details"]["requirements"]
    }

    assert rows["Signal detection"]["importance"] == "preferred"


def test_a_products_acronym_spelled_as_a_word_is_the_product_only_in_capitals():
    posting = (
        "Video Editor\nYou have\n- Calm under deadline pressure\n- Experience cutting in Premiere Pro\n"
        "- Catalogue records in CALM\n"
    )
    rows = analyze(resume_text=ARBORIST_RESUME, job_description=posting)["details"]["requirements"]
    names = [r["name"] for r in rows]

    assert "Calm" not in names
    assert "CALM" in names
    shouted = analyze(resume_text=ARBORIST_RESUME, job_description=posting.upper())["details"]["requirements"]
    assert "CALM" not in [r["name"] for r in shouted]


def test_a_degree_line_below_the_name_is_the_writers_own_not_copied():
    posting = (
        "County Archivist\nEssential\n- MA (Archives and Records Management)\n"
        "- Experience cataloguing collections in CALM\n"
    )
    resume = "AOIFE BRENNAN\nMA (Archives and Records Management)\n" + ARBORIST_RESUME.split("\n", 1)[1]
    details = analyze(resume_text=resume, job_description=posting)["details"]

    assert details["copied_from_job_description"] == 0.0
    assert details["warnings"] == []


def test_experience_said_to_be_welcome_but_not_essential_is_not_asked():
    posting = (
        "Sales Assistant – Part Time\nAbout you\n"
        "• Previous retail or customer-facing experience is great, but not essential\n"
        "• Good with numbers and comfortable handling cash\n"
    )
    resume = "Ellie Shaw\nWork experience\nBarista, Bean Café, 2023 - present\n- Serve 200 customers on a Saturday\n"
    details = analyze(resume_text=resume, job_description=posting)["details"]

    assert details["sub_scores"]["experience"]["score"] == 100


def test_a_service_desk_title_works_in_it():
    posting = "IT Service Desk Analyst (Level 1)\nRequirements\n- Log tickets in ServiceNow\n"
    resume = (
        "Marco Reyes\nExperience\nTechnical Support Engineer (Service Desk) – Concentrix, 2023 - present\n"
        "- Create and prioritize tickets in ServiceNow\n"
    )
    role = analyze(resume_text=resume, job_description=posting)["details"]["sub_scores"]["role"]

    assert role["score"] == 50


def test_a_month_before_a_year_is_no_evidence_of_an_acronym_asked():
    posting = "Senior Care Assistant\nRequirements\n- Complete accurate MAR records\n"
    resume = (
        "Joy Santos\nExperience\nCaregiver (Private home care) Mar 2017 – Nov 2020\n"
        "- Helped clients wash and dress each morning\nSkills\nMedication administration (eMAR / MAR)\n"
    )
    rows = analyze(resume_text=resume, job_description=posting)["details"]["requirements"]

    mar = next(r for r in rows if r["name"] == "MAR")
    assert mar["evidence"] == "Medication administration (eMAR / MAR)"
