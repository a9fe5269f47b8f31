"""A US commercial driver's licence named by its letters ("Class A CDL", "CDL-A", "CDL Class B"): a licence
asked, named with its class, met where the resume names that class; the school that
leads to it ("we pay for CDL school") is none. Every posting and resume here is made up."""

from ai.local_engine.tests.rows import requirement_rows

DRIVER_POSTING = (
    "Regional Truck Driver\nRequirements:\n- Hold a Class A CDL\n- 2 years of over-the-road experience\n"
    "- Clean driving record\n"
)
BOX_TRUCK_POSTING = (
    "Delivery Driver\nWhat we need:\n- CDL Class B (or willing to get one - we pay for CDL school)\n"
    "- 1 year of delivery experience\n"
)


def _resume(line: str) -> str:
    return (
        "Dale Ruiz\n\nExperience\nTruck Driver, Plains Haulage (2019 - present)\n"
        f"- Drove regional routes across three states\n\nLicences\n- {line}\n"
    )


def test_a_cdl_with_its_class_is_a_licence_asked():
    rows = requirement_rows(resume=_resume("Forklift certification"), posting=DRIVER_POSTING)

    assert rows["Class A CDL"]["kind"] == "certification"
    assert rows["Class A CDL"]["status"] == "missing"


def test_the_class_is_met_however_the_resume_writes_it():
    rows = requirement_rows(resume=_resume("CDL Class A, Hazmat endorsement"), posting=DRIVER_POSTING)

    assert rows["Class A CDL"]["status"] == "met"


def test_the_class_written_after_the_letters_is_the_licence_and_the_school_is_no_credential():
    rows = requirement_rows(resume=_resume("Forklift certification"), posting=BOX_TRUCK_POSTING)

    assert [n for n, row in rows.items() if row["kind"] == "certification"] == ["CDL Class B"]


def test_the_licence_spelled_out_with_its_class_meets_it():
    rows = requirement_rows(
        resume=_resume("Ohio Commercial Driver's License, Class A - endorsements: N, T"),
        posting=DRIVER_POSTING,
    )

    assert rows["Class A CDL"]["status"] == "met"
