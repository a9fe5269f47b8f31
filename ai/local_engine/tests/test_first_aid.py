"""First aid certificates a posting names in plain words ("Paediatric First Aid", "Current First Aid", "First
Aid at Work certificate"): a credential asked, named whole, never its qualifier alone; a course the employer
gives, or the kit a duty restocks, is none. Every posting and resume here is made up."""

from ai.local_engine.tests.rows import requirement_names, requirement_rows

NURSERY_POSTING = (
    "Nursery Practitioner\nLittle Oaks Nursery, Bristol\n\nRequirements:\n- Level 3 childcare qualification\n"
    "- Paediatric First Aid\n- Experience planning activities for toddlers\n"
)
WAREHOUSE_POSTING = (
    "Warehouse Operative\nWhat you'll do:\n- Pick and pack orders\n- Restock First Aid kits on the floor\n\n"
    "Requirements:\n- First Aid at Work certificate\n- Counterbalance forklift experience\n\n"
    "We provide paid First Aid training for all staff.\n"
)


def _resume(line: str) -> str:
    return (
        "Jo Baker\n\nExperience\nNursery Assistant, Acorn Day Care (2020 - present)\n"
        f"- Planned weekly activities for toddlers\n\nCertificates\n- {line}\n"
    )


def test_a_first_aid_course_named_in_plain_words_is_a_credential_named_whole():
    rows = requirement_rows(resume=_resume("Food Hygiene Level 2"), posting=NURSERY_POSTING)

    assert rows["Paediatric First Aid certification"]["kind"] == "certification"
    assert rows["Paediatric First Aid certification"]["status"] == "missing"
    assert "Paediatric" not in rows


def test_the_certificate_is_met_where_the_resume_names_it():
    rows = requirement_rows(resume=_resume("Paediatric First Aid (12 hour), 2024"), posting=NURSERY_POSTING)

    assert rows["Paediatric First Aid certification"]["status"] == "met"


def test_the_workplace_course_is_named_whole_and_the_kit_and_the_training_given_are_no_asks():
    names = requirement_names(resume=_resume("Food Hygiene Level 2"), posting=WAREHOUSE_POSTING)

    assert [n for n in names if "ertific" in n] == ["First Aid at Work certificate"]
