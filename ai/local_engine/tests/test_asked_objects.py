"""What a posting asks for though no vocabulary holds it: names listed before "or similar" and the kind of thing
they are examples of, and a plain word that is the whole of what a sentence asks to know. Every posting and
resume here is made up."""

from ai.local_engine import analyze
from ai.local_engine.requirements import read_requirements

RESUME = """Jordan Lee
Account Executive
EXPERIENCE
Account Executive, Northwind Freight, 2019 - Present
- Closed 40 new logistics accounts a year and kept renewals above 95%
"""


def _missing(result: dict) -> list[str]:
    return [term.lower() for term in result["missing_keywords"]]


def test_names_listed_before_or_similar_are_asked_with_the_kind_they_are_examples_of():
    posting = (
        "Account Executive\nWhat you bring\n"
        "- A consultative selling approach (MEDDICC, Challenger, Sandler or similar)\n"
        "- Gong or similar conversation intelligence tools\n"
    )

    missing = _missing(analyze(resume_text=RESUME, job_description=posting))

    assert "consultative selling approach" in missing and any(term.startswith("gong") for term in missing)


def test_a_name_before_or_similar_is_met_by_the_resume_that_names_it():
    posting = "Account Executive\nWhat you bring\n- Gong or similar conversation intelligence tools\n"
    resume = RESUME + "- Reviewed every discovery call in Gong with the team\n"

    assert "gong" not in _missing(analyze(resume_text=resume, job_description=posting))


def test_or_equivalent_after_a_level_or_a_degree_names_no_requirement():
    posting = (
        "Account Executive\nRequirements\n- Fluent English or equivalent\n"
        "- Degree in Finance, Economics or Marketing or similar\n"
    )

    missing = _missing(analyze(resume_text=RESUME, job_description=posting))

    assert "fluent" not in missing
    assert all("degree" in term for term in missing if "economics" in term)  # read with the degree


def test_a_plain_word_that_is_all_a_sentence_asks_to_know_is_a_requirement():
    posting = (
        "Operations Director\nYou bring\n- 15+ years of leadership\n- Experience with acquisitions;\n"
        "- Knowledge of merchandising and visual standards\n- Experience with SaaS or telematics\n"
    )

    asked_to_know = {"acquisitions", "merchandising", "leadership", "saas or telematics"}

    assert asked_to_know <= set(_missing(analyze(resume_text=RESUME, job_description=posting)))


def test_a_verb_in_ing_after_a_cue_of_knowing_still_opens_a_duty():
    posting = "Software Engineer\nRequirements\n- Experience in building scalable apps\n"

    missing = _missing(analyze(resume_text=RESUME, job_description=posting))

    assert "building scalable apps" not in missing


def test_a_linking_word_is_no_part_of_the_phrase_it_links():
    posting = (
        "Account Executive\nWhat you bring\n- Gong or similar conversation intelligence tools\n"
        "- Ability to use assessment data to plan instruction\n"
    )

    job = read_requirements(text=posting)
    names = [r.name for r in (*job.requirements, *job.tentative)]

    assert (
        any(name.endswith("conversation intelligence tools") for name in names) and "assessment data" in names
    )
    assert not any(name.split()[0] in {"similar", "use"} for name in names)


def test_names_of_the_tools_a_duty_is_done_using_are_asked():
    posting = (
        "Paralegal\nWhat you will do\n"
        "- Cite-check briefs using Westlaw or Lexis, and keep the calendar of deadlines current\n"
    )

    assert "westlaw or lexis" in _missing(analyze(resume_text=RESUME, job_description=posting))


def test_a_skill_explained_after_a_colon_is_asked_and_a_form_field_is_not():
    posting = (
        "Support Engineer\nWork schedule: Full-time\nRequirements\n"
        "- Clear written communication: we are remote-first and write things down\n"
    )

    missing = _missing(analyze(resume_text=RESUME, job_description=posting))

    assert "written communication" in missing and "work schedule" not in missing


def test_a_name_and_the_kind_after_or_similar_are_one_requirement():
    posting = "Account Executive\nWhat you bring\n- Gong or similar conversation intelligence tools\n"
    resume = RESUME + "- Reviewed discovery calls in Chorus, a conversation intelligence tool\n"

    job = read_requirements(text=posting)
    missing = _missing(analyze(resume_text=resume, job_description=posting))

    assert [r.name for r in job.requirements] == ["Gong or conversation intelligence tools"]
    assert not any("gong" in term for term in missing)
