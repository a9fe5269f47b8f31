"""Collaboration shown or asked as liaising or coordinating with people ("Liaise with our customs broker",
"Coordinate with ACHD, city engineering, surveyors and developers"), not with a tech stack. Every posting and
resume here is made up."""

from ai.local_engine.tests.rows import requirement_names, requirement_rows

POSTING = (
    "Logistics Coordinator\nRequirements:\n- 2+ years in freight forwarding\n"
    "- Work with customs brokers on import and export declarations\n"
)


def _resume(line: str) -> str:
    return (
        "Jonas Weber\n\nExperience\nLogistics Coordinator, Rhein Cargo (2019 - present)\n"
        f"- Booked 60 freight forwarding shipments a week\n- {line}\n"
    )


def test_liaising_with_the_people_asked_shows_collaboration():
    rows = requirement_rows(
        resume=_resume("Liaise with our customs broker on export declarations"), posting=POSTING
    )

    assert rows["Collaboration"]["status"] == "met"


def test_coordinating_with_a_list_that_names_people_shows_collaboration():
    rows = requirement_rows(
        resume=_resume("Coordinate with ACHD, city engineering, surveyors and developers on permits"),
        posting=POSTING,
    )

    assert rows["Collaboration"]["status"] == "met"


def test_working_with_a_tech_stack_asks_no_collaboration():
    posting = "Developer\nRequirements:\n- 3+ years of Python\n- Work with our modern tech stack every day\n"

    assert "Collaboration" not in requirement_names(resume=_resume("Wrote Python services"), posting=posting)


def test_phrases_joined_by_a_spaced_slash_are_alternatives():
    posting = "Social Worker\nRequirements:\n- 2+ years in child protection\n- Experience of court work / care proceedings\n"
    resume = (
        "Ruth Kaye\n\nExperience\nSocial Worker, Leeds City Council (2020 - present)\n- Worked in child protection and "
        "prepared reports for 7 sets of care proceedings\n"
    )

    row = requirement_rows(resume=resume, posting=posting)["court work / care proceedings"]

    assert row["alternatives"] == ["court work", "care proceedings"]
    assert row["status"] == "met"


def test_coaching_trainees_shows_leadership():
    posting = "Project Engineer\nRequirements:\n- 4+ years of municipal design\n- Mentor junior engineers and EITs\n"
    resume = (
        "Ray Okoro\n\nExperience\nProject Engineer, Bayview (2019 - present)\n- Designed municipal roads for 14 towns\n"
        "- Supervised and coached two EITs through their first design projects\n"
    )

    rows = requirement_rows(resume=resume, posting=posting)

    assert rows["Leadership"]["status"] == "met"
    assert "EITs" in rows["Leadership"]["evidence"]


def test_work_with_the_customers_served_alone_asks_no_collaboration():
    resume = _resume("Liaise with our customs broker on export declarations")
    served = "Account Manager\nRequirements:\n- 3+ years in B2B sales\n- Build renewal plans together with your customers\n"
    named = "Account Manager\nRequirements:\n- 3+ years in B2B sales\n- Collaborate with clients on their yearly plans\n"
    crew = "Deck Officer\nRequirements:\n- 3+ years at sea\n- Ability to work with clients and vessel crew\n"

    assert "Collaboration" not in requirement_names(resume=resume, posting=served)
    assert "Collaboration" in requirement_names(resume=resume, posting=named)
    assert "Collaboration" in requirement_names(resume=resume, posting=crew)
