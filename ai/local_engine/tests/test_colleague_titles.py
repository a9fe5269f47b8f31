"""Colleagues named together ("the Director of Sales and Reservations Manager") are all someone else's titles:
none of them earns the writer role credit."""

from ai.local_engine import analyze


def test_colleagues_joined_by_and_are_all_someone_elses_titles():
    posting = "Reservations Manager\n\nRequirements\n- 3+ years in hotel reservations\n- Opera PMS\n"
    resume = (
        "Niamh Byrne\nExperience\nRevenue Analyst, Harbour Hotels, 2019 - present\n"
        "- Weekly pricing meeting with the GMs, Director of Sales and Reservations Manager\n"
        "- Set rates in Opera PMS\n"
    )

    result = analyze(resume_text=resume, job_description=posting)

    assert result["details"]["sub_scores"]["role"]["score"] < 50
