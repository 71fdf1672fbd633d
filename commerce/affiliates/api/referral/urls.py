"""The shopper's referral code endpoint of the affiliates API (mounted by
commerce.affiliates.api.urls)."""

from django.urls import path

from . import views

urlpatterns = [
    path("affiliate/referral/", views.BasketReferralView.as_view(), name="affiliate-referral"),
]
