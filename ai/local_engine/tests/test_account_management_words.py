"""An account manager's posting: upsell and cross-sell, sales methodologies and customer success platforms
are named skills and tools, and a last clause saying it is a plus makes only itself preferred. Every
posting and resume here is made up."""

from ai.local_engine.tests.rows import requirement_rows

POSTING = """Account Manager (SaaS)
What you'll do
- Grow a book of 60 accounts through upsell and cross-sell
What you bring
- Fluent English and Dutch – German is a big plus
- Experience with HubSpot
Bonus points
- You know a sales methodology such as MEDDICC or Challenger
- Gainsight or ChurnZero
"""
RESUME = """Lotte Visser
Account Manager, Routewise, 2020 - present
- Upsold 40 accounts to the Pro plan and cross-sold the driver app to 25 more
- Ran QBRs from ChurnZero health scores; pipeline in HubSpot
Languages: English (C2), Dutch (native)
"""


def test_upsell_cross_sell_methodologies_and_cs_platforms_are_asked_and_met_by_their_forms():
    rows = requirement_rows(resume=RESUME, posting=POSTING)

    assert rows["upsell"]["status"] == "met"
    assert rows["cross-sell"]["status"] == "met"
    assert rows["Gainsight or ChurnZero"]["status"] == "met"  # ChurnZero used in an experience line
    assert rows["MEDDICC or Challenger"]["importance"] == "preferred"
    assert rows["MEDDICC or Challenger"]["status"] == "missing"


def test_a_last_clause_saying_it_is_a_plus_is_the_only_preferred_part():
    rows = requirement_rows(resume=RESUME, posting=POSTING)

    assert (rows["English"]["importance"], rows["Dutch"]["importance"]) == ("required", "required")
    assert rows["German"]["importance"] == "preferred"


def test_a_phrase_offered_by_or_for_a_known_skill_is_one_requirement_with_it():
    posting = (
        "We're hiring: Account Manager (SaaS) – Utrecht\n\nWhat you'll do\n"
        "👉 Own a book of ~60 mid-market accounts and grow it\n👉 Run quarterly business reviews with your customers\n\n"
        "What you bring\n✅ 3+ years in account management or customer success at a B2B SaaS company\n"
        "✅ Experience with a CRM (HubSpot, Salesforce or similar)\n"
    )
    resume = (
        "Ana Ruiz\nSenior Customer Success Manager, Shiftly, 2021 - present\n- Renewed 90 accounts a year\n"
    )
    rows = requirement_rows(resume=resume, posting=posting)

    assert rows["account management or customer success"]["status"] == "partial"  # shown by the title only
    assert "account management" not in rows
