"""Register the WebSocket fixtures this package's tests ask for by name."""

from apis.resumehistory.tests.ws_support import local_engine_fixture  # noqa: F401  (fixture)
