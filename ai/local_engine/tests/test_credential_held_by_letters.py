"""A body's letters and the participle of holding its credential ("Must be QVTA registered") name a credential
asked, listed missing though written in running text. Every posting and resume here is made up."""

from ai.local_engine import analyze
from ai.local_engine.keyword_gaps import keyword_form

POSTING = """Dental Nurse wanted - Harrowgate Smiles. Friendly two-surgery practice looking for a full-time dental
nurse. Must be QDNB registered with 2+ years in practice. Strong chairside and sterilisation skills needed.
Email your CV to jobs@harrowgatesmiles.example
"""

RESUME = """Priya Nair
Dental Nurse
EXPERIENCE
Dental Nurse, Castlegate Dental, 2020 - Present
- Chairside support for two dentists; sterilisation and decontamination of instruments
"""


def test_a_credential_held_by_a_bodys_letters_is_listed_missing():
    missing = analyze(resume_text=RESUME, job_description=POSTING)["missing_keywords"]

    assert "QDNB registered" in missing


def test_a_participle_after_plain_words_still_dangles():
    assert keyword_form(name="QDNB registered") == "QDNB registered"
    assert keyword_form(name="lessons aligned") is None
