"""Semantic matching for what no vocabulary holds: responsibilities and soft skills, by sentence embeddings.

The embedding model is optional. Without it the engine still matches these requirements by their words
and says in ``details`` that semantic matching is off.
"""

from ai.local_engine.embeddings import cosine_matrix, encoder_status, get_encoder
from ai.local_engine.requirement_model import Requirement
from ai.local_engine.resume_facts import resume_facts
from ai.local_engine.resume_view import ResumeView

MIN_SENTENCE_WORDS = 4


def semantic_status() -> dict:
    """Return whether semantic matching is on, with the model's name or the reason it is off."""
    return encoder_status()


def _own_sentences(*, view: ResumeView, limit: int) -> list[int]:
    """Return the sentences worth embedding: the resume's own prose, not lists, headings or copied text."""
    numbers = [
        n
        for n, sentence in enumerate(view.index.sentences)
        if view.context(number=n) not in {"copied", "list"}
        and len(sentence.text.split()) >= MIN_SENTENCE_WORDS
    ]
    return numbers[:limit]


def _text(sentence: str) -> str:
    return " ".join(sentence.split())


def closest_sentences(*, requirements: list[Requirement], view: ResumeView) -> dict[str, tuple[float, int]]:
    """Return requirement id -> (cosine, resume sentence number) of its closest resume sentence, for each
    requirement whose closest sentence reaches the encoder's threshold (the sentence shows it).

    Responsibilities are compared through their posting sentence (the phrase alone is too short to carry
    its meaning); soft skills through their name. Empty when the model is not available.
    """
    encoder = get_encoder()
    if encoder is None or not requirements:
        return {}
    numbers = _own_sentences(view=view, limit=encoder.max_sentences)
    if not numbers:
        return {}
    queries = [r.name for r in requirements]
    resume_vectors = encoder.encode([_text(view.index.sentences[n].text) for n in numbers])
    similarity = cosine_matrix(encoder.encode(queries), resume_vectors)
    result = {}
    for row, requirement in enumerate(requirements):
        column = int(similarity[row].argmax())
        if float(similarity[row, column]) >= encoder.threshold:
            result[requirement.id] = (float(similarity[row, column]), numbers[column])
    return result


def prewarm_resume(*, text: str) -> None:
    """Embed a resume's own sentences now (e.g. right after an upload) so its analyses find them cached."""
    encoder = get_encoder()
    if encoder is None:
        return
    facts = resume_facts(text=text)
    view = ResumeView(
        index=facts.index,
        sections=facts.sections,
        bare=facts.bare,
        copied=(False,) * len(facts.sections),
        concept_sentences=facts.concept_sentences,
        list_spans=facts.list_spans,
        shown=facts.shown,
        degree_levels=facts.degree_levels,
        keyword_lines=facts.keyword_lines,
        asked_items=(0,) * len(facts.sections),
        title_lines=facts.title_lines,
        degree_level=max((max(levels) for levels in facts.degree_levels if levels), default=None),
    )
    numbers = _own_sentences(view=view, limit=encoder.max_sentences)
    encoder.encode([_text(view.index.sentences[n].text) for n in numbers])
