"""The points reservation endpoint (mounted by commerce.points.api.urls)."""

from django.urls import path

from . import views

urlpatterns = [
    path("points/reservation/", views.PointsReservationView.as_view(), name="points-reservation"),
]
