from oscar.apps.dashboard.catalogue import apps
from oscar.core.loading import get_class


class CatalogueDashboardConfig(apps.CatalogueDashboardConfig):
    """Oscar's dashboard catalogue, with the stock alerts list open to sellers (partner users),
    who see the alerts on their own offers only (commerce.sellers.dashboard.catalogue.views)."""

    def configure_permissions(self):
        super().configure_permissions()
        DashboardPermission = get_class("dashboard.permissions", "DashboardPermission")
        self.permissions_map["stock-alert-list"] = (
            DashboardPermission.get("partner", "view_stockalert"),
            DashboardPermission.partner_dashboard_access,
        )
