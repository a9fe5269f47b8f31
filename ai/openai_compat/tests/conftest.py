from collections.abc import Iterator

import pytest

from ai.openai_compat import OpenAIConfig, OpenAIEngine
from ai.openai_compat.fake_server import FakeOpenAI


@pytest.fixture(scope="session")
def fake_server() -> Iterator[FakeOpenAI]:
    server = FakeOpenAI().start()
    yield server
    server.stop()


@pytest.fixture
def fake(fake_server: FakeOpenAI) -> Iterator[FakeOpenAI]:
    fake_server.reset()
    yield fake_server
    fake_server.reset()


def make_engine(fake: FakeOpenAI, **overrides: object) -> OpenAIEngine:
    values: dict[str, object] = {
        "base_url": fake.url,
        "model": "qwen-test",
        "api_key": "test-key-not-secret",
        "max_output_tokens": 900,
        "max_retries": 2,
        "read_timeout_s": 0.4,
        "retry_base_delay_s": 0.01,
        "retry_max_delay_s": 0.02,
    }
    values.update(overrides)
    return OpenAIEngine(config=OpenAIConfig(**values))  # type: ignore[arg-type]


@pytest.fixture
def engine(fake: FakeOpenAI) -> OpenAIEngine:
    return make_engine(fake)
