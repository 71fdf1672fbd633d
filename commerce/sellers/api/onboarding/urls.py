"""onboarding endpoints of the marketplace API (mounted by commerce.sellers.api.urls)."""

from django.urls import path

from . import views

urlpatterns = [
    path("seller/apply/", views.SellerApplyView.as_view(), name="seller-apply"),
    path("seller/profile/", views.SellerProfileView.as_view(), name="seller-profile"),
    path("sellers/", views.SellerListView.as_view(), name="seller-list"),
    path("sellers/<slug:slug>/", views.SellerDetailView.as_view(), name="seller-detail"),
]
