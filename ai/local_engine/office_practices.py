"""Practice areas of office work the skill sources lack: finance, business analysis, teaching and research,
sales and marketing, legal, audit, people, tax, administration, data and customer contact (``practice_areas``
holds the fields' ones and explains how they are read). A name and its other names."""

OFFICE_PRACTICES: dict[str, tuple[str, ...]] = {
    # Finance processes
    "Record to report": ("R2R",),
    "Procure to pay": ("purchase to pay",),
    "Order to cash": ("O2C",),
    "Bank reconciliations": ("bank recs",),
    "Month-end close": ("month-end closing", "period-end close"),
    "Fixed assets": ("fixed asset accounting", "fixed asset register"),
    "Accruals": ("accruals and prepayments",),
    "VAT returns": (),
    "Sales and use tax": ("sales tax", "use tax"),
    "Cash flow forecasting": ("cash flow forecasts", "cash forecasting", "cash forecast"),
    "Variance analysis": ("variance reporting",),
    "IFRS": ("International Financial Reporting Standards", "IFRS reporting"),
    "US GAAP": ("GAAP",),
    # Business analysis, product and project artefacts
    "Product backlog": ("backlog management", "backlog grooming", "backlog refinement"),
    "Process mapping": ("process flows", "process maps", "process flow diagrams", "AS-IS / TO-BE"),
    "Requirements gathering": (
        "requirements elicitation",
        "requirements analysis",
        "eliciting requirements",
        "gather requirements",
        "requirement workshops",
        "requirements workshops",
        "gathered requirements",
        "gathering requirements",
        "elicit requirements",
    ),
    "Impact analysis": ("impact assessment",),
    # SAP's fit-to-standard analysis is its methodology's fit-gap
    "Gap analysis": ("fit-gap analysis", "fit-gap", "fit-to-standard", "fit-to-standard analysis"),
    # The document of what a system must do, by whichever of its names
    "Functional requirements document": (
        *("FRD", "functional specification", "functional specifications", "functional spec"),
        *("functional specs", "functional specification document", "FSD"),
    ),
    "User acceptance testing": ("UAT",),
    "User stories": (),
    "RAID logs": ("risk and issue logs",),
    "Project plans": ("project schedules",),
    "Status reporting": ("status reports", "project status reports"),
    "Change management": ("organisational change management",),
    "Cost-benefit analysis": (),
    "Competitive analysis": ("competitor analysis", "competitive research"),
    "Market research": ("market analysis",),
    "Product roadmaps": ("roadmapping",),
    # Teaching
    # ... and as the act: "manages behaviour calmly and consistently, in line with our behaviour policy"
    "Behaviour management": (
        "classroom management",
        "manage behaviour",
        "managing behaviour",
        "managed behaviour",
    ),
    "Lesson planning": ("lesson plans",),
    # Sales
    "Lead generation": ("lead gen",),
    "Pipeline management": ("sales pipeline management",),
    "Cold calling": ("cold calls",),
    # Legal
    "E-discovery": ("eDiscovery", "electronic discovery"),
    "Document review": (),
    "Legal drafting": (),
    "Docketing": ("docket management", "court deadlines calendaring"),
    "Contract review": ("contract drafting",),
    "Due diligence": (),
    # Audit and controls
    "Internal controls": (),
    "SOX testing": ("SOX compliance", "Sarbanes-Oxley", "SOX"),
    "IT general controls": ("ITGC",),
    "SOC 1 reports": ("SOC 1", "SOC1"),
    "SOC 2 reports": ("SOC 2", "SOC2"),
    "Control testing": ("testing of controls",),
    "Audit planning": (),
    # Human resources
    "Employee relations": ("ER casework", "disciplinary and grievance", "grievance and disciplinary"),
    "Performance management": (),
    "Talent acquisition": ("full-cycle recruiting", "full cycle recruitment", "end-to-end recruitment"),
    "Benefits administration": ("benefits admin",),
    # Marketing and writing ("email marketing platforms" is a kind of tool: ``categories``)
    "Content strategy": (),
    "Paid search": ("pay-per-click", "paid search campaigns"),
    "Brand strategy": (),
    "Copywriting": ("copy writing", "write copy", "wrote copy", "writing copy"),
    "Proofreading": ("proof reading",),
    # Education
    "Curriculum development": ("curriculum design",),
    "Special educational needs": ("SEN", "SEND"),
    # Tax, treasury, credit and insurance
    "Tax compliance": (),
    "Corporate tax": ("corporation tax",),
    "Transfer pricing": (),
    "Statutory accounts": ("statutory reporting",),
    "Financial consolidation": ("group consolidation", "consolidations"),
    "Credit control": (),
    "Sanctions screening": (),
    "Trade finance": (),
    "Mortgage underwriting": (),
    "Claims handling": ("claims processing", "claims management"),
    "Budget management": ("managing budgets", "budget control"),
    "Grant writing": ("grant applications",),
    "Event planning": ("event management",),
    # Administration
    "Diary management": ("calendar management", "managing diaries", "diary and inbox management"),
    "Minute taking": ("taking minutes", "minutes of meetings"),
    # What a board reads before its meeting, by its other names (not "board pack": also where a finance team
    # sends its monthly accounts, "variance analysis for the Board pack")
    "Board materials": ("board books", "board papers"),
    "Travel arrangements": ("travel booking", "booking travel", "travel coordination"),
    "Order processing": ("processing orders",),
    # Finance operations
    "Invoice processing": ("processing invoices", "process invoices"),
    "Expense reports": ("expense claims", "expenses processing"),
    "Three-way matching": ("3-way match", "three way match"),
    "Journal entries": (),
    "Balance sheet reconciliations": ("account reconciliations",),
    "Intercompany reconciliations": (),
    # Running a business unit
    "P&L management": ("P&L", "P&L ownership", "P&L responsibility", "profit and loss"),
    "Labour budgeting": (
        "labor budget",
        "payroll budget",
        "payroll control",
        "labor control",
    ),
    "Shrink control": ("inventory shrink", "shrink reduction"),
    # Sales and marketing
    "Account planning": ("account plans",),  # recent_tools names it; here it is a practice area
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
    "Literature review": (),
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
