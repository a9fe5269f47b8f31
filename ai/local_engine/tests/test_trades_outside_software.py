"""Resumes outside software against postings of their trades: a kind of software met by a product of that
kind, a certification line that only names the certification, dotted degree abbreviations, joined headings
and "high school diploma or GED" met by any diploma. Every posting and resume here is made up."""

from ai.local_engine import analyze

PURCHASING = """Purchasing Coordinator
Requirements:
• High school diploma or GED
• Experience with an ERP system such as SAP or Microsoft Dynamics
• Certified Purchasing Professional (CPP) preferred
• Bachelor's degree in Business or Supply Chain preferred
"""

BUYER = """Dana Kim
Purchasing Assistant
EXPERIENCE
Purchasing Assistant, Harbor Foods, 2019 - 2024
• Raised 40 purchase orders a week in Workday and matched invoices to receipts
Education and certification
B.S. Business, Lakeview State University, 2018
Certified Purchasing Professional (CPP) — 2021
"""

CLERK = """Dana Kim
Purchasing Clerk
EXPERIENCE
Purchasing Clerk, Harbor Foods, 2019 - 2024
• Logged supplier calls in Salesforce and chased late deliveries
"""

CASHIER_POSTING = """Cashier - Part Time
Greenway Market is hiring cashiers for our Eastside store.
What you need:
- Experience with a POS system (Square, Clover or similar)
- Cash handling
"""

WELDER_POSTING = """Production Welder
Requirements:
- High school diploma or GED
- MIG and TIG welding
- Read blueprints
"""


def _requirements(*, resume: str, posting: str) -> dict[str, dict]:
    analysis = analyze(resume_text=resume, job_description=posting)
    return {r["name"]: r for r in analysis["details"]["requirements"]}


def test_it_meets_a_kind_of_software_with_a_product_of_that_kind():
    met = _requirements(resume=BUYER, posting=PURCHASING)
    assert met["ERP"]["status"] != "missing"  # Workday is enterprise resource planning software (O*NET)
    assert met["ERP"]["alternatives"] == ["SAP", "Microsoft Dynamics"]
    missing = analyze(resume_text=BUYER, job_description=PURCHASING)["missing_keywords"]
    assert not {"SAP", "Microsoft Dynamics"} & set(missing)  # examples of the kind, not gaps of their own


def test_a_product_of_another_kind_does_not_meet_it():
    missing = analyze(resume_text=CLERK, job_description=PURCHASING)["missing_keywords"]
    assert "ERP" in missing  # Salesforce is CRM software, not ERP


def test_it_meets_a_point_of_sale_system_with_a_register_the_resume_names():
    resume = "Lee Ames\nCashier, Corner Deli, 2021 - 2024\n• Rang up 300 sales a shift on two cash registers"
    met = _requirements(resume=resume, posting=CASHIER_POSTING)
    pos = next(r for name, r in met.items() if "POS" in name)
    assert pos["status"] != "missing"
    other = "Lee Ames\nStock Clerk, Corner Deli, 2021 - 2024\n• Unloaded trucks and faced shelves"
    assert _requirements(resume=other, posting=CASHIER_POSTING)[pos["name"]]["status"] == "missing"


def test_a_certification_line_with_its_year_is_the_resumes_own():
    met = _requirements(resume=BUYER, posting=PURCHASING)
    assert met["Certified Purchasing Professional"]["status"] != "missing"
    assert met["Certified Purchasing Professional"]["context"] != "copied"


def test_the_postings_own_names_pasted_alone_still_earn_nothing():
    resume = "Dana Kim\nPurchasing Clerk\nCertified Purchasing Professional (CPP) preferred"
    met = _requirements(resume=resume, posting=PURCHASING)
    assert met["Certified Purchasing Professional"]["status"] == "missing"


