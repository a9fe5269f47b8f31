"""A category named with examples: an open list ("such as", "e.g.", "like", "etc.") is met by any known member
of the category, a closed one ("scripting (Python, PowerShell or Bash)", "scripting in ...") only by the
names it lists. Every posting and resume here is made up."""

from ai.local_engine import analyze

NODE_RESUME = """Alex Moor
Systems Engineer, Northwind, 2019 - present
- Built internal dashboards in Node.js and React
- Wrote backend services in Go
"""
BASH_RESUME = """Jo Reyes
Systems Administrator, Eastgate, 2018 - present
- Wrote Bash and PowerShell scripts to automate server patching
"""
PLAIN_RESUME = """Kim Hale
Office Manager, Brightway, 2017 - present
- Ran the front office and the supplier accounts
"""


def _row(result: dict, word: str) -> dict:
    rows = [r for r in result["details"]["requirements"] if word in r["name"] or word in r["alternatives"]]
    assert rows, [r["name"] for r in result["details"]["requirements"]]
    return rows[0]


def test_a_bracket_after_a_category_names_its_only_options():
    posting = "Systems Administrator\nRequirements:\n- Automate patching with scripting (Python, PowerShell or Bash).\n"
    unmet = analyze(resume_text=NODE_RESUME, job_description=posting)
    met = analyze(resume_text=BASH_RESUME, job_description=posting)

    assert _row(unmet, "PowerShell")["status"] == "missing"
    assert _row(met, "PowerShell")["status"] == "met"


def test_options_named_after_in_close_the_category():
    posting = (
        "Systems Administrator\nRequirements:\n- Experience with scripting in Python, PowerShell or Bash.\n"
    )
    unmet = analyze(resume_text=NODE_RESUME, job_description=posting)
    met = analyze(resume_text=BASH_RESUME, job_description=posting)

    assert _row(unmet, "PowerShell")["status"] == "missing"
    assert "scripting" not in [r["name"] for r in unmet["details"]["requirements"] if r["status"] == "met"]
    assert _row(met, "PowerShell")["status"] == "met"


def test_an_open_bracket_is_met_by_another_member():
    posting = "Systems Administrator\nRequirements:\n- Scripting languages (Perl, Bash, etc.).\n"
    result = analyze(resume_text=BASH_RESUME.replace("Bash and PowerShell", "Ruby"), job_description=posting)

    assert _row(result, "Perl")["status"] == "met"
