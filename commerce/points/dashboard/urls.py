"""The points screens of the dashboard (url names start with `points-`)."""

from django.urls import path

from . import views

urlpatterns: list = [
    path("", views.ShopperListView.as_view(), name="points-shopper-list"),
    path("shoppers/<int:pk>/", views.ShopperDetailView.as_view(), name="points-shopper-detail"),
]
