"""A trade's systems asked by their kind are met by a product of that kind: a CMMS by Cityworks or Maximo, a
practice management system by ezyVet; ArcGIS Pro is ESRI's ArcGIS. Every posting and resume here is made
up."""

from ai.local_engine import analyze
from ai.local_engine.tests.rows import requirement_rows

POSTING = """Maintenance Technician
Requirements
- Experience closing work orders in a CMMS
- Practice management software
- ArcGIS Pro
"""
RESUME = """Jo Tran
Experience
Technician, City of Halifax, 2019 - present
- Opened and closed work orders in Cityworks for pump repairs
- Wrote treatment estimates in ezyVet
- Built map books in ArcGIS Pro
"""


def test_a_system_asked_by_its_kind_is_met_by_a_product_of_that_kind():
    rows = {
        r["name"]: r for r in analyze(resume_text=RESUME, job_description=POSTING)["details"]["requirements"]
    }

    assert rows["CMMS"]["status"] == "met"
    assert rows["CMMS"]["evidence"] == "Opened and closed work orders in Cityworks for pump repairs"
    assert rows["Practice management software"]["status"] == "met"
    assert rows["ArcGIS Pro"]["status"] == "met"


def test_an_everyday_word_is_no_maintenance_system():
    resume = RESUME.replace("Cityworks", "the city's ledger").replace("Opened", "We aim to open")
    rows = {
        r["name"]: r for r in analyze(resume_text=resume, job_description=POSTING)["details"]["requirements"]
    }

    assert rows["CMMS"]["status"] == "missing"


def test_an_unknown_product_listed_beside_a_known_tool_is_asked():
    posting = "Event Manager\nRequirements\n- Proficient in Cvent, MS Excel and PowerPoint\n- Frame.io or Premiere Pro\n"
    resume = RESUME + "- Built registration sites in Cvent for 1,200 delegates\n"
    rows = {
        r["name"]: r for r in analyze(resume_text=resume, job_description=posting)["details"]["requirements"]
    }

    assert rows["Cvent"]["status"] == "met"
    assert rows["Cvent"]["evidence"] == "Built registration sites in Cvent for 1,200 delegates"
    assert any("Frame.io" in name for name in rows)


def test_a_car_licence_named_by_its_class_and_qaqc_meet_what_is_asked():
    posting = "Mine Geologist\nRequirements\n- Current manual driver's licence\n- QA/QC of RC grade control drilling\n"
    resume = (
        "Sam Reid\nExperience\nGrade Control Geologist, Goldfields Co, 2019 - present\n"
        "- Manage QAQC: CRMs, blanks and field duplicates for every drill program\n"
        "Licences\nWA C class manual licence\n"
    )
    rows = analyze(resume_text=resume, job_description=posting)["details"]["requirements"]

    status = {r["name"]: r["status"] for r in rows}
    assert status["manual driver's licence"] == "met"
    assert not [name for name, state in status.items() if "QC" in name and state != "met"], status


def test_an_events_delegates_are_attendees_not_delegation():
    posting = "Event Manager\nRequirements\n- Set up and manage delegate registration using Cvent\n"
    names = [
        r["name"].lower()
        for r in analyze(resume_text=RESUME, job_description=posting)["details"]["requirements"]
    ]

    assert "delegate" not in names and "cvent" in names


def test_a_credential_by_its_letters_is_asked_and_how_far_it_is_held_is_not():
    posting = (
        "Accountant\nQualifications\n- CPA (K) – finalist or fully qualified\n"
        "- Hands-on experience with an ERP system (Sage 300, SAP Business One or Microsoft Dynamics)\n"
    )
    resume = (
        "Brenda Kamau, CPA\nExperience\nAccountant, Carton Co, 2019 - present\n"
        "- Reconcile 7 bank accounts every month in Sage 300\nCertifications\nCPA (K) – KASNEB, 2020\n"
    )
    rows = {
        r["name"]: r for r in analyze(resume_text=resume, job_description=posting)["details"]["requirements"]
    }

    assert rows["CPA"]["kind"] == "certification" and rows["CPA"]["status"] == "met"
    assert rows["ERP"]["status"] == "met"
    assert not any("qualified" in name for name in rows)


