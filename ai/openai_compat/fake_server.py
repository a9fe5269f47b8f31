"""A local fake of an OpenAI-compatible streaming ``POST /v1/chat/completions`` endpoint.

It is the Gemini fake (``ai.google_genai.fake_server``: scripts, delays, faults, recorded requests) speaking
the OpenAI wire format: ``chat.completion.chunk`` events, a separate usage chunk, ``data: [DONE]``, and
``{"error": {...}}`` bodies. A script's ``finish_reason`` is sent lower-cased (``"STOP"`` → ``"stop"``; use
``"length"`` or ``"content_filter"`` for those stops). Tests point ``OPENAI_BASE_URL`` at ``.url``; by hand:

    python -m ai.openai_compat.fake_server --port 8766 --chunk-delay-ms 100
"""

import json
import time
from typing import Any

from ai.google_genai.fake_server import (
    FakeGemini,
    RecordedRequest,
    Script,
    default_analysis,
    main,
    split_text,
)

__all__ = ["FakeOpenAI", "Script", "default_analysis", "split_text"]

_ERROR_TYPES = {400: "invalid_request_error", 401: "authentication_error", 429: "rate_limit_error"}


def _completion_chunk(*, model: str, choices: list[dict[str, Any]], usage: bool) -> bytes:
    payload: dict[str, Any] = {
        "id": "chatcmpl-fake",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": choices,
    }
    if usage:
        payload["usage"] = {"prompt_tokens": 321, "completion_tokens": 87, "total_tokens": 408}
    return f"data: {json.dumps(payload)}\n\n".encode()


class FakeOpenAI(FakeGemini):
    """The fake OpenAI-compatible server; ``url`` ends in ``/v1`` as ``OPENAI_BASE_URL`` does."""

    name = "fake-openai"

    @property
    def url(self) -> str:
        """Return the base URL to give the SDK (``OPENAI_BASE_URL``)."""
        return f"http://{self.host}:{self.port}/v1"

    def _accepts(self, path: str) -> bool:
        return path.endswith("/chat/completions")

    def _model_of(self, record: RecordedRequest) -> str:
        return str(record.body.get("model", ""))

    def _error_body(self, status: int, message: str) -> dict[str, Any]:
        kind = _ERROR_TYPES.get(status, "server_error")
        return {"error": {"message": message, "type": kind, "code": status}}

    def _chunk_event(self, *, text: str, model: str, finish_reason: str | None, usage: bool) -> bytes:
        choice = {
            "index": 0,
            "delta": {"role": "assistant", "content": text},
            "finish_reason": finish_reason.lower() if finish_reason else None,
        }
        event = _completion_chunk(model=model, choices=[choice], usage=False)
        if usage:  # as OpenAI does with stream_options.include_usage: a last chunk with no choices
            event += _completion_chunk(model=model, choices=[], usage=True)
        return event

    def _stream_end(self) -> bytes:
        return b"data: [DONE]\n\n"


if __name__ == "__main__":
    main(FakeOpenAI, port=8766)
