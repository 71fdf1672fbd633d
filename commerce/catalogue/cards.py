"""Product cards: a product as a shopper sees it in a listing or in a page block.

The price a card shows is commerce.catalogue.prices.product_price: Oscar's strategy prices the
product (a parent from its variants), the amount is the price including tax when the tax is
known, else the price excluding tax, less the automatic offers the product gets alone."""

__all__ = ["price_shown", "purchase_info", "shown_offer"]  # re-exported: the card's pricing

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.db.models import QuerySet
from oscar.core.loading import get_class, get_model

from commerce.catalogue.prices import (
    ShownPrice,
    SiteOffers,
    price_shown,
    product_price,
    purchase_info,
    shown_offer,
)
from commerce.partner.pricing import offers_prefetch
from commerce.points.selectors.balance import points_for_amount

Product = get_model("catalogue", "Product")
Selector = get_class("partner.strategy", "Selector")

SOLD_OUT = "Sold out"
UNAVAILABLE = "Currently unavailable"


@dataclass(frozen=True)
class ProductCard:
    """What a product card shows; `price` (what the shopper pays, `shown_price.amount`) is
    None when the product cannot be priced; `original_price` is the price before an offer."""

    product: object
    title: str
    url: str
    image: object
    price: Decimal | None
    currency: str
    is_available: bool
    status: str
    original_price: Decimal | None = None
    sold_by: str | None = None
    sold_by_url: str | None = None
    # The bonus points buying it at `price` earns (None when cards do not say).
    points: int | None = None
    # The price with its offer, as templates/includes/price.html renders it.
    shown_price: ShownPrice | None = None

    @property
    def is_parent(self) -> bool:
        """Priced "from" its cheapest variant; bought by choosing one."""
        return self.product.is_parent

    @property
    def needs_options(self) -> bool:
        """Bought from the product page, where a variant or the product's options are chosen."""
        return self.product.is_parent or self.product.has_options


@dataclass(frozen=True)
class SoldBy:
    """The marketplace seller behind an offer: public name and page."""

    name: str
    url: str


def partner_seller(*, partner) -> SoldBy | None:
    """The marketplace seller a partner is, or None for the shop's own partner (or none)."""
    seller = getattr(partner, "seller", None) if partner is not None else None
    if seller is None:
        return None
    return SoldBy(name=seller.name, url=seller.get_absolute_url())


def offer_seller(*, stockrecord) -> SoldBy | None:
    """Who sells the offer, or None when the shop itself does (a partner with no seller)."""
    return partner_seller(partner=stockrecord.partner) if stockrecord is not None else None


def products_for_cards(products: QuerySet) -> QuerySet:
    """`products` with everything their cards read loaded in a fixed number of queries: class,
    option flags, images, and the offers (with partner and seller) of the products and of their
    public variants, which the strategy compares to pick the one shown."""
    # Oscar's base_queryset for the class and option flags; its plain "stockrecords" prefetch
    # (no seller) is replaced, and its children/options prefetches are not read by a card.
    return (
        products.base_queryset()
        .prefetch_related(None)
        .prefetch_related("images", offers_prefetch())
        .prefetch_public_children(
            queryset=Product.objects.public()
            .select_related("parent__product_class")
            .prefetch_related(offers_prefetch())
        )
    )


def request_strategy(*, request):
    """The pricing strategy of a request: Oscar's middleware sets it; else one is made for it."""
    strategy = getattr(request, "strategy", None)
    if strategy is None:
        strategy = Selector().strategy(request=request, user=getattr(request, "user", None))
    return strategy


def product_card(*, product, strategy, offers: SiteOffers) -> ProductCard:
    """A product's card at the price a shopper pays for it alone (automatic offers included)."""
    info = purchase_info(product=product, strategy=strategy)
    price = info.price
    shown = product_price(product=product, strategy=strategy, offers=offers, info=info)
    amount = shown.amount if shown is not None else None
    available = amount is not None and bool(info.availability.is_available_to_buy)
    if amount is None:
        status = UNAVAILABLE
    elif not available:
        status = SOLD_OUT
    else:
        status = str(info.availability.short_message)
    seller = None
    if amount is not None:
        record = shown_offer(product=product, info=info, strategy=strategy)
        seller = offer_seller(stockrecord=record)
    return ProductCard(
        product=product,
        title=product.get_title(),
        url=product.get_absolute_url(),
        image=product.primary_image(),
        price=amount,
        currency=price.currency if price.exists else "",
        is_available=available,
        status=status,
        original_price=shown.was if shown is not None else None,
        sold_by=seller.name if seller else None,
        sold_by_url=seller.url if seller else None,
        points=_points_shown(amount),
        shown_price=shown,
    )


def _points_shown(amount: Decimal | None) -> int | None:
    if amount is None or not settings.POINTS_SHOW_ON_CARDS:
        return None
    return points_for_amount(amount=amount)


def product_cards(*, products: Iterable, strategy, offers: SiteOffers) -> list[ProductCard]:
    """Cards for `products` in their order (load their stock records and images beforehand);
    the offers' ranges are asked about all of them at once."""
    products = list(products)
    offers.load(products=products)
    return [product_card(product=product, strategy=strategy, offers=offers) for product in products]
