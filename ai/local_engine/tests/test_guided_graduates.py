"""A posting whose hire guides new graduates ("precepting of new graduates") is not for graduates: an
experienced applicant is not over-qualified."""

import pytest

from ai.local_engine import analyze

RESUME = (
    "Dana Cruz, RN\nExperience\nStaff Nurse, ICU, Mercy General, 2018 - present\n"
    "- Care for ventilated patients on a 20-bed ICU\nStaff Nurse, Med/Surg, Mercy General, 2016 - 2018\n"
    "- Cared for 5-6 post-surgical patients a shift\n"
)
POSTING = (
    "RN - Med/Surg ICU\nResponsibilities\n- Provide care to critically ill patients\n- {duty}\n"
    "Qualifications\n- Minimum 1 year of acute care RN experience required\n- BLS and ACLS\n"
)


@pytest.mark.parametrize(
    "duty",
    [
        "Participates in unit-based council and precepting of new graduates",
        "Mentor recent graduates on the unit",
    ],
)
def test_guiding_new_graduates_is_a_duty_not_an_entry_level_post(duty):
    result = analyze(resume_text=RESUME, job_description=POSTING.format(duty=duty))

    assert result["details"]["sub_scores"]["experience"]["score"] == 100
