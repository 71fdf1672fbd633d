from django.apps import AppConfig


class PointsConfig(AppConfig):
    """Bonus points: earned on purchases and actions, spent as money off later orders (an Oscar
    discount), kept in an append-only ledger per shopper (commerce.core.ledger)."""

    name = "commerce.points"
    label = "points"
    verbose_name = "Bonus points"

    def ready(self):
        from django.db.models.signals import post_save
        from oscar.core.loading import get_model

        from commerce.order import lifecycle

        from .receivers import review_saved
        from .services.lifecycle import points_follow_order_change

        # The points app's one listener; it dispatches by change kind (placing an order spends
        # the points its discount stands for first, then credits what it earns).
        lifecycle.listen(points_follow_order_change)
        post_save.connect(
            review_saved,
            sender=get_model("reviews", "ProductReview"),
            dispatch_uid="points-review-bonus",
        )
