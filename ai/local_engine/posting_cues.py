"""The words that tell a posting's parts apart: headings ("Benefits", "How to apply") and sentence cues
("We offer ...", "Send your CV to ...") of the parts that ask nothing of the candidate."""

import re

from ai.local_engine.regex_guards import StartApart, start_apart, starts_guarded

ASKS = "asks"  # requirements, responsibilities, the role itself
# A heading's label with what it asks after its colon on the line ("Desirable: Excel skills and SMSTS"): it
# opens the section for the lines after it and asks something itself.
LABELLED = "labelled"

# "To apply", "How to apply:", "to apply for this role"; not "ability to apply statistical methods".
_TO_APPLY = r"to apply(?=\s*(?:[,.:;!]|$|for\b|now\b|online\b|via\b|through\b|please\b|today\b))"
# A job board's own fields ("Experience:", "Education:", "License/Certification:", "Language:") over lines
# such as "HVAC: 2 years (Preferred)", "EPA 608 Certification (Required)".
_FIELD_HEADING = (
    r"^(?:experience|education|licen[cs]es?(?:\s*/\s*certifications?)?|certifications?|languages?)\s*:?$"
)
FIELD_HEADING_RE = re.compile(_FIELD_HEADING, re.IGNORECASE)
# ISO 4217 codes of currencies job ads quote pay in
_CURRENCY_CODES = "|".join(
    "pln eur usd gbp inr zar aud cad nzd chf sek nok dkk czk huf ron aed sgd hkd myr php kes ngn mxn brl"
    " jpy cny".split()
)
_THOUSANDS = r"\d{1,3}(?:[ ,.\u00a0]\d{3})+"
_CODED_SUM = rf"\b(?:{_CURRENCY_CODES})\s?{_THOUSANDS}\b|\b{_THOUSANDS}\s?(?:{_CURRENCY_CODES})\b"
HEADINGS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, starts_guarded(re.compile(pattern, re.IGNORECASE)))
    for kind, pattern in (
        ("eeo", r"\b(equal (employment )?opportunit|eeo|diversity|inclusion)"),
        (
            "apply",
            # (LinkedIn's "Meet the hiring team": the recruiter's card, their name and title)
            rf"\b(how to apply|{_TO_APPLY}|apply now|application process|next steps|interview process|"
            r"meet the hiring team|"
            # "Selection process", "Requirements to submit" (the papers a hire hands in: "NBI Clearance")
            r"(?:selection|recruitment|hiring) process|requirements to submit|"
            r"(?:documentary|pre-?employment) requirements|"
            r"documents? (?:to (?:carry|bring|submit)|required))\b",
        ),
        (
            "benefits",
            r"\b(benefits|perks|what we offer|we offer|compensation|salary|why (join|work)|rewards|"
            # "The good stuff", "What's in it for you?", "What you'll get", "Why you'll love it here"
            r"good stuff|in it for you|what you(?:['’]ll| will)? get|why you(?:['’]ll| will)? love|in return|"
            r"our offer|on offer)\b",
        ),
        (
            "about",
            r"\b(about (us|the company|the team|our company)|our (mission|story|company|values)|"
            r"who we are(?! (looking|seeking|searching|hiring))|"  # "Who we are looking for" asks
            r"company (overview|description)|the company)\b|^about (?!you|the (role|job|position))\S",
        ),
        (
            # "PHYSICAL REQUIREMENTS:", "Physical demands", "Working conditions": what the body and the place
            # must bear, judged at hire, never a skill (before ASKS, whose "requirements" it holds)
            "not_asked",
            r"\b(physical (?:requirements|demands|abilities)|working conditions|work environment)\b|"
            # "What you won't do", "This role is not for you if...": what the job leaves to others
            r"\bwhat you (?:won['’]t|will not|wo not) (?:do|be doing)\b|\bnot for you if\b|"
            r"\bwhat (?:this|the) (?:role|job) is not\b",
        ),
        (
            ASKS,
            r"\b(requirements?|qualifications?|responsibilit\w*|what you('ll| will) do|duties|skills|"
            r"you (have|bring|are)|about you|about the (role|job|position)|the role|your role|"
            r"looking for|seeking|(?:successful|ideal) (?:candidate|applicant)|you(?:'ll| will| need)|"
            r"must|nice to have|preferred|bonus|job description|role overview|tasks|person specification|"
            # "ESSENTIAL FUNCTIONS", "Key Accountabilities", "Principal Duties": the job's duties
            r"(?:essential|primary|principal|job|key) functions|accountabilities)\b|"
            # a job board's own fields: "Experience:", "Education:", "License/Certification:", "Language:"
            rf"{_FIELD_HEADING}",
        ),
    )
)
# Each cue's pattern has a literal gate in cue_gates.SENTENCE_CUE_GATES: a new branch needs its words there.
SENTENCE_CUES: tuple[tuple[str, re.Pattern[str] | StartApart], ...] = tuple(
    (kind, start_apart(re.compile(pattern, re.IGNORECASE)))
    for kind, pattern in (
        (
            "eeo",
            r"\b(equal (employment )?opportunity|without regard to|regardless of (race|gender|age)|"
            r"sexual orientation|gender identity|veteran status|reasonable accommodation|"
            # "We participate in E-Verify", "an E-Verify employer" (not "I-9 verification (E-Verify)")
            r"participates? in e-verify|e-verify (?:employer|participant)|"
            r"celebrate diversity|inclusive (environment|workplace)|"
            # "is committed to equality, diversity and inclusion, is a Disability Confident employer and
            # welcomes applications in Welsh": the employer's pledge, naming no skill
            r"committed to (?:equality|diversity|safeguarding)|disability confident|applications in welsh)",
        ),
        (
            "apply",
            # "To apply, ...", not "required to apply your knowledge" (what the job does).
            rf"\b({_TO_APPLY}|"
            r"apply (now|today|online|here|via|through|using)|please (send|submit|apply|email|contact|"
            r"tell us|attach|upload|include)|"
            # "Documents to carry for interview: updated resume, Aadhaar card, ..."
            r"^\W*documents? (?:to (?:carry|bring|submit)|required)|"
            r"send (us )?your|submit your|cover letter|references available|application form|"
            # "Interested candidates may share updated CV with current CTC, expected CTC and notice period"
            r"share (?:your |an? )?(?:updated |latest )?(?:cv|resume)s?)\b|"
            # "Applications received after the deadline ...", "Application must be sent via the system", "Your
            # application must contain a CV and a publication list": the papers to send, not what the job asks
            r"^\W*(?:(?:your|the|an?|all|online)\s+)?applications?\s+(?:must|should|will|received|submitted|"
            r"sent|are\s+(?:due|welcome))\b|"
            # "Attached files must be in Adobe PDF or Word format"; "Online applications will be screened ..."
            r"^\W*(?:(?:all|attached|uploaded|the)\s+)?(?:files|attachments)\s+(?:must|should)\b|"
            r"\bapplications\s+(?:will|shall)\s+be\s+(?:screened|reviewed|assessed|evaluated|considered)\b|"
            # "Applicants must complete the online application through AppliTrack"
            r"^\W*(?:applicants|candidates)\s+(?:must|should|will\s+need\s+to)\s+(?:complete|submit|fill|register|"
            r"upload|attach)\b|"
            # "For questions, please contact Dr. Sievers", "For further information contact ..."
            r"^\W*for (?:any )?(?:further |more )?(?:questions|queries|enquiries|information|details)\b|"
            # "No phone calls or agencies please", "No agencies.", "Recruitment agencies need not apply"
            r"^\W*no (?:phone calls|calls|agencies|recruiters|third[- ]part(?:y|ies))\b|"
            # a job board's page around the posting: "Promoted by hirer · Responses managed off LinkedIn",
            # "Easy Apply", "Over 100 applicants"
            r"\bresponses managed (?:off|on) linkedin\b|\bpromoted by hirer\b|^\W*easy apply\b|"
            r"\bover \d+ applicants\b|"
            # who may apply and who is preferred among them: "Who can apply: Persons residing in Canada and
            # Canadian citizens ...", "Preference will be given to veterans and then to Canadian citizens"
            r"^\W*who can apply\b|^\W*preference will be given to\b|"
            r"\bagencies (?:please|need not|should not)\b|"
            # a sentence giving an e-mail address is a contact line ("..., Head of Maths, or jo@school.org")
            r"[\w.+-]@[\w-]+\.\w|"
            # "Call Human Resources at (608) 555-0142", "Text JOBS to 55123", "Email Dana at dana@...".
            r"^[\W]*(call|text|phone|e-?mail|contact|write to|reach)\b[^\n]{0,80}?(\d{3}|@)|"
            # a sentence giving a telephone number is a contact line ("Questions: HR, (816) 555-0120")
            r"(\(\d{3}\)\s?|\b\d{3}[.-])\d{3}[.-]\d{4}\b|"
            # an international number: "(+49 40 555 381 22)", "+44 20 7946 0000"
            r"\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}\b",
        ),
        (
            "benefits",
            # "120k-150k" is pay; "Company size: 1k-5k people", "10k+ employees" is not.
            # "CTC: 5-7 LPA", "₹6 lakhs": Indian pay
            # "20 000 – 26 000 PLN net", "CHF 95,000": a sum in thousands beside a currency's code
            rf"({_CODED_SUM}|"
            r"[$€£₹]\s?\d|\b\d+(?:\.\d+)?\s*(?:lpa|lakhs?|lacs?)\b|\b\d+k\b(?![+–-]?(?:\s*\d+k)?\+?\s*(?:people|employees|staff|users|customers))|"
            r"\bsalary\b|per (year|annum|hour)|\b401\s?\(?k\)?|health(care)?,? "
            r"(dental|insurance)|\binsurance|paid time off|\bpto\b|vacation|parental leave|"
            r"stock options|\bequity\b|wellness|gym|retirement|pension|competitive (pay|salary|"
            r"compensation)|flexible (work|working|hours|schedule)|work from home|remote[- ]friendly|"
            # "Flexible start and finish times", "hybrid options after probation": when and where, given
            r"flexible start (?:and|&) finish times?|\bhybrid (?:options?|working)\b|"
            r"free (lunch|snacks|meals)|professional development opportunities|relocation|"
            # "There are good opportunities for personal and professional development", "Uniform and PPE are
            # provided.", "The Care Certificate is included.": what the job gives
            r"opportunit(?:y|ies) for (?:\w+ )?(?:personal|professional|career)\b|"
            # "complete a 4-week paid FAA training program": training the job pays for
            # (not "a CDL, or willing to obtain through our paid training": what is asked, and how)
            r"\b(?:complete|attend|receive|get)\s+(?:an?\s+|our\s+)?(?:[\w-]+\s+)?paid\s+(?:[\w-]+\s+){0,2}"
            r"training\b|^\W*paid\s+training\b|"
            # (not a duty: "Ensure that care is provided")
            r"^(?!\W*(?:ensure|make sure|check|verify|confirm|monitor)\b)[^.;:]{0,50}\b(?:is|are|will be) "
            r"(?:included|provided|funded|paid for)(?: by us)?\W*$|"
            # "Perks: store discount, ski pass program", "Benefits include: ...": a label of what is given
            # "What's on offer: hybrid working, 25 days' holiday", "In return: ..."
            r"^\W*(?:(?:job|our|employee|your)\s+)?(?:perks|benefits|what we offer|we offer|rewards|"
            r"what['’]s on offer|on offer|in return|"
            r"what you(?:['’]ll| will)? get)(?: include)?\s*[:–—]|"
            # "Benefits include paid certification and study leave"
            r"^\W*(?:our\s+|the\s+)?(?:benefits|perks)\s+include\b|"
            # "25 days' holiday plus bank holidays", "33 days annual leave": UK leave given
            r"\b\d{2} days['’]? (?:annual )?(?:holiday|annual leave|leave)\b|"
            # "We provide a 12-week onboarding, CME allowance and malpractice coverage": what the job gives
            # "Weekly pay, overtime available, tools allowance.": pay and what it includes
            r"\b(?:tools?|car|vehicle|van|uniform|travel|phone|meal|boot|relocation)\s+allowance\b|"
            # "Unlimited access to LinkedIn Learning courses": a learning platform the job pays for
            r"\b(?:unlimited|free)\s+access\s+to\b|"
            # "Full-time | Company truck, phone and tablet": what the job hands over
            r"\bcompany\s+(?:truck|van|car|vehicle|phone|laptop|mobile)s?\b|"
            r"^\W*(?:weekly|fortnightly|daily) pay\b|"
            # "AWS + variable bonus" (Singapore's Annual Wage Supplement), "13th month pay", "annual bonus"
            r"\b(?:variable|annual|performance|year-end|sign-on|signing|quarterly|retention) bonus(?:es)?\b|"
            r"\bannual wage supplement\b|\b1[34]th[- ]month\b|"
            r"^\W*we(?:['’]ll| will)? (?:offer|provide)(?: you)?\b"
            r"(?! (?:services?|care|support) (?:to|for)\b))",
        ),
        (
            # "Forklift or CDL? Not needed": named, and said not to be asked (unless also a plus: preferred)
            "not_asked",
            r"^(?!.*\b(helpful|plus|preferred|bonus|nice|desirable|advantage|ideally|welcome)\b)"
            r".*\b(not (needed|required|necessary|mandatory|essential|a must)|no need for|"
            r"(isn['’]t|is not|are not|aren['’]t) (needed|required|necessary))\b",
        ),
        (
            # "LOCATION: Daventry DC, NN11", "Contract: Temp to perm", "Closing date: 12 May": the job's
            # facts, on a short line (a run-on posting that starts "Job type: Full-time ..." goes on to ask).
            "facts",
            r"^\W*(?:job\s+)?(?:location|(?:home\s+)?base|pay(?:\s+rate)?|salary|ctc|(?:expected\s+)?package|remuneration|"
            r"compensation|stipend|notice\s+period|(?:working\s+)?hours|contract(?:\s+type)?|"
            r"(?:job|employment|position)\s+type|reference|ref|closing\s+date|start(?:ing)?(?:\s+date)?|posted|"
            # "Interview date: w/c 26 January", "Posting end date: April 30, 2025", "Application deadline:"
            r"interviews?(?:\s+dates?)?|posting\s+(?:end\s+|close\s+|closing\s+)?date|"
            r"(?:application\s+)?deadline|"
            # "Post reference: EBC-PL-0417", "Vacancy ref: 4471"
            r"(?:post|vacancy|position|advert|competition|job|campaign)\s+(?:reference|ref)(?:\s+(?:no\.?|number))?|"
            # "Union: IUEC Local 2", "FLSA status: Non-exempt": the post's terms, not skills
            r"date\s+posted|union|(?:flsa|exemption|employment)\s+status|"
            # "Announcement number: NPS-SER-24-1187", "Requisition ID: 4471", "Job ID: ..."
            r"(?:announcement|vacancy|requisition|req|job|posting|competition)\s*(?:number|no\.?|id|#)|"
            # "Work setup: Onsite, 5th Avenue, BGC", "Reporting to: Finance Manager", "Shift: nights"
            r"work\s+(?:setup|set-up|arrangement|mode|location)|report(?:ing|s)\s+to|"
            # "Shift: nights", "Schedule: Monday–Friday" (not "Schedule: must be available weekends": asked)
            r"(?:shifts?|schedule)(?=\s*:(?![^\n]*\b(?:must|able|willing|availab\w*|required|need\w*|flexib\w*)\b))|"
            # "Grade: Senior Executive Officer (SEO)", "Band: 6": the post's grade, not a skill (SEO)
            r"grade|(?:pay\s+)?band|department|directorate|division|"
            # a job board's fields: "Role Category: ERP, CRM", "Industry Type: IT Services"
            r"role\s+category|industry(?:\s+type)?|industries|functional\s+area|job\s+(?:function|category)|"
            r"seniority\s+level)\s*:[^\n]{0,80}$",
        ),
        (
            "about",
            r"^(we are (a|an|the)\b|we're (a|an)\b|founded in|our mission|"
            # "About the team: we build the lakehouse that powers pricing": a label for the employer's lines
            r"about (?:us|the (?:team|company|business|group)|our (?:team|company))\s*:|"
            # "About Keystone Mutual: We are a 110-year-old mutual insurer": the employer by its name
            r"about (?!(?:the|this) (?:role|job|position|opportunity)\b|you\b)"
            r"(?-i:[A-Z])[\w&.'’-]*(?:\s(?-i:[A-Z])[\w&.'’-]*){0,3}\s*:\s*(?:we|our|the|it)\b|"
            # "Who we are: a family-owned residential solar installer, 6,000+ homes since 2012"
            r"who we are\s*:|"
            # "We're Loopa, a 25-person team": the company names itself (its name is capitalised)
            r"we(?: are|['’]re) (?!(?i:looking|hiring|seeking|searching)\b)(?-i:[A-Z])[\w&.-]*,|"
            r"at [A-Z][\w&.-]*(\s[A-Z][\w&.-]*)*,\s*we\b|"
            r"[A-Z][\w&.-]*(\s[A-Z][\w&.-]*)* is (a|an|the) (leading|global|fast|growing|proud)|"
            # "FinchPay's app helps 2M people split bills": what the employer's product does
            r"[A-Z][\w&.-]*['’]s (?:apps?|platform|products?|software|services?|tools?|marketplace) "
            r"(?:helps|lets|is|are|powers|serves|connects|makes|gives|enables|allows|supports)\b|"
            # "Ireland's fastest-growing regional airline connects 34 destinations": the employer praised
            r".{0,40}?\b(?:fastest[- ]growing|award[- ]winning|market[- ]leading)\s+(?:[\w-]+\s+){0,2}"
            r"(?:company|airline|business|firm|brand|retailer|provider|group|agency|start-?up|charity|employer|"
            r"practice|restaurant|hotel|chain|bank|insurer|platform|team)\b)",
        ),
    )
)

