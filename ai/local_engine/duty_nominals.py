"""The skill a duty on one object names by its verb's noun: "Administer medications" is "medication
administration", as "administer vaccines" is "vaccine administration"; a recruiter screens for the skill so
named, where the object alone ("medications") names nothing."""

# A duty verb and the noun of its act that names a skill after its object. Not "manage", "monitor",
# "document" or "support": "manage transactions", "monitor drift", "document care" and "support instruction"
# read as duties, not as skills a recruiter screens for (measured on the tune postings).
_NOMINALS = {"administer": "administration"}


def nominal_form(*, verb: str, noun: str) -> str | None:
    """Return the skill a duty verb on one plain noun names ("administer", "medications" -> "medication
    administration"), or None for a verb with no such noun or an object that is no plain lower-case noun."""
    nominal = _NOMINALS.get(verb.lower())
    if nominal is None or not noun.isalpha() or not noun.islower():
        return None
    # The object names the kind of thing acted on, singular before its head: "medications" -> "medication".
    singular = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
    return f"{singular} {nominal}"
