"""Signal receivers that keep the catalogue listing current (commerce.search.listing)."""

from commerce.search.listing import (
    listing_refresh_later,
    listing_refresh_partner_later,
    listing_refresh_product_class_later,
)


def stock_record_changed(*, instance, **_signal_kwargs) -> None:
    """A price, stock level or offer changed (Oscar's allocations send post_save too)."""
    listing_refresh_later(product_ids=[instance.product_id])


def product_changed(*, instance, **_signal_kwargs) -> None:
    """Visibility, structure or rating changed; a variant changes its parent's row."""
    listing_refresh_later(product_ids=[instance.pk, instance.parent_id])


def seller_changed(*, instance, **_signal_kwargs) -> None:
    """A seller's standing decides whether their offers are on sale."""
    listing_refresh_partner_later(partner_id=instance.partner_id)


def product_class_changed(*, instance, **_signal_kwargs) -> None:
    """Whether a class tracks stock decides whether its products are in stock."""
    listing_refresh_product_class_later(product_class_id=instance.pk)
