"""An OpenAI-compatible backend (Ollama, llama.cpp, vLLM, …) streamed through the openai async client."""

from ai.openai_compat.engine import OpenAIConfig, OpenAIEngine

__all__ = ["OpenAIConfig", "OpenAIEngine"]
