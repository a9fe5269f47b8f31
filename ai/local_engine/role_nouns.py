"""The nouns that make a line a job title: "engineer", "nurse", "electrician", "welder", "paralegal".

A hand-picked core (``aliases.ROLE_NOUNS``) plus the head nouns of the occupation titles the vocabulary holds
(ESCO occupations and O*NET occupation titles): the last word before "of", "in", "for", ... of each title
("specialist lecturer in earth science" -> "lecturer"), kept when at least ``MIN_TITLES`` titles end in it and
it reads as a person (an agent ending such as -er, -ist, -ian, or one of the listed persons). Trades and care
jobs then have a title as software jobs do, so their postings get a role part and their resumes' role lines
are read as titles. Computed when the vocabulary is built (``build_vocab``) and stored with it.

Heads that are also things a resume names in a sentence ("compiler", "controller", "handler", "producer",
"monitor", "layer") are left out: a resume line naming one would read as a title of that role.
"""

import re

from ai.local_engine.aliases import ROLE_NOUNS

MIN_TITLES = 3
_HEAD_ENDS_BEFORE = frozenset({"of", "in", "for", "to", "and", "with", "at", "on"})
_PERSON_ENDING_RE = re.compile(r"(?:er|or|ist|ian|ant|ent|eer|ee|ary|ive|ic|ess|man|woman)$")
# Endings no thing has: one occupation title ending in "microbiologist" or "sonographer" is enough.
# So is "-ist" of six letters or more ("arborist", "agronomist", "orthodontist"), but "-list" and "hoist".
_SURELY_A_PERSON_RE = re.compile(
    r"(?:ologist|grapher|ician|therapist|iatrist|^(?!.*(?:list|hoist)$)\w{3,}ist)$"
)
# Persons without an agent ending (occupation heads of the same vocabularies, and a few everyday titles).
_PERSONS = frozenset(
    """aide apprentice attorney barista captain caregiver chaplain chef clerk coach constable cook corporal
    dietitian dietician entrepreneur guard intern jockey judge maid mason midwife nanny nurse osteopath
    paralegal pedagogue pilot registrar scholar steward stonemason surgeon vet warden""".split()
)
# Heads that a resume uses for things (software, machines, business) far more than for a person.
_THINGS = frozenset(
    """access anchor binder blower breaker buffer builder burner business carrier catcher chipper clicker
    closer compiler computer configurator content controller copier cosmetic coverer development dipper
    dispatcher door drawer dryer electronic employee employment enginer equipment event extractor feeder
    filler flower former grant handler hanger holder integrator interceptor layer leader live loader logistic
    major man marker master matcher mecanic mechanist member merger mixer monitor music neutralizer newspaper
    other over planer plant player poster postsecondary press printer processor procurement producer
    promotor provider publisher purifier reader reproducer roller runner sampler scheduler selector sewer
    sexer sorter stacker taker tender tier transcriber translator treater trimmer tuner walker wallpaper
    washer water woman worker describer""".split()
)


def role_nouns_of(*, titles: frozenset[str]) -> frozenset[str]:
    """Return every role noun: the hand-picked ones, the listed persons and the titles' head nouns."""
    counts: dict[str, int] = {}
    for title in titles:
        words = title.split()
        for index, word in enumerate(words):
            if word in _HEAD_ENDS_BEFORE:
                words = words[:index]
                break
        if words and words[-1].isalpha():
            counts[words[-1]] = counts.get(words[-1], 0) + 1
    heads = {
        head
        for head, count in counts.items()
        if (count >= MIN_TITLES or _SURELY_A_PERSON_RE.search(head) is not None)
        and head not in _THINGS
        and (_PERSON_ENDING_RE.search(head) is not None or head in _PERSONS)
    }
    return ROLE_NOUNS | _PERSONS | heads
