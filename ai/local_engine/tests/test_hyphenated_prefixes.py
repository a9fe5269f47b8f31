"""A stopword that opens a hyphenated word ("on-time", "on-call") or names a qualification ("A level") stays
part of the requirement's name."""

from ai.local_engine import analyze
from ai.local_engine.candidates import find_candidates
from ai.local_engine.vocab import get_vocabulary

_POSTING = """Logistics Coordinator
Requirements
- Track on-time delivery for all outbound freight
- Keep day-to-day records up-to-date
"""


def _names(*, posting: str, resume: str) -> list[str]:
    result = analyze(resume_text=resume, job_description=posting)
    return [r["name"] for r in result["details"]["requirements"]]


def test_it_keeps_the_on_of_on_time_delivery() -> None:
    names = _names(posting=_POSTING, resume="Logistics coordinator. Tracked freight costs.")
    assert "on-time delivery" in names
    assert "time delivery" not in names


def test_it_opens_no_phrase_with_a_stopword_after_a_hyphen() -> None:
    names = _names(posting=_POSTING, resume="Logistics coordinator. Tracked freight costs.")
    assert not any(name.lower().startswith(("to", "up")) for name in names)
    found = [
        c.text for c in find_candidates(text="- Staff the walk-in-clinic desk\n", vocabulary=get_vocabulary())
    ]
    assert "clinic desk" in found
    assert "in-clinic desk" not in found


def test_it_reads_a_level_as_one_name() -> None:
    text = "Requirements\n- Ability to teach A level Physics is desirable\n"
    found = [c.text for c in find_candidates(text=text, vocabulary=get_vocabulary())]
    assert "A level Physics" in found
    assert "level Physics" not in found


def _found(text: str) -> list[str]:
    return [c.text for c in find_candidates(text=text, vocabulary=get_vocabulary())]


def test_it_reads_a_word_a_prefix_opens_as_one_word() -> None:
    found = _found("Responsibilities\n- Contribute to proposals and pre-sales\n")
    assert "pre-sales" in found
    assert "sales" not in found


def test_it_reads_no_known_term_in_a_word_a_prefix_opens() -> None:
    assert "post-sales support" in _found("Requirements\n- Experience in post-sales support\n")
    assert "verbal communication" not in _found("Requirements\n- Strong non-verbal communication\n")


def test_it_still_reads_a_known_term_after_a_prefix_standing_alone() -> None:
    assert "sales" in _found("Responsibilities\n- Grow pre and post launch sales in the region\n")
