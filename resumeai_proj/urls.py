"""URL routes: the versioned REST API, its schema and docs, the admin."""

from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from exception_handlers.django_views import api_not_found
from resumeai_proj.dashboard import dashboard_view

api = settings.API_VERSION

urlpatterns = [
    path("", dashboard_view, name="dashboard"),
    path("admin/", admin.site.urls),
    path(f"{api}/auth/", include("apis.authentication.urls")),
    path(f"{api}/users/", include("apis.users.urls")),
    path(f"{api}/ping/", include("apis.ping.urls")),
    path(f"{api}/resume/", include("apis.resumehistory.urls")),
    path(f"{api}/comparisons/", include("apis.comparisons.urls")),
    path(f"{api}/jobs/", include("apis.jobs.urls")),
    path(f"{api}/schema/", SpectacularAPIView.as_view(), name="schema"),
    path(f"{api}/docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="docs"),
    re_path(rf"^{api.split('/')[0]}/(?P<path>.*)$", api_not_found),
]

handler500 = "exception_handlers.django_views.server_error"
