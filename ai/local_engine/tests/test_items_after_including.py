"""A phrase after "including" and joined to the next item is one item of what the line lists ("the stock
database, including batch recalls and expiry checks"); a time of day worked ("late evenings") names no skill.
Every posting and resume here is made up."""

from ai.local_engine import analyze
from ai.local_engine.keyword_gaps import keyword_form

POSTING = """Warehouse Stock Controller
What you'll do
- Maintain the stock database, including batch recalls and expiry checks
- Run weekly cycle counts across the site
What you'll bring
- Willing to work shifts, including late evenings and weekends
- 1+ year in a warehouse
"""

RESUME = """Lee Park
Stock Controller
EXPERIENCE
Stock Controller, Harbour Foods, 2020 - Present
- Ran weekly cycle counts and kept the stock system accurate
"""


def test_an_item_after_including_is_listed_missing():
    missing = [
        term.lower() for term in analyze(resume_text=RESUME, job_description=POSTING)["missing_keywords"]
    ]

    assert "batch recalls" in missing
    assert "late evenings" not in missing


def test_a_time_of_day_worked_names_no_skill():
    assert keyword_form(name="late evenings") is None
    assert keyword_form(name="Saturday mornings") is None
