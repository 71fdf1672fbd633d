"""The seller's order search: Oscar's search form without what would tell them about other
sellers' goods or the shopper's payment (voucher, payment method, order status)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model
from oscar.forms.widgets import DatePickerInput

Line = get_model("order", "Line")


class SellerOrderSearchForm(forms.Form):
    order_number = forms.CharField(required=False, label=_("Order number"))
    name = forms.CharField(required=False, label=_("Ship to name"))
    product_title = forms.CharField(required=False, label=_("Product name"))
    upc = forms.CharField(required=False, label=_("UPC"))
    partner_sku = forms.CharField(required=False, label=_("Your SKU"))
    line_status = forms.ChoiceField(required=False, label=_("Status of your lines"), choices=())
    date_from = forms.DateField(required=False, label=_("Date from"), widget=DatePickerInput)
    date_to = forms.DateField(required=False, label=_("Date to"), widget=DatePickerInput)
    response_format = forms.ChoiceField(
        widget=forms.RadioSelect,
        required=False,
        choices=(("html", _("HTML")), ("csv", _("CSV"))),
        initial="html",
        label=_("Get results as"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        statuses = [(status, status) for status in Line.all_statuses()]
        self.fields["line_status"].choices = [("", "---------"), *statuses]

    def filters(self) -> dict:
        """The search terms given, by the name commerce.sellers.selectors.orders expects."""
        return {
            key: value
            for key, value in self.cleaned_data.items()
            if value and key != "response_format"
        }

    def descriptions(self) -> list[str]:
        """One "Label: value" per search term, shown above the results."""
        return [f"{self.fields[key].label}: {value}" for key, value in self.filters().items()]
