"""A product asked "or a similar <kind>" where the kind opens with a plain word ("athenahealth or a similar
practice management system"): one requirement named whole, met by the product. Made-up texts."""

from ai.local_engine import analyze

POSTING = """Medical Billing Specialist
Key responsibilities
- Submit clean claims to Medicare and commercial payers through Availity
- Post payments from ERAs in athenaOne
Qualifications
- 2+ years of medical billing experience
- Experience with athenahealth or a similar practice management system
"""

RESUME = """Tara Bell
Experience
Medical Biller, Gulf Coast Clinic, 2021 - present
- Submit 300 claims a week through Availity and post ERA payments in athenahealth
"""


def test_the_kind_after_or_a_similar_is_one_requirement_named_whole():
    result = analyze(resume_text=RESUME, job_description=POSTING)

    names = [r["name"] for r in result["details"]["requirements"]]
    assert "athenahealth or practice management system" in names
    assert "management system" not in names
    assert "management system" not in result["missing_keywords"]
