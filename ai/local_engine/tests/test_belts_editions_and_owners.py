"""A Six Sigma belt is a certification and may be the other of a credential named before it ("ASQ CQE or Six
Sigma Green Belt"); a product's edition stays with it in a list of alternatives ("Yardi Voyager or RealPage
OneSite"); what a resume is credited with is named as the resume writes it ("Epic", not O*NET's "Erosion
Productivity Impact Calculator EPIC"); owners a report goes to are no ownership asked. Every posting and
resume here is made up."""

from ai.local_engine import analyze

QUALITY_POSTING = """Quality Engineer
Requirements
- 3+ years as a quality engineer in manufacturing
- ASQ CQE or Six Sigma Green Belt preferred
"""
QUALITY_RESUME = """Ann Kowal
Experience
Quality Engineer, Lakeshore Molding, 2019 - present
- Ran 8D investigations and SPC for 22 presses
Certifications
Lean Six Sigma Green Belt (2022)
"""


def _requirements(result: dict) -> dict[str, dict]:
    return {r["name"]: r for r in result["details"]["requirements"]}


def test_a_belt_is_the_other_credential_of_the_one_named_before_it():
    result = analyze(resume_text=QUALITY_RESUME, job_description=QUALITY_POSTING)

    requirements = _requirements(result)
    assert requirements["ASQ CQE"]["kind"] == "certification"
    assert requirements["ASQ CQE"]["alternatives"] == ["Six Sigma Green Belt"]
    assert requirements["ASQ CQE"]["status"] == "met"
    assert not any("Belt" in name for name in result["missing_keywords"])


def test_a_belt_alone_is_a_certification_the_resume_may_lack():
    posting = QUALITY_POSTING.replace("ASQ CQE or Six Sigma Green Belt", "Six Sigma Black Belt")
    result = analyze(resume_text=QUALITY_RESUME, job_description=posting)

    belt = _requirements(result)["Six Sigma Black Belt"]
    assert belt["kind"] == "certification"
    assert belt["status"] == "missing"


PROPERTY_POSTING = """Community Manager
What You'll Do
- Prepare the annual budget and report monthly variances to ownership
What You'll Need
- Experience with Yardi Voyager or RealPage OneSite
- Take ownership of resident satisfaction
"""
PROPERTY_RESUME = """Bri Lopez
Experience
Community Manager, Alta Vista, 2021 - present
- Run leasing, accounting and work orders in Yardi Voyager for 288 units
"""


def test_an_edition_stays_with_its_product_in_a_list_of_alternatives():
    result = analyze(resume_text=PROPERTY_RESUME, job_description=PROPERTY_POSTING)

    requirements = _requirements(result)
    assert requirements["Yardi or RealPage OneSite"]["status"] == "met"
    assert "RealPage OneSite" not in result["missing_keywords"]


def test_owners_a_report_goes_to_are_no_ownership_but_taking_ownership_is():
    result = analyze(resume_text=PROPERTY_RESUME, job_description=PROPERTY_POSTING)

    ownership = [r for r in result["details"]["requirements"] if r["name"].lower() == "ownership"]
    assert [r["job_description_sentence"] for r in ownership] == ["Take ownership of resident satisfaction"]


def test_a_concept_met_is_named_as_the_resume_writes_it():
    posting = "Clinical Analyst\nRequirements\n- Experience with an EHR (Epic, Cerner)\n"
    resume = "Kim Ode\nExperience\nAnalyst, Mercy, 2020 - present\n- Built 40 Epic reports for nurses\n"

    result = analyze(resume_text=resume, job_description=posting)

    ehr = _requirements(result)["EHR"]
    assert ehr["status"] == "met"
    assert ehr["matched_as"] == "Epic"


def test_a_capitalised_soft_word_continuing_the_employers_name_is_no_ask():
    posting = """Senior Copywriter
Parallax Creative — London / hybrid
Parallax is a B2B agency working with SaaS brands.
You've got:
- 5+ years writing B2B copy
- A creative mind and a portfolio showing range
"""
    resume = "Ellie Marsh\nExperience\nCopywriter, Brightwire, 2018 - present\n- Wrote B2B landing pages\n"

    result = analyze(resume_text=resume, job_description=posting)

    creativity = [r for r in result["details"]["requirements"] if r["kind"] == "soft_skill"]
    assert [r["job_description_sentence"] for r in creativity] == [
        "A creative mind and a portfolio showing range"
    ]
