"""A credential asked (a commercial driver's licence of a class, a registration with a body, a licensed title,
a first aid course) met where the resume holds it as resumes write it, and not met by another class, body or
course, nor by a duty that names its words. Every posting and resume here is made up."""

from ai.local_engine.tests.rows import requirement_rows

CLASS_A_POSTING = (
    "Regional Truck Driver\nRequirements:\n- Hold a Class A CDL\n- 2 years of over-the-road experience\n"
)
CLASS_B_POSTING = "Delivery Driver\nWhat we need:\n- CDL Class B\n- 1 year of delivery experience\n"
NURSE_POSTING = (
    "Staff Nurse\nEssential criteria:\n- Current registration with the Nursing and Midwifery Council\n"
    "- Experience of acute medical wards\n"
)
TEACHER_POSTING = (
    "Maths Teacher\nRequirements:\n- Registration with the Teaching Council of Ireland\n"
    "- Experience teaching Leaving Cert maths\n"
)
SAFETY_POSTING = (
    "Safety Officer\nRequirements:\n- Registered with SACPCMP or SAIOSH\n- Experience on mine sites\n"
)
ENGINEER_POSTING = (
    "Civil Engineer\nRequirements:\n- Must be licensed as a Professional Engineer in Ohio\n"
    "- Experience designing roads\n"
)
WAREHOUSE_POSTING = (
    "Warehouse Operative\nRequirements:\n- First Aid at Work certificate\n- Forklift experience\n"
)
LIFEGUARD_POSTING = "Lifeguard\nRequirements:\n- A current first aid certificate\n- Strong swimmer\n"


def _held(line: str) -> str:
    return (
        "Sam Carter\n\nExperience\nTechnician, Northfield Services (2019 - present)\n"
        f"- Worked with clients daily\n\nCertifications\n- {line}\n"
    )


def _done(line: str) -> str:
    return (
        "Sam Carter\n\nExperience\nTechnician, Northfield Services (2019 - present)\n"
        f"- {line}\n- Worked with clients daily\n\nEducation\nBSc Biology, Leeds University, 2018\n"
    )


def _status(*, resume: str, posting: str, name: str) -> str:
    return requirement_rows(resume=resume, posting=posting)[name]["status"]


def test_a_cdl_of_another_class_does_not_meet_the_class_asked():
    for line in (
        "Class B CDL",
        "Commercial Driver's License (CDL) Class B",
        "CDL-B with passenger endorsement",
    ):
        assert _status(resume=_held(line), posting=CLASS_A_POSTING, name="Class A CDL") == "missing", line


def test_the_class_written_after_the_letters_is_held_not_an_apprentices_grade():
    assert _status(resume=_held("CDL-A, clean MVR"), posting=CLASS_A_POSTING, name="Class A CDL") == "met"


def test_a_higher_cdl_class_meets_a_lower_one_and_a_lower_one_never_a_higher():
    assert _status(resume=_held("Class A CDL, Hazmat"), posting=CLASS_B_POSTING, name="CDL Class B") == "met"
    assert _status(resume=_held("Class C CDL"), posting=CLASS_B_POSTING, name="CDL Class B") == "missing"


def test_a_body_asked_in_words_is_met_by_its_initials_on_a_registration_line():
    name = "Registration with Nursing and Midwifery Council"
    for line in ("Registered Nurse (NMC PIN 12A3456E)", "NMC registered"):
        assert _status(resume=_held(line), posting=NURSE_POSTING, name=name) == "met", line
    done = _done("Supported NMC revalidation for ward staff")
    assert _status(resume=done, posting=NURSE_POSTING, name=name) == "missing"


def test_a_body_is_met_by_its_name_without_the_place_it_serves_but_not_another_places():
    name = "Registration with Teaching Council of Ireland"
    held = _held("Teaching Council Registration No. 412886")
    assert _status(resume=held, posting=TEACHER_POSTING, name=name) == "met"
    other = _held("Member of the Teaching Council of England")
    assert _status(resume=other, posting=TEACHER_POSTING, name=name) == "missing"


def test_either_body_named_after_or_meets_the_registration():
    rows = requirement_rows(
        resume=_held("Registered: SAIOSH Technical Member, no. 270001"), posting=SAFETY_POSTING
    )

    assert rows["Registration with SACPCMP"]["status"] == "met"


def test_a_licensed_title_is_met_by_its_initials_with_the_licence():
    name = "Licensed Professional Engineer"
    assert _status(resume=_held("PE license, State of Ohio"), posting=ENGINEER_POSTING, name=name) == "met"
    assert _status(resume=_held("EIT certificate"), posting=ENGINEER_POSTING, name=name) == "missing"


def test_the_emergency_course_is_short_of_the_first_aid_course_named_but_holds_a_plain_one():
    line = "Emergency First Aid at Work (St John Ambulance, 2023)"
    rows = requirement_rows(resume=_held(line), posting=WAREHOUSE_POSTING)

    assert rows["First Aid at Work certificate"]["status"] == "partial"
    assert rows["First Aid at Work certificate"]["short_of"] == "a lower grade than asked"
    assert _status(resume=_held(line), posting=LIFEGUARD_POSTING, name="first aid certificate") == "met"


def test_a_qualified_first_aider_holds_a_first_aid_certificate_and_one_called_to_help_does_not():
    name = "first aid certificate"
    done = _done("Qualified first aider for the site")
    assert _status(resume=done, posting=LIFEGUARD_POSTING, name=name) == "met"
    called = _done("Called the first aider after a fall")
    assert _status(resume=called, posting=LIFEGUARD_POSTING, name=name) == "missing"


def test_a_licensed_title_is_met_by_its_two_letters_where_credentials_are_held_only():
    posting = (
        "Charge Nurse\nRequirements:\n- Must be licensed as a Registered Nurse in Texas\n- ICU experience\n"
    )
    name = "Licensed Registered Nurse"
    assert _status(resume=_held("RN, Texas #812345"), posting=posting, name=name) == "met"
    assert (
        _status(
            resume=_done("Taught PE and coached the football team"),
            posting=ENGINEER_POSTING,
            name="Licensed Professional Engineer",
        )
        == "missing"
    )
