"""Accounting work shows the general ledger it is posted to, and a schedule is named by what it schedules
("fixed asset schedules" by "fixed asset roll-forwards"). Made-up texts."""

from ai.local_engine import analyze

POSTING = """Senior Accountant
What You'll Do
- Prepare journal entries, accruals and balance sheet reconciliations for month-end close
- Own month-end close tasks: journal entries, accruals, prepaid and fixed asset schedules
What You'll Need
- Bachelor's degree in Accounting
- 4+ years of general ledger accounting
- NetSuite experience strongly preferred
"""

RESUME = """Lena Ortiz, CPA
Senior Accountant, Coastline Foods, 2021 - present
- Own month-end close for two entities: journal entries, accruals and reconciliations in NetSuite
- Keep fixed asset roll-forwards and prepaid amortization current
Education
B.S. Accounting, Cal State Fullerton, 2017
"""


def test_journal_entries_show_general_ledger_work():
    result = analyze(resume_text=RESUME, job_description=POSTING)

    ledger = next(r for r in result["details"]["requirements"] if "general ledger" in r["name"].lower())
    assert ledger["status"] != "missing"
    assert "journal entries" in ledger["evidence"]


def test_a_schedule_is_shown_by_what_it_schedules():
    result = analyze(resume_text=RESUME, job_description=POSTING)

    assert not [k for k in result["missing_keywords"] if "fixed asset" in k.lower()]


def test_growth_of_a_named_measure_is_shown_by_the_measure():
    posting = """General Manager - 120-bedroom hotel
You will
- Own the hotel P&L and deliver budgeted revenue and guest satisfaction
- Work with the revenue manager on pricing, channel mix and RevPAR growth
- Lead a team of 70 through your heads of department
You bring
- Proven GM experience in a full-service hotel
"""
    manager = """Dan Walsh
General Manager, Riverside Hotel (140 rooms), 2021 - present
- Accountable for the hotel P&L; revenue up 22%
- Set pricing with the cluster revenue manager; RevPAR +18%
- Lead 85 team members through six heads of department
"""

    result = analyze(resume_text=manager, job_description=posting)

    assert "RevPAR growth" not in result["missing_keywords"]
