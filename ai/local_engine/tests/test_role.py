"""The role part of the score: a posting's title against the titles a resume shows, in every trade."""

import pytest

from ai.local_engine import analyze
from ai.local_engine.vocab import get_vocabulary

ELECTRICIAN_POSTING = """Electrician
We need a licensed electrician with 5 years of experience installing commercial wiring."""
ELECTRICIAN_RESUME = """Jane Roe
Licensed Electrician
Experience
Electrician, Spark Co, 2015 - 2023
Installed wiring in commercial buildings."""
ENGINEER_RESUME = """John Doe
Software Engineer
Experience
Backend Developer, Acme, 2015 - 2023
Built Kafka producers and REST APIs in Python."""


def role_part(*, resume: str, posting: str) -> dict:
    details = analyze(resume_text=resume, job_description=posting)["details"]
    return {"title": details["job_title"], **details["sub_scores"]["role"]}


def test_a_trade_postings_title_is_read_and_scored_against_the_resumes_titles():
    own = role_part(resume=ELECTRICIAN_RESUME, posting=ELECTRICIAN_POSTING)
    assert (own["title"], own["score"], own["how"]) == (
        "Electrician",
        100,
        "the posting's title in the resume",
    )


def test_a_bare_role_title_gives_no_credit_to_another_kind_of_job():
    other = role_part(resume=ENGINEER_RESUME, posting=ELECTRICIAN_POSTING)
    assert (other["title"], other["score"]) == ("Electrician", 0)
    # the same holds for a software posting titled by its role noun alone
    assert role_part(resume=ELECTRICIAN_RESUME, posting="Developer\nWe build web applications.")["score"] == 0


@pytest.mark.parametrize(
    "noun", ["electrician", "welder", "paralegal", "plumber", "nurse", "pharmacist", "chef"]
)
def test_occupation_titles_of_the_vocabularies_give_role_nouns(noun):
    assert noun in get_vocabulary().role_nouns


@pytest.mark.parametrize(
    "thing", ["compiler", "controller", "handler", "producer", "scheduler", "monitor", "layer"]
)
def test_words_a_resume_uses_for_things_are_not_role_nouns(thing):
    # "Built Kafka producers" or "wrote Kubernetes controllers" must not read as a job title
    assert thing not in get_vocabulary().role_nouns


COO_POSTING = """Chief Operating Officer
We need an executive to run operations across three countries and report to the board."""


def test_a_c_suite_posting_keeps_chief_in_its_title_and_reads_the_abbreviation():
    resume = "Ann Lee\nCOO\nExperience\nCOO, Freight Co, 2015 - 2023\nRan operations across Europe."
    own = role_part(resume=resume, posting=COO_POSTING)
    assert (own["title"], own["score"]) == ("Chief Operating Officer", 100)


def test_another_c_suite_title_outranks_a_managers_title_for_a_c_suite_posting():
    ceo = "Ann Lee\nChief Executive Officer\nExperience\nCEO, Freight Co, 2015 - 2023\nLed the company."
    manager = "Bob Ray\nProduct Manager\nExperience\nProduct Manager, Apps Inc, 2015 - 2023\nShipped apps."
    nurse = "Cy Doe\nRegistered Nurse\nExperience\nRegistered Nurse, City Hospital, 2015 - 2023\nCared for patients."
    scores = [role_part(resume=r, posting=COO_POSTING)["score"] for r in (ceo, manager, nurse)]
    assert scores[0] > scores[1] > scores[2] == 0


def test_a_line_naming_people_in_the_plural_is_no_title():
    posting = "Product Manager\nWe need a product manager to own the roadmap of our mobile apps."
    bullet = """Ann Lee
Experience
Operations Lead, Freight Co, 2015 - 2023
Oversaw 40 engineers and product managers working on the booking app."""
    titled = bullet.replace("Oversaw 40 engineers and product managers", "Product Manager for")
    scores = [
        analyze(resume_text=r, job_description=posting)["details"]["sub_scores"]["role"]["score"]
        for r in (bullet, titled)
    ]
    assert scores[0] < scores[1] == 100


