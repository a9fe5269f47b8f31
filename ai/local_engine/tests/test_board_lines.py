"""A job board's classification line in a posting's head ("Construction Management (Construction)" beside
"Full time") asks nothing."""

import pytest

from ai.local_engine import analyze

RESUME = (
    "Kai Moana\nExperience\nSite Foreman, Harbour Civil, 2017 - present\n"
    "- Ran drainage and road crews of 12\n- Daily prestarts and toolbox talks\n"
)
POSTING = (
    "Civil Foreman\nTasman Roads Ltd\nHamilton, Waikato\n{classification}\nFull time\n"
    "$95,000 - $110,000 per year\nPosted 2d ago\n\nAbout the role\n- Lead drainage and road crews\n"
    "- Run daily prestarts\nAbout you\n- 5+ years in civil construction\n- Site Safe passport\n"
)


@pytest.mark.parametrize(
    ("classification", "junk"),
    [
        ("Construction Management (Construction)", "Construction Management"),
        ("Quality Assurance & Control (Manufacturing, Transport & Logistics)", "Quality Assurance"),
    ],
)
def test_a_boards_classification_line_asks_nothing(classification, junk):
    result = analyze(resume_text=RESUME, job_description=POSTING.format(classification=classification))

    names = [r["name"] for r in result["details"]["requirements"]]
    assert junk not in names
    assert not any("Logistics" in name for name in names)
    assert "civil construction" in names
