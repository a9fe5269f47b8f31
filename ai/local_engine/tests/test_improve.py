"""The rewrite is worth taking: an achievement sentence, cleaned, strengthened only where it fits."""

from ai.local_engine import analyze
from ai.local_engine.improve import rewrite_sentence, sentence_case
from ai.local_engine.rewrite_wording import CHANGE_HINT, COUNT_HINT, METRIC_HINT, strengthen

JOB = "Backend Engineer\nRequirements\n- Experience with Python, Docker and Kafka\n- Build APIs for video captions"
RESUME = """Sam Lee
sam@example.com | +1 555 010 2000
Objective
Seeking a challenging role as a backend engineer where I can grow my skills in Python.
Experience
Software Engineer, Google (2019 - 2024)
- Worked on the YouTube Captions team.
- Responsible for building caption APIs in Python that
  served video pages.
- Migrated 40 services to Docker containers in 2022.
Skills
Python, Docker, Kafka
"""


def test_a_weak_opening_is_replaced_only_where_the_verb_fits_its_object():
    assert strengthen(sentence="Worked on the YouTube Captions team.") == (
        "Worked on the YouTube Captions team",
        False,
    )
    assert strengthen(sentence="Responsible for managing the budget.") == ("Managed the budget", True)
    assert strengthen(sentence="Helped the support team with refunds.") == (
        "Supported the support team with refunds",
        True,
    )


def test_the_chosen_sentence_is_an_achievement_with_its_line_breaks_cleaned():
    result = analyze(resume_text=RESUME, job_description=JOB)
    assert result["sentence_to_improve"] == (
        "Responsible for building caption APIs in Python that served video pages."
    )
    assert result["recommended_improvement"] == (
        f"Built {COUNT_HINT} caption APIs in Python that served video pages."
    )
    assert "\n" not in result["sentence_to_improve"]


def test_objectives_headers_and_contact_lines_are_never_chosen_when_an_achievement_exists():
    rewrites = analyze(resume_text=RESUME, job_description=JOB)["details"]["rewrites"]
    assert 1 <= len(rewrites) <= 3
    for item in rewrites:
        assert item["section"] in {"experience", "projects"}
        assert not item["sentence"].startswith(("Seeking", "Sam Lee", "sam@example.com"))


def test_no_figure_is_asked_for_where_the_sentence_has_one_or_nothing_could_be_measured():
    assert rewrite_sentence(text="Migrated 40 services to Docker containers in 2022.", proven_terms=[]) == (
        "Migrated 40 services to Docker containers in 2022.",
        (),
    )
    rewrite, reasons = rewrite_sentence(
        text="Passionate about clean code and open source.", proven_terms=["Python"]
    )
    assert rewrite == "Passionate about clean code and open source."
    assert reasons == ()


def test_woven_skills_come_from_the_resume_in_its_own_spelling():
    rewrite, reasons = rewrite_sentence(
        text="Built the billing service for 3 teams.", proven_terms=["k8s", "Postgres"]
    )
    assert rewrite == "Built the billing service for 3 teams using k8s and Postgres."
    assert reasons == ("skills the same entry of the resume shows, named where they were used",)


def test_no_tool_is_woven_into_work_with_people_and_tools_go_before_a_result_clause():
    mentoring, _ = rewrite_sentence(
        text="Mentored 3 junior engineers and set code review standards.", proven_terms=["Go"]
    )
    migration, _ = rewrite_sentence(
        text="Led migration of the billing service to microservices, improving uptime to 99.99%.",
        proven_terms=["Go", "Kubernetes"],
    )

    assert "Go" not in mentoring
    assert migration == (
        "Led migration of the billing service to microservices using Go and Kubernetes, improving uptime to "
        "99.99%."
    )
    rollout, _ = rewrite_sentence(
        text="Rolled out least-privilege IAM roles, closing 40 audit findings.", proven_terms=["Terraform"]
    )
    assert rollout == "Rolled out least-privilege IAM roles using Terraform, closing 40 audit findings."


def test_the_figure_is_asked_for_where_it_would_go():
    reduced, _ = rewrite_sentence(text="Reduced build time through remote caching.", proven_terms=[])
    team, _ = rewrite_sentence(text="Led a team of developers on the ledger rewrite.", proven_terms=[])
    clause, _ = rewrite_sentence(text="Redesigned the checkout page, improving conversion.", proven_terms=[])

    assert reduced == f"Reduced build time by {CHANGE_HINT} through remote caching."
    assert team == f"Led a team of {COUNT_HINT} developers on the ledger rewrite."
    assert clause == f"Redesigned the checkout page, improving conversion by {CHANGE_HINT}."


