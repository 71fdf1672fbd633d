"""Which delivery options the basket and the shipping-method step of checkout offer."""

from oscar.apps.shipping import repository
from oscar.core.loading import get_model

OrderAndItemCharges = get_model("shipping", "OrderAndItemCharges")
WeightBased = get_model("shipping", "WeightBased")

DEFAULT_METHOD_CODE = "standard"


class Repository(repository.Repository):
    """The shipping methods in the database, as staff set them: Standard first (the basket
    page's estimate), then the others cheapest first for this basket.

    Standard and Express are created by commerce_core's 0003_shipping_methods migration and
    edited in the Django admin (Oscar's "Order and Item Charges"); weight-based methods come
    from Oscar's shipping dashboard. With none in the database, Oscar's default applies (free
    shipping) rather than an error on every basket page."""

    def get_available_shipping_methods(self, basket, shipping_addr=None, **kwargs):
        methods = [*OrderAndItemCharges.objects.all(), *WeightBased.objects.all()]
        if not methods:
            return super().get_available_shipping_methods(
                basket, shipping_addr=shipping_addr, **kwargs
            )
        return sorted(
            methods,
            key=lambda method: (
                method.code != DEFAULT_METHOD_CODE,
                method.calculate(basket).incl_tax,
            ),
        )
