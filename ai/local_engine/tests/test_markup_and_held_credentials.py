"""Markup a text was pasted with (a job board's HTML description, Markdown emphasis), and credentials a resume
holds under a credentials heading though another line names them first, written with their letters in
brackets, or trained for in clinical rotations. Every posting and resume here is made up."""

from ai.local_engine import analyze
from ai.text_normalize import normalize_text


def _requirements(result: dict) -> dict[str, dict]:
    return {r["name"]: r for r in result["details"]["requirements"]}


def test_html_markup_and_character_references_become_lines_and_letters():
    text = (
        "<p><strong>What you&#39;ll do</strong></p>\n<ul>\n<li>Write DAX measures&nbsp;daily</li>\n"
        "<li>Load SQL Server &amp; SSIS</li>\n</ul>"
    )

    assert normalize_text(text=text) == (
        "What you'll do\n• Write DAX measures daily\n• Load SQL Server & SSIS"
    )


def test_text_with_one_angle_bracket_or_an_ampersand_name_is_left_as_it_is():
    text = "Salary <5% of budget for AT&T and R&D; P&L owner &copy"

    assert normalize_text(text=text) == text


def test_markdown_emphasis_by_one_asterisk_is_dropped_bullets_and_products_kept():
    text = "*March 2021 – Present*\n* Built the pipeline\nRated 5* and C* work, 2*3*4"

    assert normalize_text(text=text) == (
        "March 2021 – Present\n• Built the pipeline\nRated 5* and C* work, 2*3*4"
    )


HTML_POSTING = """<h2>Reporting Analyst</h2>
<p>What you&#39;ll need</p>
<ul><li>Strong SQL and Power BI</li><li>Experience with SSIS</li></ul>
"""

RESUME_FOR_HTML = """Ana Ruiz
Experience
Reporting Analyst, Harbor Foods (2020 - present)
- Built Power BI reports on SQL Server and loaded them with SSIS packages
"""


def test_a_posting_pasted_as_html_is_read_as_its_text():
    result = analyze(resume_text=RESUME_FOR_HTML, job_description=HTML_POSTING)

    names = _requirements(result)
    assert {"SQL", "Power BI", "SSIS"} <= set(names)
    assert names["SSIS"]["job_description_sentence"] == "Experience with SSIS"
    assert names["SSIS"]["status"] == "met"


NETWORK_POSTING = """Network Engineer
Requirements
- CCNP Enterprise certification
- Routing with OSPF and BGP
"""

NETWORK_RESUME = """Sam Ode
Summary
Network engineer, CCNP Enterprise certified.
Experience
Network Engineer, Lakeside Clinics (2019 - present)
- Run OSPF and BGP across 30 clinics
Certifications
Cisco CCNP Enterprise (2022)
"""


def test_a_credential_under_its_heading_is_held_though_a_summary_names_it_first():
    result = analyze(resume_text=NETWORK_RESUME, job_description=NETWORK_POSTING)

    ccnp = next(r for r in result["details"]["requirements"] if r["name"].startswith("CCNP"))
    assert ccnp["status"] == "met"
    assert ccnp["evidence"] == "Cisco CCNP Enterprise (2022)"


AVIATION_POSTING = """Aircraft Maintenance Technician
Requirements
- FAA Airframe and Powerplant (A&P) certificate
- Troubleshoot hydraulics and landing gear
Preferred
- FCC General Radiotelephone Operator License (GROL)
"""

AVIATION_RESUME = """Lee Park
Experience
Aircraft Technician, Bluebird Air (2019 - present)
- Troubleshoot hydraulic and landing gear faults on A320 aircraft
Certificates
FAA A&P Certificate (2019)
FCC GROL (2021)
"""


def test_a_credential_named_with_and_before_its_letters_is_asked_and_met_by_the_letters():
    result = analyze(resume_text=AVIATION_RESUME, job_description=AVIATION_POSTING)

    names = _requirements(result)
    certificate = names["FAA Airframe and Powerplant (A&P) certificate"]
    assert certificate["kind"] == "certification"
    assert certificate["status"] == "met"
    assert certificate["evidence"] == "FAA A&P Certificate (2019)"


def test_a_spelled_out_licence_before_its_letters_is_a_certification_held_under_its_heading():
    result = analyze(resume_text=AVIATION_RESUME, job_description=AVIATION_POSTING)

    licence = _requirements(result)["General Radiotelephone Operator License"]
    assert licence["kind"] == "certification"
    assert (licence["status"], licence["evidence"]) == ("met", "FCC GROL (2021)")


def test_airframe_and_powerplant_written_with_an_ampersand_meets_the_credential():
    resume = AVIATION_RESUME.replace("FAA A&P Certificate (2019)", "FAA Airframe & Powerplant Certificate")

    certificate = _requirements(analyze(resume_text=resume, job_description=AVIATION_POSTING))[
        "FAA Airframe and Powerplant (A&P) certificate"
    ]

    assert certificate["status"] == "met"


PA_POSTING = """Physician Assistant - Family Medicine
Duties
- Perform joint injections and laceration repair
- Document visits in athenahealth
Requirements
- NCCPA certification (PA-C)
"""

PA_RESUME = """Kim Lowe, PA-C
Clinical Rotations
Family Medicine, Ridge Clinic (8 weeks)
- Performed joint injections and laceration repair with my preceptor
- Documented visits in athenahealth
Certifications
NCCPA certification (PA-C), 2024
"""


def test_clinical_rotations_are_work_done_so_far():
    result = analyze(resume_text=PA_RESUME, job_description=PA_POSTING)

    athena = _requirements(result)["athenahealth"]
    assert (athena["status"], athena["context"], athena["credit"]) == ("met", "experience", 1.0)
