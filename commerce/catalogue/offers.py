"""The offers of one product as a shopper compares them: every offer on sale, best first (the
one pricing rule, commerce.partner.pricing), each priced by the strategy less the automatic site
offers (commerce.catalogue.prices) and saying who sells it. The product page and the API's
product detail list them; the shopper buys the one they choose."""

from dataclasses import dataclass
from decimal import Decimal

from commerce.catalogue.cards import SoldBy, offer_seller, price_shown, purchase_info, shown_offer
from commerce.catalogue.prices import ShownPrice, SiteOffers, price_after_offers
from commerce.partner.pricing import offer_is_on_sale, offer_rank


@dataclass(frozen=True)
class Offer:
    """One seller's offer of a product; `sold_by` is None when the shop itself sells it;
    `price` is what the shopper pays (automatic offers included, `shown_price` says which)."""

    stockrecord: object
    price: Decimal | None
    currency: str
    is_available: bool
    status: str
    sold_by: SoldBy | None
    shown_price: ShownPrice | None = None

    @property
    def pk(self) -> int:
        return self.stockrecord.pk


def _records(product) -> list:
    if "stockrecords" in getattr(product, "_prefetched_objects_cache", {}):
        return list(product.stockrecords.all())
    return list(product.stockrecords.select_related("partner__seller"))


def product_offers(*, product, strategy, site_offers: SiteOffers) -> list[Offer]:
    """Every offer on sale of a standalone product or variant, best first, at the price a
    shopper pays (load `offers_prefetch()` beforehand to read them without a query)."""
    records = sorted((r for r in _records(product) if offer_is_on_sale(r)), key=offer_rank)
    return [
        _offer(product=product, record=record, strategy=strategy, site_offers=site_offers)
        for record in records
    ]


def _offer(*, product, record, strategy, site_offers: SiteOffers) -> Offer:
    record.product = product  # the strategy reads the product's class through it
    info = strategy.fetch_for_product(product, stockrecord=record)
    amount = price_shown(price=info.price)
    currency = info.price.currency if info.price.exists else ""
    shown = None
    if amount is not None:
        shown = price_after_offers(
            product=product, amount=amount, currency=currency, offers=site_offers
        )
    return Offer(
        stockrecord=record,
        price=shown.amount if shown is not None else None,
        currency=currency,
        is_available=bool(info.availability.is_available_to_buy),
        status=str(info.availability.short_message),
        sold_by=offer_seller(stockrecord=record),
        shown_price=shown,
    )


def product_offer(*, product, stockrecord_id: int):
    """The stock record `stockrecord_id` if it is an offer on sale of `product`, else None."""
    for record in _records(product):
        if record.pk == stockrecord_id and offer_is_on_sale(record):
            return record
    return None


@dataclass(frozen=True)
class PageOffers:
    """A product page's offers: the one shown (and bought by its main button), the others."""

    shown: Offer | None
    others: list[Offer]

    @property
    def sold_by(self) -> SoldBy | None:
        return self.shown.sold_by if self.shown else None


def product_page_offers(*, product, strategy, site_offers: SiteOffers) -> PageOffers:
    """The shown offer and the other offers on sale of a product page; a parent shows its best
    variant's offer, and each variant's page lists that variant's offers."""
    if product.is_parent:
        info = purchase_info(product=product, strategy=strategy)
        record = None
        if info.price.exists:
            record = shown_offer(product=product, info=info, strategy=strategy)
        if record is None:
            return PageOffers(shown=None, others=[])
        shown = _offer(
            product=record.product, record=record, strategy=strategy, site_offers=site_offers
        )
        return PageOffers(shown=shown, others=[])
    offers = product_offers(product=product, strategy=strategy, site_offers=site_offers)
    return PageOffers(shown=offers[0] if offers else None, others=offers[1:])
