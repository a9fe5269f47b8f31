"""A heading stands on a line of its own: the items of a line of several ("Organisational skills | leadership
| billing") are a list's, not headings, so a resume written without headings keeps its reading when keywords
are stuffed between bars at its end. Every posting and resume here is made up."""

from ai.local_engine import analyze
from ai.local_engine.section_reading import label_sections
from ai.local_engine.text import split_sentences

_POSTING = """Office Manager (Veterinary Clinic)
The ideal candidate will have at least three years of veterinary office management experience and a working \
knowledge of Cornerstone. You will oversee the front desk team, manage client scheduling, and process invoices. \
Experience with pet insurance billing is a must. We're looking for someone organized, friendly and calm under \
pressure.
"""

_RESUME = """Dana Whitfield
Salem, OR — (503) 555-0144 — dana.w@example.com

I have run the front desk of Maple Animal Hospital since 2020. I lead a team of three, keep the appointment \
book in Cornerstone full, and process invoices and client payments every day.

Before that I was a receptionist at Oak Street Clinic from 2016 to 2020, where I scheduled clients and took \
payments.

I hold an associate degree in business from Chemeketa College (2015).
"""

_STUFFED = "office management | pet insurance | billing | Organisational skills | calm under pressure\n"


def _analyze(resume: str) -> dict:
    return analyze(resume_text=resume, job_description=_POSTING, semantic=False)


def test_keywords_stuffed_between_bars_make_no_job_relevant() -> None:
    before, after = _analyze(_RESUME), _analyze(_RESUME + _STUFFED)
    assert after["details"]["relevant_years"] == before["details"]["relevant_years"]
    assert after["match_score"] - before["match_score"] <= 10


def test_a_heading_opening_a_line_of_items_still_heads_them() -> None:
    text = "Dana Whitfield\nSkills | Cornerstone | Invoicing\nEducation\nAssociate degree, 2015\n"
    labels = label_sections(sentences=split_sentences(text=text), text=text)
    assert labels[1:4] == ["skills", "skills", "skills"]
    assert labels[-1] == "education"


def test_an_item_named_like_a_heading_inside_a_line_is_no_heading() -> None:
    text = "Dana Whitfield\nSkills\nBudgeting | Leadership | Invoicing\nEducation\nAssociate degree, 2015\n"
    labels = label_sections(sentences=split_sentences(text=text), text=text)
    assert labels[2:5] == ["skills", "skills", "skills"]
