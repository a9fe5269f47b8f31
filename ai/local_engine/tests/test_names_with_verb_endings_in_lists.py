"""A word in -ing or -ed inside a capitalised name ("Selective Licensing Scheme", "Unfair Trading") is the
name's part, not a verb, so a line of such names is a bare list wherever it stands. Every posting and resume
here is made up."""

from ai.local_engine import analyze

_POSTING = """Lettings Negotiator
Requirements:
- A sound knowledge of the Leeds rental market
- Understanding of the Selective Licensing Scheme and the Tenant Fees Act
- Two years in a lettings agency
"""

_RESUME = """Ray Moss
ray.moss@example.com

Experience
Lettings Assistant, Kirk Homes — March 2021 to present
I booked viewings, referenced tenants and prepared tenancy agreements.

Education
BA (Hons) History, University of Hull, 2020
"""

_LIST = "Leeds rental market, Selective Licensing Scheme, Tenant Fees Act"


def test_a_list_of_names_put_before_the_last_section_is_only_listed() -> None:
    stuffed = _RESUME.replace("Education\n", _LIST + "\n\nEducation\n")
    result = analyze(resume_text=stuffed, job_description=_POSTING, semantic=False)
    met = [r["name"] for r in result["details"]["requirements"] if r["status"] == "met"]
    assert not any(word in " ".join(met) for word in ("Leeds", "Licensing", "Fees"))
