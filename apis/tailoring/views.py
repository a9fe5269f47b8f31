"""The tailored resume of one analysis: its accepted rewrites and its export (own analyses only)."""

from django.http import HttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema, extend_schema_serializer
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api_services import status_messages as msg
from api_services.const_response import envelope_schema, success_response
from apis.resumehistory.history_views import IgnoreFormatParameter
from apis.tailoring import rewrites as rewrite_services
from apis.tailoring import services

_FORMAT_CHOICES = ", ".join(services.EXPORT_FORMATS)


class _AcceptedSerializer(serializers.Serializer):
    sentence = serializers.CharField()
    replacement = serializers.CharField()
    source = serializers.ChoiceField(
        choices=(rewrite_services.SOURCE_SUGGESTION, rewrite_services.SOURCE_EDIT)
    )


class _SuggestionSerializer(serializers.Serializer):
    sentence = serializers.CharField()
    rewrite = serializers.CharField()


class HistoryRewritesApi(APIView):
    """GET lists the analysis' suggested rewrites and the accepted ones; PUT replaces the accepted ones.

    Each PUT item names a sentence of the resume as the analysis shows it. Without ``replacement`` the
    analysis' suggestion is accepted (its "[add ...]" request dropped; refused if it names anything the
    resume does not); with one, the user's own wording replaces the sentence. One class for the two
    operations of one URL; each method is one service call.
    """

    @extend_schema_serializer(component_name="HistoryRewritesInput")  # "Input" is the jobs API's
    class InputSerializer(serializers.Serializer):
        class ItemSerializer(serializers.Serializer):
            sentence = serializers.CharField(trim_whitespace=True)
            replacement = serializers.CharField(required=False, allow_blank=True, trim_whitespace=False)

        rewrites = ItemSerializer(many=True, allow_empty=True)

    class OutputSerializer(serializers.Serializer):
        suggestions = _SuggestionSerializer(many=True)
        accepted = _AcceptedSerializer(many=True)

    @extend_schema(
        operation_id="history_rewrites_retrieve",
        responses={200: envelope_schema("HistoryRewritesResponse", OutputSerializer())},
    )
    def get(self, request: Request, history_id: int) -> Response:
        result = rewrite_services.rewrites_show(user_id=request.user.pk, history_id=history_id)
        return success_response(msg.REWRITES_RETRIEVED, self.OutputSerializer(result).data)

    @extend_schema(
        operation_id="history_rewrites_update",
        request=InputSerializer,
        responses={200: envelope_schema("HistoryRewritesSaved", _AcceptedSerializer(many=True))},
    )
    def put(self, request: Request, history_id: int) -> Response:
        body = self.InputSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        accepted = rewrite_services.rewrites_accept(
            user_id=request.user.pk, history_id=history_id, items=body.validated_data["rewrites"]
        )
        return success_response(msg.REWRITES_SAVED, _AcceptedSerializer(accepted, many=True).data)


class HistoryResumeExportApi(APIView):
    """Return the analysis' resume with the accepted rewrites applied and nothing else changed, as a file."""

    content_negotiation_class = IgnoreFormatParameter

    class InputSerializer(serializers.Serializer):
        format = serializers.ChoiceField(
            choices=services.EXPORT_FORMATS,
            error_messages={
                "invalid_choice": msg.EXPORT_FORMAT_INVALID.format(formats=_FORMAT_CHOICES),
                "required": msg.EXPORT_FORMAT_INVALID.format(formats=_FORMAT_CHOICES),
            },
        )

    @extend_schema(
        operation_id="history_resume_export",
        parameters=[InputSerializer],
        responses={
            (200, services.DOCX_TYPE): OpenApiTypes.BINARY,
            (200, "text/markdown"): OpenApiTypes.STR,
            (200, "application/json"): {
                "type": "object",
                "description": "A JSON Resume document (jsonresume.org)",
            },
            (200, "application/pdf"): OpenApiTypes.BINARY,
        },
    )
    def get(self, request: Request, history_id: int) -> HttpResponse:
        params = self.InputSerializer(data=request.query_params)
        params.is_valid(raise_exception=True)
        export = services.resume_export(
            user_id=request.user.pk, history_id=history_id, export_format=params.validated_data["format"]
        )
        response = HttpResponse(export.content, content_type=export.content_type)
        response["Content-Disposition"] = f'attachment; filename="{export.filename}"'
        response["Cache-Control"] = "no-store"
        response["X-Content-Type-Options"] = "nosniff"
        return response
