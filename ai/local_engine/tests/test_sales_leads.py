"""A soft skill's word used of other things is no evidence of it: sales leads followed up show no leadership.
Every posting and resume here is made up."""

from ai.local_engine import analyze


def test_sales_leads_followed_up_show_no_leadership():
    posting = (
        "Virtual Assistant\nRequirements\n- Strong leadership skills\n- 2+ years supporting a sales team"
    )
    rows = {
        r["name"]: r
        for r in analyze(
            resume_text="Jo Cruz\nVirtual Assistant, Keystone Realty, 2021 - present\n- Followed up 40 new online "
            "leads a week from Zillow",
            job_description=posting,
        )["details"]["requirements"]
    }

    assert rows["leadership"]["status"] == "missing"
