from django.urls import include, path
from oscar.core.application import OscarDashboardConfig


class SellersDashboardConfig(OscarDashboardConfig):
    """The marketplace's screens in Oscar's dashboard, under /shop/dashboard/sellers/: staff
    manage sellers, commission rules and payouts; a seller sees their home and earnings.

    One package per area (onboarding, money, home); each view states who may use it (staff,
    or an approved seller scoped by commerce.sellers.selectors.access)."""

    label = "sellers_dashboard"
    name = "commerce.sellers.dashboard"
    verbose_name = "Sellers dashboard"

    default_permissions = ["is_staff"]
    permissions_map = {
        # money: a seller's own earnings (the view lets approved sellers only).
        "seller-earnings": ["partner.dashboard_access"],
    }

    def get_urls(self):
        urls = [
            path("", include("commerce.sellers.dashboard.home.urls")),
            path("", include("commerce.sellers.dashboard.onboarding.urls")),
            path("", include("commerce.sellers.dashboard.money.urls")),
        ]
        return self.post_process_urls(urls)
