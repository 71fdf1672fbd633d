"""Approved commissions, made the way the shop makes them (placed, delivered, window over)."""

from datetime import timedelta

from django.utils import timezone

from commerce.affiliates.services.commissions import commissions_approve_due
from commerce.order import services

from .conftest import order_placed, referred, stocked_product


def approved_commission(affiliate, *, price: str):
    """A commission of 10% (the rate the specs set) of one item at `price`, approved."""
    product = stocked_product(title=f"Item at {price}", price=price)
    order = order_placed(items=[(product, 1)])
    commission = referred(order, affiliate)
    services.order_lines_ship(order=order, carrier="DPD", reference="T1")
    services.order_lines_deliver(order=order)
    commissions_approve_due(now=timezone.now() + timedelta(days=30))
    commission.refresh_from_db()
    return commission
