"""A line listing the posting's asks in its own words and nothing of the writer's, under whatever heading the
resume ends with, is a keyword list: it holds no credential, states no degree and reads as no sentence. A
line of credentials the writer holds, under a credentials heading, still holds them. Every posting and resume
here is made up."""

from ai.local_engine import analyze

POSTING = """Food Safety Technician
Hollow Lane Bakeries, Leeds
- Run daily allergen checks and keep HACCP records on the bread line
- Support supplier audits and the annual BRCGS audit
- Knowledge of the Food Safety and Hygiene (England) Regulations and the Working at Height Regulations
Requirements
- HACCP Level 3 certificate
- Allergen management
- A two-year college diploma in Food Science or a related field
"""

RESUME = """Priya Shah
priya.shah@example.com | 07700 900 123

Experience
Quality Assistant, Marlow Dairy, Leeds, 2021 - present
- Swab and test 40 contact surfaces a week and log results in the QA system
- Walk the line with the shift lead and record corrective actions

Education
A levels: Biology, Chemistry, Maths, Roundhay School, 2020
"""


def _row(result: dict, name: str) -> dict:
    return next(r for r in result["details"]["requirements"] if r["name"] == name or r["kind"] == name)


def _analyze(resume: str) -> dict:
    return analyze(resume_text=resume, job_description=POSTING)


def test_a_credential_in_a_line_of_the_postings_asks_under_education_is_listed_not_held():
    resume = RESUME + "Allergen management, HACCP Level 3 certificate, supplier audits\n"

    haccp = _row(_analyze(resume), "HACCP Level 3 certificate")

    assert haccp["status"] == "partial"
    assert haccp["context"] == "list"


def test_a_line_of_credentials_held_under_certifications_still_holds_them():
    resume = RESUME + "\nCertifications\nHACCP Level 3 certificate, Emergency First Aid at Work certificate\n"

    haccp = _row(_analyze(resume), "HACCP Level 3 certificate")

    assert haccp["status"] == "met"


def test_a_name_with_a_small_word_in_a_line_of_the_postings_asks_is_no_sentence():
    resume = RESUME + ("\nReferences\nWorking at Height Regulations, allergen checks, supplier audits\n")

    regulations = _row(_analyze(resume), "Working at Height Regulations")

    assert regulations["status"] == "partial"
    assert regulations["context"] == "list"


def test_a_degree_named_in_a_line_of_the_postings_asks_is_no_degree_held():
    resume = RESUME + "Allergen management, supplier audits, Diploma or degree in Food Science\n"

    result = _analyze(resume)

    assert _row(result, "degree")["status"] == "missing"
    assert result["details"]["sub_scores"]["education"]["score"] == 0


PROJECT_RESUME = (
    RESUME
    + """
Projects
Allergen matrix, 2023
Built a spreadsheet matrix of the 14 allergens across 60 recipes for the site's food safety team.
"""
)


def test_a_line_under_a_project_labelled_as_certifications_lists_the_postings_asks():
    resume = PROJECT_RESUME + "Certifications: Allergen management, supplier audits and allergen checks\n"

    allergens = _row(_analyze(resume), "Allergen management")

    assert allergens["context"] == "list"


def test_a_project_line_of_work_in_the_postings_words_is_still_work():
    resume = PROJECT_RESUME + "Allergen management for supplier audits and allergen checks\n"

    allergens = _row(_analyze(resume), "Allergen management")

    assert allergens["context"] == "projects"


def test_the_postings_asks_one_a_line_under_education_are_a_list_cut_into_lines():
    resume = PROJECT_RESUME + (
        "\nEducation\nBSc Food Science\nHACCP Level 3 certificate\nAllergen management\nsupplier audits\n"
    )

    haccp = _row(_analyze(resume), "HACCP Level 3 certificate")

    assert haccp["status"] == "partial"


def test_credentials_one_a_line_under_certifications_are_held():
    resume = PROJECT_RESUME + (
        "\nCertifications\nHACCP Level 3 certificate\nEmergency First Aid at Work certificate\n"
        "Food Hygiene Level 2 certificate\n"
    )

    haccp = _row(_analyze(resume), "HACCP Level 3 certificate")

    assert haccp["status"] == "met"


def test_the_postings_asks_run_onto_the_last_line_are_listed_and_hold_no_credential():
    resume = (
        RESUME.rstrip()
        + " supplier audits, HACCP Level 3 certificate, allergen checks, Allergen management\n"
    )

    result = _analyze(resume)

    assert _row(result, "HACCP Level 3 certificate")["status"] == "partial"
    assert _row(result, "Allergen management")["context"] == "list"


def test_the_postings_asks_run_onto_the_last_line_name_no_degree():
    resume = RESUME.rstrip() + (
        " a two-year college diploma in Food Science, Allergen management, supplier audits, allergen checks\n"
    )

    assert _analyze(resume)["details"]["sub_scores"]["education"]["score"] == 0
