"""Reads for browsing and searching the catalogue on the shop's own database.

Price and stock are the marketplace's one pricing rule's stored results (the catalogue listing,
commerce.search.models.ListedProduct, read through commerce.partner.pricing's
`products_with_listed_offer`: `offer_price`, `offer_in_stock` of the best offer on sale), so
that a listing filters, counts and sorts on one indexed table without ranking offers per
request. The page itself is priced by `request.strategy`, the same rule in Python, in its
product cards (commerce.catalogue.cards)."""

from dataclasses import dataclass

from django.db.models import Exists, F, OuterRef, Q, QuerySet, prefetch_related_objects
from oscar.core.loading import get_model

from commerce.partner.pricing import (
    offers_prefetch,
    products_offered_by,
    products_with_listed_offer,
)
from commerce.search.listing import listing_refresh_pending
from commerce.search.matching import matching_products
from commerce.search.params import PRICE_BANDS_BY_KEY, ListingParams
from commerce.search.words import page_search_terms

Product = get_model("catalogue", "Product")
ProductCategory = get_model("catalogue", "ProductCategory")
ProductAttributeValue = get_model("catalogue", "ProductAttributeValue")
Category = get_model("catalogue", "Category")
Option = get_model("catalogue", "Option")
Partner = get_model("partner", "Partner")
StockRecord = get_model("partner", "StockRecord")

# Facet names used by `product_listing(exclude=...)`, so each facet counts against every filter
# except its own (a shopper can widen a selection without first clearing it).
CATEGORY, PRICE, SELLER, STOCK = "category", "price", "seller", "stock"


@dataclass(frozen=True)
class ListingScope:
    """Where a listing looks: the whole catalogue or one category subtree, plus selected
    facet categories (validated) and what the shopper asked for."""

    params: ListingParams
    category_paths: tuple[str, ...] = ()
    selected_category_paths: tuple[str, ...] = ()


def _in_category_paths(paths: tuple[str, ...]) -> Q:
    condition = Q()
    for path in paths:
        condition |= Q(category__path__startswith=path)
    return Q(Exists(ProductCategory.objects.filter(condition, product=OuterRef("pk"))))


def _partners_with_codes(codes: tuple[str, ...]) -> QuerySet:
    return Partner.objects.filter(code__in=codes).values("pk")


def variant_condition(*, attributes, product_ref: str = "pk") -> Q:
    """Q on a row pointing at a sellable product (standalone or variant, via `product_ref`)
    that has, for every (code, options) in `attributes`, one of those options."""
    condition = Q()
    for code, options in attributes:
        condition &= Q(
            Exists(
                ProductAttributeValue.objects.filter(
                    product=OuterRef(product_ref),
                    attribute__code=code,
                    value_option__option__in=options,
                )
            )
        )
    return condition


def _with_attribute_options(attributes) -> Q:
    # One variant must match every selected attribute: "red in M" skips a jumper sold
    # only in red S and green M.
    matching_variants = Product.objects.filter(parent=OuterRef("pk"), is_public=True).filter(
        variant_condition(attributes=attributes)
    )
    return (~Q(structure=Product.PARENT) & variant_condition(attributes=attributes)) | (
        Q(structure=Product.PARENT) & Q(Exists(matching_variants))
    )


def price_band_condition(*, keys: tuple[str, ...]) -> Q:
    """Q matching products whose offer price falls in any of the price bands `keys`."""
    condition = Q()
    for key in keys:
        band = PRICE_BANDS_BY_KEY[key]
        in_band = Q()  # comparisons with a NULL price are never true
        if band.low is not None:
            in_band &= Q(offer_price__gte=band.low)
        if band.high is not None:
            in_band &= Q(offer_price__lt=band.high)
        condition |= in_band
    return condition


def stock_condition(*, in_stock_only: bool) -> Q:
    """Q matching products available to buy now, or everything when not asked for."""
    return Q(offer_in_stock=True) if in_stock_only else Q()


