from django.urls import path

from apis.ping import views

urlpatterns = [path("", views.PingApi.as_view(), name="ping")]
