"""The employer's own place asked by its capitalised kind ("County geography") is met by the resume's local
knowledge ("local geography"), not by the same words about somewhere else. Every posting and resume here is
made up."""

from ai.local_engine import analyze

POSTING = """Emergency Dispatcher

Requirements
- Two years answering emergency calls
- Knowledge of County geography, streets and landmarks, or ability to learn quickly.
- Typing at 40 words per minute
"""
NAME = "County geography, streets or landmarks"


def _row(result: dict) -> dict:
    return next(r for r in result["details"]["requirements"] if r["name"] == NAME)


def test_local_geography_meets_the_countys_geography():
    resume = """Lee Park
Dispatcher

Experience
Dispatcher, Northfield 911 Center, 2018 - present
- Answered emergency calls and dispatched police, fire and EMS

Skills
CAD | radio | map reading and local geography | typing 55 wpm
"""
    result = analyze(resume_text=resume, job_description=POSTING)

    assert _row(result)["status"] in ("met", "partial")
    assert NAME not in result["missing_keywords"]


def test_geography_taught_elsewhere_does_not_meet_it():
    resume = """Lee Park
Dispatcher

Experience
Dispatcher, Northfield 911 Center, 2018 - present
- Answered emergency calls and dispatched police, fire and EMS; taught geography at a local school
"""
    result = analyze(resume_text=resume, job_description=POSTING)

    assert _row(result)["status"] == "missing"
    assert NAME in result["missing_keywords"]
