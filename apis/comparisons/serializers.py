"""Output shapes of the comparison endpoints (also their OpenAPI schema)."""

from rest_framework import serializers

from apis.comparisons.models import Comparison, ComparisonCell


class ComparisonListItemSerializer(serializers.ModelSerializer):
    job_count = serializers.SerializerMethodField()

    class Meta:
        model = Comparison
        fields = (
            "id",
            "status",
            "engine",
            "resume_ids",
            "job_count",
            "created_at",
            "finished_at",
            "duration_ms",
        )

    def get_job_count(self, comparison: Comparison) -> int:
        return len(comparison.job_descriptions)


class ComparisonPageSerializer(serializers.Serializer):
    page = serializers.IntegerField()
    per_page = serializers.IntegerField()
    total_items = serializers.IntegerField()
    total_pages = serializers.IntegerField()
    data = ComparisonListItemSerializer(source="items", many=True)


class ComparisonCellSerializer(serializers.ModelSerializer):
    class Meta:
        model = ComparisonCell
        fields = ("seq", "resume_id", "job_index", "match_score", "sub_scores", "top_gaps")


class ComparisonDetailSerializer(serializers.ModelSerializer):
    jobs = serializers.SerializerMethodField()
    cells = ComparisonCellSerializer(many=True, read_only=True)

    class Meta:
        model = Comparison
        fields = (
            "id",
            "status",
            "request_id",
            "engine",
            "resume_ids",
            "jobs",
            "cells",
            "rankings",
            "analyses",
            "error_code",
            "error_message",
            "duration_ms",
            "created_at",
            "finished_at",
        )

    def get_jobs(self, comparison: Comparison) -> list[dict]:
        job_ids = comparison.job_ids or []
        return [
            {"job_index": index, **({"job_id": job_ids[index]} if job_ids else {}), "job_description": text}
            for index, text in enumerate(comparison.job_descriptions)
        ]
