"""Communication shown by the work a resume describes: presenting to those who lead or at their meetings,
negotiating, explaining in plain words, reassuring the people served; a look-alike line shows none of it."""

import pytest

from ai.local_engine import analyze

POSTING = """Network Engineer

What you bring
- Excellent communication skills
- Cisco routing and switching
"""


def _communication(line: str) -> str:
    resume = f"Pat Kim\n\nExperience\nEngineer, Acme Ltd, 2019 - 2024\n{line}\n"
    result = analyze(resume_text=resume, job_description=POSTING)
    return next(r for r in result["details"]["requirements"] if r["name"] == "communication skills")["status"]


@pytest.mark.parametrize(
    ("line", "status"),
    [
        (
            "- Prepare the monthly demand review and present the consensus forecast to the commercial and "
            "finance leads",
            "met",
        ),
        (
            "- Led a re-audit of falls risk; presented the results at the therapies clinical governance meeting",
            "met",
        ),
        ("- Negotiated a 5-year integrated MRO supply agreement saving $4.2M a year", "met"),
        ("- Comfortable from the comms cabinet to the boardroom: I explain it in plain English", "met"),
        ("- Calm and reassuring with anxious and confused patients on a busy ED rota", "met"),
        # look-alikes
        ("- Sewed plain weave fabric panels for 40 tents a week", "missing"),
        ("- Reassembled 30 pumps a month after overhaul", "missing"),
        ("- Set up the chairs and screens at the annual sales conference", "missing"),
    ],
)
def test_work_that_speaks_to_people_shows_communication_and_a_look_alike_does_not(line: str, status: str):
    assert _communication(line) == status
