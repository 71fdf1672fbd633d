"""The points endpoints under /api/v1/points/, one package per area."""

from django.urls import include, path

urlpatterns: list = [
    path("", include("commerce.points.api.account.urls")),  # points/, points/entries/
    path("", include("commerce.points.api.reservation.urls")),  # points/reservation/
]
