"""Dense postings are read clause by clause: names, importance, places and employers, soft skills."""

from ai.local_engine import analyze
from ai.local_engine.requirements import read_requirements

COOK = "Jane Doe\nBackend developer, 2019-2024.\nImplemented gRPC communication between microservices in Go."

NURSE = """Registered Nurse (RN) – Medical/Surgical Unit
St. Aldric Regional Hospital, Portland, OR — Full-time

Provide safe care to adult patients: assessments, wound care and accurate documentation in Epic.

Requirements: current Oregon RN license, BLS and ACLS certification, 1+ year of acute care experience, \
BSN preferred, strong communication and critical-thinking skills.
"""

EXECUTIVE = """Chief Operating Officer — Harbor & Finch Media (Sunnyvale, CA)

Reporting to the CEO, the COO will run day-to-day operations.
You: 15+ years of leadership; experience with acquisitions; MBA or equivalent preferred.
Clear communicator and team player. You should be curious, eager to learn and able to work in a team.
"""


def _by_name(text: str) -> dict:
    return {r.name: r for r in read_requirements(text=text).requirements}


def test_certifications_named_together_mid_sentence_are_each_a_requirement():
    names = set(_by_name(NURSE))

    assert {"BLS certification", "ACLS certification"} <= names
    assert not [n for n in names if n.endswith("certification") and n.split()[0] not in {"BLS", "ACLS"}]


def test_a_preferred_cue_in_a_list_of_requirements_marks_only_its_own_clause():
    requirements = _by_name(NURSE)

    assert requirements["BSN"].importance == "preferred"
    assert requirements["BSN"].kind == "degree"
    assert requirements["ACLS certification"].importance == "required"
    assert requirements["Oregon RN license"].importance == "required"


def test_a_named_degree_is_screened_by_that_name_and_its_field():
    requirements = _by_name(EXECUTIVE)

    def mba_status(education: str) -> str:
        result = analyze(resume_text=f"Jo Smith\nEducation\n{education}", job_description=EXECUTIVE)
        return next(r for r in result["details"]["requirements"] if r["name"] == "MBA")["status"]

    assert requirements["MBA"].kind == "degree"
    assert mba_status("M.B.A., Wharton School, 2012") == "met"
    # "or equivalent": another business master's counts by half, a master's in physics not at all.
    assert mba_status("MSc Finance, LSE, 2010") == "partial"
    assert mba_status("MSc Physics, ETH, 2010") == "missing"


def test_a_degree_with_a_field_is_named_with_it():
    posting = "Staff Accountant\nRequirements: degree in accounting or finance; 2+ years in general ledger."

    assert "Bachelor's degree in accounting or finance" in _by_name(posting)


def test_city_and_state_codes_and_the_employer_on_the_title_line_are_never_requirements():
    keys = {word for name in _by_name(EXECUTIVE) for word in name.split()}

    assert not keys & {"San", "CA", "Media", "Harbor", "Finch", "Sunnyvale"}


def test_a_skill_named_after_the_title_dash_is_still_a_requirement():
    posting = "Mobile Engineer – React Native\nRequirements\n- 3+ years of TypeScript."

    assert "React Native" in _by_name(posting)


def test_reporting_to_someone_is_not_the_skill_of_reporting():
    assert "Reporting" not in _by_name(EXECUTIVE)
    assert "Financial reporting" in _by_name("Analyst\n- Financial reporting in Excel.\n")


def test_soft_skills_that_describe_the_person_go_by_the_skills_name():
    names = set(_by_name(EXECUTIVE))

    assert {"Communication", "Teamwork", "curiosity", "Eagerness to learn"} <= names
    assert not names & {"communicator", "be curious", "eager to learn", "work in a team"}


def test_a_posting_asking_for_communication_is_not_met_by_technical_communication():
    result = analyze(resume_text=COOK, job_description=NURSE)
    communication = next(r for r in result["details"]["requirements"] if r["name"] == "communication")

    assert communication["status"] == "missing"
    assert "communication" in result["missing_keywords"]


