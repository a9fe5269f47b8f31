"""Ways of working named after "practices:" are examples of one requirement; a "Tools:" list asks each."""

from ai.local_engine import analyze

# Made up for these tests.
MANAGER = """Engineering Manager
What you'll do
- Improve engineering practices: code review, CI/CD, incident reviews, on-call health
- Tools: Jira, Confluence
"""
RESUME = (
    "Ann Lee\nExperience\nLed code review for a team of six engineers and tracked work in Jira, 2019-2024."
)


def test_one_practice_shown_meets_the_practices_asked():
    missing = analyze(resume_text=RESUME, job_description=MANAGER)["missing_keywords"]
    assert not [term for term in missing if "CI/CD" in term or "incident" in term.lower()], missing


def test_none_shown_leaves_them_missing_as_one_requirement():
    resume = "Ann Lee\nExperience\nBaked bread and cakes at Bean Bakery, 2019-2024."
    missing = analyze(resume_text=resume, job_description=MANAGER)["missing_keywords"]
    assert len([term for term in missing if "CI/CD" in term or "code review" in term.lower()]) == 1, missing


def test_a_tools_heading_still_asks_each_tool():
    missing = analyze(resume_text=RESUME, job_description=MANAGER)["missing_keywords"]
    assert "Confluence" in missing
    assert "Jira" not in missing
