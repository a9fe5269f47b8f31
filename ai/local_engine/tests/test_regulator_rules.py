"""A regulator's rules a posting asks the work to meet ("the regulatory expectations of the Central Bank of
Ireland"): knowledge asked, met where the resume names the regulator or its letters. Every posting and resume
here is made up."""

from ai.local_engine.tests.rows import requirement_names, requirement_rows

POSTING = (
    "IT Project Manager\nThe role\n"
    "- Make sure projects meet the regulatory expectations of the Central Bank of Ireland (outsourcing)\n"
    "- Apply the rules of the Financial Conduct Authority (FCA) to client files\n"
    "- Lead infrastructure projects end to end\n"
)


def _resume(line: str) -> str:
    return (
        "Ciara Walsh\n\nExperience\nProject Manager, Tidewater Insurance (2018 - present)\n"
        f"- Led infrastructure projects end to end\n- {line}\n"
    )


def test_a_regulators_rules_are_knowledge_asked():
    rows = requirement_rows(resume=_resume("Ran vendor reviews"), posting=POSTING)

    assert rows["Central Bank of Ireland regulatory expectations"]["kind"] == "hard_skill"
    assert rows["Central Bank of Ireland regulatory expectations"]["status"] == "missing"
    assert "Central" not in rows  # a word of the regulator's name


def test_a_regulators_rules_are_met_by_its_name_or_its_letters():
    rows = requirement_rows(
        resume=_resume("Wrote outsourcing notifications to the Central Bank of Ireland and the FCA"),
        posting=POSTING,
    )

    assert rows["Central Bank of Ireland regulatory expectations"]["status"] == "met"
    assert rows["Financial Conduct Authority rules"]["status"] == "met"


def test_the_standards_of_a_bank_not_said_to_regulate_are_no_regulators_rules():
    posting = (
        "Teller\nRequirements\n- Meet the service standards of the Harbour Savings Bank\n- Cash handling\n"
    )

    names = requirement_names(resume=_resume("Cash handling"), posting=posting)

    assert not any("Harbour Savings Bank" in name for name in names)
