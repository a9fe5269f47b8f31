"""Other names a requirement's key is shown by: the one who does a field of work ("project manager" for
"project management"), a trade's worker or the parts it works on ("electrician", "electrical controls" for
"electrical systems"), a product without its maker's name ("z/OS" for "IBM z/OS") and a practice by another
country's name for it ("continuing education" for CPD)."""

import re

# A field of work and the one who does it: "project management" is the work of a "project manager",
# "Salesforce administration" of a "Salesforce Administrator", "UX design" of a "UX designer".
_FIELD_WORKER = {
    "management": "manager",
    "engineering": "engineer",
    "administration": "administrator",
    "accounting": "accountant",
    "development": "developer",
    "design": "designer",
    "analysis": "analyst",
    "nursing": "nurse",
    "teaching": "teacher",
    "recruiting": "recruiter",
    "recruitment": "recruiter",
    "coordination": "coordinator",
    "supervision": "supervisor",
    "science": "scientist",  # "data science" by "Data Scientist"
    "research": "researcher",
}


# A maker's name before its product: "IBM z/OS" is shown by "z/OS", "IBM DB2" by "DB2", "Microsoft
# SharePoint" by "SharePoint"; only a product written as no plain word is ("Google Analytics" is not shown
# by "analytics", nor "Microsoft Office" by an "Office Manager").
_MAKERS = frozenset(
    "ibm microsoft oracle adobe google amazon apple cisco xilinx intel autodesk atlassian sap".split()
)
_NAMED_PRODUCT_RE = re.compile(r"\S*(?:[a-z][A-Z]|[\d/+#])\S*")


def _unbranded(*, key: str, name: str) -> tuple[str, ...]:
    """Return the product's key without its maker's name, when the posting writes the product as a name."""
    maker, _, product = key.partition(" ")
    _, _, written = name.partition(" ")
    if maker in _MAKERS and product and _NAMED_PRODUCT_RE.fullmatch(written.strip()):
        return (product,)
    return ()


_BUILDERS = {"design": ("engineer",), "development": ("engineer",)}
# A trade's systems ("electrical systems") are shown by its worker ("Journeyman Electrician") or by the
# trade's parts worked on ("electrical controls up to 480V").
_TRADE_WORKER = {"electrical": "electrician", "plumbing": "plumber", "mechanical": "mechanic"}
_TRADE_PARTS = ("control", "equipment", "component", "repair", "maintenance", "wiring", "panel", "circuit")


def _worker_keys(*, key: str) -> tuple[str, ...]:
    """Return the key of the one who does a named field of work ("project manager" for "project
    management"); a field word alone ("management") names no one in particular."""
    words = key.split()
    if len(words) >= 2 and words[-2] in _TRADE_WORKER and words[-1] == "system":
        return (_TRADE_WORKER[words[-2]], *(f"{words[-2]} {part}" for part in _TRADE_PARTS))
    if len(words) < 2 or words[-1] not in _FIELD_WORKER:
        return ()
    # "FPGA design" by an "FPGA Engineer", "firmware development" by a "Firmware Engineer": those who build a
    # technical thing design and develop it
    workers = (_FIELD_WORKER[words[-1]], *_BUILDERS.get(words[-1], ()))
    return tuple(" ".join([*words[:-1], worker]) for worker in workers)


# Words that ask for more than one of a thing ("filings in multiple states"): any of them shows it ("several
# states").
_MANY = ("multiple", "several", "various", "numerous", "many")


def _many_keys(*, key: str) -> tuple[str, ...]:
    """Return the key with each other word for "more than one" ("several state" for "multiple state")."""
    first, _, rest = key.partition(" ")
    if first not in _MANY or not rest:
        return ()
    return tuple(f"{word} {rest}" for word in _MANY if word != first)


# One practice under the names other countries give it: CPD is "continuing education" in North America.
_SAME_PRACTICE = {"continuing professional development": ("continuing education", "cpd")}


def other_keys(*, key: str, name: str = "") -> tuple[str, ...]:
    """Return the other keys that show a requirement's ``key`` (written in a row in the resume); ``name``:
    the requirement's name as the posting writes it."""
    return (
        *_worker_keys(key=key),
        *_unbranded(key=key, name=name),
        *_many_keys(key=key),
        *_SAME_PRACTICE.get(key, ()),
    )
