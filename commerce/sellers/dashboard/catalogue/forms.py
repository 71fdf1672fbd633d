"""Oscar's dashboard product form (via commerce.core.loading), with a sanitised description."""

from oscar.apps.dashboard.catalogue import forms

from commerce.core.html import html_sanitise


class ProductForm(forms.ProductForm):
    def clean_description(self):
        # Oscar's product page prints the description as safe HTML.
        return html_sanitise(self.cleaned_data.get("description", ""))
