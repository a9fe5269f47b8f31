"""Years counted to the month where both ends of a range give one: "March 2012 – December 2014" is 2.8 years,
not the 2 its years differ by; "January 2019 – Date" (a Nigerian or Indian CV's "to date") runs to today.
Every posting and resume here is made up."""

import datetime

from ai.local_engine import analyze

POSTING = """Instrumentation Technician
Requirements
- Minimum 11 years' experience maintaining field instruments in a gas plant
- Calibration of pressure and level transmitters with HART communicators
"""


def _details(resume: str) -> dict:
    return analyze(resume_text=resume, job_description=POSTING)["details"]


def test_months_of_both_ends_count():
    resume = """Chinedu Eze
WORK EXPERIENCE
Instrumentation Technician
Delta Gas Services – Warri gas plant
January 2015 – June 2023
• Calibrate pressure and level transmitters with a HART communicator
Instrumentation Technician
Niger Valve & Controls, Port Harcourt
March 2012 – December 2014
• Installed and calibrated field instruments on flow stations
"""

    details = _details(resume)

    assert details["years_in_resume"] == 11.3  # 8.5 + 2.8
    assert details["sub_scores"]["experience"]["score"] == 100


def test_to_date_runs_to_today():
    resume = """Chinedu Eze
WORK EXPERIENCE
Instrumentation Technician
Delta Gas Services – Warri gas plant
January 2019 – Date (28/28 rotation)
• Calibrate pressure and level transmitters with a HART communicator
"""

    today = datetime.date.today()

    assert _details(resume)["years_in_resume"] >= today.year - 2019 + (today.month - 1) / 12 - 0.05


def test_a_career_break_dated_like_a_job_is_no_work():
    resume = """Aoife Byrne
WORK EXPERIENCE
Instrumentation Technician
Delta Gas Services – Warri gas plant
January 2015 – June 2020
• Calibrate pressure and level transmitters with a HART communicator
Career break – July 2020 – June 2023
Travelled and cared for a family member.
"""

    assert _details(resume)["years_in_resume"] == 5.5  # January 2015 to June 2020, not to June 2023
