"""A degree's dotted letters end no sentence ("B.A.Sc. Computer Engineering", "B.Tech. Civil"): the degree and
its field are one line, read as the degree."""

import pytest

from ai.local_engine import analyze
from ai.local_engine.text import split_sentences

POSTING = (
    "Backend Engineer\nRequirements\n- Bachelor's degree in Computer Engineering or a related field\n"
    "- Go and PostgreSQL\n"
)
RESUME = (
    "Sam Park\nExperience\nBackend Engineer, Paylane, 2019 - present\n- Built ledger services in Go on PostgreSQL\n"
    "Education\n{degree} Computer Engineering, University of Waterloo, 2016\n"
)


@pytest.mark.parametrize("line", ["B.A.Sc. Computer Engineering, 2016", "B.Tech. Civil", "M.Ed. Leadership"])
def test_a_degrees_dotted_letters_end_no_sentence(line):
    assert [s.text for s in split_sentences(text=line)] == [line]


@pytest.mark.parametrize("degree", ["B.A.Sc.", "BASc", "B.Sc."])
def test_an_applied_science_bachelor_meets_a_bachelors_degree(degree):
    result = analyze(resume_text=RESUME.format(degree=degree), job_description=POSTING)

    asked = next(r for r in result["details"]["requirements"] if r["kind"] == "degree")
    assert asked["status"] == "met"
    assert result["details"]["sub_scores"]["education"]["score"] == 100
