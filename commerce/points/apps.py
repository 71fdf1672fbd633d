from django.apps import AppConfig


class PointsConfig(AppConfig):
    """Bonus points: earned on purchases and actions, spent as money off later orders (an Oscar
    discount), kept in an append-only ledger per shopper (commerce.core.ledger)."""

    name = "commerce.points"
    label = "points"
    verbose_name = "Bonus points"
