"""The literal pre-checks in front of case-blind cue patterns never hide a match the pattern would find."""

import json
from pathlib import Path

import pytest

from ai.local_engine import posting_cues, resume_acts, resume_facts
from ai.local_engine.cue_gates import (
    SCHOOL_OR_YEAR_GATE,
    SENTENCE_CUE_GATES,
    Gate,
    folded,
    holds_any,
    may_match,
    narrow_gates,
)
from ai.local_engine.people_act_gates import PEOPLE_ACT_GATES
from ai.local_engine.people_acts import PEOPLE_ACTS
from ai.local_engine.skillspan import load_postings

# Made-up lines, each matched by the pattern named beside it; every branch of the alternations is here once.
MATCHED = {
    "eeo": [
        "We are an Equal Employment Opportunity employer.",
        "Applicants are considered WITHOUT REGARD TO race.",
        "Hiring regardless of gender.",
        "We welcome all sexual orientations and gender identities.",
        "Protected veteran status is respected.",
        "We provide reasonable accommodation on request.",
        "We celebrate diversity.",
        "An inclusive workplace for all.",
    ],
    "apply": [
        "To apply, send a CV.",
        "Apply now!",
        "Please submit a portfolio.",
        "Send us your resume.",
        "Submit your resume by Friday.",
        "A cover letter is welcome.",
        "References available on request.",
        "Fill in the application form.",
        "Questions: jo@school.org",
        "Call Human Resources at (608) 555-0142",
        "Questions: HR, 816-555-0120",
    ],
    "benefits": [
        "Pay: $120,000.",
        "Range 120k-150k.",
        "A 401(k) with match.",
        "The salary is fixed.",
        "Paid per hour.",
        "Healthcare, dental and more.",
        "Insurance for the family.",
        "Paid time off.",
        "Unlimited PTO.",
        "Generous vacation.",
        "Parental leave of 16 weeks.",
        "Stock options.",
        "Equity for all.",
        "A wellness budget.",
        "Gym membership.",
        "Retirement plan.",
        "Pension scheme.",
        "Competitive pay.",
        "Flexible hours.",
        "Work from home on Fridays.",
        "Remote-friendly.",
        "Free lunch.",
        "Professional development opportunities.",
        "Relocation support.",
        "A fair ſalary.",  # re.IGNORECASE pairs the long s with "s"; str.lower does not
    ],
    "not_asked": [
        "A forklift licence is not required.",
        "No need for a degree.",
        "Experience isn't needed.",
        "A CDL isn’t necessary.",
        "Degrees are not mandatory.",
    ],
    "about": [
        "We are a small team.",
        "We're an agency.",
        "Founded in 1999, we build bikes.",
        "Our mission is clean water.",
        "At Acme Corp, we build rockets.",
        "Acme Corp is a leading maker of tools.",
    ],
}
PEOPLE_LINES = [
    "Worked closely with product managers and data scientists.",
    "Partnered with designers.",
    "Collaborated with internal stakeholders.",
    "Led a team of six.",
    "Managed large organisations.",
    "Mentored two junior developers.",
    "Coaching other engineers.",
    "LEADING CLINICIANS AND NURSES",
    "Provide courteous service to students, faculty and staff.",
    "GAVE FRIENDLY SERVICE TO GUESTS",
]
SCHOOL_LINES = [
    "BSc, 2014",
    "Stanford Unıversity",  # a dotless i, as re.IGNORECASE reads it
    "ETH Hochschule",
    "Polytechnic of Milan",
    "Faculty of Law",
]


def _gated(*, gate: Gate, text: str) -> bool:
    return may_match(gate=gate, text=text, lower=folded(text))


@pytest.mark.parametrize("kind", list(MATCHED))
def test_it_lets_through_every_sentence_a_posting_cue_matches(kind: str) -> None:
    pattern = dict(posting_cues.SENTENCE_CUES)[kind]
    for text in MATCHED[kind]:
        assert pattern.search(text), text
        assert _gated(gate=SENTENCE_CUE_GATES[kind], text=text), text


def test_it_has_a_gate_for_every_posting_cue() -> None:
    assert {kind for kind, _ in posting_cues.SENTENCE_CUES} == set(SENTENCE_CUE_GATES)


def test_it_skips_sentences_that_hold_no_cue_word() -> None:
    text = "Build data pipelines in Python and SQL."
    assert not any(pattern.search(text) for _, pattern in posting_cues.SENTENCE_CUES)
    assert not any(_gated(gate=gate, text=text) for gate in SENTENCE_CUE_GATES.values())


