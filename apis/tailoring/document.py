"""The tailored resume: the stored structure with the accepted rewrites applied, and the export gate."""

import copy
from collections.abc import Iterator
from typing import Any

from ai.local_engine.fabrication import has_placeholder, source_keys, unsupported_facts
from apis.tailoring.rewrites import SOURCE_EDIT, opener_of


def tailored_structure(*, structure: dict[str, Any], accepted: list[dict[str, str]]) -> dict[str, Any]:
    """Return a copy of ``structure`` in which each accepted sentence reads as its replacement.

    Nothing else changes: every other line, heading and entry stays as the resume wrote it.
    """
    replacements = {item["sentence"]: item["replacement"] for item in accepted}
    tailored = copy.deepcopy(structure)
    for section in tailored["sections"]:
        for entry in section["entries"]:
            for line in entry["lines"]:
                if line["text"] in replacements:
                    line["text"] = replacements[line["text"]]
                    line["changed"] = True
    return tailored


def export_problems(
    *, resume_text: str, tailored: dict[str, Any], accepted: list[dict[str, str]]
) -> list[str]:
    """Return what the tailored resume names that neither the resume nor the user's own edits hold.

    Checked line by line before any file is written (a second guard behind the checks at acceptance). A
    placeholder left in any line is a problem too.
    """
    edits = [item["replacement"] for item in accepted if item["source"] == SOURCE_EDIT]
    keys = source_keys(sources=[resume_text, *edits])
    openers = {item["replacement"]: opener_of(sentence=item["sentence"]) for item in accepted}
    problems: list[str] = []
    for section in tailored["sections"]:
        lines = [line for entry in section["entries"] for line in entry["lines"]]
        texts = [section["heading"] or ""] + [line["text"] for line in lines]
        for text in texts:
            if has_placeholder(text=text):
                problems.append(text[:40])
                continue
            for fact in unsupported_facts(text=text, keys=keys, opener=openers.get(text)):
                if fact not in problems:
                    problems.append(fact)
    return problems


# How each line role is laid out by the Markdown, DOCX and PDF renderers.
BLOCK_BY_ROLE = {"head": "entry", "date": "date", "action": "bullet", "list": "text", "contact": "text"}


def blocks(*, tailored: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """Yield (kind, text) in reading order: kind is title, heading, entry, date, bullet or text.

    The name found in the header becomes the title; each section's own heading opens it.
    """
    name = tailored["contact"].get("name", "")
    for section in tailored["sections"]:
        if section["heading"]:
            yield "heading", section["heading"]
        for entry in section["entries"]:
            for line in entry["lines"]:
                if section["kind"] == "header":
                    yield ("title" if name and line["text"] == name else "text"), line["text"]
                elif section["kind"] in ("summary", "objective"):
                    yield "text", line["text"]
                else:
                    yield BLOCK_BY_ROLE.get(line["role"], "text"), line["text"]
