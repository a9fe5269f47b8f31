"""The literal tests that spare a sentence a search never hide a match the search would find."""

from pathlib import Path

from ai.local_engine import (
    degree_match,
    job,
    job_years,
    knowing_phrases,
    language_asks,
    named_examples,
    sections,
)
from ai.local_engine.cue_gates import case_blind, holds_any
from ai.local_engine.tests.test_cue_gates import _corpus_lines

# Made-up lines, each matched by the pattern of its gate; the case-blind ones in capitals and with the letters
# re.IGNORECASE pairs with ASCII ones ("ı", "ſ", the Kelvin sign), which case_blind reads as they do.
MATCHED = {
    "knowing": [
        "Experience with Kafka.",
        "KNOWLEDGE OF SQL",
        "Proficiency in Excel",
        "Expertiſe in tax law",
        "A background in nursing",
        "Well versed in GAAP",
        "ſkilled in welding",
        "\u212anowledgeable in HVAC",
        "Understandıng of payroll",
    ],
    "years": ["5+ years of experience", "3 YRS experience", "two years of Python", "1 yr", "8 yeaRS"],
    "language": [
        "A second language",
        "Bilingual preferred",
        "MULTI-LINGUAL",
        "Speaks another language",
        "Another language, spoken fluently",
    ],
    "using": ["Draft briefs using Westlaw or Lexis"],
    "on_product": ["Keep records on SystmOne", "Set prices with YieldStar", "Work in eBay"],
    "preferred": [
        "Kafka is nice to have",
        "SQL PREFERRED",
        "Extra credit for Rust",
        "A big plus",
        "Bonus: Go",
        "Desirable",
        "Ideally in fintech",
        "An advantage",
        "Good to have",
        "Optional",
        "Would be great",
        "Appreciated",
        "Helpful",
        "An asset",
        "Not required",
        "Deſirable",
    ],
    "school": ["BSc, University of Leeds", "Harvard Business School", "Imperial College London"],
    "heading_count": ["Python (5+ years)", "Java - 3 YRS.", "Sales – 10 yearſ", "Skills (4)"],
}


def _gates() -> list[tuple[str, object, object]]:
    """Return (kind, pattern, whether a line passes its gate) for each gated pattern."""
    return [
        (
            "knowing",
            knowing_phrases._KNOWING_CUE_RE,
            lambda text: holds_any(words=knowing_phrases._KNOWING_WORDS, lower=case_blind(text)),
        ),
        (
            "years",
            job_years._YEARS_RE,
            lambda text: holds_any(words=job_years.YEARS_WORDS, lower=case_blind(text)),
        ),
        (
            "language",
            language_asks._ANY_LANGUAGE_RE,
            lambda text: holds_any(words=language_asks.LANGUAGE_WORDS, lower=case_blind(text)),
        ),
        ("using", named_examples._USING_RE, lambda text: "using " in text),
        (
            "on_product",
            named_examples._ON_PRODUCT_RE,
            lambda text: named_examples._INNER_CAPITAL_RE.search(text) is not None,
        ),
        (
            "preferred",
            job._PREFERRED_CUES,
            lambda text: holds_any(words=job._PREFERRED_WORDS, lower=case_blind(text)),
        ),
        (
            "school",
            degree_match._SCHOOL_NAME_RE,
            lambda text: any(word in text for word in degree_match.SCHOOL_WORDS),
        ),
        # heading_kind cuts the count from a stripped line: one that ends in no blank space or line break.
        (
            "heading_count",
            sections._HEADING_COUNT_RE,
            lambda text: case_blind(text.strip()).endswith(sections.COUNT_ENDINGS),
        ),
    ]


def test_it_lets_through_every_made_up_line_a_gated_pattern_matches() -> None:
    for kind, pattern, passes in _gates():
        for text in MATCHED[kind]:
            assert pattern.search(text), (kind, text)
            assert passes(text), (kind, text)


def test_it_lets_through_every_real_line_a_gated_pattern_matches(eval_dir: Path) -> None:
    matched = 0
    for line in _corpus_lines(eval_dir):
        line = line.strip()
        for kind, pattern, passes in _gates():
            if pattern.search(line):
                matched += 1
                assert passes(line), (kind, line)
    assert matched > 500  # the check ran on lines the patterns do match


def test_the_sentences_read_keep_their_spans_and_counts() -> None:
    sentence = knowing_phrases.Sentence(text="Experience with Kafka; knowledge of Go.", start=10, end=49)
    assert knowing_phrases.knowing_spans(sentence=sentence) == ((26, 31), (46, 48))
    assert (
        knowing_phrases.knowing_spans(sentence=knowing_phrases.Sentence(text="Build APIs.", start=0, end=11))
        == ()
    )
    asks = [job_years.Sentence(text="5+ years of experience with Python", start=0, end=34)]
    assert job_years.min_years(sentences=asks) == 5
    assert job_years.min_years(sentences=[job_years.Sentence(text="Build APIs.", start=0, end=11)]) is None
