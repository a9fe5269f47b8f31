"""What a posting says of its employer and what it gives is never asked of the candidate."""

import pytest

from ai.local_engine.posting import read_posting
from ai.local_engine.requirements import read_requirements
from ai.local_engine.vocab import get_vocabulary

# Made up for these tests.
POSTING = """Accounts Payable Clerk

Harbor Grain Mills designs and builds flour milling lines for bakery customers.

What You'll Do:
- Process vendor invoices in NetSuite and reconcile statements in Excel

Perks: store discount, ski pass program, 2 paid volunteer days.
Benefits include: gym membership and cycle to work scheme.
"""


def _names(text: str) -> list[str]:
    return [r.name.lower() for r in read_requirements(text=text).requirements]


def test_the_employer_saying_what_it_does_asks_nothing():
    names = _names(POSTING)
    assert "netsuite" in names
    assert not [n for n in names if "milling" in n or "bakery" in n or "flour" in n]


def test_the_employers_product_saying_what_it_does_asks_nothing():
    posting = (
        "Senior iOS Engineer\nTallyPay\nTallyPay's app helps 3M people split rent and pay friends.\n"
        "What you'll do\n- Build features in Swift and SwiftUI\n- Write unit tests with XCTest\n"
    )

    names = _names(posting)
    assert "xctest" in names
    assert not [n for n in names if "friends" in n or "rent" in n or "people" in n]


def test_the_employer_praising_itself_asks_nothing():
    posting = (
        "Cabin Crew - Glasgow Base\n\nFly with SkyLink! Scotland's fastest-growing regional airline connects "
        "20 destinations across Europe on our\nfleet of ATR 72 and Embraer E190 aircraft. In 2025 we carried "
        "2 million passengers.\n\nAbout the role\nAs Cabin Crew you'll be responsible for the safety and "
        "comfort of our passengers.\n- Deliver safety demonstrations and inflight service\n"
        "- Fluent English; French or German a plus\n"
    )

    asks = [s.text for s in read_posting(text=posting, vocabulary=get_vocabulary()).asks()]

    assert not [text for text in asks if "fastest-growing" in text]
    assert any("French or German" in text for text in asks)


def test_what_the_body_must_bear_under_its_heading_is_never_asked():
    posting = (
        "Store Manager\nQUALIFICATIONS:\n- 3+ years of retail management experience\n- Proficiency with POS "
        "systems\nPHYSICAL REQUIREMENTS:\nAbility to stand for 8+ hours and lift up to 50 pounds.\n"
    )

    names = _names(posting)
    assert "pos" in " ".join(names)
    assert not [n for n in names if "hours" in n or "pounds" in n or "physical" in n]


def test_a_perks_label_gives_and_does_not_ask():
    names = _names(POSTING)
    assert not [n for n in names if "discount" in n or "ski" in n or "cycle" in n or "volunteer" in n]


def test_a_product_saying_what_it_does_in_a_duty_is_still_asked():
    duty = (
        "Data Engineer\n\nYou will:\n- Keep Apache Kafka running; Kafka Connect moves data into Snowflake\n"
    )
    assert "snowflake" in _names(duty)


def test_when_the_job_is_worked_asks_nothing():
    posting = (
        "Customer Service Representative\n\nRequirements:\n- 1+ year of call center experience\n"
        "- Training is Monday-Friday 8am-5pm CT; shifts until 9:30 pm ET\n- Salesforce Service Cloud\n"
    )
    names = _names(posting)
    assert not [n for n in names if n in ("ct", "et") or "8am" in n or "pm" in n.split()], names
    assert [n for n in names if "salesforce" in n], names


def test_a_shift_and_the_checks_a_hire_passes_are_no_skills():
    posting = (
        "Forklift Operator - 2nd Shift\n\nRequirements:\n- 1+ year of forklift experience with an RF scanner\n"
        "- Must pass a background check and drug screen\n- Night shift and an enhanced DBS check\n"
    )
    names = _names(posting)
    assert not [n for n in names if "shift" in n or "drug" in n or "check" in n], names
    assert [n for n in names if "forklift" in n or "rf" in n.split()], names


def test_an_adjective_alone_is_no_tool():
    posting = (
        "Social Worker\n\nDuties:\n- Write clear, analytical reports for conferences in Liquidlogic\n"
        "- Strong analytical and communication skills\n- Statistical analysis in SPSS\n"
    )
    names = _names(posting)
    assert "analytical" not in names, names
    assert [n for n in names if "statistical analysis" in n or "spss" in n], names


