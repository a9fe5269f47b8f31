from django.urls import path

from apis.authentication import views

urlpatterns = [
    path("register/", views.RegisterApi.as_view(), name="auth-register"),
    path("login/", views.LoginApi.as_view(), name="auth-login"),
    path("logout/", views.LogoutApi.as_view(), name="auth-logout"),
    path("token/refresh/", views.TokenRefreshApi.as_view(), name="auth-token-refresh"),
    path("csrf/", views.CsrfApi.as_view(), name="auth-csrf"),
]
