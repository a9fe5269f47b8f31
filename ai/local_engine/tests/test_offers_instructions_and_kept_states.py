"""Words of a posting that ask nothing: what the job offers on a labelled line, how to send an application
inside a sentence, a language that is a degree's subject, a state a duty keeps things in, a piece of a
hyphenated word, and a preposition or determiner at a phrase's edge. Every posting and resume here is made
up."""

from ai.local_engine import analyze

RESUME = """Sam Reed
Experience
Project Architect, Hill Studio (2018 - present)
- Led 12 housing schemes through technical design in Revit
Education
BA English, State University, 2014
"""


def _names(posting: str) -> set[str]:
    result = analyze(resume_text=RESUME, job_description=posting)
    return {r["name"] for r in result["details"]["requirements"]} | set(result["missing_keywords"])


def test_a_line_labelled_as_what_is_on_offer_asks_nothing():
    posting = (
        "Project Architect\n\nThe ideal candidate will:\n- Be highly proficient in Revit and AutoCAD\n"
        "- Have 4 years of residential experience\n\n"
        "What's on offer: hybrid working, 25 days' holiday, CPD support and paid RIBA membership.\n"
    )

    names = _names(posting)
    assert "Revit" in names
    assert not {n for n in names if "CPD" in n or "RIBA" in n or "holiday" in n}


def test_a_request_to_send_something_inside_a_sentence_asks_nothing():
    posting = "Grant Writer\nQualifications:\n- Excellent writing and editing skills; please attach two writing samples\n"

    assert not {n for n in _names(posting) if "attach" in n or "samples" in n}


def test_a_language_named_as_a_degree_subject_is_no_language_asked():
    posting = (
        "Grant Writer\nQualifications:\n- Bachelor's degree in English, communications or a related field\n"
    )

    result = analyze(resume_text=RESUME, job_description=posting)
    kinds = {r["name"]: r["kind"] for r in result["details"]["requirements"]}
    assert "language" not in kinds.values()
    assert any(kind == "degree" for kind in kinds.values())


def test_a_language_asked_after_a_degree_is_still_asked():
    posting = "Grant Writer\nQualifications:\n- Bachelor's degree required\n- Fluent in Spanish\n"

    kinds = {
        r["name"]: r["kind"]
        for r in analyze(resume_text=RESUME, job_description=posting)["details"]["requirements"]
    }
    assert kinds.get("Spanish") == "language"


def test_a_state_a_duty_keeps_things_in_is_no_keyword():
    posting = (
        "First Officer\nDuties:\n- Communicate with ATC and cabin crew to keep every flight safe and on time\n"
        "- Keep the fitness floor clean and welcoming\n"
    )

    names = _names(posting)
    assert not {n for n in names if n.endswith(("safe", "clean"))}


def test_a_piece_of_a_hyphenated_word_is_no_keyword():
    posting = (
        "FPGA Engineer\n\nYou will:\n- Design FPGA logic in VHDL\n"
        "- Write self-checking testbenches (SystemVerilog or cocotb) and support hardware bring-up in the lab\n"
    )

    names = _names(posting)
    assert "VHDL" in names
    assert not {n for n in names if n.endswith(" bring")}


def test_a_preposition_does_not_lead_a_keyword():
    posting = "Video Editor\nResponsibilities:\n- Turn around revisions quickly from client notes\n"

    assert not {n for n in _names(posting) if n.lower().startswith("around")}


COMMUNICATION_POSTING = "Product Manager\n\nRequirements:\n- 5+ years of product management\n- Excellent verbal communication skills\n"


def _communication(resume: str) -> dict:
    result = analyze(resume_text=resume, job_description=COMMUNICATION_POSTING)
    return next(r for r in result["details"]["requirements"] if r["kind"] == "soft_skill")


def test_communication_listed_among_skills_counts_partly():
    skill = _communication(
        "Al Penn\nExperience\nProduct Manager, Wayne Corp (2015 - present)\n- Shipped 3 products with 8 engineers\n"
        "Skills\nProduct management, Agile methodologies, Leadership, Communication, Project planning\n"
    )

    assert skill["status"] == "partial"
    assert skill["credit"] == 0.4
    assert skill["matched_as"] == "Communication"


def test_a_communications_department_is_no_communication_skill():
    skill = _communication(
        "Al Penn\nExperience\nProduct Manager, Marketing & Communications, Wayne Corp (2015 - present)\n"
        "- Shipped 3 products with 8 engineers\n"
    )

    assert skill["status"] == "missing"


def test_a_line_labelled_about_the_team_describes_the_employer():
    posting = (
        "Senior Data Engineer (Databricks)\n\nAbout the team: we build the lakehouse that powers pricing and supply "
        "chain analytics for 400 stores.\n\nWhat you'll work on\n"
        "- Build batch and streaming pipelines in PySpark and Delta Live Tables on Databricks\n"
        "- Orchestrate jobs with Airflow and Databricks Workflows\n"
    )

    names = _names(posting)
    assert "Airflow" in names
    assert "pricing" not in names


def test_a_count_in_words_is_no_keyword():
    posting = (
        "Nurse Educator\n\nResponsibilities\n"
        "- Plan and deliver education for 220 nurses and techs on three units\n- Lead new-graduate orientation\n"
    )

    assert not {n for n in _names(posting) if n.startswith("three")}


COURT_POSTING = "Certified Court Interpreter – Spanish/English\nSuperior Court of Arizona in Maricopa County\nSalary: $62,000 – $78,000\n\nJOB SUMMARY\nProvides simultaneous and consecutive interpretation and sight translation between Spanish and English in\ncourt proceedings, and translates legal documents.\n\nESSENTIAL FUNCTIONS\n(a) Interprets in criminal, civil, juvenile and family proceedings, including trials, hearings and attorney-client meetings.\n(b) Provides sight translation of plea agreements, probation terms and court forms.\n(c) Translates written documents and audio/video evidence transcripts.\n(d) Maintains impartiality and follows the Code of Conduct for Court Interpreters.\n\n"


def test_a_heading_of_the_jobs_functions_is_no_duty():
    assert not {n for n in _names(COURT_POSTING) if "FUNCTIONS" in n.upper()}
