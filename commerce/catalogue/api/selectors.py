"""Reads for the public catalogue API. Querysets prefetch everything their serializers and
Oscar's pricing strategy touch, so a page costs the same few queries whatever its size."""

from django.db.models import F, QuerySet
from oscar.core.loading import get_class, get_model

from commerce.partner.pricing import (
    offers_prefetch,
    products_offered_by,
    products_with_listed_offer,
)
from commerce.search.listing import listing_refresh_pending

Product = get_model("catalogue", "Product")
ProductCategory = get_model("catalogue", "ProductCategory")
Category = get_model("catalogue", "Category")
Selector = get_class("partner.strategy", "Selector")


def _public_children(*related) -> QuerySet:
    # For Oscar's `prefetch_public_children`: the strategy reads them (get_public_children), so
    # parent prices and availability come from this prefetch, not one query per product.
    return Product.objects.public().prefetch_related(offers_prefetch(), *related).order_by("pk")


def _browsable_products() -> QuerySet:
    # `price` is the best offer's (the pricing rule's stored result, the catalogue listing),
    # for ordering and the price filters.
    listing_refresh_pending()  # this connection's own writes, not yet committed
    return (
        products_with_listed_offer(Product.objects.browsable().select_related("product_class"))
        .annotate(price=F("offer_price"))
        .order_by("-date_created", "-pk")
    )


def product_list() -> QuerySet:
    """Public standalone and parent products, ready for the list serializer; `price` is their
    best offer's price (commerce.partner.pricing), for ordering and filtering."""
    return (
        _browsable_products()
        .prefetch_related(offers_prefetch(), "images")
        .prefetch_public_children(queryset=_public_children())
    )


def product_detail_list() -> QuerySet:
    """Public products with variants, images, attributes, categories and offers prefetched."""
    return (
        _browsable_products()
        .prefetch_related(offers_prefetch(), "images", "attribute_values__attribute", "categories")
        .prefetch_public_children(
            queryset=_public_children("attribute_values__attribute", "images")
        )
    )


def products_priced(*, products: QuerySet, min_price=None, max_price=None) -> QuerySet:
    """Products whose best offer's price is in the range (bounds inclusive)."""
    if min_price is not None:
        products = products.filter(offer_price__gte=min_price)
    if max_price is not None:
        products = products.filter(offer_price__lte=max_price)
    return products


def products_sold_by(*, products: QuerySet, partner_id: int) -> QuerySet:
    """Products with an offer on sale from the partner (seller)."""
    return products_offered_by(products, partner_ids=[partner_id])


def products_available(*, products: QuerySet, available: bool) -> QuerySet:
    """Products whose best offer can (or cannot) be bought now."""
    return products.filter(offer_in_stock=available)


def products_in_category(*, products: QuerySet, category_id: int) -> QuerySet:
    """Products in the category or any category below it."""
    category = Category.objects.filter(pk=category_id).first()
    if category is None:
        return products.none()
    subtree = category.get_descendants_and_self()
    return products.filter(
        pk__in=ProductCategory.objects.filter(category__in=subtree).values("product_id")
    )


def request_strategy(*, request):
    """The pricing strategy Oscar would use for this request and user."""
    return Selector().strategy(request=request, user=request.user)


def category_tree() -> list[dict]:
    """The browsable category tree as nested dicts (one query)."""
    roots: list[dict] = []
    stack: list[dict] = []
    for category in Category.objects.browsable().order_by("path"):
        node = {"category": category, "children": []}
        del stack[category.depth - 1 :]
        (stack[-1]["children"] if stack else roots).append(node)
        stack.append(node)
    return roots
