"""Read a job page: its schema.org ``JobPosting`` JSON-LD when present, else the page's main text."""

import json
from html.parser import HTMLParser
from typing import Any

SKIP_TAGS = {"script", "style", "nav", "header", "footer", "noscript", "aside", "form", "template"}
VOID_TAGS = {"br", "img", "input", "meta", "link", "hr", "wbr", "source", "area", "col", "embed"}
BLOCK_TAGS = {"p", "div", "li", "br", "h1", "h2", "h3", "h4", "section", "article", "tr", "ul", "ol"}


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_depth = 0
        self.parts: list[str] = []
        self.ld_blocks: list[str] = []
        self.in_ld = False
        self.current: str | None = None
        self.h1 = ""
        self.title = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = dict(attrs)
        if tag == "script" and (attr.get("type") or "").lower() == "application/ld+json":
            self.in_ld = True
            self.ld_blocks.append("")
            return
        # Inside a skipped element every opened tag counts, so the element's own end tag ends the skip.
        is_banner = "cookie" in (attr.get("id") or "") + (attr.get("class") or "")
        if tag not in VOID_TAGS and (self.skip_depth or tag in SKIP_TAGS or is_banner):
            self.skip_depth += 1
        self.current = tag
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self.in_ld and tag == "script":
            self.in_ld = False
            return
        if self.skip_depth and tag not in VOID_TAGS:
            self.skip_depth -= 1
        if tag in BLOCK_TAGS:
            self.parts.append("\n")
        self.current = None

    def handle_data(self, data: str) -> None:
        if self.in_ld:
            self.ld_blocks[-1] += data
        elif self.current == "title":
            self.title += data
        elif not self.skip_depth:
            if self.current == "h1":
                self.h1 += data
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Return the visible main text of ``html``, one block per line."""
    parser = _PageParser()
    parser.feed(html)
    return _tidy("".join(parser.parts))


def _tidy(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _find_posting(node: Any) -> dict[str, Any] | None:
    if isinstance(node, list):
        for item in node:
            found = _find_posting(item)
            if found:
                return found
    elif isinstance(node, dict):
        kind = node.get("@type")
        if kind == "JobPosting" or (isinstance(kind, list) and "JobPosting" in kind):
            return node
        return _find_posting(node.get("@graph"))
    return None


def _name(value: Any) -> str:
    if isinstance(value, dict):
        return str(value.get("name") or "")
    return str(value or "")


def _location(value: Any) -> str:
    if isinstance(value, list):
        return "; ".join(filter(None, (_location(v) for v in value)))
    if isinstance(value, dict):
        address = value.get("address", value)
        if isinstance(address, dict):
            keys = ("addressLocality", "addressRegion", "addressCountry")
            return ", ".join(_name(address.get(k)) for k in keys if address.get(k))
        return str(address)
    return str(value or "")


STRUCTURED_KEYS = (
    "employmentType",
    "skills",
    "qualifications",
    "educationRequirements",
    "experienceRequirements",
    "datePosted",
    "validThrough",
    "baseSalary",
)


def read_job_page(html: str) -> dict[str, Any]:
    """Return ``title``, ``company``, ``location``, ``text`` and ``structured`` read from a job page."""
    parser = _PageParser()
    parser.feed(html)
    posting = None
    for block in parser.ld_blocks:
        try:
            posting = _find_posting(json.loads(block))
        except ValueError:
            continue
        if posting:
            break
    page_text = _tidy("".join(parser.parts))
    if posting:
        description = html_to_text(str(posting.get("description") or ""))
        return {
            "title": _name(posting.get("title")).strip(),
            "company": _name(posting.get("hiringOrganization")).strip(),
            "location": _location(posting.get("jobLocation")),
            "text": description or page_text,
            "structured": {k: posting[k] for k in STRUCTURED_KEYS if k in posting},
        }
    title = " ".join((parser.h1 or parser.title).split())
    return {"title": title, "company": "", "location": "", "text": page_text, "structured": {}}
