"""The affiliate area on the site (mounted at /affiliate/ by config/urls.py)."""

from django.urls import path

from .area import views as area_views

app_name = "affiliates"

urlpatterns: list = [
    path("", area_views.AffiliateAreaView.as_view(), name="area"),
    path("links/", area_views.AffiliateLinksView.as_view(), name="links"),
]
