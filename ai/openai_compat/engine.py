"""Any OpenAI-compatible server behind the common streaming interface, through the openai async client.

Faults and their ``ai.errors`` class (hence the client-facing code), as for Gemini:
- HTTP 429 → ``ModelRateLimited``; 408, 5xx or a refused connection → ``ModelUnavailable``;
- any other 4xx, or a ``content_filter`` stop → ``ModelRejectedRequest``;
- no byte for ``read_timeout_s`` (the SDK's timeout applies to each read) → ``ModelTimeout``;
- a connection cut mid-stream, or a stream that ends without a finish reason → ``ModelStreamInterrupted``;
- an error event inside the stream → by its ``code`` like a status (else ``ModelUnavailable``);
- output cut at ``max_output_tokens`` (``length``) → ``InvalidModelOutput``.
Retries are those of ``ai.retrying`` (before the first text only); the SDK's own retries are off.

``response_format`` asks the server for JSON (``json_schema``, or ``json_object`` for servers that only know
that). A server that answers 400/422 to it is asked again at once without it, and from then on this engine
sends the schema in the instruction only; the joined output is validated (and repaired) the same either way.
"""

import logging
from collections.abc import AsyncGenerator
from dataclasses import dataclass
from typing import Any

import httpx2
import openai

from ai.base import AnalysisInput, StreamChunk
from ai.errors import (
    EngineError,
    InvalidModelOutput,
    ModelRateLimited,
    ModelRejectedRequest,
    ModelStreamInterrupted,
    ModelTimeout,
    ModelUnavailable,
)
from ai.openai_compat.prompt import (
    RESPONSE_FORMAT,
    SYSTEM_INSTRUCTION,
    SYSTEM_INSTRUCTION_WITHOUT_SCHEMA,
    build_user_message,
)
from ai.request_gate import wait_for_gate
from ai.retrying import stream_with_retries

logger = logging.getLogger(__name__)

RESPONSE_FORMATS: tuple[str, ...] = ("json_schema", "json_object", "none")
# Servers that do not know ``response_format`` (or this schema) answer one of these.
_UNSUPPORTED_FORMAT_STATUSES = frozenset({400, 422})
_REFUSED = "The AI model refused to analyse this input."
_TOO_LONG = "The AI model's answer was longer than allowed and was cut off."


@dataclass(frozen=True, slots=True)
class OpenAIConfig:
    """Everything the OpenAI-compatible backend needs, passed in explicitly."""

    base_url: str
    model: str
    api_key: str = ""  # local servers ignore it; the SDK insists on some value
    response_format: str = "json_schema"  # one of RESPONSE_FORMATS
    max_output_tokens: int = 2048
    max_retries: int = 2
    read_timeout_s: float = 30.0
    retry_base_delay_s: float = 0.5
    retry_max_delay_s: float = 4.0
    max_connections: int = 100


def _status_error(status: int) -> EngineError:
    if status == 429:
        return ModelRateLimited(retryable=True)
    if status == 408 or status >= 500:
        return ModelUnavailable(retryable=True)
    return ModelRejectedRequest()


def _stream_error(exc: openai.APIError) -> EngineError:
    """Map an error event sent inside a stream (``{"error": {"code": …}}``) by its code."""
    body = exc.body if isinstance(exc.body, dict) else {}
    code = body.get("code")
    status = int(code) if isinstance(code, int) or (isinstance(code, str) and code.isdigit()) else 500
    return _status_error(status)


def _transport_error(exc: openai.APIConnectionError, *, responding: bool) -> EngineError:
    if isinstance(exc, openai.APITimeoutError) or isinstance(exc.__cause__, httpx2.TimeoutException):
        return ModelTimeout(retryable=True)
    if responding:
        return ModelStreamInterrupted(retryable=True)
    return ModelUnavailable(retryable=True)


