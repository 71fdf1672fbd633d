"""Forms of the sellers' pages and screens (validation only; writes are the services')."""

from django import forms
from django.core.exceptions import ValidationError

from commerce.sellers.services.onboarding import PROFILE_FIELDS


class SellerApplicationForm(forms.Form):
    """An application to sell (also a refused applicant's updated application)."""

    name = forms.CharField(label="Shop name", max_length=128, help_text="Shown to shoppers.")
    description = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 6}),
        required=False,
        max_length=20000,
        help_text="What you sell and how you make it. Simple formatting (bold, lists, links) "
        "is kept.",
    )
    contact_email = forms.EmailField(help_text="Where we write about your application and orders.")
    contact_phone = forms.CharField(max_length=32, required=False)
    logo = forms.ImageField(required=False)

    def add_service_error(self, error: ValidationError) -> None:
        """Show a service's ValidationError next to its field, or above the form."""
        if not hasattr(error, "error_dict"):
            self.add_error(None, error)
            return
        for field, messages in error.message_dict.items():
            self.add_error(field if field in self.fields else None, messages)

    @classmethod
    def initial_from(cls, seller) -> dict:
        if seller is None:
            return {}
        return {field: getattr(seller, field) for field in PROFILE_FIELDS if field != "logo"}


class SellerDecisionForm(forms.Form):
    """A staff decision on a seller, with the reason the seller reads in our email."""

    ACTIONS = ("approve", "reject", "suspend", "reinstate")

    action = forms.ChoiceField(choices=[(a, a) for a in ACTIONS], widget=forms.HiddenInput)
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=2000,
        help_text="Needed to refuse or suspend: the seller reads it in our email.",
    )
