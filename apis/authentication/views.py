"""Account endpoints: thin adapters over ``apis.authentication.services``."""

from django.middleware.csrf import get_token
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView
from rest_framework_simplejwt.tokens import Token

from api_services import status_messages as msg
from api_services.const_response import envelope_schema, success_response
from api_services.throttling import LoginEmailThrottle, LoginIpThrottle, RegisterThrottle
from apis.authentication import serializers as s
from apis.authentication.services import account_login, account_logout, account_refresh, account_register


class RegisterApi(APIView):
    """Create an account."""

    authentication_classes: list = []
    permission_classes = [AllowAny]
    throttle_classes = [RegisterThrottle]

    @extend_schema(request=s.RegisterInputSerializer, responses={201: envelope_schema("RegisterResponse")})
    def post(self, request: Request) -> Response:
        serializer = s.RegisterInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        account_register(**serializer.validated_data)
        return success_response(msg.REGISTRATION_SUCCESSFUL, http_status=201)


class LoginApi(APIView):
    """Log in: sets the ``sessionid`` cookie (for the WebSocket) and returns a JWT pair."""

    authentication_classes: list = []
    permission_classes = [AllowAny]
    throttle_classes = [LoginIpThrottle, LoginEmailThrottle]

    @extend_schema(
        request=s.LoginInputSerializer,
        responses={200: envelope_schema("LoginResponse", s.TokenPairSerializer())},
    )
    def post(self, request: Request) -> Response:
        serializer = s.LoginInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        tokens = account_login(request=request._request, **serializer.validated_data)
        return success_response(msg.LOGIN_SUCCESSFUL, tokens)


class LogoutApi(APIView):
    """End the session; blacklist the refresh token when one is sent; close the user's sockets."""

    permission_classes = [IsAuthenticated]

    @extend_schema(request=s.LogoutInputSerializer, responses={200: envelope_schema("LogoutResponse")})
    def post(self, request: Request) -> Response:
        serializer = s.LogoutInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        account_logout(
            request=request._request,
            refresh=serializer.validated_data.get("refresh"),
            access_token=request.auth if isinstance(request.auth, Token) else None,
        )
        return success_response(msg.LOGOUT_SUCCESSFUL)


class TokenRefreshApi(APIView):
    """Exchange a refresh token for a new pair (the old refresh token is blacklisted)."""

    authentication_classes: list = []
    permission_classes = [AllowAny]

    @extend_schema(
        request=s.RefreshInputSerializer,
        responses={200: envelope_schema("RefreshResponse", s.TokenPairSerializer())},
    )
    def post(self, request: Request) -> Response:
        serializer = s.RefreshInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        return success_response(msg.TOKEN_REFRESHED, account_refresh(**serializer.validated_data))


class CsrfApi(APIView):
    """Set the ``csrftoken`` cookie and return its value (send it back as ``X-CSRFToken``)."""

    authentication_classes: list = []
    permission_classes = [AllowAny]

    @extend_schema(
        responses={
            200: envelope_schema(
                "CsrfResponse", inline_serializer("Csrf", {"csrfToken": serializers.CharField()})
            )
        }
    )
    def get(self, request: Request) -> Response:
        return success_response(msg.CSRF_COOKIE_SET, {"csrfToken": get_token(request._request)})
