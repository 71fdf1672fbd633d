"""Oscar's dashboard product forms (via commerce.core.loading): a sanitised description, and
product pictures within the shop's pixel limit."""

from oscar.apps.dashboard.catalogue import forms

from commerce.core.html import html_sanitise
from commerce.core.images import image_pixels_validate


class ProductForm(forms.ProductForm):
    def clean_description(self):
        # Oscar's product page prints the description as safe HTML.
        return html_sanitise(self.cleaned_data.get("description", ""))


class ProductImageForm(forms.ProductImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["original"].validators.append(image_pixels_validate)
