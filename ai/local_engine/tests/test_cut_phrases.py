"""A phrase cut short on a modifier whose noun is read apart ("test embedded" of "test embedded C firmware")
names nothing; a participle after its noun ("meetings booked") and a credential's state ("CPA qualified or
part-qualified") are whole. Every posting here is made up."""

from ai.local_engine import analyze
from ai.local_engine.cut_phrases import cut_short

POSTING = """Firmware Engineer
Responsibilities
- Develop and test embedded C firmware for our pumps
- Set up and wean invasive and non-invasive mechanical ventilation
- Hit monthly targets for meetings booked and pipeline generated
"""
RESUME = "Jo Park\nExperience\nEngineer, Acme, 2020 - present\n- Wrote C firmware for pumps\n"


def test_a_phrase_cut_on_a_modifier_is_no_requirement():
    result = analyze(resume_text=RESUME, job_description=POSTING)

    names = [r["name"].lower() for r in result["details"]["requirements"]]
    assert "test embedded" not in names
    assert "wean invasive" not in names
    assert not any(name.endswith(("embedded", "invasive")) for name in result["missing_keywords"])


def test_what_is_cut_and_what_is_whole():
    text = "Hit targets for meetings booked and pipeline generated; ACA or CPA qualified or part-qualified."

    assert cut_short(text="test embedded C firmware", phrase="test embedded", end=13)
    assert cut_short(text="wean invasive and non-invasive ventilation", phrase="wean invasive", end=13)
    assert not cut_short(text="wean invasive and non-invasive.", phrase="wean invasive", end=13)
    booked = text.index("booked") + len("booked")
    assert not cut_short(text=text, phrase="meetings booked", end=booked)
    qualified = text.index("CPA qualified") + len("CPA qualified")
    assert not cut_short(text=text, phrase="CPA qualified", end=qualified)
    assert not cut_short(text="Support executive and board meetings", phrase="Support executive", end=17)
    pipelines = "Design and build batch and streaming pipelines with Spark"
    assert cut_short(text=pipelines, phrase="build batch", end=pipelines.index(" and streaming"))


def test_adjectives_joined_by_a_comma_are_one_noun_phrase():
    posting = (
        "Room Educator\nYou will:\n- Build warm, respectful relationships with children and families\n"
        "- Provide safe, effective care\n- Manage stock, seasonal displays and rotas\n"
    )
    names = [
        r["name"] for r in analyze(resume_text=RESUME, job_description=posting)["details"]["requirements"]
    ]

    assert not any(name in ("Build warm", "Provide safe") for name in names), names
    assert "Manage stock" in names
    assert cut_short(text="Prepare fresh, seasonal dishes", phrase="Prepare fresh", end=13)
    assert not cut_short(text="Order stock, seasonal displays", phrase="Order stock", end=11)


def test_a_hyphened_modifier_alone_before_a_named_skill_is_no_requirement():
    posting = (
        "Payroll Specialist\nWhat you bring\n- 3+ years of full-cycle payroll experience\n"
        "- Experience with event-driven Kafka services\n"
    )
    names = [
        r["name"] for r in analyze(resume_text=RESUME, job_description=posting)["details"]["requirements"]
    ]

    assert "full-cycle" not in names and "event-driven" not in names, names
    assert "payroll" in [n.lower() for n in names] and "Kafka" in names
    assert not cut_short(text="3+ years of full-stack experience", phrase="full-stack", end=22)