def test_an_example_after_e_g_stays_in_its_sentence():
    posting = "Software Engineer\nPreferred\n- Databases (e.g. MySQL)\n- Machine learning coursework\n"
    databases = _by_name(posting)["Databases"]

    assert databases.alternatives == ("MySQL",)


def test_the_items_of_an_enumeration_of_duties_are_requirements():
    posting = (
        "Registered Nurse\nProvide safe care to adult patients per shift: assessments, medication "
        "administration, wound care, IV therapy, and patient education.\n"
    )
    missing = analyze(resume_text=COOK, job_description=posting)["missing_keywords"]

    assert {"medication administration", "wound care"} <= set(missing)


def test_a_preferred_cue_in_brackets_marks_only_the_bracket():
    posting = """Developer
Requirements
- Strong Python (Django a plus).
- Bachelor's degree (MBA preferred).
- Excellent teamwork skills.
"""
    requirements = _by_name(posting)

    assert requirements["Python"].importance == "required"
    assert requirements["Django"].importance == "preferred"
    assert requirements["teamwork"].importance == "required"


def test_a_higher_degree_named_as_a_plus_is_asked_beside_the_degree_required():
    posting = (
        "Product Manager\nRequirements\n- Bachelor's degree (MBA preferred).\n- Excellent teamwork skills.\n"
    )
    degrees = {
        r.name: r.importance for r in read_requirements(text=posting).requirements if r.kind == "degree"
    }
    resume = "Jane Doe\nEducation\nBachelor of Science in Economics, State University (2010 - 2014)\n"
    missing = analyze(resume_text=resume, job_description=posting)["missing_keywords"]

    assert degrees == {"Bachelor's degree": "required", "MBA": "preferred"}
    assert "MBA" in missing and not [term for term in missing if "Bachelor" in term]


def test_working_with_other_people_is_asked_as_collaboration():
    posting = """ML Engineer
Responsibilities:
- Work with product managers and data scientists to frame problems.
- Our team works closely with clinicians.
- Train models in Python.
"""
    cook = analyze(resume_text=COOK, job_description=posting)["missing_keywords"]
    resume = COOK + "\nCollaborated with designers and product managers on the checkout flow."
    missing = analyze(resume_text=resume, job_description=posting)["missing_keywords"]

    assert "Collaboration" in cook and "Collaboration" not in missing
    assert not [term for term in cook if "clinician" in term.lower()]


def test_the_people_named_in_work_asked_with_them_are_no_requirement_of_their_own():
    posting = """ML Engineer
You will work closely with product managers and data scientists to ship models.
Requirements: Python, PyTorch, 3+ years building ML systems.
"""
    details = analyze(resume_text=COOK, job_description=posting)["details"]
    asked = [item["term"] for item in details["missing_keywords_detail"]]
    asked += [item["name"] for item in details["tentative_requirements"]]

    # the work with them is asked (as collaboration); "product managers" alone is not a skill to show
    assert "Collaboration" in asked
    assert not [term for term in asked if "product manager" in term.lower()]


def test_leading_other_people_is_asked_as_leadership():
    posting = """Backend Engineer
Requirements
- Mentor other engineers and lead design reviews.
Nice to have: publications, experience leading engineers.
"""
    cook = analyze(resume_text=COOK, job_description=posting)["missing_keywords"]
    resume = COOK + "\nLed a team of 4 engineers through a database migration."
    missing = analyze(resume_text=resume, job_description=posting)["missing_keywords"]

    assert "Leadership" in cook and "Leadership" not in missing
    assert not [term for term in cook if term.lower().startswith("mentor")]


def test_who_we_are_looking_for_opens_the_requirements_not_the_company_text():
    posting = """DevOps Engineer
Who we are
We are a consultancy of 80 engineers.
Who we are looking for
- Deep experience with Terraform and Kubernetes.
"""
    missing = analyze(resume_text=COOK, job_description=posting)["missing_keywords"]

    assert {"Terraform", "Kubernetes"} <= set(missing)


