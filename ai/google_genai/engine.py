"""Gemini behind the common streaming interface, with bounded retries and every fault typed.

Faults and their ``ai.errors`` class (hence the client-facing code):
- HTTP 429 → ``ModelRateLimited``; 5xx or a connection failure → ``ModelUnavailable``;
- any other 4xx, a blocked prompt or a safety stop → ``ModelRejectedRequest``;
- no byte for ``read_timeout_s`` (the SDK's httpx timeout applies to each read) → ``ModelTimeout``;
- a connection cut mid-stream, or a stream that ends without a finish reason → ``ModelStreamInterrupted``;
- output cut at ``max_output_tokens`` → ``InvalidModelOutput``.
Retryable faults (429, 5xx, connection errors, timeouts) are retried with exponential backoff and jitter, at
most ``max_retries`` times, and only while no text has been yielded: once the client has seen text, a retry
would show it a different answer, so the fault ends the analysis instead.
"""

from collections.abc import AsyncGenerator
from dataclasses import dataclass
from typing import Any

import httpx2
from google import genai
from google.genai import errors as genai_errors
from google.genai import types

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
from ai.google_genai.prompt import RESPONSE_SCHEMA, SYSTEM_INSTRUCTION, build_user_message
from ai.request_gate import wait_for_gate
from ai.retrying import stream_with_retries

_REJECTED_FINISH_REASONS = frozenset(
    {"SAFETY", "RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII", "LANGUAGE", "IMAGE_SAFETY"}
)


@dataclass(frozen=True, slots=True)
class GeminiConfig:
    """Everything the Gemini backend needs, passed in explicitly (``ai/`` never reads Django settings)."""

    api_key: str
    model: str = "gemini-flash-latest"
    base_url: str = ""
    thinking_budget: int = 0
    max_output_tokens: int = 2048
    max_retries: int = 2
    read_timeout_s: float = 30.0
    retry_base_delay_s: float = 0.5
    retry_max_delay_s: float = 4.0
    max_connections: int = 100  # HTTP connections to Gemini; one per stream in flight


def _finish_reason(response: types.GenerateContentResponse) -> str | None:
    if not response.candidates or response.candidates[0].finish_reason is None:
        return None
    reason = response.candidates[0].finish_reason
    return reason.value if isinstance(reason, types.FinishReason) else str(reason)


def _text_of(response: types.GenerateContentResponse) -> str:
    """Return the answer text of one streamed response, leaving out thought parts."""
    if not response.candidates or response.candidates[0].content is None:
        return ""
    parts = response.candidates[0].content.parts or []
    return "".join(part.text for part in parts if part.text and not part.thought)


def _api_error(exc: genai_errors.APIError) -> EngineError:
    status = exc.code or 0
    if status == 429:
        return ModelRateLimited(retryable=True)
    if status == 408 or status >= 500:
        return ModelUnavailable(retryable=True)
    return ModelRejectedRequest()


def _transport_error(exc: Exception) -> EngineError:
    if isinstance(exc, httpx2.TimeoutException):
        return ModelTimeout(retryable=True)
    if isinstance(exc, httpx2.ConnectError):
        return ModelUnavailable(retryable=True)
    return ModelStreamInterrupted(retryable=True)


class GeminiEngine:
    """Stream an analysis from Gemini (``await client.aio.models.generate_content_stream(...)``)."""

    name = "gemini"

    def __init__(self, *, config: GeminiConfig) -> None:
        self._config = config
        self.config = config  # what an analysis worker builds the same engine from
        self.model = config.model
        self._client = genai.Client(
            api_key=config.api_key,
            vertexai=False,
            http_options=types.HttpOptions(
                base_url=config.base_url or None,
                timeout=max(1, int(config.read_timeout_s * 1000)),
                # httpx's default pool (100) would queue the streams beyond it until a read timeout.
                async_client_args={
                    "limits": httpx2.Limits(
                        max_connections=config.max_connections,
                        max_keepalive_connections=min(config.max_connections, 100),
                    ),
                    "event_hooks": {"request": [wait_for_gate]},
                },
            ),
        )
        self._generation_config = types.GenerateContentConfig(
            system_instruction=SYSTEM_INSTRUCTION,
            response_mime_type="application/json",
            response_schema=RESPONSE_SCHEMA,
            max_output_tokens=config.max_output_tokens,
            temperature=0.2,
            thinking_config=types.ThinkingConfig(thinking_budget=config.thinking_budget),
            automatic_function_calling=types.AutomaticFunctionCallingConfig(disable=True),
            automatic_continuation=False,
        )

    def stream(self, analysis_input: AnalysisInput) -> AsyncGenerator[StreamChunk, None]:
        """Yield Gemini's text as it arrives; retry transient faults that happen before the first text."""
        return stream_with_retries(
            lambda: self._stream_once(analysis_input),
            engine_name=self.name,
            max_retries=self._config.max_retries,
            base_delay_s=self._config.retry_base_delay_s,
            max_delay_s=self._config.retry_max_delay_s,
        )

    async def _stream_once(self, analysis_input: AnalysisInput) -> AsyncGenerator[StreamChunk, None]:
        grounding = analysis_input.grounding
        contents = build_user_message(
            resume_text=analysis_input.resume_text,
            job_description=analysis_input.job_description,
            requirements=grounding.prompt_block() if grounding is not None else None,
        )
        responses: Any = None
        finished = False
        try:
            responses = await self._client.aio.models.generate_content_stream(
                model=self._config.model, contents=contents, config=self._generation_config
            )
            async for response in responses:
                feedback = response.prompt_feedback
                if feedback is not None and feedback.block_reason is not None:
                    raise ModelRejectedRequest("The AI model refused to analyse this input.")
                reason = _finish_reason(response)
                if reason in _REJECTED_FINISH_REASONS:
                    raise ModelRejectedRequest("The AI model refused to analyse this input.")
                if reason == "MAX_TOKENS":
                    raise InvalidModelOutput("The AI model's answer was longer than allowed and was cut off.")
                usage = response.usage_metadata
                text = _text_of(response)
                if text or usage is not None:
                    yield StreamChunk(
                        text=text,
                        input_tokens=usage.prompt_token_count if usage else None,
                        output_tokens=usage.candidates_token_count if usage else None,
                    )
                if reason is not None:
                    finished = True
        except genai_errors.APIError as exc:
            raise _api_error(exc) from exc
        except (httpx2.TransportError, httpx2.StreamError) as exc:
            raise _transport_error(exc) from exc
        finally:
            if responses is not None:
                await responses.aclose()
        if not finished:
            raise ModelStreamInterrupted(retryable=True)
