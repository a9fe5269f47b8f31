"""What resume builders and European CVs leave in the text: headings set in spaced letters ("W O R K   E X P E
R I E N C E"), dates in ISO order ("2019-09 – present") or dotted ("06.2016 – 08.2019"), and a headline under
the name that is the posting's own title. Every posting and resume here is made up."""

from ai.local_engine import analyze

POSTING = """European Patent Attorney
Requirements
- 6+ years of experience drafting and prosecuting patent applications
- Qualified European Patent Attorney
- Experience with oppositions before the EPO
"""
RESUME = """A S T R I D  L U N D
European Patent Attorney

W O R K   E X P E R I E N C E
European Patent Attorney, Nordvik IP AB | 2019-09 – present
• Draft and prosecute 40 patent applications a year for medical device clients
• Represent clients in oppositions before the EPO; won 6 of 8 in 2024
Patent Engineer, Lindqvist & Co | 06.2016 – 08.2019
• Drafted applications and office action responses in mechanical engineering

E D U C A T I O N
MSc Mechanical Engineering, KTH Royal Institute of Technology, 2016
"""


def test_spaced_headings_iso_dates_and_the_headline_are_read():
    result = analyze(resume_text=RESUME, job_description=POSTING)
    details = result["details"]

    assert details["warnings"] == []
    assert details["copied_from_job_description"] == 0.0
    assert details["years_in_resume"] >= 9
    assert details["sub_scores"]["experience"]["score"] == 100
    assert {r["name"]: r for r in details["requirements"]}["EPO"]["status"] == "met"
    assert details["rewrites"][0]["section"] == "experience"


def test_the_postings_own_credential_line_at_the_top_of_a_list_is_still_copied():
    posting = (
        "Corporate Paralegal\nRequirements\n- form and maintain entities (LLCs, corporations)\n- keep minute books "
        "current\n- NC State Bar Certified Paralegal\n- UCC searches and UCC filings\n"
    )
    listed = (
        "entity formation and minute books\nUCC search reports for lenders\nNC State Bar Certified Paralegal\n"
        "Word, Excel, Outlook and Acrobat"
    )
    details = analyze(resume_text=listed, job_description=posting)["details"]
    rows = {r["name"]: r for r in details["requirements"]}

    assert details["copied_from_job_description"] > 0
    assert rows["NC State Bar Certified Paralegal"]["status"] == "missing"
