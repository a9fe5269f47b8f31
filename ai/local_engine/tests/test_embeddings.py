"""Sentence embeddings: unit vectors from the shipped int8 model or the static table distilled from it,
deterministic; optional."""

from pathlib import Path

import pytest

from ai.local_engine import analyze, embeddings

RESUME = "Experience\n- Mentored three junior engineers through weekly code reviews and pairing sessions."
JOB = "Requirements\n- Coach and grow less experienced developers on the team"


@pytest.fixture(params=embeddings.KINDS)
def encoder(request):
    embeddings.configure(enabled=True, threads=1, cache_size=64, kind=request.param)
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
    assert alone.shape == (1, encoder.dimensions)
    assert numpy.allclose(numpy.linalg.norm(batched, axis=1), 1.0, atol=1e-5)
    assert float(alone[0] @ batched[1]) > 0.9999


def test_a_paraphrase_is_closer_than_an_unrelated_sentence(encoder):
    vectors = encoder.encode(
        ["led a team of engineers", "managed a group of developers", "baked sourdough bread every morning"]
    )
    similarity = embeddings.cosine_matrix(vectors, vectors)
    assert similarity[0, 1] > similarity[0, 2] + 0.2
    if encoder.name == embeddings.MODEL_NAME:  # the model itself: the paraphrase clears its own threshold
        assert similarity[0, 1] > 0.4 > 0.1 > similarity[0, 2]


@pytest.mark.parametrize("kind", embeddings.KINDS)
def test_details_name_the_encoder_in_use(kind):
    embeddings.configure(enabled=True, threads=1, cache_size=64, kind=kind)
    try:
        encoder = embeddings.get_encoder()
        if encoder is None:
            pytest.skip(f"the embedding packages are not installed: {embeddings.encoder_status()['reason']}")
        details = analyze(resume_text=RESUME, job_description=JOB)["details"]
    finally:
        embeddings.configure(enabled=True, threads=1, cache_size=4096)
    assert details["semantic_matching"] == {"available": True, "model": encoder.name, "reason": ""}


def test_an_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="unknown embedding kind"):
        embeddings.configure(enabled=True, threads=1, cache_size=64, kind="large")


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


def test_a_resume_embedded_ahead_gives_the_same_analysis(encoder):
    from ai.local_engine import clear_caches
    from ai.local_engine.semantic import prewarm_resume

    clear_caches()
    cold = analyze(resume_text=RESUME, job_description=JOB)
    clear_caches()
    prewarm_resume(text=RESUME)
    assert analyze(resume_text=RESUME, job_description=JOB) == cold
