"""onboarding screens of the affiliates dashboard (listed by commerce.affiliates.dashboard.apps);
staff only (the app's default permission)."""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.AffiliateListView.as_view(), name="affiliate-list"),
    path("<int:pk>/", views.AffiliateDetailView.as_view(), name="affiliate-detail"),
    path("<int:pk>/rate/", views.AffiliateRateView.as_view(), name="affiliate-rate"),
    path(
        "<int:pk>/vouchers/", views.AffiliateVoucherTieView.as_view(), name="affiliate-voucher-tie"
    ),
    path(
        "<int:pk>/vouchers/<int:voucher_pk>/untie/",
        views.AffiliateVoucherUntieView.as_view(),
        name="affiliate-voucher-untie",
    ),
]
