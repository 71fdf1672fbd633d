"""The points endpoints under /api/v1/points/, one package per area."""

from django.urls import include, path

urlpatterns = [
    path("", include("commerce.points.api.account.urls")),  # points/, points/entries/
]
