"""Reads that count facets for a listing: how many listed products each filter value would
show. Each facet counts against every selected filter except its own, in one query per facet."""

from dataclasses import dataclass, replace

from django.db.models import Count, F, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce, Substr
from oscar.core.loading import get_model

from commerce.partner.pricing import offers_on_sale, partners_selling
from commerce.search.facet_cache import facet_counts_cached
from commerce.search.params import PRICE_BANDS, ListingParams
from commerce.search.selectors import (
    CATEGORY,
    PRICE,
    SELLER,
    STOCK,
    ListingScope,
    product_listing,
    variant_condition,
)
from commerce.search.vocabulary import vocabulary_version

Category = get_model("catalogue", "Category")
ProductCategory = get_model("catalogue", "ProductCategory")
ProductAttribute = get_model("catalogue", "ProductAttribute")
ProductAttributeValue = get_model("catalogue", "ProductAttributeValue")
AttributeOption = get_model("catalogue", "AttributeOption")


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


@dataclass(frozen=True)
class ListingFacets:
    counts: ListingCounts
    facets: tuple[Facet, ...]


def _band_of(price) -> str:
    # PRICE_BANDS are contiguous and ascending: the first band whose top is above the price.
    if price is None:
        return ""
    return next(b.key for b in PRICE_BANDS if b.high is None or price < b.high)


def listing_counts(*, scope: ListingScope) -> ListingCounts:
    """The number of matching products, and per price band and in-stock, from one query
    grouped by (offer price, in stock): each product's best offer is ranked once, and the
    prices are sorted into bands here rather than by repeating the ranking per band in SQL."""
    params = scope.params
    products = product_listing(scope=scope, exclude=frozenset({PRICE, STOCK}))
    rows = (
        products.order_by()
        .values(price=F("offer_price"), stock=F("offer_in_stock"))
        .annotate(n=Count("pk"))
        .values_list("price", "stock", "n")
    )
    total = in_stock = 0
    per_band = {b.key: 0 for b in PRICE_BANDS}
    for price, stock, n in rows:
        band = _band_of(price)
        in_bands = not params.price_bands or band in params.price_bands
        stock_ok = stock or not params.in_stock
        if in_bands and stock_ok:
            total += n
        if in_bands and stock:
            in_stock += n
        if stock_ok and band:
            per_band[band] += n
    return ListingCounts(total=total, in_stock=in_stock, price_bands=per_band)


def category_facet(*, scope: ListingScope, parent=None) -> Facet:
    """Sub-categories of `parent` (or top-level categories) with the number of matching
    products in each subtree, counted in one grouped query."""
    depth = parent.depth + 1 if parent is not None else 1
    listed = product_listing(scope=scope, exclude=frozenset({CATEGORY})).values("pk")
    links = ProductCategory.objects.filter(product__in=listed, category__depth__gte=depth)
    if parent is not None:
        links = links.filter(category__path__startswith=parent.path)
    subtree_root = Category.objects.browsable().filter(path=OuterRef("subtree"))
    rows = (
        links.annotate(subtree=Substr("category__path", 1, Category.steplen * depth))
        .values("subtree")
        .annotate(
            n=Count("product_id", distinct=True),
            category_pk=Subquery(subtree_root.values("pk")[:1]),
            category_name=Subquery(subtree_root.values("name")[:1]),
        )
        .order_by("subtree")
    )
    selected = set(scope.params.category_ids)
    values = [
        FacetValue(
            "category",
            str(row["category_pk"]),
            row["category_name"],
            row["n"],
            row["category_pk"] in selected,
        )
        for row in rows
        if row["category_pk"] is not None
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


def _of_listed(rows: QuerySet, *, listed: QuerySet) -> QuerySet:
    """`rows` (pointing at a product) of a listed product or of a public variant of one,
    aliased with `listed_pk`, the listed product they count for."""
    # One semi-join on the listed product's pk; "the product is listed OR its parent is" would
    # make PostgreSQL test every row against the listing twice.
    return rows.alias(listed_pk=Coalesce("product__parent_id", "product_id")).filter(
        Q(product__parent__isnull=True) | Q(product__is_public=True), listed_pk__in=listed
    )


def seller_facet(*, scope: ListingScope) -> Facet:
    """Sellers with an offer on sale for matching products (the shop's own partner included,
    suspended sellers not), with how many matching products each offers."""
    listed = product_listing(scope=scope, exclude=frozenset({SELLER})).values("pk")
    records = (
        _of_listed(offers_on_sale(), listed=listed)
        .values("partner__code")
        .annotate(
            label=Coalesce("partner__seller__name", "partner__name"),
            n=Count("listed_pk", distinct=True),
        )
        .order_by("label")
    )
    selected = set(scope.params.sellers)
    values = [
        FacetValue("seller", r["partner__code"], r["label"], r["n"], r["partner__code"] in selected)
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
    values = _of_listed(ProductAttributeValue.objects.all(), listed=listed).filter(
        variant_condition(attributes=others, product_ref="product"),
        value_option__isnull=False,
    )
    if code is None:
        values = values.exclude(attribute__code__in=[c for c, _ in selections])
    else:
        values = values.filter(attribute__code=code)
    return (
        values.values("attribute__code", "attribute__name", "value_option__option")
        .annotate(n=Count("listed_pk", distinct=True))
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


def listing_facets(*, scope: ListingScope, parent=None) -> ListingFacets:
    """The listing's counts and every facet in sidebar order (category, price, stock, seller,
    attributes), counted once per listing scope and catalogue version (facet_cache)."""

    def counted() -> ListingFacets:
        counts = listing_counts(scope=scope)
        facets = (
            category_facet(scope=scope, parent=parent),
            price_facet(params=scope.params, counts=counts),
            stock_facet(params=scope.params, counts=counts),
            seller_facet(scope=scope),
            *attribute_facets(scope=scope),
        )
        return ListingFacets(counts=counts, facets=facets)

    params = replace(scope.params, sort="")  # the order of a listing does not change a count
    # A search respells words with the catalogue's vocabulary, which has a version of its own.
    words = vocabulary_version() if params.query else ""
    scope_key = (replace(scope, params=params), parent and parent.path, words)
    return facet_counts_cached(scope_key=scope_key, compute=counted)


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
        known = set(partners_selling().filter(code__in=sellers).values_list("code", flat=True))
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
