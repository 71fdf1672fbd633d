"""money endpoints of the marketplace API (mounted by commerce.sellers.api.urls)."""

from django.urls import path

from . import views

urlpatterns: list = [
    path("seller/earnings/", views.EarningsView.as_view(), name="seller-earnings"),
    path("seller/payouts/", views.PayoutsView.as_view(), name="seller-payouts"),
]
