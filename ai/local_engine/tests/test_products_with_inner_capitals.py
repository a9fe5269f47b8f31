"""A word with a capital inside it after "on", "in" or "with" is a product the work is done on ("Maintain
records on SystmOne"), asked however unknown; a phrase opening with such a product ("YieldStar revenue
management") is shown by the product alone, named as the resume writes it. Every posting and resume here is
made up."""

from ai.local_engine import analyze

POSTING = """Band 6 Physiotherapist
Main duties of the job
- Manage your own caseload of spinal and post-operative patients
- Maintain accurate records on SystmOne in line with CSP standards
- Set rents with YieldStar revenue management
"""


def _requirements(resume: str) -> dict[str, dict]:
    result = analyze(resume_text=resume, job_description=POSTING)
    return {r["name"]: r for r in result["details"]["requirements"]}


def test_an_unknown_product_with_an_inner_capital_is_asked_and_met():
    resume = (
        "Tom Whit\nExperience\nPhysiotherapist, Harrogate NHS, 2020 - present\n"
        "- Notes kept on SystmOne for 40 patients a week\n- Priced units daily in YieldStar\n"
    )

    requirements = _requirements(resume)

    assert requirements["SystmOne"]["status"] == "met"
    product = requirements["YieldStar revenue management"]
    assert product["status"] == "met"
    assert product["matched_as"] == "YieldStar"


def test_the_product_is_missing_from_a_resume_that_never_names_it():
    resume = "Tom Whit\nExperience\nPhysiotherapist, Harrogate NHS, 2020 - present\n- Notes kept on paper\n"

    requirements = _requirements(resume)

    assert requirements["SystmOne"]["status"] == "missing"
    assert requirements["YieldStar revenue management"]["status"] == "missing"
