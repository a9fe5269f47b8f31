"""Titles that name a profession's setting ("Community Pharmacist") or a field by another word ("Procurement
Buyer" for a "Buyer" who purchases): the same job, and its years count. Every posting and resume here is
made up."""

from ai.local_engine import analyze

PHARMACY_POSTING = """Community Pharmacist
Lead our branch of 7,000 items a month.
- Clinically check prescriptions and supervise two dispensers
- Run flu vaccination clinics and the New Medicine Service
- GPhC registration
"""

PHARMACIST = """Ravi Shah
Profile
Pharmacist with five years in hospital and branch pharmacy.
Experience
Pharmacist Manager - Northgate Chemists, Leicester (2021 - present)
- Clinically check prescriptions with two dispensers and run flu vaccination clinics
- New Medicine Service consultations
Hospital Pharmacist - Leicester Royal Infirmary (2019 - 2021)
GPhC registered
"""

BUYER_POSTING = """Procurement Buyer
- Raise purchase orders in the ERP and expedite late deliveries
- Negotiate price and lead time with suppliers
- 2+ years in purchasing within manufacturing
"""

BUYER = """Lee Grant
Experience
Buyer - Castle Castings, Derby (2020 - present)
- Place purchase orders in SAP for castings and tooling; chase late deliveries
- Negotiated annual price and lead time agreements with 20 suppliers
"""


def test_a_pharmacists_years_count_for_a_community_pharmacist_post():
    result = analyze(resume_text=PHARMACIST, job_description=PHARMACY_POSTING)

    scores = result["details"]["sub_scores"]
    assert scores["role"]["score"] == 100
    assert scores["experience"]["score"] == 100


def test_a_buyer_works_in_procurement():
    result = analyze(resume_text=BUYER, job_description=BUYER_POSTING)

    assert result["details"]["sub_scores"]["role"]["score"] == 100


def test_a_broker_and_an_agent_do_one_licensed_job():
    posting = """Real Estate Sales Agent
- Work buyer and seller leads and show homes
- Prepare comparative market analyses and write offers
- Active real estate broker license
"""
    broker = """Jenna Cruz
Licensed Real Estate Broker
Experience
Buyer's Broker, Port City Homes (2022 - present)
- Converted 30 leads into closings; showed 300+ homes and wrote offers
"""

    result = analyze(resume_text=broker, job_description=posting)

    # the same job in the field ("real estate"), the title not naming "sales": most of the role part
    assert result["details"]["sub_scores"]["role"]["score"] >= 80
