"""Liveness and dependency health."""

from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api_services import status_messages as msg
from api_services.const_response import envelope_schema, failure_response, success_response
from apis.ping.services import health_report

_PING_RESPONSE = envelope_schema(
    "PingResponse",
    inline_serializer(
        "PingReport",
        {
            "database": serializers.ChoiceField(["ok", "unreachable"]),
            "channel_layer": serializers.ChoiceField(["ok", "unreachable"]),
            "ai_engine": serializers.CharField(),
            "ai_model": serializers.CharField(),
            "database_backend": serializers.CharField(),
            "channel_layer_backend": serializers.ChoiceField(["redis", "in-memory"]),
        },
    ),
)


class PingApi(APIView):
    """Return pong with the state of the database, the channel layer and the AI engine (503 when degraded)."""

    authentication_classes: list = []
    permission_classes = [AllowAny]
    throttle_classes: list = []

    @extend_schema(responses={200: _PING_RESPONSE, 503: _PING_RESPONSE})
    def get(self, request: Request) -> Response:
        healthy, report = health_report()
        if healthy:
            return success_response(msg.PONG, report)
        return failure_response(msg.DEGRADED, report, http_status=503)