def product_listing(*, scope: ListingScope, exclude: frozenset[str] = frozenset()) -> QuerySet:
    """Browsable products in `scope` matching its query and every selected facet except those
    named in `exclude`; aliased with the best offer (offer_price, offer_in_stock, offer_id) and
    relevance."""
    params = scope.params
    listing_refresh_pending()  # this connection's own writes, not yet committed
    products = products_with_listed_offer(Product.objects.browsable())
    if scope.category_paths:
        products = products.filter(_in_category_paths(scope.category_paths))
    products = matching_products(products, query=params.query)
    if scope.selected_category_paths and CATEGORY not in exclude:
        products = products.filter(_in_category_paths(scope.selected_category_paths))
    if params.sellers and SELLER not in exclude:
        products = products_offered_by(products, partner_ids=_partners_with_codes(params.sellers))
    attributes = [(c, o) for c, o in params.attributes if f"attr:{c}" not in exclude]
    if attributes:
        products = products.filter(_with_attribute_options(attributes))
    if params.price_bands and PRICE not in exclude:
        products = products.filter(price_band_condition(keys=params.price_bands))
    if params.in_stock and STOCK not in exclude:
        products = products.filter(stock_condition(in_stock_only=True))
    return products


def product_listing_sorted(*, products: QuerySet, sort: str) -> QuerySet:
    """`products` (a `product_listing`) in the shopper's chosen order, ties broken newest
    first."""
    # The listing's own columns, so that each order is one of its indexes (ListedProduct).
    newest = (F("listing__date_created").desc(), F("listing__product").desc())
    orderings = {
        "relevance": (F("relevance").desc(), *newest),
        "newest": newest,
        "price-asc": (F("listing__offer_price").asc(nulls_last=True), *newest),
        "price-desc": (F("listing__offer_price").desc(nulls_last=True), *newest),
        "rating": (F("listing__rating").desc(nulls_last=True), *newest),
    }
    return products.order_by(*orderings.get(sort, newest))


def _cache_prefetched(instance, name: str, objects: list) -> None:
    # What prefetch_related_objects stores: a QuerySet whose results are already known.
    queryset = getattr(instance, name).all()
    queryset._result_cache = objects
    queryset._prefetch_done = True
    instance._prefetched_objects_cache = getattr(instance, "_prefetched_objects_cache", {})
    instance._prefetched_objects_cache[name] = queryset


def product_cards_prefetched(*, products: list) -> list:
    """Load what product cards render for one page of products in two queries: images, and
    every stock record of the page (standalone products' and public variants') with its
    partner and seller, which the strategy reads to pick the best offer on sale."""
    if not products:
        return products
    prefetch_related_objects(products, "images")
    parents = {p.pk: p for p in products if p.is_parent}
    others = {p.pk: p for p in products if not p.is_parent}
    records = (
        StockRecord.objects.filter(
            Q(product__in=list(others))
            | Q(product__parent__in=list(parents), product__is_public=True)
        )
        .select_related("product", "partner__seller")
        .order_by("pk")
    )
    by_product: dict[int, list] = {}
    variants: dict[int, dict] = {pk: {} for pk in parents}
    for record in records:
        if record.product_id in others:
            # The listed instance, whose product class is already loaded (offer_in_stock).
            record.product = others[record.product_id]
        else:
            variant = variants[record.product.parent_id].setdefault(
                record.product_id, record.product
            )
            variant.parent = parents[variant.parent_id]
            record.product = variant
        by_product.setdefault(record.product_id, []).append(record)
    for pk, product in others.items():
        _cache_prefetched(product, "stockrecords", by_product.get(pk, []))
    for pk, parent in parents.items():
        children = list(variants[pk].values())
        for child in children:
            _cache_prefetched(child, "stockrecords", by_product[child.pk])
        parent._prefetched_public_children = children
    return products


def product_page_queryset(*, products: QuerySet) -> QuerySet:
    """`products` with the columns a product card reads up front (class, option flags)."""
    return products.select_related("product_class").annotate(
        has_product_class_options=Exists(
            Option.objects.filter(productclass=OuterRef("product_class"))
        ),
        has_product_options=Exists(Option.objects.filter(product=OuterRef("pk"))),
    )


def pages_matching(*, query: str, limit: int = 5) -> list:
    """Live, public Wagtail pages matching `query`, best first (Wagtail's search backend)."""
    from wagtail.models import Page

    terms = page_search_terms(query)
    if not terms:
        return []
    return list(Page.objects.live().public().search(terms)[:limit])


def product_variants_prefetched(*, product) -> None:
    """Attach a parent's public variants, with their stock records and attribute values, where
    Oscar's strategy and basket form look for them (`get_public_children`)."""
    children = list(
        Product.objects.public()
        .filter(parent=product)
        .prefetch_related(
            offers_prefetch(), "attribute_values__attribute", "attribute_values__value_option"
        )
    )
    for child in children:
        child.parent = product
    product._prefetched_public_children = children
