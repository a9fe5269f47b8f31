"""How to apply, said after the asks ("No phone calls or agencies please", "No agencies.") asks nothing of the
candidate. Every posting and resume here is made up."""

import pytest

from ai.local_engine.tests.rows import requirement_names, requirement_rows

RESUME = "Ana Ruiz\n\nExperience\nParalegal, Vance LLP (2020 - present)\n- Drafted 30 discovery responses\n"


@pytest.mark.parametrize(
    "line",
    [
        "No phone calls or agencies please.",
        "No agencies please.",
        "No recruiters please.",
        "Recruitment agencies need not apply.",
    ],
)
def test_a_line_turning_away_calls_or_agencies_asks_nothing(line):
    posting = (
        "Litigation Paralegal\nRequirements:\n- 3+ years as a litigation paralegal\n\n"
        f"How to apply: e-mail your resume to jobs@vance.example. {line}\n"
    )

    names = [name.lower() for name in requirement_names(resume=RESUME, posting=posting)]

    assert not [name for name in names if "agenc" in name or "recruiter" in name or "phone" in name]


def test_the_colleagues_trade_and_a_signing_title_ask_nothing():
    posting = (
        "Project Engineer\nWe work closely with our CAD technologists and field staff.\n\nRequirements:\n"
        "- 5+ years of municipal design\n- Review and stamp drawings as the Engineer of Record\n"
    )

    names = requirement_names(resume=RESUME, posting=posting)

    assert "CAD" not in names
    assert "Record" not in names


def test_a_us_state_asks_nothing():
    posting = (
        "Accounts Receivable Clerk\nRequirements:\n- 2+ years in accounts receivable\n\n"
        "Preferred: familiarity with lien law in North or South Carolina.\n"
    )

    names = requirement_names(resume=RESUME, posting=posting)

    assert "South Carolina" not in names
    assert "lien law" in names


def test_a_medical_card_is_a_credential_and_a_licence_class_no_fragment():
    posting = (
        "CDL-A Driver\nRequirements:\n- 18 months of verifiable Class A tractor-trailer experience\n"
        "- Current DOT medical card\n"
    )
    resume = (
        "Cal Moore\n\nExperience\nRegional Driver, Ridge Freight (2021 - present)\n- Hauled 2,400 loads\n\n"
        "Certifications\nDOT Medical Examiner's Certificate, valid through 2026\n"
    )

    rows = requirement_rows(resume=resume, posting=posting)

    assert rows["DOT medical card"]["kind"] == "certification"
    assert rows["DOT medical card"]["status"] == "met"
    assert not [name for name in rows if name.endswith("Class")]


def test_what_kind_of_employer_it_is_asks_nothing():
    posting = (
        "Litigation Paralegal\nHarlow & Vance is a 40-attorney litigation boutique representing businesses in "
        "commercial disputes, employment matters and product liability cases.\n\nRequirements:\n"
        "- 3+ years as a litigation paralegal\n"
    )

    names = requirement_names(resume=RESUME, posting=posting)

    assert "employment matters" not in names
    assert "product liability cases" not in names


def test_an_employer_named_after_about_and_the_lines_it_goes_on_with_ask_nothing():
    posting = (
        "SOC Analyst\nAbout Keystone Mutual: We are a 110-year-old mutual insurer. Our security team monitors "
        "3,500 endpoints and a hybrid Azure environment.\nAbout The Role: The analyst triages alerts in Splunk.\n\n"
        "Requirements:\n- 2+ years in a SOC\n"
    )

    names = requirement_names(resume=RESUME, posting=posting)

    assert "Azure" not in names
    assert "Splunk" in names


@pytest.mark.parametrize(
    ("line", "junk"),
    [
        ("Your application must include a CV and a complete publication list.", "publication"),
        ("Attached files must be in Adobe PDF or Word format.", "Word"),
        ("Please tell us, in Spanish or English, why the post suits you and attach your CV.", "Spanish"),
        ("Online applications will be screened and shortlisted candidates interviewed over Skype.", "Skype"),
    ],
)
def test_what_to_send_and_how_applications_are_screened_ask_nothing(line, junk):
    posting = (
        "Postdoctoral Researcher in Hydrology\nRequirements:\n- PhD in hydrology or a related field\n"
        "- Experience with groundwater modelling in MODFLOW\n\n"
        f"{line}\n"
    )

    names = [name.lower() for name in requirement_names(resume=RESUME, posting=posting)]

    assert not [name for name in names if junk.lower() in name]
    assert any("modflow" in name for name in names)


def test_a_duty_to_review_applications_is_still_asked():
    posting = (
        "Grants Officer\nResponsibilities:\n- Review grant applications in Salesforce and flag missing budgets\n"
        "- Screen applications for eligibility\n"
    )

    names = requirement_names(resume=RESUME, posting=posting)

    assert "Salesforce" in names
