from django.urls import path

from . import views

urlpatterns = [
    path("auth/token/", views.SignInView.as_view(), name="token"),
    path("auth/token/refresh/", views.RefreshView.as_view(), name="token-refresh"),
    path("auth/logout/", views.LogoutView.as_view(), name="logout"),
]