def test_whom_the_work_is_escalated_to_is_no_requirement():
    posting = (
        "Customer Service Representative\nWhat you will do\n- Resolve billing issues in Salesforce, escalating to "
        "a supervisor or licensed agent when needed\n"
    )
    names = [
        r["name"].lower()
        for r in analyze(resume_text=RESUME, job_description=posting)["details"]["requirements"]
    ]

    assert not any("licensed" in name or "supervisor" in name for name in names), names
    assert "salesforce" in names


def test_a_stacks_parts_joined_by_plus_are_each_asked():
    posting = "Software Engineer – Full Stack (React + Node.js)\nRequirements\n- 3+ years building web apps\n"
    names = [
        r["name"] for r in analyze(resume_text=RESUME, job_description=posting)["details"]["requirements"]
    ]

    assert "React" in names and "Node.js" in names
    assert not any(" or " in name for name in names), names


def test_a_kind_of_software_is_met_by_a_product_and_not_by_the_plain_words_it_is_described_in():
    posting = (
        "Purchasing Coordinator\nRequirements\n- Experience with an ERP system (SAP, Oracle or similar)\n"
        "- Comfortable with a POS system\n"
    )
    plain = (
        "Dana Whitfield\nExperience\nShift Supervisor, Harbor Foods, 2019 - present\n"
        "- Led the maintenance crew through a 6-week plant shutdown\n- Grew weekend sales 12% with a new rota\n"
    )
    named = plain + "- Raised purchase requisitions in NetSuite and rang up returns on Square POS\n"

    def statuses(resume: str) -> dict[str, str]:
        return {name: r["status"] for name, r in requirement_rows(resume=resume, posting=posting).items()}

    assert statuses(plain)["ERP"] == "missing"
    assert statuses(plain)["POS"] == "missing"
    assert statuses(named)["ERP"] == "met"
    assert statuses(named)["POS"] == "met"


def test_a_safeguarding_check_the_worker_holds_is_a_credential():
    posting = (
        "Early Childhood Educator\nYou'll need:\n- Current Working with Children Check (NSW)\n"
        "- Diploma of Early Childhood Education and Care\n"
    )
    held = (
        "Hannah Brooks\nEmployment\nEducator, Sunbeam Kids, 2021 - present\n- Plan play-based programs for 22 "
        "children\nQualifications\nDiploma of Early Childhood Education and Care, TAFE NSW, 2020\n"
        "Working with Children Check (NSW) – current\n"
    )
    not_held = held.replace("Working with Children Check (NSW) – current\n", "")

    def status(resume: str) -> str:
        return requirement_rows(resume=resume, posting=posting)["Working with Children Check"]["status"]

    assert status(held) == "met"
    assert status(not_held) == "missing"
    obtained = posting.replace("- Current Working", "- The successful applicant will obtain a Working")
    rows = analyze(resume_text=not_held, job_description=obtained)["details"]["requirements"]
    assert not any("Check" in r["name"] for r in rows)


def test_what_a_certificate_certifies_in_capitals_after_in_is_part_of_its_name():
    posting = (
        "Privacy Lead\nAbout you\n- A qualification such as BCS Practitioner Certificate in Data "
        "Protection or CIPP/E\n- Level 2 Certificate in Food Safety\n"
    )
    rows = analyze(resume_text="", job_description=posting)["details"]["requirements"]
    names = {r["name"]: r for r in rows}

    assert names["BCS Practitioner Certificate in Data Protection"]["alternatives"] == ["CIPP/E"]
    assert names["Level 2 Certificate in Food Safety"]["kind"] == "certification"
    assert not any(name.startswith(("Data Protection", "Food Safety")) for name in names), names


def test_two_letters_named_as_a_credential_held_are_asked():
    posting = "Civil Engineer\nQualifications:\n- Licensed as a PE in Texas\n- AutoCAD Civil 3D\n"
    held = "Dan Okafor\nExperience\nEngineer, Prairie Roads, 2019 - 2024\n- Designed roads in Civil 3D\nLicenses\nPE, Texas, 2020\n"
    rows = {
        r["name"]: r for r in analyze(resume_text=held, job_description=posting)["details"]["requirements"]
    }

    assert rows["PE"]["kind"] == "certification" and rows["PE"]["status"] == "met"
    not_held = held.replace("Licenses\nPE, Texas, 2020\n", "")
    assert "PE" in analyze(resume_text=not_held, job_description=posting)["missing_keywords"]
