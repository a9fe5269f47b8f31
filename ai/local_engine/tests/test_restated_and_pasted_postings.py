"""Stuffing that escaped the copied-text test: the posting's duties restated in the past tense under a role with
no employer and no dates, a summary line with one word put in, a run-on block of the posting's words. Every
text here is made up."""

from ai.local_engine import analyze

PLANNER_POSTING = """Inventory Planner
Harbor Goods · Tacoma, WA

What you will do
- Build and maintain weekly replenishment forecasts in Blue Yonder that cut stockouts across our stores
- Review vendor lead times and adjust safety stock levels for seasonal and promotional items
- Partner with buyers on purchase order timing and report on weeks of supply

Requirements
- 3+ years in retail inventory planning
- Experience with Blue Yonder and advanced Excel
- Sharp attention to detail and the ability to meet month-end deadlines
"""

_RESTATED = """- Built and maintained weekly replenishment forecasts in Blue Yonder cutting stockouts across stores
- Reviewed vendor lead times and adjusted safety stock levels for seasonal and promotional items
- Partnered with buyers on purchase order timing and reported on weeks of supply
"""


def _requirement(result: dict, name: str) -> dict:
    return next(r for r in result["details"]["requirements"] if r["name"] == name)


def _blue_yonder(resume: str) -> dict:
    return _requirement(analyze(resume_text=resume, job_description=PLANNER_POSTING), "Blue Yonder")


def test_the_postings_duties_restated_under_a_role_with_no_employer_and_no_dates_earn_nothing():
    resume = (
        "Jordan Ellery\nPLANNING EXPERIENCE\nInventory Planner\n"
        + _RESTATED
        + "WORK HISTORY\nBarista, Corner Cup Coffee, Olympia, WA  2021 - present\n"
        "- Make espresso drinks, run the register and close the store twice a week\n"
    )

    result = analyze(resume_text=resume, job_description=PLANNER_POSTING)

    blue_yonder = _requirement(result, "Blue Yonder")
    assert (blue_yonder["context"], blue_yonder["credit"]) == ("copied", 0.0)
    assert "Blue Yonder" in result["missing_keywords"]


def test_one_duty_in_the_postings_words_under_a_dated_role_is_the_writers_own():
    resume = (
        "Jordan Ellery\nEXPERIENCE\nInventory Planner, Northgate Outfitters, Seattle, WA  2019 - present\n"
        "- Built and maintained weekly replenishment forecasts in Blue Yonder cutting stockouts across stores\n"
        "- Ran the spring reset for 46 stores with the merchandising team\n"
    )

    blue_yonder = _blue_yonder(resume)
    assert (blue_yonder["status"], blue_yonder["context"]) == ("met", "experience")


def test_three_of_the_postings_duties_restated_under_a_dated_role_are_pasted():
    resume = (
        "Jordan Ellery\nEXPERIENCE\nStock Associate, Northgate Outfitters, Seattle, WA  2019 - present\n"
        + _RESTATED
    )

    blue_yonder = _blue_yonder(resume)
    assert (blue_yonder["context"], blue_yonder["credit"]) == ("copied", 0.0)


def test_a_restated_duty_with_a_figure_of_the_writers_own_is_written_not_pasted():
    resume = (
        "Jordan Ellery\nRELEVANT EXPERIENCE\n"
        "- Built and maintained 120 weekly replenishment forecasts in Blue Yonder cutting stockouts across stores\n"
        "EDUCATION\nB.A. Economics, Evergreen State College\n"
    )

    blue_yonder = _blue_yonder(resume)
    assert blue_yonder["context"] == "experience"
    assert blue_yonder["credit"] > 0


def test_a_summary_line_of_the_postings_with_one_word_put_in_is_copied():
    resume = (
        "Jordan Ellery\nSUMMARY\nSharp attention to detail and a proven ability to meet month-end deadlines.\n"
        "EXPERIENCE\nBarista, Corner Cup Coffee, Olympia, WA  2021 - present\n"
        "- Make espresso drinks, run the register and close the store twice a week\n"
    )

    attention = _requirement(
        analyze(resume_text=resume, job_description=PLANNER_POSTING), "attention to detail"
    )

    assert (attention["status"], attention["context"]) == ("missing", "copied")


LPN_POSTING = """Licensed Practical Nurse - Long-Term Care
Maple Ridge Care Center · Dayton, OH

Responsibilities
- Administer medications and treatments to residents per physician orders
- Perform wound care and document in PointClickCare

Requirements
- Current Ohio LPN license
- CPR certification
- 2 years of long-term care experience
"""


def test_a_run_on_block_of_the_postings_words_at_the_foot_earns_nothing_and_claims_no_years():
    resume = (
        "Casey Durand\nEXPERIENCE\nCashier, Kettering Market, Dayton, OH  2019 - present\n"
        "- Run the register, handle cash and restock shelves\n\n\n\n\n"
        "Licensed Practical Nurse long-term care administer medications and treatments to residents per "
        "physician orders perform wound care document in PointClickCare current Ohio LPN license CPR "
        "certification 2 years of long-term care experience\n"
    )

    result = analyze(resume_text=resume, job_description=LPN_POSTING)

    licence = next(r for r in result["details"]["requirements"] if "LPN" in r["name"])
    assert licence["status"] == "missing"
    assert result["details"]["relevant_years"] is None
    assert result["details"]["sub_scores"]["experience"]["score"] == 0