def test_it_lets_through_every_line_that_shows_work_with_or_leading_of_people() -> None:
    for text in PEOPLE_LINES:
        names = [name for name, (pattern, _) in PEOPLE_ACTS.items() if pattern.search(text)]
        assert names, text
        assert all(_gated(gate=PEOPLE_ACT_GATES[name], text=text) for name in names), text


def test_it_lets_through_every_line_that_names_a_school_or_a_year() -> None:
    for text in SCHOOL_LINES:
        assert resume_facts._SCHOOL_OR_YEAR_RE.search(text), text
        assert _gated(gate=SCHOOL_OR_YEAR_GATE, text=text), text


def _corpus_lines(eval_dir: Path) -> list[str]:
    """Return the lines of real text the gates are checked on: SkillSpan train/dev postings, the labelled
    sets' tune postings and set E's resumes (never a test or holdout text)."""
    texts = [p.text for split in ("train", "dev") for p in load_postings(eval_dir=eval_dir, split=split)]
    data = Path(__file__).resolve().parents[3] / "bench" / "data"
    for path in sorted(data.glob("**/jobs/*.json")):
        job = json.loads(path.read_text(encoding="utf-8"))
        if job.get("split") == "tune":
            texts.append(job["text"])
    texts += [p.read_text(encoding="utf-8") for p in sorted(data.glob("labeller-e/resumes/*.txt"))]
    return [line for text in texts for line in text.splitlines() if line.strip()]


def test_it_lets_through_every_real_line_a_gated_pattern_matches(eval_dir: Path) -> None:
    # The gates are kept by hand beside their patterns: a branch added to a pattern without its words in the
    # gate would be skipped silently. Thousands of real lines catch such a branch wherever it occurs.
    checks = [(pattern, SENTENCE_CUE_GATES[kind]) for kind, pattern in posting_cues.SENTENCE_CUES]
    checks += [(pattern, PEOPLE_ACT_GATES[name]) for name, (pattern, _) in PEOPLE_ACTS.items()]
    checks.append((resume_facts._SCHOOL_OR_YEAR_RE, SCHOOL_OR_YEAR_GATE))
    matched = 0
    for line in _corpus_lines(eval_dir):
        for pattern, gate in checks:
            if pattern.search(line):
                matched += 1
                assert _gated(gate=gate, text=line), (pattern.pattern[:60], line)
    assert matched > 500  # the check ran on lines the patterns do match


def test_its_literals_hold_no_sigma_so_a_whole_text_test_holds_for_its_sentences() -> None:
    # narrow_gates and open_acts test a document once for all its sentences: sound while lower-casing a piece
    # of the text gives a piece of the lower-cased text wherever a literal can match. Only the Greek sigma is
    # lower-cased by its neighbours ("Σ" -> "σ" or a word's final "ς").
    gates = [*SENTENCE_CUE_GATES.values(), *PEOPLE_ACT_GATES.values(), SCHOOL_OR_YEAR_GATE]
    literals = [word for gate in gates for word in (*gate.any_of, *gate.also_any_of)]
    literals += [cue for cues, _, _ in resume_acts._ACTS.values() for cue in cues]
    assert not any(ch in word for word in literals for ch in "σς")


def test_a_gate_narrowed_to_a_text_passes_exactly_the_sentences_the_whole_gate_does() -> None:
    text = "Managed a book of 140 accounts.\nSOLD 40 CARS A MONTH. Σ Worked with nurses ΑΣ.\nUniversity, 2014"
    gates = {**PEOPLE_ACT_GATES, **SENTENCE_CUE_GATES, "school": SCHOOL_OR_YEAR_GATE}
    narrowed = narrow_gates(gates=gates, text=text, lower=folded(text))
    assert any(gate is None for gate in narrowed.values())
    for line in [*text.splitlines(), *text.split(".")]:
        for name, gate in gates.items():
            cut = narrowed[name]
            assert _gated(gate=gate, text=line) == (cut is not None and _gated(gate=cut, text=line)), (
                name,
                line,
            )
    acts = resume_acts.open_acts(text=text)
    assert len(acts) < len(resume_acts._ACTS)
    for line in text.splitlines():
        lower = line.lower()
        shown = {act[1] for act in resume_acts._ACTS.values() if holds_any(words=act[0], lower=lower)}
        assert shown == {act[1] for act in acts if holds_any(words=act[0], lower=lower)}
