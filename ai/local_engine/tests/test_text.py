from ai.local_engine.text import normalize_phrase, split_sentences, tokenize


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
