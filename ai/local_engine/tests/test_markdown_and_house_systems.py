"""A posting written in Markdown for a UK law firm's conveyancing team, and what such postings ask in their own
words: the firm's own system in brackets, "X requirements", "answer enquiries", a credential title with an
everyday word ("Chartered Legal Executive"), and an age limit. Every posting and resume here is made up."""

import pytest

from ai.local_engine import analyze
from ai.text_normalize import normalize_text

POSTING = """## Probate Solicitor (NQ-3 PQE)

**Ashby & Lyle LLP · Sheffield · Hybrid**

Our private client team is looking for a solicitor to run a caseload of estate administration files.

### Your role
* Manage your own caseload of 40 probate files with support from a paralegal
* Prepare IHT400 returns, raise and answer enquiries, and report to executors
* Use our case management system (Osprey) and HMRC online services

### About you
* Qualified solicitor (or Chartered Legal Executive) with 1-3 years' PQE in probate
* Strong knowledge of IHT and Probate Registry requirements
* Excellent client care
* Must be 18 years or older
"""

RESUME = """Megan Holt
Probate solicitor, admitted 2022, Rotherham

Experience
Solicitor, Private Client — Barwick Law, Doncaster (2022 - present)
- Administer 40 estates a year; case management in Leap
- Prepare IHT400 and IHT205 returns to HMRC and apply to the Probate Registry for grants
- Reply to enquiries from beneficiaries by phone and letter; report to executors each month
"""


def _requirements(result: dict) -> dict[str, dict]:
    return {r["name"]: r for r in result["details"]["requirements"]}


def test_markdown_heading_and_bold_marks_are_dropped_words_kept():
    text = "## Your role\n**Ashby & Lyle LLP** runs __probate__ files in C# 2**3"

    assert normalize_text(text=text) == "Your role\nAshby & Lyle LLP runs probate files in C# 2**3"


def test_the_firms_own_system_in_brackets_is_an_example_of_the_kind_asked():
    result = analyze(resume_text=RESUME, job_description=POSTING)

    names = _requirements(result)
    assert "Osprey" not in names
    assert names["case management system"]["status"] == "met"


def test_a_body_named_before_requirements_is_shown_by_the_body():
    result = analyze(resume_text=RESUME, job_description=POSTING)

    registry = _requirements(result)["Probate Registry requirements"]
    assert registry["status"] == "met"
    assert "Probate Registry" in registry["evidence"]


SUPPORT_POSTING = """Dutch-Speaking Customer Support Specialist
Help our Dutch-speaking customers get the most out of our booking platform.

What you'll do
- Answer customer tickets and chats in Dutch and English in Zendesk
- Troubleshoot login and billing issues and escalate bugs to engineering in Jira
- Write and translate help-centre articles
- Hit our targets for first response time and CSAT

What you'll bring
- Native or fluent Dutch and professional English
- 1+ year in customer support, ideally for a SaaS product
"""

SUPPORT_RESUME = """Ola Berg
Customer support specialist with 2 years supporting Dutch and English-speaking customers of a SaaS company.
Customer Support Specialist (Benelux), Cloudline, Amsterdam - 2023 to present
- Resolve 50+ tickets and chats a day in Dutch and English in Zendesk; CSAT 95%
- Troubleshoot login and billing problems and file bugs for engineering in Jira
- Wrote and translated 30 help-centre articles into Dutch
"""


def test_answering_customer_tickets_is_shown_by_resolving_tickets():
    result = analyze(resume_text=SUPPORT_RESUME, job_description=SUPPORT_POSTING)

    duty = next(r for r in result["details"]["requirements"] if r["name"].startswith("Answer customer"))
    assert duty["status"] == "met"
    assert duty["evidence"].startswith("Resolve 50+ tickets")


def test_an_everyday_word_in_a_credentials_title_is_no_tool():
    result = analyze(resume_text=RESUME, job_description=POSTING)

    assert "Legal" not in _requirements(result)


@pytest.mark.parametrize("age", ["Must be 18 years or older", "Applicants aged 18 years and over"])
def test_an_age_limit_asks_no_years_of_experience(age):
    posting = POSTING.replace("Must be 18 years or older", age)

    result = analyze(resume_text=RESUME, job_description=posting)

    assert result["details"]["sub_scores"]["experience"]["how"] == "relevant years against 1 asked"


def test_several_products_in_a_kinds_bracket_are_examples_of_it_not_parts():
    posting = """Data Analyst
Main duties
1. Build and maintain Power BI dashboards for adult social care.
2. Write SQL queries against the council's data warehouse (SQL Server).
3. Clean, validate and link data from case management systems (Mosaic, Liquidlogic).
Person specification
Essential: Power BI; SQL; Excel.
"""
    analyst = """Owen Price
Information Analyst, Vale NHS Trust, 2023 - present
- Build Power BI dashboards and query the SQL Server data warehouse
- Cleaned and linked social care data from Liquidlogic for DfE returns
"""

    result = analyze(resume_text=analyst, job_description=posting)

    names = {r["name"]: r for r in result["details"]["requirements"]}
    assert "Mosaic" not in names
    assert names["case management systems"]["status"] == "met"


@pytest.mark.parametrize(
    "ages", ["Work in our pre-school room (3–5 years)", "Care for toddlers (ages 2 and 3 years) each morning"]
)
def test_the_childrens_ages_ask_no_years_of_experience(ages):
    posting = POSTING.replace("Must be 18 years or older", ages)

    result = analyze(resume_text=RESUME, job_description=posting)

    assert result["details"]["sub_scores"]["experience"]["how"] == "relevant years against 1 asked"
