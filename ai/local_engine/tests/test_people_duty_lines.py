"""A duty line whose object is people put in the job's charge ("Support and supervise student paramedics",
"Book and manage agency drivers") asks that duty; people the job only works with ("Liaise with hospital
consultants") are not asked."""

from ai.local_engine import analyze
from ai.local_engine.duty_lines import directs_people

# Made up for these tests.
POSTING = """Station Paramedic
What you will do
- Respond to emergency calls and treat patients on scene
- Support and supervise student paramedics on placement
- Book and manage agency drivers for weekend cover
- Liaise with hospital consultants and community nurses
Requirements
- HCPC registration
"""
RESUME = """Sam Rivers
Paramedic, County Ambulance Service, 2019-2024
- Responded to emergency calls and treated patients on scene
- HCPC registered paramedic
"""


def test_people_put_in_the_jobs_charge_are_a_gap_with_their_verb():
    missing = analyze(resume_text=RESUME, job_description=POSTING)["missing_keywords"]

    assert "supervise student paramedics" in missing
    assert "manage agency drivers" in missing
    assert not any("consultants" in term or "nurses" in term for term in missing)


def test_only_a_verb_of_directing_people_makes_the_people_a_duty():
    assert directs_people(text="coach junior surveyors")
    assert not directs_people(text="liaise with site engineers")
    assert not directs_people(text="manage the stock budget")
    assert not directs_people(text="manage")
