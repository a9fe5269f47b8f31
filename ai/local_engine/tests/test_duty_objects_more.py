"""A duty is shown by its object done under another verb: a plural acronym ("maintain PFMEAs" by "updated
PFMEAs"), an object with how often it is done ("deliver daily huddles" by "pre-shift huddles"), a common noun
that is also a product's name ("huddles", O*NET's "Huddle"), a duty read as a soft skill ("Manage
schedules"), and papers processed ("process invoices" by "approve invoices"). Every posting and resume here is
made up."""

from ai.local_engine import analyze

POSTING = """Team Leader - Quality and Operations
Duties
- Lead root cause analysis and corrective action for customer complaints
- Develop and maintain PFMEAs, control plans and inspection instructions
- Monitor team KPIs (AHT, CSAT) and deliver daily huddles
- Manage schedules, attrition and performance improvement plans
Requirements
- 2+ years of supervisory experience
- Proficient in MS Excel
"""

RESUME = """Ria Santos
Experience
Team Lead, Concentrix, 2020 - present
- Wrote and updated PFMEAs for 22 presses
- Run pre-shift huddles with the floor team
- Handle schedules and leave requests for 18 agents
"""


def _status(resume: str) -> dict[str, str]:
    # By the words alone: the embedding model, which may find such a sentence too, is left out
    result = analyze(resume_text=resume, job_description=POSTING, semantic=False)
    return {r["name"]: r["status"] for r in result["details"]["requirements"]}


def test_duties_are_shown_by_their_objects_under_other_verbs():
    status = _status(RESUME)

    assert status["maintain PFMEAs"] == "met"
    assert status["deliver daily huddles"] == "met"
    assert status["Manage schedules"] == "met"


def test_duties_whose_objects_the_resume_never_names_stay_missing():
    resume = "Ria Santos\nExperience\nTeam Lead, Concentrix, 2020 - present\n- Answered 80 calls a shift\n"

    status = _status(resume)

    assert status["maintain PFMEAs"] == "missing"
    assert status["deliver daily huddles"] == "missing"
    assert status["Manage schedules"] == "missing"


def test_an_acronym_object_is_shown_under_another_verb():
    posting = POSTING.replace(
        "- Manage schedules, attrition and performance improvement plans\n",
        "- Manage schedules, attrition and performance improvement plans\n"
        "- Apply ADDIE and adult learning principles; write measurable learning objectives\n",
    )
    with_it = RESUME + "- Wrote storyboards using ADDIE for 25 modules\n"

    shown = analyze(resume_text=with_it, job_description=posting, semantic=False)
    not_shown = analyze(resume_text=RESUME, job_description=posting, semantic=False)

    def status(result: dict) -> str:
        return next(r["status"] for r in result["details"]["requirements"] if "ADDIE" in r["name"])

    assert status(shown) == "met"
    assert status(not_shown) == "missing"


def test_an_acronym_with_an_ampersand_is_a_duty_object_and_interpreting_is_a_duty():
    posting = (
        "Process Technician\n\nResponsibilities\n- Interpret P&IDs, loop diagrams and datasheets\n"
        "- Proficient in MS Excel\n"
    )
    shown = "Pat Kim\n\nExperience\nTechnician, Acme Gas, 2019 - 2024\n- Read and marked up P&IDs for 3 compressor skids\n"
    result = analyze(resume_text=shown, job_description=posting, semantic=False)
    status = {r["name"]: r["status"] for r in result["details"]["requirements"]}
    assert status["Interpret P&IDs"] == "met"
    lacking = shown.replace("Read and marked up P&IDs for", "Commissioned")
    result = analyze(resume_text=lacking, job_description=posting, semantic=False)
    assert {r["name"]: r["status"] for r in result["details"]["requirements"]}["Interpret P&IDs"] == "missing"


PROCESSING_POSTING = """Office Assistant
What you will do
- Track the office budget and process invoices and purchase requests
- Greet visitors and answer the phones
"""


def _processing(resume: str) -> dict:
    result = analyze(resume_text=resume, job_description=PROCESSING_POSTING, semantic=False)
    return {r["name"]: r["status"] for r in result["details"]["requirements"]}


def test_a_duty_of_processing_papers_is_shown_by_its_object_under_another_verb():
    resume = """Jane Roe
Experience
Office Manager, Acme Ltd, 2020 - present
- Approve invoices in Xero and run the front desk
"""
    assert _processing(resume)["process invoices"] == "met"


def test_a_duty_of_processing_papers_stays_missing_without_its_object():
    resume = """Jane Roe
Experience
Office Manager, Acme Ltd, 2020 - present
- Run the front desk and order supplies for 40 staff
"""
    assert _processing(resume)["process invoices"] == "missing"
