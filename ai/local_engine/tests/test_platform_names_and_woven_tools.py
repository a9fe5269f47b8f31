"""Mobile build names a resume shows work with (Bitrise, the App Store), a field asked shown by its
worker ("data science" by a Data Scientist), an "iOS" title, and a rewrite that names tools only beside work
done with them. Every text here is made up."""

from ai.local_engine import analyze


def _requirements(result: dict) -> dict[str, dict]:
    return {r["name"]: r for r in result["details"]["requirements"]}


SRE_POSTING = """Site Reliability Engineer
What we look for
- Experience with AWS and GCP
- Lead incident response and blameless postmortems
"""

SRE_RESUME = """Ethan Roy
Skills
Cloud: AWS, GCP | IaC: Terraform, Helm
Experience
Senior SRE, Maple Payments (2021 - present)
- Operate 14 EKS and 4 GKE clusters for 300 services
- Wrote Terraform modules and Helm charts for every service
- Lead incident response as incident commander and run blameless postmortems
"""


def test_no_tool_is_woven_into_leading_an_incident():
    result = analyze(resume_text=SRE_RESUME, job_description=SRE_POSTING)

    for item in result["details"]["rewrites"]:
        if item["sentence"].startswith("Lead incident response"):
            assert "using" not in item["rewrite"]


IOS_POSTING = """iOS Engineer (SwiftUI)
Responsibilities
- Keep the build green in our CI (Bitrise)
- Ship to the App Store every two weeks
"""

IOS_RESUME = """Oliver Grant
Experience
iOS Engineer, Thistle Money (2021 - present)
- Keep Bitrise pipelines green and release fortnightly to the App Store
"""


def test_an_ios_title_bitrise_and_the_app_store():
    result = analyze(resume_text=IOS_RESUME, job_description=IOS_POSTING)

    assert result["details"]["job_title"] == "iOS Engineer"
    names = _requirements(result)
    assert names["CI"]["status"] == "met"
    assert not any(name.startswith("Store") for name in names)


DS_POSTING = """Senior Data Scientist
You bring
- 5+ years in data science or quantitative research
"""

DS_RESUME = """Nadia Farouk
Experience
Senior Data Scientist, Cartly (2018 - present)
- Designed and analyzed 200 A/B tests on search ranking
"""


def test_a_field_asked_among_alternatives_is_shown_by_its_worker():
    field = _requirements(analyze(resume_text=DS_RESUME, job_description=DS_POSTING))[
        "data science or quantitative research"
    ]

    assert (field["status"], field["context"]) == ("met", "experience")


TREASURY_POSTING = """Treasury Analyst
Company: Ridgeway Industrial Group (NYSE: RIG)
Qualifications
- Experience with a TMS (Kyriba preferred)
- Knowledge of UK GDPR and data protection terms
"""

TREASURY_RESUME = """Alex Nguyen
Experience
Treasury Analyst, Lakeshore Manufacturing (2022 - present)
- Release wires and ACH transfers in Kyriba
- Negotiate UK GDPR data processing terms with banks
"""


def test_an_exchange_listing_is_no_requirement_and_gdpr_work_shows_data_protection():
    result = analyze(resume_text=TREASURY_RESUME, job_description=TREASURY_POSTING)

    names = _requirements(result)
    assert "NYSE" not in names and "NYSE" not in result["missing_keywords"]
    assert names["data protection"]["status"] == "met"
