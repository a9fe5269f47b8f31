import subprocess
import sys
import threading
from pathlib import Path

from ai.local_engine import analyze, build_vocab, vocab
from ai.local_engine.skillspan import TRAINING_SPLITS
from ai.local_engine.text import normalize_phrase

REPO = Path(__file__).resolve().parents[3]


def test_importing_the_engine_does_not_load_the_vocabulary():
    code = "import ai.local_engine, ai.local_engine.vocab as v; print(len(v._cache))"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "0"


def test_concurrent_first_use_loads_one_shared_vocabulary(monkeypatch):
    monkeypatch.setattr(vocab, "_cache", {})
    loaded = []
    start = threading.Barrier(8)

    def load() -> None:
        start.wait()  # every thread asks for the vocabulary at once
        loaded.append(vocab.get_vocabulary())

    threads = [threading.Thread(target=load) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(v) for v in loaded}) == 1
    assert len(loaded) == 8


def test_the_vocabulary_knows_tech_aliases_and_guards_everyday_words():
    surfaces = vocab.get_vocabulary().surfaces

    def concept_of(term: str) -> vocab.Concept:
        return vocab.get_vocabulary().concepts[surfaces[normalize_phrase(text=term)][0]]

    assert concept_of("k8s") == vocab.Concept(name="Kubernetes", category="tool")
    assert concept_of("Postgres") == concept_of("PostgreSQL")
    assert concept_of("JS") == concept_of("JavaScript")
    assert concept_of("OpenAI") != concept_of("OpenAPI")
    assert surfaces["go"][1] == vocab.FLAG_CAPITALISED


def test_the_committed_vocabulary_is_what_the_builder_produces(tmp_path, eval_dir):
    out = tmp_path / "vocab.json.gz"
    build_vocab.write(vocab=build_vocab.build(eval_dir=eval_dir), path=out)
    assert out.read_bytes() == vocab.VOCAB_PATH.read_bytes()


def test_the_extractor_is_trained_without_the_test_split():
    assert TRAINING_SPLITS == ("train", "dev")
    for module in ("build_vocab.py", "train_extractor.py"):
        source = (REPO / "ai" / "local_engine" / module).read_text(encoding="utf-8")
        assert "test.json" not in source
        assert '"test"' not in source


DESIGN_POSTING = """Graphic Designer
Requirements
- Proficiency in Photoshop
- Experience with Redshift is a plus
"""


def test_a_product_named_without_its_vendor_is_a_requirement_met_by_the_full_name():
    resume = "Kim Lee\nExperience\nDesigner, Acme, 2019 - Present\n- Retouched 300 photos a month in Adobe Photoshop\n"

    result = analyze(resume_text=resume, job_description=DESIGN_POSTING)

    status = {item["name"]: item["status"] for item in result["details"]["requirements"]}
    assert status["Photoshop"] == "met" and status["Redshift"] == "missing"
    assert "Photoshop" not in result["missing_keywords"] and "Redshift" in result["missing_keywords"]


def test_tools_newer_than_the_sources_are_requirements():
    posting = "Data Engineer\nRequirements\n- Model data in dbt\n- Experience with A/B testing and Mixpanel\n"
    resume = "Kim Lee\nExperience\nAnalyst, Acme, 2019 - Present\n- Modelled 40 tables in dbt\n"

    result = analyze(resume_text=resume, job_description=posting)

    status = {item["name"]: item["status"] for item in result["details"]["requirements"]}
    assert status == {"dbt": "met", "A/B testing": "missing", "Mixpanel": "missing"}


def test_a_small_vendors_coined_product_is_known_by_its_own_name():
    from ai.local_engine.build_vocab_onet import small_vendor_name
    from ai.local_engine.vocab import everyday_words

    everyday = everyday_words()
    named = {
        name: small_vendor_name(name=name, vendors=frozenset({"Adobe"}), everyday=everyday)
        for name in (
            "Xactware Xactimate",
            "Graphisoft ArchiCAD",
            "ArenaSoft Estimating",
            "Acme Toolkit",
            "LogiXML Ad-HOC",
            "Henry Schein Dentrix",
            "Creative Solutions CPA Depreciation",
            "Adobe Photoshop",
        )
    }

    assert named == {
        "Xactware Xactimate": "Xactimate",
        "Graphisoft ArchiCAD": "ArchiCAD",
        "ArenaSoft Estimating": None,
        "Acme Toolkit": None,
        "LogiXML Ad-HOC": None,
        "Henry Schein Dentrix": "Dentrix",
        "Creative Solutions CPA Depreciation": None,
        "Adobe Photoshop": None,
    }
