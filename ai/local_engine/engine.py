"""The local engine: the analysis pipeline, run at once (``analyze``) or streamed stage by stage."""

import asyncio
import json
import logging
from collections.abc import AsyncGenerator, Iterator

from ai.base import AnalysisInput, StreamChunk
from ai.errors import EngineError
from ai.local_engine.credential_match import text_stems, text_words
from ai.local_engine.embeddings import get_encoder
from ai.local_engine.employer_sentences import about_us
from ai.local_engine.evaluate import evaluate, rank
from ai.local_engine.experience import claims
from ai.local_engine.improve import recommended, suggest_rewrites
from ai.local_engine.knowing_phrases import knowing_spans
from ai.local_engine.language import LanguageGuess, detect_language
from ai.local_engine.name_forms import is_named
from ai.local_engine.named_examples import named_tool_spans
from ai.local_engine.paraphrased_text import posting_keys, sentence_keys
from ai.local_engine.phrases import cue_clauses
from ai.local_engine.reasoning import MOSTLY_COPIED, explain
from ai.local_engine.requirements import read_requirements
from ai.local_engine.resume import find_evidence
from ai.local_engine.resume_dates import date_ranges
from ai.local_engine.resume_facts import list_runs, resume_facts
from ai.local_engine.resume_view import Match, ResumeView
from ai.local_engine.role import title_words
from ai.local_engine.sections import heading_kind
from ai.local_engine.semantic import semantic_status
from ai.local_engine.shown_gaps import MAX_MISSING_KEYWORDS
from ai.local_engine.structure import clear_structure_cache, remember_structure
from ai.local_engine.text import STOPWORDS, clear_token_cache, tokenize
from ai.local_engine.vocab import everyday_words, get_vocabulary
from ai.text_normalize import normalize_text

logger = logging.getLogger(__name__)

ENGINE_NAME = "local"
MODEL_NAME = "local-v2"
# At most this many tentative requirements join the detailed list of what is missing (never scored).
MAX_TENTATIVE_MISSING = 10


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def _field(name: str, value: object, *, first: bool = False, last: bool = False) -> str:
    return ("{" if first else "") + f"{_dumps(name)}: {_dumps(value)}" + ("}" if last else ", ")


def _requirement_detail(match: Match) -> dict:
    requirement = match.requirement
    return {
        "id": requirement.id,
        "name": requirement.name,
        "kind": requirement.kind,
        "importance": requirement.importance,
        "weight": requirement.weight,
        "status": "missing" if not match.met else "partial" if match.credit < 0.8 else "met",
        "credit": match.credit,
        "evidence": " ".join(match.evidence.split()),
        "matched_as": match.matched,
        "via": match.via,
        "context": match.context,
        "alternatives": list(requirement.alternatives),
        "job_description_sentence": " ".join(requirement.sentence.split()),
        "asked_as": requirement.asked_as or requirement.name,
        # why a part credit: "1.0 of the 3+ years asked", "not held yet"
        "short_of": match.short_of,
    }


def _warnings(
    *, languages: tuple[LanguageGuess, LanguageGuess], view: ResumeView, semantic_on: bool
) -> list[str]:
    warnings = []
    for what, guess in zip(("resume", "job description"), languages, strict=True):
        if guess.code != "en":
            warnings.append(
                f"The {what} looks {guess.name}; the local engine reads English, so this score is unreliable."
            )
    if view.copied_share >= MOSTLY_COPIED:
        warnings.append("Most of the resume is copied from the job description; copied text earns nothing.")
    elif any(view.copied):
        warnings.append("Some resume sentences are copied from the job description; they earn nothing.")
    if not semantic_on:
        warnings.append(
            "Semantic matching is off (the embedding model is not installed); matching is by words."
        )
    return warnings


def _written(*, term: str, view: ResumeView) -> bool:
    """Return whether the resume writes every word of ``term`` as it is spelled there: a concept's own
    name ("Git" shown by "GitHub", "MEAN" matched by "means") is not the resume's wording, so a rewrite
    must not put it there."""
    for token in tokenize(text=term):
        places = view.index.positions.get(token.norm, ())
        wanted = token.text.lower()
        if not any(view.index.tokens[number][offset].text.lower() == wanted for number, offset in places):
            return False
    return True


