"""The tailored resume as a JSON Resume document (jsonresume.org schema v1).

Every value is a line of the resume as written (or an accepted replacement); dates are the years the
resume wrote ("2019"), since JSON Resume wants ISO 8601 and a month the resume spelled out would be a
conversion. An entry's first heading line is the organisation (or school, project, certificate), its
second the position (or area, issuer); achievement lines are highlights, other lines the summary.
"""

from typing import Any

from ai.local_engine.resume_dates import RANGE_RE
from ai.local_engine.structure import LEVEL_WORDS, date_range, skill_groups

# The section kinds JSON Resume has a place for; the others (references, volunteering, a header's tagline)
# are in the Markdown, DOCX and PDF exports only.
JSON_RESUME_KINDS = frozenset(
    {"summary", "objective", "experience", "education", "projects", "certifications", "skills", "languages"}
    | {"awards", "publications", "interests"}
)


def _texts(entry: dict[str, Any], role: str) -> list[str]:
    return [line["text"] for line in entry["lines"] if line["role"] == role]


def _dates(entry: dict[str, Any]) -> dict[str, str]:
    for text in _texts(entry, "date"):
        years = date_range(text=text)
        if years:
            start, end = years
            return {"startDate": start, **({"endDate": end} if end else {})}
    return {}


def _entry_parts(entry: dict[str, Any]) -> tuple[str, str, list[str], str]:
    """Return (first heading, second heading, highlights, summary of the remaining lines).

    Without a second heading line, the words of the first dates line around its dates stand in ("Senior
    Engineer" of "Senior Engineer Jan 2023 - Present"); every other line goes to the summary.
    """
    heads = _texts(entry, "head") or [entry["lines"][0]["text"]]
    dates = _texts(entry, "date")
    second = heads[1] if len(heads) > 1 else ""
    if not second and dates:
        second = " ".join(RANGE_RE.sub(" ", dates[0]).split()).strip(" ,|–—-")
    others = set(heads[2:]) | set(dates[1:])
    rest = [
        line["text"]
        for line in entry["lines"]
        if line["role"] not in ("head", "action", "date") or line["text"] in others
    ]
    return heads[0], second, _texts(entry, "action"), " ".join(rest)


def _compact(item: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in item.items() if value not in ("", [], None)}


def _work(entry: dict[str, Any]) -> dict[str, Any]:
    name, position, highlights, summary = _entry_parts(entry)
    return _compact(
        {"name": name, "position": position, **_dates(entry), "summary": summary, "highlights": highlights}
    )


def _education(entry: dict[str, Any]) -> dict[str, Any]:
    institution, area, highlights, summary = _entry_parts(entry)
    courses = highlights + ([summary] if summary else [])
    return _compact({"institution": institution, "area": area, **_dates(entry), "courses": courses})


def _project(entry: dict[str, Any]) -> dict[str, Any]:
    name, description, highlights, summary = _entry_parts(entry)
    text = " ".join(part for part in (description, summary) if part)
    return _compact({"name": name, "description": text, **_dates(entry), "highlights": highlights})


def _certificate(entry: dict[str, Any]) -> dict[str, Any]:
    name, issuer, _, _ = _entry_parts(entry)
    return _compact({"name": name, "issuer": issuer, "date": _dates(entry).get("startDate", "")})


def _languages(lines: list[str]) -> list[dict[str, str]]:
    languages: list[dict[str, str]] = []
    for text in lines:
        if languages and not languages[-1].get("fluency") and set(text.lower().split()) & LEVEL_WORDS:
            languages[-1]["fluency"] = text
        else:
            languages.append({"language": text})
    return languages


def _lines(section: dict[str, Any]) -> list[str]:
    return [line["text"] for entry in section["entries"] for line in entry["lines"]]


def json_resume(*, tailored: dict[str, Any]) -> dict[str, Any]:
    """Return the JSON Resume document of a tailored structure."""
    contact = tailored["contact"]
    urls = contact.get("urls", [])
    sections = tailored["sections"]
    summary = " ".join(text for s in sections if s["kind"] in ("summary", "objective") for text in _lines(s))
    basics = _compact(
        {
            "name": contact.get("name", ""),
            "label": contact.get("label", ""),
            "email": contact.get("email", ""),
            "phone": contact.get("phone", ""),
            "url": urls[0] if urls else "",
            "location": {"address": contact["location"]} if contact.get("location") else "",
            "summary": summary,
            "profiles": [{"url": url} for url in urls[1:]],
        }
    )
    document: dict[str, Any] = {"basics": basics}
    builders = {
        "experience": ("work", _work),
        "education": ("education", _education),
        "projects": ("projects", _project),
        "certifications": ("certificates", _certificate),
    }
    for section in sections:
        kind = section["kind"]
        if kind in builders:
            key, build = builders[kind]
            document.setdefault(key, []).extend(
                build(entry) for entry in section["entries"] if entry["lines"]
            )
        elif kind == "skills":
            groups = skill_groups(lines=_lines(section), heading=section["heading"] or "")
            document.setdefault("skills", []).extend(_compact(group) for group in groups)
        elif kind == "languages":
            document.setdefault("languages", []).extend(_languages(_lines(section)))
        elif kind == "awards":
            document.setdefault("awards", []).extend({"title": text} for text in _lines(section))
        elif kind == "publications":
            document.setdefault("publications", []).extend({"name": text} for text in _lines(section))
        elif kind == "interests":
            document.setdefault("interests", []).extend({"name": text} for text in _lines(section))
    return document
