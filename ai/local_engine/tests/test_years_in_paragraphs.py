"""Years of a resume written in paragraphs: the current job dated in the writer's own sentence ("Since May 2019
I have worked as ...") and a claim of years spelled out ("six years of experience"). Every posting and resume
here is made up."""

import datetime

from ai.local_engine import analyze

POSTING = """Land Surveyor
Requirements
- Minimum 3 years of land surveying experience
- Boundary and topographic surveys with a total station
"""


def _details(resume: str) -> dict:
    return analyze(resume_text=resume, job_description=POSTING)["details"]


def test_a_job_dated_in_a_first_person_sentence_runs_to_today():
    resume = """Tomasz Wierzbicki
Experience
Since May 2019 I have worked as a Land Surveyor at Ridgeline Geomatics in Ballarat, where I carry out boundary
and topographic surveys with a total station and GNSS rover and draft the plans for council lodgement.
Education
Bachelor of Surveying, Federation Plains University (2018)
"""

    today = datetime.date.today()
    since_may_2019 = today.year - 2019 + (today.month - 5) / 12

    details = _details(resume)

    assert details["years_in_resume"] >= since_may_2019 - 0.05
    assert details["relevant_years"] >= since_may_2019 - 0.05
    assert details["sub_scores"]["experience"]["score"] == 100


def test_the_date_may_close_the_sentence():
    resume = """Tomasz Wierzbicki
Experience
I have been working as a Land Surveyor for Ridgeline Geomatics since 2020, running boundary surveys with a total
station.
"""

    assert _details(resume)["years_in_resume"] >= datetime.date.today().year - 2020 - 0.05


def test_a_claim_of_years_in_words_is_read():
    resume = """Tomasz Wierzbicki
Profile
I am a Land Surveyor with six years of cadastral and engineering survey experience in regional Victoria.
"""

    details = _details(resume)

    assert details["years_in_resume"] == 6
    assert details["sub_scores"]["experience"]["score"] == 100
