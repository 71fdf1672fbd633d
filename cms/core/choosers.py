"""Admin choosers for Oscar's products, categories and offers, searchable by title.

Oscar's models are not in Wagtail's search index, so each chooser filters with a plain
case-insensitive match instead of Wagtail's search backend.

The product chooser lists what a shopper browses: standalone and parent products (a variant's
title or code finds its parent), each with its picture, price and stock as its card shows them.
"""

from django import forms
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model
from oscar.templatetags.currency_filters import currency
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.chooser import ChooseResultsView, ChooseView
from wagtail.admin.viewsets.chooser import ChooserViewSet

from commerce.catalogue.cards import product_cards, products_for_cards, request_strategy
from commerce.catalogue.prices import site_offers_of

Product = get_model("catalogue", "Product")


class TitleSearchFilterForm(BaseFilterForm):
    q = forms.CharField(
        label="Search term",
        widget=forms.TextInput(attrs={"placeholder": "Search"}),
        required=False,
    )
    search_fields: tuple[str, ...] = ("title",)

    def search_condition(self, query: str) -> Q:
        condition = Q()
        for field in self.search_fields:
            condition |= Q(**{f"{field}__icontains": query})
        return condition

    def filter(self, objects):
        objects = super().filter(objects)
        query = (self.cleaned_data.get("q") or "").strip()
        if query:
            objects = objects.filter(self.search_condition(query))
            self.is_searching = True
            self.search_query = query
        return objects


class ProductFilterForm(TitleSearchFilterForm):
    search_fields = ("title", "upc")

    def search_condition(self, query: str) -> Q:
        # A variant's title or code finds its parent: variants are chosen through their parent.
        variants = Product.objects.filter(
            super().search_condition(query), parent__isnull=False
        ).values("parent_id")
        return super().search_condition(query) | Q(pk__in=variants)


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


_category_choose, _category_results = _chooser_views(CategoryFilterForm, ("path",))
_offer_choose, _offer_results = _chooser_views(OfferFilterForm, ("name", "pk"))


class ProductImageColumn(Column):
    cell_template_name = "cms_core/chooser/product_image_cell.html"


class ProductChooseMixin:
    """Standalone and parent products, never variants, with their cards for the columns."""

    filter_form_class = ProductFilterForm
    ordering = ("title", "pk")
    per_page = 20

    def get_object_list(self):
        return products_for_cards(
            Product.objects.browsable_dashboard().annotate(
                variant_count=Count("children", distinct=True)
            )
        )

    def get_results_page(self, request):
        page = super().get_results_page(request)
        page.object_list = list(page.object_list)
        strategy = request_strategy(request=request)
        cards = product_cards(
            products=page.object_list, strategy=strategy, offers=site_offers_of(request=request)
        )
        for product, card in zip(page.object_list, cards, strict=True):
            product.chooser_card = card
        return page

    @property
    def columns(self):
        return [
            ProductImageColumn("image", label=_("Picture"), accessor="chooser_card", width="80px"),
            self.title_column,
            Column("price", label=_("Price"), accessor=_price_shown),
            Column("stock", label=_("Stock"), accessor="chooser_card.status"),
            Column("variants", label=_("Variants"), accessor=_variants_shown),
        ]


def _price_shown(product) -> str:
    card = product.chooser_card
    if card.price is None:
        return ""
    amount = currency(card.price, card.currency)
    return _("from %(amount)s") % {"amount": amount} if card.is_parent else amount


def _variants_shown(product) -> str:
    return str(product.variant_count) if product.is_parent else ""


class ProductChooseView(ProductChooseMixin, ChooseView):
    pass


class ProductChooseResultsView(ProductChooseMixin, ChooseResultsView):
    pass


class ProductChooserViewSet(ChooserViewSet):
    model = "catalogue.Product"
    icon = "tag"
    choose_one_text = "Choose a product"
    choose_another_text = "Choose another product"
    edit_item_text = "Edit product"
    choose_view_class = ProductChooseView
    choose_results_view_class = ProductChooseResultsView
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
