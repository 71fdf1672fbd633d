"""Reads that count facets for a listing: how many listed products each filter value would
show. Each facet counts against every selected filter except its own, in one query per facet."""

from dataclasses import dataclass, replace

from django.db.models import Count, Func, IntegerField, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from oscar.core.loading import get_model

from commerce.search.params import PRICE_BANDS, ListingParams
from commerce.search.selectors import (
    CATEGORY,
    PRICE,
    SELLER,
    STOCK,
    ListingScope,
    price_band_condition,
    product_listing,
    stock_condition,
    variant_condition,
)

Category = get_model("catalogue", "Category")
ProductCategory = get_model("catalogue", "ProductCategory")
ProductAttribute = get_model("catalogue", "ProductAttribute")
ProductAttributeValue = get_model("catalogue", "ProductAttributeValue")
AttributeOption = get_model("catalogue", "AttributeOption")
Partner = get_model("partner", "Partner")
StockRecord = get_model("partner", "StockRecord")


@dataclass(frozen=True)
class FacetValue:
    param: str
    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class Facet:
    name: str
    values: tuple[FacetValue, ...]


@dataclass(frozen=True)
class ListingCounts:
    total: int
    in_stock: int
    price_bands: dict[str, int]


class _CountDistinct(Func):
    """COUNT(DISTINCT expr) without GROUP BY, usable as a scalar subquery column."""

    template = "COUNT(DISTINCT %(expressions)s)"
    output_field = IntegerField()


def listing_counts(*, scope: ListingScope) -> ListingCounts:
    """The number of matching products, and per price band and in-stock, in one query."""
    params = scope.params
    products = product_listing(scope=scope, exclude=frozenset({PRICE, STOCK}))
    price_q = price_band_condition(keys=params.price_bands)
    stock_q = stock_condition(in_stock_only=params.in_stock)
    aggregates = {
        "total": Count("pk", filter=price_q & stock_q),
        "in_stock": Count("pk", filter=price_q & stock_condition(in_stock_only=True)),
    }
    for index, band in enumerate(PRICE_BANDS):
        aggregates[f"band_{index}"] = Count(
            "pk", filter=price_band_condition(keys=(band.key,)) & stock_q
        )
    row = products.order_by().aggregate(**aggregates)
    return ListingCounts(
        total=row["total"],
        in_stock=row["in_stock"],
        price_bands={band.key: row[f"band_{i}"] for i, band in enumerate(PRICE_BANDS)},
    )


def category_facet(*, scope: ListingScope, candidates: QuerySet | None = None) -> Facet:
    """Sub-categories (or top-level categories) with the number of matching products in each
    subtree; selected categories are listed even when they are elsewhere in the tree."""
    listed = product_listing(scope=scope, exclude=frozenset({CATEGORY})).values("pk")
    in_subtree = (
        ProductCategory.objects.filter(
            category__path__startswith=OuterRef("path"), product__in=listed
        )
        .order_by()
        .annotate(n=_CountDistinct("product_id"))
        .values("n")
    )
    selected = set(scope.params.category_ids)
    categories = (
        candidates if candidates is not None else Category.objects.filter(depth=1)
    ).browsable()
    if selected:
        categories = Category.objects.browsable().filter(
            Q(pk__in=categories.values("pk")) | Q(pk__in=selected)
        )
    rows = categories.annotate(num_products=Subquery(in_subtree)).order_by("path")
    values = [
        FacetValue("category", str(c.pk), c.name, c.num_products or 0, c.pk in selected)
        for c in rows
        if c.num_products or c.pk in selected
    ]
    return Facet("Category", tuple(values))


def price_facet(*, params: ListingParams, counts: ListingCounts) -> Facet:
    """Price bands with counts already taken by `listing_counts`."""
    values = [
        FacetValue("price", b.key, b.label, counts.price_bands[b.key], b.key in params.price_bands)
        for b in PRICE_BANDS
        if counts.price_bands[b.key] or b.key in params.price_bands
    ]
    return Facet("Price", tuple(values))


