"""The shopper's points pages in their account (mounted at /shop/accounts/points/)."""

from django.urls import path

from . import views

app_name = "points"

urlpatterns: list = [
    path("reserve/", views.PointsReserveView.as_view(), name="reserve"),
]
