"""A list of products ending in "or similar" offers any of them: "An ESP — Klaviyo, Braze, Iterable, Mailchimp
or similar" is one requirement a Klaviyo user meets. Every posting and resume here is made up."""

from ai.local_engine import analyze
from ai.local_engine.tests.rows import requirement_rows

POSTING = """Marketing Specialist, Lifecycle
What you bring
➡️ 2+ years in lifecycle or email marketing at a DTC brand
➡️ An ESP — Klaviyo, Braze, Iterable, Mailchimp or similar
➡️ Shopify and Google Analytics 4
"""
RESUME = """Jamie Chen
Marketing Specialist, Bloom & Co, 2021 - present
- Sent 3 email campaigns a week in Klaviyo to 250K subscribers; reported revenue in Google Analytics 4
- Built welcome and abandoned-cart flows for our Shopify store
"""


def test_the_products_of_an_or_similar_list_are_one_requirement_met_by_any():
    result = analyze(resume_text=RESUME, job_description=POSTING)
    rows = requirement_rows(resume=RESUME, posting=POSTING)
    esp = next(r for name, r in rows.items() if "Klaviyo" in name)

    assert esp["status"] == "met"
    assert "Braze" in esp["name"] and "Mailchimp" in esp["name"]
    assert not {"Braze", "Iterable", "Mailchimp"} & set(result["missing_keywords"])