def test_to_apply_knowledge_is_part_of_the_job_not_how_to_apply():
    posting = """Data Scientist
Requirements
- Ability to apply statistical methods in Python and SQL.
You will be required to apply your knowledge of Spark and Airflow every day.
To apply, send your CV to jobs@example.com.
"""
    missing = analyze(resume_text=COOK, job_description=posting)["missing_keywords"]

    assert {"Python", "SQL", "Spark", "Airflow"} <= set(missing)


def test_a_company_size_in_thousands_is_not_pay():
    posting = (
        "Backend Engineer\nCompany size: 10k+ people Technologies: Kotlin, Kafka\nSalary: 90k-120k, Vue.js.\n"
    )
    missing = analyze(resume_text=COOK, job_description=posting)["missing_keywords"]

    assert {"Kotlin", "Kafka"} <= set(missing) and "Vue.js" not in missing


def test_a_perk_deep_inside_a_run_on_paragraph_does_not_hide_its_requirements():
    posting = (
        "Android Developer\nYou build and maintain our Android app in Kotlin together with a small product team "
        "and you review the code of your colleagues every week while you also write tests with Espresso and "
        "JUnit and you help us ship a new release every two weeks to our customers in twelve countries and in "
        "return we give you a friendly and open work atmosphere flexible working hours and various benefits\n"
    )
    missing = analyze(resume_text=COOK, job_description=posting)["missing_keywords"]

    assert {"Kotlin", "JUnit"} <= set(missing)


def test_a_sentence_to_the_candidate_under_about_us_is_asked():
    posting = """QA Engineer
About us
We are a diagnostics company of 300 people.
You will run V&V experiments and automate them with Python and Selenium.
"""
    missing = analyze(resume_text=COOK, job_description=posting)["missing_keywords"]

    assert {"Python", "Selenium"} <= set(missing)


def test_a_technologies_line_after_the_pay_lists_skills():
    posting = "Frontend Developer\nCompensation:\n€45k - 60k\nTechnologies\nreactjs typescript graphql\n"
    missing = analyze(resume_text=COOK, job_description=posting)["missing_keywords"]

    assert "GraphQL" in missing or "graphql" in missing


def test_the_company_named_after_a_capitalised_join_or_at_is_no_requirement():
    posting = """Warehouse Shift Lead
Join Summit Logistics! We're a 3PL serving e-commerce brands.
What you need:
- 2+ years warehouse experience
- Working knowledge of RF scanners
"""
    resume = "Dee Carter\nExperience\nPicker, Northside (2018 - 2024)\n- Picked 300 orders a shift\n"
    missing = analyze(resume_text=resume, job_description=posting)["missing_keywords"]

    assert not any("Summit" in keyword for keyword in missing)
    assert "RF scanners" in missing


def test_money_the_job_handles_is_not_pay():
    posting = """Sales Coordinator
Key responsibilities
- Plan and manage paid social (Meta, TikTok) and paid search (Google Ads) budgets of $150K+/month
We offer equity and unlimited PTO.
"""
    requirements = read_requirements(text=posting).requirements

    assert any("Google Ads" in (r.name, *r.alternatives) for r in requirements)
    assert any("TikTok" in (r.name, *r.alternatives) for r in requirements)


def test_the_employers_values_name_no_requirement():
    posting = (
        "Frontend Engineer\nYou have:\n- Experience with React\nWe value kindness, curiosity and shipping.\n"
    )
    names = [r.name.lower() for r in read_requirements(text=posting).requirements]

    assert names == ["react"]


def test_a_posting_pasted_without_line_breaks_is_read_item_by_item_at_its_inline_bullets():
    posting = (
        "Digital Marketing Manager About the role You will own our paid and lifecycle marketing, reporting to "
        "the VP of Growth. Key responsibilities - Build and optimize email and SMS flows in Klaviyo - Analyze "
        "campaign performance in GA4 and Looker Studio and report weekly on CAC and LTV - Manage relationships "
        "with agencies and freelance creators"
    )
    names = [r.name for r in read_requirements(text=posting).requirements]

    assert {"Klaviyo", "GA4", "Looker Studio"} <= set(names)
    assert "Analyze" not in names
