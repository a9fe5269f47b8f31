"""A list of products ending in "or similar" offers any of them: "An ESP — Klaviyo, Braze, Iterable, Mailchimp
or similar" is one requirement a Klaviyo user meets, as is "mining, heavy industry or a processing plant" (an article
before the last). Every posting and resume here is made up."""

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


SITE_POSTING = """FIFO Maintenance Electrician
Essential
* Minimum 3 years post-trade experience in mining, heavy industry or a processing plant
* Experience with RF scanners or a WMS
* Proficiency with Microsoft Office or Google Workspace and a donor database
"""
SITE_RESUME = """Sam Reid
Electrician, Pilbara Iron, 2019 - present
- Five years on fixed plant in heavy industry; scanned stock with RF scanners
- Wrote reports in Microsoft Office
"""


def test_an_article_before_the_last_alternative_keeps_it_in_the_list_and_and_a_asks_another_thing():
    rows = requirement_rows(resume=SITE_RESUME, posting=SITE_POSTING)
    industry = next(r for name, r in rows.items() if "heavy industry" in name)
    result = analyze(resume_text=SITE_RESUME, job_description=SITE_POSTING)

    assert "processing plant" in industry["name"] and industry["status"] == "met"
    assert "processing plant" not in result["missing_keywords"]
    assert next(r for name, r in rows.items() if "RF scanners" in name)["status"] == "met"
    assert any("donor database" in name and "Workspace" not in name for name in rows)


PLANNER = """Transport Planner
Requirements
- 3+ years planning road freight
- Experience with route planning / optimisation software (e.g. Optrak, Descartes or Trimble) and vehicle tracking
  systems such as MiX Telematics, Ctrack or Cartrack
"""
PLANNER_RESUME = """Sipho Dlamini
Experience
Transport Planner, Berea Beverage Distributors, 2018 - present
- Build routes and delivery sequences in Optrak for 40 trucks a day
"""


def test_unknown_products_in_a_bracket_of_examples_are_one_requirement_with_the_known_one():
    rows = requirement_rows(resume=PLANNER_RESUME, posting=PLANNER)

    assert rows["Optrak, Descartes or Trimble"]["status"] == "met"
    assert not [name for name, row in rows.items() if "Trimble" in name and row["status"] != "met"]


def test_models_in_a_bracket_closed_by_or_similar_are_examples_of_the_kind_before_it():
    rows = requirement_rows(
        resume="Dale Fox\nEquipment Operator (Excavator), Prairie Pipeline, 2018 - present\n- Ran a Cat 336 on "
        "trenching and bell holes",
        posting="Excavator Operator\nRequirements\n- Operate 20 to 45 tonne excavators (Cat 320/336, Komatsu PC360 "
        "or similar) for trenching\n- 3+ years on pipeline jobs",
    )

    assert not [name for name in rows if "Komatsu" in name]
    assert rows["Excavator"]["alternatives"] == ["Komatsu PC360"]
