"""A flattened person specification leaves each criterion's Essential/Desirable code and Assessed-by code at
the end of its line ("Experience of supervising contractors D I"): the codes set the importance and are no part
of the requirement's name."""

from ai.local_engine import analyze

POSTING = (
    "Parks Officer\nPerson specification\nCriteria Essential Desirable Assessed by\n"
    "Full UK driving licence E A\n"
    "Experience of using Microsoft Excel E A/I\n"
    "Experience of using ArcGIS D I\n"
    "Knowledge of COSHH regulations E I\n"
    "Key: E = Essential, D = Desirable; A = Application form, I = Interview\n"
)
RESUME = (
    "Ola Berg\nExperience\nParks Officer, Northshire Council, 2018 - present\n- Kept tree records in Excel\n"
)


def test_trailing_codes_set_importance_and_leave_the_names_clean():
    result = analyze(resume_text=RESUME, job_description=POSTING)

    by_name = {r["name"]: r for r in result["details"]["requirements"]}
    assert by_name["ArcGIS"]["importance"] == "preferred"
    assert by_name["Microsoft Excel"]["importance"] == "required"
    assert not any(name.endswith((" E", " D", " I")) for name in by_name)
