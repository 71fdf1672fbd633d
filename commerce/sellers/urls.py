"""The marketplace's storefront pages (mounted at /sellers/ by config/urls.py)."""

from django.urls import path

from . import views

app_name = "sellers"

urlpatterns = [
    path("<slug:slug>/", views.SellerDetailView.as_view(), name="seller-detail"),
]
