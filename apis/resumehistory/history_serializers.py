"""Query-parameter validation shared by the history list and export: every bad value is a 400 naming it."""

from datetime import UTC, date, datetime, time
from typing import Any

from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from api_services.pagination import PageQuerySerializer
from apis.resumehistory.history_services import EXPORT_FORMATS
from apis.resumehistory.models import ResumeHistory
from db_cruds.history_selectors import HistoryFilters

STATUS_ALL = "all"
STATUS_CHOICES = (*ResumeHistory.Status.values, STATUS_ALL)
MAX_SEARCH_CHARS = 200


@extend_schema_field(OpenApiTypes.STR)
class IsoDateOrDateTimeField(serializers.Field):
    """An ISO 8601 date (``2026-03-01``) or date-time (``2026-03-01T09:30:00Z``); naive times are UTC."""

    default_error_messages = {
        "invalid": "Enter an ISO 8601 date (YYYY-MM-DD) or date-time (YYYY-MM-DDThh:mm[:ss][Z|±hh:mm])."
    }

    def to_internal_value(self, data: Any) -> date | datetime:
        text = data.strip() if isinstance(data, str) else ""
        try:
            parsed: date | datetime | None = parse_datetime(text) if "T" in text or " " in text else None
            if parsed is None:
                parsed = parse_date(text)
        except ValueError:  # well-formed but impossible, e.g. 2026-02-30
            parsed = None
        if parsed is None:
            self.fail("invalid")
        if isinstance(parsed, datetime) and timezone.is_naive(parsed):
            parsed = parsed.replace(tzinfo=UTC)
        return parsed

    def to_representation(self, value: date | datetime) -> str:
        return value.isoformat()


def _start_of(value: date | datetime) -> datetime:
    return value if isinstance(value, datetime) else datetime.combine(value, time.min, tzinfo=UTC)


def _end_of(value: date | datetime) -> datetime:
    return value if isinstance(value, datetime) else datetime.combine(value, time.max, tzinfo=UTC)


class HistoryFilterSerializer(serializers.Serializer):
    """The filters of the list and the export; ``to_filters`` returns them as HistoryFilters."""

    status = serializers.ChoiceField(choices=STATUS_CHOICES, default=ResumeHistory.Status.COMPLETED)
    search = serializers.CharField(max_length=MAX_SEARCH_CHARS, required=False, allow_blank=True)
    min_score = serializers.IntegerField(min_value=0, max_value=100, required=False)
    max_score = serializers.IntegerField(min_value=0, max_value=100, required=False)
    created_after = IsoDateOrDateTimeField(required=False)
    created_before = IsoDateOrDateTimeField(required=False)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        low, high = attrs.get("min_score"), attrs.get("max_score")
        if low is not None and high is not None and low > high:
            raise serializers.ValidationError({"max_score": "Must be greater than or equal to min_score."})
        after, before = attrs.get("created_after"), attrs.get("created_before")
        if after is not None and before is not None and _start_of(after) > _end_of(before):
            raise serializers.ValidationError({"created_before": "Must be on or after created_after."})
        return attrs

    def to_filters(self) -> HistoryFilters:
        data = self.validated_data
        after, before = data.get("created_after"), data.get("created_before")
        return HistoryFilters(
            status=None if data["status"] == STATUS_ALL else data["status"],
            search=data.get("search", ""),
            min_score=data.get("min_score"),
            max_score=data.get("max_score"),
            created_from=None if after is None else _start_of(after),
            created_to=None if before is None else _end_of(before),
        )


class HistoryPageSerializer(HistoryFilterSerializer, PageQuerySerializer):
    """The list's parameters: the filters plus ``page`` and ``per_page`` (max ``HISTORY_MAX_PER_PAGE``)."""


class HistoryExportSerializer(HistoryFilterSerializer):
    """The export's parameters: the filters plus ``format`` (csv or json)."""

    format = serializers.ChoiceField(choices=EXPORT_FORMATS, default="csv")
