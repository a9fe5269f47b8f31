"""Codes in brackets on the title line: a range of pay scales or grades is not a requirement."""

from ai.local_engine import analyze
from ai.local_engine.requirements import read_requirements
from ai.local_engine.sections import is_bare_list

BODY = " - Acme Academy\nRequirements:\n- Communication skills\n- Excel"


def _names(title: str) -> list[str]:
    return [r.name for r in read_requirements(text=title + BODY).requirements]


def test_a_range_of_pay_scales_in_the_title_is_not_asked():
    for title in ("Teacher of Mathematics (MPS/UPS)", "Policy Officer (HEO/SEO)"):
        names = _names(title)
        assert names == ["Communication skills", "Excel"], (title, names)


def test_a_unit_or_known_skills_in_the_title_still_are():
    assert "ICU" in _names("Registered Nurse (ICU)")
    assert "PHP" in _names("Developer (PHP)")


def test_a_credential_named_with_an_adjective_in_ed_is_not_a_verb():
    assert is_bare_list(text="Registered Nurse, BLS, ACLS")
    posting = "Teacher\nRequirements:\n- Hold Qualified Teacher Status (QTS)\n- Excellent communication"
    resume = "Ann Lee\nProjects\nSchool garden: planted beds with pupils, 2021."
    stuffed = analyze(
        resume_text=resume + "\nQualified Teacher Status, Communication", job_description=posting
    )
    contexts = {r["name"]: r.get("context") for r in stuffed["details"]["requirements"]}
    assert contexts["Qualified Teacher Status"] == "list", contexts


def test_a_public_service_classification_and_a_setting_are_no_skills():
    from ai.local_engine.requirements import read_requirements

    posting = (
        "Policy Officer (APS 6)\n\nKey selection criteria\n"
        "- Demonstrated experience in policy analysis in a government setting\n- Excel\n"
    )
    names = [r.name.lower() for r in read_requirements(text=posting).requirements]

    assert "excel" in names
    assert not [n for n in names if n == "aps" or "setting" in n], names
