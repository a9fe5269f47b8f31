"""The data-processing consent clause a posting asks every applicant to add is not text copied from it; a duty
pasted from the posting still is. Made-up text."""

from ai.local_engine import analyze

POSTING = (
    "AP Specialist\n\nRequirements\n- Accounts payable in SAP\n- Reconcile supplier statements every month\n\n"
    'Please add the following clause to your CV: "I consent to the processing of my personal data for the '
    'purposes of the recruitment process."\n'
)
RESUME = (
    "Ola Nowak\n\nExperience\nAP Specialist, Acme SSC, 2019 - 2025\n- Post 900 invoices a month in SAP\n"
    "- Run the weekly payment proposal for 14 company codes and clear blocked invoices with buyers\n"
    "- Answer German-speaking suppliers on the DACH hotline and settle price and quantity differences\n"
    "- Cleared a three-year backlog of 260 open items before the year-end audit\n\n"
    "I consent to the processing of my personal data for the purposes of the recruitment process.\n"
)


def test_the_consent_clause_asked_for_is_not_copied_text():
    result = analyze(resume_text=RESUME, job_description=POSTING)
    assert not [w for w in result["details"]["warnings"] if "copied" in w]


def test_a_duty_pasted_from_the_posting_is_still_copied():
    pasted = RESUME.replace("- Post 900", "- Reconcile supplier statements every month\n- Post 900")
    result = analyze(resume_text=pasted, job_description=POSTING)
    assert [w for w in result["details"]["warnings"] if "copied" in w]
