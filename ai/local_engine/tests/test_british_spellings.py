"""A UK resume meets a US posting and the other way round: British spellings read as the American ones
("centre", "colour", "organisational", "paediatric", "programme", "modelling"). Every posting and resume here
is made up."""

from ai.local_engine import analyze
from ai.local_engine.text import normalize_phrase

US_POSTING = """Pediatric Nurse
Requirements
- 2+ years of pediatric nursing in a trauma center
- Strong organizational skills
- Experience with data modeling a plus
"""

UK_RESUME = """Amy Hart
Experience
Staff Nurse, Paediatric Ward, Leeds General Infirmary, 2019 - present
- Cared for children on a paediatric ward in a major trauma centre
- Kept the ward organised and prioritised admissions during winter pressures
- Built data modelling for ward staffing in Excel
"""


def test_british_spellings_read_as_the_american_ones():
    assert normalize_phrase(text="Data Centres") == normalize_phrase(text="data center")
    assert normalize_phrase(text="colour grading") == "color grading"
    assert normalize_phrase(text="organisational skills") == normalize_phrase(text="organizational skills")
    assert normalize_phrase(text="graduate programme") == "graduate program"
    # words spelled so on both sides stay as written
    assert normalize_phrase(text="expertise supervise promise") == "expertise supervise promise"


def test_a_uk_resume_meets_a_us_postings_requirements():
    result = analyze(resume_text=UK_RESUME, job_description=US_POSTING)

    rows = {r["name"].lower(): r for r in result["details"]["requirements"]}
    assert rows["organizational skills"]["status"] == "met"
    assert rows["data modeling"]["status"] == "met"
    assert rows["data modeling"]["evidence"] == "Built data modelling for ward staffing in Excel"
    assert result["missing_keywords"] == []
