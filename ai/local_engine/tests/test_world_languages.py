"""Languages beyond ESCO's mostly European list are languages: "Afrikaans a plus", "fluent Swahili",
"Tagalog" met by a resume's "Filipino". Every posting and resume here is made up."""

from ai.local_engine.tests.rows import requirement_rows

POSTING = """Customer Support Agent – Nairobi
Requirements
- 1+ year in a contact centre handling calls and chats
- Fluent English and Swahili
- Tagalog or Zulu a plus
"""
RESUME = """Achieng Otieno
Customer Support Agent, Savanna Telecom, 2022 - present
- Handled 60 calls and chats a day in the contact centre
Languages: English (fluent), Kiswahili (native), Filipino (conversational)
"""


def test_a_language_esco_lacks_is_asked_and_met_by_its_other_name():
    rows = requirement_rows(resume=RESUME, posting=POSTING)

    assert rows["Swahili"]["kind"] == "language"
    assert rows["Swahili"]["status"] == "met"
    tagalog = next(r for name, r in rows.items() if "Tagalog" in name)
    assert tagalog["kind"] == "language"
    assert tagalog["importance"] == "preferred"
    assert tagalog["status"] == "met"


def test_an_employers_pledge_to_welcome_applications_in_welsh_asks_no_welsh():
    posting = (
        "Band 6 Physiotherapist\nEssential: HCPC registration; team working\n"
        "Welsh language skills are desirable (Level 1 - basic understanding) for this post.\n"
        "The health board is committed to equality, diversity and inclusion, is a Disability Confident employer "
        "and welcomes applications in Welsh; applications submitted in Welsh will not be treated less favourably "
        "than those in English.\n"
    )
    rows = requirement_rows(resume="Sam Hale\nPhysiotherapist, 2019 - present", posting=posting)

    welsh = next(row for name, row in rows.items() if name.startswith("Welsh"))
    assert welsh["importance"] == "preferred"
    assert "English" not in rows