class OpenAIEngine:
    """Stream an analysis from ``POST {base_url}/chat/completions`` with ``stream=True``."""

    name = "openai"

    def __init__(self, *, config: OpenAIConfig) -> None:
        if config.response_format not in RESPONSE_FORMATS:
            raise ValueError(f"response_format must be one of {', '.join(RESPONSE_FORMATS)}")
        self._config = config
        self.config = config  # what an analysis worker builds the same engine from
        self.model = config.model
        self._response_format = config.response_format
        self._client = openai.AsyncOpenAI(
            api_key=config.api_key or "not-needed",
            base_url=config.base_url,
            max_retries=0,  # ai.retrying retries, and only before the first text
            timeout=config.read_timeout_s,
            http_client=openai.DefaultAsyncHttpxClient(
                limits=httpx2.Limits(
                    max_connections=config.max_connections,
                    max_keepalive_connections=min(config.max_connections, 100),
                ),
                event_hooks={"request": [wait_for_gate]},
            ),
        )

    def stream(self, analysis_input: AnalysisInput) -> AsyncGenerator[StreamChunk, None]:
        """Yield the model's text as it arrives; retry transient faults that happen before the first text."""
        return stream_with_retries(
            lambda: self._stream_once(analysis_input),
            engine_name=self.name,
            max_retries=self._config.max_retries,
            base_delay_s=self._config.retry_base_delay_s,
            max_delay_s=self._config.retry_max_delay_s,
        )

    def _request(self, analysis_input: AnalysisInput) -> dict[str, Any]:
        grounding = analysis_input.grounding
        user = build_user_message(
            resume_text=analysis_input.resume_text,
            job_description=analysis_input.job_description,
            requirements=grounding.prompt_block() if grounding is not None else None,
        )
        request: dict[str, Any] = {
            "model": self._config.model,
            "messages": [
                {"role": "system", "content": SYSTEM_INSTRUCTION_WITHOUT_SCHEMA},
                {"role": "user", "content": user},
            ],
            "stream": True,
            "stream_options": {"include_usage": True},
            "max_tokens": self._config.max_output_tokens,
            "temperature": 0.2,
        }
        if self._response_format == "json_schema":
            request["messages"][0]["content"] = SYSTEM_INSTRUCTION
            request["response_format"] = RESPONSE_FORMAT
        elif self._response_format == "json_object":
            request["response_format"] = {"type": "json_object"}
        return request

    async def _open(self, analysis_input: AnalysisInput) -> Any:
        """Send the request and return the SDK's stream once the response headers are in."""
        try:
            return await self._client.chat.completions.create(**self._request(analysis_input))
        except openai.APIStatusError as exc:
            if self._response_format == "none" or exc.status_code not in _UNSUPPORTED_FORMAT_STATUSES:
                raise
            logger.warning(
                "openai engine: the server refused response_format=%s (HTTP %s); sending without it",
                self._response_format,
                exc.status_code,
            )
            self._response_format = "none"
            return await self._client.chat.completions.create(**self._request(analysis_input))

    async def _stream_once(self, analysis_input: AnalysisInput) -> AsyncGenerator[StreamChunk, None]:
        stream: Any = None
        finished = False
        try:
            stream = await self._open(analysis_input)
            async for completion in stream:
                usage = completion.usage
                text = ""
                for choice in completion.choices[:1]:
                    if choice.finish_reason == "content_filter":
                        raise ModelRejectedRequest(_REFUSED)
                    if choice.finish_reason == "length":
                        raise InvalidModelOutput(_TOO_LONG)
                    text = (choice.delta.content if choice.delta else None) or ""
                    finished = finished or choice.finish_reason is not None
                if text or usage is not None:
                    yield StreamChunk(
                        text=text,
                        input_tokens=usage.prompt_tokens if usage else None,
                        output_tokens=usage.completion_tokens if usage else None,
                    )
        except openai.APIStatusError as exc:
            raise _status_error(exc.status_code) from exc
        except openai.APIConnectionError as exc:
            raise _transport_error(exc, responding=stream is not None) from exc
        except openai.APIError as exc:
            raise _stream_error(exc) from exc
        finally:
            if stream is not None:
                await stream.close()
        if not finished:
            raise ModelStreamInterrupted(retryable=True)
