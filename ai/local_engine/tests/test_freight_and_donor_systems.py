"""Kinds of software met by a product of the kind: a TMS by SAP TM, a donor database by Bloomerang. Every
posting and resume here is made up."""

import pytest

from ai.local_engine.tests.rows import requirement_rows


@pytest.mark.parametrize(
    ("asked", "line", "name"),
    [
        ("Track shipments in our TMS", "Track shipments and log exceptions in SAP TM", "TMS"),
        ("Experience with a donor database", "Keep donor and gift records in Bloomerang", "donor database"),
    ],
)
def test_a_product_of_the_kind_meets_it(asked, line, name):
    posting = f"Coordinator\nRequirements:\n- 2+ years as a coordinator\n- {asked}\n"
    resume = f"Ana Lee\n\nExperience\nCoordinator, Riverbend (2020 - present)\n- {line}\n"

    assert requirement_rows(resume=resume, posting=posting)[name]["status"] == "met"


def test_a_database_engine_is_no_donor_database():
    posting = "Grant Writer\nRequirements:\n- 3+ years of grant writing\n- Experience with a donor database\n"
    resume = "Ana Lee\n\nExperience\nGrant Writer, Riverbend (2020 - present)\n- Wrote reports from a MySQL database\n"

    assert requirement_rows(resume=resume, posting=posting)["donor database"]["status"] == "missing"
