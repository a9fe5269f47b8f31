"""A posting's head line and its papers: a province's code after its town ("Montreal, QC"), an airport's code
("Calgary, AB (YYC)"), an employer named with its legal or trade ending ("... LLP", "... plc", "Heating & Air"),
and the selection steps and documents a hire hands in ("Selection process", "Documents to carry for interview:
...", "Requirements to submit"). None is a requirement. Every posting and resume here is made up."""

from ai.local_engine import analyze
from ai.local_engine.tests.rows import requirement_names

DISPATCH = """Flight Dispatcher
Boreal Air - Quebec City (Sainte-Foy), QC
Requirements
- Transport Canada Flight Dispatcher Certificate
- Quality control of flight plans
"""
HANGAR = """Avionics Technician
Prairie Jet Services - Calgary, AB (YYC) | Full-time
Requirements
- AME E licence
- 3+ years of avionics troubleshooting
"""
DESIGN = """HVAC Design Engineer
Kaveri Building Services Consultants LLP | Pune | 4 - 7 yrs
Requirements
- HVAC load calculations in HAP
- AutoCAD
"""
GRADUATE = """Data Graduate Programme
Northgate Retail Group plc
Requirements
- A 2:1 degree in a numerate subject
- SQL or Python
"""
TRAINEE = """Graduate Engineer Trainee
Requirements
- B.E. Mechanical, 2025 or 2026 pass-out
- AutoCAD and GD&T basics
Selection process
Online aptitude test, technical interview, HR interview and medical check-up.
Documents to carry for interview: updated resume, mark sheets, Aadhaar card and two photographs.
"""
NURSE = """Staff Nurse
Qualifications
- Registered Nurse with valid PRC license
- With valid BLS certificate
Requirements to submit
- Updated resume with 2x2 picture
- NBI Clearance
- Transcript of Records
"""


def _lower_names(*, posting: str) -> list[str]:
    return [n.lower() for n in requirement_names(resume="Alex\nTechnician", posting=posting)]


def test_a_province_after_its_town_and_an_airports_code_are_places():
    assert "qc" not in _lower_names(posting=DISPATCH)
    assert "yyc" not in _lower_names(posting=HANGAR)
    assert any("quality control" in n for n in _lower_names(posting=DISPATCH))


def test_an_employers_legal_ending_is_no_requirement():
    assert "llp" not in _lower_names(posting=DESIGN)
    assert "plc" not in _lower_names(posting=GRADUATE)
    assert "air" not in _lower_names(posting=DISPATCH)
    assert any("autocad" in n for n in _lower_names(posting=DESIGN))


def test_selection_steps_and_papers_to_hand_in_are_no_requirements():
    trainee = analyze(resume_text="Alex\nB.E. Mechanical, 2026", job_description=TRAINEE)["missing_keywords"]
    nurse = _lower_names(posting=NURSE)

    assert not [
        k for k in trainee if any(w in k.lower() for w in ("aptitude", "interview", "aadhaar", "resume"))
    ]
    assert not [n for n in nurse if any(w in n for w in ("nbi", "picture", "records"))]
    assert any("bls" in n for n in nurse)


BOILER = """Boiler Service Engineer
Thistle Gas & Heating Systems · Paisley, UK | Full-time
What you'll do
- Service and repair combi boilers
- Gas Safe registration
"""
PLANT = """Maintenance Planner
Ridgeback Fluid Controls, Inc. | Dayton, OH | Hybrid
Requirements
- Work order planning in a CMMS
"""


def test_an_employer_named_before_its_place_on_a_head_line_is_no_requirement():
    boiler = _lower_names(posting=BOILER)
    plant = _lower_names(posting=PLANT)

    assert not [n for n in boiler if "thistle" in n or "heating" in n or n == "gas"]
    assert not [n for n in plant if "ridgeback" in n or "fluid" in n]
    assert any("boiler" in n for n in boiler)
    assert any("cmms" in n for n in plant)
