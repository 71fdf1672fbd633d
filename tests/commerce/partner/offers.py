"""Marketplace offers for tests: one product offered by several sellers, each with their own
stock record (price, stock), as sellers make them."""

from decimal import Decimal

from oscar.core.loading import get_class

from commerce.catalogue.cards import purchase_info, shown_offer
from tests.factories import StockRecordFactory

Selector = get_class("partner.strategy", "Selector")


def offer(product, *, by, price, stock: int = 5):
    """`by` (a Seller, or a Partner such as the shop's own) offers `product` at `price`;
    `price=None` makes a record without a price."""
    partner = getattr(by, "partner", by)
    return StockRecordFactory(
        product=product,
        partner=partner,
        price=None if price is None else Decimal(str(price)),
        num_in_stock=stock,
    )


def offer_shown(product):
    """The stock record Oscar's strategy shows for `product` (a parent: its best variant's
    best offer), or None when nothing is on sale."""
    strategy = Selector().strategy()
    info = purchase_info(product=product, strategy=strategy)
    if not info.price.exists:
        return None
    return shown_offer(product=product, info=info, strategy=strategy)
