"""Words of service postings that ask nothing ("well presented", "7p-7:30a rotating weekends") and work that
shows what is asked ("talk with parents at pick-up" is communication, "Review QC daily" quality control).
Every posting and resume here is made up."""

import pytest

from ai.local_engine import analyze

LAB_POSTING = """Medical Laboratory Scientist - Nights
Full-time, 7p-7:30a rotating weekends
What you'll do:
- Perform quality control and take corrective action
- Verify and release results in Epic Beaker
"""

SCIENTIST = """Marcus Bell
Medical Laboratory Scientist, Saint Alphonsus Medical Center, 2019 - present
- Review QC daily, apply Westgard rules and document corrective actions
- Verify results and call critical values in Epic Beaker
"""


def _names(result: dict) -> list[str]:
    return [r["name"] for r in result["details"]["requirements"]]


def test_a_clock_time_with_a_bare_a_or_p_and_rotating_weekends_ask_nothing():
    result = analyze(resume_text=SCIENTIST, job_description=LAB_POSTING)

    assert not [name for name in _names(result) if "30a" in name or "weekend" in name]


def test_qc_written_as_initials_shows_quality_control():
    result = analyze(resume_text=SCIENTIST, job_description=LAB_POSTING)

    quality = next(r for r in result["details"]["requirements"] if r["name"].lower() == "quality control")
    assert quality["status"] == "met"
    assert quality["evidence"].startswith("Review QC daily")


LETTINGS_POSTING = """Lettings Negotiator
What we're looking for
- At least 1 year's experience in lettings
- Target-driven, well presented and great on the phone
"""

NEGOTIATOR = """Jade Okonkwo
Lettings Negotiator, Carter Brooks, 2023 - present
- Book and conduct 25 viewings a week and negotiate offers
"""


def test_well_presented_asks_no_presentation_skills():
    result = analyze(resume_text=NEGOTIATOR, job_description=LETTINGS_POSTING)

    assert "Presentation skills" not in _names(result)


CHILDCARE_POSTING = """Early Childhood Educator
Requirements
- Excellent communication with families and co-workers
"""

EDUCATOR = """Aisha Rahman
Early Childhood Educator, Sunny Days Learning Centre, 2021 - present
- Plan play-based programs for 15 toddlers
- Talk with parents at pick-up about their child's day
"""


def test_talking_with_parents_shows_communication():
    result = analyze(resume_text=EDUCATOR, job_description=CHILDCARE_POSTING)

    communication = next(r for r in result["details"]["requirements"] if r["kind"] == "soft_skill")
    assert communication["status"] == "met"
    assert communication["evidence"].startswith("Talk with parents")


FRONT_DESK_POSTING = """Front Desk Supervisor - Harbourview Inn, Halifax NS - $21/hr + tip share
Need: 2+ yrs hotel front desk incl. shift lead, Opera PMS, cash handling & night audit, calm with upset guests.
Nights/weekends. CV to frontdesk@harbourviewinn.ca
"""

RECEPTIONIST = """Mia Chen
Front Desk Agent, Seaside Hotel, 2021 - present
- Check guests in and out in Opera PMS and answer 60 calls a shift
"""


def test_two_phrases_joined_by_an_ampersand_in_a_list_after_incl_are_each_asked():
    result = analyze(resume_text=RECEPTIONIST, job_description=FRONT_DESK_POSTING)

    names = _names(result)
    assert "cash handling" in names
    assert "night audit" in names
    assert "cash handling & night audit" not in names
    assert {"cash handling", "night audit"} <= set(result["missing_keywords"])


def test_a_pair_of_words_or_a_firms_name_joined_by_an_ampersand_stays_one():
    posting = (
        "Site Manager\nHargrove & Pike LLP - Leeds\n"
        "Lead fit-out projects: programme, budget, quality and health & safety.\n"
    )

    result = analyze(resume_text=RECEPTIONIST, job_description=posting)

    names = _names(result)
    assert not any(name in ("Pike LLP", "health", "safety") for name in names)


DISPATCH_POSTING = """911 Public Safety Dispatcher
Typical duties
- Answer 911 calls and dispatch units by radio
Minimum qualifications
- Pass the POST dispatcher exam, background investigation and psychological evaluation
- Days, Swing and Grave shifts available
"""

PSYCHOLOGIST_POSTING = """Forensic Psychologist
Responsibilities:
- Conduct psychological evaluations, risk assessments and court reports
"""