# case -> (posting, words no requirement's name may hold, names that must still be read)
NOT_ASKED = {
    "the trade of a team the job works beside (not 'experience in a finance team')": (
        "Backend Developer\n\nResponsibilities:\n- Partner with the DevOps team on releases\n"
        "- Report to the Data Science department\n- Experience in a finance team is required\n",
        ["DevOps", "Data Science"],
        ["finance team"],
    ),
    "an employer saying what it has done, an ampersand in its name": (
        "HVAC Technician\nSummit Heating & Air | Columbus, OH\n\n"
        "Summit Heating & Air has served central Ohio homeowners since 1987.\n\n"
        "What you will do\n- Diagnose and repair gas furnaces and heat pumps\n",
        ["Air", "homeowners"],
        ["heat pumps"],
    ),
    "the employer named up top describing itself with 'is'": (
        "Account Executive\nPayflow (Series B, 180 people) - Remote\n\n"
        "Payflow is accounts-payable automation for mid-sized companies.\n\n"
        "What you'll bring\n- 3+ years closing B2B SaaS deals in Salesforce\n",
        ["accounts-payable", "automation"],
        ["Salesforce"],
    ),
    "an audience named by its capitals in the plural": (
        "Account Executive\n\nWhat you'll do\n- Run tailored product demos for CFOs and VPs of Finance\n"
        "- Forecast in Salesforce\n",
        ["CFO"],
        ["Salesforce"],
    ),
    "the afternoon of a shift's hours": (
        "Inventory Specialist\n1st shift (6:00 AM - 2:30 PM), Monday-Friday\n\nRequirements\n"
        "- Perform daily cycle counts\n- Excel skills\n",
        ["PM", "AM"],
        ["Excel"],
    ),
    "the kind of employer after 'with a', a body's accreditation of the degree": (
        "Quantity Surveyor\n\nSkills and Experience\n- Degree in Quantity Surveying (RICS accredited preferred)\n"
        "- 3 years' experience as a QS with a main contractor\n- Good knowledge of JCT contracts\n",
        ["contractor", "RICS"],
        ["JCT contracts"],
    ),
    "the audience of a duty": (
        "Data Analyst\n\nRequirements:\n- Strong communication skills and the ability to present to "
        "non-finance audiences\n- SQL\n",
        ["audiences"],
        ["SQL"],
    ),
    "a time zone in words, the buyers sold to": (
        "Account Executive\nChicago, IL or Remote (Central time)\n\nWhat you'll bring:\n"
        "- Experience selling to CFOs and controllers is a strong plus\n- Salesforce and MEDDICC\n",
        ["Central", "controllers", "CFO"],
        ["MEDDICC"],
    ),
    "shift patterns, a title's tier, an ampersand name whole": (
        "Cybersecurity Analyst (SOC Tier 2)\nFull-time, rotating day/evening shifts, every third weekend\n\n"
        "Requirements:\n- Ability to read electrical schematics and P&IDs\n- Experience with Splunk\n",
        ["shift", "weekend", "Tier"],
        ["Splunk", "P&IDs"],
    ),
    "a degree's school accreditation (a program with no degree named is the requirement)": (
        "Pharmacist\n\nRequirements:\n- Doctor of Pharmacy (PharmD) from an ACPE-accredited school\n"
        "- Graduate of a CODA-accredited dental hygiene program\n",
        ["ACPE"],
        ["CODA-accredited dental hygiene"],
    ),
}


@pytest.mark.parametrize("case", sorted(NOT_ASKED))
def test_words_that_ask_nothing_are_no_requirement_and_the_asks_beside_them_stay(case: str):
    posting, absent, present = NOT_ASKED[case]

    names = [r.name for r in read_requirements(text=posting).requirements]

    assert not [name for name in names for word in absent if word in name], names
    assert set(present) <= set(names), names


def test_the_posts_grade_on_a_facts_line_is_no_requirement():
    posting = """Policy Adviser
Grade: Senior Executive Officer (SEO)
Band: B3

Job description
- Develop policy options on heat pumps
- Strong SEO skills for our website
"""
    requirements = read_requirements(text=posting).requirements

    assert [r.sentence for r in requirements if r.name == "SEO"] == ["Strong SEO skills for our website"]


@pytest.mark.parametrize(
    "heading",
    ["The good stuff 🎁", "What's in it for you?", "What you'll get", "Why you'll love it here", "In return"],
)
def test_a_heading_of_what_the_job_gives_opens_perks(heading):
    posting = (
        "Contact Centre Advisor\n\nWhat you'll bring\n- Experience with Zendesk\n\n"
        f"{heading}\n- Free breakfast Fridays, pizza nights and a buzzing social committee\n"
        "- Cycle scheme and a home-working kit\n"
    )
    names = _names(posting)
    assert "zendesk" in names
    assert not [n for n in names if "pizza" in n or "social" in n or "cycle" in n or "kit" in n], names


