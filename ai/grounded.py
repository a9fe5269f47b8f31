"""A model grounded in the local engine: its readings, the prompt's grounding, the answer held to it.

Django-free, so that the analysis workers (``ai.analysis_worker``) and the server process run the same code;
the callers pass the settings in.
"""

import json
import logging
from dataclasses import replace
from typing import Any

from ai.base import AnalysisInput
from ai.grounding import apply_grounding, grounding_from_local
from ai.local_engine import analyze as local_analyze
from ai.local_engine import grounding_facts
from ai.output_schema import bounded_details
from ai.validation import grounded_keywords, parse_model_json, validate_analysis

logger = logging.getLogger(__name__)

# Engines whose model is grounded in the local engine's requirements and evidence (ai.grounding).
GROUNDED_ENGINES = frozenset({"gemini", "openai"})


def local_reading(*, analysis_input: AnalysisInput, details_max_bytes: int) -> dict[str, Any] | None:
    """Return the local engine's validated analysis of ``analysis_input`` (None, logged, if it fails)."""
    try:
        result = local_analyze(
            resume_text=analysis_input.resume_text, job_description=analysis_input.job_description
        )
        return validate_analysis(
            text=json.dumps(result),
            job_description=analysis_input.job_description,
            details_max_bytes=details_max_bytes,
        )
    except Exception:
        logger.exception("the local analysis failed")
        return None


def quick_grounding(*, analysis_input: AnalysisInput, details_max_bytes: int) -> AnalysisInput:
    """Return ``analysis_input`` grounded in a words-only reading: what a model's prompt is built from.

    It sits between the client's start and the model's request, so it reads only what the prompt shows
    (score, missing keywords, requirements), bounded as a validated analysis would be; the full reading
    runs beside the model's stream. Ungrounded (logged) if the reading fails.
    """
    job_description = analysis_input.job_description
    try:
        facts = grounding_facts(resume_text=analysis_input.resume_text, job_description=job_description)
        local = {
            "match_score": facts["match_score"],
            "missing_keywords": grounded_keywords(
                facts["missing_keywords"], job_description=job_description, strip_markup=False
            ),
            "details": bounded_details(facts["details"], strip_markup=False, max_bytes=details_max_bytes)
            or {},
        }
    except Exception:
        logger.exception("the local analysis failed")
        return analysis_input
    return grounded_input(analysis_input=analysis_input, local=local)


def grounded_input(*, analysis_input: AnalysisInput, local: dict[str, Any] | None) -> AnalysisInput:
    """Return ``analysis_input`` carrying the local engine's requirements and evidence, when there are any."""
    if local is None:
        return analysis_input
    return replace(analysis_input, grounding=grounding_from_local(analysis=local))


def grounded_output(
    *, text: str, analysis_input: AnalysisInput, from_model: bool, details_max_bytes: int, score_band: int
) -> dict[str, Any]:
    """Return the engine's joined output validated and, for a grounded model, held to the engine's analysis.

    ``from_model``: a remote model's output (its strings lose HTML markup). Raise
    ``ai.errors.InvalidModelOutput`` when the output is not a valid analysis.
    """
    analysis = validate_analysis(
        text=text,
        job_description=analysis_input.job_description,
        from_model=from_model,
        details_max_bytes=details_max_bytes,
    )
    if analysis_input.grounding is None:
        return analysis
    return apply_grounding(
        model=analysis,
        raw=parse_model_json(text),
        grounding=analysis_input.grounding,
        resume_text=analysis_input.resume_text,
        score_band=score_band,
    )
