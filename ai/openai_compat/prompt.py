"""What an OpenAI-compatible model is sent: Gemini's instruction and user message, and a JSON schema.

The instruction and the delimited user message are Gemini's (``ai.google_genai.prompt``), so both engines
are grounded the same way; only the schema is expressed here, in JSON Schema for ``response_format``.
"""

from typing import Any

from ai.base import ANALYSIS_FIELDS
from ai.google_genai.prompt import SYSTEM_INSTRUCTION, build_user_message

__all__ = ["RESPONSE_FORMAT", "SYSTEM_INSTRUCTION", "SYSTEM_INSTRUCTION_WITHOUT_SCHEMA", "build_user_message"]

_FIELD_SCHEMAS: dict[str, dict[str, Any]] = {
    "match_score": {"type": "integer", "minimum": 0, "maximum": 100},
    "missing_keywords": {"type": "array", "items": {"type": "string"}},
    "sentence_to_improve": {"type": "string"},
    "recommended_improvement": {"type": "string"},
    "reasoning": {"type": "string"},
    # Moves between matched and missing, each quoting the resume (ai.grounding); usually empty.
    "adjustments": {
        "type": "array",
        "items": {
            "type": "object",
            "properties": {
                "id": {"type": "string"},
                "to": {"type": "string", "enum": ["matched", "missing"]},
                "quote": {"type": "string"},
            },
            "required": ["id", "to", "quote"],
            "additionalProperties": False,
        },
    },
}
_FIELDS = (*ANALYSIS_FIELDS, "adjustments")

RESPONSE_FORMAT: dict[str, Any] = {
    "type": "json_schema",
    "json_schema": {
        "name": "resume_analysis",
        "strict": True,
        "schema": {
            "type": "object",
            "properties": {field: _FIELD_SCHEMAS[field] for field in _FIELDS},
            "required": list(_FIELDS),
            "additionalProperties": False,
        },
    },
}

# Sent when the server does not take ``response_format``: the schema travels in words instead.
SYSTEM_INSTRUCTION_WITHOUT_SCHEMA = (
    SYSTEM_INSTRUCTION + "\nReply with the JSON object only: no prose before or after it and no code fences."
)