def test_what_the_job_provides_and_growth_it_offers_are_given_not_asked():
    posting = (
        "Support Worker\n\nRequirements\n- A full UK driving licence\n- The Care Certificate is included.\n"
        "- Uniform and PPE are provided.\n"
        "- There are good opportunities for personal and professional development.\n"
    )
    names = _names(posting)
    assert [n for n in names if "driving licence" in n], names
    assert not [n for n in names if "care certificate" in n or "ppe" in n or "development" in n], names


def test_a_duty_that_care_is_provided_is_still_asked():
    posting = "Support Worker\n\nDuties\n- Ensure accurate records in Excel are provided.\n"
    assert "excel" in _names(posting), "the duty's sentence was read as a perk"


def test_a_saints_short_form_in_a_place_is_no_skill():
    posting = (
        "Care Worker\nEvergreen Care | Bury St Edmunds and surrounding villages\n\n"
        "Requirements\n- Experience with Excel\n- Based near St. Louis or Mt Pleasant\n"
    )
    names = _names(posting)
    assert "excel" in names
    assert not [n for n in names if n.split()[0] in ("st", "st.", "mt")], names


def test_a_bullet_naming_inclusion_is_a_duty_not_a_diversity_heading():
    posting = (
        "Support Worker\n\nA day in the life\n- Encourage independence, choice and community inclusion\n"
        "- Keep daily notes in Excel\n\nYou'll be a great fit if you...\n- have a full UK driving licence\n"
    )
    names = _names(posting)
    assert "community inclusion" in names, names
    assert [n for n in names if "driving licence" in n], names


def test_the_title_lines_qualifiers_are_no_duties():
    posting = (
        "Customer Success Manager (Mid-Market) - 12-month contract - Guildford or Remote (UK)\n\n"
        "Requirements\n- Experience with Gainsight\n- Run quarterly business reviews with clinic owners\n"
    )
    names = _names(posting)
    assert "gainsight" in names
    assert not [n for n in names if "market" in n or "contract" in n or "guildford" in n], names


def test_insurance_the_work_handles_is_asked_and_insurance_given_is_a_perk():
    posting = (
        "Dental Front Office Coordinator\nWe are a busy family dental practice. Pay $20-24/hr with PTO and "
        "medical, dental and vision insurance for you and your family. In this role you will schedule "
        "appointments in Dentrix and verify dental insurance benefits. Requirements: 1 year of front office "
        "experience, working knowledge of Eaglesoft and understanding of CDT codes.\n"
    )
    names = _names(posting)
    assert "dentrix" in names and "eaglesoft" in names, names
    assert not [n for n in names if "vision" in n or "pto" in n], names


def test_a_labelled_benefits_line_and_paid_learning_access_ask_nothing():
    from ai.local_engine.tests.rows import requirement_rows

    posting = (
        "Android Developer\nRequirements\n- Kotlin and Jetpack Compose\n"
        "Job benefits: hardware of your choice, Multisport card, Spotify Premium, Udemy Business\n"
        "Unlimited access to LinkedIn Learning courses\n"
    )
    rows = requirement_rows(resume="Sam Hale\nAndroid Developer, 2019 - present", posting=posting)

    assert {"Kotlin", "Jetpack Compose"} <= set(rows)
    assert not {"Spotify", "Udemy", "LinkedIn", "LinkedIn Learning", "Multisport card"} & set(rows)


def test_a_recruiters_signature_asks_nothing_a_title_case_heading_before_a_role_line_does():
    from ai.local_engine.tests.rows import requirement_rows

    posting = (
        "Data Engineer\nRequirements\n- Python and SQL\n- Airflow\n\nBest regards,\nJane Smith\n"
        "Talent Acquisition Partner\nContact: Raj Mehta, Talent Acquisition Specialist\n"
    )
    rows = requirement_rows(resume="Sam Hale\nData Engineer, 2019 - present", posting=posting)
    assert set(rows) == {"Python", "SQL", "Airflow"}

    asked = "Recruiter\nNice To Have\nTalent acquisition experience as an agency partner\n- Boolean search\n"
    rows = requirement_rows(resume="Sam Hale\nRecruiter, 2019 - present", posting=asked)
    assert any("talent acquisition" in name.lower() for name in rows)