def test_a_figure_written_in_words_is_a_figure():
    rewrite, reasons = rewrite_sentence(
        text="Mentored a team of four junior developers.", proven_terms=["Python"]
    )

    assert rewrite == "Mentored a team of four junior developers."
    assert reasons == ()


def test_working_with_people_becomes_partnering_and_working_with_a_tool_stays():
    assert strengthen(sentence="Worked closely with the data science team to tune ranking.") == (
        "Partnered with the data science team to tune ranking",
        True,
    )
    assert strengthen(sentence="Worked with Excel to reconcile vendor accounts.") == (
        "Worked with Excel to reconcile vendor accounts",
        False,
    )
    assert strengthen(sentence="Assisted in migrating the legacy system.") == (
        "Contributed to migrating the legacy system",
        True,
    )


def test_no_tool_is_woven_into_a_sentence_that_already_says_how():
    for text in (
        "Used Angular for the admin front-end.",
        "Provisioned servers with tools like Ansible and Terraform.",
        "Built the ingestion service; cut costs.",
    ):
        rewrite, reasons = rewrite_sentence(text=text, proven_terms=["Kubernetes"])
        assert "Kubernetes" not in rewrite
        assert not any(reason.startswith("skills") for reason in reasons)


TWO_JOBS = """Experience
Data Engineer, Northwind (2021 - 2024)
- Built the nightly ingestion pipeline for 40 data sources.
- Ran Airflow and Spark jobs on Kubernetes.
Analyst, Contoso (2018 - 2021)
- Developed weekly revenue dashboards for the sales team leads.
- Wrote reports in Excel.
Skills
Python, Airflow, Spark, Kubernetes, Excel
"""


def test_woven_skills_come_from_the_same_entry_of_the_resume_only():
    rewrites = analyze(
        resume_text=TWO_JOBS,
        job_description="Data Engineer\nRequirements\n- Airflow, Spark, Kubernetes and Excel\n"
        "- Build revenue dashboards and ingestion pipelines",
    )["details"]["rewrites"]
    by_sentence = {item["sentence"]: item["rewrite"] for item in rewrites}

    dashboards = by_sentence["Developed weekly revenue dashboards for the sales team leads."]
    assert "Excel" in dashboards
    assert not {"Airflow", "Spark", "Kubernetes"} & set(dashboards.replace(",", " ").split())


def test_half_sentences_cut_by_a_line_break_are_never_chosen():
    resume = (
        "Experience\nProduct Engineer, Acme (2020 - 2024)\n"
        "- Spearheaded the redesign of the main product website, resulting in a\n"
        "- 2021), booking qualified meetings for the field team by phone.\n"
        "- Built the partner onboarding portal for enterprise customers.\n"
    )
    sentences = [
        item["sentence"]
        for item in analyze(resume_text=resume, job_description="Product Engineer: onboarding portals")[
            "details"
        ]["rewrites"]
    ]

    assert sentences == ["Built the partner onboarding portal for enterprise customers."]


def test_the_number_of_people_trained_is_asked_for_before_who_they_were():
    trained, _ = rewrite_sentence(text="Onboard and train new associates on safe lifting", proven_terms=[])
    crew, _ = rewrite_sentence(text="Supervised a crew of pickers on nights", proven_terms=[])

    assert trained == f"Onboard and train {COUNT_HINT} new associates on safe lifting."
    assert crew == f"Supervised a crew of {COUNT_HINT} pickers on nights."


def test_the_count_is_asked_for_before_the_things_done_where_they_are_a_plain_plural():
    def rewritten(text: str) -> str:
        return rewrite_sentence(text=text, proven_terms=[])[0]

    assert rewritten("Inspect and test installations for landlords") == (
        f"Inspect and test {COUNT_HINT} installations for landlords."
    )
    assert (
        rewritten("Hauled hazmat loads with a tanker") == f"Hauled {COUNT_HINT} hazmat loads with a tanker."
    )
    assert rewritten("Take card and ACH payments at the counter") == (
        f"Take {COUNT_HINT} card and ACH payments at the counter."
    )
    assert rewritten("Submitted RFQs to three suppliers") == "Submitted RFQs to three suppliers."
    assert rewritten("Book, reschedule and cancel appointments; manage waitlists") == (
        f"Book, reschedule and cancel {COUNT_HINT} appointments; manage waitlists."
    )
    # "by [how much]" only after a change of amount: helping someone is no change to measure
    assert rewritten("Worked on the till, helping customers find sizes and items") == (
        f"Worked on the till, helping customers find sizes and items, {METRIC_HINT}."
    )
    # no plain count of things: a determiner, how often, a whole, two words before "and", a list first,
    # or work whose objects are not its output
    for text in (
        "Maintained the standard costing model for plant managers",
        "Ran weekly audits of the loading dock",
        "Managed warehouse operations for the night shift",
        "Monitor network performance and alerts in SolarWinds",
        "Configured GL, AP and AR modules for the finance team",
        "Administer IV medications on a med/surg floor",
    ):
        assert rewritten(text) == f"{text}, {METRIC_HINT}.", text


