"""Live shop content for page blocks: product cards (chosen products, an offer's products) and
category tiles, read at render time so prices and stock are never stale."""

from dataclasses import dataclass

from django.db.models import QuerySet
from oscar.core.loading import get_model

from commerce.catalogue.cards import (
    ProductCard,
    product_cards,
    products_for_cards,
    request_strategy,
)
from commerce.catalogue.prices import site_offers_of

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")


@dataclass(frozen=True)
class CategoryTile:
    name: str
    url: str
    image: object
    description: str
    picture: object = None  # a Wagtail library image the editor chose for the tile


def _browsable(queryset: QuerySet) -> QuerySet:
    return products_for_cards(queryset.browsable())


def chosen_product_cards(*, product_ids: list[int], request) -> list[ProductCard]:
    """Cards for the chosen products in the editor's order: current price and stock from Oscar's
    strategy; hidden or deleted products are left out, sold-out ones marked."""
    if not product_ids:
        return []
    by_id = {
        product.pk: product for product in _browsable(Product.objects.filter(pk__in=product_ids))
    }
    products = [by_id[pk] for pk in dict.fromkeys(product_ids) if pk in by_id]
    return product_cards(
        products=products,
        strategy=request_strategy(request=request),
        offers=site_offers_of(request=request),
    )


def offer_cards(*, offer, limit: int, request) -> list[ProductCard]:
    """Cards for the products of an offer's range while the offer runs, at the price a shopper
    pays for each alone: the same price as everywhere else, so a voucher's offer, which needs
    its code, does not lower it."""
    if offer is None or not offer.is_available() or offer.benefit.range is None:
        return []
    products = _browsable(offer.benefit.range.all_products()).order_by("title", "pk")[:limit]
    return product_cards(
        products=products,
        strategy=request_strategy(request=request),
        offers=site_offers_of(request=request),
    )


def category_tiles(
    *, category_ids: list[int], pictures: dict[int, object] | None = None
) -> list[CategoryTile]:
    """Tiles for the chosen public categories in the editor's order, with the library picture
    chosen for each (`pictures` by category id)."""
    if not category_ids:
        return []
    by_id = {c.pk: c for c in Category.objects.filter(pk__in=category_ids, is_public=True)}
    return [
        CategoryTile(
            name=by_id[pk].name,
            url=by_id[pk].get_absolute_url(),
            image=by_id[pk].image or None,
            description=by_id[pk].description,
            picture=(pictures or {}).get(pk),
        )
        for pk in dict.fromkeys(category_ids)
        if pk in by_id
    ]
