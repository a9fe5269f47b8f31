"""A sentence about the employer is no requirement when it opens with where or when it stands ("In our lab we
...") or names a unit of the employer at length ("The Marine Ecology Department is ...")."""

from ai.local_engine import analyze
from ai.local_engine.employer_sentences import about_us

# Made up for these tests.
POSTING = """Research Technician, Coastal Biology

In our coastal biology group we develop new tracking tags to follow seabird colonies and migratory routes.
The Marine Ecology Department is home to 40 researchers and runs a field station on the Orkney coast.
Together with fishing communities and partners we monitor kelp forest recovery.

What you will do
- Prepare and calibrate field sensors before each survey
- Run water sampling on the research vessel and log results in R
- Maintain the lab's sample freezer inventory

What you bring
- A degree in biology or environmental science
- Experience with R
"""

RESUME = """Jo Rivers
Lab assistant, Fenwick Labs, 2021-2025
- Calibrated field sensors and prepared sampling kits
- Logged water quality results in Excel
EDUCATION
BSc Biology, 2021
"""


def test_a_sentence_about_the_employer_after_where_it_stands_asks_nothing():
    assert about_us(sentence="In our coastal biology group we develop new tracking tags to follow seabirds.")
    assert about_us(
        sentence="Together with fishing communities and partners we monitor kelp forest recovery."
    )
    assert not about_us(sentence="In this role you will calibrate field sensors.")
    assert not about_us(sentence="In addition, we need someone with a boat licence.")


def test_a_unit_of_the_employer_named_at_length_saying_what_it_is_asks_nothing():
    assert about_us(sentence="The Marine Ecology Department is home to 40 researchers and a field station.")
    assert about_us(sentence="The School of Earth, Ocean and Climate Sciences was rated world-leading.")
    assert not about_us(sentence="The new Finance team member will prepare month-end journals.")


def test_what_the_employer_does_is_not_listed_missing():
    missing = [k.lower() for k in analyze(resume_text=RESUME, job_description=POSTING)["missing_keywords"]]

    assert not [k for k in missing if "seabird" in k or "tracking tags" in k or "migratory" in k]
    assert not [k for k in missing if "kelp" in k or "field station" in k or "researchers" in k]
    assert not [k for k in missing if "fishing" in k]
