"""The affiliate area on the site (mounted at /affiliate/ by config/urls.py): the area itself,
the link generator, applying and choosing a readable code."""

from django.urls import path

from . import onboarding_views
from .area import views as area_views

app_name = "affiliates"

urlpatterns = [
    path("", area_views.AffiliateAreaView.as_view(), name="area"),
    path("links/", area_views.AffiliateLinksView.as_view(), name="links"),
    path("apply/", onboarding_views.AffiliateApplyView.as_view(), name="apply"),
    path("code/", onboarding_views.AffiliateCodeView.as_view(), name="code"),
]
