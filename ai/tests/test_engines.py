import subprocess
import sys
from pathlib import Path

import pytest

from ai.engines import build_engine
from ai.google_genai import GeminiConfig, GeminiEngine
from ai.local_engine import LocalEngine
from ai.openai_compat import OpenAIConfig, OpenAIEngine

REPO_ROOT = Path(__file__).resolve().parents[2]


def test_it_builds_the_local_engine() -> None:
    engine = build_engine(name="local")
    assert isinstance(engine, LocalEngine)
    assert engine.name == "local"


def test_it_builds_gemini_from_explicit_config_and_reuses_it() -> None:
    config = GeminiConfig(api_key="k", model="gemini-test", base_url="http://127.0.0.1:9")
    engine = build_engine(name="gemini", gemini=config)
    assert isinstance(engine, GeminiEngine)
    assert (engine.name, engine.model) == ("gemini", "gemini-test")
    assert build_engine(name="gemini", gemini=config) is engine


def test_it_refuses_gemini_without_a_key() -> None:
    with pytest.raises(ValueError, match="api_key"):
        build_engine(name="gemini", gemini=GeminiConfig(api_key=""))


def test_it_builds_the_openai_engine_from_explicit_config_and_reuses_it() -> None:
    config = OpenAIConfig(base_url="http://127.0.0.1:9/v1", model="llama3.2:3b")
    engine = build_engine(name="openai", openai=config)
    assert isinstance(engine, OpenAIEngine)
    assert (engine.name, engine.model) == ("openai", "llama3.2:3b")
    assert build_engine(name="openai", openai=config) is engine


def test_it_refuses_the_openai_engine_without_a_model() -> None:
    with pytest.raises(ValueError, match="base_url and a model"):
        build_engine(name="openai", openai=OpenAIConfig(base_url="http://127.0.0.1:9/v1", model=""))


def test_it_refuses_an_unknown_engine() -> None:
    with pytest.raises(ValueError, match="unknown analysis engine 'gpt'"):
        build_engine(name="gpt")


def test_importing_the_engines_loads_no_django() -> None:
    code = "import sys, ai.engines, ai.validation, ai.json_stream; print(any(m.startswith('django') for m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "False"