def stock_facet(*, params: ListingParams, counts: ListingCounts) -> Facet:
    """The in-stock-only switch with the number of products it would leave."""
    value = FacetValue("in_stock", "1", "In stock only", counts.in_stock, params.in_stock)
    return Facet("Availability", (value,))


def seller_facet(*, scope: ListingScope) -> Facet:
    """Sellers (partners) holding stock records for matching products, with product counts."""
    listed = product_listing(scope=scope, exclude=frozenset({SELLER})).values("pk")
    records = (
        StockRecord.objects.filter(Q(product__in=listed) | Q(product__parent__in=listed))
        .values("partner__code", "partner__name")
        .annotate(n=Count(Coalesce("product__parent_id", "product_id"), distinct=True))
        .order_by("partner__name")
    )
    selected = set(scope.params.sellers)
    values = [
        FacetValue(
            "seller", r["partner__code"], r["partner__name"], r["n"], r["partner__code"] in selected
        )
        for r in records
    ]
    return Facet("Seller", tuple(values))


def _attribute_option_counts(*, scope: ListingScope, code: str | None):
    """Option counts of attribute `code` (or of every unselected attribute when None), each
    counted on variants that match the other attributes' selections."""
    selections = scope.params.attributes
    all_attributes = frozenset(f"attr:{c}" for c, _ in selections)
    listed = product_listing(scope=scope, exclude=all_attributes).values("pk")
    others = [(c, options) for c, options in selections if c != code]
    values = ProductAttributeValue.objects.filter(
        Q(product__in=listed) | Q(product__parent__in=listed, product__is_public=True),
        variant_condition(attributes=others, product_ref="product"),
        value_option__isnull=False,
    )
    if code is None:
        values = values.exclude(attribute__code__in=[c for c, _ in selections])
    else:
        values = values.filter(attribute__code=code)
    return (
        values.values("attribute__code", "attribute__name", "value_option__option")
        .annotate(n=Count(Coalesce("product__parent_id", "product_id"), distinct=True))
        .order_by("attribute__name", "value_option__option")
    )


def attribute_facets(*, scope: ListingScope) -> list[Facet]:
    """One facet per option-type attribute (colour, size, ...) of the matching products:
    unselected attributes in one query, plus one query per attribute with a selection."""
    selections = scope.params.attribute_map
    rows = list(_attribute_option_counts(scope=scope, code=None))
    for code in selections:
        rows += list(_attribute_option_counts(scope=scope, code=code))
    facets: dict[str, tuple[str, list[FacetValue]]] = {}
    for row in rows:
        code = row["attribute__code"]
        option = row["value_option__option"]
        name, values = facets.setdefault(code, (row["attribute__name"], []))
        values.append(
            FacetValue(f"attr_{code}", option, option, row["n"], option in selections.get(code, ()))
        )
    return [Facet(name, tuple(values)) for name, values in facets.values()]


def listing_scope_validated(
    *, params: ListingParams, category_paths: tuple[str, ...] = ()
) -> ListingScope:
    """A ListingScope for `params` with unknown categories, sellers and attribute options
    dropped, so a stale or hand-edited link never empties a listing."""
    selected_paths: tuple[str, ...] = ()
    category_ids = params.category_ids
    if category_ids:
        found = dict(
            Category.objects.browsable().filter(pk__in=category_ids).values_list("pk", "path")
        )
        category_ids = tuple(pk for pk in category_ids if pk in found)
        selected_paths = tuple(found[pk] for pk in category_ids)
    sellers = params.sellers
    if sellers:
        known = set(Partner.objects.filter(code__in=sellers).values_list("code", flat=True))
        sellers = tuple(code for code in sellers if code in known)
    attributes = params.attributes
    if attributes:
        known_options = set(
            AttributeOption.objects.filter(
                group__product_attributes__code__in=[code for code, _ in attributes]
            ).values_list("group__product_attributes__code", "option")
        )
        attributes = tuple(
            (code, kept)
            for code, options in attributes
            if (kept := tuple(o for o in options if (code, o) in known_options))
        )
    return ListingScope(
        params=replace(params, category_ids=category_ids, sellers=sellers, attributes=attributes),
        category_paths=category_paths,
        selected_category_paths=selected_paths,
    )
