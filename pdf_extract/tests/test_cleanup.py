"""Text cleanup rules of issue 3, one behaviour per test."""

from pdf_extract.cleanup import clean_text


def clean(text: str, *, soft_hyphens_visible: bool = False, auto_hyphenated: bool = True) -> str:
    return clean_text(text=text, soft_hyphens_visible=soft_hyphens_visible, auto_hyphenated=auto_hyphenated)


def test_it_expands_ligatures_with_nfkc() -> None:
    assert clean("ﬁnance ﬂow oﬀer ﬃ") == "finance flow offer ffi"


def test_it_removes_soft_hyphens_and_non_characters() -> None:
    assert clean("re\u00adsume\ufffe text\ufeff zero\u200bwidth") == "resume text zerowidth"


def test_it_reads_a_drawn_soft_hyphen_in_a_pdf_as_a_hyphen() -> None:
    assert clean("start\u00adup", soft_hyphens_visible=True) == "start-up"


def test_it_rejoins_a_soft_hyphen_break_across_lines() -> None:
    assert clean("fine\u00ad\ntuning", soft_hyphens_visible=True) == "finetuning"


def test_it_rejoins_words_hyphenated_at_line_ends() -> None:
    assert clean("devel-\nopment of services") == "development of services"


def test_it_keeps_the_hyphen_of_a_compound_when_the_typesetter_does_not_hyphenate() -> None:
    assert clean("cross-\ndevice support", auto_hyphenated=False) == "cross-device support"


def test_it_lets_the_document_vocabulary_decide_a_line_end_hyphen() -> None:
    assert clean("open-source work\nmore open-\nsource") == "open-source work\nmore open-source"


def test_it_keeps_hyphens_after_acronyms() -> None:
    assert clean("SQL-\ndatabases") == "SQL-databases"


def test_it_does_not_join_numbers_or_capitalised_next_lines() -> None:
    assert clean("2019 -\n2024\nPython-\nDjango") == "2019 -\n2024\nPython-\nDjango"


def test_it_normalises_bullets_at_line_starts_only() -> None:
    text = "• one\n◦ two\n▪three\n➢ four\n* five\n– six\nA · B"

    assert clean(text) == "- one\n- two\n- three\n- four\n- five\n- six\nA · B"


def test_it_collapses_whitespace_but_keeps_line_and_paragraph_breaks() -> None:
    text = "  Jane\t\u00a0 Example  \r\n\r\n\n\n\nEngineer   at\u2003Corp \n"

    assert clean(text) == "Jane Example\n\nEngineer at Corp"


def test_it_drops_private_use_icons_and_replacement_characters() -> None:
    assert clean("\uf0e0 jane@mail.test \ufffd") == "jane@mail.test"


def test_it_stays_linear_on_a_very_long_word() -> None:
    assert clean("x" * 200_000 + "-\nend") == "x" * 200_000 + "end"
