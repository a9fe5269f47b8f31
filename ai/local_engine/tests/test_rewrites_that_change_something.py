"""A rewrite must change something a reader can use: a capital letter and a full stop are no rewrite, "zero"
states a result (no figure is asked), and a present-tense bullet about training people gets no tool."""

from ai.local_engine import analyze
from ai.local_engine.improve import KEEP_AS_WRITTEN, rewrite_sentence

POSTING = "Collections Officer\n\nRequirements\n- Object documentation\n- Loans administration\n"


def test_a_rewrite_that_only_adds_a_capital_and_a_full_stop_is_not_offered():
    resume = (
        "Pat Kim\n\nExperience\nCollections Assistant, Acme Museum, 2019 - 2024\n"
        "- managing the paperwork for 12 loans out and 5 incoming loans;\n"
    )
    result = analyze(resume_text=resume, job_description=POSTING)
    assert result["sentence_to_improve"].startswith("managing the paperwork")
    assert result["recommended_improvement"] == KEEP_AS_WRITTEN


def test_zero_is_a_figure():
    rewrite, reasons = rewrite_sentence(
        text="Prepared the plant for the annual audit with zero findings", proven_terms=[]
    )
    assert "[" not in rewrite
    assert reasons == ()


def test_no_tool_is_woven_into_a_present_tense_line_about_training_people():
    rewrite, _ = rewrite_sentence(
        text="Train new scientists and placement students on the bench", proven_terms=["LIMS"]
    )
    assert "LIMS" not in rewrite
    coached, _ = rewrite_sentence(text="Coaches two junior analysts on the close", proven_terms=["NetSuite"])
    assert "NetSuite" not in coached


def test_a_headings_word_in_capitals_is_no_tool_woven_into_a_line():
    posting = (
        "Specialty Sales Representative – Dermatology\n\nRequirements\n- 2+ years of pharmaceutical sales\n"
    )
    resume = (
        "Dana Cole\n\nPHARMACEUTICAL SALES PROFESSIONAL\nFive years calling on dermatology offices.\n\n"
        "SALES PERFORMANCE\n2023   #4 of 60 nationally   112% to goal\n\nEXPERIENCE\n\n"
        "Pharmaceutical Sales Representative – Rivet Pharma, Chicago North          03/2019 – 04/2024\n"
        "- Detailed 150 HCPs on the iPad with CLM; 106% of goal in year one\n"
        "- Managed a $30,000 annual territory budget for programs and meals\n"
    )
    result = analyze(resume_text=resume, job_description=posting)
    assert all("SALES" not in r["rewrite"] for r in result["details"]["rewrites"])
