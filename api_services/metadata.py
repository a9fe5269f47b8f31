"""OPTIONS replies in the envelope: the methods an endpoint allows, nothing of its code."""

from typing import TYPE_CHECKING, Any

from rest_framework.metadata import BaseMetadata
from rest_framework.request import Request

from api_services import status_messages as msg
from api_services.const_response import SUCCESS, envelope

if TYPE_CHECKING:  # rest_framework.views imports this module (DEFAULT_METADATA_CLASS) while it loads
    from rest_framework.views import APIView


class AllowedMethodsMetadata(BaseMetadata):
    """Answer OPTIONS with ``{status, message, data: {methods}}`` (the ``Allow`` header says the same).

    DRF's default answered with the view's name, its docstring and its parsers and renderers, outside the
    envelope.
    """

    def determine_metadata(self, request: Request, view: "APIView") -> dict[str, Any]:
        return envelope(
            status=SUCCESS, message=msg.OPTIONS_ALLOWED_METHODS, data={"methods": view.allowed_methods}
        )
