"""The marketplace's storefront pages (mounted at /sellers/ by config/urls.py)."""

from django.urls import path

from . import views

app_name = "sellers"

urlpatterns = [
    path("", views.SellerListView.as_view(), name="seller-list"),
    path("apply/", views.SellerApplyView.as_view(), name="apply"),
    path("apply/status/", views.SellerApplicationStatusView.as_view(), name="apply-status"),
    path("<slug:slug>/", views.SellerDetailView.as_view(), name="seller-detail"),
]
