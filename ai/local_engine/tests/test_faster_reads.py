"""Faster reads of a word, a line or a resume give what the plain reads they replace gave (no behaviour change)."""

import itertools
import re
from pathlib import Path

from ai.local_engine import paraphrased_text, whole_names
from ai.local_engine.credential_match import SKIPPED, _initials_runs
from ai.local_engine.cue_gates import holds_any
from ai.local_engine.knowing_phrases import may_cue_knowing
from ai.local_engine.name_forms import is_named
from ai.local_engine.resume import _VERSION_RE, index_resume
from ai.local_engine.tests.test_cue_gates import _corpus_lines


def _named_plainly(text: str) -> bool:
    return any(ch.isupper() or not ch.isalpha() for ch in text if not ch.isspace())


def test_is_named_reads_every_character_as_the_plain_test_does() -> None:
    pieces = ["", " ", "\t", "\n", "\x1f", "a", "Z", "9", "+", "-", ".", "é", "É", "ß", "ſ", "漢", "\u2003"]
    for length in range(4):
        for parts in itertools.product(pieces, repeat=length):
            text = "".join(parts)
            assert is_named(text=text) == _named_plainly(text), repr(text)
    for text in ("Python", "AWS", "C++", "customer service", "data   entry\n", "Node.js", "café", "Café"):
        assert is_named(text=text) == _named_plainly(text)


def _initials_plainly(words: list[str]) -> set[str]:
    runs: set[str] = set()
    for start in range(len(words)):
        initials = ""
        for word in words[start:]:
            if word.lower() in SKIPPED:
                continue
            if not word[:1].isupper():
                break
            initials += word[0]
            if len(initials) >= 2:
                runs.add(initials)
    return runs


def test_initials_runs_reads_each_stretch_once_with_the_same_runs() -> None:
    lines = [
        "Certified in Basic Life Support and Pediatric Advanced Life Support",
        "Member of The Chartered Institute for Procurement and Supply since 2019",
        "Holds a Commercial Driver License with Hazmat Endorsement",
        "Of And The",
        "worked on Payroll",
        "",
    ]
    for line in lines:
        words = re.findall(r"[A-Za-z][\w'-]*", line)
        assert _initials_runs(words=words) == _initials_plainly(words)
    assert "BLS" in _initials_runs(words="Basic Life Support".split())
    assert "CIPS" in _initials_runs(words="Chartered Institute of Procurement and Supply".split())


def test_a_word_with_its_version_written_on_is_found_as_the_first_token_giving_it() -> None:
    index = index_resume(
        text="Built pages in HTML5 and javav8, then Python3.11; later HTML4 and NEC4 contracts."
    )
    for word in ("html", "java", "jav", "python", "nec", "built"):
        plain = next(
            (t for t in index.positions if t.startswith(word) and _VERSION_RE.fullmatch(t, len(word))), None
        )
        assert index.versioned.get(word) == plain
    assert index.versioned["html"] == "html5"


def _restates_plainly(keys: list[str], posting: list[list[str]]) -> bool:
    if len(keys) < paraphrased_text.RESTATED_MIN_WORDS:
        return False
    for other in posting:
        share, cover = paraphrased_text.RESTATED_SHARE, paraphrased_text.RESTATED_COVER
        if len(keys) * share > len(other) or len(other) * cover > len(keys):
            continue
        if len(set(other).intersection(keys)) < share * len(keys):
            continue
        shared = paraphrased_text._in_order(keys, other)
        if shared >= share * len(keys) and shared >= cover * len(other):
            return True
    return False


def test_a_restated_sentence_is_found_among_the_posting_sentences_of_its_length() -> None:
    posting = [
        "plan run multi channel campaign deliver qualified lead".split(),
        "own budget".split(),
        "plan run multi channel campaign deliver qualified lead across region every quarter".split(),
        "write weekly report leadership team cover pipeline spend result".split(),
    ]
    prepared = paraphrased_text._PostingSentences(posting)
    for keys in (
        "plan run multi channel campaign deliver qualified lead".split(),
        "plan run channel campaign deliver lead".split(),
        "write weekly report leadership team pipeline spend".split(),
        "plan run multi channel campaign deliver qualified lead across region".split(),
        "cook dinner every night family friend".split(),
        "plan run".split(),
    ):
        assert paraphrased_text._restates(keys=keys, posting=prepared) == _restates_plainly(keys, posting)


def test_word_keys_drop_small_words_and_figures_and_read_tenses_alike() -> None:
    assert paraphrased_text._word_key("the") is None
    assert paraphrased_text._word_key("120") is None
    assert paraphrased_text._word_key("planned") == paraphrased_text._key("planned")
    assert paraphrased_text._word_key("ran") == paraphrased_text._key("run")


_LAW_LINES = [
    "Knowledge of the Landlord and Tenant Act 1985 and the Working Time Directive",
    "Apply the Road Transport (Working Time) Regulations on every shift",
    "Familiar with the Act respecting labour standards",
    "Awareness of Martyn's Law and the Data Protection Act",
]
_TITLE_LINES = [
    "Knowledge of Chapter 8 / Safety at Street Works and Road Works (Red Book)",
    "Experienced with Edulink One and Arbor",
    "Proficiency in Microsoft Dynamics 365, Sage Intacct or Xero",
    "GROUNDING IN Prince2 Foundation",
]


def test_a_line_naming_no_kind_of_law_has_no_law_to_read(eval_dir: Path) -> None:
    matched = 0
    for line in [*_LAW_LINES, *_corpus_lines(eval_dir)]:
        if whole_names._LAW_RE.search(line):
            matched += 1
            assert holds_any(words=whole_names._LAW_KINDS, lower=line), line
    assert matched >= len(_LAW_LINES)


def test_a_line_with_no_word_of_knowing_has_no_title_asked(eval_dir: Path) -> None:
    # A title is read after the cue ``whole_names._KNOWING_RE`` finds before it, a ``KNOWING_CUE`` first.
    cue = re.compile(whole_names.KNOWING_CUE, re.IGNORECASE)
    matched = 0
    for line in [*_TITLE_LINES, *_corpus_lines(eval_dir)]:
        if cue.search(line):
            matched += 1
            assert may_cue_knowing(text=line), line
    assert matched >= len(_TITLE_LINES)
    assert all(whole_names._title_spans(text=line) for line in _TITLE_LINES[:2])
    assert not whole_names._title_spans(text="Chapter 8 / Safety at Street Works and Road Works (Red Book)")
