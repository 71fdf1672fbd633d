from oscar.core.application import OscarDashboardConfig


class PointsDashboardConfig(OscarDashboardConfig):
    """Staff screens for bonus points in Oscar's dashboard, under /shop/dashboard/points/: a
    shopper's points with their history, and manual adjustments (with a reason, recorded with
    who made them)."""

    label = "points_dashboard"
    name = "commerce.points.dashboard"
    verbose_name = "Bonus points dashboard"

    default_permissions = ["is_staff"]

    def get_urls(self):
        # Listed, not include()d: Oscar's menu finds a URL name's permissions only among an
        # app's own patterns.
        from .urls import urlpatterns

        return self.post_process_urls(list(urlpatterns))
