from django.urls import path

from apis.users import views

urlpatterns = [path("me/", views.MeApi.as_view(), name="users-me")]
