"""area endpoints of the affiliates API (mounted by commerce.affiliates.api.urls)."""

from django.urls import path

from . import views

urlpatterns: list = [
    path("affiliate/", views.SummaryView.as_view(), name="affiliate-summary"),
    path("affiliate/links/", views.LinksView.as_view(), name="affiliate-links"),
    path("affiliate/clicks/", views.ClicksView.as_view(), name="affiliate-clicks"),
    path("affiliate/commissions/", views.CommissionsView.as_view(), name="affiliate-commissions"),
    path("affiliate/payouts/", views.PayoutsView.as_view(), name="affiliate-payouts"),
]
