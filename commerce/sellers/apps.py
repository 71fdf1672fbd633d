from django.apps import AppConfig


class SellersConfig(AppConfig):
    """The marketplace: sellers on top of Oscar's partners, their products, commissions,
    earnings (a ledger) and payouts."""

    name = "commerce.sellers"
    label = "sellers"
    verbose_name = "Sellers"

    def ready(self):
        from commerce.order import lifecycle

        from .services.earnings import earnings_follow_order_change

        # The sellers app's one listener; it dispatches by change kind.
        lifecycle.listen(earnings_follow_order_change)
