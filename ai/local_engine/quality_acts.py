"""Work qualities a resume shows by the work it describes, read on the resume side only (``resume_acts``,
through ``soft_acts``): "processed confidential payroll and HR records" confidentiality, "managed challenging
behaviour in a Year 9 set" behaviour management, "juggled four client projects" multitasking.
"""

import re

from ai.local_engine.work_acts import Act

# name -> its act, in the order resume_acts reads them (after work_acts.WORK_ACTS)
QUALITY_ACTS: dict[str, Act] = {
    # Trusted with what must not be passed on: "handled the partners' confidential correspondence", "kept
    # patient information confidential", "discreet with board papers", "processed sensitive HR records", "keep
    # protected health information secure (HIPAA)", "answer 30+ pay questions a week in confidence".
    "Confidentiality": (
        ("confiden", "discre", "sensitive", "hipaa", "protected health", "phi"),
        re.compile(
            r"\b(?:confidential(?:ity|ly)?|discreet(?:ly)?|discretion)\b(?!\s+(?:chat|discussion|enquir))|"
            r"\b(?:HIPAA|PHI|protected\s+health\s+information)\b|\bin\s+(?:strict(?:est)?\s+)?confidence\b|"
            r"\b(?:handl|manag|process|maintain|kept|keep|secur|protect|stor)\w*\s+(?:[\w'-]+\s+){0,3}?"
            r"sensitive\s+(?:[\w-]+\s+)?(?:information|records|files|documents|matters|correspondence|cases)\b",
            re.I,
        ),
        ("confidentiality",),
    ),
    # Keeping a class on task: "managed challenging behaviour in a Year 9 set", "behaviour management plans",
    # "applied the school's behaviour policy consistently", "restorative conversations with pupils".
    "Behaviour management": (
        ("behavio", "restorative"),
        re.compile(
            r"\b(?:manag|address|handl|de-?escalat|support)\w*\s+(?:[\w-]+\s+){0,2}?behaviou?rs?\b|"
            r"\bbehaviou?r\s+(?:management|policy|policies|plans?|systems?)\b|"
            r"\brestorative\s+(?:practice|approach(?:es)?|conversations|justice)\b",
            re.I,
        ),
        ("classroom management",),
    ),
    # Carrying a caseload or a volume of work that must be ordered: "manage my own caseload of 28", "Nutrition
    # assessments for ICU patients (12–16 a day)", "70–110 calls per 12-hour shift" (prioritisation).
    "Caseload": (
        ("caseload", " a day", " per ", " each day", " a shift", " each shift"),
        re.compile(
            r"\bcaseloads?\b|"
            r"\b\d+(?:\s*[–-]\s*\d+)?\+?\s+(?:[\w-]+\s+){0,2}?(?:patients|clients|customers|calls|cases|"
            r"referrals|visits|tickets|loads|shipments|matters|claims|enquiries|inquiries|requests)\s+(?:a|per|each)"
            r"\s+(?:[\w-]+\s+)?(?:day|shift)\b|"
            r"\b(?:patients|clients|customers|calls|cases|referrals|visits)\s+\(\d+(?:\s*[–-]\s*\d+)?\+?\s+"
            r"(?:a|per|each)\s+(?:day|shift)\)",
            re.I,
        ),
        ("prioritization",),
    ),
    # A product backlog run is one prioritised: "run the Jira backlog with a squad of 8", "groomed the
    # backlog".
    "Backlog": (
        ("backlog",),
        re.compile(
            r"\b(?:r[au]n(?:s|ning)?|own(?:s|ed|ing)?|manag\w*|groom\w*|refin\w*|maintain\w*|prioriti[sz]\w*)\s+"
            r"(?:the\s+|our\s+|a\s+|my\s+)?(?:[\w-]+\s+){0,2}?backlogs?\b",
            re.I,
        ),
        ("prioritization",),
    ),
    # Acting before being asked: "anticipate the CEO's needs", "flagged risks proactively", "on my own
    # initiative" (a proactive approach).
    "Anticipating": (
        ("anticipat", "proactiv", "own initiative"),
        re.compile(
            r"\banticipat(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){0,3}?(?:needs|issues|problems|questions|requests|risks|"
            r"bottlenecks|demand)\b|\bproactive(?:ly)?\b|\b(?:on|of)\s+(?:my|our)\s+own\s+initiative\b",
            re.I,
        ),
        ("proactive",),
    ),
    # Several pieces of work carried at once, by the act's own word: "juggled four client projects".
    "Juggling": (
        ("juggl",),
        re.compile(r"\bjuggl(?:e|es|ed|ing)\b", re.I),
        ("multitasking",),
    ),
}
