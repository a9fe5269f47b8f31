"""Short noun phrases listed in a bracket after the work they make up ("prepare MIS (GWP, loss ratio, hit
ratio)") are each asked, like the items of a list after a colon. Every posting and resume here is made
up."""

from ai.local_engine import analyze

POSTING = """Export Coordinator
Responsibilities
- Prepare and file shipping documents (packing lists, certificates of origin, bills of lading) with forwarders
- Report fleet performance (fuel burn, idle time, utilisation rate) to the depot manager every week
- Answer the phone when the office is busy
"""
RESUME = """Dana Whitlock
Shipping Clerk, Harlow Freight, 2019 - present
- Booked collections with hauliers and answered customer calls
"""


def test_each_bracketed_item_is_asked():
    result = analyze(resume_text=RESUME, job_description=POSTING)

    missing = [k.lower() for k in result["missing_keywords"]]
    assert any("fuel burn" in k for k in missing)
    assert any("utilisation rate" in k for k in missing)


def test_a_resume_naming_the_item_meets_it():
    resume = RESUME + "- Cut fleet fuel burn by 8% with route changes agreed with drivers\n"
    result = analyze(resume_text=resume, job_description=POSTING)

    asked = [r for r in result["details"]["requirements"] if "fuel burn" in r["name"].lower()]
    assert asked and asked[0]["status"] == "met"
    assert not any("fuel burn" in k.lower() for k in result["missing_keywords"])
