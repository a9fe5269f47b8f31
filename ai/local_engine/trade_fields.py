"""A trade asked by the name of its work ("commercial carpentry experience", "bookkeeping") is shown by the
trade's own title in the resume ("Journeyman Carpenter", "Bookkeeper"): a carpenter's work is carpentry.
Not a narrower practice of the trade ("MIG welding", "pediatric nursing"), which the title does not show."""

from ai.local_engine.requirement_model import Requirement

# The work -> the worker, for trades whose work and worker are named by two different words.
TRADE_OF = {
    "carpentry": "carpenter",
    "joinery": "joiner",
    "masonry": "mason",
    "bricklaying": "bricklayer",
    "plumbing": "plumber",
    "roofing": "roofer",
    "welding": "welder",
    "plastering": "plasterer",
    "landscaping": "landscaper",
    "machining": "machinist",
    "bookkeeping": "bookkeeper",
    "nursing": "nurse",
    "pipefitting": "pipefitter",
    "millwrighting": "millwright",
    "upholstery": "upholsterer",
    "butchery": "butcher",
    "baking": "baker",
    "hairdressing": "hairdresser",
    "barbering": "barber",
    "tiling": "tiler",
    "glazing": "glazier",
    "scaffolding": "scaffolder",
}
_KINDS = frozenset({"responsibility", "hard_skill", "tool"})
# Words that say where or how broadly the trade is practised, not which practice of it.
TRADE_SETTINGS = frozenset(
    "commercial residential industrial general domestic construction finish rough professional trade".split()
)
# Workers of a trade, whose title's setting word ("Commercial Carpenter", "Residential Electrician") names
# where they work, not another job.
TRADE_WORKERS = frozenset(TRADE_OF.values()) | frozenset(
    "electrician technician mechanic painter installer labourer laborer fitter decorator locksmith".split()
)

# Licensed professions whose title's setting word ("Community Pharmacist", "Locum Dentist", "Hospital
# Pharmacist") names where they practise: a pharmacist managing a branch does the community pharmacist's job.
# A nurse practitioner's specialty ("Family Nurse Practitioner") is such a setting too.
PRACTITIONERS = frozenset(
    "pharmacist dentist optometrist physiotherapist veterinarian vet practitioner".split()
)
PRACTICE_SETTINGS = frozenset("community hospital retail locum relief clinical high street family".split())


def add_trade_workers(*, requirements: list[Requirement]) -> None:
    """Let the worker's title show each requirement named by a trade's work ("commercial carpentry")."""
    for requirement in requirements:
        if requirement.kind not in _KINDS:
            continue
        words = requirement.key.split()
        workers = [TRADE_OF[word] for word in words if word in TRADE_OF]
        if len(workers) == 1 and all(word in TRADE_OF or word in TRADE_SETTINGS for word in words):
            requirement.alternative_keys = (*requirement.alternative_keys, *workers)
