"""Account forms we change; loaded instead of Oscar's by commerce/core/loading.py."""

from django import forms
from django.utils.translation import gettext_lazy as _
from oscar.apps.address.forms import UserAddressForm as OscarUserAddressForm
from oscar.apps.customer import forms as oscar_forms
from oscar.apps.customer.utils import normalise_email

from commerce.checkout.forms import ShippingCountryMixin


class UserAddressForm(ShippingCountryMixin, OscarUserAddressForm):
    """Oscar's address-book form, offering the shop's shipping countries only."""

    def __init__(self, user, *args, **kwargs):
        super().__init__(user, *args, **kwargs)
        self.adjust_country_field()


class AddressNotCheckedMixin:
    """The form does not say whether another account has the address (that would tell who
    has an account here): commerce.users.services decides, without telling."""

    def clean_email(self):
        return normalise_email(self.cleaned_data["email"])

    def _get_validation_exclusions(self):
        # Else the model's unique index on lower(email) would answer "already exists" (the
        # form's EmailField still checks the address is one).
        return {*super()._get_validation_exclusions(), "email"}


class EmailUserCreationForm(AddressNotCheckedMixin, oscar_forms.EmailUserCreationForm):
    """Oscar's sign-up form, silent about addresses that have an account."""


class ProfileForm(AddressNotCheckedMixin, oscar_forms.ProfileForm):
    """Oscar's profile form; changing the email address also asks for the current password
    (the address then changes when the link sent to it is followed)."""

    password = forms.CharField(
        label=_("Current password"),
        required=False,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_("Needed only to change your email address."),
    )

    def __init__(self, user, *args, **kwargs):
        super().__init__(user, *args, **kwargs)
        # Read now: validating sets the submitted address on `user` itself.
        self.current_email = user.email
