"""Shapes of the resume endpoints: upload input, list query, and what each endpoint returns."""

from django.conf import settings
from rest_framework import serializers


class UploadInputSerializer(serializers.Serializer):
    """The multipart body: the resume under ``file`` (or its alias ``resume``)."""

    # Empty files pass here so the extractor answers with its own clear message.
    file = serializers.FileField(required=False, allow_empty_file=True)
    resume = serializers.FileField(required=False, allow_empty_file=True)


MAX_PAGE = 1_000_000
DEFAULT_PER_PAGE = 10


class ListQuerySerializer(serializers.Serializer):
    """``page`` and ``per_page`` (default 10, at most ``HISTORY_MAX_PER_PAGE``), as in the history list."""

    page = serializers.IntegerField(min_value=1, max_value=MAX_PAGE, default=1)
    per_page = serializers.IntegerField(min_value=1, required=False)

    def validate_per_page(self, value: int) -> int:
        limit = settings.HISTORY_MAX_PER_PAGE
        if value > limit:
            raise serializers.ValidationError(f"Ensure this value is less than or equal to {limit}.")
        return value

    def page_and_size(self) -> tuple[int, int]:
        """Return the validated ``(page, per_page)``."""
        default_size = min(DEFAULT_PER_PAGE, settings.HISTORY_MAX_PER_PAGE)
        return self.validated_data["page"], self.validated_data.get("per_page", default_size)


class AtsCheckSerializer(serializers.Serializer):
    id = serializers.CharField()
    result = serializers.ChoiceField(choices=("pass", "warn", "fail"))
    message = serializers.CharField()


class UploadMetaSerializer(serializers.Serializer):
    """The ``meta`` of an upload reply (``data`` is the extracted text itself)."""

    resume_id = serializers.IntegerField(source="id")
    filename = serializers.CharField()
    format = serializers.CharField()
    pages = serializers.IntegerField()
    characters = serializers.IntegerField()
    warnings = serializers.ListField(child=serializers.CharField())
    ats_checks = AtsCheckSerializer(many=True)
    ats_score = serializers.IntegerField()


class ResumeListItemSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    filename = serializers.CharField()
    format = serializers.CharField()
    pages = serializers.IntegerField()
    characters = serializers.IntegerField()
    ats_score = serializers.IntegerField()
    created_at = serializers.DateTimeField()


class ResumeDetailSerializer(ResumeListItemSerializer):
    text = serializers.CharField()
    warnings = serializers.ListField(child=serializers.CharField())
    ats_checks = AtsCheckSerializer(many=True)


class ResumePageSerializer(serializers.Serializer):
    page = serializers.IntegerField()
    per_page = serializers.IntegerField()
    total_items = serializers.IntegerField()
    total_pages = serializers.IntegerField()
    data = ResumeListItemSerializer(source="items", many=True)
