"""The shopper's points pages in their account (mounted at /shop/accounts/points/)."""

from django.urls import path

from commerce.points.views.account import PointsAccountView

app_name = "points"

urlpatterns: list = [
    path("", PointsAccountView.as_view(), name="account"),
]
