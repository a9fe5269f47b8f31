"""Typed engine faults: each maps to its own stable ``code`` sent to clients."""


class EngineError(Exception):
    """A fault of an analysis engine; ``code`` is stable and shown to clients."""

    code = "engine_error"
    default_message = "The analysis engine failed."

    def __init__(self, message: str | None = None, *, retryable: bool = False) -> None:
        super().__init__(message or self.default_message)
        self.message = message or self.default_message
        self.retryable = retryable


class ModelUnavailable(EngineError):
    code = "model_unavailable"
    default_message = "The AI model is unavailable right now. Please try again shortly."


class ModelRateLimited(EngineError):
    code = "model_rate_limited"
    default_message = "The AI model is rate limited right now. Please try again shortly."


class ModelTimeout(EngineError):
    code = "model_timeout"
    default_message = "The AI model took too long to answer."


class ModelStreamInterrupted(EngineError):
    code = "model_stream_interrupted"
    default_message = "The AI model's answer was cut off."


class InvalidModelOutput(EngineError):
    code = "invalid_model_output"
    default_message = "The AI model returned an answer that could not be used."


class ModelRejectedRequest(EngineError):
    code = "model_rejected_request"
    default_message = "The AI model refused the request."
