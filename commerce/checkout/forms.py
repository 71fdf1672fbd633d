"""Checkout forms we add; Oscar's own checkout forms are still found by `get_class`."""

from django import forms
from django.utils.html import format_html
from django.utils.text import get_text_list
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from oscar.apps.checkout.forms import GatewayForm as OscarGatewayForm
from oscar.apps.checkout.forms import ShippingAddressForm as OscarShippingAddressForm
from oscar.core.loading import get_model

from .payment_methods import DESCRIPTIONS, PaymentMethod, payment_methods_offered

Country = get_model("address", "Country")


class PaymentMethodForm(forms.Form):
    """The shopper's choice of offline payment, re-posted from the preview page."""

    payment_method = forms.ChoiceField(
        label=_("How would you like to pay?"), widget=forms.RadioSelect
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        offered = payment_methods_offered()
        names = get_text_list([str(method.label).lower() for method in offered], gettext("or"))
        field = self.fields["payment_method"]
        field.choices = [(method.value, method.label) for method in offered]
        field.error_messages = {
            "required": gettext("Choose how you would like to pay: %(names)s.") % {"names": names},
            # %%(value)s stays for Django to fill with what was posted.
            "invalid_choice": gettext(
                "“%%(value)s” is not a payment method we offer. Choose %(names)s."
            )
            % {"names": names},
        }

    def options(self) -> list[tuple[str, str, str]]:
        """(code, label, description) for each method offered, for the radio list on the page."""
        return [
            (code, label, DESCRIPTIONS[code])
            for code, label in self.fields["payment_method"].choices
        ]

    @property
    def method(self) -> PaymentMethod:
        return PaymentMethod(self.cleaned_data["payment_method"])


class SingleChoiceWidget(forms.HiddenInput):
    """A choice with one option: sent as a hidden field and shown as text beside its label."""

    def __init__(self, *, text: str, attrs=None):
        super().__init__(attrs)
        self.text = text

    @property
    def is_hidden(self) -> bool:
        # Shown as a field (label and text), though its input is hidden.
        return False

    def render(self, name, value, attrs=None, renderer=None):
        hidden = super().render(name, value, attrs, renderer)
        return format_html('{}<p class="form-control-plaintext mb-0">{}</p>', hidden, self.text)


class ShippingCountryMixin:
    """Address forms offer the shipping countries only; a single one is not a choice: it is
    shown as text and sent as a hidden field (and used when the field is left out)."""

    def adjust_country_field(self):
        countries = Country._default_manager.filter(is_shipping_country=True)
        field = self.fields["country"]
        field.queryset = countries
        field.empty_label = None
        if len(countries) == 1:
            (self.single_country,) = countries
            field.required = False
            field.initial = self.single_country.pk
            field.widget = SingleChoiceWidget(text=self.single_country.printable_name)

    def clean_country(self):
        country = self.cleaned_data.get("country")
        return country or getattr(self, "single_country", None)


class ShippingAddressForm(ShippingCountryMixin, OscarShippingAddressForm):
    """Oscar's checkout address form, showing a single shipping country instead of hiding it."""


class GatewayForm(OscarGatewayForm):
    """Oscar's "who are you" step, silent about addresses that have an account: a new customer
    goes on to the registration page whatever address they typed (it answers the same either
    way, commerce.users.services.user_register), and a guest with an account's address may
    check out as a guest (OSCAR_ALLOW_GUEST_CHECKOUT_WITH_ACCOUNT)."""

    def clean(self):
        if self.is_new_account_checkout():
            if "password" in self.errors:
                del self.errors["password"]
            return self.cleaned_data
        return super().clean()
