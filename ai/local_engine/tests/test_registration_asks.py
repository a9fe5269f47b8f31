"""A registration with a regulator asked of the person in a sentence ("You must be registered with Social Work
England", "Current registration with the Nursing and Midwifery Council"): a credential named by its body, met
where the resume names the body or its letters; a company's own registration is no ask. Every posting and
resume here is made up."""

from ai.local_engine.tests.rows import requirement_names, requirement_rows

SOCIAL_WORK_POSTING = (
    "Social Worker - Adults Team\nHollins County Council\n\nAbout you:\n"
    "- You must be registered with Social Work England\n- Experience of Care Act assessments\n"
)
CARE_POSTING = (
    "Care Assistant\nMeadowbank Care Home, Glasgow\n\nMeadowbank is registered with the Care Inspectorate.\n"
    "You'll support residents with personal care. You must be registered with the SSSC (or willing to "
    "register within 6 months).\n"
)
PHARMACY_POSTING = (
    "Pharmacist\nRequirements:\n- Hold current registration with the General Pharmaceutical Council (GPhC)\n"
    "- Experience of clinical screening\n"
)


def _resume(line: str) -> str:
    return (
        "Amira Hassan\n\nExperience\nSocial Worker, Eastvale Council (2019 - present)\n"
        f"- Completed Care Act assessments\n\nRegistration\n- {line}\n"
    )


def test_a_registration_with_a_body_named_in_words_is_asked():
    rows = requirement_rows(resume=_resume("Full UK driving licence"), posting=SOCIAL_WORK_POSTING)

    assert rows["Registration with Social Work England"]["kind"] == "certification"
    assert rows["Registration with Social Work England"]["status"] == "missing"


def test_the_registration_is_met_where_the_resume_names_the_body():
    rows = requirement_rows(resume=_resume("Social Work England, SW104233"), posting=SOCIAL_WORK_POSTING)

    assert rows["Registration with Social Work England"]["status"] == "met"


def test_a_body_named_by_its_letters_is_one_registration_and_the_employers_is_none():
    names = requirement_names(resume=_resume("Full UK driving licence"), posting=CARE_POSTING)

    assert "Registration with SSSC" in names
    assert "Registration with Care Inspectorate" not in names


def test_a_body_named_with_its_letters_is_one_registration_met_by_the_letters():
    rows = requirement_rows(resume=_resume("GPhC registered pharmacist, 2071234"), posting=PHARMACY_POSTING)

    assert [n for n in rows if "egistration" in n] == ["Registration with General Pharmaceutical Council"]
    assert rows["Registration with General Pharmaceutical Council"]["status"] == "met"


NURSE_POSTING = (
    "Staff Nurse\nEssential criteria:\n- Current registration with the Nursing and Midwifery Council\n"
    "- Experience of acute medical wards\n"
)


def test_a_council_the_posting_asks_for_is_evidence_where_the_resume_names_it():
    rows = requirement_rows(
        resume=_resume("Nursing and Midwifery Council - Registered Nurse (Adult), PIN 12A3456E"),
        posting=NURSE_POSTING,
    )

    assert rows["Registration with Nursing and Midwifery Council"]["status"] == "met"


ENGINEER_POSTING = (
    "Gas Engineer\nRequirements:\n- Must be Gas Safe registered\n- Experience of boiler servicing\n\n"
    "About us: our CQC registered sister company runs care homes.\n"
)


def test_a_body_named_before_registered_is_a_registration_met_as_the_resume_writes_it():
    rows = requirement_rows(resume=_resume("Gas Safe registered engineer, 2018"), posting=ENGINEER_POSTING)

    assert rows["Gas Safe registered"]["kind"] == "certification"
    assert rows["Gas Safe registered"]["status"] == "met"
    assert not [name for name in rows if "CQC" in name]
