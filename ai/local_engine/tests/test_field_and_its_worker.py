"""A field of work asked by name ("IT project management", "UX design") is shown by the one who does it
("IT Project Manager", "UX Designer") in a role's title or the resume's own prose. Every posting and resume
here is made up."""

from ai.local_engine import analyze
from ai.local_engine.other_keys import other_keys

POSTING = """IT Project Manager
Duties
- Run status meetings with sponsors and track budgets
Requirements
- 5 years of IT project management experience
- UX design experience a plus
"""

RESUME = """Dana Ruiz
Certifications
Project Management Professional (PMP), PMI, 2019
Experience
Senior IT Project Manager, Harbor Health, 2019 - present
- Ran status meetings with executive sponsors and tracked budgets of up to $2M
UX Designer, Fable Studio, 2016 - 2019
- Designed patient portal screens with clinicians
"""


def _requirement(result: dict, name: str) -> dict:
    return next(r for r in result["details"]["requirements"] if r["name"].lower() == name)


def test_a_field_asked_is_shown_by_its_worker_in_a_roles_title():
    result = analyze(resume_text=RESUME, job_description=POSTING)

    management = _requirement(result, "project management")
    assert management["status"] == "met"
    assert management["evidence"] == "Senior IT Project Manager, Harbor Health, 2019 - present"
    assert management["context"] == "experience"
    design = _requirement(result, "ux design")
    assert design["status"] == "met"
    assert design["evidence"] == "UX Designer, Fable Studio, 2016 - 2019"
    assert design["context"] == "experience"


def test_a_field_word_alone_names_no_worker_and_a_named_field_names_its_own():
    # "management" alone would be met by any manager; "project management" only by a project manager
    assert other_keys(key="management") == ()
    assert other_keys(key="design") == ()
    assert other_keys(key="project management") == ("project manager",)
    # those who build a thing design and develop it: "FPGA design" by an "FPGA Engineer"
    assert other_keys(key="ux design") == ("ux designer", "ux engineer")
    assert other_keys(key="project planning") == ()


def test_a_product_is_shown_without_its_makers_name():
    assert other_keys(key="ibm z os", name="IBM z/OS") == ("z os",)
    assert other_keys(key="microsoft sharepoint", name="Microsoft SharePoint") == ("sharepoint",)
    # a plain word is no product's name: "Office Manager" shows no Microsoft Office
    assert other_keys(key="microsoft office", name="Microsoft Office") == ()
    assert other_keys(key="google analytics", name="Google Analytics") == ()
    assert other_keys(key="ibm", name="IBM") == ()


def test_the_worker_in_a_bare_skills_list_earns_list_credit_only():
    resume = "Dana Ruiz\nExperience\nOffice Assistant, Harbor Health, 2019 - present\n- Filed records\n"
    resume += "Skills\nExcel, Word, IT project manager, Outlook, Zoom\n"

    result = analyze(resume_text=resume, job_description=POSTING)

    management = _requirement(result, "project management")
    assert management["context"] == "list"
    assert management["credit"] <= 0.4
