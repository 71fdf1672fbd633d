"""Admin choosers for Oscar's products, categories and offers, searchable by title.

Oscar's models are not in Wagtail's search index, so each chooser filters with a plain
case-insensitive match instead of Wagtail's search backend.
"""

from django import forms
from django.db.models import Q
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.views.generic.chooser import ChooseResultsView, ChooseView
from wagtail.admin.viewsets.chooser import ChooserViewSet


class TitleSearchFilterForm(BaseFilterForm):
    q = forms.CharField(
        label="Search term",
        widget=forms.TextInput(attrs={"placeholder": "Search"}),
        required=False,
    )
    search_fields: tuple[str, ...] = ("title",)

    def filter(self, objects):
        objects = super().filter(objects)
        query = (self.cleaned_data.get("q") or "").strip()
        if query:
            condition = Q()
            for field in self.search_fields:
                condition |= Q(**{f"{field}__icontains": query})
            objects = objects.filter(condition)
            self.is_searching = True
            self.search_query = query
        return objects


class ProductFilterForm(TitleSearchFilterForm):
    search_fields = ("title", "upc")


class CategoryFilterForm(TitleSearchFilterForm):
    search_fields = ("name",)


class OfferFilterForm(TitleSearchFilterForm):
    search_fields = ("name",)


def _chooser_views(filter_form, ordering):
    mixin = type("FilterMixin", (), {"filter_form_class": filter_form, "ordering": ordering})
    return (
        type("ChooseView", (mixin, ChooseView), {}),
        type("ChooseResultsView", (mixin, ChooseResultsView), {}),
    )


_product_choose, _product_results = _chooser_views(ProductFilterForm, ("title", "pk"))
_category_choose, _category_results = _chooser_views(CategoryFilterForm, ("path",))
_offer_choose, _offer_results = _chooser_views(OfferFilterForm, ("name", "pk"))


class ProductChooserViewSet(ChooserViewSet):
    model = "catalogue.Product"
    icon = "tag"
    choose_one_text = "Choose a product"
    choose_another_text = "Choose another product"
    edit_item_text = "Edit product"
    choose_view_class = _product_choose
    choose_results_view_class = _product_results
    # Products are edited in Oscar's dashboard, never created from a page.
    creation_form_class = None
    form_fields = None


class CategoryChooserViewSet(ChooserViewSet):
    model = "catalogue.Category"
    icon = "folder-open-inverse"
    choose_one_text = "Choose a category"
    choose_another_text = "Choose another category"
    edit_item_text = "Edit category"
    choose_view_class = _category_choose
    choose_results_view_class = _category_results


class OfferChooserViewSet(ChooserViewSet):
    model = "offer.ConditionalOffer"
    icon = "pick"
    choose_one_text = "Choose an offer"
    choose_another_text = "Choose another offer"
    edit_item_text = "Edit offer"
    choose_view_class = _offer_choose
    choose_results_view_class = _offer_results


product_chooser_viewset = ProductChooserViewSet("product_chooser", url_prefix="choosers/products")
category_chooser_viewset = CategoryChooserViewSet(
    "category_chooser", url_prefix="choosers/categories"
)
offer_chooser_viewset = OfferChooserViewSet("offer_chooser", url_prefix="choosers/offers")
