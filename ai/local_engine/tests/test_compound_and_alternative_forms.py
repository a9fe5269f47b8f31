"""A term met in another written form is no gap: its words closed up into one ("floorplans" for "floor
plans"), or the same ask kept twice, once as an alternative of a met requirement of its sentence
("communication difficulties" of "communication skills"). Every text here is made up."""

from ai.local_engine import analyze
from ai.local_engine.tests.rows import requirement_rows

EVENTS = """Event Coordinator
Requirements
- Prepare floor plans for every event
- 3+ years of experience in events
"""
DRAWN = """Mara Lind
Experience
Events Assistant, Harbor Hall, 2019 - 2024
- Drew floorplans for 40 weddings and gala dinners
- Booked caterers and florists for corporate clients
"""
NOT_DRAWN = DRAWN.replace("Drew floorplans", "Drew seating charts")

THERAPY = """Speech and Language Assistant
Essential: Good communication skills, including with clients with hearing or communication difficulties; ability to plan a weekly diary
"""
TALKS = """Owen Pryce
Experience
Support Worker, Riverside Care, 2018 - 2024
- Communicated daily with residents and families, and presented care updates at weekly team meetings
- Kept a weekly diary of appointments for 12 residents
"""


def test_a_two_word_term_written_as_one_word_is_met():
    row = requirement_rows(resume=DRAWN, posting=EVENTS)["floor plans"]

    assert row["status"] == "met"
    assert "floor plans" not in analyze(resume_text=DRAWN, job_description=EVENTS)["missing_keywords"]


def test_a_two_word_term_the_resume_lacks_stays_a_gap():
    assert "floor plans" in analyze(resume_text=NOT_DRAWN, job_description=EVENTS)["missing_keywords"]


def test_an_alternative_of_a_met_ask_in_its_sentence_is_no_gap_of_its_own():
    result = analyze(resume_text=TALKS, job_description=THERAPY)
    rows = {r["name"]: r for r in result["details"]["requirements"]}

    assert rows["communication skills"]["status"] == "met"
    assert rows["communication difficulties"]["status"] == "met"
    assert "communication difficulties" not in result["missing_keywords"]


DESK = """Service Desk Analyst
Requirements
- Strong troubleshooting skills
- 2+ years of experience on a service desk
"""
HYPHENATED = """Lee Marsh
Experience
Service Desk Analyst, Northgate Council, 2020 - 2024
- First-line trouble-shooting of laptops, printers and VPN access for 900 staff
- Logged and closed 40 tickets a day in ServiceNow
"""


def test_a_one_word_term_written_with_a_hyphen_is_met():
    row = requirement_rows(resume=HYPHENATED, posting=DESK)["troubleshooting"]

    assert (row["status"], row["matched_as"]) == ("met", "trouble-shooting")


def test_a_one_word_term_written_as_two_free_words_stays_a_gap():
    resume = HYPHENATED.replace("First-line trouble-shooting of", "Shooting trouble tickets for")

    assert "troubleshooting" in analyze(resume_text=resume, job_description=DESK)["missing_keywords"]
