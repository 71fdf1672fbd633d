"""onboarding endpoints of the affiliates API (mounted by commerce.affiliates.api.urls)."""

from django.urls import path

from . import views

urlpatterns = [
    path("affiliate/apply/", views.AffiliateApplyView.as_view(), name="affiliate-apply"),
]
