"""The stored comparisons of the authenticated user: list, detail, delete."""

from drf_spectacular.utils import extend_schema
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api_services import status_messages as msg
from api_services.const_response import envelope_schema, success_response
from api_services.pagination import PageQuerySerializer
from apis.comparisons import serializers as s
from apis.comparisons import services


class ComparisonListApi(APIView):
    """List the user's comparisons, newest first, without the postings' texts and cells."""

    @extend_schema(
        operation_id="comparison_list",
        parameters=[PageQuerySerializer],
        responses={200: envelope_schema("ComparisonListResponse", s.ComparisonPageSerializer())},
    )
    def get(self, request: Request) -> Response:
        query = PageQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        page_number, per_page = query.page_and_size()
        page = services.comparison_list(user_id=request.user.pk, page=page_number, per_page=per_page)
        items = s.ComparisonListItemSerializer(page.items, many=True).data
        return success_response(msg.COMPARISONS_RETRIEVED, page.envelope_data(data=items))


class ComparisonDetailApi(APIView):
    """Return one of the user's comparisons with its postings, cells and rankings, or delete it."""

    @extend_schema(
        operation_id="comparison_retrieve",
        responses={200: envelope_schema("ComparisonDetailResponse", s.ComparisonDetailSerializer())},
    )
    def get(self, request: Request, comparison_id: int) -> Response:
        comparison = services.comparison_detail(user_id=request.user.pk, comparison_id=comparison_id)
        return success_response(msg.COMPARISON_RETRIEVED, s.ComparisonDetailSerializer(comparison).data)

    @extend_schema(
        operation_id="comparison_delete", responses={200: envelope_schema("ComparisonDeleteResponse")}
    )
    def delete(self, request: Request, comparison_id: int) -> Response:
        services.comparison_delete(user_id=request.user.pk, comparison_id=comparison_id)
        return success_response(msg.COMPARISON_DELETED)
