from django.apps import AppConfig


class AffiliatesConfig(AppConfig):
    """Affiliates: referral links and codes, clicks, the orders they bring, commissions that
    follow each order's fate (a ledger, like sellers' earnings) and payouts."""

    name = "commerce.affiliates"
    label = "affiliates"
    verbose_name = "Affiliates"

    def ready(self):
        from commerce.order import lifecycle

        from .services.commissions import commissions_follow_order_change

        # The affiliates app's one listener; it dispatches by change kind (placing an order
        # records its referral first, then the commission).
        lifecycle.listen(commissions_follow_order_change)
