"""Soft skills a resume shows by how the work is done, read on the resume side only (``resume_acts``,
through ``soft_acts``): "traced faults in control boards" problem solving, "reviewed shop drawings with
architects and MEP engineers" team working, "ran 6 tables simultaneously" multitasking, "accurate on CAD and
radio" attention to detail.
"""

import re

WORDS = r"(?:[\w$%,.&/'-]+\s+){0,5}?"
# Colleagues of other trades or teams (not the people served: clients, patients).
_COLLEAGUES = (
    r"(?:teams?|departments?|(?:[\w-]+\s)?managers?|engineers?|suppliers?|vendors?|architects?|(?:sub)?contractors?|"
    r"CFO|CEO|COO|CTO|directors?|physicians?|doctors?|nurses?|surgeons?|designers?|developers?|"
    r"analysts?|stakeholders?|colleagues|consultants?|attorneys?|lawyers?|inspectors?|officers?|"
    r"foremen|trades|carriers?|brokers?|[a-z]+ists?)\b(?!\s+(?:and|or)\s+(?:clients|customers|patients))"
)
# (cheap lower-case cues, one of which the sentence must hold; the act; surfaces of what it shows)
Act = tuple[tuple[str, ...], re.Pattern[str], tuple[str, ...]]
# name -> its act, in the order resume_acts reads them (after soft_acts.SOFT_ACTS' own)
WORK_ACTS: dict[str, Act] = {
    # Finding what is wrong: "diagnose and repair furnaces", "traced faults in control boards", "found the
    # root cause", "fault-finding on PLC panels" (problem solving, troubleshooting).
    "Problem solving": (
        ("diagnos", "troubleshot", "debug", "resolv", "fault", "root cause", "root-cause"),
        re.compile(
            r"\b(?:diagnos(?:e|es|ed|ing)|troubleshot|trac(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,2}?faults?|"
            # "debugged memory leaks", "resolved 95% of network tickets within SLA" (not "a tool to help
            # trouble-shooting": what a tool helps with is not the person's act)
            r"debug(?:s|ged|ging)?|"
            r"resolv(?:e|es|ed|ing)\s+" + WORDS + r"(?:issues|incidents|problems|tickets|faults|defects|bugs|"
            r"complaints|escalations|discrepancies|disputes|queries)|"
            r"fault[- ]find(?:ing)?|f(?:ou|i)nd(?:s|ing)?\s+(?:the\s+)?root[- ]causes?|"
            r"root[- ]cause\s+analys[ie]s)\b",
            re.I,
        ),
        ("problem solving",),
    ),
    # Working in a team of other professions: "weekly multidisciplinary team (MDT) meetings with OT and SLT",
    # "discharge planning with the discharge liaison team" (teamwork; not "worked with the AWS services").
    "Teamwork": (
        (
            *("disciplinary", "mdt", "cross-functional", "cross functional", "with ", "alongside"),
            # ... and the verbs of handing work to them
            *("provid", "deliver", "recommend", "hand", "shar", "feed", "fed"),
        ),
        re.compile(
            r"\b(?:(?:multi|inter|trans)-?disciplinary|cross[- ]functional)\s+(?:[\w-]+\s+)?(?:teams?|MDTs?|"
            r"meetings?|rounds|huddles?|squads?|groups?|reviews?|projects?)\b|\bMDTs?\b|"
            r"\b(?:plan(?:s|ned|ning)?|work(?:s|ed|ing)?|liais(?:e|es|ed|ing)|partner(?:s|ed|ing)?)\s+(?:closely\s+)?"
            r"with\s+(?:the\s+|our\s+|other\s+)?(?:[\w&-]+\s+){0,3}?(?:teams?|departments?|wards?|units?)\b|"
            # Work done with colleagues of other trades: "Reviewed shop drawings with architects and MEP
            # engineers", "defined schema contracts with the checkout team", "budgets with the CFO", "present
            # treatment plans alongside the periodontist" (not the people served: clients, patients)
            r"\b(?:with|alongside)\s+(?:the\s+|our\s+|their\s+)?(?:[\w&-]+\s+){0,3}?" + _COLLEAGUES + r"|"
            # ... or handed to them: "provided insights to the product team", "recommend tube feeding regimens
            # to physicians" (not reported up a line: "escalate issues to the HR manager")
            r"\b(?:provid(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|recommend(?:s|ed|ing)?|hand(?:s|ed|ing)?\s+(?:over|"
            r"off)|shar(?:e|es|ed|ing)|fe(?:e)?d(?:s|ing)?\s+back)\s+"
            + WORDS
            + r"to\s+(?:the\s+|our\s+|their\s+)?"
            r"(?:[\w&-]+\s+){0,3}?" + _COLLEAGUES,
            re.I,
        ),
        ("collaboration", "team working"),
    ),
    # Several at once: "handled 3 chats at the same time", "ran 6 tables simultaneously", "juggled 4 projects
    # concurrently" (multitasking).
    "Multitasking": (
        (
            "same time",
            "simultan",
            "concurren",
            "concurent",
            "at once",
            "in parallel",
            "multi-task",
            "multitask",
        ),
        re.compile(
            r"\b(?:\d+|two|three|four|five|six|multiple|several)\s+(?:[\w-]+\s+)?(?:chats|calls|tables|patients|"
            r"projects|accounts|tasks|cases|tickets|queues|sites|clients|lines|orders)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:at\s+(?:the\s+)?same\s+time|at\s+once|simultaneously|concurr?ently|in\s+parallel)\b|"
            r"\bmulti-?task(?:s|ed|ing)?\b",
            re.I,
        ),
        ("multitasking", "multitask", "multi-tasking"),
    ),
    # Accurate work: "accurate on CAD and radio", "kept a 97% quality score", "99.8% pick accuracy", "zero
    # audit findings", "error-free" (attention to detail); not a model's or a forecast's accuracy.
    "Attention to detail": (
        (
            *("accura", "quality score", "audit score", "zero ", "error-free", "error free", "no errors"),
            *("fixed", "corrected", "cleaned", "proofread", "focus", "eye for"),
        ),
        re.compile(
            r"\baccurate(?:ly)?\b(?!\s+(?:[\w-]+\s+){0,2}?(?:models?|predictions?|forecasts?|classifiers?))|"
            # the accuracy of one's own work, not a model's ("less than 1% accuracy degradation on ImageNet")
            r"\b\d+(?:\.\d+)?\s*%\s+(?:(?:audit|coding|billing|order|pick(?:ing)?|inventory|stock|"
            r"data[- ]entry|claims?|payroll|cash|count|dispensing|documentation|charting)\s+accuracy|"
            r"quality\s+score|audit\s+score)\b|"
            r"\b(?:zero|no)\s+(?:[\w-]+\s+)?(?:errors|defects|discrepancies|(?:audit\s+)?findings)\b|"
            r"\berror[- ]free\b|"
            # errors one found and put right: "found and fixed 1,100 records with missing attributes",
            # "corrected 300 miscoded invoices", "proofread every brochure"
            r"\b(?:f(?:ou|i)nd(?:s|ing)?|identif(?:y|ies|ied|ying)|spott(?:ed|ing)|caught)\s+and\s+(?:fix|correct|"
            r"resolv)\w*\s+" + WORDS + r"(?:records|entries|errors|discrepancies|mistakes|inconsistencies|"
            r"duplicates)\b|\b(?:corrected|fixed|cleaned)\s+(?:\d[\d,.]*\+?\s+)(?:[\w-]+\s+){0,2}?(?:records|"
            r"entries|errors|discrepancies|mistakes)\b|\bproofread(?:s|ing)?\b|"
            # a stated habit of care: "focused on quality and maintainability", "an eye for detail"
            r"\b(?:focus(?:ed|es)?\s+on|eye\s+for)\s+(?:quality|accuracy|detail|precision)\b(?!\s+(?:assurance|control|engineering))",
            re.I,
        ),
        ("attention to detail",),
    ),
}
