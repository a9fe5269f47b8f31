"""An acronym that spells out a list of modifiers is asked with the noun after its bracket ("MEP drawings");
a spelled-out name keeps its name. Every posting here is made up."""

from ai.local_engine.requirements import read_requirements


def _names(posting: str) -> set[str]:
    return {r.name for r in read_requirements(text=posting).requirements}


def test_a_spelled_out_list_is_named_by_its_letters_and_the_noun_after_them():
    posting = """Building Technician - Redfern Estates

Responsibilities
1. Service rooftop units and fan coils.
2. Read and interpret mechanical, electrical and plumbing (MEP) drawings and building automation screens.
3. Complete work orders in the CMMS.
"""
    names = _names(posting)
    assert "MEP drawings" in names
    assert "mechanical, electrical and plumbing" not in names


def test_a_spelled_out_name_before_its_letters_keeps_its_name():
    posting = """Clinical Dietitian - Harbor Health

Requirements
- Registered Dietitian Nutritionist (RDN) credential
- 2+ years of clinical nutrition experience
"""
    names = _names(posting)
    assert "RDN credential" not in names
