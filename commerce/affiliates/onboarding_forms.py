"""Forms of the affiliate onboarding pages and staff screens (validation only; writes are
commerce.affiliates.services.onboarding)."""

from django import forms

from commerce.core.forms import DecisionForm, ServiceErrorsMixin


class AffiliateApplicationForm(ServiceErrorsMixin, forms.Form):
    """An application to be an affiliate."""

    website = forms.URLField(
        required=False, help_text="Your blog, channel or site, if you have one."
    )
    promotion = forms.CharField(
        label="How will you promote the shop?",
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        max_length=5000,
    )


class AffiliateCodeForm(ServiceErrorsMixin, forms.Form):
    """A readable referral code the affiliate would like instead of their unguessable one."""

    code = forms.CharField(
        max_length=32,
        help_text="3 to 32 lowercase letters, digits or hyphens, e.g. larder-friends. Links "
        "with your current code stop counting once you change it.",
    )


class AffiliateDecisionForm(DecisionForm):
    """A staff decision on an affiliate, with the reason the affiliate reads in our email."""

    reader = "affiliate"


class AffiliateRateForm(forms.Form):
    """The affiliate's personal commission rate; empty uses category rates and the default."""

    rate = forms.DecimalField(
        label="Personal rate (%)",
        required=False,
        min_value=0,
        max_value=100,
        max_digits=5,
        decimal_places=2,
        help_text="Above every category rate and the shop default. Empty: use those.",
    )


class AffiliateVoucherForm(forms.Form):
    """An Oscar voucher, by its code, to tie to the affiliate."""

    voucher_code = forms.CharField(label="Voucher code", max_length=128)
