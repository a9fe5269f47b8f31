"""Hand-written vocabulary: soft skills, degree levels, credential words and job-title nouns (tools and
fields: ``tech_aliases``)."""

# Soft skills are matched with their own weight; ESCO's transversal skills add more phrasings.
SOFT_SKILLS: dict[str, tuple[str, ...]] = {
    "Communication": (
        "communication skills",
        "communicated",
        "communicating",
        "communicate",
        "communicator",
        "verbal communication",
        "written communication",
        "writing skills",
    ),
    "Negotiation": ("negotiation skills", "negotiation", "negotiating", "negotiate", "negotiated"),
    "Composure under pressure": (
        "calm under pressure",
        "work under pressure",
        "works well under pressure",
        "stay calm",
        "remain calm",
        "keep calm",
    ),
    "Teamwork": (
        "team player",
        "collaboration",
        "collaborate",
        "collaborated",
        "collaborating",
        "collaborative",
        "cross-functional",
        "work in teams",
        "work in a team",
        "work as part of a team",
        "team-oriented",
    ),
    "Eagerness to learn": (
        "eager to learn",
        "eagerness to learn",
        "willing to learn",
        "keen to learn",
        "fast learner",
        "quick learner",
        "growth mindset",
    ),
    "Leadership": ("lead", "led", "leading", "mentor", "mentoring", "mentored", "people management"),
    # An analytical approach is a skill of its own (ESCO keeps "think analytically" apart from "solve
    # problems"): the adjective alone shows no problem solving.
    "Problem solving": ("problem-solving", "solve problems", "solved problems", "troubleshooting"),
    "Time management": (
        *("prioritization", "prioritize", "prioritisation", "prioritise", "prioritizing", "prioritising"),
        *("prioritized", "prioritised"),
        # work ordered against other work: "juggle several matters with competing deadlines"
        *("competing deadlines", "competing priorities", "competing demands"),
        *("juggle deadlines", "juggling deadlines", "juggle priorities", "juggling priorities"),
        *("juggle multiple deadlines", "juggling multiple deadlines", "juggle multiple priorities"),
        *("juggling multiple priorities", "juggle competing priorities", "juggling competing priorities"),
    ),
    # ... and carried at once: "great at juggling 30 loads at once", "juggled four projects"
    "Multitasking": ("multi-tasking", "multitask", "multi-task", "multitasking skills", "juggle", "juggling"),
    # Deciding well without a rule to follow: "Sound judgment", "clinical judgement", "commercial judgement"
    "Judgement": ("sound judgement", "good judgement", "clinical judgement", "commercial judgement"),
    # Keeping what one learns at work to oneself: "handle confidential information with discretion",
    # "keep all payroll information strictly confidential" (not "a confidential chat" offered to applicants)
    "Confidentiality": (
        *("discretion", "discreet", "confidential information", "strictly confidential"),
        "confidential matters",
    ),
    # Asked as "organised", "organisational skills": its own skill, named as the posting names it
    "Organisational skills": (
        *("organizational skills", "organisational skills", "organised", "organized", "well-organised"),
        *("well-organized", "organisation skills", "organization skills", "organising", "organizing"),
    ),
    "Adaptability": ("flexible", "flexibility", "adaptable", "fast-paced"),
    "Attention to detail": ("detail-oriented", "detail oriented", "meticulous"),
    "Ownership": ("self-starter", "proactive", "initiative", "self-motivated", "independently"),
    "Stakeholder management": ("stakeholders", "stakeholder"),
    "Presentation skills": ("presentations", "public speaking", "presented"),
    "Customer focus": (
        "customer-facing",
        "customer service",
        "client-facing",
        "customer-oriented",
        "customer oriented",
        "customer support",
        "client support",
    ),
    "Critical thinking": (),
    "Creativity": ("creative",),
}

