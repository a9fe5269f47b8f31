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
