from django.apps import AppConfig


class PointsConfig(AppConfig):
    """Bonus points: earned on purchases and actions, spent as money off later orders (an Oscar
    discount), kept in an append-only ledger per shopper (commerce.core.ledger)."""

    name = "commerce.points"
    label = "points"
    verbose_name = "Bonus points"

    def ready(self):
        from commerce.order import lifecycle

        from .services.lifecycle import points_follow_order_change

        # The points app's one listener; it dispatches by change kind (placing an order spends
        # the points its discount stands for first, then credits what it earns).
        lifecycle.listen(points_follow_order_change)
