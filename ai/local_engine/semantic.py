"""Semantic matching for what no vocabulary holds: responsibilities and soft skills, by sentence embeddings.

The embedding model is optional. Without it the engine still matches these requirements by their words
and says in ``details`` that semantic matching is off.
"""

from ai.local_engine.embeddings import cosine_matrix, encoder_status, get_encoder
from ai.local_engine.evidence import SEMANTIC_KINDS, ResumeView
from ai.local_engine.requirements import JobRequirements

MIN_SENTENCE_WORDS = 3


def semantic_status() -> dict:
    """Return whether semantic matching is on, with the model's name or the reason it is off."""
    return encoder_status()


def closest_sentences(*, job: JobRequirements, view: ResumeView) -> dict[str, tuple[float, int]] | None:
    """Return requirement id -> (cosine, resume sentence number) of its closest resume sentence, or None.

    Responsibilities are compared through their whole posting sentence (the phrase alone is too short to
    carry its meaning); soft skills through their name. Copied and very short sentences are left out.
    """
    encoder = get_encoder()
    wanted = [r for r in job.requirements if r.kind in SEMANTIC_KINDS]
    if encoder is None or not wanted:
        return None
    numbers = [
        n
        for n, sentence in enumerate(view.index.sentences)
        if not view.copied[n] and len(sentence.text.split()) >= MIN_SENTENCE_WORDS
    ]
    if not numbers:
        return {}
    queries = [r.sentence if r.kind == "responsibility" else r.name for r in wanted]
    resume_vectors = encoder.encode([" ".join(view.index.sentences[n].text.split()) for n in numbers])
    similarity = cosine_matrix(encoder.encode(queries), resume_vectors)
    result = {}
    for row, requirement in enumerate(wanted):
        column = int(similarity[row].argmax())
        result[requirement.id] = (float(similarity[row, column]), numbers[column])
    return result
