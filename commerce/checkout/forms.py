"""Checkout forms we add; Oscar's own checkout forms are still found by `get_class`."""

from django import forms
from django.utils.text import get_text_list
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .payment_methods import DESCRIPTIONS, PaymentMethod, payment_methods_offered


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
