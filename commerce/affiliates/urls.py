"""The affiliate area on the site (mounted at /affiliate/ by config/urls.py)."""

from django.urls import path

from . import onboarding_views

app_name = "affiliates"

urlpatterns = [
    path("apply/", onboarding_views.AffiliateApplyView.as_view(), name="apply"),
    path("code/", onboarding_views.AffiliateCodeView.as_view(), name="code"),
]
