"""Where a resume shows a language: its languages section, even laid out as Europass's grid of levels
("UNDERSTANDING | SPEAKING | WRITING" over "GERMAN | C1 | C1 ..."). Every posting and resume here is made up."""

from ai.local_engine.tests.rows import requirement_rows

BUYER = """Procurement Specialist
Requirements
- 3+ years in indirect procurement
- Fluent German and Dutch (at least B2)
- French is a plus
"""
EUROPASS = """Lotte Vermeulen
WORK EXPERIENCE
01/03/2019 – Current Procurement Specialist, Brakel Logistics, Antwerp
- Ran tenders for facility services and negotiated framework agreements with 14 suppliers.
- Cut the cost of cleaning and security contracts by 9% in two years through joint tenders.
- Kept supplier master data in SAP Ariba and checked purchase orders against contracts each month.
- Reported savings and spend by category to the finance team every quarter.

EDUCATION AND TRAINING
01/09/2014 – 30/06/2017 Bachelor of Business Administration, Hogeschool Gent, Belgium

LANGUAGE SKILLS

Mother tongue(s): DUTCH

Other language(s):

                UNDERSTANDING            SPEAKING                         WRITING
                Listening  Reading       Spoken production  Spoken interaction
GERMAN          C1         C1            B2                 C1                  B2
FRENCH          B2         B2            B1                 B1                  B1

Levels: A1 and A2: Basic user; B1 and B2: Independent user; C1 and C2: Proficient user

DIGITAL SKILLS

SAP Ariba | Coupa | Microsoft Excel
"""


def test_a_language_grids_column_headings_open_no_section():
    rows = requirement_rows(resume=EUROPASS, posting=BUYER)

    assert rows["German"]["status"] == "met"
    assert rows["French"]["status"] == "met"
