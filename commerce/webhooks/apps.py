from django.apps import AppConfig


class WebhooksConfig(AppConfig):
    """Order webhooks for external apps: endpoints staff register, and the log of deliveries."""

    name = "commerce.webhooks"
    label = "webhooks"
    verbose_name = "Webhooks"

    def ready(self):
        from commerce.order import lifecycle

        from .services import webhooks_follow_order_change

        lifecycle.listen(webhooks_follow_order_change)
