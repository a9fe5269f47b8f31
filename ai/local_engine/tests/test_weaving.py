"""Tools woven into a rewrite only where the line does not name its own instrument, does two things, or works
with people: "Implemented Core Data persistence ... using Swift and Kotlin" put Kotlin on an iOS line. Every
sentence here is made up."""

import pytest

from ai.local_engine.improve import rewrite_sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Implemented Core Data persistence and background sync for an offline inspection app",
        "Added Great Expectations suites on critical tables and led postmortems for data incidents",
        "Mapped the detection library to attack techniques and presented coverage gaps to the CISO",
        "Trained 40 operators and inspectors on defect standards",
        "Worked alongside senior technicians on signal maintenance",
    ],
)
def test_no_tool_is_woven_where_it_would_claim_what_the_line_does_not(sentence):
    rewrite, reasons = rewrite_sentence(text=sentence, proven_terms=["Kotlin", "SQL"])

    assert "using" not in rewrite
    assert "skills the same entry of the resume shows, named where they were used" not in reasons


def test_a_plain_action_still_gets_the_entrys_tools():
    rewrite, _ = rewrite_sentence(
        text="Built the billing service for 3 teams", proven_terms=["Go", "Postgres"]
    )

    assert rewrite == "Built the billing service for 3 teams using Go and Postgres."
