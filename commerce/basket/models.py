from decimal import ROUND_DOWN, Decimal

from django.core.exceptions import ObjectDoesNotExist
from oscar.apps.basket.abstract_models import AbstractBasket, AbstractLine
from oscar.core.utils import round_half_up_two_dec


class Basket(AbstractBasket):
    """Oscar's basket, which can add a chosen offer instead of the strategy's best one."""

    def add_product(self, product, quantity=1, options=None, stockrecord=None):
        """Oscar's add_product; `stockrecord` is the offer the shopper chose (validated by the
        add-to-basket form), None for the best offer on sale."""
        # Oscar prices the new line through get_stock_info(product, options), which has no
        # room for the offer: hold it on the basket for the length of this one call.
        self._chosen_offer = stockrecord
        try:
            return super().add_product(product, quantity, options)
        finally:
            self._chosen_offer = None

    add_product.alters_data = True
    add = add_product

    def get_stock_info(self, product, options):
        chosen = getattr(self, "_chosen_offer", None)
        if chosen is not None and chosen.product_id == product.pk:
            return self.strategy.fetch_for_product(product, stockrecord=chosen)
        return super().get_stock_info(product, options)

    def all_lines(self):
        if self.id is not None and self._lines is None:
            # The strategy reads each line's offer's seller (is it still on sale?).
            self._lines = (
                self.lines.select_related(
                    "product__product_class",
                    "product__parent__product_class",
                    "stockrecord__partner__seller",
                )
                .prefetch_related("attributes", "product__images")
                .order_by(self._meta.pk.name)
            )
        return super().all_lines()

    def _get_total(self, model_property):
        # Oscar's, except that a line with no price (its seller was suspended) is skipped when
        # the line's own offer cannot be bought; Oscar asks about the product's best offer,
        # which may be another seller's, and would then fail.
        total = Decimal("0.00")
        for line in self.all_lines():
            try:
                total += getattr(line, model_property)
            except ObjectDoesNotExist:
                pass
            except TypeError:
                if line.purchase_info.availability.is_available_to_buy:
                    raise
        return round_half_up_two_dec(total)


PENNY = Decimal("0.01")


class Line(AbstractLine):
    """Oscar's basket line, whose share of an offer's discount is whole pennies."""

    def discount(self, discount_value, affected_quantity, incl_tax=True, offer=None):
        # Oscar's benefits hand each line an unrounded share (10% of £16.99 is £1.699) and round
        # only the offer's total, down to the penny: the basket total then missed subtotal
        # minus the discounts shown by a penny. Shares rounded down the same way add up.
        share = Decimal(discount_value).quantize(PENNY, rounding=ROUND_DOWN)
        super().discount(share, affected_quantity, incl_tax=incl_tax, offer=offer)


from oscar.apps.basket.models import *  # noqa: E402,F403