def test_a_dotted_degree_and_a_joined_education_heading_show_the_degree():
    assert (
        _requirements(resume=BUYER, posting=PURCHASING)["Bachelor's degree in Business or Supply Chain"][
            "status"
        ]
        == "met"
    )
    resume = "Ana Ruiz\nBuyer\nEducation and certification\nB.B.A. Supply Chain Management"
    assert (
        _requirements(resume=resume, posting=PURCHASING)["Bachelor's degree in Business or Supply Chain"][
            "status"
        ]
        == "met"
    )


def test_any_diploma_meets_high_school_diploma_or_ged():
    trade_school = "Jo Park\nWelder\nEDUCATION\nWelding Technology diploma, Lakeshore Technical College, 2016"
    assert _requirements(resume=trade_school, posting=WELDER_POSTING)["GED"]["status"] == "met"
    no_schooling = "Jo Park\nWelder\nEXPERIENCE\nWelder, Iron Works, 2016 - 2024\n• MIG welding of frames"
    assert _requirements(resume=no_schooling, posting=WELDER_POSTING)["GED"]["status"] == "missing"


def test_flexibility_to_work_weekends_is_a_condition_not_a_soft_skill():
    posting = "Assistant Store Manager\nRequirements:\n- Flexibility to work nights, weekends and holidays\n"
    resume = "Kim Lo\nShift Supervisor, Bay Books, 2020 - 2024\n• Opened the store on weekends"
    assert "Flexibility" not in analyze(resume_text=resume, job_description=posting)["missing_keywords"]
    adaptable = "Assistant Store Manager\nRequirements:\n- Flexibility as priorities change during a reset\n"
    assert "Flexibility" in analyze(resume_text=resume, job_description=adaptable)["missing_keywords"]


MILL_POSTING = """Maintenance Mechanic
Requirements:
- Working knowledge of lockout/tagout procedures
"""


CLINIC_POSTING = """Clinic Nurse
Requirements:
- Chart visits in an EHR (Epic, Cerner or similar)
"""


def test_examples_closed_by_or_similar_are_alternatives_of_their_head():
    nurse = "Ada Obi\nRN, Lakeside Clinic, 2019 - 2024\n• Charted 30 visits a day in the EHR"
    analysis = analyze(resume_text=nurse, job_description=CLINIC_POSTING)
    assert not {"Epic", "Cerner"} & set(analysis["missing_keywords"])
    other = "Ada Obi\nRN, Lakeside Clinic, 2019 - 2024\n• Triaged walk-in patients"
    assert analyze(resume_text=other, job_description=CLINIC_POSTING)["missing_keywords"] == ["EHR"]


def test_a_skill_named_without_its_generic_head_noun_is_shown():
    resume = "Ray Oduya\nMaintenance Mechanic\nSKILLS\nLockout/tagout · PLC troubleshooting · welding"
    missing = analyze(resume_text=resume, job_description=MILL_POSTING)["missing_keywords"]
    assert not [term for term in missing if "lockout" in term.lower()]
    bare = "Ray Oduya\nMaintenance Mechanic\nSKILLS\nPLC troubleshooting · welding"
    missing = analyze(resume_text=bare, job_description=MILL_POSTING)["missing_keywords"]
    assert [term for term in missing if "lockout" in term.lower()]


def test_a_skills_section_after_the_last_job_does_not_make_its_years_relevant():
    posting = "Facilities Technician\nRequirements:\n- 3 years of experience as a facilities technician\n"
    electrician = (
        "Jo Park\nEXPERIENCE\nElectrician, Volt Co, 2015 - 2024\n• Wired new homes and shops\n"
        "SKILLS\nConduit bending, facilities upkeep"
    )
    experience = analyze(resume_text=electrician, job_description=posting)["details"]["sub_scores"]
    assert experience["experience"]["score"] == 0
    technician = "Jo Park\nEXPERIENCE\nFacilities Technician, Volt Co, 2015 - 2024\n• Ran three boilers"
    experience = analyze(resume_text=technician, job_description=posting)["details"]["sub_scores"]
    assert experience["experience"]["score"] == 100
