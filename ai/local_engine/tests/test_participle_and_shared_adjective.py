"""A participle and an adjective joined to another modifier of one noun ("Demonstrated clinical and leadership
experience") name nothing: the noun's other asks are read, the adjective pair is not a keyword; one
adjective so joined ("hydraulic and pneumatic systems") still names the thing asked."""

from ai.local_engine import analyze

RESUME = (
    "Dana Reid\nExperience\nStaff Nurse, Mercy General, 2019 - present\n"
    "- Ward rounds and medication administration\n"
)


def test_a_participle_and_a_shared_adjective_are_no_keyword():
    posting = (
        "Clinical Nurse Lead\nRequirements:\n- Demonstrated clinical and leadership experience in a hospital "
        "setting\n- Wound care certification\n"
    )

    result = analyze(resume_text=RESUME, job_description=posting)

    names = [r["name"] for r in result["details"]["requirements"]]
    assert not any(name.lower().startswith("demonstrated") for name in names)
    assert "leadership" in [n.lower() for n in names]


def test_one_adjective_joined_to_another_still_asks():
    posting = "Maintenance Technician\nDuties:\n- Maintain hydraulic and pneumatic systems\n"

    missing = analyze(resume_text=RESUME, job_description=posting)["missing_keywords"]

    assert any("hydraulic" in term for term in missing)
