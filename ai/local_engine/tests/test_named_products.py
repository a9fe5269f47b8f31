"""A product a duty is done in, named after "in" though no vocabulary holds it ("document productions in
Relativity", "documenting networks in Visio and IT Glue"): a tool asked, met where the resume names it.
Every posting and resume here is made up."""

from ai.local_engine.tests.rows import requirement_names, requirement_rows

PARALEGAL_POSTING = (
    "Litigation Paralegal\nRequirements\n- Organize document productions in Relativity and prepare binders\n"
    "- 3 years of litigation support\n"
)
NETWORK_POSTING = (
    "Network Engineer\nWhat you will do\n- Documenting networks in Visio and IT Glue\n"
    "- Configure Cisco switches\n"
)


def _resume(line: str) -> str:
    return (
        "Alex Moreno\n\nExperience\nParalegal, Birch & Vale LLP (2019 - present)\n"
        f"- Prepared trial binders and exhibit lists\n- {line}\n"
    )


def test_what_is_done_in_an_unknown_name_makes_it_a_tool_asked():
    rows = requirement_rows(resume=_resume("Managed e-discovery"), posting=PARALEGAL_POSTING)

    assert rows["Relativity"]["kind"] == "tool"
    assert rows["Relativity"]["status"] == "missing"


def test_a_product_done_in_is_met_where_the_resume_names_it():
    rows = requirement_rows(resume=_resume("Ran productions in Relativity"), posting=PARALEGAL_POSTING)

    assert rows["Relativity"]["status"] == "met"


def test_a_name_listed_with_a_known_tool_after_in_is_a_product():
    rows = requirement_rows(resume=_resume("Documented sites in ITGlue"), posting=NETWORK_POSTING)

    assert rows["IT Glue"]["kind"] == "tool"
    assert rows["IT Glue"]["status"] == "met"


def test_a_place_after_in_is_no_product():
    posting = (
        "Store Manager\nRequirements\n- Run our busiest store in Leeds and Harrogate\n"
        "- Experience in Retail management\n"
    )

    names = requirement_names(resume=_resume("Retail"), posting=posting)

    assert not any(name in ("Leeds", "Harrogate", "Retail") for name in names)


SAP_POSTING = (
    "SAP Finance Consultant\nRequirements\n- 6 years of SAP FI/CO configuration\n"
    "- Knowledge of SAP Activate\n- Knowledge of SAP FI/CO\n"
)


def test_a_known_product_and_a_word_no_vocabulary_holds_are_one_product_asked():
    rows = requirement_rows(resume=_resume("Configured SAP FI/CO for 6 years"), posting=SAP_POSTING)

    assert rows["SAP Activate"]["status"] == "missing"


def test_a_products_line_is_met_by_its_whole_name_only():
    rows = requirement_rows(resume=_resume("Ran SAP Activate fit-to-standard workshops"), posting=SAP_POSTING)

    assert rows["SAP Activate"]["status"] == "met"


def test_a_products_module_letters_are_not_read_as_a_product_of_its_line():
    names = requirement_names(resume=_resume("SAP"), posting=SAP_POSTING)

    assert "SAP FI/CO" not in names


def test_a_month_work_is_done_in_is_no_product():
    posting = "Accountant\nRequirements\n- Post journal entries in January and July\n- Reconciliations\n"

    names = requirement_names(resume=_resume("Ledgers"), posting=posting)

    assert not any(name in ("January", "July") for name in names)
