"""Sentence embeddings: unit vectors from the shipped int8 model, cached, deterministic; optional."""

from pathlib import Path

import pytest

from ai.local_engine import analyze, embeddings

RESUME = "Experience\n- Mentored three junior engineers through weekly code reviews and pairing sessions."
JOB = "Requirements\n- Coach and grow less experienced developers on the team"


@pytest.fixture
def encoder():
    embeddings.configure(enabled=True, threads=1, cache_size=64)
    encoder = embeddings.get_encoder()
    if encoder is None:
        pytest.skip(f"the embedding model is not installed: {embeddings.encoder_status()['reason']}")
    yield encoder
    embeddings.configure(enabled=True, threads=1, cache_size=4096)


def test_vectors_are_unit_length_deterministic_and_independent_of_the_batch(encoder):
    import numpy

    alone = encoder.encode(["managed a group of developers"])
    encoder.clear()
    batched = encoder.encode(["x", "managed a group of developers", "a much longer sentence " * 8])
    assert alone.shape == (1, embeddings.DIMENSIONS)
    assert numpy.allclose(numpy.linalg.norm(batched, axis=1), 1.0, atol=1e-5)
    assert float(alone[0] @ batched[1]) > 0.9999


def test_a_paraphrase_is_closer_than_an_unrelated_sentence(encoder):
    vectors = encoder.encode(
        ["led a team of engineers", "managed a group of developers", "baked sourdough bread every morning"]
    )
    similarity = embeddings.cosine_matrix(vectors, vectors)
    assert similarity[0, 1] > 0.4 > 0.1 > similarity[0, 2]


def test_without_the_model_the_engine_matches_by_words_and_says_so():
    embeddings.configure(enabled=False, threads=1, cache_size=64)
    try:
        details = analyze(resume_text=RESUME, job_description=JOB)["details"]
    finally:
        embeddings.configure(enabled=True, threads=1, cache_size=4096)
    assert details["semantic_matching"]["available"] is False
    assert details["semantic_matching"]["reason"] == "turned off (ENGINE_EMBEDDINGS=off)"
    assert any(w.startswith("Semantic matching is off") for w in details["warnings"])


def test_a_missing_model_file_turns_semantic_matching_off_with_the_reason(tmp_path: Path):
    embeddings.configure(enabled=True, threads=1, cache_size=64)
    try:
        assert embeddings.get_encoder(model_path=tmp_path / "absent.onnx") is None
        assert embeddings.encoder_status()["reason"].startswith("not available:")
    finally:
        embeddings.configure(enabled=True, threads=1, cache_size=4096)
