"""orders endpoints of the marketplace API (mounted by commerce.sellers.api.urls):
seller/orders/ (read, ship) and seller/stats/."""

from django.urls import path
from rest_framework.routers import SimpleRouter

from .views import SellerOrderViewSet, SellerStatsView

router = SimpleRouter()
router.register("seller/orders", SellerOrderViewSet, basename="seller-order")

urlpatterns = [
    *router.urls,
    path("seller/stats/", SellerStatsView.as_view(), name="seller-stats"),
]
