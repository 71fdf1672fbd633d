"""Checkout forms we add; Oscar's own checkout forms are still found by `get_class`."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .payment_methods import DESCRIPTIONS, PaymentMethod


class PaymentMethodForm(forms.Form):
    """The shopper's choice of offline payment, re-posted from the preview page."""

    payment_method = forms.ChoiceField(
        label=_("How would you like to pay?"),
        choices=PaymentMethod.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose how you would like to pay: cash on delivery or bank transfer."),
            "invalid_choice": _(
                "“%(value)s” is not a payment method we offer. "
                "Choose cash on delivery or bank transfer."
            ),
        },
    )

    def options(self) -> list[tuple[str, str, str]]:
        """(code, label, description) for each method, for the radio list on the page."""
        return [(code, label, DESCRIPTIONS[code]) for code, label in PaymentMethod.choices]

    @property
    def method(self) -> PaymentMethod:
        return PaymentMethod(self.cleaned_data["payment_method"])
