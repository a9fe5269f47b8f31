"""JWT authentication that also refuses tokens of a revoked login (logged out, or a refresh token reused)."""

from drf_spectacular.contrib.rest_framework_simplejwt import SimpleJWTScheme
from rest_framework_simplejwt.authentication import JWTAuthentication
from rest_framework_simplejwt.exceptions import InvalidToken
from rest_framework_simplejwt.tokens import Token

from api_services import status_messages as msg
from apis.authentication.token_services import token_family_of, token_family_revoked


class FamilyJWTAuthentication(JWTAuthentication):
    """``JWTAuthentication`` plus the token-family check, for REST requests and WebSocket handshakes."""

    def get_validated_token(self, raw_token: bytes) -> Token:
        token = super().get_validated_token(raw_token)
        if token_family_revoked(family=token_family_of(token)):
            raise InvalidToken(msg.TOKEN_REVOKED)
        return token


class FamilyJWTScheme(SimpleJWTScheme):
    """Document ``FamilyJWTAuthentication`` in the OpenAPI schema as the Bearer JWT scheme it is."""

    target_class = "apis.authentication.jwt_auth.FamilyJWTAuthentication"