# Degree levels; higher satisfies lower.
DEGREE_LEVELS: dict[str, int] = {
    "associate": 1,
    "associate degree": 1,
    "aas": 1,  # US associate degrees: "A.A.S. Accounting", "A.S. in Nursing", "A.A. Liberal Arts"
    "a.a.s": 1,
    "a.a": 1,
    "a.s": 1,
    "hnc": 1,
    "hnd": 1,
    "foundation": 1,  # the UK's "Foundation Degree" (only before "degree": degree_levels_of)
    "tertiary": 1,  # Australia's "tertiary qualification": a diploma or degree (only so: degree_levels_of)
    "bachelor": 2,
    "bachelors": 2,
    "bachelor's": 2,
    "bs": 2,
    "ba": 2,
    "bsc": 2,
    "b.sc": 2,
    "b.s": 2,
    "b.a": 2,
    "beng": 2,
    "basc": 2,  # Canada's applied science bachelor: "B.A.Sc. Computer Engineering"
    "b.a.sc": 2,
    "b.tech": 2,
    "b.des": 2,  # design degrees: "B.Des. Interaction Design"
    "bdes": 2,
    "m.des": 3,
    "mdes": 3,
    "btech": 2,
    "b.e": 2,
    "undergraduate": 2,
    "master": 3,
    "masters": 3,
    "master's": 3,
    "ms": 3,
    "msc": 3,
    "m.sc": 3,
    "m.s": 3,
    "meng": 3,
    "bsn": 2,
    "bba": 2,
    "bcom": 2,
    "b.com": 2,
    # Ireland's, Canada's and Australia's business bachelors: "BBS Accounting & Finance", "BComm", "BBus"
    "bbs": 2,
    "b.b.s": 2,
    "bcomm": 2,
    "b.comm": 2,
    "bbus": 2,
    "mba": 3,
    "pgdm": 3,  # India's Post Graduate Diploma in Management, approved as an MBA's equal
    "msn": 3,
    "m.tech": 3,
    "m.e": 3,
    "mca": 3,
    "bca": 2,
    "graduate degree": 3,
    "phd": 4,
    "ph.d": 4,
    "doctorate": 4,
    "doctoral": 4,
    "dphil": 4,  # Oxford's and Sussex's name for the PhD: "DPhil Immunology"
    "d.phil": 4,
    # "Doctor of Pharmacy" (a role word: a degree only before "of" or beside "degree") and the professional
    # doctorates a licence needs: PharmD, DPT, DNP, DVM, EdD, PsyD, J.D., M.D.
    "doctor": 4,
    "pharmd": 4,
    "pharm.d": 4,
    "dnp": 4,
    "dpt": 4,
    "dvm": 4,
    "edd": 4,
    "ed.d": 4,
    "psyd": 4,
    "psy.d": 4,
    "j.d": 4,
    "m.d": 4,
    # Masters and bachelors of the arts, social work, education, public health, fine arts, law, research;
    # "MA" alone is also Massachusetts: a degree only before a capitalised field (degree_levels). Not the
    # initials other words take: LLM (language models), MFA (authentication), MPa, DDS (robotics).
    "m.a": 3,
    "ma": 3,
    "msw": 3,
    "m.s.w": 3,
    "bsw": 2,
    "m.ed": 3,
    "med": 3,
    "b.ed": 2,
    "bed": 2,
    "mph": 3,
    "m.p.h": 3,
    "m.f.a": 3,
    "bfa": 2,
    "b.f.a": 2,
    "ll.m": 3,
    "llb": 2,
    "ll.b": 2,
    "mphil": 3,
    "m.phil": 3,
    "mres": 3,
    "march": 3,
    "m.arch": 3,
    "b.arch": 2,
    "barch": 2,
    "mpharm": 3,
    "bpharm": 2,
    "mbbs": 4,
    # A vet's first degree outside the US (Australia, the UK, NZ) is the DVM's equivalent for practice.
    "bvsc": 4,
    "bvms": 4,
    "bvetmed": 4,
}
# Degree initials a trade also uses: "Check reinforcement (BBS)" is a bar bending schedule, kept as a skill.
DEGREE_INITIALS_OF_TRADES = frozenset({"bbs"})

# Words that make a title a credential held ("Certified Nursing Assistant", "Enrolled Agent", "Registered
# Nurse"): a spelled-out name holding one is a certification.
CREDENTIAL_TITLE_WORDS: tuple[str, ...] = (
    "Certified",
    "Registered",
    "Licensed",
    "Chartered",
    "Accredited",
    "Enrolled",
)
CERTIFICATION_CUES: tuple[str, ...] = (
    "certified", "certification", "certificate", "licensed", "license", "licence", "licensure", "qualified",
    "registration", "clearance", "accreditation",
)  # fmt: skip

# Words that name a role; the first line holding one is taken as the job title.
ROLE_NOUNS: frozenset[str] = frozenset(
    """engineer developer manager analyst designer scientist architect consultant administrator
    specialist lead director officer coordinator programmer tester technician intern researcher
    owner head associate assistant accountant representative advisor executive strategist writer
    editor nurse teacher groundskeeper custodian janitor dispatcher dishwasher busser valet stocker
    lifeguard worker leader phlebotomist""".split()
)

# US states, as they name the issuer of a licence ("Arizona cosmetology license", "California Education
# Specialist Credential").
US_STATES = frozenset(
    """alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii
    idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
    mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah
    vermont virginia washington wisconsin wyoming""".split()
)
