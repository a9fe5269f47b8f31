"""A degree's length in a bracket of its own ("B.Sc. ... (4 years) from a recognised university") is no
experience asked; the years of work the posting names are. Every posting and resume here is made up."""

from ai.local_engine import analyze

LAB_POSTING = """Medical Laboratory Scientist
Requirements
- B.Sc. Medical Laboratory Science (4 years) from a recognised university
- Minimum 2 years of laboratory experience in a hospital
"""
LAB_SCIENTIST = """Kwame Asante
Experience
Medical Laboratory Scientist, Korle Heights Hospital, Accra
June 2022 – November 2024
- Ran haematology and clinical chemistry analysers for the hospital laboratory
Education
B.Sc. Medical Laboratory Science, University of Cape Coast, 2021
"""


def test_a_degrees_length_in_brackets_is_no_experience_asked():
    details = analyze(resume_text=LAB_SCIENTIST, job_description=LAB_POSTING)["details"]

    assert details["years_required"] == 2
    assert details["sub_scores"]["experience"]["score"] == 100


def test_years_of_work_in_brackets_are_asked():
    posting = """Medical Laboratory Scientist
Requirements
- B.Sc. Medical Laboratory Science (4 years) from a recognised university
- Hospital laboratory experience (3 years)
"""

    assert analyze(resume_text=LAB_SCIENTIST, job_description=posting)["details"]["years_required"] == 3
