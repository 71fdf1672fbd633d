"""onboarding screens of the sellers dashboard (mounted by commerce.sellers.dashboard.apps);
staff only (the app's default permission)."""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.SellerListView.as_view(), name="seller-list"),
    path("<int:pk>/", views.SellerDetailView.as_view(), name="seller-detail"),
]
