"""Page-number pagination shared by the list endpoints: the ``page`` / ``per_page`` query and the page reply.

The ``data`` of a list reply is always ``{"page", "per_page", "total_items", "total_pages", "data"}``; a page
past the end is empty but keeps the true totals.
"""

import math
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from django.conf import settings
from drf_spectacular.utils import inline_serializer
from rest_framework import serializers

MAX_PAGE = 1_000_000
DEFAULT_PER_PAGE = 10

T = TypeVar("T")


class PageQuerySerializer(serializers.Serializer):
    """``page`` (from 1) and ``per_page`` (default 10, at most ``settings.HISTORY_MAX_PER_PAGE``)."""

    page = serializers.IntegerField(min_value=1, max_value=MAX_PAGE, default=1)
    per_page = serializers.IntegerField(min_value=1, required=False)

    def validate_per_page(self, value: int) -> int:
        # Read per request, not at import, so deployments and tests can change the limit.
        limit = settings.HISTORY_MAX_PER_PAGE
        if value > limit:
            raise serializers.ValidationError(f"Ensure this value is less than or equal to {limit}.")
        return value

    def page_and_size(self) -> tuple[int, int]:
        """Return the validated ``(page, per_page)``; per_page defaults to 10 (capped by the setting)."""
        default_size = min(DEFAULT_PER_PAGE, settings.HISTORY_MAX_PER_PAGE)
        return self.validated_data["page"], self.validated_data.get("per_page", default_size)


@dataclass(frozen=True, kw_only=True)
class Page(Generic[T]):
    """One page of items plus the numbers a client needs to page through all of them."""

    page: int
    per_page: int
    total_items: int
    total_pages: int
    items: list[T]

    @classmethod
    def build(cls, *, items: list[T], total_items: int, page: int, per_page: int) -> "Page[T]":
        """Return page ``page`` of ``per_page`` items holding ``items``, out of ``total_items`` in all."""
        return cls(
            page=page,
            per_page=per_page,
            total_items=total_items,
            total_pages=math.ceil(total_items / per_page),
            items=items,
        )

    def envelope_data(self, *, data: Any) -> dict[str, Any]:
        """Return the envelope's ``data`` for this page, with ``data`` (the serialized items) inside it."""
        return {
            "page": self.page,
            "per_page": self.per_page,
            "total_items": self.total_items,
            "total_pages": self.total_pages,
            "data": data,
        }


def page_schema(name: str, *, items: serializers.Field) -> serializers.Serializer:
    """Return the OpenAPI schema of a list reply's ``data``: the page numbers and ``data`` (``items``)."""
    return inline_serializer(
        name=name,
        fields={
            "page": serializers.IntegerField(),
            "per_page": serializers.IntegerField(),
            "total_items": serializers.IntegerField(),
            "total_pages": serializers.IntegerField(),
            "data": items,
        },
    )
