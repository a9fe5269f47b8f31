"""A label with what it asks after its colon on the same line ("Desirable: experience of X and Y", "Essential:
a full driving licence") is both: the label of the bullets under it and an asking line itself, with the label's
importance. A plain line of the same list after it is not under it. Every posting here is made up."""

from ai.local_engine.posting_cues import LABELLED
from ai.local_engine.requirements import read_requirements

KITCHEN_POSTING = """Head Chef, Harbour Brasserie
Person specification
Desirable: food hygiene qualification
Essential: a full driving licence
- Menu costing and stock rotation
"""
# no short label before the long one: it alone makes its line and the ones after it preferred
STORE_POSTING = """Warehouse Team Leader
Person specification
- Stock control and goods-in checks
Desirable: experience of reach trucks and cycle counts
- Forklift licence and pallet racking inspection
"""


def _importance(posting: str = KITCHEN_POSTING) -> dict[str, str]:
    return {r.name.lower(): r.importance for r in read_requirements(text=posting).requirements}


def test_an_essential_label_after_a_desirable_one_asks_its_line_as_required() -> None:
    importance = _importance()

    assert importance["full driving licence"] == "required"
    assert importance["stock rotation"] == "required"


def test_a_desirable_label_of_many_words_makes_the_lines_after_it_preferred() -> None:
    importance = _importance(STORE_POSTING)

    assert importance["stock control"] == "required"
    assert importance["reach trucks"] == "preferred"
    assert importance["forklift licence"] == "preferred"


def test_a_label_line_read_for_a_headings_word_is_still_an_asking_line() -> None:
    posting = read_requirements(text=KITCHEN_POSTING).posting
    kinds = dict(zip((s.text for s in posting.sentences), posting.kinds, strict=True))

    assert kinds["Desirable: food hygiene qualification"] == LABELLED
    assert any(s.text.startswith("Desirable: food hygiene") for s in posting.asks())


# a person specification's list: only the lines that say so are desirable
SPEC_POSTING = """Grounds Maintenance Operative
Skills and experience
Experience of mowing and hedge cutting
Desirable: experience of tree surgery and stump grinding
Knowledge of pesticide handling
"""


def test_a_plain_line_after_a_desirable_one_keeps_the_lists_importance() -> None:
    importance = _importance(SPEC_POSTING)

    assert importance["tree surgery"] == "preferred"
    assert importance["pesticide handling"] == "required"