# "Lakeshore Fluid Systems designs and builds pumps", "Brightline Health Partners operates 14 clinics": the
# employer, named in two or more capitalised words at the start of a sentence, says what it does (a product
# of the vocabulary doing something, "Kafka Connect moves data", is part of a duty: ``posting``).
EMPLOYER_DOES_RE = re.compile(
    # (one word is a name too, "RouteWise puts cameras ... in 90,000 trucks", unless the vocabulary knows it)
    # ("Norvex Global Business Services in Kraków delivers finance ...": where it is, after its name)
    r"^(?P<name>[A-Z][\w&.'’-]*(?:\s(?:of\s|&\s)?[A-Z][\w&.'’-]*)*)(?:\s(?:in|at)\s[A-Z][\w'’-]*)?"
    r"\s(?:designs|builds|operates|manufactures|"
    r"makes|provides|serves|develops|delivers|moves|sells|runs|powers|connects|supplies|distributes|owns|puts|"
    r"employs|ha(?:s|ve) (?:served|built|grown|helped|provided|supplied|designed|delivered|operated)|"
    # "Harlow & Vance is a 40-attorney litigation boutique representing ...": what kind of employer it is
    r"is (?:a|an|the) (?:[\w-]+ ){0,5}(?:company|firm|boutique|agency|practice|provider|group|business|"
    r"start-?up|organi[sz]ation|charity|nonprofit|non-profit|employer|manufacturer|distributor|retailer|"
    r"hospital|clinic|studio|consultancy|brand|marketplace|platform|insurer|bank|lender|carrier|school))\b"
)


