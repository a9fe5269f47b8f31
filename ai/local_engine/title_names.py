"""The names one posting title gives its job: "Freight Broker / Logistics Account Executive" is either title,
and "Industrial Mechanic (Millwright)" names one trade twice, the bracket holding its other (often the common)
name."""

import re

# A bracketed name after a title's role noun: one to three capitalised words ("(Millwright)", "(Line Cook)").
OTHER_NAME_RE = re.compile(r"\s*\(([A-Z][\w-]*(?: [A-Z][\w-]*){0,2})\)")
_TITLE_AND_OTHER_NAME_RE = re.compile(rf"(.+?){OTHER_NAME_RE.pattern}")


def title_names(title: str | None) -> list[str]:
    """Return each title the posting's title names ("Freight Broker", "Logistics Account Executive";
    "Industrial Mechanic", "Millwright")."""
    names = []
    for part in (title or "").split(" / "):
        both = _TITLE_AND_OTHER_NAME_RE.fullmatch(part.strip())
        names.extend(both.groups() if both else [part.strip()])
    return [name for name in names if name]
