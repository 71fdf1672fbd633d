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
        method="filter_price", min_value=0, help_text="Lowest price (inclusive)."
    )
    max_price = django_filters.NumberFilter(
        method="filter_price", min_value=0, help_text="Highest price (inclusive)."
    )
    seller = django_filters.NumberFilter(
        method="filter_seller", min_value=1, help_text="Seller (partner) id."
    )
    available = TrueFalseFilter(
        method="filter_available",
        help_text="true: can be bought now; false: cannot.",
    )

    def filter_category(self, queryset, name, value):
        return selectors.products_in_category(products=queryset, category_id=int(value))

    def filter_price(self, queryset, name, value):
        # min and max go to one selector call so both bounds apply to the same stock record.
        if name == "max_price" and self.form.cleaned_data.get("min_price") is not None:
            return queryset
        return selectors.products_priced_between(
            products=queryset,
            min_price=self.form.cleaned_data.get("min_price"),
            max_price=self.form.cleaned_data.get("max_price"),
        )

    def filter_seller(self, queryset, name, value):
        return selectors.products_sold_by(products=queryset, partner_id=int(value))

    def filter_available(self, queryset, name, value):
        return selectors.products_available(products=queryset, available=value)


class SearchFilter(filters.SearchFilter):
    """DRF's search, minus characters PostgreSQL cannot hold in a text literal."""

    def get_search_terms(self, request):
        return [term.replace("\x00", "") for term in super().get_search_terms(request)]
