from django.apps import AppConfig


class AffiliatesConfig(AppConfig):
    """Affiliates: referral links and codes, clicks, the orders they bring, commissions that
    follow each order's fate (a ledger, like sellers' earnings) and payouts."""

    name = "commerce.affiliates"
    label = "affiliates"
    verbose_name = "Affiliates"

    def ready(self):
        from commerce.order import lifecycle

        from .services.tracking import referral_follow_order_placed

        # The affiliates app's one listener (the commissions listener joins it here).
        lifecycle.listen(referral_follow_order_placed)
