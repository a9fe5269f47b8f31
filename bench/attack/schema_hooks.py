"""Schemathesis check for the attack run (loaded through SCHEMATHESIS_HOOKS): the one response envelope."""

from typing import Any

import schemathesis

ENVELOPE_KEYS = {"status", "message", "data", "meta"}


@schemathesis.check
def one_envelope(ctx: Any, response: Any, case: Any) -> None:
    """Every JSON reply is ``{status, message[, data][, meta]}``; each 4xx/5xx one, failed, with a code."""
    content_type = (response.headers.get("content-type") or [""])[0]
    disposition = (response.headers.get("content-disposition") or [""])[0]
    if response.status_code < 400 and disposition.startswith("attachment"):  # a download (history export)
        return
    if not content_type.startswith("application/json"):
        if response.status_code >= 400:
            raise AssertionError(
                f"{response.status_code} without the JSON envelope ({content_type or 'no type'})"
            )
        return
    body = response.json()
    if not isinstance(body, dict) or not {"status", "message"} <= set(body) <= ENVELOPE_KEYS:
        raise AssertionError(f"not the envelope: {str(body)[:200]}")
    if not isinstance(body["message"], str) or not body["message"]:
        raise AssertionError("the envelope's message is empty")
    expected = "failed" if response.status_code >= 400 else "success"
    if body["status"] != expected:
        raise AssertionError(f"{response.status_code} with status {body['status']!r}")
    if response.status_code >= 400 and not isinstance((body.get("data") or {}).get("code"), str):
        raise AssertionError(f"{response.status_code} without data.code")
