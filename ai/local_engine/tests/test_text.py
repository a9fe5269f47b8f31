import random
import re

from ai.local_engine import analyze
from ai.local_engine.regex_guards import starts_guarded
from ai.local_engine.text import (
    Token,
    first_norm,
    line_norms,
    normalize_phrase,
    sentence_tokens,
    split_sentences,
    stem,
    tokenize,
)
from ai.text_normalize import normalize_text


def test_tech_tokens_keep_their_symbols_and_plurals_fold():
    assert [t.norm for t in tokenize(text="C++, C#, .NET, node.js and REST APIs")] == [
        "c++",
        "c#",
        ".net",
        "node.js",
        "and",
        "rest",
        "api",
    ]


def test_hyphens_and_slashes_split_so_spellings_agree():
    assert normalize_phrase(text="front-end CI/CD") == normalize_phrase(text="Front End CI CD")


def test_sentences_keep_their_exact_text_and_offsets():
    text = "Summary\n- Built 3 services. Led a team of 5\n• Wrote docs with\nwrapped lines"
    sentences = split_sentences(text=text)
    assert [s.text for s in sentences] == [
        "Summary",
        "Built 3 services.",
        "Led a team of 5",
        "Wrote docs with\nwrapped lines",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_line_norms_are_each_lines_own_tokens():
    text = "Python, C++ and .NET\n\n- node.js APIs\nDjango.\n"
    assert line_norms(text=text) == frozenset(
        tuple(token.norm for token in tokenize(text=line)) for line in text.splitlines()
    )
    assert ("node.js", "api") in line_norms(text=text)


def test_normalize_text_folds_blank_runs_and_drops_invisible_characters():
    text = "Built\u00a0a  tool\t\u2003fast \u00adpro\u200bfile\ufeff. Led 5\nGo-\nlang 2019 \u2013\nPresent"
    assert normalize_text(text=text) == "Built a tool fast profile. Led 5\nGolang 2019 \u2013 Present"


def test_a_guarded_pattern_finds_exactly_the_matches_of_the_plain_one():
    plain = [
        re.compile(r"\b(salary|[$€£]\s?\d|\b\d+k\b|per (year|hour))", re.IGNORECASE),
        re.compile(r"(?i)\b(?:jan|feb)[a-z]*\.?\s|present\b|\b(?:19|20)\d{2}\b"),
        re.compile(r"\s*[,|•;]\s*|\s+/\s+"),
        re.compile(r"(?<![\d+])(?:\+?\d[\d\s().-]{7,}\d)"),
        re.compile(r"(?:\+|\(|\b)\d[\d\s().-]{7,}\d|\bext\.?\s*\d{1,5}\b", re.IGNORECASE),
        re.compile(r"(a|)b"),
        re.compile(r"\b(?:at|join)\s+([A-Z]\w+)|^([A-Z]\w+)\s+is\b", re.MULTILINE),
    ]
    pieces = [
        "Salary",
        "SALARY",
        "ſalary",
        "$ 5",
        "€5",
        "40k",
        "per Year",
        "Jan. ",
        "present",
        "2019",
        "+1 (555) 010-2000",
    ]
    pieces += [
        " , ",
        " / ",
        "•",
        "a",
        "b",
        "K",
        "\u212a",
        "ı",
        " ",
        "\n",
        "x1",
        "ext. 12",
        "EXT",
        "at ",
        "Join ",
        "Acme is",
        " is ",
    ]
    rng = random.Random(7)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(3000)]
    for pattern in plain:
        guarded = starts_guarded(pattern)
        assert guarded is not pattern
        for text in texts:
            assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in pattern.finditer(text)]
            assert guarded.split(text) == pattern.split(text)


def test_patterns_without_a_known_first_character_are_left_alone():
    for source in (r"a*", r".x", r"[^a]b", r"(?x) a b", r"(a|)b*"):
        pattern = re.compile(source)
        assert starts_guarded(pattern) is pattern


