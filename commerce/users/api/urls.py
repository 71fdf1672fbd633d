from django.urls import path

from . import views

urlpatterns = [
    path("auth/register/", views.RegisterView.as_view(), name="register"),
    path("auth/email/verify/", views.EmailVerifyView.as_view(), name="email-verify"),
    path(
        "auth/email/verify/resend/",
        views.EmailVerifyResendView.as_view(),
        name="email-verify-resend",
    ),
    path("auth/email/change/", views.EmailChangeConfirmView.as_view(), name="email-change"),
    path("auth/password/", views.PasswordChangeView.as_view(), name="password-change"),
    path("me/", views.MeView.as_view(), name="me"),
]
