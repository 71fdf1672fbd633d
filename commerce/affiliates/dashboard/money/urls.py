"""money screens of the affiliates dashboard (listed by commerce.affiliates.dashboard.apps):
commissions, batching and paying payouts, category rates. Staff only."""

from django.urls import path

from . import views

urlpatterns: list = [
    path("commissions/", views.CommissionListView.as_view(), name="affiliate-commission-list"),
    path("payouts/", views.PayoutListView.as_view(), name="affiliate-payout-list"),
    path("payouts/batch/", views.PayoutsBatchView.as_view(), name="affiliate-payouts-batch"),
    path("payouts/export/", views.PayoutExportView.as_view(), name="affiliate-payout-export"),
    path(
        "payouts/<int:pk>/paid/",
        views.PayoutMarkPaidView.as_view(),
        name="affiliate-payout-mark-paid",
    ),
    path(
        "category-rates/", views.CategoryRateListView.as_view(), name="affiliate-category-rate-list"
    ),
    path(
        "category-rates/add/",
        views.CategoryRateCreateView.as_view(),
        name="affiliate-category-rate-create",
    ),
    path(
        "category-rates/<int:pk>/",
        views.CategoryRateUpdateView.as_view(),
        name="affiliate-category-rate-update",
    ),
    path(
        "category-rates/<int:pk>/delete/",
        views.CategoryRateDeleteView.as_view(),
        name="affiliate-category-rate-delete",
    ),
]
