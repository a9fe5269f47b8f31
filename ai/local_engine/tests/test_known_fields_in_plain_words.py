"""A field of knowledge the vocabulary names in plain words ("software design"), asked as what to know, is a
requirement, though each word alone is too generic to ask; not where it only heads named products ("design
software such as ..."), nor outside a cue of knowing ("our software design team")."""

from ai.local_engine import analyze

RESUME = """Jane Doe
Backend Developer, Example Ltd (2019 - 2024)
- Built payment services in Go.
"""


def _posting(line: str) -> str:
    return f"Backend Developer\n\nRequirements\n- 3+ years of experience with Go.\n- {line}\n"


def test_a_field_in_plain_words_asked_to_know_is_a_gap():
    result = analyze(resume_text=RESUME, job_description=_posting("A sound knowledge of software design."))

    assert "software design" in result["missing_keywords"]
    [item] = [r for r in result["details"]["requirements"] if r["name"] == "software design"]
    assert item["status"] == "missing"


def test_the_same_words_outside_a_cue_of_knowing_are_no_requirement():
    result = analyze(resume_text=RESUME, job_description=_posting("You will join our software design team."))

    assert "software design" not in result["missing_keywords"]


def test_named_products_after_the_field_stay_what_is_asked():
    line = "Experience with production software such as Blintra, Quorvex or Zelcad."
    result = analyze(resume_text=RESUME, job_description=_posting(line))

    assert "production software" not in result["missing_keywords"]