DISPATCHER = """Maria Delgado
Emergency Dispatcher, Yolo County Communications, 2022 - present
- Take 911 calls and dispatch sheriff and fire units on the radio
"""


def test_the_checks_a_hire_passes_and_the_shifts_offered_ask_nothing():
    result = analyze(resume_text=DISPATCHER, job_description=DISPATCH_POSTING)

    assert not [
        name
        for name in _names(result)
        if any(word in name.lower() for word in ("background", "psychological", "grave"))
    ]


def test_evaluations_the_job_conducts_are_its_work():
    result = analyze(resume_text=DISPATCHER, job_description=PSYCHOLOGIST_POSTING)

    assert any("psychological evaluations" in name for name in _names(result))


def test_a_business_run_by_its_owner_asks_no_leadership():
    posting = (
        "Accounts Assistant\nSupporting owner-managed business clients with bookkeeping and VAT returns.\n"
    )

    result = analyze(resume_text=DISPATCHER, job_description=posting)

    assert "Leadership" not in _names(result)


def test_a_duty_done_to_one_specific_thing_is_shown_by_that_thing_under_another_verb():
    posting = (
        "Licensed Insurance Agent\nYou will:\n"
        "- Quote and bind personal lines policies using EZLynx and carrier portals\n"
        "- Prepare endorsements, renewals and claims questions\n"
    )
    resume = (
        "Carlos Mendoza\nPersonal Lines Agent, Hill Country Insurance, 2021 - present\n"
        "- Process endorsements, renewals and claims calls for 1,500 households\n"
    )

    result = analyze(resume_text=resume, job_description=posting)

    duty = next(r for r in result["details"]["requirements"] if r["name"] == "Prepare endorsements")
    assert duty["status"] == "met"
    assert duty["evidence"].startswith("Process endorsements")


def test_a_duty_done_to_a_short_word_is_not_shown_by_the_word_alone():
    posting = (
        "Licensed Insurance Agent\nYou will:\n"
        "- Quote and bind personal lines policies using EZLynx and carrier portals\n"
        "- Prepare forms, renewals and claims questions\n"
    )
    resume = "Sam Lee\nClerk, Acme, 2021 - present\n- Filed forms for the archive team\n"

    result = analyze(resume_text=resume, job_description=posting)

    duty = next(r for r in result["details"]["requirements"] if r["name"] == "Prepare forms")
    assert duty["status"] == "missing"


PEST_POSTING = """Pest Control Technician
Duties:
- Inspect homes for pests and apply treatments to label directions
Requirements:
- Valid driver's license and clean MVR
- Comfortable climbing ladders and crawling in attics
"""

SPA_POSTING = """Massage Therapist
Responsibilities
- Perform Swedish, deep tissue, prenatal and hot stone massages
Qualifications
- Active Arizona massage therapy license
"""


def test_what_the_body_must_do_and_a_clean_driving_record_ask_no_skill():
    result = analyze(resume_text=DISPATCHER, job_description=PEST_POSTING)

    assert not [t for t in result["missing_keywords"] if "MVR" in t or "climbing" in t.lower()]
    assert "driver's license" in [t.lower() for t in result["missing_keywords"]]


def test_a_language_first_in_a_list_of_kinds_sharing_a_noun_is_no_language():
    result = analyze(resume_text=DISPATCHER, job_description=SPA_POSTING)

    assert not [r for r in result["details"]["requirements"] if r["kind"] == "language"]


GROUNDS_POSTING = """Groundskeeper II
Lakeview Community College - Facilities Services

Examples of Duties
1. Mow, trim and edge turf using riding and push mowers
2. Plant, prune and mulch trees, shrubs and flower beds

Minimum Qualifications
1. Two years of grounds maintenance or landscaping experience
2. Valid driver's license
"""

GROUNDSKEEPER = """Travis Nelson
WORK EXPERIENCE
Groundskeeper, Madison School District - Madison, WI - 2020 to 2025
- Mow, trim and edge 40 acres of school grounds with zero-turn and push mowers
- Plant, prune and mulch trees, shrubs and beds
"""


def test_a_count_of_years_in_words_and_a_one_word_title_are_read():
    result = analyze(resume_text=GROUNDSKEEPER, job_description=GROUNDS_POSTING)

    details = result["details"]
    assert details["job_title"] == "Groundskeeper"
    assert details["years_required"] == 2
    assert details["relevant_years"] == 5.0
    assert details["sub_scores"]["experience"]["score"] == 100


