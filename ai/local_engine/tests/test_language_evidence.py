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


HAULIER = """Transport Planner
Requirements
- 2+ years planning road freight
- Good Spanish and French
"""
PLANNER = """Tomasz Wilk
Experience
Transport Planner, Koval Freight, 2020 - present
- Planned 60 daily loads for a Spanish retailer and a French client across the EU
Education
GCSEs, Marlow Academy, 2014 - Spanish: A, French: B, Mathematics: A
"""
FLUENT_PLANNER = (
    PLANNER
    + """Languages
Spanish – C1 (DELE, 2022), daily calls with carriers
French – B1 (DELF, 2021), attending a B2 course
"""
)


def test_a_nationality_before_a_noun_or_a_school_grade_shows_no_language():
    rows = requirement_rows(resume=PLANNER, posting=HAULIER)

    assert rows["Spanish"]["status"] == "missing"
    assert rows["French"]["status"] == "missing"


def test_a_language_with_its_cefr_level_is_held():
    rows = requirement_rows(resume=FLUENT_PLANNER, posting=HAULIER)

    assert rows["Spanish"]["status"] == "met"
    assert rows["Spanish"]["evidence"].startswith("Spanish – C1")
    assert rows["French"]["status"] == "met"
    assert rows["French"]["evidence"].startswith("French – B1")


STORE = """Store Supervisor
Requirements
- 2+ years supervising a retail team
- Spanish or Arabic is a plus
"""
SUPERVISOR = """Nadia Karim
Experience
Store Supervisor, Corner Mart, 2021 - present
- Supervised a team of 6 and ran the weekly stock count
Skills
rota planning · cash handling · stock control · Arabic (fluent)
"""


def test_an_alternative_language_said_fluent_is_held():
    rows = requirement_rows(resume=SUPERVISOR, posting=STORE)

    assert rows["Spanish or Arabic"]["status"] == "met"
