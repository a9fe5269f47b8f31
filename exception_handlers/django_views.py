"""Envelope answers for requests that never reach a DRF view (unknown API paths, server errors)."""

import logging

from django.http import HttpRequest, JsonResponse

from api_services import status_messages as msg
from api_services.const_response import FAILED, envelope

logger = logging.getLogger(__name__)


def api_not_found(request: HttpRequest, path: str = "") -> JsonResponse:
    """Answer 404 in the envelope for any path under the API prefix that matches no endpoint."""
    return JsonResponse(
        envelope(status=FAILED, message=msg.ENDPOINT_NOT_FOUND, data={"code": "not_found"}), status=404
    )


def server_error(request: HttpRequest) -> JsonResponse:
    """Answer 500 in the envelope (Django already logged the traceback)."""
    return JsonResponse(
        envelope(status=FAILED, message=msg.SERVER_ERROR, data={"code": "server_error"}), status=500
    )
