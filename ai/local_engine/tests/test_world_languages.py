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
