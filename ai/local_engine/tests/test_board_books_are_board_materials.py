"""Board books and board papers are the board materials an assistant prepares; minutes alone are not.
Every posting and resume here is made up."""

import pytest

from ai.local_engine import analyze

POSTING = (
    "Executive Assistant\nRequirements:\n- 5+ years supporting C-suite executives\n"
    "- Coordinate quarterly Board of Directors meetings: logistics, board materials and minutes\n"
)


@pytest.mark.parametrize(
    ("line", "status"),
    [
        ("Prepare board books in Diligent for quarterly board meetings", "met"),
        ("Compile and circulate board papers a week before each meeting", "met"),
        ("Book rooms and catering for quarterly team meetings", "missing"),
    ],
)
def test_board_books_and_papers_meet_board_materials(line: str, status: str):
    resume = f"Lee Moreau\n\nExperience\nExecutive Assistant, Harborline Medical (2019 - 2024)\n- {line}\n"
    result = analyze(resume_text=resume, job_description=POSTING)
    (row,) = [r for r in result["details"]["requirements"] if r["name"] == "board materials"]
    assert row["status"] == status
