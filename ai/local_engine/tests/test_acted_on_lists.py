"""Names a work line acts on are the work's objects, not a list of claims: "Perform pH, alkalinity, TDS and TSS
by Standard Methods", "Administered construction contracts: progress certificates, change orders, ...",
"Infrastructure on AWS (S3, IAM, EKS) managed with Terraform modules". Every posting and resume here is made up."""

import pytest

from ai.local_engine.sections import is_bare_list
from ai.local_engine.tests.rows import requirement_rows

LAB_POSTING = (
    "Laboratory Technician\nRequirements:\n- 2+ years in an environmental laboratory\n"
    "- Perform wet chemistry tests: pH, conductivity, alkalinity, TSS/TDS\n"
)


def _lab_resume(line: str) -> str:
    return (
        "Rosa Vidal\n\nExperience\nLaboratory Technician, Delta Labs (2021 - present)\n"
        f"- Prepare water and soil samples for metals analysis\n- {line}\n"
    )


@pytest.mark.parametrize(
    "line",
    [
        "Perform pH, specific conductance, alkalinity, TDS and TSS by Standard Methods",
        # a verb no rewrite strengthens still acts on the list
        "Verify pH, conductance, alkalinity, TDS and TSS results from the field kits",
    ],
)
def test_names_an_action_is_done_on_count_as_work(line: str):
    rows = requirement_rows(resume=_lab_resume(line), posting=LAB_POSTING)

    assert rows["TSS"]["status"] == "met"
    assert rows["TSS"]["context"] == "experience"


def test_names_claimed_after_used_stay_a_list():
    rows = requirement_rows(
        resume=_lab_resume("Used pH, specific conductance, alkalinity, TDS and TSS by Standard Methods"),
        posting=LAB_POSTING,
    )

    assert rows["TSS"]["status"] == "partial"
    assert rows["TSS"]["context"] == "list"


def test_an_action_before_a_colon_is_no_label_of_a_list():
    assert not is_bare_list(
        text="Administered construction contracts: progress certificates, change orders, weekly site meetings"
    )
    assert is_bare_list(text="Build and deploy tools: Jenkins, GitLab CI, Argo CD")
    assert is_bare_list(text="Cloud platforms: AWS, GCP, Azure")


def test_a_sentence_around_a_bracketed_list_is_no_list():
    assert not is_bare_list(text="Infrastructure on AWS (S3, IAM, EKS) managed with Terraform modules")
    assert is_bare_list(text="AWS (S3, IAM, EKS), Terraform, Docker")


def test_a_products_first_word_alone_does_not_show_it():
    posting = (
        "IT Project Manager\nRequirements:\n- 5+ years managing IT projects\n- MS Project or Smartsheet\n"
    )
    resume = (
        "Jo Bell\n\nExperience\nNetwork Engineer, Acme (2019 - present)\n"
        "- Configure Meraki MX/MS/MR appliances across 40 sites\n"
    )

    assert requirement_rows(resume=resume, posting=posting)["MS Project or Smartsheet"]["status"] == "missing"


def test_a_line_of_the_work_is_the_evidence_before_the_roles_title():
    posting = (
        "General Manager\nRequirements:\n- 3+ years as a restaurant general manager\n- P&L accountability\n"
    )
    resume = (
        "Lee Cho\n\nExperience\nGeneral Manager — Hollis Smokehouse, Franklin, TN\n2019 - present\n"
        "- Own weekly P&L review with ownership; beat budgeted EBITDA three years running\n"
    )

    row = requirement_rows(resume=resume, posting=posting)["P&L"]

    assert row["status"] == "met"
    assert row["evidence"].startswith("Own weekly P&L review")


BUG_POSTING = "QA Tester\nRequirements:\n- Report bugs in JIRA\n- 2+ years of games testing\n"


@pytest.mark.parametrize(
    ("line", "context"),
    [
        # the tool an item's work was done in
        (
            "Log audio, visual (clipping, flicker, missing textures) and functional bugs in JIRA with repro "
            "steps, screenshots and captures; about 900 bugs logged, 90% accepted",
            "experience",
        ),
        # ... not a claim of it, however the sentence runs on
        ("Proficient in JIRA, TestRail, Confluence and Slack for daily work", "list"),
    ],
)
def test_a_name_an_items_work_was_done_in_is_work_and_a_claim_stays_a_list(line: str, context: str):
    resume = f"Kim Ode\n\nExperience\nQA Tester, Pixel Forge (2021 - present)\n- Test 3 console builds a week\n- {line}\n"
    assert requirement_rows(resume=resume, posting=BUG_POSTING)["JIRA"]["context"] == context
