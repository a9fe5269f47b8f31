"""A line of four or more of the posting's asks alone, stuffed into Experience before the resume's last section,
is the posting's keywords listed, whatever its items read like ("Brazing" may read as a verb): an item naming a
role's noun ("ACR technician registration") makes it no title of a role the writer held. Every posting and
resume here is made up."""

from ai.local_engine import analyze

_POSTING = """HVAC Technician
Requirements:
- Brazing and soldering of copper lines
- Building automation systems troubleshooting
- EPA 608 certification
- TDLR ACR technician registration
- Commercial refrigeration service
"""

_RESUME = """Jo Tane
jo@example.com

EXPERIENCE
Welder, Steelworks Ltd, 2019 - present
- Welded structural steel frames for warehouses
- Read blueprints and cut plate to size
Apprentice Welder, Forge Co
2016 - 2018

EDUCATION
High School Diploma, Eastfield High School, 2018
"""


def _analyze(resume: str) -> dict:
    return analyze(resume_text=resume, job_description=_POSTING, semantic=False)


def test_asks_listed_before_the_last_section_name_no_role_held() -> None:
    before = _analyze(_RESUME)
    missing = before["missing_keywords"]
    assert "TDLR ACR technician registration" in missing
    at = _RESUME.index("EDUCATION")
    stuffed = _analyze(_RESUME[:at] + ", ".join(missing) + "\n\n" + _RESUME[at:])
    assert stuffed["details"]["sub_scores"]["role"]["score"] == 0
    assert stuffed["match_score"] - before["match_score"] <= 10


def test_a_role_title_line_in_the_postings_words_still_names_the_role() -> None:
    resume = _RESUME.replace("Apprentice Welder, Forge Co", "HVAC Technician, Commercial refrigeration")
    assert _analyze(resume)["details"]["sub_scores"]["role"]["score"] > 0
