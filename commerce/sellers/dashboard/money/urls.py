"""money screens of the sellers dashboard (mounted by commerce.sellers.dashboard.apps).

Staff: commission rules and payouts. A seller: their earnings (permission in apps.py)."""

from django.urls import path

from . import views

urlpatterns: list = [
    path(
        "commission-rules/",
        views.CommissionRuleListView.as_view(),
        name="commission-rule-list",
    ),
    path(
        "commission-rules/add/",
        views.CommissionRuleCreateView.as_view(),
        name="commission-rule-create",
    ),
    path(
        "commission-rules/<int:pk>/",
        views.CommissionRuleUpdateView.as_view(),
        name="commission-rule-update",
    ),
    path(
        "commission-rules/<int:pk>/delete/",
        views.CommissionRuleDeleteView.as_view(),
        name="commission-rule-delete",
    ),
    path("payouts/", views.PayoutListView.as_view(), name="payout-list"),
    path("payouts/export/", views.PayoutExportView.as_view(), name="payout-export"),
    path(
        "payouts/<int:pk>/approve/",
        views.PayoutDecideView.as_view(action="approve"),
        name="payout-approve",
    ),
    path(
        "payouts/<int:pk>/reject/",
        views.PayoutDecideView.as_view(action="reject"),
        name="payout-reject",
    ),
    path(
        "payouts/<int:pk>/paid/",
        views.PayoutDecideView.as_view(action="mark_paid"),
        name="payout-mark-paid",
    ),
    path("earnings/", views.SellerEarningsView.as_view(), name="seller-earnings"),
]
