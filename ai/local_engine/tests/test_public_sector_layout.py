"""A UK council's posting: the unit line, the post's reference and the person specification's heading are
the form around what is asked, never asks. Every posting here is made up."""

from ai.local_engine.tests.rows import requirement_names

POSTING = """NORTHGATE BOROUGH COUNCIL
Place Directorate – Highways and Asset Management

Job title: GIS Officer
Post reference: NBC-PL-0219
Grade: Grade 6

Main duties and responsibilities
1. Capture and edit spatial data for highway assets in the corporate GIS.
2. Write SQL queries to automate routine data tasks.

PERSON SPECIFICATION
(E = essential, D = desirable)
- Experience of using ArcGIS or QGIS (E)
- Good working knowledge of SQL (E)
"""


def test_the_unit_line_reference_and_section_heading_ask_nothing():
    names = requirement_names(resume="Sam Ward\nGIS Technician, 2022 - present", posting=POSTING)

    assert not [n for n in names if "Asset Management" in n or "NBC" in n or "SPECIFICATION" in n.upper()]
    assert "SQL" in names
    assert any("ArcGIS" in n for n in names)


def test_teams_coordinated_with_are_colleagues_not_skills():
    posting = (
        "Java Developer\nResponsibilities\n- Build microservices in Java 17 and Spring Boot\n"
        "- Coordinate with QA and DevOps teams for releases\n"
        "Requirements\n- 4+ years of Java\n- Kafka\n"
    )
    names = requirement_names(resume="Priya Rao\nJava Developer, 2019 - present", posting=posting)

    assert "QA" not in names
    assert "Kafka" in names


def test_a_schools_safer_recruitment_checks_ask_nothing():
    posting = (
        "Teacher of Mathematics\nThe successful candidate will have QTS and experience teaching KS3 and KS4.\n"
        "Ashdown Academy is committed to safeguarding children. The successful candidate will be subject to an "
        "enhanced DBS check, online searches and satisfactory references.\n"
    )
    names = requirement_names(resume="Sam Ward\nTeacher of Maths, 2019 - present", posting=posting)

    assert not [n for n in names if "searches" in n or "references" in n]
