"""The shopper's own points endpoints (mounted by commerce.points.api.urls)."""

from django.urls import path

from . import views

urlpatterns: list = [
    path("points/", views.PointsView.as_view(), name="points"),
    path("points/entries/", views.PointsEntriesView.as_view(), name="points-entries"),
]
