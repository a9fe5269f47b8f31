"""The analysis history: list, detail, delete and export of the authenticated user's own analyses."""

from typing import Any

from django.core.handlers.asgi import ASGIRequest
from django.http import StreamingHttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema, extend_schema_serializer
from rest_framework import serializers
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.renderers import BaseRenderer
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api_services import status_messages as msg
from api_services.const_response import envelope_schema, success_response
from api_services.pagination import page_schema
from apis.resumehistory import history_services as services
from apis.resumehistory.history_serializers import HistoryExportSerializer, HistoryPageSerializer
from apis.resumehistory.models import ResumeHistory


class HistoryListApi(APIView):
    """Return one page of the user's analyses, newest first (completed ones unless ``status`` says otherwise).

    A page past the end is a 200 with an empty ``data`` list and the real ``total_items`` / ``total_pages``.
    """

    class InputSerializer(HistoryPageSerializer):
        pass

    @extend_schema_serializer(component_name="HistoryListItem")
    class OutputSerializer(serializers.ModelSerializer):
        class Meta:
            model = ResumeHistory
            fields = (
                "id",
                "resume_text",
                "job_description",
                "job_title",
                "ai_analysis",
                "created_at",
                "status",
                "match_score",
                "engine",
                "model",
            )

    @extend_schema(
        operation_id="history_list",
        parameters=[InputSerializer],
        responses={
            200: envelope_schema(
                "HistoryListResponse", page_schema("HistoryPage", items=OutputSerializer(many=True))
            )
        },
    )
    def get(self, request: Request) -> Response:
        params = self.InputSerializer(data=request.query_params)
        params.is_valid(raise_exception=True)
        page, per_page = params.page_and_size()
        result = services.history_list(
            user_id=request.user.pk, filters=params.to_filters(), page=page, per_page=per_page
        )
        return success_response(
            msg.HISTORIES_RETRIEVED,
            result.envelope_data(data=self.OutputSerializer(result.items, many=True).data),
        )


class HistoryDetailApi(APIView):
    """GET returns one of the user's analyses in full; DELETE removes it (cancelling it first if running).

    One class for two operations because both live at the same URL; each method stays a one-line call.
    """

    @extend_schema_serializer(component_name="HistoryDetail")
    class OutputSerializer(serializers.ModelSerializer):
        class Meta:
            model = ResumeHistory
            fields = (
                "id",
                "resume_id",
                "status",
                "resume_text",
                "job_description",
                "job_title",
                "ai_analysis",
                "match_score",
                "engine",
                "model",
                "error_code",
                "error_message",
                "time_to_first_chunk_ms",
                "duration_ms",
                "input_tokens",
                "output_tokens",
                "created_at",
                "finished_at",
            )

    @extend_schema(
        operation_id="history_retrieve",
        responses={200: envelope_schema("HistoryDetailResponse", OutputSerializer())},
    )
    def get(self, request: Request, history_id: int) -> Response:
        history = services.history_detail(user_id=request.user.pk, history_id=history_id)
        return success_response(msg.HISTORY_RETRIEVED, self.OutputSerializer(history).data)

    @extend_schema(responses={200: envelope_schema("HistoryDeleteResponse")})
    def delete(self, request: Request, history_id: int) -> Response:
        services.history_delete(user_id=request.user.pk, history_id=history_id)
        return success_response(msg.HISTORY_DELETED)


class IgnoreFormatParameter(DefaultContentNegotiation):
    """Here ``?format=`` picks the export format; errors are always rendered as the JSON envelope."""

    def select_renderer(
        self, request: Request, renderers: list[BaseRenderer], format_suffix: str | None = None
    ) -> tuple[BaseRenderer, str]:
        return renderers[0], renderers[0].media_type


class HistoryExportApi(APIView):
    """Stream every matching analysis of the user as CSV or as one JSON array, in constant memory."""

    content_negotiation_class = IgnoreFormatParameter

    class InputSerializer(HistoryExportSerializer):
        pass

    @extend_schema(
        parameters=[InputSerializer],
        responses={
            (200, "text/csv"): OpenApiTypes.BINARY,
            (200, "application/json"): {"type": "array", "items": {"type": "object"}},
        },
    )
    def get(self, request: Request) -> Any:
        params = self.InputSerializer(data=request.query_params)
        params.is_valid(raise_exception=True)
        export = services.history_export(
            user_id=request.user.pk,
            filters=params.to_filters(),
            export_format=params.validated_data["format"],
        )
        # Under ASGI Django reads a sync iterator into a list before sending it: give it an async one there.
        asgi = isinstance(request._request, ASGIRequest)
        response = StreamingHttpResponse(
            export.async_chunks() if asgi else export.sync_chunks(), content_type=export.content_type
        )
        response["Content-Disposition"] = f'attachment; filename="{export.filename}"'
        response["Cache-Control"] = "no-store"
        return response
