from oscar.core.application import OscarDashboardConfig


class AffiliatesDashboardConfig(OscarDashboardConfig):
    """Staff screens for affiliates in Oscar's dashboard, under /shop/dashboard/affiliates/:
    applications and standing, personal and category rates, vouchers tied to affiliates,
    commissions and payouts. One package per area."""

    label = "affiliates_dashboard"
    name = "commerce.affiliates.dashboard"
    verbose_name = "Affiliates dashboard"

    default_permissions = ["is_staff"]

    def get_urls(self):
        # Listed, not include()d: Oscar's menu finds a URL name's permissions only among an
        # app's own patterns.
        from .money.urls import urlpatterns as money
        from .onboarding.urls import urlpatterns as onboarding

        return self.post_process_urls([*onboarding, *money])
