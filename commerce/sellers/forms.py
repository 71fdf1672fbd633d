"""Forms of the sellers' pages and screens (validation only; writes are the services')."""

from django import forms

from commerce.core.forms import DecisionForm, ServiceErrorsMixin
from commerce.core.images import image_pixels_validate
from commerce.sellers.services.onboarding import PROFILE_FIELDS


class SellerApplicationForm(ServiceErrorsMixin, forms.Form):
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
    logo = forms.ImageField(required=False, validators=[image_pixels_validate])

    @classmethod
    def initial_from(cls, seller) -> dict:
        if seller is None:
            return {}
        return {field: getattr(seller, field) for field in PROFILE_FIELDS if field != "logo"}


class SellerDecisionForm(DecisionForm):
    """A staff decision on a seller, with the reason the seller reads in our email."""

    reader = "seller"
