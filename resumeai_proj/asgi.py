"""ASGI entry point: Django's HTTP app plus the WebSocket routes, served by daphne."""

import asyncio
import gc
import logging
import os
import signal
import sys
import threading

from django.core.asgi import get_asgi_application

logger = logging.getLogger(__name__)

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "resumeai_proj.settings")
django_asgi_app = get_asgi_application()

from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402  (needs Django set up first)
from django.conf import settings  # noqa: E402

from apis.resumehistory.routing import websocket_urlpatterns  # noqa: E402
from apis.resumehistory.ws_auth import WebSocketAuthMiddleware  # noqa: E402
from apis.resumehistory.ws_origin import OriginValidator  # noqa: E402
from apis.resumehistory.ws_outage import OutageGuard  # noqa: E402
from resumeai_proj import daphne_bodies, daphne_denial  # noqa: E402

application = ProtocolTypeRouter(
    {
        "http": django_asgi_app,
        "websocket": OriginValidator(OutageGuard(WebSocketAuthMiddleware(URLRouter(websocket_urlpatterns)))),
    }
)


def _warm_up() -> None:
    """Load the local engine's vocabulary, build the configured engine (Gemini's client took 0.3 s here, on
    the event loop, in the first analysis) and start the extraction workers before a request needs them."""
    from ai.local_engine import warm_up as warm_up_engine
    from apis.resumehistory.engine_services import configured_engine
    from pdf_extract import default_pool

    warm_up_engine()
    try:
        configured_engine()
    except ValueError:  # a misconfigured engine: the first analysis reports it as it would have anyway
        logger.exception("warm-up: the configured analysis engine could not be built")
    default_pool().warm_up()
    _freeze_startup_objects()


def _freeze_startup_objects() -> None:
    """Keep what start-up loaded (modules, the vocabulary: some 200,000 objects) out of garbage collections.

    They live as long as the process, yet every full collection walked them all: on this project's 2-core
    machine a collection stopped the event loop for 100-200 ms, the slowest chunk relays under load.
    Frozen, they are never scanned again; what requests create afterwards is collected as usual.
    """
    if "twisted.internet.reactor" not in sys.modules:  # a server process (daphne) only, not a test run
        return
    gc.collect()
    gc.freeze()
    logger.info("start-up objects kept out of garbage collection: %d", gc.get_freeze_count())


async def _interrupt_and_drain() -> None:
    """Fail this process's runs (``interrupted``), then wait until their followers have relayed that frame."""
    from apis.comparisons.runs import comparisons_interrupt
    from apis.resumehistory.analysis_services import analyses_interrupt
    from apis.resumehistory.ws_relay import followers_drained

    grace_s = settings.ANALYSIS_SHUTDOWN_GRACE_S
    analysis_ids, _ = await asyncio.gather(
        analyses_interrupt(timeout_s=grace_s), comparisons_interrupt(timeout_s=grace_s)
    )
    if analysis_ids and not await followers_drained(analysis_ids=analysis_ids, timeout_s=grace_s):
        logger.warning("server stopping: some followers did not get their final frame in time")


def _serve_under_daphne() -> None:
    """Under daphne, start the housekeeper with the process and stop gracefully on SIGTERM/SIGINT.

    Daphne has no ASGI lifespan: the housekeeper (heartbeats, orphan sweep) starts once the reactor runs, so
    a dead process's rows are failed within ANALYSIS_ORPHAN_AFTER_S + ANALYSIS_HEARTBEAT_S even if no socket
    ever connects here. On a stop signal the running analyses are failed (``interrupted``) and their
    followers handed that frame before the reactor stops: daphne's own shutdown kills every application at
    once, so a "before shutdown" trigger alone lost the frames (it stays for other ways of stopping).
    """
    reactor = sys.modules.get("twisted.internet.reactor")  # installed by daphne; absent under tests
    if reactor is None:
        return
    from twisted.internet.defer import Deferred

    from apis.resumehistory.analysis_services import ensure_housekeeper
    from apis.resumehistory.analysis_workers import pool as workers

    stopping = False

    def graceful_stop() -> None:
        nonlocal stopping
        if stopping:
            return
        stopping = True
        drained = Deferred.fromFuture(asyncio.ensure_future(_interrupt_and_drain()))
        drained.addBoth(lambda _: reactor.stop())

    def on_signal(signum: int, frame: object) -> None:
        reactor.callFromThread(graceful_stop)  # as Twisted's own handler does: safe from a signal handler

    def when_running() -> None:
        # After Twisted installed its handlers (replaced here), before the asyncio loop turns: callLater.
        signal.signal(signal.SIGTERM, on_signal)
        signal.signal(signal.SIGINT, on_signal)
        reactor.callLater(0, ensure_housekeeper)
        # Analyses run in this process until the workers are up (a second or so: imports, the vocabulary).
        threading.Thread(
            target=workers.start, args=(settings.ANALYSIS_WORKERS,), name="analysis-workers", daemon=True
        ).start()

    def before_shutdown() -> Deferred:
        return Deferred.fromFuture(asyncio.ensure_future(_interrupt_and_drain()))

    def after_shutdown() -> None:
        # Everything is stored and every socket closed. Past this point CPython 3.11's garbage collector,
        # tearing down coroutines still parked in asyncio queues, crashed daphne (SIGSEGV) whenever a socket
        # had been open; end the process here so a service manager sees a clean exit.
        logging.shutdown()
        os._exit(0)

    reactor.callWhenRunning(when_running)
    reactor.addSystemEventTrigger("before", "shutdown", before_shutdown)
    reactor.addSystemEventTrigger("after", "shutdown", after_shutdown)


def ready_line() -> str:
    """Return the one line that says the server is up and where its pages are."""
    base = settings.SERVE_URL
    return (
        f"ready: dashboard {base}/ · API docs {base}/{settings.API_VERSION}/docs/ · admin {base}/admin/"
        f" (database {settings.DATABASES['default']['ENGINE'].rsplit('.', 1)[-1]},"
        f" engine {settings.AI_ENGINE_RESOLVED})"
    )


def _announce_ready() -> None:
    """Under daphne, log the ready line once the reactor runs (its ports are bound by then)."""
    reactor = sys.modules.get("twisted.internet.reactor")
    if reactor is not None:
        # WARNING, so that LOG_LEVEL=warning still shows it.
        reactor.callWhenRunning(lambda: logger.warning("%s", ready_line()))


_serve_under_daphne()
_announce_ready()
daphne_denial.install()  # a refused handshake's 403 carries a text body saying why
daphne_bodies.install()  # a malformed form body reaches Django (400 envelope), not Twisted's bare 400

if settings.WARM_UP_ON_START:
    threading.Thread(target=_warm_up, name="warm-up", daemon=True).start()
else:
    _freeze_startup_objects()
