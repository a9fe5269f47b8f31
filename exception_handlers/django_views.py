"""Envelope answers for requests that never reach a DRF view (unknown API paths, server errors)."""

import logging
import sys

from django.http import HttpRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt

from api_services import status_messages as msg
from api_services.const_response import FAILED, envelope
from api_services.outages import is_outage

logger = logging.getLogger(__name__)


@csrf_exempt  # a path that does not exist is a 404 whatever the method: never Django's HTML CSRF page
def api_not_found(request: HttpRequest, path: str = "") -> JsonResponse:
    """Answer 404 in the envelope for any path under the API prefix that matches no endpoint."""
    return JsonResponse(
        envelope(status=FAILED, message=msg.ENDPOINT_NOT_FOUND, data={"code": "not_found"}), status=404
    )


def server_error(request: HttpRequest) -> JsonResponse:
    """Answer 500 in the envelope (Django already logged the traceback); 503 when a dependency is down."""
    if is_outage(sys.exc_info()[1]):  # called from Django's except block: the exception is at hand
        return JsonResponse(
            envelope(status=FAILED, message=msg.SERVICE_UNAVAILABLE, data={"code": "service_unavailable"}),
            status=503,
        )
    return JsonResponse(
        envelope(status=FAILED, message=msg.SERVER_ERROR, data={"code": "server_error"}), status=500
    )
