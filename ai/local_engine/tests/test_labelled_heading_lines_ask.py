"""A line read as a heading for its label ("Desirable: ...") still asks what follows the colon: a phrase there is
listed missing like one on a line of its own. Every posting and resume here is made up."""

from ai.local_engine import analyze

POSTING = """Leisure Centre Duty Officer
Main duties
- Open and close the centre safely and run the daily plant checks
Person specification
Essential: NPLQ or equivalent; two years in a leisure or sports centre
Skills
Essential: calm under pressure; good written English
Desirable: Lifeguard or swimming teacher qualification
"""

RESUME = """Jordan Hale
Duty Officer
EXPERIENCE
Duty Officer, Riverside Leisure, 2019 - Present
- Opened and closed the centre and ran daily plant checks; held the NPLQ
"""


def test_a_phrase_after_a_headings_label_is_listed_missing():
    missing = [t.lower() for t in analyze(resume_text=RESUME, job_description=POSTING)["missing_keywords"]]

    assert any("swimming teacher" in term for term in missing)
