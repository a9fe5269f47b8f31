"""A job board's page pasted with the posting: LinkedIn's "Promoted by hirer · Responses managed off
LinkedIn" and its "Meet the hiring team" card, a government site's "Who can apply" line, ask nothing. Every
posting and resume here is made up."""

from ai.local_engine.tests.rows import requirement_names

LINKEDIN = """Scrum Master
Tidewave Digital · Lisbon, Portugal · Reposted 1 week ago · Over 100 applicants
Promoted by hirer · Responses managed off LinkedIn

Meet the hiring team
Inês Carvalho
Talent Acquisition Partner at Tidewave Digital
Message

About the job
What we are looking for
- 3+ years of experience as a Scrum Master in software development teams
- Hands-on experience with Jira and Confluence

Who can apply: Persons residing in Portugal and EU citizens abroad.
"""
RESUME = """Rita Sousa
Scrum Master, Banco Atlântico, 2020 - present
- Facilitated Scrum events for two teams and tracked velocity in Jira
"""


def test_the_boards_page_around_the_posting_asks_nothing():
    names = {name.lower() for name in requirement_names(resume=RESUME, posting=LINKEDIN)}

    assert "jira" in names
    assert not {"linkedin", "talent acquisition", "eu citizens", "talent acquisition partner"} & names


def test_an_address_in_a_duty_asks_nothing():
    names = requirement_names(
        resume=RESUME,
        posting="Delivery Driver\nRequirements\n- Load the van at the Westbelt Dr warehouse by 5am\n- Clean MVR",
    )

    assert not [name for name in names if "Westbelt" in name]
