import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ai.base import AnalysisInput
from ai.google_genai import GeminiConfig, GeminiEngine
from ai.google_genai.fake_server import TIMESTAMP_MARK, split_text
from api_services.tests.server_support import free_port, wait_until_listening

REPO_ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def cli_server() -> Iterator[int]:
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "ai.google_genai.fake_server",
            "--port",
            str(port),
            "--chunk-delay-ms",
            "100",
            "--timestamps",
            "--chunks",
            "4",
        ],
        cwd=REPO_ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_listening(port=port, process=process, name="fake Gemini server", timeout_s=10)
        yield port
    finally:
        process.terminate()
        process.wait(10)


async def test_the_cli_server_streams_timestamped_chunks_100_ms_apart(cli_server: int) -> None:
    engine = GeminiEngine(config=GeminiConfig(api_key="k", base_url=f"http://127.0.0.1:{cli_server}"))
    chunks = [
        chunk.text async for chunk in engine.stream(AnalysisInput(resume_text="r", job_description="j"))
    ]
    stamps = [int(TIMESTAMP_MARK.search(text).group(1)) for text in chunks]
    assert len(stamps) == 4
    gaps_ms = [(later - earlier) / 1e6 for earlier, later in zip(stamps, stamps[1:], strict=False)]
    assert all(95 <= gap < 400 for gap in gaps_ms), gaps_ms
    assert "".join(chunks).endswith('"}')


def test_split_text_cuts_into_the_requested_number_of_pieces() -> None:
    assert split_text("abcdefg", 3) == ["abc", "def", "g"]
    assert split_text("ab", 5) == ["a", "b"]
