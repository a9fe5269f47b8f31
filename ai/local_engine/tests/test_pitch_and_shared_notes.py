"""A posting's pitch ("Join our team and help ...") and its deadlines ("within state timelines") ask for no
skill; sharing notes with parents shows communication. Every posting and resume here is made up."""

from ai.local_engine import analyze
from ai.local_engine.requirements import read_requirements


def _names(posting: str) -> list[str]:
    return [r.name.lower() for r in read_requirements(text=posting).requirements]


def test_the_pitch_and_a_deadline_are_no_requirements():
    posting = (
        "Claims Adjuster\n\nJoin our clinic team and help children with autism build social skills!\n\n"
        "Responsibilities\n- Write estimates in Xactimate and meet our timelines\n"
    )
    names = _names(posting)

    assert "xactimate" in names, names
    assert not [n for n in names if "autism" in n or "timeline" in n or "children" in n], names


def test_sharing_notes_with_parents_shows_communication():
    posting = (
        "Behavior Technician\n\nWhat you'll do\n- Communicate with parents about their child's progress\n"
    )
    resume = (
        "Kim Roy\nExperience\nBehavior Technician, Vale Center (2021 - 2024)\n"
        "- Share session notes with parents at pickup every day\n"
    )
    analysis = analyze(resume_text=resume, job_description=posting)
    communication = [r for r in analysis["details"]["requirements"] if r["name"] == "Communication"]

    assert [r["status"] for r in communication] == ["met"]