# Where a job's title ends: "Benefits Specialist (Part-Time)", "Benefits Coordinator - Remote", "..., Leeds".
_TITLE_END_RE = re.compile(r"\s*(?:\(|\s[-–—|]\s|,|:)")


def names_a_role(*, text: str, role_nouns: frozenset[str]) -> bool:
    """Return whether a short line ends its title in a role noun ("Payroll & Benefits Specialist",
    "Compensation Analyst - Remote"): the job named, not a heading about pay or perks."""
    words = _TITLE_END_RE.split(text.strip(), maxsplit=1)[0].split()
    last = words[-1].lower() if len(words) > 1 else ""
    return last in role_nouns or (last.endswith("s") and last[:-1] in role_nouns)


# A word written twice at a line's start: a heading the PDF ran into its own line ("Application Application
# must be sent ..."), read once.
_DOUBLED_LEAD_RE = re.compile(r"^(\W*)([A-Za-z]+)[ \t]+(?=\2\b)", re.IGNORECASE)


def without_doubled_lead(*, text: str) -> str:
    """Return ``text`` with a word written twice at its start written once."""
    return _DOUBLED_LEAD_RE.sub(r"\1", text, count=1)


# A sentence that speaks to the candidate about the job ("You will ...", "You are ...", "In addition, you'll
# ...") asks something of them, even under a heading about the company or how to apply.
ADDRESSED_RE = re.compile(
    r"^\W*(?:(?:in addition|also|additionally|thus|here),?\s+)?you(?:\s+(?:will|are|have|should|must|bring|"
    r"know|enjoy working)\b|['’](?:ll|re|ve)\b)",
    re.IGNORECASE,
)
