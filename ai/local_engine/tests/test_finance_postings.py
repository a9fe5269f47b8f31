"""A finance posting read whole: money the job handles named after its amount ("($600M revenue)") is no pay,
a title with its team after a comma ("Senior Financial Analyst, FP&A") is no address, a "B.S. Accountancy" is
a degree in accounting, and presenting to a CFO is communication. Every posting and resume here is made up."""

from ai.local_engine import analyze
from ai.local_engine.posting import read_posting
from ai.local_engine.vocab import get_vocabulary

POSTING = """Senior Financial Analyst, FP&A
Chicago, IL (Hybrid)
Your Impact
- Own the monthly close reporting package and variance analysis for the Industrial segment ($600M revenue)
- Present insights to the leadership team
What You'll Bring
- Bachelor's degree in Finance, Accounting or Economics
- Strong communication skills
Pay: $105,000-$130,000 plus annual bonus.
"""

RESUME = """Nat Rossi
Experience
Senior Financial Analyst, Midwest Gear, 2019 - present
- Prepare the monthly reporting package and variance commentary for a $450M business unit
- Present results monthly to the division CFO and VP of Operations
Education
B.S. Accountancy, University of Illinois, 2017
"""


def _kinds() -> dict[str, str]:
    posting = read_posting(text=POSTING, vocabulary=get_vocabulary())
    return {s.text: kind for s, kind in zip(posting.sentences, posting.kinds, strict=True)}


def test_money_the_job_handles_named_after_its_amount_is_no_pay_and_the_title_no_address():
    kinds = _kinds()

    assert kinds["Senior Financial Analyst, FP&A"] != "location"
    duty = next(text for text in kinds if text.startswith("Own the monthly close"))
    assert kinds[duty] not in {"benefits", "location"}
    assert kinds["Chicago, IL (Hybrid)"] == "location"
    assert kinds["Pay: $105,000-$130,000 plus annual bonus."] == "benefits"


def test_an_accountancy_degree_and_presenting_to_a_cfo_meet_what_is_asked():
    result = analyze(resume_text=RESUME, job_description=POSTING)

    status = {r["name"]: r["status"] for r in result["details"]["requirements"]}
    assert status["Bachelor's degree in Finance, Accounting or Economics"] == "met"
    assert "communication skills" not in result["missing_keywords"]
    assert "Communication" not in result["missing_keywords"]


def test_a_biomedical_engineering_degree_is_a_bioengineering_one():
    posting = "Research Associate\nQualifications\n- BS in Biology or Bioengineering\n"
    resume = "Jas Cho\nExperience\nRA, Beacon Cell, 2022 - present\n- Expanded T cells\nEducation\nB.S. Biomedical Engineering, Boston University, 2021\n"

    result = analyze(resume_text=resume, job_description=posting)

    degree = next(r for r in result["details"]["requirements"] if r["kind"] == "degree")
    assert degree["status"] == "met"
    assert degree["credit"] == 1.0
