"""The local analysis engine: offline, deterministic, explainable resume-vs-job analysis."""

from ai.local_engine.engine import MODEL_NAME, LocalEngine, analyze, clear_caches, grounding_facts
from ai.local_engine.vocab import warm_up

__all__ = ["MODEL_NAME", "LocalEngine", "analyze", "clear_caches", "grounding_facts", "warm_up"]
