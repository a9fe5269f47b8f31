"""Ground a model's analysis in the local engine's: the same requirements, evidence and score everywhere.

The rules live in ``ai.grounded`` (shared with the analysis workers); these hand them the settings.
"""

from typing import Any

from django.conf import settings

from ai.base import AnalysisInput
from ai.grounded import GROUNDED_ENGINES, grounded_input, grounded_output, local_reading, quick_grounding

__all__ = [
    "GROUNDED_ENGINES",
    "analysis_input_ground",
    "analysis_input_ground_quickly",
    "analysis_output_validate",
    "local_analysis_run",
]


def local_analysis_run(*, analysis_input: AnalysisInput) -> dict[str, Any] | None:
    """Return the local engine's validated analysis of ``analysis_input`` (None, logged, if it fails)."""
    return local_reading(analysis_input=analysis_input, details_max_bytes=settings.ANALYSIS_DETAILS_MAX_BYTES)


def analysis_input_ground_quickly(*, analysis_input: AnalysisInput) -> AnalysisInput:
    """Return ``analysis_input`` grounded in a words-only reading (no embeddings): the model's prompt."""
    return quick_grounding(
        analysis_input=analysis_input, details_max_bytes=settings.ANALYSIS_DETAILS_MAX_BYTES
    )


def analysis_input_ground(*, analysis_input: AnalysisInput, local: dict[str, Any] | None) -> AnalysisInput:
    """Return ``analysis_input`` carrying the local engine's requirements and evidence, when there are any."""
    return grounded_input(analysis_input=analysis_input, local=local)


def analysis_output_validate(*, text: str, analysis_input: AnalysisInput, from_model: bool) -> dict[str, Any]:
    """Return the engine's joined output validated and, for a grounded model, held to the engine's analysis.

    Raise ``ai.errors.InvalidModelOutput`` when the output is not a valid analysis.
    """
    return grounded_output(
        text=text,
        analysis_input=analysis_input,
        from_model=from_model,
        details_max_bytes=settings.ANALYSIS_DETAILS_MAX_BYTES,
        score_band=settings.MODEL_SCORE_BAND,
    )
