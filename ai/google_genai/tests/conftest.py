from collections.abc import Iterator

import pytest

from ai.google_genai import GeminiConfig, GeminiEngine
from ai.google_genai.fake_server import FakeGemini


@pytest.fixture(scope="session")
def fake_server() -> Iterator[FakeGemini]:
    server = FakeGemini().start()
    yield server
    server.stop()


@pytest.fixture
def fake(fake_server: FakeGemini) -> Iterator[FakeGemini]:
    fake_server.reset()
    yield fake_server
    fake_server.reset()


@pytest.fixture
def engine(fake: FakeGemini) -> GeminiEngine:
    return GeminiEngine(
        config=GeminiConfig(
            api_key="test-key-not-secret",
            model="gemini-test",
            base_url=fake.url,
            thinking_budget=0,
            max_output_tokens=900,
            max_retries=2,
            read_timeout_s=0.4,
            retry_base_delay_s=0.01,
            retry_max_delay_s=0.02,
        )
    )
