"""Resume endpoints: upload (multipart), list, detail, delete; thin adapters over ``resume_services``."""

import io
from typing import Any

from django.core.files.uploadedfile import InMemoryUploadedFile
from django.core.files.uploadhandler import FileUploadHandler
from django.http import HttpRequest
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.exceptions import ParseError
from rest_framework.exceptions import UnsupportedMediaType as DrfUnsupportedMediaType
from rest_framework.parsers import MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api_services import status_messages as msg
from api_services.const_response import envelope_schema, success_response
from api_services.custom_exceptions import UnsupportedMediaType, ValidationFailed
from api_services.pagination import PageQuerySerializer
from api_services.throttling import SettingsRateThrottle, UserRateThrottle
from apis.resumehistory import resume_serializers as s
from apis.resumehistory.resume_services import (
    resume_delete,
    resume_get,
    resume_list,
    resume_upload,
    upload_check_content_length,
    upload_limits,
    upload_too_large,
)


class UploadThrottle(SettingsRateThrottle):
    """Uploads per user (``THROTTLE_UPLOAD``): each one costs a worker process up to its time limit."""

    scope = "upload"


class CappedMemoryUploadHandler(FileUploadHandler):
    """Keep uploaded files in memory and stop reading once they pass the size limit.

    The Content-Length check runs first; this counts the bytes that really arrive, so a body that lies
    about its length cannot make the server hold more than the limit.
    """

    def __init__(self, request: HttpRequest, *, max_bytes: int) -> None:
        super().__init__(request)
        self.max_bytes = max_bytes
        self.received = 0
        self.buffer = io.BytesIO()

    def new_file(self, *args: Any, **kwargs: Any) -> None:
        super().new_file(*args, **kwargs)
        self.buffer = io.BytesIO()

    def receive_data_chunk(self, raw_data: bytes, start: int) -> None:
        # Counted over every file part, so many parts cannot add up past the limit either.
        self.received += len(raw_data)
        if self.received > self.max_bytes:
            raise upload_too_large()
        self.buffer.write(raw_data)

    def file_complete(self, file_size: int) -> InMemoryUploadedFile:
        self.buffer.seek(0)
        return InMemoryUploadedFile(
            file=self.buffer,
            field_name=self.field_name,
            name=self.file_name,
            content_type=self.content_type,
            size=file_size,
            charset=self.charset,
            content_type_extra=self.content_type_extra,
        )


class ResumeUploadApi(APIView):
    """Upload a PDF, DOCX or TXT resume: return its text, store it, and report ATS checks."""

    parser_classes = [MultiPartParser]
    throttle_classes = [UserRateThrottle, UploadThrottle]

    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        # Before authentication: the session CSRF check reads the multipart body, so the size guards
        # must already be in place when it does.
        django_request = request._request
        if request.method == "POST":
            upload_check_content_length(content_length=django_request.META.get("CONTENT_LENGTH"))
            django_request.upload_handlers = [
                CappedMemoryUploadHandler(django_request, max_bytes=upload_limits().max_bytes)
            ]
        super().initial(request, *args, **kwargs)

    def handle_exception(self, exc: Exception) -> Response:
        # The body is parsed either by the session CSRF check or on first use of request.data; the generic
        # answers speak of JSON, so both places get the upload's own messages here.
        if isinstance(exc, ParseError):
            exc = ValidationFailed(msg.RESUME_UPLOAD_MALFORMED, code="malformed_upload")
        elif isinstance(exc, DrfUnsupportedMediaType):
            exc = UnsupportedMediaType(msg.RESUME_NOT_MULTIPART)
        return super().handle_exception(exc)

    @extend_schema(
        operation_id="resume_upload",
        request={"multipart/form-data": s.UploadInputSerializer},
        responses={
            200: envelope_schema(
                "ResumeUploadResponse", serializers.CharField(), meta=s.UploadMetaSerializer()
            )
        },
    )
    def post(self, request: Request) -> Response:
        serializer = s.UploadInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        upload = serializer.validated_data.get("file") or serializer.validated_data.get("resume")
        if upload is None:
            raise ValidationFailed(msg.RESUME_FILE_MISSING, code="file_missing")
        resume = resume_upload(user_id=request.user.pk, filename=upload.name, data=upload.read())
        return success_response(msg.RESUME_UPLOADED, resume.text, meta=s.UploadMetaSerializer(resume).data)


class ResumeListApi(APIView):
    """List the user's resumes, newest first, without their text."""

    @extend_schema(
        operation_id="resume_list",
        parameters=[PageQuerySerializer],
        responses={200: envelope_schema("ResumeListResponse", s.ResumePageSerializer())},
    )
    def get(self, request: Request) -> Response:
        query = PageQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        page_number, per_page = query.page_and_size()
        page = resume_list(user_id=request.user.pk, page=page_number, per_page=per_page)
        items = s.ResumeListItemSerializer(page.items, many=True).data
        return success_response(msg.RESUMES_RETRIEVED, page.envelope_data(data=items))


class ResumeDetailApi(APIView):
    """Return one of the user's resumes with its text, or delete it."""

    @extend_schema(
        operation_id="resume_retrieve",
        responses={200: envelope_schema("ResumeDetailResponse", s.ResumeDetailSerializer())},
    )
    def get(self, request: Request, resume_id: int) -> Response:
        resume = resume_get(user_id=request.user.pk, resume_id=resume_id)
        return success_response(msg.RESUME_RETRIEVED, s.ResumeDetailSerializer(resume).data)

    @extend_schema(operation_id="resume_delete", responses={200: envelope_schema("ResumeDeleteResponse")})
    def delete(self, request: Request, resume_id: int) -> Response:
        resume_delete(user_id=request.user.pk, resume_id=resume_id)
        return success_response(msg.RESUME_DELETED)
