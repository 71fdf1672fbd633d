"""The marketplace's endpoints under /api/v1/: the public seller pages (`sellers/`) and a
seller's own business (`seller/`), one package per area."""

from django.urls import include, path

urlpatterns = [
    path("", include("commerce.sellers.api.onboarding.urls")),  # apply, profile, public sellers
    path("", include("commerce.sellers.api.catalogue.urls")),  # seller/products, seller/offers
    path("", include("commerce.sellers.api.orders.urls")),  # seller/orders, seller/stats
    path("", include("commerce.sellers.api.money.urls")),  # seller/earnings, seller/payouts
]
