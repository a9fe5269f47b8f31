"""Equal-opportunity wording that names the people invited to apply ("Applications from qualified women are
welcome") asks nothing: "qualified women" is no credential."""

from ai.local_engine import analyze


def test_people_invited_to_apply_are_no_credential():
    posting = (
        "Lecturer in Chemistry\nRequirements: PhD in chemistry and teaching experience.\n"
        "Applications from qualified women are expressly welcome; severely disabled applicants with equal "
        "aptitude will be given preference.\n"
    )
    resume = (
        "Jane Doe\nOffice administrator\nSkills: Excel, scheduling, customer service\n"
        "Experience: 5 years as office administrator at Acme.\n"
    )

    result = analyze(resume_text=resume, job_description=posting)

    names = [item["term"].lower() for item in result["details"]["missing_keywords_detail"]]
    assert not any("women" in name or "applicants" in name for name in names)
    assert any("chemistry" in name for name in names)
