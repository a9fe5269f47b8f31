"""The resume structure: sections, entries and contact read once; a stored copy stands in for a new read."""

from ai.local_engine import analyze
from ai.local_engine.structure import (
    STRUCTURE_VERSION,
    clear_structure_cache,
    read_structure,
    remember_structure,
    sentence_sections,
    structure_lines,
)
from ai.local_engine.text import split_sentences
from ai.text_normalize import normalize_text

RESUME = """Jana Nováková
Backend Engineer
Zürich, Switzerland
Email: jana@example.com

Experience
Acme Payments AG
Senior Backend Engineer
Jan 2020 - Present
- Responsible for managing the settlement service in Python.
- Reduced batch runtime from 4 hours to 40 minutes.
Beta Bank
Engineer
2016 - 2019
- Built internal tools for the support team.

Education
ETH Zürich
MSc Computer Science
2014 - 2016

Skills
Languages: Python, SQL
"""
RESUME = normalize_text(text=RESUME)  # as uploads are stored
JOB = "Python engineer for payment services. Requirements: Python, SQL, Kafka."


def entries(structure: dict, kind: str) -> list[list[tuple[str, str]]]:
    section = next(s for s in structure["sections"] if s["kind"] == kind)
    return [[(line["role"], line["text"]) for line in entry["lines"]] for entry in section["entries"]]


def test_it_reads_contact_sections_and_entries_as_written():
    structure = read_structure(text=RESUME)

    assert structure["contact"] == {
        "name": "Jana Nováková",
        "label": "Backend Engineer",
        "email": "jana@example.com",
        "phone": "",
        "location": "Zürich, Switzerland",
        "urls": [],
    }
    assert [(s["kind"], s["heading"]) for s in structure["sections"]] == [
        ("header", None),
        ("experience", "Experience"),
        ("education", "Education"),
        ("skills", "Skills"),
    ]
    assert entries(structure, "experience") == [
        [
            ("head", "Acme Payments AG"),
            ("head", "Senior Backend Engineer"),
            ("date", "Jan 2020 - Present"),
            ("action", "Responsible for managing the settlement service in Python."),
            ("action", "Reduced batch runtime from 4 hours to 40 minutes."),
        ],
        [
            ("head", "Beta Bank"),
            ("head", "Engineer"),
            ("date", "2016 - 2019"),
            ("action", "Built internal tools for the support team."),
        ],
    ]
    assert entries(structure, "education") == [
        [("head", "ETH Zürich"), ("head", "MSc Computer Science"), ("date", "2014 - 2016")]
    ]


def test_every_line_is_a_sentence_of_the_resume_and_no_word_is_added():
    structure = read_structure(text=RESUME)

    lines = structure_lines(structure=structure)
    headings = [s["heading"] for s in structure["sections"] if s["heading"]]
    assert sorted(lines + headings) == sorted(
        " ".join(s.text.split()).lstrip("- ") for s in split_sentences(text=RESUME)
    )
    assert len(structure["labels"]) == len(split_sentences(text=RESUME))


def test_the_engine_reads_section_labels_from_a_stored_structure():
    clear_structure_cache()
    stored = read_structure(text=RESUME)
    relabelled = {**stored, "labels": ["skills"] * len(stored["labels"])}

    remember_structure(text=RESUME, structure=relabelled)

    assert sentence_sections(text=RESUME) == tuple(relabelled["labels"])
    clear_structure_cache()
    assert sentence_sections(text=RESUME) == tuple(stored["labels"])


def test_a_structure_of_another_version_or_with_unknown_labels_is_ignored():
    clear_structure_cache()
    stored = read_structure(text=RESUME)

    remember_structure(text=RESUME, structure={**stored, "version": STRUCTURE_VERSION + 1, "labels": ["x"]})
    remember_structure(text=RESUME, structure={**stored, "labels": ["no-such-kind"] * len(stored["labels"])})

    assert sentence_sections(text=RESUME) == tuple(stored["labels"])


def test_the_analysis_is_the_same_with_the_stored_structure():
    clear_structure_cache()
    fresh = analyze(resume_text=RESUME, job_description=JOB, semantic=False)
    clear_structure_cache()
    remember_structure(text=RESUME, structure=read_structure(text=RESUME))

    assert analyze(resume_text=RESUME, job_description=JOB, semantic=False) == fresh


def test_a_structure_of_a_text_that_is_not_normalised_is_ignored():
    clear_structure_cache()
    raw = RESUME + "\n\n\n"
    stored = read_structure(text=raw)

    remember_structure(text=raw, structure={**stored, "labels": ["skills"] * len(stored["labels"])})

    assert sentence_sections(text=raw) == tuple(stored["labels"])
