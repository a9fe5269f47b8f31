"""A duty of putting people to work ("Support and supervise student radiographers") is shown by a line that
supervises, mentors or trains someone, not by a line near it in meaning that names the same people ("Society
of Radiographers member"). Every posting and resume here is made up."""

from ai.local_engine import analyze

POSTING = (
    "Diagnostic Radiographer\n\nMain duties and responsibilities\n"
    "1. Undertake general radiography for ED, inpatients and outpatients.\n"
    "2. Support and supervise student radiographers on clinical placement.\n\n"
    "Person specification\n- BSc (Hons) Diagnostic Radiography (E, A)\n"
    "- Sound knowledge of radiation protection (E, I)\n"
)


RESUME = (
    "Chloe Day\nDiagnostic Radiographer\nHCPC registered: RA091247 | Society of Radiographers member\n\n"
    "Education\nBSc (Hons) Diagnostic Radiography, 2020\n\n"
    "Experience\nBand 6 Radiographer, Royal Ludford Hospital (2020 - present)\n"
    "- General radiography for ED, GP and outpatients\n- Radiation protection audit of 220 exams\n- {line}\n"
)


def test_a_membership_naming_the_same_people_does_not_show_supervising_them():
    result = analyze(
        resume_text=RESUME.format(line="Led the department's dose audit"), job_description=POSTING
    )

    assert "supervise student radiographers" in result["missing_keywords"]


def test_a_line_that_supervises_students_shows_it():
    result = analyze(
        resume_text=RESUME.format(line="Supervised and mentored first-year students on placement"),
        job_description=POSTING,
    )

    assert "supervise student radiographers" not in result["missing_keywords"]
