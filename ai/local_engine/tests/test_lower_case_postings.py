"""A startup posting written all in lower case: its tools are named in lower case too ("in figma"), "from
scratch" is an idiom and "front-desk staff" are people to talk to. Every posting and resume here is made
up."""

from ai.local_engine import analyze

POSTING = """hey! we're hiring a founding designer 👋

we're a 5-person startup building booking software for vet clinics. you'd be our first designer and
own everything from the marketing site to the product.

what you'll do
- design end-to-end flows in figma and ship them with our two engineers
- talk to vets and front-desk staff every week
- build our design system from scratch
- make the landing pages not ugly

what we're looking for
- 4+ yrs product design, ideally b2b saas
- a portfolio that shows shipped work
- comfortable with ambiguity + moving fast
"""

RESUME = """Lena Park - Product Designer
Experience
Product Designer, Petbook (booking for clinics), 2021 - present
- Design booking and billing flows in Figma and ship them with 3 engineers
- Interview clinic owners and receptionists every sprint
- Built the design system (tokens, 40 components)
"""


def test_a_coined_tool_in_a_lower_case_posting_is_asked():
    result = analyze(resume_text=RESUME, job_description=POSTING)

    figma = next(r for r in result["details"]["requirements"] if r["name"].lower() == "figma")
    assert figma["status"] == "met"


def test_an_idiom_and_the_people_talked_to_ask_nothing():
    result = analyze(resume_text=RESUME, job_description=POSTING)

    names = [r["name"].lower() for r in result["details"]["requirements"]]
    assert "scratch" not in names
    assert not [name for name in names if "front-desk" in name]
