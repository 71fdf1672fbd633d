"""The pages of the account emails' links (mounted at /shop/accounts/email/)."""

from django.urls import path

from . import views

app_name = "users"

urlpatterns = [
    path("verify/", views.EmailVerifyResendView.as_view(), name="email-verify-resend"),
    path("verify/<str:token>/", views.EmailVerifyView.as_view(), name="email-verify"),
    path("change/<str:token>/", views.EmailChangeView.as_view(), name="email-change"),
]