def test_an_it_posting_is_in_the_field_of_an_operations_title_not_of_another_trade():
    posting = "IT Specialist\nWe need someone to run our servers, backups and cloud accounts."
    devops = "Sam Roe\nDevOps Engineer\nExperience\nDevOps Engineer, Host Co, 2015 - 2023\nRan servers."
    clerk = "Kim Roe\nAccounts Clerk\nExperience\nAccounts Clerk, Shop Co, 2015 - 2023\nKept the ledger."
    scores = [role_part(resume=r, posting=posting) for r in (devops, clerk)]
    assert scores[0]["title"] == "IT Specialist"
    assert scores[0]["score"] > scores[1]["score"] == 0


DEVOPS_POSTING = "DevOps Engineer\nWe need someone to run Kubernetes clusters and write Terraform."


def test_a_devops_engineer_meets_a_devops_posting_s_title_and_another_engineer_does_not():
    devops = "Sam Roe\nDevOps Engineer\nExperience\nDevOps Engineer, Host Co, 2015 - 2023\nRan clusters."
    frontend = (
        "Kim Roe\nFrontend Developer\nExperience\nFrontend Developer, Web Co, 2015 - 2023\nBuilt pages."
    )
    own, other = (role_part(resume=r, posting=DEVOPS_POSTING) for r in (devops, frontend))
    # "DevOps" is the posting's field ("devops" and "DevOps" both normalise to "devop"), not a role noun
    # that every engineer or developer would meet
    assert (own["title"], own["score"]) == ("DevOps Engineer", 100)
    assert 0 < other["score"] < own["score"]


IT_POSTING = "IT Specialist\nWe need someone to run our servers, backups and cloud accounts."
SERVICE_POSTING = "Customer Service Representative\nAnswer calls and e-mails and resolve customers' issues."


def one_role(title: str, employer: str = "Host Co") -> str:
    return f"Sam Roe\nExperience\n{title}, {employer}, 2015 - 2023\nDid the work."


@pytest.mark.parametrize(
    ("posting", "resume", "score"),
    [
        # a placeholder noun: the field is the role, any role of it meets an "IT Specialist" posting
        (IT_POSTING, one_role("DevOps Engineer"), 100),
        (IT_POSTING, one_role("Software Engineer"), 0),
        # a posting's real kind of work still needs its noun: a DevOps specialist is no DevOps engineer
        (DEVOPS_POSTING, one_role("DevOps Specialist"), 50),
        # another kind of job in part of the field ("client services") is no kin of the posting's role;
        # the whole field shown by another kind of job counts in part
        (SERVICE_POSTING, one_role("Staff Accountant", employer="Grant Thornton client services"), 0),
        (SERVICE_POSTING, one_role("Customer Service Trainer"), 50),
        # ... and the front line's other names are the same job: an agent, an associate, customer care
        (SERVICE_POSTING, one_role("Customer Care Agent"), 100),
    ],
)
def test_kin_titles_earn_the_role_part_by_kind_of_work_and_field(posting: str, resume: str, score: int):
    assert role_part(resume=resume, posting=posting)["score"] == score


def test_a_title_written_as_its_acronym_is_the_same_role():
    sre = analyze(
        resume_text="Tom\nSRE, Bank (2020 - 2024)\n- Ran Kubernetes\n",
        job_description="Site Reliability Engineer II\n- Kubernetes\n",
    )
    qa = analyze(
        resume_text="Tom\nQuality Assurance Engineer, Bank (2020 - 2024)\n- Wrote Selenium tests\n",
        job_description="QA Engineer\n- Selenium\n",
    )
    other = analyze(
        resume_text="Tom\nBackend Engineer, Bank (2020 - 2024)\n- Wrote Selenium tests\n",
        job_description="QA Engineer\n- Selenium\n",
    )

    assert sre["details"]["sub_scores"]["role"]["score"] == 100
    assert qa["details"]["sub_scores"]["role"]["score"] == 100
    assert other["details"]["sub_scores"]["role"]["score"] < 100


