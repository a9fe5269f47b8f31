"""Words that name no ask: a platform naming a device the candidate is to own ("An iPhone or Android
smartphone"), a language the posting says is not needed ("you do not have to speak Danish") or names as a
place's ("the Danish office"), and a how-to-apply line whose first word the PDF doubled ("Application
Application must be sent ..."). Every posting and resume here is made up."""

from ai.local_engine import analyze

RESUME = """Lea Moss
Field Sales Representative, Nordkap Freight, 2020 - present
- Visited 30 logistics clients a week and grew regional sales by 18%
- Logged every visit in Salesforce
"""


def test_a_platform_naming_a_device_to_own_is_no_skill():
    posting = """Courier
Requirements:
- Valid driver's license
- An iPhone or Android smartphone with a data plan
"""
    result = analyze(resume_text=RESUME, job_description=posting)

    assert "Android" not in result["missing_keywords"]


def test_a_platform_asked_as_a_skill_is_still_asked():
    posting = """IT Support Technician
Requirements:
- Experience supporting Android devices for field staff
"""
    result = analyze(resume_text=RESUME, job_description=posting)

    assert "Android" in result["missing_keywords"]


def test_a_language_said_not_to_be_needed_is_not_asked():
    posting = """Field Sales Representative
About the role
You will join the Danish office of our freight company, where you do not have to speak Danish.
Requirements:
- 2+ years of field sales experience
- Fluent English
"""
    result = analyze(resume_text=RESUME, job_description=posting)

    assert "Danish" not in result["missing_keywords"]


def test_a_language_one_need_not_be_able_to_speak_is_not_asked():
    posting = """Warehouse Operative
Looking for a job where you do not have to be able to speak Norwegian?
Requirements:
- Forklift counterbalance licence
"""
    result = analyze(resume_text=RESUME, job_description=posting)

    assert "Norwegian" not in result["missing_keywords"]


def test_a_language_one_must_be_able_to_speak_is_still_asked():
    posting = """Warehouse Operative
Requirements:
- You have to be able to speak Norwegian with the drivers
- Forklift counterbalance licence
"""
    result = analyze(resume_text=RESUME, job_description=posting)

    assert "Norwegian" in result["missing_keywords"]


def test_a_how_to_apply_line_with_its_first_word_doubled_asks_nothing():
    posting = """Product Designer
Requirements:
- 2+ years of product design experience
Application Application must be sent with a portfolio of Figma prototypes and Adobe Illustrator work.
"""
    result = analyze(resume_text=RESUME, job_description=posting)

    assert "Figma" not in result["missing_keywords"]
    assert "Adobe Illustrator" not in result["missing_keywords"]


def test_a_language_a_candidate_must_speak_is_still_asked():
    posting = """Sales Assistant
Requirements:
- If you do not speak German, we cannot consider you.
- No need to speak Dutch.
"""
    result = analyze(resume_text=RESUME, job_description=posting)

    assert "German" in result["missing_keywords"]
    assert "Dutch" not in result["missing_keywords"]