def test_a_capitalised_entry_level_inside_an_exams_name_makes_no_entry_level_posting():
    posting = DISPATCH_POSTING.replace(
        "Pass the POST dispatcher exam", "Pass the POST Entry-Level Dispatcher exam"
    )

    result = analyze(resume_text=DISPATCHER, job_description=posting)

    assert "entry-level" not in result["details"]["sub_scores"]["experience"]["how"]


def test_a_duty_to_record_something_is_shown_by_the_thing_recorded():
    posting = (
        "Certified Nursing Assistant\nResponsibilities\n"
        "- Assist residents with bathing, dressing and feeding\n"
        "- Take and record vital signs, weights and intake/output in PointClickCare\n"
    )
    resume = (
        "Amina Hassan\nCertified Nursing Assistant, Rochester East Care Center, 2021 - present\n"
        "- Assist 12 residents with bathing, dressing and feeding\n"
        "- Take vital signs, weights and I&O and chart them in PointClickCare each shift\n"
    )

    result = analyze(resume_text=resume, job_description=posting)

    assert not [t for t in result["missing_keywords"] if "vital signs" in t]


@pytest.mark.parametrize(
    ("line", "named"), [("- Gas Safe registered", False), ("- SAFe Agilist certification", True)]
)
def test_a_name_written_with_inner_capitals_is_read_only_so_written(line, named):
    posting = "Gas Engineer\nRequirements:\n- 2+ years' domestic gas experience\n" + line + "\n"

    result = analyze(resume_text=DISPATCHER, job_description=posting)

    names = " ".join(r["name"] for r in result["details"]["requirements"])
    assert ("SAFe" in names) is named
    # "Gas Safe" is read only as the register's name ("Gas Safe registered"), never as a word of its own
    safe = [r["name"] for r in result["details"]["requirements"] if "Safe" in r["name"].split()]
    assert safe in ([], ["Gas Safe registered"])


CARE_POSTING = """Disability Support Worker – Casual
Bright Futures Community Care | Geelong, VIC

Your responsibilities
• Support NDIS participants to live independently and provide personal care
You'll need
• Certificate III in Individual Support (Disability) or Certificate IV in Disability
• Current First Aid and CPR
"""

CARE_WORKER = """Liam O'Connor
Experience
Support Worker — Barwon Community Supports, Geelong (2021 – 2025)
• Provide personal care and meal preparation for 6 participants
Qualifications & checks
Certificate III in Individual Support (Disability), 2022
First Aid and CPR (2024)
"""


def test_a_care_workers_certificate_of_either_level_and_title_are_read():
    result = analyze(resume_text=CARE_WORKER, job_description=CARE_POSTING)

    details = result["details"]
    certificate = next(
        r for r in details["requirements"] if r["name"] == "Certificate III in Individual Support"
    )
    assert certificate["alternatives"] == ["Certificate IV in Disability"]
    assert certificate["status"] == "met"
    assert details["job_title"] == "Disability Support Worker"
    assert details["relevant_years"] == 4.0
    assert "Ownership" not in _names(result)


def test_a_person_specifications_column_label_is_no_product():
    posting = (
        "Staff Nurse - Acute Medical Unit (Band 5)\nPerson specification\nQualifications\n"
        "Essential: Registered Nurse (Adult) with current NMC registration\nExperience\n"
        "Essential: Experience of caring for acutely unwell adults (including newly qualified nurses)\n"
    )

    result = analyze(resume_text=CARE_WORKER, job_description=posting)

    assert "Essential" not in _names(result)
    assert "Essential" not in result["missing_keywords"]


def test_a_shift_supervisor_is_the_same_kind_of_role_as_a_team_leader():
    posting = (
        "Team Leader – Grocery Store (Full Time)\nWhat you'll do\n"
        "• Lead shifts: allocate tasks, cover breaks and keep the store running smoothly\n"
        "• Manage stock: deliveries, replenishment, date checks and waste\n"
    )
    resume = (
        "Kelly Barnes\nExperience\nShift Supervisor, Co-op Food, Swindon — 2020 to 2025\n"
        "• Run early and late shifts: allocate tasks, cover breaks and manage deliveries and waste\n"
    )

    result = analyze(resume_text=resume, job_description=posting)

    details = result["details"]
    assert details["job_title"] == "Team Leader"
    assert details["sub_scores"]["role"]["score"] > 0  # the same kind of role; "Team" vs "Shift" is unmet
