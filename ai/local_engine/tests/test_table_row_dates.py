"""A service record laid out as a table, its From and To dates in cells of their own ("Chief Officer | MV
Baltic Star | Nordic Ship Management | 2019 | 2024"), dates each row's work as a range written with a dash
does; the row is its cells, and the duties under the table are those of its posts. Every posting and
resume here is made up."""

from ai.local_engine import analyze

POSTING = """Chief Officer – Handysize Bulk Carrier
Requirements
- Certificate of Competency as Chief Mate (STCW II/2)
- Sea service on bulk carriers
- Experience with cargo planning and hold cleaning
"""

RESUME = """Jana Novak
Chief Officer
SEA SERVICE RECORD
Rank | Vessel | Type | Company | From | To
Chief Officer | MV Baltic Star | Bulk carrier | Nordic Ship Management | 2019 | 2024
Second Officer | MV Baltic Wind | Bulk carrier | Nordic Ship Management | 2015 | 2019
DUTIES
- Cargo planning, hold cleaning and ballast operations on 38,000 dwt bulk carriers
CERTIFICATES
Certificate of Competency: Chief Mate (STCW II/2), valid to 2028
"""


def test_from_and_to_cells_of_a_table_row_date_its_work():
    details = analyze(resume_text=RESUME, job_description=POSTING)["details"]

    assert details["years_in_resume"] == 9.0
    assert details["relevant_years"] == 9.0
    assert details["sub_scores"]["experience"]["score"] > 0