def test_a_sentences_tokens_are_its_own_with_offsets_in_the_text():
    text = "Skills:\n- .NET, C++ | node.js\n• Built APIs. Led 3 teams;\nwrapped line"
    for sentence in split_sentences(text=text):
        assert sentence_tokens(text=text, sentence=sentence) == [
            Token(t.text, t.norm, t.start + sentence.start, t.end + sentence.start)
            for t in tokenize(text=sentence.text)
        ]


def test_first_norm_is_the_first_tokens_norm():
    assert first_norm(text="  Managed APIs") == "managed"
    assert first_norm(text="- .NETs") == ".nets"
    assert first_norm(text=" -- ") == ""


def test_a_pattern_anchored_at_the_start_is_left_unguarded():
    # "^..." is tried at the text's start only; a lookahead in front of it would be tried at every place.
    for source in (r"^(we are|at [A-Z]\w*, we)\b", r"\A(?:founded in|our mission)"):
        pattern = re.compile(source, re.IGNORECASE)
        assert starts_guarded(pattern) is pattern
    # At every line's start (MULTILINE) it is tried everywhere: the guard still pays there.
    lines = re.compile(r"^(?:we are|our mission)", re.IGNORECASE | re.MULTILINE)
    guarded = starts_guarded(lines)
    assert guarded is not lines
    text = "About\nWe are a lab.\nour mission: care\n we are"
    assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in lines.finditer(text)]


def test_a_token_ends_at_its_last_letter_digit_plus_or_hash():
    assert [t.text for t in tokenize(text="Used node.js., C++. and F#.. in 2019. (a.b.c.) x. .NET.")] == [
        "Used",
        "node.js",
        "C++",
        "and",
        "F#",
        "in",
        "2019",
        "a.b.c",
        "x",
        ".NET",
    ]


def test_a_doers_noun_and_a_derived_form_share_the_stem_of_the_activity():
    for one, other in [
        ("coordinator", "coordination"),
        ("hygienist", "hygiene"),
        ("animated", "animation"),
        ("operator", "operation"),
    ]:
        assert stem(one) == stem(other), (one, other)


def test_a_word_that_only_ends_like_a_suffix_keeps_its_own_stem():
    assert stem("format") != stem("form")
    assert stem("analyst") != stem("analysis")


def test_a_licence_named_after_the_trade_is_met_by_the_trades_doer():
    posting = (
        "Dental Hygienist\n\nRequirements:\n- Graduate of an accredited dental hygiene program\n"
        "- Current Washington State dental hygiene license\n- Current CPR/BLS certification\n"
    )
    resume = "Jo Park\n\nLICENSES\nWashington State Dental Hygienist License #12345\n"

    requirements = analyze(resume_text=resume, job_description=posting)["details"]["requirements"]

    licence = next(r for r in requirements if "license" in r["name"])
    assert licence["status"] == "met"


def test_a_posting_noun_is_met_by_the_resume_verb():
    posting = "Officer\n\nRequirements\n- Experience in policy development\n- Data analysis\n- Excel\n"
    resume = (
        "Kim Roy\nExperience\nOfficer, Vale Council (2021 - 2024)\n"
        "- Developed policy advice on housing standards\n- Analysed survey data for 12 programmes\n"
    )
    requirements = analyze(resume_text=resume, job_description=posting)["details"]["requirements"]
    status = {r["name"]: r["status"] for r in requirements}

    assert status == {"policy development": "met", "Data analysis": "met", "Excel": "missing"}
    assert stem("management") == stem("managed") and stem("document") == stem("documented")


