"""Years asked of a kind of work other than the job's own ("1+ year of customer service experience" for a
flight attendant), and training the job pays for. Every posting and resume here is made up."""

import pytest

from ai.local_engine import analyze

POSTING = """Flight Attendant
Base: Phoenix (PHX)
Deliver safe, friendly service on every flight. Flight Attendants complete a 5-week paid FAA training
program in Dallas before their first trip.
Responsibilities
- Perform pre-flight safety checks and give safety demonstrations
- Serve food and beverages and handle onboard sales
Qualifications
- 1+ year of customer service experience (hospitality, retail or airline)
- High school diploma or GED
"""

RESUME = """Carla Mendes
Phoenix, AZ
Work history
Guest Services Agent, The Camelback Inn, Phoenix AZ, 2022 - present
- Deliver customer service to 150+ hotel guests a day and resolve complaints at the front desk
Server, Durant's, Phoenix AZ, 2020 - 2022
- Served food and drinks to 50 covers a night
Education
High School Diploma, Central High School, 2019
"""


def test_years_asked_of_customer_service_count_the_jobs_that_show_it():
    result = analyze(resume_text=RESUME, job_description=POSTING)

    assert result["details"]["sub_scores"]["experience"]["score"] == 100


def test_paid_training_the_job_gives_and_its_base_are_no_requirements():
    result = analyze(resume_text=RESUME, job_description=POSTING)

    names = " ".join(r["name"] for r in result["details"]["requirements"]).lower()
    assert "training" not in names
    assert "phoenix" not in names and "phx" not in names


def test_a_soft_skill_beside_the_years_is_not_what_the_years_are_of():
    posting = """Backend Developer
Requirements
- 4+ years of backend development experience in Python, and excellent communication skills
- Django and PostgreSQL
"""
    chef = """Sam Ortiz
Experience
Head Chef, Verde Kitchen, 2016 - present
- Communicate daily specials to a team of 12 and brief front of house before service
"""

    result = analyze(resume_text=chef, job_description=posting)

    assert result["details"]["sub_scores"]["experience"]["score"] == 0


def test_a_credential_offered_through_paid_training_is_still_asked():
    posting = """School Bus Driver
Duties:
* Conduct pre-trip and post-trip inspections of the bus
* Drive assigned routes safely and on time
Qualifications:
* Class B CDL with Passenger and School Bus endorsements, or willing to obtain through our paid training
* Pass DOT physical, drug and alcohol testing and fingerprint background check
"""
    driver = """Gloria Diaz
School Bus Driver, Kent School District, 2020 - present
- Drive a 71-passenger route and perform pre-trip and post-trip inspections
Licenses
Washington CDL Class B with P and S endorsements
"""

    result = analyze(resume_text=driver, job_description=posting)

    names = [r["name"] for r in result["details"]["requirements"]]
    assert "Class B CDL" in names  # (named with its class)
    assert not [name for name in names if "testing" in name.lower() or "physical" in name.lower()]


@pytest.mark.parametrize(
    "record",
    [
        "Clean MVR: no DUI/DWI in 7 years",
        "No more than 2 moving violations in 5 years, no accidents in 7 years",
    ],
)
def test_a_driving_records_window_asks_no_years_of_experience(record):
    posting = (
        "CDL-A Regional Driver\nRequirements:\n- 18 months of verifiable Class A experience\n"
        f"- {record}\n- At least 23 years of age\n"
    )
    resume = (
        "Cal Moore\n\nExperience\nRegional Driver, Ridge Freight (2021 - present)\n- Hauled 2,400 loads\n"
    )

    assert analyze(resume_text=resume, job_description=posting)["details"]["years_required"] == 2


def test_a_sum_in_millions_is_no_pay_and_its_sentence_is_read():
    posting = (
        "General Manager\nWHAT WE'RE LOOKING FOR. At least 3 years as a General Manager in full-service, "
        "high-volume restaurants (>$3M). Experience with Toast POS.\n"
    )
    resume = "Lee Cho\n\nExperience\nGeneral Manager, Oak Grill (2018 - present)\n- Ran a $4M restaurant\n"

    assert analyze(resume_text=resume, job_description=posting)["details"]["years_required"] == 3
