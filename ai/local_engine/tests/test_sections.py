from ai.local_engine.section_reading import label_sections
from ai.local_engine.sections import heading_kind, is_bare_list
from ai.local_engine.text import split_sentences

RESUME = """JANE DOE
Senior Backend Engineer
Email: jane.doe@example.com | +1 555 123 4567 | linkedin.com/in/janedoe
42 Main Street
Berlin, Germany

PROFESSIONAL SUMMARY
Backend developer with six years of experience in Python.

Work Experience:
Software Engineer, Acme Corp
Jan 2020 – Present
- Built data pipelines on PostgreSQL, cutting costs by 30%.
- Worked on the YouTube Captions team.
Berlin, Germany

Internships
Intern, Beta GmbH
- Wrote unit tests for the billing service.

Personal Projects
- Created a budgeting app used by friends and family.

Education
BSc Computer Science, TU Berlin

Technical Skills
Python, Django, React, AWS
Languages
English, German
Certifications
AWS Certified Developer
Awards & Honors
Dean's list
Hobbies
Chess and cycling
References
Available on request
"""


def _labels(text: str) -> dict[str, str]:
    sentences = split_sentences(text=text)
    return {s.text: kind for s, kind in zip(sentences, label_sections(sentences=sentences), strict=True)}


def test_every_sentence_gets_its_section():
    labels = _labels(RESUME)
    assert labels["JANE DOE"] == "header"
    assert labels["Senior Backend Engineer"] == "header"
    assert labels["Email: jane.doe@example.com"] == "contact"
    assert labels["+1 555 123 4567"] == "contact"
    assert labels["linkedin.com/in/janedoe"] == "contact"
    assert labels["42 Main Street"] == "contact"
    assert labels["Backend developer with six years of experience in Python."] == "summary"
    assert labels["Built data pipelines on PostgreSQL, cutting costs by 30%."] == "experience"
    assert labels["Jan 2020 – Present"] == "experience"
    assert labels["Wrote unit tests for the billing service."] == "experience"
    assert labels["Created a budgeting app used by friends and family."] == "projects"
    assert labels["BSc Computer Science, TU Berlin"] == "education"
    assert labels["Python, Django, React, AWS"] == "skills"
    assert labels["English, German"] == "languages"
    assert labels["AWS Certified Developer"] == "certifications"
    assert labels["Dean's list"] == "awards"
    assert labels["Chess and cycling"] == "interests"
    assert labels["Available on request"] == "other"


def test_a_place_inside_a_job_stays_in_experience():
    sentences = split_sentences(text=RESUME)
    labels = label_sections(sentences=sentences)
    places = [kind for s, kind in zip(sentences, labels, strict=True) if s.text == "Berlin, Germany"]
    assert places == ["contact", "experience"]


def test_page_marks_are_other_and_do_not_end_the_section():
    labels = _labels(
        "Jane Doe\nExperience\n- Built the billing service.\nJane Doe – 1/2\n- Led the API team."
    )
    assert labels["Jane Doe – 1/2"] == "other"
    assert labels["Led the API team."] == "experience"


def test_headings_in_any_case_with_or_without_colon():
    assert heading_kind(text="EXPERIENCE") == "experience"
    assert heading_kind(text="Professional Experience:") == "experience"
    assert heading_kind(text="Employment History") == "experience"
    assert heading_kind(text="E X P E R I E N C E") == "experience"
    assert heading_kind(text="Selected Projects") == "projects"
    assert heading_kind(text="Skills & Tools") == "skills"
    assert heading_kind(text="Objective") == "objective"
    assert heading_kind(text="About Me") == "summary"
    assert heading_kind(text="Gained experience in Python.") is None
    assert heading_kind(text="Experience 2019") is None


def test_objective_is_its_own_section():
    labels = _labels("John Smith\nObjective\nTo obtain a position as a developer.\nExperience\nLed the team.")
    assert labels["To obtain a position as a developer."] == "objective"
    assert labels["Led the team."] == "experience"


def test_text_without_headings_is_all_header_or_contact():
    labels = _labels("John Smith\nEmail: john@example.com\nBuilt things.")
    assert labels == {"John Smith": "header", "Email: john@example.com": "contact", "Built things.": "header"}


def test_bare_lists_versus_sentences():
    assert is_bare_list(text="Python, Django, React, AWS")
    assert is_bare_list(text="Languages: Python | Go | SQL")
    assert is_bare_list(text="Docker • Kubernetes • Terraform • Distributed systems")
    assert not is_bare_list(text="Built data pipelines with Python, Spark, Airflow and dbt.")
    assert not is_bare_list(text="Reduced costs by 30% by moving jobs to spot instances.")
    assert not is_bare_list(text="Python, Django")
    assert not is_bare_list(text="I worked with the data team, the product team and the design team.")
