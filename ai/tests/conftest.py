from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from ai.google_genai import GeminiConfig, GeminiEngine
from ai.google_genai.fake_server import FakeGemini
from ai.openai_compat import OpenAIConfig, OpenAIEngine
from ai.openai_compat.fake_server import FakeOpenAI

FAST = {"max_retries": 2, "read_timeout_s": 0.4, "retry_base_delay_s": 0.01, "retry_max_delay_s": 0.02}


@dataclass(frozen=True)
class Remote:
    """A model engine and the fake server it talks to, with that API's names for its stops."""

    engine: GeminiEngine | OpenAIEngine
    fake: FakeGemini
    too_long: str  # the finish reason of an answer cut at max_output_tokens
    refused: str  # the finish reason of a safety stop


@pytest.fixture(scope="session")
def fake_servers() -> Iterator[dict[str, FakeGemini]]:
    servers = {"gemini": FakeGemini().start(), "openai": FakeOpenAI().start()}
    yield servers
    for server in servers.values():
        server.stop()


@pytest.fixture(params=["gemini", "openai"])
def remote(request: pytest.FixtureRequest, fake_servers: dict[str, FakeGemini]) -> Iterator[Remote]:
    """Each engine that calls a model, against its fake (fresh queue and records), with fast retries."""
    fake = fake_servers[request.param]
    fake.reset()
    if request.param == "gemini":
        engine = GeminiEngine(
            config=GeminiConfig(api_key="k", model="gemini-test", base_url=fake.url, **FAST)
        )
        yield Remote(engine=engine, fake=fake, too_long="MAX_TOKENS", refused="SAFETY")
    else:
        engine = OpenAIEngine(config=OpenAIConfig(base_url=fake.url, model="qwen-test", **FAST))
        yield Remote(engine=engine, fake=fake, too_long="length", refused="content_filter")
    fake.reset()
