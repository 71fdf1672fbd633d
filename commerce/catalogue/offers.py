"""The offers of one product as a shopper compares them: every offer on sale, best first (the
one pricing rule, commerce.partner.pricing), each priced by the strategy and saying who sells it.
The product page and the API's product detail list them; the shopper buys the one they choose."""

from dataclasses import dataclass
from decimal import Decimal

from commerce.catalogue.cards import SoldBy, offer_seller, price_shown
from commerce.partner.pricing import offer_is_on_sale, offer_rank


@dataclass(frozen=True)
class Offer:
    """One seller's offer of a product; `sold_by` is None when the shop itself sells it."""

    stockrecord: object
    price: Decimal | None
    currency: str
    is_available: bool
    status: str
    sold_by: SoldBy | None

    @property
    def pk(self) -> int:
        return self.stockrecord.pk


def _records(product) -> list:
    if "stockrecords" in getattr(product, "_prefetched_objects_cache", {}):
        return list(product.stockrecords.all())
    return list(product.stockrecords.select_related("partner__seller"))


def product_offers(*, product, strategy) -> list[Offer]:
    """Every offer on sale of a standalone product or variant, best first, at the strategy's
    price (load `offers_prefetch()` beforehand to read them without a query)."""
    records = sorted((r for r in _records(product) if offer_is_on_sale(r)), key=offer_rank)
    offers = []
    for record in records:
        record.product = product  # the strategy reads the product's class through it
        info = strategy.fetch_for_product(product, stockrecord=record)
        offers.append(
            Offer(
                stockrecord=record,
                price=price_shown(price=info.price),
                currency=info.price.currency if info.price.exists else "",
                is_available=bool(info.availability.is_available_to_buy),
                status=str(info.availability.short_message),
                sold_by=offer_seller(stockrecord=record),
            )
        )
    return offers


def product_offer(*, product, stockrecord_id: int):
    """The stock record `stockrecord_id` if it is an offer on sale of `product`, else None."""
    for record in _records(product):
        if record.pk == stockrecord_id and offer_is_on_sale(record):
            return record
    return None
