"""Thin DRF views for stored job postings."""

from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api_services import status_messages as msg
from api_services.const_response import envelope_schema, success_response
from api_services.pagination import PageQuerySerializer
from apis.jobs import services, upload_services
from apis.jobs.models import Job


class JobOutputSerializer(serializers.ModelSerializer):
    class Meta:
        model = Job
        fields = ("id", "title", "company", "location", "text", "structured", "source_kind", "created_at")


class JobPageSerializer(serializers.Serializer):
    """One page of jobs, as the list answers it (the schema of ``Page.envelope_data``)."""

    page = serializers.IntegerField()
    per_page = serializers.IntegerField()
    total_items = serializers.IntegerField()
    total_pages = serializers.IntegerField()
    data = JobOutputSerializer(many=True)


class JobListCreateApi(APIView):
    """GET lists the user's jobs (``?q=`` searches); POST stores one from ``text`` or ``html``."""

    class InputSerializer(serializers.Serializer):
        text = serializers.CharField(required=False, allow_blank=True, trim_whitespace=False)
        html = serializers.CharField(required=False, allow_blank=True, trim_whitespace=False)
        url = serializers.CharField(required=False, allow_blank=True, max_length=2048)

    class QuerySerializer(PageQuerySerializer):
        q = serializers.CharField(required=False, allow_blank=True, default="")

    @extend_schema(
        operation_id="jobs_list",
        parameters=[QuerySerializer],
        responses={200: envelope_schema("JobListResponse", JobPageSerializer())},
    )
    def get(self, request: Request) -> Response:
        params = self.QuerySerializer(data=request.query_params)
        params.is_valid(raise_exception=True)
        page, per_page = params.page_and_size()
        result = services.job_list(
            user_id=request.user.pk, query=params.validated_data["q"].strip(), page=page, per_page=per_page
        )
        return success_response(
            msg.JOBS_RETRIEVED, result.envelope_data(data=JobOutputSerializer(result.items, many=True).data)
        )

    @extend_schema(
        operation_id="jobs_create",
        request=InputSerializer,
        responses={201: envelope_schema("JobCreateResponse", JobOutputSerializer())},
    )
    def post(self, request: Request) -> Response:
        upload = request.FILES.get("file")
        if upload is not None:
            job = upload_services.job_upload(
                user_id=request.user.pk, filename=upload.name, data=upload.read()
            )
            return success_response(msg.JOB_CREATED, JobOutputSerializer(job).data, http_status=201)
        body = self.InputSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        job = services.job_create_from_input(user_id=request.user.pk, **body.validated_data)
        return success_response(msg.JOB_CREATED, JobOutputSerializer(job).data, http_status=201)


class JobDetailApi(APIView):
    """GET returns one of the user's jobs; DELETE removes it."""

    @extend_schema(
        operation_id="jobs_detail",
        responses={200: envelope_schema("JobDetailResponse", JobOutputSerializer())},
    )
    def get(self, request: Request, job_id: int) -> Response:
        job = services.job_get(user_id=request.user.pk, job_id=job_id)
        return success_response(msg.JOB_RETRIEVED, JobOutputSerializer(job).data)

    @extend_schema(operation_id="jobs_delete", responses={200: envelope_schema("JobDeleteResponse")})
    def delete(self, request: Request, job_id: int) -> Response:
        services.job_delete(user_id=request.user.pk, job_id=job_id)
        return success_response(msg.JOB_DELETED)
