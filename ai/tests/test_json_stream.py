import json

import pytest

from ai.json_stream import JsonFieldStream

ANALYSIS = {
    "match_score": 72,
    "missing_keywords": ['say "hi"', "C++", "a}b"],
    "sentence_to_improve": "Used \\ backslashes, {braces} and \u00e9",
    "recommended_improvement": "Built things.",
    "reasoning": "Fine.",
    "details": {"sub_scores": [{"name": "skills", "score": 0.5}], "nested": {"k": [1, [2, {"x": "]"}]]}},
}


@pytest.mark.parametrize("piece", [1, 2, 3, 5, 17, 10_000])
def test_it_reports_every_field_once_whatever_the_split(piece: int) -> None:
    text = json.dumps(ANALYSIS)
    parser = JsonFieldStream()
    fields = []
    for start in range(0, len(text), piece):
        fields += parser.feed(text[start : start + piece])
    assert fields == list(ANALYSIS.items())
    assert parser.finished


def test_it_reports_a_string_field_at_its_closing_quote() -> None:
    parser = JsonFieldStream()
    assert parser.feed('{"reasoning": "Strong Pyth') == []
    assert parser.feed('on"') == [("reasoning", "Strong Python")]


def test_it_waits_for_the_delimiter_before_reporting_a_number() -> None:
    parser = JsonFieldStream()
    assert parser.feed('{"match_score": 7') == []
    assert parser.feed("2") == []
    assert parser.feed(", ") == [("match_score", 72)]


def test_it_reports_the_last_number_at_the_closing_brace() -> None:
    parser = JsonFieldStream()
    assert parser.feed('{"a": true, "match_score": 9') == [("a", True)]
    assert parser.feed("}") == [("match_score", 9)]
    assert parser.finished


def test_it_stops_reporting_after_malformed_text() -> None:
    parser = JsonFieldStream()
    assert parser.feed('{"match_score": 72, oops "reasoning": "x"}') == [("match_score", 72)]
    assert not parser.finished


def test_it_ignores_text_that_is_not_an_object() -> None:
    parser = JsonFieldStream()
    assert parser.feed('["match_score", 1]') == []
    assert not parser.finished
