"""Shapes of the resume endpoints: the upload input and what each endpoint returns."""

from rest_framework import serializers


class UploadInputSerializer(serializers.Serializer):
    """The multipart body: the resume under ``file`` (or its alias ``resume``)."""

    # Empty files pass here so the extractor answers with its own clear message.
    file = serializers.FileField(required=False, allow_empty_file=True)
    resume = serializers.FileField(required=False, allow_empty_file=True)


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


# Describes, for the OpenAPI schema, the list reply's ``data`` that ``Page.envelope_data`` builds.
class ResumePageSerializer(serializers.Serializer):
    page = serializers.IntegerField()
    per_page = serializers.IntegerField()
    total_items = serializers.IntegerField()
    total_pages = serializers.IntegerField()
    data = ResumeListItemSerializer(source="items", many=True)
