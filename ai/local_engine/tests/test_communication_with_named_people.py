"""Communication asked with named people ("with parents and carers", "board-level communication") is met
only by a resume that ever names them; communication asked with anyone else is the skill alone. Every
text is made up."""

from ai.local_engine import analyze

TEACHER_POSTING = """Teacher of Science
About you:
- Qualified teacher with QTS
- Communicates clearly and warmly with parents and carers
- Plans engaging lessons for Key Stage 3
"""
WARD_POSTING = """Staff Nurse
You will:
- Communicate with families and the multidisciplinary team, including at end of life
- Hold NMC registration
"""


def _communication(*, resume: str, posting: str) -> dict:
    rows = analyze(resume_text=resume, job_description=posting)["details"]["requirements"]
    return next(row for row in rows if "ommunicat" in row["name"])


def test_communication_with_parents_is_not_met_by_a_resume_that_never_names_them():
    resume = (
        "Lee Ward\nTeaching Assistant, Hill School, 2021 - present\n- Conducted weekly revision sessions for"
        " Year 9 science groups\n- Supported lesson planning for Key Stage 3\nQTS, 2023\n"
    )
    assert _communication(resume=resume, posting=TEACHER_POSTING)["status"] == "missing"


def test_communication_with_parents_is_met_where_the_resume_talks_to_them():
    resume = (
        "Lee Ward\nTeacher, Hill School, 2021 - present\n- Conducted weekly revision sessions for Year 9 science"
        " groups\n- Held termly meetings with parents and carers to explain progress\nQTS, 2023\n"
    )
    assert _communication(resume=resume, posting=TEACHER_POSTING)["status"] != "missing"


def test_board_level_communication_asks_the_board():
    posting = "Chief Operating Officer\nYou bring:\n- 15+ years of leadership\n- Board-level communication\n"
    unnamed = (
        "Ann Po\nVP Operations, Acme, 2015 - present\n- Ran weekly operations meetings with 12 site leads\n"
    )
    named = unnamed + "- Presented the annual plan to the board of directors\n"
    assert _communication(resume=unnamed, posting=posting)["status"] == "missing"
    assert _communication(resume=named, posting=posting)["status"] != "missing"


def test_communication_with_families_and_the_team_is_the_skill_alone():
    resume = (
        "Kim Ode RN\nStaff Nurse, City Hospital, 2020 - present\n- Led daily safety huddles for the ward team\n"
        "NMC registration, 2020\n"
    )
    assert _communication(resume=resume, posting=WARD_POSTING)["status"] != "missing"
