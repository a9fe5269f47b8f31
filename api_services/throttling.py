"""Throttles whose rates are read from ``settings.THROTTLE_RATES`` at request time (overridable in tests)."""

import logging
from typing import Any

from django.conf import settings
from rest_framework.request import Request
from rest_framework.throttling import SimpleRateThrottle

from api_services.cache_errors import CACHE_ERRORS
from api_services.custom_exceptions import ServiceUnavailable

logger = logging.getLogger(__name__)


class SettingsRateThrottle(SimpleRateThrottle):
    """A scoped throttle: rate from ``settings.THROTTLE_RATES[scope]``, keyed per user or per IP."""

    scope = ""

    def get_rate(self) -> str | None:
        return settings.THROTTLE_RATES.get(self.scope)

    def allow_request(self, request: Request, view: Any) -> bool:
        """Count the request; an unreachable throttle cache (Redis down) is a 503, not a 500."""
        try:
            return super().allow_request(request, view)
        except CACHE_ERRORS:
            logger.warning("throttle %s: cache unreachable", self.scope)
            raise ServiceUnavailable() from None

    def get_cache_key(self, request: Request, view: Any) -> str | None:
        if request.user and request.user.is_authenticated:
            ident = f"user:{request.user.pk}"
        else:
            ident = f"ip:{self.get_ident(request)}"
        return self.cache_format % {"scope": self.scope, "ident": ident}


class LoginIpThrottle(SettingsRateThrottle):
    scope = "login_ip"

    def get_cache_key(self, request: Request, view: Any) -> str | None:
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


class LoginEmailThrottle(SettingsRateThrottle):
    """Limit attempts against one account whatever address they come from."""

    scope = "login_email"

    def get_cache_key(self, request: Request, view: Any) -> str | None:
        email = request.data.get("email") if hasattr(request.data, "get") else None
        if not isinstance(email, str) or not email.strip():
            return None
        return self.cache_format % {"scope": self.scope, "ident": email.strip().lower()[:254]}


class RegisterThrottle(SettingsRateThrottle):
    scope = "register"

    def get_cache_key(self, request: Request, view: Any) -> str | None:
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


class UserRateThrottle(SettingsRateThrottle):
    """The default throttle for authenticated API use."""

    scope = "user"
