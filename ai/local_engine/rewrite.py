"""Pick the resume sentence to improve, rewrite it without inventing anything, and explain the score.

Anti-fabrication rules, enforced by construction (and by tests):
- ``sentence_to_improve`` is a sentence copied verbatim from the resume;
- ``recommended_improvement`` is that sentence with a stronger opening verb, plus at most two skills the
  resume itself shows elsewhere (in the resume's own wording), plus a bracketed request for a real figure.
  It adds no number, employer, title, certification or skill the resume does not contain;
- skills the resume lacks appear only in ``reasoning``, as an explicit "add this if true" hint.
"""

import re

from ai.local_engine.requirements import JobRequirements
from ai.local_engine.resume import Evidence, ResumeIndex
from ai.local_engine.text import STOPWORDS, Sentence, tokenize

METRIC_HINT = "[add a real figure: how much, how many or how fast]"
MAX_ADDED_SKILLS = 2

# Weak openings and the plainer, stronger wording that keeps their meaning. "{past}" means: turn the next
# "-ing" word into the past tense ("Responsible for managing X" -> "Managed X"), else use the fallback.
_WEAK_OPENERS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"^(?:i\s+)?(?:was\s+|were\s+)?{pattern}\s+", re.IGNORECASE), replacement)
    for pattern, replacement in (
        (r"responsible\s+for", "{past}|Owned"),
        (r"in\s+charge\s+of", "{past}|Owned"),
        (r"tasked\s+with", "{past}|Handled"),
        (r"duties\s+included", "{past}|Handled"),
        (r"worked\s+on", "{past}|Delivered"),
        (r"helped\s+to", "{gerund}"),
        (r"helped(?:\s+with)?", "Supported"),
        (r"assisted(?:\s+with|\s+in)?", "Supported"),
        (r"involved\s+in", "Contributed to"),
        (r"participated\s+in", "Contributed to"),
        (r"took\s+part\s+in", "Contributed to"),
    )
)
_IRREGULAR_PAST = {
    "build": "built", "write": "wrote", "run": "ran", "lead": "led", "make": "made", "teach": "taught",
    "drive": "drove", "bring": "brought", "set": "set", "put": "put", "keep": "kept", "find": "found",
    "hold": "held", "get": "got", "give": "gave", "take": "took", "buy": "bought", "sell": "sold",
    "meet": "met", "grow": "grew", "begin": "began", "choose": "chose", "speak": "spoke",
}  # fmt: skip
_CONTACT_RE = re.compile(r"@|https?://|www\.|\+?\d[\d\s().-]{7,}\d")
MIN_WORDS = 5
MAX_WORDS = 45


def _past_tense(*, gerund: str) -> str | None:
    """Return the past tense of an "-ing" word ("managing" -> "managed", "building" -> "built"), or None."""
    if not gerund.lower().endswith("ing") or len(gerund) < 6:
        return None
    stem = gerund[:-3].lower()
    for base in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem):
        if base in _IRREGULAR_PAST:
            return _IRREGULAR_PAST[base]
    return stem + "ed"


def _gerund(*, verb: str) -> str:
    lowered = verb.lower()
    return (lowered[:-1] if lowered.endswith("e") and not lowered.endswith("ee") else lowered) + "ing"


def _strengthen(*, sentence: str) -> str:
    """Return ``sentence`` with a weak opening replaced by a plain active verb that claims nothing more."""
    body = sentence.strip().rstrip(".;,")
    for pattern, replacement in _WEAK_OPENERS:
        match = pattern.match(body)
        if not match:
            continue
        rest = body[match.end() :]
        first, _, remainder = rest.partition(" ")
        if replacement == "{gerund}":
            return f"Contributed to {_gerund(verb=first)} {remainder}".rstrip()
        if replacement.startswith("{past}|"):
            past = _past_tense(gerund=first)
            if past:
                return f"{past[:1].upper()}{past[1:]} {remainder}".rstrip()
            replacement = replacement.removeprefix("{past}|")
        return f"{replacement} {rest}"
    return body[:1].upper() + body[1:]


def _candidate_sentences(*, resume: ResumeIndex) -> list[tuple[int, Sentence]]:
    chosen = []
    for number, sentence in enumerate(resume.sentences):
        words = sentence.text.split()
        if not MIN_WORDS <= len(words) <= MAX_WORDS or _CONTACT_RE.search(sentence.text):
            continue
        letters = [w for w in words if w[:1].isalpha()]
        if len(letters) < MIN_WORDS - 1 or sum(1 for w in letters if w[:1].isupper()) > 0.7 * len(letters):
            continue
        chosen.append((number, sentence))
    return chosen


def pick_sentence(*, resume: ResumeIndex, job: JobRequirements, job_words: frozenset[str]) -> Sentence | None:
    """Return the resume sentence most relevant to the job yet weakest (no figure, weak verb, no keyword)."""
    keyword_words = frozenset(w for k in job.requirements for w in k.key.split() if w not in STOPWORDS)
    best_value = -1.0
    best_sentence = resume.sentences[0] if resume.sentences else None
    for number, sentence in _candidate_sentences(resume=resume):
        words = resume.sentence_tokens[number] - STOPWORDS
        relevance = len(words & job_words) + 2 * len(words & keyword_words)
        weakness = 1.0
        weakness += 1.0 if not any(ch.isdigit() for ch in sentence.text) else 0.0
        weakness += 1.0 if any(p.match(sentence.text) for p, _ in _WEAK_OPENERS) else 0.0
        weakness += 0.5 if not words & keyword_words else 0.0
        # Ties go to the earlier sentence, so the choice is deterministic.
        if (relevance + 1) * weakness > best_value:
            best_value = (relevance + 1) * weakness
            best_sentence = sentence
    return best_sentence


def _join(*, items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def recommend(*, sentence: str, matched: list[Evidence]) -> str:
    """Return ``sentence`` strengthened; only skills the resume shows elsewhere may be added."""
    if not sentence:
        return ""
    improved = _strengthen(sentence=sentence)
    present = {t.norm for t in tokenize(text=sentence)}
    added: list[str] = []
    for evidence in matched:
        words = {t.norm for t in tokenize(text=evidence.matched)}
        if evidence.matched and evidence.sentence != sentence and not words <= present:
            if evidence.matched not in added:
                added.append(evidence.matched)
        if len(added) == MAX_ADDED_SKILLS:
            break
    if added:
        improved += f" using {_join(items=added)}"
    if not any(ch.isdigit() for ch in sentence):
        improved += f", {METRIC_HINT}"
    return improved + "."
