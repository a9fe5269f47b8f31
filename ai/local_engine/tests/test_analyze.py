import pytest

from ai.local_engine import analyze
from ai.local_engine.requirements import read_requirements

FIELDS = [
    "missing_keywords",
    "details",
    "match_score",
    "sentence_to_improve",
    "recommended_improvement",
    "reasoning",
]


def test_it_returns_the_seed_fields_and_details_in_stream_order(job, resume):
    result = analyze(resume_text=resume, job_description=job)
    assert list(result) == FIELDS
    assert isinstance(result["match_score"], int) and 0 <= result["match_score"] <= 100
    assert set(result["details"]["sub_scores"]) == {
        "requirements",
        "responsibilities",
        "experience",
        "education",
        "role",
        "text_similarity",
    }
    assert sum(s["weight"] for s in result["details"]["sub_scores"].values()) == pytest.approx(1.0)


def test_it_matches_abbreviations_and_synonyms(job, resume):
    details = analyze(resume_text=resume, job_description=job)["details"]
    evidence = {m["term"]: m["resume_evidence"] for m in details["matched_keywords"]}
    assert evidence["Kubernetes"] == "Built data pipelines on Postgres and k8s, cutting costs by 30%."
    assert evidence["PostgreSQL"] == "Built data pipelines on Postgres and k8s, cutting costs by 30%."
    assert evidence["Docker"] == "Worked on the migration of services to Docker containers."


def test_it_lists_missing_required_keywords_before_preferred_ones(job, resume):
    result = analyze(resume_text=resume, job_description=job)
    missing = result["missing_keywords"]
    assert missing[:2] == ["Redis", "AWS"]
    assert missing.index("Redis") < missing.index("Kafka")
    detail = {m["term"]: m for m in result["details"]["missing_keywords_detail"]}
    assert detail["Kafka"]["importance"] == "preferred"
    assert detail["Kafka"]["job_description_sentence"] == "Experience with Kafka"
    assert detail["Redis"]["importance"] == "required"
    assert detail["Redis"]["category"] == "tool"
    assert detail["AWS Certified Solutions Architect"]["category"] == "certification"
    # "AWS (EC2, S3, Lambda)": a named platform and the parts of it asked for, each its own requirement.
    assert {"EC2", "S3", "Lambda"} <= set(detail)


def test_a_tentative_duty_the_resume_lacks_is_shown_by_its_object_after_the_confident_gaps(job, resume):
    result = analyze(resume_text=resume, job_description=job)
    missing = result["details"]["missing_keywords_detail"]
    listed = [m for m in missing if m["confidence"] == "listed"]
    assert [m["term"] for m in listed] == ["backend services"]
    assert listed[0]["asked_as"] == "building backend services"
    assert listed[0]["scored"] is False
    assert listed[0]["job_description_sentence"] == (
        "5+ years of experience building backend services in Python or Go"
    )
    assert result["missing_keywords"][-1] == "backend services"
    assert all(m["confidence"] == "high" for m in missing[: missing.index(listed[0])])


def test_a_tentative_requirement_the_resume_holds_is_neither_missing_nor_matched(job, resume):
    details = analyze(resume_text=resume + "- Building backend services.\n", job_description=job)["details"]
    assert "building backend services" not in {m["term"] for m in details["missing_keywords_detail"]}
    assert "building backend services" not in {m["term"] for m in details["matched_keywords"]}


def test_tentative_requirements_skip_bare_numbers_and_parts_of_confident_ones(job):
    tentative = read_requirements(text=job).tentative
    assert [r.name for r in tentative] == ["building backend services"]


def test_alternatives_joined_by_or_are_one_requirement(job, resume):
    requirements = analyze(resume_text=resume, job_description=job)["details"]["requirements"]
    languages = [r for r in requirements if r["name"] == "Python or Go"]
    assert len(languages) == 1 and languages[0]["status"] == "met"
    assert not any(r["name"] == "Go" for r in requirements)


