"""The affiliates' endpoints under /api/v1/affiliate/, one package per area."""

from django.urls import include, path

urlpatterns = [
    path("", include("commerce.affiliates.api.onboarding.urls")),  # affiliate/apply/
    path("", include("commerce.affiliates.api.area.urls")),  # the affiliate area
    path("", include("commerce.affiliates.api.referral.urls")),  # affiliate/referral/ (shoppers)
]
