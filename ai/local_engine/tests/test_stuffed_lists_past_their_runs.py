"""The posting's keywords stuffed at a resume's end stay a bare list where the reading used to let them out of
one: a line copied from the posting among the stuffed lines (it broke the run, so a degree's name below it read
as the degree held), bullets naming the asks below the last role (their words made that role relevant), and a
list glued with a space onto the resume's last line after a year (its first name was read as the writer's own),
even a role's title line (which counted as work).
A credential the writer names with a word of their own ("Nevada driver's license") is still held. Every
posting and resume here is made up."""

from ai.local_engine import analyze

_TREATMENT_POSTING = """Water Treatment Operator
Requirements:
- Diploma in Environmental Technology from an accredited college
- Class 2 water treatment operator certificate
- Safe Drinking Water Act
- Ontario Water Resources Act
- Experience with jar testing, SCADA alarms and chlorine residual logs
"""

_BARISTA = """Sam Reyes
sam.reyes@example.com

EDUCATION
High School Diploma, Eastfield High School, 2019

EXPERIENCE
Barista, Corner Cup, 2020 - present
- Served 200 customers a day and trained two new starters

CERTIFICATIONS
Standard First Aid, 2021
"""


def test_a_degree_named_between_lines_copied_from_the_posting_is_no_degree_held() -> None:
    stuffed = _BARISTA + (
        "Jar testing\nSafe Drinking Water Act\n"
        "Diploma or degree in Environmental Technology from an accredited college\n"
        "Ontario Water Resources Act\nSCADA alarms\n"
    )
    before = analyze(resume_text=_BARISTA, job_description=_TREATMENT_POSTING, semantic=False)
    after = analyze(resume_text=stuffed, job_description=_TREATMENT_POSTING, semantic=False)

    degree = next(r for r in after["details"]["requirements"] if r["kind"] == "degree")
    assert degree["status"] == "missing"
    assert after["details"]["sub_scores"]["education"] == before["details"]["sub_scores"]["education"]
    assert after["match_score"] - before["match_score"] <= 5


_PASTRY_POSTING = """Pastry Chef (Hotel Bakery)
Seaview Hotel - Salem, OR

The ideal candidate will have at least three years of pastry lamination experience and a working knowledge of
HACCP. You will plan the dessert menu, keep food cost control tight, and train two junior cooks.
"""

_LINE_COOK = """Jordan Lee
Salem, OR - jordan.lee@example.com

I have cooked at Harbor Grill, a busy seafood restaurant in Salem, since 2021. I prep sauces, run the grill
station on weekends and order produce for the line.

Before that I was a dishwasher and prep cook at Corner Diner in Salem from 2015 to 2019, where I washed,
chopped and stocked the walk-in.

I hold a certificate in culinary arts from Chemeketa College (2014).
"""


def test_bullets_naming_the_asks_below_the_last_role_make_it_no_relevant_experience() -> None:
    stuffed = _LINE_COOK + "• pastry lamination\n• HACCP\n• Organisational skills\n• food cost control\n"
    before = analyze(resume_text=_LINE_COOK, job_description=_PASTRY_POSTING, semantic=False)
    after = analyze(resume_text=stuffed, job_description=_PASTRY_POSTING, semantic=False)

    assert after["details"]["sub_scores"]["experience"]["score"] == 0
    assert after["match_score"] - before["match_score"] <= 5


_WAREHOUSE_POSTING = """Warehouse Associate
Requirements:
- Counterbalance forklift licence
- Working at Heights ticket
- Experience with cycle counts and a warehouse management system
- Valid driver's license
"""

_CERTIFIED_BARISTA = """Sam Reyes
sam.reyes@example.com

EXPERIENCE
Barista, Corner Cup, 2020 - present
- Served 200 customers a day and trained two new starters

CERTIFICATIONS
Emergency First Aid (St John Ambulance) - 2022
"""


def _met(resume: str) -> list[str]:
    result = analyze(resume_text=resume, job_description=_WAREHOUSE_POSTING, semantic=False)
    return [r["name"] for r in result["details"]["requirements"] if r["status"] == "met"]


def test_a_list_glued_after_the_year_of_the_last_line_is_only_listed() -> None:
    glued = " Working at Heights ticket, cycle counts, warehouse management system\n"

    assert _met(_CERTIFIED_BARISTA.rstrip() + glued) == []
    assert _met(_CERTIFIED_BARISTA.rstrip() + " Working at Heights ticket, cycle counts\n") == []


def test_a_credential_named_with_a_word_of_the_writer_is_still_held() -> None:
    assert _met(_CERTIFIED_BARISTA + "Nevada driver's license, clean record\n") == ["driver's license"]


def test_a_list_glued_onto_a_role_title_on_the_last_line_is_only_listed() -> None:
    resume = _CERTIFIED_BARISTA.replace(
        "CERTIFICATIONS\nEmergency First Aid (St John Ambulance) - 2022\n",
        "Team Member, Corner Cup, Reno, NV · 2016 – 2020 (part-time during school) cycle counts, "
        "warehouse management system\n",
    )

    assert _met(resume) == []
