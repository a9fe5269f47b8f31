"""A barista's posting and resume: experience asked in months, items opened by a tilde, and a card held on a
line of its own under no heading. Every posting and resume here is made up."""

from ai.local_engine import analyze
from ai.text_normalize import normalize_text

POSTING = """Barista (Part Time)
Juniper Coffee Bar, Eugene OR
You will:
~ dial in espresso and pull shots to recipe
~ steam milk and pour latte art
~ take orders on Square and handle cash
You have:
~ 9+ months of cafe experience
~ a Washington Food Worker Card
"""

RESUME = """Ivy Moreno
Eugene, OR
Barista
Bean There Cafe, Eugene — 2024 to now
Pull shots on a La Marzocco and steam milk for latte art; run the Square till.
Washington Food Worker Card (2023)
Available weekends.
"""


def test_months_of_experience_ask_for_a_year_not_the_default_three():
    result = analyze(resume_text=RESUME, job_description=POSTING)

    assert result["details"]["sub_scores"]["experience"]["how"] == "relevant years against 1 asked"


def test_months_inside_a_time_limit_ask_for_no_experience():
    posting = POSTING.replace("~ 9+ months of cafe experience", "~ pass a food safety course within 3 months")

    result = analyze(resume_text=RESUME, job_description=posting)

    assert "(the posting names none)" in result["details"]["sub_scores"]["experience"]["how"]


def test_a_tilde_opens_an_item_but_not_a_figure():
    assert normalize_text(text="~ steam milk\n~5 years") == "• steam milk\n~5 years"


def test_a_card_alone_on_its_line_is_held():
    result = analyze(resume_text=RESUME, job_description=POSTING)

    card = next(r for r in result["details"]["requirements"] if r["name"] == "Washington Food Worker Card")
    assert card["status"] == "met"
    assert card["context"] == "prose"


def test_months_or_more_of_experience_or_of_sea_service_ask_for_that_much():
    for line, years in [
        ("- 6 months or more of customer service experience (retail or hospitality)", 1),
        ("- 18 months+ experience in a bank branch", 2),
        ("- Minimum 12 months sea service as Third Engineer", 1),
    ]:
        result = analyze(
            resume_text=RESUME, job_description=f"Teller\n\nRequirements\n{line}\n- Cash handling\n"
        )
        assert result["details"]["sub_scores"]["experience"]["how"].endswith(f"against {years} asked")
