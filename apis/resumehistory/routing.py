"""WebSocket routes."""

from django.urls import URLPattern, path

from apis.resumehistory.consumers import AnalysisConsumer

websocket_urlpatterns: list[URLPattern] = [
    path("ws/resume-tailor/", AnalysisConsumer.as_asgi(), name="ws-resume-tailor"),
]