def _stages(*, resume_text: str, job_description: str, semantic: bool = True) -> Iterator[tuple[str, object]]:
    """Yield ``(field, value)`` in stream order; the first stage does almost all of the work."""
    vocabulary = get_vocabulary()
    evaluation = evaluate(resume_text=resume_text, job_description=job_description, semantic=semantic)
    job, view, matches, missing = evaluation.job, evaluation.view, evaluation.matches, evaluation.missing
    languages, years, sub_scores = evaluation.languages, evaluation.years, evaluation.sub_scores
    missing_keywords = list(evaluation.missing_keywords)
    yield "missing_keywords", missing_keywords[:MAX_MISSING_KEYWORDS]

    listed_ids = {m.requirement.id for m in evaluation.listed}
    tentative = [
        r
        for r in job.tentative
        if not find_evidence(key=r.key, concept_id=r.concept_id, resume=view.index, vocabulary=vocabulary)
    ]
    semantic_on = semantic_status()["available"]
    rewrites = suggest_rewrites(
        sentences=view.index.sentences,
        sections=[
            section if not copied else "copied"
            for section, copied in zip(view.sections, view.copied, strict=True)
        ],
        job_terms=frozenset(job.norms) - STOPWORDS,
        proven_terms=[
            m.matched
            for m in sorted(matches, key=rank)
            if m.met
            and m.requirement.kind == "tool"  # a named tool, not a field ("DevOps", "machine learning")
            and is_named(text=m.requirement.name)  # nor a trade the vocabulary files as one ("underwriting")
            and m.context != "copied"
            and m.matched
            # "SALES", a heading's word in capitals, is no tool a line's work was done with
            and not (m.matched.isupper() and len(m.matched) >= 5 and m.matched.lower() in everyday_words())
            and _written(term=m.matched, view=view)
        ],
    )
    yield (
        "details",
        {
            "engine": MODEL_NAME,
            "language": {"resume": languages[0].code, "job_description": languages[1].code},
            "warnings": _warnings(languages=languages, view=view, semantic_on=semantic_on),
            "semantic_matching": semantic_status(),
            "sub_scores": sub_scores.as_details(),
            "requirements": [_requirement_detail(m) for m in matches],
            "matched_keywords": [
                {
                    "term": m.requirement.name,
                    "category": m.requirement.kind,
                    "importance": m.requirement.importance,
                    "job_description_sentence": " ".join(m.requirement.sentence.split()),
                    "resume_evidence": " ".join(m.evidence.split()),
                    "credit": m.credit,
                }
                for m in sorted((m for m in matches if m.met), key=rank)
            ],
            "missing_keywords_detail": [
                {
                    "term": r.name,
                    "category": r.kind,
                    "importance": r.importance,
                    "confidence": confidence,
                    "alternatives": list(r.alternatives),
                    "job_description_sentence": " ".join(r.sentence.split()),
                    "asked_as": r.asked_as or r.name,
                    # A tentative requirement is shown, never scored: stuffing it gains nothing.
                    "scored": r.confident,
                }
                for confidence, group in (
                    ("high", [m.requirement for m in missing if m.requirement.id not in listed_ids]),
                    ("listed", [m.requirement for m in evaluation.listed]),
                    ("low", [r for r in tentative if r.id not in listed_ids][:MAX_TENTATIVE_MISSING]),
                )
                for r in group
            ],
            "tentative_requirements": [
                {"name": r.name, "job_description_sentence": " ".join(r.sentence.split())}
                for r in job.tentative
            ],
            "job_title": job.title,
            "years_required": job.min_years,
            "years_in_resume": years.total,
            "relevant_years": years.relevant,
            "copied_from_job_description": round(view.copied_share, 2),
            "rewrites": [
                {
                    "sentence": r.sentence,
                    "rewrite": r.rewrite,
                    "section": r.section,
                    "reasons": list(r.reasons),
                }
                for r in rewrites
            ],
        },
    )

    score = sub_scores.combined()
    yield "match_score", score

    best = rewrites[0] if rewrites else None
    yield "sentence_to_improve", best.sentence if best else ""
    yield "recommended_improvement", recommended(best)
    yield (
        "reasoning",
        explain(
            score=score,
            matches=matches,
            missing_keywords=missing_keywords,
            years_asked=job.min_years,
            years_relevant=years.relevant,
            years_total=years.total,
            degree_asked=job.degree_level,
            degree_met=any(m.met for m in matches if m.requirement.kind == "degree"),
            copied_share=view.copied_share,
            languages=languages,
        ),
    )


def clear_caches() -> None:
    """Forget every text read so far (benchmarks measure cold analyses with it)."""
    for cached in (
        read_requirements,
        resume_facts,
        normalize_text,
        detect_language,
        title_words,
        date_ranges,
        claims,
        text_words,
        text_stems,
        named_tool_spans,
        knowing_spans,
        cue_clauses,
        posting_keys,
        sentence_keys,
        list_runs,
        heading_kind,
        about_us,
    ):
        cached.cache_clear()
    clear_token_cache()
    clear_structure_cache()
    encoder = get_encoder()
    if encoder is not None:
        encoder.clear()


def grounding_facts(*, resume_text: str, job_description: str) -> dict:
    """Return the score, missing keywords and requirements (as in ``details``) of a words-only reading.

    What a model's prompt is grounded in, and nothing else: no rewrites, reasoning or other details, which
    the full reading beside the model's stream provides (their cost would sit before the model's request).
    """
    evaluation = evaluate(resume_text=resume_text, job_description=job_description, semantic=False)
    return {
        "match_score": evaluation.sub_scores.combined(),
        "missing_keywords": list(evaluation.missing_keywords)[:MAX_MISSING_KEYWORDS],
        "details": {"requirements": [_requirement_detail(m) for m in evaluation.matches]},
    }


def analyze(*, resume_text: str, job_description: str, semantic: bool = True) -> dict:
    """Return the whole analysis of ``resume_text`` against ``job_description`` (the streamed JSON)."""
    return dict(_stages(resume_text=resume_text, job_description=job_description, semantic=semantic))


class LocalEngine:
    """The offline engine behind the common streaming interface (``ai.base.AnalysisEngine``)."""

    name = ENGINE_NAME
    model = MODEL_NAME

    async def stream(self, analysis_input: AnalysisInput) -> AsyncGenerator[StreamChunk, None]:
        """Yield the analysis JSON as its stages finish: keywords, details, score, then the rewrite."""
        remember_structure(text=analysis_input.resume_text, structure=analysis_input.resume_structure)
        stages = _stages(
            resume_text=analysis_input.resume_text, job_description=analysis_input.job_description
        )
        first = True
        while True:
            try:
                # The stages are CPU work (the first does almost all of it): run them off the event loop.
                item = await asyncio.to_thread(next, stages, None)
            except Exception as exc:
                logger.exception("local engine failed")
                raise EngineError("The local analysis engine failed.") from exc
            if item is None:
                break
            name, value = item
            last = name == "reasoning"
            yield StreamChunk(text=_field(name, value, first=first, last=last))
            first = False
