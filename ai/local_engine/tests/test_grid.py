"""``score_grid``: every pair scored as ``analyze`` scores it, each text read once."""

from ai.local_engine import analyze, grid

RESUMES = [
    "Backend developer. Built REST APIs in Python and Django. Worked with PostgreSQL and Docker for 5 years.",
    "Frontend engineer. Built web apps in React and TypeScript. Wrote tests with Jest.",
    "Data analyst. SQL, Excel and Tableau dashboards. BSc in Statistics.",
]
JOBS = [
    "We hire a Python developer who knows Django, Kubernetes and Terraform. Redis is a plus.",
    "Frontend developer wanted: React, TypeScript and GraphQL. Experience with Jest is required.",
]


def test_each_cell_matches_a_full_analysis_of_its_pair_in_resume_major_order():
    cells = list(grid.score_grid(resumes=RESUMES, jobs=JOBS))
    assert [(c.resume_index, c.job_index) for c in cells] == [(r, j) for r in range(3) for j in range(2)]
    for cell in cells:
        full = analyze(resume_text=RESUMES[cell.resume_index], job_description=JOBS[cell.job_index])
        assert cell.match_score == full["match_score"]
        assert cell.top_gaps == full["missing_keywords"][: grid.TOP_GAPS]
        assert cell.sub_scores == {
            name: detail["score"] for name, detail in full["details"]["sub_scores"].items()
        }


def test_each_resume_and_each_job_is_read_once():
    from ai.local_engine import clear_caches
    from ai.local_engine.requirements import read_requirements
    from ai.local_engine.resume_facts import resume_facts

    clear_caches()
    assert len(list(grid.score_grid(resumes=RESUMES, jobs=JOBS))) == 6
    assert (read_requirements.cache_info().misses, resume_facts.cache_info().misses) == (2, 3)
