"""A soft skill asked for one kind of work ("renewal negotiations", "union or supplier negotiations") is met only
where the resume names that kind; a word that grades or praises the skill ("strong negotiation", "excellent
negotiation") asks the skill alone. Every posting and resume here is made up."""

from ai.local_engine import analyze

RESUME = """Dana Reyes
EXPERIENCE
Account Executive, Brightline Software — 2019 – Present
- Negotiate pricing and payment terms with new customers
- Grew the mid-market book from $1.2M to $2.9M in new business
SKILLS
Negotiation, Salesforce, forecasting
"""


def _negotiation(posting: str, resume: str = RESUME) -> tuple[list[str], str]:
    result = analyze(resume_text=resume, job_description=posting)
    status = next(
        r["status"] for r in result["details"]["requirements"] if r["name"].lower().startswith("negotiation")
    )
    return result["missing_keywords"], status


def test_a_kind_of_negotiation_the_resume_never_names_is_missing():
    missing, status = _negotiation("Account Manager\nRequirements\n- Experience with renewal negotiations\n")

    assert status == "missing"
    assert [name for name in missing if name.lower().startswith("negotiation")]


def test_the_kind_named_in_any_form_meets_it():
    resume = RESUME.replace("new customers", "customers at contract renewal")

    missing, status = _negotiation(
        "Account Manager\nRequirements\n- Experience with renewal negotiations\n", resume
    )

    assert status == "met"
    assert not [name for name in missing if name.lower().startswith("negotiation")]


def test_any_kind_of_a_list_meets_it():
    posting = "Buyer\nRequirements\n- Experience with union or supplier negotiations\n"

    assert _negotiation(posting)[1] == "missing"
    assert _negotiation(posting, RESUME.replace("new customers", "suppliers"))[1] == "met"


def test_grades_and_praise_ask_the_skill_alone():
    for posting in (
        "Account Manager\nRequirements\n- Strong negotiation skills\n",
        "Account Manager\nRequirements\n- Excellent negotiation and closing skills\n",
        "Account Manager\nRequirements\n- Proven negotiation experience with enterprise buyers\n",
    ):
        missing, status = _negotiation(posting)

        assert status == "met", posting
        assert not [name for name in missing if name.lower().startswith("negotiation")]


def test_the_skill_asked_bare_elsewhere_is_asked_alone():
    posting = "Account Manager\nRequirements\n- Lead renewal negotiations\n- Strong negotiation skills\n"

    assert _negotiation(posting)[1] == "met"
