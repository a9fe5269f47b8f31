"""The current user's profile."""

from drf_spectacular.utils import extend_schema
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api_services import status_messages as msg
from api_services.const_response import envelope_schema, success_response
from apis.users.serializers import UserOutputSerializer


class MeApi(APIView):
    """Return the authenticated user's profile (session or JWT)."""

    @extend_schema(responses={200: envelope_schema("ProfileResponse", UserOutputSerializer())})
    def get(self, request: Request) -> Response:
        return success_response(msg.PROFILE_RETRIEVED, UserOutputSerializer(request.user).data)
