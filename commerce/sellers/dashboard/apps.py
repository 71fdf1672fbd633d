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
        # The areas' patterns are listed, not include()d: Oscar's menu finds a URL name's
        # permissions only among an app's own patterns.
        from .home.urls import urlpatterns as home
        from .money.urls import urlpatterns as money
        from .onboarding.urls import urlpatterns as onboarding

        return self.post_process_urls([*home, *onboarding, *money])
