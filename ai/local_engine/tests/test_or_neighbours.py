"""Two things a posting offers as either one, read as different kinds, are one requirement met by either;
a credential among them keeps its kind; two initials alone name no credential. Every text here is made up."""

from ai.local_engine import analyze

DISPATCH_POSTING = """Aircraft Dispatcher
Nice to have
- Pilot certificate or ATC background
- ACRP-CP or SOCRA CCRP certification
- The dbt Analytics Engineering certification or SnowPro Core
"""
PILOT = """Lee Park
CERTIFICATIONS
- FAA Commercial Pilot Certificate (single and multi-engine)
EXPERIENCE
Dispatcher, Northway Air, 2019 - Present
- Plan flights; eligible for SC clearance
"""


def _requirements() -> tuple[dict[str, dict], list[str]]:
    result = analyze(resume_text=PILOT, job_description=DISPATCH_POSTING)
    return {r["name"]: r for r in result["details"]["requirements"]}, result["missing_keywords"]


def test_a_credential_or_a_background_is_one_requirement_met_by_either():
    requirements, missing = _requirements()
    pilot = next(r for name, r in requirements.items() if "Pilot certificate" in name)

    assert pilot["status"] == "met"
    assert "ATC background" not in requirements and "ATC background" not in missing


def test_a_credential_keeps_its_kind_and_two_initials_name_none():
    requirements, _ = _requirements()
    acrp = [r for name, r in requirements.items() if "ACRP" in name or "CCRP" in name]
    dbt = next(r for name, r in requirements.items() if "Analytics Engineering" in name)

    assert [r["kind"] for r in acrp] == ["certification"]
    assert dbt["status"] == "missing"  # "SC clearance" is no "SnowPro Core"


SURVEY_POSTING = """Field Data Officer
Requirements
- Build collection forms in Tallyform or ODK for household surveys
- Beacon or Mixpanel
- Achieve or exceed weekly survey targets
"""
FIELD_OFFICER = """Ama Owusu
EXPERIENCE
Data Officer, Volta Health Trust, 2020 - Present
- Built collection forms in Tallyform for 3 household surveys
- Tracked app events in Beacon
"""


def test_an_unknown_name_before_or_is_an_alternative_of_the_name_after_it():
    result = analyze(resume_text=FIELD_OFFICER, job_description=SURVEY_POSTING)
    requirements = {r["name"]: r for r in result["details"]["requirements"]}

    assert requirements["ODK"]["status"] == "met"
    # a dictionary word opening the line is a name when the two names are the line
    assert requirements["Mixpanel"]["status"] == "met"
    assert not [r for r in requirements.values() if "Achieve" in r["alternatives"]]


STORE_POSTING = """Ecommerce Coordinator
Requirements
- Experience with Stockwell, Parcelo or Salesforce
- Orders kept in Stockwell, Parcelo, or Shopify
- You will have used Quillon Ledger or Xero
"""
STORE_COORDINATOR = """Rui Tan
EXPERIENCE
Coordinator, Fenwick Goods, 2021 - Present
- Ran stock and orders in Stockwell for 2 warehouses
- Kept the accounts in Quillon Ledger
"""


def test_each_name_of_a_list_closed_by_or_is_an_alternative():
    result = analyze(resume_text=STORE_COORDINATOR, job_description=STORE_POSTING)
    requirements = result["details"]["requirements"]
    salesforce = next(r for r in requirements if "Salesforce" in r["name"])
    shopify = next(r for r in requirements if "Shopify" in r["name"])

    assert "Stockwell" in salesforce["alternatives"] and salesforce["status"] == "met"
    assert "Stockwell" in shopify["alternatives"] and shopify["status"] == "met"  # "A, B, or C"


def test_a_verb_before_a_name_offered_with_or_is_no_part_of_it():
    result = analyze(resume_text=STORE_COORDINATOR, job_description=STORE_POSTING)
    xero = next(r for r in result["details"]["requirements"] if "Xero" in r["name"])

    assert not xero["name"].startswith("used")
    assert xero["status"] == "met"
