"""Forms of the money screens: commission rules (staff), payout decisions (staff), a seller's
payout request. They only collect input; the services decide."""

from django import forms
from oscar.core.loading import get_class, get_model

from commerce.core.forms import CategoryChoiceField
from commerce.sellers.models import CommissionKind, CommissionRule, PayoutStatus

Category = get_model("catalogue", "Category")
ProductSelect = get_class("dashboard.catalogue.widgets", "ProductSelect")


class CommissionRuleForm(forms.ModelForm):
    """A rule: leave every dimension empty for the shop default; each one set narrows it."""

    category = CategoryChoiceField(
        queryset=Category.objects.order_by("path"),
        required=False,
        help_text="Also covers its sub-categories.",
    )

    class Meta:
        model = CommissionRule
        fields = ["seller", "product", "category", "product_class", "kind", "value"]
        widgets = {"product": ProductSelect}
        help_texts = {
            "seller": "Only this seller's sales.",
            "product": "Only this product (and its variants).",
            "product_class": "Only products of this type.",
        }

    def clean(self):
        cleaned = super().clean()
        value = cleaned.get("value")
        if value is not None and value < 0:
            self.add_error("value", "Enter a commission of zero or more.")
        elif cleaned.get("kind") == CommissionKind.PERCENTAGE and value is not None and value > 100:
            self.add_error("value", "A percentage cannot be more than 100.")
        return cleaned


class PayoutFilterForm(forms.Form):
    status = forms.ChoiceField(choices=[("", "All")] + list(PayoutStatus.choices), required=False)


class PayoutRejectForm(forms.Form):
    reason = forms.CharField(max_length=255, help_text="Sent to the seller.")


class PayoutPaidForm(forms.Form):
    reference = forms.CharField(max_length=128, help_text="The bank transfer's reference.")


class PayoutRequestForm(forms.Form):
    amount = forms.DecimalField(
        max_digits=12,
        decimal_places=2,
        required=False,
        help_text="Leave empty to ask for everything available.",
    )
