"""A college or national diploma written as a "Label: value" CV writes it ("Qualification:  National Diploma:
Quality Management, 2018") or with its field after a dash ("Ontario College Diploma – Electrical Engineering
Technology") is a diploma held, and meets a posting's diploma in that field. Every posting and resume here is
made up."""

from ai.local_engine import analyze

ZA_POSTING = """Quality Officer – Food Processing Plant
Minimum requirements:
• National Diploma in Quality Management or equivalent NQF 6 qualification
• 3 years' experience in a food manufacturing plant
• Knowledge of HACCP and FSSC 22000
"""

ZA_RESUME = """Thandi Mokoena
Quality Officer
PERSONAL DETAILS
Nationality:  South African
EDUCATIONAL QUALIFICATIONS
Institution:  Tshwane University of Technology
Qualification:  National Diploma: Quality Management, 2018
WORK EXPERIENCE
Quality Controller – Clover Foods, Germiston, 2019 – present
• Run the HACCP plan and FSSC 22000 internal audits for the dairy line
"""

CA_POSTING = """Electrical Technician
Requirements
- College diploma in Electrical Engineering Technology
- 2+ years maintaining motor controls
"""

CA_RESUME = """Priya Nair
Experience
Electrical Technician – Halton Plastics, Burlington, 2020 – present
- Troubleshoot motor controls and VFDs on 14 extrusion lines
Education
Ontario College Diploma – Electrical Engineering Technology, Mohawk College, 2019
"""


def _degree(resume: str, posting: str) -> tuple[dict, int]:
    details = analyze(resume_text=resume, job_description=posting)["details"]
    degree = next(r for r in details["requirements"] if r["kind"] == "degree")
    return degree, details["sub_scores"]["education"]["score"]


def test_a_diploma_after_a_label_and_a_colon_meets_the_diploma_asked():
    degree, education = _degree(ZA_RESUME, ZA_POSTING)

    assert degree["status"] == "met"
    assert "National Diploma: Quality Management" in degree["evidence"]
    assert education == 100


def test_a_college_diploma_with_its_field_after_a_dash_meets_the_diploma_asked():
    degree, education = _degree(CA_RESUME, CA_POSTING)

    assert degree["status"] == "met"
    assert education == 100
