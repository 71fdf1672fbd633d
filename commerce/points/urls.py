"""The shopper's points pages in their account (mounted at /shop/accounts/points/)."""

from django.urls import path

from commerce.points.views.account import PointsAccountView
from commerce.points.views.reserve import PointsReserveView

app_name = "points"

urlpatterns: list = [
    path("", PointsAccountView.as_view(), name="account"),
    path("reserve/", PointsReserveView.as_view(), name="reserve"),
]
