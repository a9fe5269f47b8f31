"""The Gemini backend: token streaming through the google-genai async client."""

from ai.google_genai.engine import GeminiConfig, GeminiEngine
from ai.request_gate import requests_held_until

__all__ = ["GeminiConfig", "GeminiEngine", "requests_held_until"]
