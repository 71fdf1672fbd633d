"""Account forms we change; loaded instead of Oscar's by commerce/core/loading.py."""

from oscar.apps.address.forms import UserAddressForm as OscarUserAddressForm

from commerce.checkout.forms import ShippingCountryMixin


class UserAddressForm(ShippingCountryMixin, OscarUserAddressForm):
    """Oscar's address-book form, offering the shop's shipping countries only."""

    def __init__(self, user, *args, **kwargs):
        super().__init__(user, *args, **kwargs)
        self.adjust_country_field()