def test_it_reads_years_degree_and_title(job, resume):
    details = analyze(resume_text=resume, job_description=job)["details"]
    assert details["job_title"] == "Backend Engineer"
    assert details["years_required"] == 5
    assert details["years_in_resume"] == 9.0  # 2017 - present, from the work dates
    assert details["sub_scores"]["experience"]["score"] == 100
    degree = next(r for r in details["requirements"] if r["kind"] == "degree")
    # "or related field" is read (a related field meets it) but is no part of the name
    assert degree["name"] == "Bachelor's degree in Computer Science" and degree["status"] == "met"
    assert degree["evidence"].startswith("BSc Computer Science")


def test_without_a_claim_years_come_from_work_dates_not_study_dates():
    resume = (
        "Experience\nEngineer, Initech (2018 - 2021)\nEngineer, Hooli (2015 - 2018)\n"
        "Education\nBSc Physics, State University (2011 - 2015)"
    )
    details = analyze(resume_text=resume, job_description="Requirements: 8+ years of experience.")["details"]
    assert details["years_in_resume"] == 6.0
    assert details["sub_scores"]["experience"]["score"] == 75


def test_openai_never_matches_openapi():
    result = analyze(
        resume_text="Designed REST services documented with OpenAPI specifications.",
        job_description="Requirements: hands-on experience with OpenAI.",
    )
    assert "OpenAI" in result["missing_keywords"]
    assert all(m["term"] != "OpenAI" for m in result["details"]["matched_keywords"])


def test_a_typo_in_a_long_term_still_matches():
    result = analyze(
        resume_text="Deployed microservices on Kubernets clusters for three teams.",
        job_description="Requirements: production experience with Kubernetes.",
    )
    matched = {m["term"]: m["resume_evidence"] for m in result["details"]["matched_keywords"]}
    assert matched["Kubernetes"] == "Deployed microservices on Kubernets clusters for three teams."


def test_a_lowercase_everyday_word_does_not_match_a_capitalised_tool():
    result = analyze(
        resume_text="I go to meetups and write Python scripts.",
        job_description="Requirements: experience with Go and Python.",
    )
    assert result["missing_keywords"] == ["Go"]


def test_the_score_falls_as_required_skills_go_missing(job):
    full = ["Python", "PostgreSQL", "Redis", "Kubernetes", "Docker", "AWS", "Kafka", "GraphQL"]
    scores = []
    for dropped in range(0, 8, 2):
        lines = "\n".join(f"- Built and ran production services with {skill}." for skill in full[dropped:])
        resume = f"Backend Engineer\nExperience\nEngineer, Initech (2016 - 2024)\n{lines}"
        scores.append(analyze(resume_text=resume, job_description=job)["match_score"])
    assert scores == sorted(scores, reverse=True)
    assert scores[0] - scores[-1] >= 15


def test_the_same_input_gives_the_identical_result(job, resume):
    first = analyze(resume_text=resume, job_description=job)
    assert all(analyze(resume_text=resume, job_description=job) == first for _ in range(3))


def test_empty_inputs_give_a_zero_score_and_no_crash():
    assert analyze(resume_text="", job_description="Requirements\n- Python")["match_score"] == 0
    result = analyze(resume_text="", job_description="")
    assert result["match_score"] == 0
    assert result["missing_keywords"] == []
    assert result["sentence_to_improve"] == ""
    assert result["recommended_improvement"] == ""


def test_a_years_figure_is_read_as_experience_not_listed_as_a_keyword():
    job = (
        "Senior Front-End Engineer. Experience with GraphQL, Jest and Cypress is required. "
        "You have 5+ years of experience and a degree in Computer Science."
    )
    result = analyze(resume_text="Front-end developer building React apps since 2023.", job_description=job)
    terms = [item["term"] for item in result["details"]["missing_keywords_detail"]]
    assert "5+" not in result["missing_keywords"]
    assert all(any(character.isalpha() for character in term) for term in terms)
    assert {"GraphQL", "Jest", "Cypress"} <= set(result["missing_keywords"])
    assert result["details"]["years_required"] == 5
    assert result["details"]["sub_scores"]["experience"]["how"] == "relevant years against 5 asked"
