"""A diploma asked at either of two framework levels ("Level 3 or 4 Diploma in Horticulture Production") is a
levelled vocational award, not a bachelor's degree; a resume's diploma in that field at a level asked or
above meets it wherever the level is written ("National Diploma in Horticulture Production (Level 4)"), one
below the levels asked does not. Every posting and resume here is made up."""

from ai.local_engine import analyze

POSTING = """Orchard Supervisor – Kiwifruit
Te Puke, Bay of Plenty
What we're looking for
- 2+ years' experience supervising picking or pruning gangs
- Level 3 or 4 Diploma in Horticulture Production
- Full driver's licence
"""


def _resume(diploma: str) -> str:
    return f"""Mere Tapsell
Experience
Orchard Supervisor – Seeka, Te Puke, 2020 – present
- Supervise pruning and picking gangs of up to 25 across 40 canopy hectares
Qualifications
{diploma}
Full driver licence
"""


def _requirements(resume: str) -> dict[str, dict]:
    result = analyze(resume_text=resume, job_description=POSTING)
    return {r["name"]: r for r in result["details"]["requirements"]}


def test_a_diploma_at_a_level_asked_written_after_its_name_meets_the_levelled_diploma():
    requirements = _requirements(_resume("National Diploma in Horticulture Production (Level 4), 2021"))

    assert not [name for name in requirements if "Bachelor" in name]
    diploma = requirements["Level 3 or 4 Diploma in Horticulture Production"]
    assert diploma["kind"] == "certification"
    assert diploma["status"] == "met"


def test_a_diploma_below_the_levels_asked_does_not_meet_it():
    requirements = _requirements(_resume("National Diploma in Horticulture Production (Level 2), 2017"))

    assert requirements["Level 3 or 4 Diploma in Horticulture Production"]["status"] == "missing"


def test_a_bachelors_degree_in_the_field_meets_it():
    requirements = _requirements(
        _resume("Bachelor of Applied Science in Horticulture Production, Massey, 2019")
    )

    assert requirements["Level 3 or 4 Diploma in Horticulture Production"]["status"] == "met"
