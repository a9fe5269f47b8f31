"""British spellings folded to the American ones ("centre" -> "center", "colour" -> "color", "organisation"
-> "organization", "paediatric" -> "pediatric"), so that a UK resume meets a US posting and the other way
round. A table of whole words, not a rule over endings: "expertise", "promise" and "supervise" are spelled so
on both sides. Applied to each token's plural-folded key (``text.normalize_token``)."""

# -our -> -or: the stem, then the endings it takes.
_OUR_STEMS = (
    "colour behaviour labour favour honour neighbour humour flavour odour vapour rumour endeavour armour"
).split()
_OUR_ENDINGS = ("", "ed", "ing", "al", "ally", "ful", "ite", "able", "less", "ist", "er", "ism")
# -re -> -er.
_RE_WORDS = (
    "centre fibre fibreglass metre kilometre centimetre millimetre litre millilitre theatre calibre lustre "
    "spectre sombre meagre"
).split()
# -ise -> -ize (and -isation -> -ization): only stems spelled with "z" in American English.
_ISE_STEMS = (
    "organ special priorit optim util recogn real minim maxim standard custom summar visual central normal "
    "categor character author capital commercial digit familiar final global harmon local modern monet "
    "personal stabil synchron apolog critic emphas memor mobil neutral legal hospital immun steril sanit "
    "computer industrial internal sympath fertil item container virtual initial vocal formal material "
    "operational conceptual contextual individual public rational specific"
).split()
_ISE_ENDINGS = ("ise", "ised", "ising", "isation", "iser", "isable", "isational")
_OTHER = {
    # -yse -> -yze
    "analyse": "analyze", "analysed": "analyzed", "analysing": "analyzing", "analyser": "analyzer",
    "paralyse": "paralyze", "catalyse": "catalyze",
    # a doubled "l" before an ending
    "modelling": "modeling", "modelled": "modeled", "modeller": "modeler", "travelling": "traveling",
    "travelled": "traveled", "traveller": "traveler", "counselling": "counseling", "counselled": "counseled",
    "counsellor": "counselor", "signalling": "signaling", "signalled": "signaled", "labelling": "labeling",
    "labelled": "labeled", "cancelled": "canceled", "cancelling": "canceling", "fuelled": "fueled",
    "fuelling": "fueling", "levelled": "leveled", "levelling": "leveling", "channelled": "channeled",
    "tunnelling": "tunneling", "jewellery": "jewelry", "enrolment": "enrollment", "enrol": "enroll",
    "fulfil": "fulfill", "fulfilment": "fulfillment", "skilful": "skillful", "instalment": "installment",
    # "ae" and "oe" in medicine
    "paediatric": "pediatric", "paediatrician": "pediatrician", "anaesthesia": "anesthesia",
    "anaesthetic": "anesthetic", "anaesthetist": "anesthetist", "haematology": "hematology",
    "haemoglobin": "hemoglobin", "haemorrhage": "hemorrhage", "orthopaedic": "orthopedic",
    "gynaecology": "gynecology", "gynaecologist": "gynecologist", "oesophageal": "esophageal",
    "oestrogen": "estrogen", "foetal": "fetal", "leukaemia": "leukemia", "caesarean": "cesarean",
    "oedema": "edema", "diarrhoea": "diarrhea", "manoeuvre": "maneuver", "orthopaedics": "orthopedics",
    # other words
    "programme": "program", "catalogue": "catalog", "aluminium": "aluminum", "grey": "gray", "mould": "mold",
    "moulding": "molding", "ageing": "aging", "judgement": "judgment", "acknowledgement": "acknowledgment",
    "defence": "defense", "offence": "offense", "practise": "practice", "practised": "practiced",
    "practising": "practicing", "sceptical": "skeptical", "analogue": "analog", "artefact": "artifact",
}  # fmt: skip

AMERICAN: dict[str, str] = {
    **{stem + ending: stem[:-3] + "or" + ending for stem in _OUR_STEMS for ending in _OUR_ENDINGS},
    **{
        word: word.replace("re", "er", 1) if word.count("re") == 1 else word[:-2] + "er" for word in _RE_WORDS
    },
    "centred": "centered",
    "centring": "centering",
    **{stem + ending: stem + ending.replace("is", "iz", 1) for stem in _ISE_STEMS for ending in _ISE_ENDINGS},
    **_OTHER,
}
