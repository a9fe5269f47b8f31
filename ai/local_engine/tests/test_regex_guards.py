import re

from ai.local_engine.regex_guards import StartApart, start_apart

_MIXED = re.compile(r"(\bsalary\b|^\W*perks\s*:|[$£]\s?\d|^\W*we offer\b)", re.IGNORECASE)
_TEXTS = [
    "Perks: a $5 lunch and a salary review",
    "  We offer a salary of £30k",
    "The salary is reviewed; perks: none",
    "A budget of $2M",
    "",
    "nothing to see",
]


def test_a_pattern_with_anchored_alternatives_is_searched_apart():
    assert isinstance(start_apart(_MIXED), StartApart)


def test_it_finds_the_same_matches_as_the_pattern_from_any_place():
    searched = start_apart(_MIXED)
    for text in _TEXTS:
        for pos in range(len(text) + 1):
            found, expected = searched.search(text, pos), _MIXED.search(text, pos)
            assert (found and found.span()) == (expected and expected.span()), (text, pos)


def test_it_leaves_a_pattern_anchored_throughout_as_it_is():
    anchored = re.compile(r"^\W*(?:perks|benefits)\b", re.IGNORECASE)
    assert start_apart(anchored) is anchored
