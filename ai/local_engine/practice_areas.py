"""Practice areas and work products of fields the skill sources barely cover: clinical specialties and care,
trade techniques and site safety, software testing and networking, logistics, kitchens and shops, engineering
(office work's are in ``office_practices``).

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
    "Orthopaedics": ("trauma and orthopaedics", "T&O"),
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
    "Paediatrics": ("paediatric care",),
    "Care of the elderly": (
        *("elderly care", "older people's care", "geriatrics", "gerontology", "older adults"),
        *("older people", "older persons", "care of older people"),
    ),
    "Respiratory physiotherapy": ("respiratory care", "respiratory therapy", "chest physiotherapy"),
    "Musculoskeletal": ("MSK",),
    "Critical care": ("intensive care", "ICU", "ITU"),
    "Emergency medicine": ("emergency department care", "A&E"),
    "Palliative care": ("end of life care", "hospice care"),
    "Anaesthesia": ("anaesthetics",),
    "Phlebotomy": ("venepuncture", "venipuncture", "blood draws"),
    "Wound care": ("wound management", "wound dressing"),
    "Infection control": ("infection prevention", "infection prevention and control", "IPC"),
    "Discharge planning": (),
    "Falls prevention": ("falls risk assessment", "falls management"),
    "Medication administration": ("med pass",),
    "Triage": ("patient triage",),
    "Safeguarding": ("safeguarding adults", "safeguarding children", "child protection"),
    "Mobile radiography": ("ward radiography",),
    "Theatre radiography": (),
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
    # Software testing
    "Test cases": ("writing test cases", "test case design", "test scenarios"),
    "Test plans": ("test planning",),
    "Test scripts": (),
    "Manual testing": ("manual QA",),
    "Exploratory testing": (),
    "Smoke testing": ("smoke tests",),
    "Bug tracking": (
        *("bug reports", "defect reports", "defect management", "defect triage"),
        *("track defects", "tracked defects", "tracking defects", "log bugs", "logged bugs", "logging bugs"),
    ),
    "API testing": (),
    # Networking
    "Subnetting": ("IP subnetting", "subnets"),
    "VLANs": (),
    "Routing protocols": (),
    "Firewall configuration": ("firewall rules",),
    # Logistics
    "Freight forwarding": (),
    "Customs clearance": ("customs brokerage", "customs documentation"),
    "Cycle counting": ("cycle counts",),
    "Load planning": (),
    # Events
    "Run sheets": ("run of show", "event run sheets"),
    "Floor plans": (),
    "Vendor management": ("supplier management",),
    # Supply chain, warehouse and retail
    "Demand planning": ("demand forecasting",),
    "Sales and operations planning": ("S&OP",),
    "Picking and packing": ("pick and pack", "pick-pack"),
    "Stock rotation": ("FIFO stock rotation",),
    "Cash handling": ("handling cash", "cash up", "cashing up", "cash drawer", "cash drawers"),
    "Visual merchandising": (),
    "Cash registers": ("cash register",),
    # Construction and manufacturing
    "Site supervision": (),
    "Quantity surveying": (),
    "Quantity takeoffs": ("takeoffs", "take-offs", "material takeoffs"),
    "Six Sigma": ("Lean Six Sigma",),
    "5S": ("5S methodology",),
    # Food and customers
    "Food safety": ("food hygiene",),
    "HACCP": ("hazard analysis and critical control points",),
    "Complaint handling": ("handling complaints",),
    "De-escalation": ("de-escalation techniques", "conflict de-escalation"),
    # Clinical skills, imaging and therapy
    "Vital signs": ("vital signs monitoring",),
    "Patient assessment": (),
    "IV therapy": (
        *("intravenous therapy", "IV administration", "IV medications", "IV drug administration"),
        *("IV antibiotics", "IV fluids"),
    ),
    "Cannulation": (),
    "Catheterisation": ("catheterization", "catheter care"),
    "ECG": ("EKG", "electrocardiogram"),
    "Tracheostomy care": (),
    "Manual therapy": (),
    "Exercise prescription": (),
    "Splinting": (),
    "Cognitive behavioural therapy": ("CBT",),
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
    "User research": ("user interviews",),
    "Wireframing": ("wireframes",),
    "Prototyping": (),
    "Product discovery": (),
    # Building trades, vehicles and driving
    "First fix": (),
    "Second fix": (),
    "Fault finding": ("fault diagnosis", "diagnose faults", "diagnosing faults"),
    "PAT testing": ("portable appliance testing",),
    "Snagging": ("snag lists",),
    "Formwork": (),
    "Steel fixing": (),
    "Drylining": ("dry lining",),
    "Screeding": (),
    "MOT testing": ("MOT inspections",),
    "Brake repair": ("brake jobs",),
    "Wheel alignment": (),
    "Multi-drop delivery": ("multi-drop",),
    "Load securing": ("securing loads", "load restraint"),
    "Pre-trip inspections": ("vehicle inspections", "walkaround checks"),
    # Site and workplace safety
    "Method statements": ("RAMS", "risk assessments and method statements"),
    "Permit to work": (),
    "Lockout/tagout": ("LOTO", "lock out tag out"),
    "Confined spaces": ("confined space entry",),
    "Working at height": (),
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
    "Learning disabilities": (),
    "Challenging behaviour": ("behaviours that challenge",),
    "Aseptic technique": ("ANTT", "aseptic non-touch technique"),
    "Patient education": (),
    "Health promotion": (),
    "Care coordination": (),
    "Suturing": ("wound closure",),
    "Surgical assisting": ("surgical assistance",),
    "Dental radiography": ("dental x-rays",),
    "Scaling and polishing": ("scale and polish",),
    "Sterilisation": ("instrument sterilisation", "autoclave", "autoclaving"),
    "Medical terminology": (),
    "Medical coding": ("clinical coding",),
    "Insurance verification": ("eligibility verification", "benefits verification"),
    "Prior authorization": ("prior auths",),
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
