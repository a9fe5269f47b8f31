"""A term met only inside another thing's name is no evidence: a certificate issuer's name, or a product
named with a duty's object."""

from ai.local_engine import analyze
from ai.local_engine.named_places import inside_a_name

_POSTING = """Platform Engineer
Requirements
- Experience with Git and Linux
- Prepare run sheets for every event
"""

_RESUME = """Sam Carter
Github:// samcarter | sam@example.com
Experience
Engineer, Acme, 2020 - present
- Built dashboards in Google Sheets for 30 staff
Education
BSc (Hons) Computing, 2020
Certifications
2020 Certified Kubernetes Application Developer (CKAD), The Linux Foundation
"""


def _status(*, resume: str) -> dict[str, str]:
    result = analyze(resume_text=resume, job_description=_POSTING, semantic=False)
    return {r["name"]: r["status"] for r in result["details"]["requirements"]}


def test_an_issuer_is_no_evidence() -> None:
    assert _status(resume=_RESUME)["Linux"] == "missing"


def test_a_product_named_with_a_duty_object_does_not_show_the_duty() -> None:
    assert _status(resume=_RESUME)["run sheets"] == "missing"


def test_the_same_terms_at_work_are_evidence() -> None:
    resume = _RESUME + "- Kept run sheets in Git on Linux servers\n"

    status = _status(resume=resume)

    assert status["Git"] == "met"
    assert status["Linux"] == "met"
    assert status["run sheets"] == "met"


def test_a_credential_level_is_no_organisation() -> None:
    assert not inside_a_name(text="ISTQB Foundation Level, 2021", offset=0)
    assert not inside_a_name(text="ITIL 4 Foundation", offset=0)
    assert inside_a_name(text="PMP, Project Management Institute, 2022", offset=5)


def test_a_profile_link_is_no_evidence() -> None:
    posting = "Developer\nRequirements:\n- Git\n- 2+ years building web apps\n"
    resume = (
        "Lena Ward\nLinks\nGithub:// lenaward\n\nExperience\nDeveloper, Forma, 2021 - present\n"
        "- Built web apps for 12 clients\n"
    )
    result = analyze(resume_text=resume, job_description=posting, semantic=False)
    status = {r["name"]: r["status"] for r in result["details"]["requirements"]}

    assert status["Git"] == "missing"


def test_a_profile_link_shows_the_profile_a_posting_asks_to_see() -> None:
    posting = (
        "Developer\nRequirements:\n- 2+ years building web apps\n- A portfolio or GitHub you can share\n"
    )
    resume = (
        "Lena Ward\ngithub.com/lenaward\n\nExperience\nDeveloper, Forma, 2021 - present\n- Built web apps\n"
    )
    result = analyze(resume_text=resume, job_description=posting, semantic=False)

    assert "GitHub" not in result["missing_keywords"]


_AMBULANCE_POSTING = "Paramedic\nEssential:\n- Registration with the HCPC\n- HCPC registration\n"


def _hcpc_statuses(line: str) -> set[str]:
    resume = f"Omar Reid\nExperience\nCare Assistant, Birchfield Care, 2021 - present\n- {line}\n"
    result = analyze(resume_text=resume, job_description=_AMBULANCE_POSTING, semantic=False)
    return {r["status"] for r in result["details"]["requirements"] if "HCPC" in r["name"]}


def test_a_thing_a_body_approved_shows_no_registration_with_it() -> None:
    assert _hcpc_statuses("Passed an HCPC-approved first response course") == {"missing"}
    assert _hcpc_statuses("HCPC-regulated paramedic on a rapid response car") == {"met"}  # a person


def test_an_approved_thing_asked_is_shown_by_its_approval() -> None:
    asked = "A planning degree accredited by the RTPI"
    line = "BA Town Planning (RTPI-accredited), 2019"

    assert inside_a_name(text=line, offset=line.index("RTPI"))
    assert not inside_a_name(text=line, offset=line.index("RTPI"), asked=asked)


def test_a_place_a_body_accredited_is_judged_by_its_word_not_its_ending() -> None:
    line = "Ran an NCFE-accredited center for 40 learners"

    assert inside_a_name(text=line, offset=line.index("NCFE"))
    assert _hcpc_statuses("Managed an HCPC-approved training center for new staff") == {"missing"}


def test_a_person_a_body_accredited_still_holds_the_approval() -> None:
    for line, body in (
        ("BACP-accredited counsellor since 2019", "BACP"),
        ("Led two RICS-regulated surveyors", "RICS"),
        ("CIPD-accredited trainer", "CIPD"),
        ("Worked as a CITB-approved sub-contractor", "CITB"),
    ):
        assert not inside_a_name(text=line, offset=line.index(body)), line
