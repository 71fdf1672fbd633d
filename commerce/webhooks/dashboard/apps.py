from django.urls import path
from oscar.core.application import OscarDashboardConfig


class WebhooksDashboardConfig(OscarDashboardConfig):
    """Staff screens for webhooks in Oscar's dashboard, under /shop/dashboard/webhooks/.

    An Oscar dashboard app of its own (like Oscar's shipping dashboard), so Oscar's permission
    decorators guard the views and its menu shows the entry to staff only."""

    label = "webhooks_dashboard"
    name = "commerce.webhooks.dashboard"
    verbose_name = "Webhooks dashboard"

    default_permissions = ["is_staff"]

    def ready(self):
        from . import views

        self.views = views

    def get_urls(self):
        urls = [
            path("", self.views.EndpointListView.as_view(), name="webhook-list"),
            path("create/", self.views.EndpointCreateView.as_view(), name="webhook-create"),
            path("<int:pk>/", self.views.EndpointUpdateView.as_view(), name="webhook-update"),
            path(
                "<int:pk>/delete/", self.views.EndpointDeleteView.as_view(), name="webhook-delete"
            ),
        ]
        return self.post_process_urls(urls)
