"""A skill's word used in a sense that asks nothing ("strategic initiatives", "the Danish office", "a lab led
by ...", "a culture centered on collaboration"), a unit's name ("School of ... Sciences") and a line of contract
terms are not gaps; the same words asked of the candidate are. Every posting and resume here is made up."""

from ai.local_engine import analyze

RESUME = """Kim Larsen
Office Coordinator
EXPERIENCE
Office Coordinator, Northway Supplies, 2019 - Present
- Booked meetings and processed supplier invoices in Excel
"""

OTHER_SENSES_POSTING = """Business Analyst
Permanent, full time or part time considered
About the role
You will drive strategic initiatives across all Danish markets from the Danish office.
Our analytics group, led by the CFO, has led to great savings.
Our culture is centered on collaboration, ownership and trust.
Requirements
- Experience with Power BI
"""

ASKING_POSTING = """Business Analyst
Requirements
- Experience with Power BI
- You take initiative and have led small teams
- Fluent Danish, written and spoken
- You collaborate well with others
"""

UNIT_POSTING = """Lecturer in Geography
School of Geography, Earth and Environmental Sciences
Requirements
- PhD in Geography or Environmental Science
- Experience with GIS
"""


def _missing(result: dict) -> set[str]:
    return {term.lower() for term in result["missing_keywords"]}


def test_skill_words_in_other_senses_are_not_gaps():
    result = analyze(resume_text=RESUME, job_description=OTHER_SENSES_POSTING)

    assert _missing(result) == {"power bi"}


def test_the_same_skills_asked_of_the_candidate_are_gaps():
    result = analyze(resume_text=RESUME, job_description=ASKING_POSTING)

    assert {"power bi", "ownership", "leadership", "danish", "teamwork"} <= _missing(result)


def test_a_units_name_is_not_a_gap_but_what_is_asked_is():
    missing = _missing(analyze(resume_text=RESUME, job_description=UNIT_POSTING))

    assert "environmental sciences" not in missing
    assert "gis" in missing


SETTING_POSTING = """CHEF DE PARTIE – THE NORTHGATE KITCHEN
Requirements
- 2+ years of paralegal experience in a law firm or corporate legal department
- Knowledge of Natasha's Law
- Experience with SAP
"""


def test_a_workplace_setting_a_title_in_capitals_and_a_laws_noun_are_not_gaps():
    missing = _missing(analyze(resume_text=RESUME, job_description=SETTING_POSTING))

    assert not missing & {"law firm or corporate legal department", "chef", "law"}
    assert "sap" in missing


COLLEAGUES_POSTING = """Accounts Receivable Clerk
Requirements
- Work closely with Sales Representatives to resolve pricing disputes
- Experience with QuickBooks
"""


def test_a_colleagues_title_is_not_a_gap():
    missing = _missing(analyze(resume_text=RESUME, job_description=COLLEAGUES_POSTING))

    assert "sales" not in missing
    assert "quickbooks" in missing


def test_communication_between_services_is_no_soft_skill():
    from ai.local_engine.requirements import read_requirements

    posting = (
        "Backend Developer\nResponsibilities\n- Work with Kafka for event-driven communication between services.\n"
        "- Excellent communication skills.\n"
    )
    requirements = read_requirements(text=posting).requirements
    soft = [r for r in requirements if r.kind == "soft_skill"]

    assert [r.sentence for r in soft] == ["Excellent communication skills."]


def test_ownership_the_job_gives_is_not_asked_and_ownership_asked_is():
    from ai.local_engine.requirements import read_requirements

    given = (
        "Engineer\n\n- You would work in a squad, giving you and your team full ownership of the product.\n"
    )
    asked = "Engineer\n\n- Able to take ownership of tasks and see them through.\n"

    assert "ownership" not in [r.name for r in read_requirements(text=given).requirements]
    assert "ownership" in [r.name for r in read_requirements(text=asked).requirements]


HISTORY_POSTING = """Visitor Host
The role
- Give tours from Georgian bathing houses to modern piers
- Support a customer-owned Finnish cooperative
- Serve coffee from a lovely Italian espresso machine
- You will work with Danish health technology partners
Requirements
- Experience with Power BI
"""

LANGUAGE_ASKED_POSTING = """Visitor Host
Requirements
- Experience with Power BI
- Spanish strongly preferred
- Italian conversation for our guided tours
- Some Portuguese is helpful
"""


def test_a_language_name_describing_a_noun_is_not_a_gap():
    missing = _missing(analyze(resume_text=RESUME, job_description=HISTORY_POSTING))

    assert missing == {"power bi"}


def test_a_language_asked_with_a_word_about_how_much_is_still_a_gap():
    missing = _missing(analyze(resume_text=RESUME, job_description=LANGUAGE_ASKED_POSTING))

    assert {"power bi", "spanish", "italian", "portuguese"} <= missing


def test_praised_colleagues_the_job_offers_are_no_collaboration_asked():
    from ai.local_engine.requirements import read_requirements

    offered = "Engineer\n\nThe role\n- You will be working with highly experienced colleagues.\n- Python\n"
    asked = "Engineer\n\nThe role\n- Work closely with our scientists on multiple projects\n- Python\n"

    assert [r.kind for r in read_requirements(text=offered).requirements] == ["tool"]
    assert "soft_skill" in [r.kind for r in read_requirements(text=asked).requirements]
