"""What a named tool is asked for: "Write SQL queries for data analysis", "Experience with Canva for event
collateral". The purpose after "for" is shown by the tool used for it, so a resume using the tool is not told
it lacks the purpose."""

import re

from ai.local_engine.requirement_model import Requirement

# "for" right before the purpose, and nothing but words of the same clause between the tool and it.
_FOR_BEFORE_RE = re.compile(r"\bfor\s+(?:the\s+|a\s+|an\s+|your\s+|our\s+)?$", re.IGNORECASE)
_CLAUSE_BREAK_RE = re.compile(r"[.;:\n(]")
_REACH = 40  # characters from the tool's name to its purpose


def tools_for_purposes(*, requirements: list[Requirement], text: str) -> None:
    """Give a purpose a named tool is asked for that tool as an alternative (in place)."""
    tools = [r for r in requirements if r.kind == "tool" and r.concept_id is not None]
    for requirement in requirements:
        if requirement.kind not in ("tool", "hard_skill") or not _FOR_BEFORE_RE.search(
            text, max(0, requirement.position - 12), requirement.position
        ):
            continue
        for tool in tools:
            between = text[tool.position + len(tool.asked_as or tool.name) : requirement.position]
            if (
                tool is not requirement
                and 0 < requirement.position - tool.position <= _REACH + len(tool.name)
                and not _CLAUSE_BREAK_RE.search(between)
            ):
                requirement.alternatives = (*requirement.alternatives, tool.name)
                requirement.alternative_keys = (*requirement.alternative_keys, tool.key)
                requirement.alternative_concepts = requirement.alternative_concepts | {tool.concept_id}
