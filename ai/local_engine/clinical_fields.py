"""Clinical specialties and care settings a healthcare posting asks experience of (general knowledge of the
health professions, not read off any posting): ESCO's collections the vocabulary is built from hold almost
none, so "rotations of respiratory, orthopaedics, neurology and MSK" or "2 years of oncology experience" were
read as plain words. name -> other names it goes by (British spellings fold to American ones by themselves).
"""

CLINICAL_FIELDS: dict[str, tuple[str, ...]] = {
    "Cardiology": ("cardiac care", "cardiac nursing", "telemetry nursing", "cardiac monitoring"),
    "Critical care": ("intensive care", "ICU", "critical care nursing"),
    "Dermatology": (),
    "Dialysis": ("hemodialysis", "renal dialysis"),
    "Emergency medicine": ("emergency department", "emergency nursing", "A&E"),
    "Endocrinology": (),
    "Gastroenterology": (),
    "Geriatrics": ("care of the elderly", "elderly care", "older people's care", "gerontology"),
    "Hospice care": ("hospice", "end-of-life care"),
    "Mental health": ("psychiatric nursing", "behavioral health", "behavioural health"),
    "Midwifery": (),
    "Musculoskeletal": ("MSK", "musculoskeletal outpatients"),
    "Neonatal care": ("NICU", "neonatal intensive care", "neonatology"),
    "Nephrology": ("renal care",),
    "Neurology": ("neurological rehabilitation", "neuro rehabilitation", "neuro rehab"),
    "Obstetrics": ("labor and delivery", "labour and delivery", "maternity care"),
    "Oncology": ("cancer care", "oncology nursing"),
    "Orthopedics": ("orthopedic", "orthopedic surgery", "trauma and orthopedics"),
    "Palliative care": (),
    "Pediatrics": ("pediatric nursing", "pediatric care"),
    "Perioperative care": ("perioperative", "operating room", "PACU", "post-anesthesia care"),
    "Phlebotomy": (
        "venipuncture",
        "venepuncture",
        "blood draws",
        "drew blood",
        "draw blood",
        "blood collection",
    ),
    "Psychiatry": (),
    "Radiology": ("diagnostic imaging", "medical imaging"),
    "Rehabilitation": ("rehab",),
    "Respiratory care": ("respiratory therapy", "respiratory physiotherapy", "cardiorespiratory"),
    "Rheumatology": (),
    "Stroke care": ("stroke rehabilitation", "stroke unit"),
    "Urology": (),
    "Wound care": ("tissue viability", "wound management", "wound dressing", "wound dressings"),
}