def test_a_managed_aws_service_shows_aws():
    result = analyze(
        resume_text="Tom\nExperience\nEngineer, Bank (2020 - 2024)\n- Operated 14 EKS clusters and RDS databases\n",
        job_description="Platform Engineer\n- Experience with AWS\n",
    )
    assert "AWS" not in result["missing_keywords"]


GRAD_POSTING = """Graduate Software Engineer (2026 intake)
What we need
- A degree (2:1 or above, or expected) in Computer Science, Maths or a related STEM subject
- Some programming experience in Python
"""
STUDENT = """Aisha Khan
Education
BSc Computer Science, University of Leeds, graduating June 2026
Experience
Software Engineering Intern, Sage Group (Jun 2025 - Sep 2025)
- Fixed 25 bugs in a Python payroll service and added unit tests
"""


def test_a_graduate_posting_is_met_by_a_students_internship_in_the_role():
    details = analyze(resume_text=STUDENT, job_description=GRAD_POSTING)["details"]
    scores = {name: part["score"] for name, part in details["sub_scores"].items()}
    degree = next(r for r in details["requirements"] if r["kind"] == "degree")

    assert scores["role"] == 100  # an intern in software engineering, for a graduate software engineer post
    assert scores["experience"] == 100  # no years asked of a graduate
    assert degree["name"].startswith("Bachelor's degree in Computer Science") and degree["status"] == "met"


def test_an_intern_of_another_field_is_not_the_role():
    resume = STUDENT.replace("Software Engineering Intern", "Marketing Intern")
    details = analyze(resume_text=resume, job_description=GRAD_POSTING)["details"]

    assert details["sub_scores"]["role"]["score"] < 50
    assert details["sub_scores"]["experience"]["score"] < 50


def test_where_experience_may_come_from_is_no_keyword():
    posting = (
        "Graduate Developer\nWhat we need\n"
        "- Some programming experience in any language, from your course, projects or internships\n"
    )
    missing = analyze(resume_text=STUDENT, job_description=posting)["missing_keywords"]

    assert not any("internship" in keyword.lower() for keyword in missing)


def test_a_role_titled_by_the_postings_acronym_counts_as_relevant_years():
    resume = "Tom\nExperience\nSRE, Bank (2018 - 2024)\n- Kept the payments platform up\n"
    details = analyze(
        resume_text=resume,
        job_description="Site Reliability Engineer\n- 5+ years of experience\n- Kubernetes\n",
    )["details"]

    assert details["relevant_years"] == 6.0  # no requirement is shown: the title alone names the work
    assert details["sub_scores"]["experience"]["score"] == 100


def test_a_role_title_that_is_the_postings_title_word_for_word_is_the_writers_own():
    from ai.local_engine import analyze

    posting = "Staff Accountant\nCedar Ridge Manufacturing\n\nRequirements\n- NetSuite\n- US GAAP\n"
    resume = (
        "Derek Lin\nEXPERIENCE\nStaff Accountant | Lakeshore Plastics | Holland, MI | Jun 2022 – Present\n"
        "• Close the books monthly in NetSuite under US GAAP\n"
    )
    role = analyze(resume_text=resume, job_description=posting)["details"]["sub_scores"]["role"]

    assert role["score"] == 100


def test_a_generic_title_over_the_postings_field_work_is_partly_that_role():
    from ai.local_engine import analyze

    posting = "Senior Java Developer\n\nRequirements\n- Spring Boot\n- Kafka\n"
    java = (
        "Rahul D\nWORK EXPERIENCE\nSenior Software Engineer | Infosys | Jul 2021 - Present\n"
        "- Developed 14 Spring Boot microservices in Java 17 for a bank\n- Built Kafka consumers in Java\n"
    )
    listed = (
        "Rahul D\nWORK EXPERIENCE\nSenior Software Engineer | Infosys | Jul 2021 - Present\n"
        "- Developed 14 microservices in Go for a bank\n- Built Kafka consumers\nSKILLS\nJava, Spring Boot\n"
    )

    def role(resume: str) -> int:
        return analyze(resume_text=resume, job_description=posting)["details"]["sub_scores"]["role"]["score"]

    assert role(java) > role(listed) > 0
