"""Products by the names postings use: "MS Project" is Microsoft Project, a product the vocabulary lacks is
the alternative of one it knows, and a web page's address is no requirement. Every text here is made up."""

from ai.local_engine.candidates import find_candidates
from ai.local_engine.named_examples import or_known_tool
from ai.local_engine.tests.rows import requirement_names, requirement_rows
from ai.local_engine.vocab import get_vocabulary

POSTING = """Project Manager – Office Fit-Out
Requirements
- Produce and manage programmes in MS Project or Asta Powerproject
- Strong budget management
- Proficiency with MS Teams and Excel
By applying you agree to our privacy notice at brightline.ie/privacy.
"""
RESUME = """Jo Byrne
Project Manager, Keel Interiors, 2018 - present
- Built and tracked programmes in Asta Powerproject for 30 fit-outs
- Managed budgets of up to €2m
"""


def test_ms_names_a_microsoft_product_and_an_unknown_product_is_its_alternative():
    rows = requirement_rows(resume=RESUME, posting=POSTING)

    programme = [name for name in rows if "MS Project" in name]
    assert programme == ["MS Project or Asta Powerproject"]
    assert rows[programme[0]]["status"] == "met"
    assert any("MS Teams" in name for name in rows)


def test_a_web_address_with_its_path_is_no_requirement():
    names = requirement_names(resume=RESUME, posting=POSTING)

    assert not [name for name in names if "brightline" in name.lower() or "privacy" in name.lower()]


def _offered_with_a_tool(line: str) -> bool:
    vocabulary = get_vocabulary()
    name = next(c for c in find_candidates(text=line, vocabulary=vocabulary) if c.text == "Quillon Ledger")
    return or_known_tool(candidate=name, vocabulary=vocabulary)


def test_or_offers_an_alternative_only_as_a_whole_word():
    # "ordering" is a known practice, not a product offered in place of the unknown one
    assert not _offered_with_a_tool("Run the books in Quillon Ledger, ordering and invoicing.")
    assert _offered_with_a_tool("Run the books in Quillon Ledger, or Oracle.")
    assert _offered_with_a_tool("Run the books in Oracle, or Quillon Ledger.")
