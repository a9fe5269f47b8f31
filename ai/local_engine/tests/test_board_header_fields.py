"""A job board's header fields that file the job ("Role: Database Administrator", "Functional Area: ...",
"Employment Type: ...") ask nothing, whether the value follows the label on its line, on the line below, or
inside a run-on header pasted without line breaks; "Technologies" and the text below still ask."""

import pytest

from ai.local_engine import analyze

RESUME = (
    "Priya Nair\nExperience\nOffice Administrator, Larkfield Ltd, 2018 - present\n"
    "- Scheduling, invoicing and customer service\n- Excel reports\n"
)
RUN_ON = (
    "Network Engineer\nDate posted: 2024-03-02 Job description: Job type: Full-time Experience level: Senior "
    "Role: Database Administrator Company size: 10k+ people Company type: Public Technologies oracle python "
    "Job description We need a network engineer with BGP and OSPF experience and scripting to run our data "
    "centre network across many sites around the world together with the rest of the operations team .\n"
)
LINES = (
    "Network Engineer\nJob type:\nFull-time\nRole:\nDatabase Administrator\nFunctional Area:\n"
    "IT Software - Network Administration\nEmployment Type:\nFull Time, Permanent\n"
    "Requirements: BGP, OSPF and Python scripting.\n"
)
SAME_LINE = (
    "Network Engineer\nRole: Database Administrator\nFunctional Area: IT Software - Network Administration\n"
    "Employment Type: Full Time, Permanent\nRequirements: BGP, OSPF and Python scripting.\n"
)


@pytest.mark.parametrize("posting", [RUN_ON, LINES, SAME_LINE], ids=["run-on", "lines", "same-line"])
def test_a_boards_role_field_asks_nothing(posting):
    missing = analyze(resume_text=RESUME, job_description=posting)["missing_keywords"]

    assert not any("Database" in term or "database" in term for term in missing)
    assert not any("Network Administration" in term for term in missing)
    assert {"bgp", "ospf", "python"} <= {term.lower() for term in missing}


def test_a_role_label_that_opens_a_duty_still_asks():
    posting = (
        "Data Engineer\nRole: Build data pipelines in Apache Airflow and maintain the Snowflake warehouse.\n"
        "Requirements: Python and SQL.\n"
    )

    missing = analyze(resume_text=RESUME, job_description=posting)["missing_keywords"]

    assert any("Airflow" in term for term in missing)
    assert any("Snowflake" in term for term in missing)
