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

        from .receivers import review_saved

        post_save.connect(
            review_saved,
            sender=get_model("reviews", "ProductReview"),
            dispatch_uid="points-review-bonus",
        )