WAREHOUSE_JOB = """Warehouse Shift Lead
- Lead a team of pickers and packers; run cycle counts with RF scanners
- Train new hires on safe work practices
"""
WAREHOUSE_RESUME = """Dee Carter
Experience
Lead Associate, Northside Fulfillment (2021 - Present)
- Supervise the night crew of pickers and packers and run cycle counts with RF scanners
- Train new associates on safe lifting and standard work
Warehouse Associate, Sierra Freight (2018 - 2021)
- Loaded and unloaded trailers for the outbound dock
"""


def test_present_tense_bullets_of_the_current_role_are_achievements_too():
    result = analyze(resume_text=WAREHOUSE_RESUME, job_description=WAREHOUSE_JOB)
    chosen = [item["sentence"] for item in result["details"]["rewrites"]]

    assert chosen[0].startswith(("Supervise the night crew", "Train new associates"))
    assert "Train new associates on safe lifting and standard work" in chosen


def test_a_noun_phrase_or_a_title_opening_with_a_verb_is_not_an_action():
    resume = """Kim Park
Experience
Engineer, Acme (2019 - 2024)
- Design and implementation of the deployment process for the billing platform
- Research Assistant: Research on ranking models for the search team
- Shipped the billing platform's deployment process to 12 teams
"""
    result = analyze(resume_text=resume, job_description="DevOps Engineer\n- Own the deployment process")
    chosen = [item["sentence"] for item in result["details"]["rewrites"]]

    assert chosen == ["Shipped the billing platform's deployment process to 12 teams"]


def test_nothing_named_only_in_an_entrys_heading_line_is_woven():
    resume = (
        "Jo Reyes\nExperience\n"
        "Accounts Payable Specialist, Front Range Home & Garden (Lakewood, CO), 2022 - Present\n"
        "- Process 2,000 vendor invoices a month in NetSuite with 3-way match\n"
        "- Helped roll out invoice approvals across 14 locations, cutting approval time from 9 days to 3\n"
    )
    rewrites = analyze(
        resume_text=resume,
        job_description="AP Specialist\nRequirements\n- Accounts payable in NetSuite\n- Colorado CO license\n"
        "- Roll out invoice approval workflows",
    )["details"]["rewrites"]
    woven = " ".join(item["rewrite"] for item in rewrites if "approvals" in item["sentence"])
    assert woven and "NetSuite" in woven
    assert "Accounts Payable" not in woven and " CO" not in woven


def test_a_purpose_naming_a_change_takes_the_figure_where_the_change_ends():
    purpose, _ = rewrite_sentence(
        text="Built Power BI dashboards to reduce month-end reporting time.", proven_terms=[]
    )
    with_clause, _ = rewrite_sentence(
        text="Partnered with sales to improve forecast accuracy, presenting results monthly.", proven_terms=[]
    )
    plain, _ = rewrite_sentence(text="Used Excel to track stock.", proven_terms=[])

    assert purpose == f"Built Power BI dashboards to reduce month-end reporting time by {CHANGE_HINT}."
    assert with_clause.startswith(f"Partnered with sales to improve forecast accuracy by {CHANGE_HINT},")
    assert CHANGE_HINT not in plain  # tracking stock states no change of amount


def test_a_resume_written_in_capitals_still_gets_a_sentence_to_improve_in_sentence_case():
    resume = (
        "ASHLEY MORGAN, BSN, RN\nPROFESSIONAL EXPERIENCE\nSTAFF NURSE – MEDICAL ICU\nVCU HEALTH | 2021 – PRESENT\n"
        "- TITRATE VASOPRESSORS AND SEDATION DRIPS PER PROTOCOL IN THE MICU\n"
        "- RESPOND TO CODES AND RAPID RESPONSES AS A MEMBER OF THE CODE TEAM\n"
    )
    posting = "ICU Registered Nurse\nQualifications:\n- 2+ years of ICU experience\n- BLS and ACLS\n"
    result = analyze(resume_text=resume, job_description=posting)

    assert result["sentence_to_improve"] in (
        "Titrate vasopressors and sedation drips per protocol in the MICU",
        "Respond to codes and rapid responses as a member of the code team",
    )
    assert result["recommended_improvement"].startswith(result["sentence_to_improve"][:20])


def test_sentence_case_keeps_acronyms_and_names_in_capitals():
    assert (
        sentence_case("MANAGED IT SUPPORT FOR 40 USERS IN THE MICU")
        == "Managed IT support for 40 users in the MICU"
    )
