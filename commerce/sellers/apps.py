from django.apps import AppConfig


class SellersConfig(AppConfig):
    """The marketplace: sellers on top of Oscar's partners, their products, commissions,
    earnings (a ledger) and payouts."""

    name = "commerce.sellers"
    label = "sellers"
    verbose_name = "Sellers"
