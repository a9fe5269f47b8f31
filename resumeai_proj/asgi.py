"""ASGI entry point: Django's HTTP app plus the WebSocket routes, served by daphne."""

import os
import threading

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "resumeai_proj.settings")
django_asgi_app = get_asgi_application()

from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402  (needs Django set up first)
from channels.security.websocket import AllowedHostsOriginValidator  # noqa: E402
from django.conf import settings  # noqa: E402

from apis.resumehistory.routing import websocket_urlpatterns  # noqa: E402
from apis.resumehistory.ws_auth import WebSocketAuthMiddleware  # noqa: E402

application = ProtocolTypeRouter(
    {
        "http": django_asgi_app,
        "websocket": AllowedHostsOriginValidator(WebSocketAuthMiddleware(URLRouter(websocket_urlpatterns))),
    }
)


def _warm_up() -> None:
    """Load the local engine's vocabulary and start the extraction workers before a request needs them."""
    from ai.local_engine import warm_up as warm_up_engine
    from pdf_extract import default_pool

    warm_up_engine()
    default_pool().warm_up()


if settings.WARM_UP_ON_START:
    threading.Thread(target=_warm_up, name="warm-up", daemon=True).start()
