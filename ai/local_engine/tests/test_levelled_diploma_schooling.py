"""Where a posting asks no degree, a levelled vocational diploma ("Level 3 Diploma for the Early Years
Workforce") or India's ITI trade certificate is the trade's schooling, full marks for education; a short
levelled certificate ("Level 2 Certificate in Food Safety") is not. Every posting and resume here is made up."""

from ai.local_engine import analyze

NURSERY_POSTING = """Nursery Practitioner – Pre-school Room
Little Acorns Day Nursery, Harrogate
About you
- Experience planning activities for children aged 3 to 5
- Knowledge of the EYFS and safeguarding
- Paediatric First Aid (or willing to train)
"""

ELECTRICIAN_POSTING = """Maintenance Electrician
Requirements
- 3+ years maintaining LT panels and motors in a plant
- Knowledge of PLC basics and electrical safety
"""


def _education(resume: str, posting: str) -> dict:
    return analyze(resume_text=resume, job_description=posting)["details"]["sub_scores"]["education"]


def test_a_levelled_diploma_is_a_trades_schooling_where_no_degree_is_asked():
    resume = """Chloe Barker
Experience
Nursery Practitioner – Busy Bees, Leeds, 2021 – present
- Plan EYFS activities for 16 pre-schoolers and keep their learning journals
Qualifications
Level 3 Diploma for the Early Years Workforce (Early Years Educator), 2021
Paediatric First Aid, 2024
"""

    assert _education(resume, NURSERY_POSTING)["score"] == 100


def test_an_iti_trade_certificate_is_a_trades_schooling():
    resume = """Ramesh Yadav
Experience
Electrician – Sharda Motors, Pune, 2019 – present
- Maintain LT panels, DOL and star-delta starters for 40 motors
Education
ITI (Electrician trade), Government ITI Aundh, NCVT, 2018
"""

    assert _education(resume, ELECTRICIAN_POSTING)["score"] == 100


def test_a_short_levelled_certificate_is_no_schooling():
    resume = """Chloe Barker
Experience
Nursery Assistant – Busy Bees, Leeds, 2023 – present
- Help plan EYFS activities for 16 pre-schoolers
Qualifications
Level 2 Certificate in Food Safety, 2023
"""

    assert _education(resume, NURSERY_POSTING)["score"] < 100
