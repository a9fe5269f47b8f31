"""A phrase asked as experience or training ("Board portal experience (Diligent or BoardEffect)") is an item of
what the posting asks (but one alternative before "experience" is not), met by an example in its brackets; an
internship asked is shown by a post as intern. Every posting and resume here is made up."""

from ai.local_engine import analyze

POSTING = """Executive Assistant
What you'll bring
- 4+ years supporting a senior executive
- Expert in Microsoft Outlook and Excel
Nice to have
- Board portal experience (Nasdaq Boardvantage or BoardEffect)
- Desirable: a bachelor's degree; 1+ year of security, military or law enforcement experience
"""

RESUME = """Dana Whitfield
Executive Assistant
EXPERIENCE
Executive Assistant, Lorimer Capital, 2019 - Present
- Managed the CEO's calendar in Outlook and tracked the office budget in Excel
- Booked travel for a team of twelve and prepared expense reports every month
"""


def _missing(result: dict) -> list[str]:
    return [term.lower() for term in result["missing_keywords"]]


def test_a_phrase_asked_as_experience_on_a_line_of_its_own_is_listed_missing():
    missing = _missing(analyze(resume_text=RESUME, job_description=POSTING))

    assert "board portal" in missing


def test_one_alternative_of_a_field_asked_as_experience_is_no_item_of_its_own():
    resume = RESUME + "Security Officer, Allied Guard Services, 2015 - 2019\n- Patrolled a retail site\n"

    assert "law enforcement" not in _missing(analyze(resume_text=resume, job_description=POSTING))


def test_a_phrase_asked_as_experience_is_met_by_an_example_in_its_brackets():
    resume = RESUME + "- Prepared quarterly board books in BoardEffect\n"

    assert "board portal" in _missing(analyze(resume_text=RESUME, job_description=POSTING))
    assert "board portal" not in _missing(analyze(resume_text=resume, job_description=POSTING))


GRADUATE_POSTING = (
    "Graduate Software Engineer\nWhat we look for\n- BS in Computer Science\n"
    "- Software engineering internship experience or substantial project work\n- Java or Python\n"
)


def test_an_internship_asked_is_shown_by_a_post_as_intern():
    without = "Sam Ortiz\nEDUCATION\nBS in Computer Science, Lakeview University, 2024\n"
    resume = (
        without + "EXPERIENCE\n"
        "Software Intern, Corvid Labs, Jun 2023 - Aug 2023\n- Wrote Python services for a billing API\n"
    )

    assert any(
        "internship" in term
        for term in _missing(analyze(resume_text=without, job_description=GRADUATE_POSTING))
    )
    assert not any(
        "internship" in term
        for term in _missing(analyze(resume_text=resume, job_description=GRADUATE_POSTING))
    )


TRADE_POSTING = """Elevator Service Mechanic
What you'll do
- Maintain and repair traction and hydraulic elevators on a route of 60 units
Requirements
- IUEC journeyman mechanic card
- Immediate availability or short notice is preferred
Nice to have
- Notary public commission
"""

TRADE_RESUME = """Lee Barros
Elevator Mechanic
EXPERIENCE
Elevator Mechanic, Summit Lift Co., 2015 - Present
- Maintained and repaired traction and hydraulic elevators on a route of 55 units
"""


def test_a_whole_line_under_a_heading_of_what_to_have_is_listed_missing():
    missing = _missing(analyze(resume_text=TRADE_RESUME, job_description=TRADE_POSTING))

    assert "notary public commission" in missing
    assert not any("availability" in term for term in missing)  # a line going on past the phrase


def test_a_credential_listed_with_its_noun_is_held_by_its_name_alone():
    resume = TRADE_RESUME + "CERTIFICATIONS\nIUEC Journeyman Mechanic (topped out 2014)\n"

    assert any(
        "iuec" in term for term in _missing(analyze(resume_text=TRADE_RESUME, job_description=TRADE_POSTING))
    )
    assert not any(
        "iuec" in term for term in _missing(analyze(resume_text=resume, job_description=TRADE_POSTING))
    )
