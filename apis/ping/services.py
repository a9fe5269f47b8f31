"""Health: probe the database and the channel layer; name the analysis engine and its model."""

import logging

from asgiref.sync import async_to_sync
from django.conf import settings

from api_services.outages import is_outage
from apis.resumehistory.engine_services import configured_engine
from db_cruds.health import channel_layer_ping, database_ping, database_vendor

logger = logging.getLogger(__name__)
PROBE_TIMEOUT_S = 2.0


def health_report() -> tuple[bool, dict[str, str]]:
    """Return (healthy, per-dependency status and which backend is in use) without raising."""
    layer_backend = settings.CHANNEL_LAYERS["default"]["BACKEND"]
    report = {
        "database": "ok",
        "channel_layer": "ok",
        "ai_engine": settings.AI_ENGINE_RESOLVED,
        "ai_model": configured_engine().model,
        "database_backend": database_vendor(),
        "channel_layer_backend": "redis" if "redis" in layer_backend.lower() else "in-memory",
    }
    try:
        database_ping()
    except Exception as exc:
        _log_probe_failure("database", exc)
        report["database"] = "unreachable"
    try:
        async_to_sync(channel_layer_ping)(timeout_s=PROBE_TIMEOUT_S)
    except Exception as exc:
        _log_probe_failure("channel layer", exc)
        report["channel_layer"] = "unreachable"
    healthy = report["database"] == "ok" and report["channel_layer"] == "ok"
    return healthy, report


def _log_probe_failure(dependency: str, exc: Exception) -> None:
    """Log a failed probe: one line for an outage (the state is the news), a traceback for anything else."""
    logger.warning("health: %s unreachable: %r", dependency, exc, exc_info=not is_outage(exc))
