"""Practice areas and work products of fields the skill sources barely cover (clinical specialties, trade
techniques, finance processes, analysis and testing artefacts, legal and audit work, logistics, teaching).

The ESCO collections shipped here are the digital, transversal and language ones and O*NET lists technology:
"orthopaedics", "brazing", "record to report", "product backlog" or "test cases" are in neither, so a
posting's ask of them was only kept when its wording scored high, and a resume naming them under another
spelling ("orthopedics", "R2R") never met it. Each entry is a name and the other names it goes by; a name a
source already holds keeps that source's concept (``build_vocab``). Only names specific enough to be a
requirement on their own: a bare everyday word ("documentation", "discovery", "forecasting") is left out.
"""

from functools import cache

from ai.local_engine.office_practices import OFFICE_PRACTICES
from ai.local_engine.text import normalize_phrase

_FIELD_PRACTICES: dict[str, tuple[str, ...]] = {
    # Clinical specialties and care practice
    "Orthopaedics": ("orthopedics", "orthopaedic", "orthopedic", "trauma and orthopaedics", "T&O"),
    "Neurology": (
        "neurological rehabilitation",
        "neuro rehabilitation",
        "neuro rehab",
        "stroke rehabilitation",
        "stroke unit",
        "stroke care",
    ),
    "Cardiology": ("cardiac care",),
    "Oncology": ("cancer care",),
    "Paediatrics": ("pediatrics", "paediatric care", "pediatric care"),
    "Care of the elderly": ("elderly care", "older people's care", "geriatrics", "gerontology"),
    "Respiratory physiotherapy": ("respiratory care", "respiratory therapy", "chest physiotherapy"),
    "Musculoskeletal": ("MSK",),
    "Critical care": ("intensive care", "ICU", "ITU"),
    "Emergency medicine": ("emergency department care", "A&E"),
    "Palliative care": ("end of life care", "end-of-life care", "hospice care"),
    "Anaesthesia": ("anesthesia", "anaesthetics", "anesthetics"),
    "Phlebotomy": ("venepuncture", "venipuncture", "blood draws"),
    "Wound care": ("wound management", "wound dressing"),
    "Infection control": ("infection prevention", "infection prevention and control", "IPC"),
    "Discharge planning": (),
    "Falls prevention": ("falls risk assessment", "falls management"),
    "Medication administration": ("med pass",),
    "Triage": ("patient triage",),
    "Safeguarding": ("safeguarding adults", "safeguarding children", "child protection"),
    "Mobile radiography": ("ward radiography",),
    "Theatre radiography": ("theater radiography",),
    # Trade techniques
    "Brazing": ("brazed joints",),
    "Soldering": ("soldered joints",),
    "Conduit bending": ("bending conduit", "conduit installation"),
    "Pipe threading": (),
    "Blueprint reading": (),
    "Hand tools": (),
    "Power tools": (),
    "Refrigerant recovery": ("refrigerant handling",),
    "Load calculations": ("load calcs",),
    # Finance processes
    "Record to report": ("R2R",),
    "Procure to pay": ("purchase to pay",),
    "Order to cash": ("O2C",),
    "Bank reconciliations": ("bank reconciliation", "bank recs"),
    "Month-end close": ("month end close", "month-end closing", "period-end close"),
    "Fixed assets": ("fixed asset accounting", "fixed asset register"),
    "Accruals": ("accruals and prepayments",),
    "VAT returns": ("VAT return",),
    "Sales and use tax": ("sales tax", "use tax"),
    "Cash flow forecasting": ("cash flow forecasts", "cash forecasting", "cash forecast", "cash forecasts"),
    "Variance analysis": ("variance reporting",),
    "IFRS": ("International Financial Reporting Standards", "IFRS reporting"),
    "US GAAP": ("GAAP",),
    # Business analysis, product and project artefacts
    "Product backlog": ("backlog management", "backlog grooming", "backlog refinement"),
    "Process mapping": ("process flows", "process maps", "process flow diagrams", "AS-IS / TO-BE"),
    "Requirements gathering": (
        "requirement gathering",
        "requirements elicitation",
        "requirements analysis",
        "eliciting requirements",
        "gather requirements",
        "gathered requirements",
        "gathering requirements",
        "elicit requirements",
    ),
    "Impact analysis": ("impact assessment",),
    "Gap analysis": ("fit-gap analysis", "fit gap analysis"),
    "User acceptance testing": ("UAT",),
    "User stories": ("user story",),
    "RAID logs": ("RAID log", "risk and issue logs"),
    "Project plans": ("project schedules",),
    "Status reporting": ("status reports", "project status reports"),
    "Change management": ("organisational change management", "organizational change management"),
    "Cost-benefit analysis": ("cost benefit analysis",),
    "Competitive analysis": ("competitor analysis", "competitive research"),
    "Market research": ("market analysis",),
    "Product roadmaps": ("product roadmap", "roadmapping"),
    # Software testing
    "Test cases": ("writing test cases", "test case design", "test scenarios"),
    "Test plans": ("test planning",),
    "Test scripts": (),
    "Manual testing": ("manual QA",),
    "Exploratory testing": (),
    "Smoke testing": ("smoke tests",),
    "Bug tracking": (
        *("bug reports", "defect reports", "defect management", "defect triage"),
        *("track defects", "tracked defects", "tracking defects"),
    ),
    "API testing": (),
    # Networking
    "Subnetting": ("IP subnetting", "subnets"),
    "VLANs": ("VLAN",),
    "Routing protocols": (),
    "Firewall configuration": ("firewall rules",),
    # Teaching
    "Behaviour management": ("behavior management", "classroom management"),
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
    "Internal controls": ("internal control",),
    "SOX testing": ("SOX compliance", "Sarbanes-Oxley", "SOX"),
    "IT general controls": ("ITGC", "ITGCs"),
    "SOC 1 reports": ("SOC 1", "SOC1"),
    "SOC 2 reports": ("SOC 2", "SOC2"),
    "Control testing": ("testing of controls", "controls testing"),
    "Audit planning": (),
    # Logistics
    "Freight forwarding": (),
    "Customs clearance": ("customs brokerage", "customs documentation"),
    "Cycle counting": ("cycle counts",),
    "Load planning": (),
    # Events
    "Run sheets": ("run of show", "event run sheets"),
    "Floor plans": (),
    "Vendor management": ("supplier management",),
    # Human resources
    "Employee relations": ("ER casework",),
    "Performance management": (),
    "Talent acquisition": ("full-cycle recruiting", "full cycle recruitment", "end-to-end recruitment"),
    "Benefits administration": ("benefits admin",),
    # Marketing and writing ("email marketing platforms" is a kind of tool: ``categories``)
    "Content strategy": (),
    "Paid search": ("pay-per-click", "paid search campaigns"),
    "Brand strategy": (),
    "Copywriting": ("copy writing",),
    "Proofreading": ("proof reading",),
    # Supply chain, warehouse and retail
    "Demand planning": ("demand forecasting",),
    "Sales and operations planning": ("S&OP",),
    "Picking and packing": ("pick and pack", "pick-pack"),
    "Stock rotation": ("FIFO stock rotation",),
    "Cash handling": ("handling cash",),
    "Visual merchandising": (),
    # Construction and manufacturing
    "Site supervision": (),
    "Quantity surveying": (),
    "Quantity takeoffs": ("takeoffs", "take-offs", "material takeoffs"),
    "Six Sigma": ("Lean Six Sigma",),
    "5S": ("5S methodology",),
    # Food and customers
    "Food safety": ("food hygiene",),
    "HACCP": ("hazard analysis and critical control points",),
    "Complaint handling": ("handling complaints", "complaints handling"),
    "De-escalation": ("de-escalation techniques", "conflict de-escalation"),
    # Education
    "Curriculum development": ("curriculum design",),
    "Special educational needs": ("SEN", "SEND"),
    # Clinical skills, imaging and therapy
    "Vital signs": ("vital signs monitoring",),
    "Patient assessment": ("patient assessments",),
    "IV therapy": ("intravenous therapy", "IV administration"),
    "Cannulation": (),
    "Catheterisation": ("catheterization", "catheter care"),
    "ECG": ("ECGs", "EKG", "EKGs", "electrocardiogram", "electrocardiograms"),
    "Tracheostomy care": (),
    "Manual therapy": (),
    "Exercise prescription": (),
    "Splinting": (),
    "Cognitive behavioural therapy": ("CBT", "cognitive behavioral therapy"),
    "Motivational interviewing": (),
    "Crisis intervention": (),
    "CT scanning": ("CT scans", "computed tomography"),
    "MRI": ("magnetic resonance imaging", "MRI scanning"),
    "Ultrasound": ("sonography",),
    "Fluoroscopy": (),
    "Medicines reconciliation": ("medication reconciliation", "med rec"),
    "Clinical governance": (),
    # Security and IT service
    "Incident response": (),
    "Incident management": (),
    "Vulnerability management": ("vulnerability scanning",),
    "Threat hunting": (),
    "Change control": ("change advisory board", "CAB"),
    # Design
    "User research": (),
    "Wireframing": ("wireframes",),
    "Prototyping": ("prototypes",),
    "Product discovery": (),
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
    # Building trades, vehicles and driving
    "First fix": ("first-fix",),
    "Second fix": ("second-fix",),
    "Fault finding": ("fault-finding", "fault diagnosis", "diagnose faults", "diagnosing faults"),
    "PAT testing": ("portable appliance testing",),
    "Snagging": ("snag lists",),
    "Formwork": (),
    "Steel fixing": (),
    "Drylining": ("dry lining",),
    "Screeding": (),
    "MOT testing": ("MOT inspections",),
    "Brake repair": ("brake repairs", "brake jobs"),
    "Wheel alignment": ("wheel alignments",),
    "Multi-drop delivery": ("multi-drop", "multi drop deliveries"),
    "Load securing": ("securing loads", "load restraint"),
    "Pre-trip inspections": ("pre-trip inspection", "vehicle inspections", "walkaround checks"),
    # Site and workplace safety
    "Method statements": ("RAMS", "risk assessments and method statements"),
    "Permit to work": ("permit-to-work",),
    "Lockout/tagout": ("lockout tagout", "LOTO", "lock out tag out"),
    "Confined spaces": ("confined space", "confined space entry"),
    "Working at height": ("working at heights",),
    "Fire safety": (),
    # Engineering and inspection
    "NDT": ("non-destructive testing",),
    "Welding inspection": (),
    "Engineering drawings": ("technical drawings", "reading engineering drawings"),
    "FMEA": ("PFMEA", "DFMEA", "failure mode and effects analysis"),
    "Design for manufacture": ("DFM", "design for manufacturability"),
    # Kitchens, bars and shops
    "Food preparation": ("food prep",),
    "Knife skills": (),
    "Table service": (),
    "Mixology": ("cocktail making",),
    "Allergen management": ("allergen awareness",),
    "Stock control": ("stock management",),
    "Loss prevention": (),
    # Care, clinics and dentistry
    "Personal care": (),
    "Dementia care": (),
    "Learning disabilities": ("learning disability",),
    "Challenging behaviour": ("challenging behavior", "behaviours that challenge"),
    "Aseptic technique": ("ANTT", "aseptic non-touch technique"),
    "Patient education": (),
    "Health promotion": (),
    "Care coordination": (),
    "Suturing": ("wound closure",),
    "Surgical assisting": ("surgical assistance",),
    "Dental radiography": ("dental x-rays",),
    "Scaling and polishing": ("scale and polish",),
    "Sterilisation": ("sterilization", "instrument sterilisation", "autoclave", "autoclaving"),
    "Medical terminology": (),
    "Medical coding": ("clinical coding",),
    "Insurance verification": ("eligibility verification", "benefits verification"),
    "Prior authorization": ("prior authorisation", "prior auths"),
    "Chart review": ("chart audits",),
}
# Every practice area: the fields' above and office work's
PRACTICE_AREAS: dict[str, tuple[str, ...]] = {**_FIELD_PRACTICES, **OFFICE_PRACTICES}


@cache
def practice_keys() -> frozenset[str]:
    """Return the normalised names of every practice area, those a source already held among them."""
    return frozenset(
        normalize_phrase(text=name) for main, others in PRACTICE_AREAS.items() for name in (main, *others)
    )
