"""Soft skills a resume shows by the work it describes, read on the resume side only (``resume_acts``):
"ran product demos" is presenting, "drafted operating agreements and bylaws" written communication, "kept the
deadline calendar" time management, "run the shift's safety huddles" communication, "obtained sign-off from
business stakeholders" stakeholder management, "trained 2 engine cadets" leadership. Those shown by how the
work is done (problem solving, team working, multitasking, attention to detail) are in ``work_acts``.
"""

import re

from ai.local_engine.quality_acts import QUALITY_ACTS
from ai.local_engine.work_acts import WORDS, WORK_ACTS, Act

# Pieces of work organised one by one: "4-6 events", "three fit-out projects".
_PIECES = (
    r"(?:\d+(?:\s*[–-]\s*\d+)?\+?|two|three|four|five|six|several|multiple)\s+(?:[\w-]+\s+)?(?:events|projects|"
    r"programmes|programs|conferences|shows|fairs|festivals|tours|meetings|courses|audits|campaigns|launches|"
    r"productions|shoots|weddings|moves|exhibitions|studies|trials)"
)
# Those a piece of work is for, who state what they need of it.
_ASKERS = (
    r"(?:users|managers|leads|owners|teams?|stakeholders|clients|customers|departments|business|SMEs|experts|"
    r"executives|directors|heads|partners)\b"
)
# name -> its act, in the order resume_acts reads them
SOFT_ACTS: dict[str, Act] = {
    # "ran product demos", "delivered QBRs to VPs", "led training sessions", "hosted webinars".
    "Presentation skills": (
        ("demo", "present", "qbr", "business review", "webinar", "workshop", "training session", "pitch"),
        re.compile(
            r"\b(?:ran|run(?:s|ning)?|gave|giv(?:e|es|ing)|deliver(?:s|ed|ing)?|led|lead(?:s|ing)?|"
            r"conduct(?:s|ed|ing)?|host(?:s|ed|ing)?|present(?:s|ed|ing)?)\s+" + WORDS + r"(?:product\s+)?"
            r"(?:demos?|demonstrations|presentations|webinars|workshops|QBRs|(?:quarterly\s+)?business\s+"
            r"reviews|pitch(?:es)?|keynotes?|training\s+sessions)\b|"
            # "present variance to budget to the VP Operations each month": presenting to those who decide
            r"\bpresent(?:s|ed|ing)?\s+" + WORDS + r"to\s+(?:the\s+|our\s+)?(?:board|executives?|leadership|"
            r"VPs?|vice\s+presidents?|directors|investors|senior\s+management|C-suite|CEO|CFO|COO)\b",
            re.I,
        ),
        ("presentation skill",),
    ),
    # "drafted operating agreements and bylaws", "wrote the monthly board report", "authored SOPs", "write
    # most of our RFCs and postmortems".
    "Written communication": (
        ("draft", "wrote", "writ", "author", "edit"),
        re.compile(
            r"\b(?:draft(?:s|ed|ing)?|wrote|writ(?:e|es|ing)|authored|edit(?:s|ed|ing)?)\s+"
            + WORDS
            + r"(?:reports?|memos?|agreements|bylaws|contracts|proposals|policies|procedures|manuals|"
            r"documentation|articles|newsletters?|briefs|resolutions|correspondence|letters|grants?|"
            r"press\s+releases|specifications|SOPs|guides|minutes|summaries|"
            # an engineer's writing: "write most of our RFCs and postmortems", "authored design docs"
            r"RFCs|post-?mortems|design\s+doc(?:ument)?s|runbooks|white\s*papers|blog\s+posts|case\s+studies|"
            r"release\s+notes|user\s+stories)\b|"
            # papers known by their acronym: "Draft STRs for submission to STRO", "drafted SOWs and NDAs"
            r"\bdraft(?:s|ed|ing)?\s+" + WORDS + r"(?-i:[A-Z]{2,5}s)\b",
            re.I,
        ),
        ("written communication",),
    ),
    # "manage many deadlines at once", "kept the deadline calendar", "met every filing deadline",
    # "deadline-driven" (as "detail-oriented" shows attention to detail).
    "Time management": (
        (
            *("deadline", "docket", "calendar", "due date", "priorit", " a week", " a month", " per week"),
            *(" per month", " a year", " per year", "parallel", "concurren", "at once", "same time"),
            *(" a quarter", " per quarter", "each week", "each month", "each quarter", "each year", "every "),
        ),
        re.compile(
            r"\b(?:manag(?:e|es|ed|ing)|juggl(?:e|es|ed|ing)|track(?:s|ed|ing)?|kept|keep(?:s|ing)?|met|"
            r"meet(?:s|ing)?|hit(?:s|ting)?|maintain(?:s|ed|ing)?|ran|run(?:s|ning)?)\s+"
            + WORDS
            + r"(?:deadlines?|dockets?|(?:deadline|filing|court)\s+calendars?|due\s+dates)\b|"
            r"\bdeadline[- ](?:driven|oriented|focused)\b|"
            # ordering one's own work: "calm when priorities change", "juggle competing priorities",
            # "prioritised requests from six managers"
            r"\b(?:changing|shifting|competing|conflicting)\s+priorities\b|\bpriorities\s+(?:change|shift)|"
            r"\bprioriti[sz](?:e|es|ed|ing)\s+"
            + WORDS
            + r"(?:requests|tasks|work|workloads?|caseloads?|cases|"
            r"tickets|jobs|orders|referrals|patients|calls)\b|"
            # many pieces of work organised to a rhythm or run side by side: "Coordinate 4-6 events a month",
            # "ran three projects in parallel to deadline" (not "Run 40+ sourcing events a year", bid rounds)
            r"\b(?:(?:coordinat|plan|organi[sz]|schedul)\w*\s+"
            + _PIECES
            + r"\s+(?:a|per|each|every)\s+(?:week|month|quarter|year)|"
            r"(?:coordinat|plan|organi[sz]|manag|deliver|r[au]n|schedul|juggl)\w*\s+"
            + _PIECES
            + r"\s+(?:in\s+parallel|at\s+once|simultaneously|concurr?ently|at\s+the\s+same\s+time))\b",
            re.I,
        ),
        ("organizational skill", "meet deadline", "time management"),
    ),
    # Spoken to people at work: "run the shift's safety huddles", "handled performance conversations",
    # "answer employee questions on benefits", "coached 11 store managers".
    "Communication": (
        (
            "huddle",
            "meeting",
            "briefing",
            "stand-up",
            "standup",
            "orientation",
            "conversation",
            "question",
            "answer",
            "call",
            "liais",
            "correspond",
            "coach",
            "workshop",
            "session",
            "present",
            "meet",
            "met ",
            "train",
            "non-technical",
            "negotiat",
            "explain",
            "advis",
            "plain",
            "lay",
            "reassur",
            "reports to",
            "educat",
            "counsel",
        ),
        re.compile(
            r"\b(?:(?:ran|run(?:s|ning)?|led|lead(?:s|ing)?|held|hold(?:s|ing)?|facilitat(?:e|es|ed|ing)|"
            r"chair(?:s|ed|ing)?|handl(?:e|es|ed|ing)|conduct(?:s|ed|ing)?)\s+"
            + WORDS
            + r"(?:huddles|meetings|briefings|stand-?ups|orientations?|conversations|workshops|sessions)|"
            # "present the consensus forecast to the commercial director", "met with key clients",
            # "trained new starters on the till"
            # "... to the commercial and finance leads"
            r"present(?:s|ed|ing)?\s+" + WORDS + r"to\s+(?:the\s+|our\s+)?(?:[\w&-]+\s+){0,3}?(?:director|"
            r"manager|head|lead|team|client|customer|committee|panel|board|partner|stakeholder|executive|"
            r"investor|governor|trustee)s?|"
            # "presented the results at the clinical governance meeting"
            r"present(?:s|ed|ing)?\s+" + WORDS + r"at\s+(?:the\s+|a\s+|an\s+|our\s+)?(?:[\w&-]+\s+){0,4}?"
            r"(?:meetings?|conferences?|committees?|forums?|symposi(?:um|a)|grand\s+rounds|huddles?|summits?)|"
            # "negotiated a 5-year supply agreement", "negotiate rates with carriers" (the verb, not a list)
            r"negotiat(?:e|es|ed|ing)|"
            # "call loan officers to explain approvals, suspends and declines", "advise supervisors on the
            # Employment Act"
            r"explain(?:s|ed|ing)?|advis(?:e|es|ed|ing)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?(?:supervisors|"
            r"managers|staff|employees|colleagues|leaders|owners|buyers|sellers|landlords|tenants|borrowers)|"
            # "I build it, fix it and explain it in plain English", "in layman's terms"
            r"in\s+plain\s+(?:English|language|terms)|in\s+lay(?:man|person|people)?['’]?s?\s+terms|"
            # "Calm and reassuring with anxious and confused patients"
            r"reassur(?:e|es|ed|ing)\s+(?:with\s+)?(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:patients|clients|customers|"
            r"families|children|parents|residents|callers|guests|relatives|owners)|"
            r"(?:met|meet(?:s|ing)?)\s+(?:with\s+)?(?:[\w-]+\s+){0,2}?(?:clients|customers|brokers|"
            r"stakeholders|partners|families|patients|members)|"
            # "trained new starters on the till", "Recruited, trained and scheduled associates"
            r"train(?:s|ed|ing)?\s+(?:and\s+[a-z]+ed\s+)?(?:\d+\s+|the\s+|our\s+)?(?:new\s+)?(?:starters|hires|"
            r"staff|colleagues|users|employees|team\s+members|apprentices|interns|volunteers|agents|associates)|"
            # "monthly variance reports to ownership", "incident summary reports to clients" (not "Reports to:
            # Head of Finance", a reporting line)
            r"(?<=[a-z] )reports\s+to\s+(?:the\s+|our\s+|each\s+|every\s+)?(?:[\w-]+\s+)?(?:clients|"
            r"customers|owners|ownership|board|trustees|investors|executives|leadership|regulators|partners|"
            r"stakeholders)|"
            r"answer(?:s|ed|ing)?\s+" + WORDS + r"(?:questions|enquiries|inquiries|queries)|"
            # "joins Teams calls with the clients daily", "liaise with customers and suppliers"
            r"(?:calls?|liais(?:e|es|ed|ing)|correspond(?:s|ed|ing)?)\s+with\s+(?:the\s+|our\s+|my\s+)?"
            r"(?:[\w-]+\s+){0,2}?(?:clients|customers|patients|families|suppliers|vendors|tenants|landlords|"
            r"brokers|carriers|members|the\s+public)|"
            # "write one-page explainers for non-technical managers", "explain risk to non-technical users"
            r"(?:for|to)\s+non-technical\s+(?:[\w-]+\s+)?(?:managers|stakeholders|audiences?|users|colleagues|"
            r"teams|staff|people|readers|customers|clients)|"
            r"coach(?:es|ed|ing)?\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:managers|staff|associates|employees|agents|"
            r"reps|team|people|students|players|consultants)|"
            # the act as a noun: "Diabetes education for patients and families", "counselling for carers"
            r"(?:education|teaching|counsell?ing)\s+(?:sessions\s+|classes\s+)?(?:for|to)\s+(?:the\s+|our\s+)?"
            r"(?:[\w-]+\s+(?:and\s+)?){0,2}?(?:patients|families|parents|carers|caregivers|clients|residents|"
            r"students|staff|colleagues|employees|customers|members|the\s+public))\b",
            re.I,
        ),
        ("communication",),
    ),
    # Dealing with those who decide or sign off: "obtained sign-off from business stakeholders", "report
    # monthly to the IT steering committee", "trusted adviser to hiring managers".
    "Stakeholder management": (
        (
            *(
                "stakeholder",
                "hiring manager",
                "steering",
                "executive committee",
                "business owner",
                "sponsor",
            ),
            "requirements",
        ),
        re.compile(
            r"\b(?:with|to|from|for)\s+(?:the\s+|our\s+|\d+\s+)?(?:[\w-]+\s+){0,2}?(?:stakeholders|"
            r"hiring\s+managers|steering\s+(?:committees?|groups?|boards?)|executive\s+committees?|"
            r"business\s+owners|(?:project|programme|program)\s+sponsors)\b|"
            # requirements drawn from those who will use or own the work: "gathered requirements from
            # finance users", "meet with sales managers and the service lead to gather requirements"
            r"\b(?:gather|elicit|captur|collect|defin|agree)\w*\s+(?:[\w-]+\s+){0,2}?requirements\s+(?:with|"
            r"from)\s+(?:the\s+|our\s+)?(?:[\w&-]+\s+){0,3}?" + _ASKERS + r"|\bwith\s+(?:the\s+|our\s+)?"
            r"(?:[\w&-]+\s+){0,3}?"
            + _ASKERS
            + r"\s+(?:[\w&-]+\s+){0,5}?to\s+(?:gather|elicit|capture|collect|"
            r"define|agree)\s+(?:[\w-]+\s+){0,2}?requirements\b",
            re.I,
        ),
        ("stakeholder management",),
    ),
    # Bringing on those who learn the trade: "trained 2 engine cadets to their TAR sign-off", "I am clinical
    # coach for two student VNs", "supervise student nurses on placement" (leadership, as "mentoring" is).
    "Leadership": (
        (
            "coach",
            "mentor",
            "supervis",
            "train",
            "educator",
            "team of",
            "crew of",
            "hire",
            "hiring",
            "recruit",
        ),
        re.compile(
            # ... and those one runs ("Supervised a floor team of 8-14", "run the floor with a team of 12")
            r"\b(?:supervis(?:e|es|ed|ing)|manag(?:e|es|ed|ing)|oversaw|oversee(?:s|ing)?|ran|run(?:s|ning)?|"
            r"head(?:s|ed|ing)?)\s+(?:[\w&-]+\s+){0,8}?(?:a|my|our|the)\s+(?:[\w-]+\s+)?(?:team|crew|staff)\s+"
            r"of\s+(?:\d|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)|"
            r"\b(?:coach(?:es|ed|ing)?|mentor(?:s|ed|ing)?|supervis(?:e|es|ed|ing)|train(?:s|ed|ing)?)\s+"
            r"(?:\d+\s+|two\s+|three\s+|four\s+|five\s+|the\s+|our\s+|new\s+)?(?:[\w-]+\s+)?(?:students|"
            r"student\s+[\w-]+|apprentices|trainees|cadets|juniors|junior\s+[\w-]+|interns|graduates)\b|"
            r"\b(?:clinical|practice)\s+(?:coach|educator|mentor|supervisor)\s+(?:for|to)\b|"
            # building one's team: "Hired, trained and scheduled front- and back-of-house staff", "recruit and
            # develop a team of 12 agents"
            r"\b(?:hir(?:e|es|ed|ing)|recruit(?:s|ed|ing)?),?\s+(?:(?:and\s+)?[a-z]+,?\s+)?(?:and\s+)?"
            r"(?:train(?:s|ed|ing)?|coach(?:es|ed|ing)?|develop(?:s|ed|ing)?|onboard(?:s|ed|ing)?|mentor(?:s|ed|ing)?)"
            r"\s+(?:[\w&-]+\s+){0,6}?(?:staff|teams?|employees|associates|crews?|agents|workers|technicians|"
            r"nurses|cashiers|servers|managers|supervisors|engineers|developers|analysts|volunteers)\b",
            re.I,
        ),
        ("leadership",),
    ),
    **WORK_ACTS,
    **QUALITY_ACTS,
}
