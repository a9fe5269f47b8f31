"""A URL conf for the tests: the real routes plus one view that crashes."""

from django.urls import path
from rest_framework.permissions import AllowAny
from rest_framework.views import APIView

from resumeai_proj.urls import urlpatterns as real_urlpatterns


class BoomApi(APIView):
    authentication_classes: list = []
    permission_classes = [AllowAny]

    def get(self, request):
        raise RuntimeError("secret internal detail")


urlpatterns = [path("api/v1/boom/", BoomApi.as_view()), *real_urlpatterns]
