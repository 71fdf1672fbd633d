"""The shop's delivery options. Oscar loads these through `get_class("shipping.methods", ...)`."""

from decimal import Decimal as D

from django.utils.translation import gettext_lazy as _
from oscar.apps.shipping.methods import *  # noqa: F403  (keep Oscar's Free, NoShippingRequired, ...)
from oscar.apps.shipping.methods import FixedPrice
from oscar.core import prices


class Standard(FixedPrice):
    """Standard delivery: a small flat charge (VAT included), free once the basket reaches
    a threshold."""

    code = "standard"
    name = _("Standard delivery")
    description = _("3-5 working days. Free on orders of £50 or more.")
    charge_excl_tax = charge_incl_tax = D("3.95")
    free_from = D("50.00")

    def calculate(self, basket):
        total = basket.total_incl_tax if basket.is_tax_known else basket.total_excl_tax
        if total >= self.free_from:
            return prices.Price(currency=basket.currency, excl_tax=D("0.00"), incl_tax=D("0.00"))
        return super().calculate(basket)


class Express(FixedPrice):
    """Express delivery: next working day when ordered before 2pm."""

    code = "express"
    name = _("Express delivery")
    description = _("Next working day when you order before 2pm.")
    charge_excl_tax = charge_incl_tax = D("9.95")
