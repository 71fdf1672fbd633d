"""Delivered items make their share of their line's points available, as a lot that expires
after POINTS_EXPIRY_MONTHS; the items still on their way keep theirs pending."""

from datetime import UTC, datetime
from decimal import Decimal as D

import pytest
from django.db import transaction
from django.utils import timezone

from commerce.order import services
from commerce.order.lifecycle import ChangeKind
from commerce.points.models import PointsEntryKind
from commerce.points.selectors.expiry import points_expiry_for
from commerce.points.services.lifecycle import points_follow_order_change

from .conftest import (
    assert_balance_is_ledger_sum,
    balance,
    entries_of,
    order_placed,
    shipped,
    stocked_product,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def napkins(db):
    return stocked_product(title="Linen napkin", price="2.50")


def test_delivering_some_items_makes_their_share_available_and_the_rest_stays_pending(
    shopper, napkins
):
    order = order_placed(items=[(napkins, 2)], user=shopper)  # £5.00: 5 points
    line = order.lines.get()
    shipped(order)

    services.order_lines_deliver(order=order, line_quantities={line: 1})
    assert balance(shopper) == (D("2"), D("3"))  # half of 5, rounded half up
    assert_balance_is_ledger_sum(shopper)

    services.order_lines_deliver(order=order, line_quantities={line: 1})
    assert balance(shopper) == (D("0"), D("5"))  # never more than the line earned
    assert_balance_is_ledger_sum(shopper)


def test_released_points_are_a_lot_expiring_after_the_expiry_period(shopper, napkins, settings):
    settings.POINTS_EXPIRY_MONTHS = 12
    order = order_placed(items=[(napkins, 4)], user=shopper)
    shipped(order)
    before = timezone.now()

    services.order_lines_deliver(order=order)

    (released,) = [e for e in entries_of(shopper) if e.kind == PointsEntryKind.RELEASED]
    assert released.available == D("10") and released.line_id == order.lines.get().pk
    assert points_expiry_for(at=before) <= released.expires_at
    assert released.expires_at <= points_expiry_for(at=timezone.now())


def test_a_lot_expires_on_the_same_day_months_later_or_the_last_day_of_a_shorter_month(
    settings,
):
    settings.POINTS_EXPIRY_MONTHS = 13
    utc = UTC

    assert points_expiry_for(at=datetime(2026, 3, 15, 9, 30, tzinfo=utc)) == datetime(
        2027, 4, 15, 9, 30, tzinfo=utc
    )
    assert points_expiry_for(at=datetime(2027, 1, 31, tzinfo=utc)) == datetime(
        2028, 2, 29, tzinfo=utc
    )


def test_a_replayed_delivery_releases_nothing_more(shopper, napkins, changes):
    order = order_placed(items=[(napkins, 4)], user=shopper)
    shipped(order)
    services.order_lines_deliver(order=order, line_quantities={order.lines.get(): 2})
    (delivery,) = [c for c in changes if c.kind == ChangeKind.DELIVERED]
    before = [(e.key, e.pending, e.available) for e in entries_of(shopper)]

    with transaction.atomic():
        points_follow_order_change(delivery)

    assert [(e.key, e.pending, e.available) for e in entries_of(shopper)] == before
    assert balance(shopper) == (D("5"), D("5"))
