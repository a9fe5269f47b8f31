"""The configured analysis engine, built from settings (``ai/`` never reads them itself)."""

from django.conf import settings

from ai.base import AnalysisEngine
from ai.engines import build_engine
from ai.google_genai import GeminiConfig
from ai.openai_compat import OpenAIConfig


def configured_engine(*, name: str | None = None) -> AnalysisEngine:
    """Return the engine called ``name`` (default: what ``AI_ENGINE`` resolves to), configured from settings.

    Raise ``ValueError`` for an unknown name, for Gemini without ``GEMINI_API_KEY``, or for openai without
    ``OPENAI_MODEL``.
    """
    name = name or settings.AI_ENGINE_RESOLVED
    gemini = openai = None
    if name == "gemini":
        gemini = GeminiConfig(
            api_key=settings.GEMINI_API_KEY,
            model=settings.GEMINI_MODEL,
            base_url=settings.GEMINI_BASE_URL,
            thinking_budget=settings.GEMINI_THINKING_BUDGET,
            max_output_tokens=settings.GEMINI_MAX_OUTPUT_TOKENS,
            max_retries=settings.GEMINI_MAX_RETRIES,
            read_timeout_s=settings.GEMINI_READ_TIMEOUT_S,
            retry_base_delay_s=settings.GEMINI_RETRY_BASE_DELAY_S,
            retry_max_delay_s=settings.GEMINI_RETRY_MAX_DELAY_S,
            max_connections=settings.MAX_CONCURRENT_MODEL_CALLS,
        )
    if name == "openai":
        openai = OpenAIConfig(
            base_url=settings.OPENAI_BASE_URL,
            model=settings.OPENAI_MODEL,
            api_key=settings.OPENAI_API_KEY,
            response_format=settings.OPENAI_RESPONSE_FORMAT,
            max_output_tokens=settings.OPENAI_MAX_OUTPUT_TOKENS,
            max_retries=settings.OPENAI_MAX_RETRIES,
            read_timeout_s=settings.OPENAI_READ_TIMEOUT_S,
            retry_base_delay_s=settings.OPENAI_RETRY_BASE_DELAY_S,
            retry_max_delay_s=settings.OPENAI_RETRY_MAX_DELAY_S,
            max_connections=settings.MAX_CONCURRENT_MODEL_CALLS,
        )
    return build_engine(name=name, gemini=gemini, openai=openai)
