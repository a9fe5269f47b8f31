"""Other names of things a posting asks for: SAP's ERP by its suites (S/4HANA, ECC), and the care sector's
"moving and handling" as one skill. Every posting and resume here is made up."""

from ai.local_engine import analyze


def _row(result: dict, kind: str = "", name: str = "") -> dict:
    (row,) = [
        r
        for r in result["details"]["requirements"]
        if (not kind or r["kind"] == kind) and name.lower() in r["name"].lower()
    ]
    return row


BUYER = "Buyer\nRequirements:\n- 3+ years buying direct materials\n- Experience with Oracle or SAP ERP environments\n"


def _buyer(line: str) -> str:
    return f"Sam Okafor\n\nExperience\nBuyer, Norlake Castings (2016 - 2023)\n- {line}\n"


def test_an_sap_s4hana_user_has_worked_in_sap_erp():
    result = analyze(resume_text=_buyer("Placed purchase orders in SAP S/4HANA (MM)"), job_description=BUYER)

    assert _row(result, name="SAP ERP")["status"] == "met"
    assert "Oracle or SAP ERP" not in result["missing_keywords"]


def test_sap_ecc_is_sap_erp():
    result = analyze(
        resume_text=_buyer("Issued RFQs and placed purchase orders in SAP ECC"), job_description=BUYER
    )

    assert _row(result, name="SAP ERP")["status"] == "met"


def test_neither_erp_leaves_the_erp_missing():
    result = analyze(resume_text=_buyer("Placed purchase orders by e-mail and fax"), job_description=BUYER)

    assert _row(result, name="SAP ERP")["status"] == "missing"


WARD = (
    "Healthcare Assistant\nRequirements:\n- Safe moving and handling of patients\n"
    "- Experience on a hospital ward\n"
)


def _ward(line: str) -> dict:
    resume = f"Ana Silva\n\nExperience\nHealthcare Assistant, St Mary's Hospital (2020 - 2024)\n- {line}\n"
    return analyze(resume_text=resume, job_description=WARD)


def test_moving_and_handling_is_one_skill_met_by_the_resume_naming_it():
    result = _ward("Personal care, observations, moving and handling on an elderly care ward")

    assert _row(result, name="handling")["status"] == "met"
    assert not any("moving" in term.lower() for term in result["missing_keywords"])


def test_a_resume_without_it_still_lacks_moving_and_handling():
    result = _ward("Booked appointments and greeted patients on the ward")

    assert _row(result, name="handling")["status"] == "missing"
