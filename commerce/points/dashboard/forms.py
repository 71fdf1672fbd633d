from uuid import uuid4

from django import forms


class ShopperSearchForm(forms.Form):
    email = forms.CharField(label="Email", required=False, max_length=254)


class PointsAdjustmentForm(forms.Form):
    """Points to give (positive) or take away (negative), and why."""

    points = forms.IntegerField(
        label="Points",
        help_text="A positive number gives points (they expire as configured); a negative one "
        "takes available points away.",
    )
    reason = forms.CharField(
        label="Reason",
        max_length=255,
        help_text="Required; the shopper sees it in their history.",
    )
    # One adjustment per rendered form, however often it is submitted.
    key = forms.CharField(widget=forms.HiddenInput, max_length=32, initial=lambda: uuid4().hex)

    def clean_key(self) -> str:
        key = self.cleaned_data["key"]
        if not key.isalnum():
            raise forms.ValidationError("Reload the page and submit the form again.")
        return key
