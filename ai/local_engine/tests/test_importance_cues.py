"""What a posting marks as a plus: an adverb after a comma qualifies its own phrase, a bracket holding only the
cue qualifies the whole item. Every posting and resume here is made up."""

import pytest

from ai.local_engine import analyze

RESUME = """Dana Ruiz
Store Associate
EXPERIENCE
Sales Associate, Northside Outfitters, 2019 - Present
- Served 80 customers a day and ran the fitting rooms
"""

POSTING = """Store Manager
What You Bring
- 3+ years of retail management experience, preferably in apparel, and strong Microsoft Excel
- Counterbalance forklift licence (desirable)
- Active Secret clearance
"""


def _importance(result: dict) -> dict[str, str]:
    return {item["name"].lower(): item["importance"] for item in result["details"]["requirements"]}


def test_an_adverb_after_a_comma_makes_only_its_phrase_a_plus():
    importance = _importance(analyze(resume_text=RESUME, job_description=POSTING))

    assert importance["retail management"] == "required"
    assert importance["microsoft excel"] == "required"


def test_a_bracket_with_only_the_cue_makes_the_whole_item_a_plus():
    importance = _importance(analyze(resume_text=RESUME, job_description=POSTING))

    assert importance["counterbalance forklift licence"] == "preferred"


def test_a_security_clearance_is_a_credential_gap():
    result = analyze(resume_text=RESUME, job_description=POSTING)

    credentials = [
        i["term"] for i in result["details"]["missing_keywords_detail"] if i["category"] == "certification"
    ]
    assert "Active Secret clearance" in credentials


NURSE_POSTING = """Registered Nurse
Qualifications
- BLS certification required
- BSN preferred; ADN considered with commitment to obtain BSN within 3 years
- 1+ year of acute care experience
- Strong critical thinking and time management skills
Nice to have
- Telemetry experience
"""


def test_a_thing_named_with_its_cue_is_a_plus_for_its_own_line_only():
    result = analyze(resume_text=RESUME, job_description=NURSE_POSTING)
    importance = _importance(result)

    assert importance["bsn"] == "preferred"
    assert importance["critical thinking"] == "required"
    assert importance["time management"] == "required"
    assert importance["telemetry"] == "preferred"  # a real heading still starts the nice-to-haves


def test_years_of_a_deadline_are_not_years_of_experience():
    result = analyze(resume_text=RESUME, job_description=NURSE_POSTING)

    assert result["details"]["years_required"] == 1


@pytest.mark.parametrize(
    ("posting", "required", "preferred"),
    [
        (
            "Litigation Paralegal\nRequirements:\n- 3+ years as a litigation paralegal\n- Proficiency with "
            "Westlaw\n\nNice to have: experience with CaseMap or TrialDirector; Spanish language skills.\n",
            ["westlaw"],
            ["casemap or trialdirector", "spanish"],
        ),
        # a heading that opens its list, a condition ("if you have"), not what is required
        (
            "Company Stage Manager\n\nWhat you will bring\n- Microsoft Excel\n\n"
            "It would be great if you also have\n- Knowledge of QLab\n- Experience of rural touring\n",
            ["microsoft excel"],
            ["qlab"],
        ),
    ],
)
def test_every_item_after_a_preference_label_or_heading_is_a_plus(
    posting: str, required: list[str], preferred: list[str]
):
    importance = _importance(analyze(resume_text=RESUME, job_description=posting))

    assert [importance[name] for name in required] == ["required"] * len(required)
    assert [importance[name] for name in preferred] == ["preferred"] * len(preferred)


def test_extra_credit_marks_a_plus():
    posting = "General Manager\nRequirements:\n- 3+ years as a restaurant general manager\n\nExtra credit: Spanish.\n"

    assert _importance(analyze(resume_text=RESUME, job_description=posting))["spanish"] == "preferred"
