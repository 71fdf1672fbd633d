"""The shop's delivery options. Oscar loads these through `get_class("shipping.methods", ...)`."""

from decimal import Decimal as D

from django.utils.translation import gettext_lazy as _
from oscar.apps.shipping.methods import *  # noqa: F403  (keep Oscar's Free, NoShippingRequired, ...)
from oscar.apps.shipping.methods import Base
from oscar.core import prices


class FlatRate(Base):
    """A fixed charge per order; UK prices include VAT, so the charge is tax-inclusive."""

    charge = D("0.00")

    def charge_for(self, basket) -> D:
        return self.charge

    def calculate(self, basket):
        charge = self.charge_for(basket)
        return prices.Price(currency=basket.currency, excl_tax=charge, incl_tax=charge)


class Standard(FlatRate):
    """Standard delivery: a small flat charge, free once the basket reaches a threshold."""

    code = "standard"
    name = _("Standard delivery")
    description = _("3-5 working days. Free on orders of £50 or more.")
    charge = D("3.95")
    free_from = D("50.00")

    def charge_for(self, basket) -> D:
        total = basket.total_incl_tax if basket.is_tax_known else basket.total_excl_tax
        return D("0.00") if total >= self.free_from else self.charge


class Express(FlatRate):
    """Express delivery: next working day when ordered before 2pm."""

    code = "express"
    name = _("Express delivery")
    description = _("Next working day when you order before 2pm.")
    charge = D("9.95")
