"""How a category named with examples is asked: open to any member, or closed to the names listed.

"Frameworks such as React or Vue", "version control, e.g. Git", "scripting languages (Perl, Bash, etc.)": the
names are examples, and any known member of the category meets the ask. "Scripting (Python, PowerShell
or Bash)", "scripting in Python, PowerShell or Bash": the names are the options, and only they (or a narrower
form of one) meet it, not another scripting language.
"""

import re

from ai.local_engine.candidates import Candidate

# Words that leave a bracket's list open: the names are examples ("(e.g. Git)", "(Perl, Bash, etc.)", "(Jira
# or similar)", "(Salesforce preferred)").
_OPEN_WORDS_RE = re.compile(
    r"\b(?:such as|e\.?\s?g\b|eg\b|like|including|for example|for instance|etc\b|or (?:any |an?other |)"
    r"(?:similar|other|equivalent|comparable)|and (?:more|others|the like|similar)|among others|"
    r"preferred|ideally|a plus|desirable|bonus|especially|particularly)",
    re.IGNORECASE,
)
_OR_RE = re.compile(r"\bor\b", re.IGNORECASE)
# "our ticketing system (ConnectWise)": the employer's own product, the kind of work it is, not options a
# candidate must have used.
_OURS_RE = re.compile(
    r"\b(?:our|their|its|the (?:team|company|client)'s)\s+(?:[\w/-]+\s+){0,2}$", re.IGNORECASE
)
# The options named right after a category: "scripting in Python, PowerShell or Bash", "scripting: ...".
_OPTIONS_AFTER_RE = re.compile(r"[ \t]+(?:in|with|using)[ \t]+|[ \t]*:[ \t]*", re.IGNORECASE)


def closed_bracket(*, head: Candidate, examples: list[Candidate], text: str) -> bool:
    """Return whether ``examples`` are a bracket's list of options ("or") right after ``head``, with no word
    leaving it open."""
    if not _OR_RE.search(text, examples[0].end, examples[-1].start):
        return False  # "ORM technologies (JPA2, Hibernate)": what is used, named as examples
    opening = text.find("(", head.end, examples[0].start)
    if opening < 0 or text[head.end : opening].strip() or _OURS_RE.search(text, 0, head.start):
        return False
    closing = text.find(")", examples[-1].end)
    after = text[closing + 1 : closing + 20] if closing >= 0 else ""
    return not _OPEN_WORDS_RE.search(text[opening : max(closing, examples[-1].end)] + " " + after[:12])


def options_after(*, head: Candidate, group: list[Candidate], text: str) -> bool:
    """Return whether an or-list ``group`` is named right after ``head`` as its options ("scripting in
    Python or Bash"), not left open after it ("..., Bash, etc.")."""
    return _OPTIONS_AFTER_RE.fullmatch(text, head.end, group[0].start) is not None and not (
        _OPEN_WORDS_RE.search(text, group[-1].end, group[-1].end + 16)
    )
