"""An acronym a posting spells out in brackets: one requirement, met by either name; not an organisation's."""

from ai.local_engine import analyze
from ai.local_engine.requirements import read_requirements

# Made up for these tests.
TEACHER = """Class Teacher

The successful candidate will:
- Hold Qualified Teacher Status (QTS)
- Have excellent behaviour management skills
"""
CARE = """Certified Nursing Assistant

What you need:
- Active Certified Nursing Assistant (CNA) certification in Ohio
- Documenting care in an Electronic Health Record (EHR)
- Work with the Hanseatic Institute for Learning Research (HILR) on resident studies
"""


def _missing(*, resume: str, posting: str) -> list[str]:
    return analyze(resume_text=f"Ann Lee\nExperience\n{resume}", job_description=posting)["missing_keywords"]


def test_a_spelled_out_acronym_is_asked_however_rare():
    assert "Qualified Teacher Status" in _missing(resume="Barista, 2019-2024", posting=TEACHER)


def test_either_name_meets_it():
    for resume in ("Class teacher, 2019-2024. Qualified Teacher Status", "Class teacher, 2019-2024. QTS"):
        assert not [t for t in _missing(resume=resume, posting=TEACHER) if "Qualified Teacher" in t], resume
    assert not [
        t for t in _missing(resume="CNA, Oak Home, 2019-2024", posting=CARE) if "Nursing Assistant" in t
    ]


def test_the_acronym_and_its_words_are_one_requirement():
    names = [r.name for r in read_requirements(text=CARE).requirements]
    assert names.count("Certified Nursing Assistant") == 1
    assert not [n for n in names if n in {"CNA", "Electronic", "EHR"}]
    assert "Electronic Health Record" in names


def test_an_organisations_acronym_is_not_a_requirement():
    names = [r.name for r in read_requirements(text=CARE).requirements]
    assert not [n for n in names if "HILR" in n or "Institute" in n]


SDR_POSTING = """Sales Development Representative (SDR)
Responsibilities
- Qualify leads using BANT/MEDDIC and book discovery meetings
Requirements
- 1+ year of outbound sales, SDR/BDR or customer-facing experience
"""
BDR = """Marcus Lee
Experience
Business Development Representative, Clearpath Payroll (2024 - present)
- Qualify inbound leads with BANT; log every touch in Salesforce
"""


def test_the_job_itself_is_no_requirement_and_slashed_names_are_alternatives_met_spelled_out():
    result = analyze(resume_text=BDR, job_description=SDR_POSTING)
    by_name = {r["name"]: r for r in result["details"]["requirements"]}

    assert "Sales Development Representative" not in by_name
    assert by_name["BANT or MEDDIC"]["status"] == "met"
    # "outbound sales, SDR/BDR or customer-facing experience": one requirement, either name; the resume
    # writes "Business Development Representative"
    (experience,) = [r for name, r in by_name.items() if "SDR or BDR" in name]
    assert experience["status"] != "missing"


def test_two_titles_joined_by_a_slash_spell_no_acronym():
    posting = "Network Engineer\n\nRequirements:\n- 3+ years supporting firewalls\n- Fortinet NSE 4\n"
    resume = "Network / Systems Engineer – Harbour Data, 2015 – 2019\n- Supported firewalls at 40 sites"
    rows = analyze(resume_text=f"Ann Lee\nExperience\n{resume}", job_description=posting)["details"]
    nse = next(r for r in rows["requirements"] if "NSE" in r["name"])

    assert nse["status"] == "missing"
