"""The browser dashboard at ``/``: one server-rendered page; the rest is static JS calling the API."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import ensure_csrf_cookie
from django.views.decorators.http import require_safe

WEBSOCKET_PATH = "/ws/resume-tailor/"


def content_security_policy(*, websocket_origin: str) -> str:
    """Return the page's policy: same-origin scripts, styles and connections only, no inline code.

    ``websocket_origin`` is named as well as ``'self'`` because some browsers do not let ``'self'``
    cover ws:/wss: URLs.
    """
    return "; ".join(
        (
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            f"connect-src 'self' {websocket_origin}",
            "form-action 'self'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
        )
    )


@require_safe
@never_cache
@ensure_csrf_cookie
def dashboard_view(request: HttpRequest) -> HttpResponse:
    """Return the dashboard page with its Content-Security-Policy and a fresh CSRF cookie."""
    context = {
        "api_root": f"/{settings.API_VERSION}/",
        "websocket_path": WEBSOCKET_PATH,
    }
    response = render(request, "dashboard.html", context)
    # get_host() is validated against ALLOWED_HOSTS, so it is safe to echo into the header.
    scheme = "wss" if request.is_secure() else "ws"
    response["Content-Security-Policy"] = content_security_policy(
        websocket_origin=f"{scheme}://{request.get_host()}"
    )
    return response
