"""A named rule the resume writes by its initials meets the posting's name with its kind word after it
("Working Time Directive rules" by "the WTD")."""

import pytest

from ai.local_engine import analyze

POSTING = "HGV Driver\nRequirements\n- Knowledge of the {name}\n- Microsoft Excel\n"
RESUME = "Sam Hale\nExperience\nDriver, Acme Haulage, 2019 - present\n- Plan runs to EU drivers' hours and the {initials}\n"


@pytest.mark.parametrize(
    ("name", "initials"), [("Working Time Directive rules", "WTD"), ("Working Time Directive", "WTD")]
)
def test_a_rule_named_by_its_initials_is_met(name, initials):
    result = analyze(resume_text=RESUME.format(initials=initials), job_description=POSTING.format(name=name))

    asked = next(r for r in result["details"]["requirements"] if r["name"].startswith(name.split()[0]))
    assert asked["status"] == "met"
    assert name not in result["missing_keywords"]
