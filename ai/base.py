"""The one streaming interface every analysis engine implements."""

from collections.abc import AsyncGenerator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from ai.grounding import Grounding

ANALYSIS_FIELDS: tuple[str, ...] = (
    "match_score",
    "missing_keywords",
    "sentence_to_improve",
    "recommended_improvement",
    "reasoning",
)


@dataclass(frozen=True, slots=True)
class AnalysisInput:
    """What an engine analyses: both texts are untrusted user data."""

    resume_text: str
    job_description: str
    # The local engine's requirements and evidence (ai.grounding) for engines that ground a model in them.
    grounding: "Grounding | None" = None
    # The stored structure of the resume (ai.local_engine.structure), when it came from an upload.
    resume_structure: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class StreamChunk:
    """A piece of the model's output text, as produced.

    Joined in order, the ``text`` of all chunks is one JSON object holding the
    fields in ``ANALYSIS_FIELDS`` (engines may add more keys, e.g. ``details``).
    Token counts are reported by engines that know them, usually on the last chunk.
    """

    text: str
    input_tokens: int | None = None
    output_tokens: int | None = None


class AnalysisEngine(Protocol):
    """An engine streams the analysis of one resume against one job description."""

    name: str  # "gemini" | "local" | "openai"
    model: str  # the model identifier stored with each analysis

    def stream(self, analysis_input: AnalysisInput) -> AsyncGenerator[StreamChunk, None]:
        """Yield the model's output as it is produced; raise ``ai.errors.EngineError`` on faults."""
        ...
