"""The engine registry: build the configured engine from explicit values (``ai/`` never reads settings)."""

from functools import lru_cache

from ai.base import AnalysisEngine
from ai.google_genai import GeminiConfig, GeminiEngine
from ai.local_engine import LocalEngine
from ai.openai_compat import OpenAIConfig, OpenAIEngine

ENGINE_NAMES: tuple[str, ...] = ("gemini", "local", "openai")


@lru_cache(maxsize=8)
def build_engine(
    *, name: str, gemini: GeminiConfig | None = None, openai: OpenAIConfig | None = None
) -> AnalysisEngine:
    """Return the engine called ``name``; one instance per configuration, so its HTTP pool is reused."""
    if name == "local":
        return LocalEngine()
    if name == "gemini":
        if gemini is None or not gemini.api_key:
            raise ValueError("the gemini engine needs a GeminiConfig with an api_key")
        return GeminiEngine(config=gemini)
    if name == "openai":
        if openai is None or not openai.base_url or not openai.model:
            raise ValueError("the openai engine needs an OpenAIConfig with a base_url and a model")
        return OpenAIEngine(config=openai)
    raise ValueError(f"unknown analysis engine {name!r}; expected one of {', '.join(ENGINE_NAMES)}")
