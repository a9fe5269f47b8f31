"""What the tests read of one analysis: its requirement rows by name, and every requirement's name."""

from ai.local_engine import analyze


def requirement_rows(*, resume: str, posting: str) -> dict[str, dict]:
    """Return the analysis's scored requirements (``details.requirements``) by name."""
    return {
        r["name"]: r for r in analyze(resume_text=resume, job_description=posting)["details"]["requirements"]
    }


def requirement_names(*, resume: str, posting: str) -> list[str]:
    """Return the names of every requirement read, scored and tentative, in order."""
    details = analyze(resume_text=resume, job_description=posting)["details"]
    return [r["name"] for r in [*details["requirements"], *details["tentative_requirements"]]]
