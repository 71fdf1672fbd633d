"""Forms of the affiliates' money screens (staff): category rates, filters, a payout's
reference. They only collect input; the services decide."""

from django import forms
from oscar.core.loading import get_model

from commerce.affiliates.models import AffiliatePayoutStatus, CategoryRate, Commission
from commerce.core.forms import CategoryChoiceField

Category = get_model("catalogue", "Category")


class CategoryRateForm(forms.ModelForm):
    category = CategoryChoiceField(
        queryset=Category.objects.order_by("path"), help_text="Also covers its sub-categories."
    )

    class Meta:
        model = CategoryRate
        fields = ["category", "rate"]

    def clean_rate(self):
        rate = self.cleaned_data["rate"]
        if rate is not None and not 0 <= rate <= 100:
            raise forms.ValidationError("Enter a percentage from 0 to 100.")
        return rate


class CommissionFilterForm(forms.Form):
    status = forms.ChoiceField(
        choices=[("", "All")] + list(Commission.Status.choices), required=False
    )


class PayoutFilterForm(forms.Form):
    status = forms.ChoiceField(
        choices=[("", "All")] + list(AffiliatePayoutStatus.choices), required=False
    )
