"""A per-diem imaging posting: "PRN / Per Diem" in the title, the place without a comma ("Mesa AZ"), and a
practice named with a generic head ("ALARA principles"). Every posting and resume here is made up."""

from ai.local_engine import analyze

POSTING = """Radiologic Technologist (X-Ray) - PRN / Per Diem
Desert Sky Orthopedic & Urgent Care, Tempe AZ

We need a registered radiologic technologist to perform diagnostic x-ray exams in our two urgent care clinics.
Flexible shifts, weekends available.

Duties
Perform general diagnostic radiography (extremities, chest, spine) following ALARA principles.
Position patients, set technique and evaluate image quality on our DR systems.
Verify orders and patient identity, and enter exams in the PACS/RIS.

Requirements
ARRT (R) registration and current Arizona MRTBE certification.
BLS certification.
6 months of clinical experience preferred; orthopedic or urgent care a plus.
"""

RESUME = """DANA WHITFIELD, R.T.(R)(ARRT)
Chandler, AZ
Radiologic technologist with 3 years of diagnostic x-ray in an orthopedic clinic.
EXPERIENCE
Radiologic Technologist
Saguaro Bone & Joint, Gilbert, AZ | 2022 - present
- Perform 35+ extremity, spine and chest exams per shift, keeping dose to ALARA
- Position patients and choose exposure technique on Fujifilm DR units
- Check each order and two patient identifiers; send images to PACS and close exams in the RIS
CREDENTIALS
ARRT Registered Technologist (R)
Arizona MRTBE Certificate
BLS - American Heart Association
"""

MEDS_POSTING = """Registered Nurse - Med/Surg
Responsibilities
- Administer scheduled and PRN medications and document them in Epic
- Assess patients and update care plans each shift
Requirements
- Active RN license and BLS
"""


def _names(result: dict) -> list[str]:
    return [r["name"] for r in result["details"]["requirements"]]


def test_prn_and_per_diem_in_a_title_ask_nothing():
    result = analyze(resume_text=RESUME, job_description=POSTING)

    assert not [name for name in _names(result) if "PRN" in name or "Diem" in name]


def test_a_city_and_state_code_without_a_comma_is_a_place():
    result = analyze(resume_text=RESUME, job_description=POSTING)

    assert not [name for name in _names(result) if "Tempe" in name]
    assert "Tempe AZ" not in result["missing_keywords"]


def test_a_practice_named_with_a_generic_head_is_shown_by_its_name():
    result = analyze(resume_text=RESUME, job_description=POSTING)

    assert not [keyword for keyword in result["missing_keywords"] if "ALARA" in keyword]


def test_prn_medications_stay_a_duty_of_the_job():
    result = analyze(resume_text=RESUME, job_description=MEDS_POSTING)

    assert [name for name in _names(result) if "PRN" in name]


def test_where_the_job_is_worked_asks_nothing():
    posting = (
        "Backend Engineer Job description Join us as one of the first engineers to build the future of voice "
        "notes .\nSo how? Use your prior experience with Go or Rust to ship quickly Work as a full member in a "
        "team of experienced people Share odd tech memes in our chat channel We love a perfect mix between "
        "office and remote work and are aiming for a 50/50 split between the two in the long term but are "
        "flexible here as well .\n"
    )
    developer = (
        "Rui Costa\nBackend Developer, Lisbon Labs, 2021 - present\n- Wrote Go services on PostgreSQL\n"
    )

    result = analyze(resume_text=developer, job_description=posting)

    assert not [keyword for keyword in result["missing_keywords"] if "remote" in keyword.lower()]
    assert not [name for name in _names(result) if "remote" in name.lower()]


def test_an_australian_state_after_its_city_is_a_place():
    posting = """Policy Officer, APS 5
Department of Rural Health – Canberra ACT (flexible location considered)
Ongoing, full-time

Key duties
- Assess funding applications against program guidelines
- Prepare briefs, correspondence and reports for senior executives
- Manage funding agreements and monitor milestones and payments

Selection criteria
1. Demonstrated experience in program administration, preferably in grants.
2. Well-developed written communication skills, including drafting briefs.
"""
    officer = """Tom Hale
Grants Officer (APS 4) – Department of Health, Canberra – 2022 to present
- Assess 100 funding applications a round against program guidelines
- Draft briefs and reports for SES officers
"""

    result = analyze(resume_text=officer, job_description=posting)

    assert not [name for name in _names(result) if name in ("ACT", "Canberra ACT")]
