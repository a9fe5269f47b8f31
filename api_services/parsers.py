"""DRF's JSON parser with depth and size limits and the NUL/unpaired-surrogate check on every text."""

import codecs
from typing import Any

from django.conf import settings
from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser

from api_services import bounded_json
from api_services import status_messages as msg
from api_services.custom_exceptions import PayloadTooLarge, ValidationFailed


def json_body_value(text: str) -> Any:
    """Return the JSON value of a request body; raise the ``AppError`` a client should see otherwise."""
    try:
        value = bounded_json.loads_bounded(
            text, max_depth=settings.JSON_MAX_DEPTH, max_bytes=settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        )
    except bounded_json.JsonTooLarge:
        raise PayloadTooLarge() from None
    except bounded_json.JsonTooDeep:
        raise ValidationFailed(
            msg.JSON_TOO_DEEP.format(limit=settings.JSON_MAX_DEPTH), code="json_too_deep"
        ) from None
    except ValueError:
        raise ParseError(msg.MALFORMED_JSON) from None
    try:
        bounded_json.check_characters(value)
    except bounded_json.BadCharacters as exc:
        message = msg.FIELD_BAD_CHARACTERS.format(field=exc.field)
        raise ValidationFailed(message, code="invalid_field", data={exc.field: [message]}) from None
    return value


class BoundedJSONParser(JSONParser):
    """Parse ``application/json`` bodies through ``json_body_value``."""

    def parse(self, stream: Any, media_type: str | None = None, parser_context: dict | None = None) -> Any:
        encoding = (parser_context or {}).get("encoding", settings.DEFAULT_CHARSET)
        if stream is None:
            return None
        try:
            text = codecs.getreader(encoding)(stream).read()
        except UnicodeDecodeError:
            raise ParseError(msg.MALFORMED_JSON) from None
        return json_body_value(text)
