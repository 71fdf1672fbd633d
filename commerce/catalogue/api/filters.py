"""Query parameters of GET /products/ (django-filter); the queries themselves are selectors."""

import django_filters
from drf_spectacular.utils import extend_schema_field
from rest_framework import filters

from . import selectors


@extend_schema_field({"type": "string", "enum": ["true", "false"]})
class TrueFalseFilter(django_filters.TypedChoiceFilter):
    """`true` or `false`, anything else is a 400 (not silently ignored)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("choices", [("true", "true"), ("false", "false")])
        kwargs.setdefault("coerce", lambda value: value == "true")
        super().__init__(*args, **kwargs)


class ProductFilter(django_filters.FilterSet):
    """category, min_price/max_price, seller and available."""

    category = django_filters.NumberFilter(
        method="filter_category",
        min_value=1,
        help_text="Category id: products in it or any category below it.",
    )
    min_price = django_filters.NumberFilter(
        method="filter_price", min_value=0, help_text="Lowest price of the best offer (inclusive)."
    )
    max_price = django_filters.NumberFilter(
        method="filter_price", min_value=0, help_text="Highest price of the best offer (inclusive)."
    )
    seller = django_filters.NumberFilter(
        method="filter_seller",
        min_value=1,
        help_text="Seller (partner) id: products with an offer on sale from it.",
    )
    available = TrueFalseFilter(
        method="filter_available",
        help_text="true: can be bought now; false: cannot.",
    )

    def filter_category(self, queryset, name, value):
        return selectors.products_in_category(products=queryset, category_id=int(value))

    def filter_price(self, queryset, name, value):
        if name == "min_price":
            return selectors.products_priced(products=queryset, min_price=value)
        return selectors.products_priced(products=queryset, max_price=value)

    def filter_seller(self, queryset, name, value):
        return selectors.products_sold_by(products=queryset, partner_id=int(value))

    def filter_available(self, queryset, name, value):
        return selectors.products_available(products=queryset, available=value)


class SearchFilter(filters.SearchFilter):
    """DRF's search, minus characters PostgreSQL cannot hold in a text literal."""

    def get_search_terms(self, request):
        return [term.replace("\x00", "") for term in super().get_search_terms(request)]
