"""Practice areas of office work the skill sources lack: administration, finance operations, sales and
marketing, teaching, research, legal and compliance, people, data and customer contact (``practice_areas``
holds the clinical, trade and analysis ones and explains how they are read). A name and its other names."""

OFFICE_PRACTICES: dict[str, tuple[str, ...]] = {
    # Administration
    "Diary management": ("calendar management", "managing diaries", "diary and inbox management"),
    "Minute taking": ("taking minutes", "minutes of meetings"),
    "Travel arrangements": ("travel booking", "booking travel", "travel coordination"),
    "Order processing": ("processing orders",),
    # Finance operations
    "Invoice processing": ("processing invoices", "process invoices"),
    "Expense reports": ("expense claims", "expenses processing"),
    "Three-way matching": ("3-way match", "three way match", "three-way match"),
    "Journal entries": ("journal entry",),
    "Balance sheet reconciliations": ("balance sheet reconciliation", "account reconciliations"),
    "Intercompany reconciliations": ("intercompany reconciliation",),
    # Running a business unit
    "P&L management": ("P&L", "P&L ownership", "P&L responsibility", "profit and loss"),
    "Labour budgeting": (
        "labor budget",
        "labour budget",
        "payroll budget",
        "labor budgets",
        "labour budgets",
        "payroll control",
        "labor control",
        "labour control",
    ),
    "Shrink control": ("inventory shrink", "shrink reduction"),
    # Sales and marketing
    "Quota attainment": ("revenue quota", "sales quota", "quota achievement"),
    "Territory management": (),
    "Objection handling": ("handling objections",),
    "Social media marketing": (),
    "Influencer marketing": (),
    "Marketing automation": (),
    "Campaign management": (),
    "Community management": (),
    "Affiliate marketing": (),
    # Teaching and research
    "Formative assessment": ("assessment for learning",),
    "Differentiated instruction": ("differentiated teaching",),
    "Phonics": ("systematic synthetic phonics",),
    "EYFS": ("Early Years Foundation Stage",),
    "Literature review": ("literature reviews",),
    "Experimental design": (),
    # Legal and compliance
    "Court filings": ("e-filing", "electronic filing"),
    "Compliance monitoring": (),
    "Regulatory reporting": (),
    # People
    "Absence management": ("attendance management",),
    "Workforce planning": (),
    "Compensation and benefits": ("C&B", "compensation & benefits"),
    # Data
    "Data cleaning": ("data cleansing", "data wrangling"),
    "Data quality": (),
    # Customer contact
    "Call handling": ("inbound calls", "handling calls"),
    "Live chat": ("chat support",),
    "First contact resolution": ("FCR",),
}
