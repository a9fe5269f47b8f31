"""A credential read among a posting's duties and tentative phrases ("Must be QDNB registered") is named to the
user as a certification and is listed past the room duties get; a verb joined by a hyphen to its particle
("tune-ups", "follow-up calls") is a noun, not a clause. Every posting and resume here is made up."""

from ai.local_engine import analyze
from ai.local_engine.keyword_gaps import keyword_form

HVAC_POSTING = """HVAC Service Technician - Brightair Heating & Cooling

What you'll do:
- Diagnose and repair residential furnaces, heat pumps and air conditioners
- Perform furnace tune-ups for our service plan members
- Install thermostats and replace blower motors

Requirements:
- 3+ years of residential HVAC service experience
- EPA 608 certification
- Valid driver's license
"""

HVAC_RESUME = """Sam Ortiz
HVAC Technician
EXPERIENCE
HVAC Technician, Coolright Services, 2019 - Present
- Diagnosed and repaired residential furnaces, heat pumps and air conditioners
- Installed thermostats and replaced blower motors
CERTIFICATIONS
EPA 608 Universal
Valid driver's license
"""

DENTAL_POSTING = """Dental Nurse - Harrowgate Smiles

Requirements:
- Experience with Dentrix, Eaglesoft, Open Dental, Dentally, SOE, R4, Carestream, Exact, Kodak imaging and Planmeca
- Knowledge of radiography, orthodontics, implantology, periodontics, endodontics, oral surgery and sedation
- Experience with infection control, decontamination and cross-infection audits
- Must be QDNB registered.
"""

RECEPTIONIST_RESUME = """Priya Nair
Receptionist
EXPERIENCE
Receptionist, Castlegate Hotel, 2020 - Present
- Greeted guests and answered phones
"""


def test_a_hyphenated_verb_and_particle_is_a_noun():
    assert keyword_form(name="Perform maintenance tune-ups") == "maintenance tune-ups"
    assert keyword_form(name="schedule follow-up calls") == "schedule follow-up calls"
    assert keyword_form(name="store managers run") is None


def test_a_duty_on_tune_ups_is_listed_missing():
    result = analyze(resume_text=HVAC_RESUME, job_description=HVAC_POSTING)

    assert "furnace tune-ups" in result["missing_keywords"]


def test_a_credential_among_the_duties_is_a_certification_listed_past_the_duties_room():
    result = analyze(resume_text=RECEPTIONIST_RESUME, job_description=DENTAL_POSTING)

    assert "QDNB registered" in result["missing_keywords"]
    detail = next(d for d in result["details"]["missing_keywords_detail"] if d["term"] == "QDNB registered")
    assert detail["category"] == "certification"