def test_a_trait_carried_by_a_noun_is_shown_by_the_trait():
    posting = (
        "Support Worker\n\nAbout you\n- Good communication skills and a patient, caring nature\n- Excel\n"
    )
    resume = (
        "Chloe B\nProfile\nCaring support worker with four years in supported living.\n"
        "Experience\nSupport Worker, Meadowbank (2022 - 2024)\n- Supported three adults with personal care\n"
    )
    requirements = analyze(resume_text=resume, job_description=posting)["details"]["requirements"]

    assert [r["status"] for r in requirements if "caring" in r["name"].lower()] == ["met"]


def test_a_stem_drops_the_doubled_letter_a_suffix_added_but_not_the_words_own():
    assert stem("planning") == stem("plan") == "plan"
    assert stem("shipped") == stem("ship")
    assert stem("billing") == "bill"
    assert stem("staffing") == "staff"


def test_two_capitals_with_a_plural_s_are_the_plural_of_the_two():
    assert [t.norm for t in tokenize(text="POs, IDs and PCs; a POS")] == ["po", "id", "and", "pc", "a", "pos"]
    posting = "Buyer\nRequirements\n- Raise and expedite POs with our suppliers\n- Use a POS system at the counter\n"
    resume = (
        "Sam Lee\nExperience\nBuyer, Delta Parts, 2020 - present\n- Checked visitor IDs and issued passes\n"
    )
    rows = analyze(resume_text=resume, job_description=posting)["details"]["requirements"]

    assert [r["asked_as"] for r in rows if r["name"] == "POS"] == ["POS"]
    assert not any(r["asked_as"] == "POs" for r in rows)


def test_a_semicolon_inside_a_bracket_ends_no_sentence_and_the_brackets_names_stay_examples():
    text = "Infrastructure as code (Terraform preferred; CloudFormation or Pulumi also fine). Go; Rust."
    assert [s.text for s in split_sentences(text=text)] == [
        "Infrastructure as code (Terraform preferred; CloudFormation or Pulumi also fine).",
        "Go;",
        "Rust.",
    ]
    posting = f"DevOps Engineer\nRequirements\n* Experience with {text[0].lower()}{text[1:].split('.')[0]}\n"
    resume = "Sam Lee\nExperience\nDevOps Engineer, Acme, 2020 - 2024\n- Manage AWS accounts in Terraform modules\n"
    result = analyze(resume_text=resume, job_description=posting)

    assert result["missing_keywords"] == []
    rows = {r["name"]: r for r in result["details"]["requirements"]}
    assert rows["infrastructure as code"]["status"] == "met"


def test_a_line_opening_with_a_name_in_lower_case_is_a_line_of_its_own():
    text = "Experience\niOS Developer — Pocketwise, Manchester — 2021–present\nand more on the line\n"
    assert [s.text for s in split_sentences(text=text)] == [
        "Experience",
        "iOS Developer — Pocketwise, Manchester — 2021–present\nand more on the line",
    ]
    posting = "iOS Engineer\nYou have:\n- 3+ years building iOS apps in Swift\n- SwiftUI\n"
    resume = (
        "Oliver Grant\niOS Developer · Manchester\n\nExperience\niOS Developer — Pocketwise, Manchester — "
        "2021–present\n• Build features in Swift and SwiftUI for 400k savers\n"
    )
    rows = {
        r["name"]: r for r in analyze(resume_text=resume, job_description=posting)["details"]["requirements"]
    }
    assert rows["Swift"]["context"] == "experience"


def test_an_ascii_text_and_the_same_text_with_one_other_letter_give_the_same_tokens():
    # ASCII texts are split by the ASCII form of the pattern, others by the Unicode one: they must agree.
    ascii_text = "Used node.js, C++ & F# (a.b.c.) x .NET_core 3.5 on\x1cAWS\tin 2019; i18n"
    tokens = tokenize(text=ascii_text)
    other = tokenize(text=ascii_text + " é")
    assert other[:-1] == tokens and other[-1].text == "é"
    assert [t.text for t in tokens][:4] == ["Used", "node.js", "C++", "F#"]
    assert (tokens[1].start, tokens[1].end) == (5, 12)
