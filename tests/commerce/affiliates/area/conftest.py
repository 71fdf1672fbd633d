"""Rows of an affiliate's activity, written directly (tracking and money are other areas):
clicks, referred orders with their commission in a given status, ledger entries, payouts."""

from datetime import timedelta
from decimal import Decimal as D

import pytest
from django.utils import timezone

from commerce.affiliates.models import (
    AffiliateEntryKind,
    AffiliatePayout,
    Click,
    Commission,
    CommissionLine,
    Referral,
)
from commerce.core.ledger import ledger_append
from tests.commerce.order.conftest import order_placed, stocked_product
from tests.factories import AffiliateFactory, UserFactory


def clicks_made(affiliate, *, count: int, days_ago: int = 0, path: str = "/"):
    """`count` clicks of different visitors, `days_ago` days ago."""
    when = timezone.now() - timedelta(days=days_ago)
    for n in range(count):
        Click.objects.create(
            affiliate=affiliate,
            visitor=f"v{days_ago}-{n}-{Click.objects.count()}",
            day=timezone.localdate(when),
            landing_path=path,
            created_at=when,
        )


def commission_made(affiliate, *, product, amount: str, status: str = "pending", days_ago=0):
    """An order of one `product` by another shopper, referred by `affiliate`, with a commission
    of `amount` in `status` and the ledger entries and payout that status implies."""
    shopper = UserFactory(first_name="Secret", last_name="Shopper")
    order = order_placed(items=[(product, 1)], user=shopper)
    when = timezone.now() - timedelta(days=days_ago)
    order.date_placed = when
    order.save(update_fields=["date_placed"])
    referral = Referral.objects.create(
        order=order, affiliate=affiliate, source="link", created_at=when
    )
    line = order.lines.get()
    commission = Commission.objects.create(
        referral=referral,
        affiliate=affiliate,
        status=status,
        base=line.line_price_incl_tax,
        amount=D(amount),
        created_at=when,
    )
    CommissionLine.objects.create(
        commission=commission,
        line=line,
        base=line.line_price_incl_tax,
        rate=D("10"),
        amount=D(amount),
    )
    key = f"commission:{commission.pk}"
    entries = affiliate.entries
    if status != "rejected":
        ledger_append(
            owner=affiliate,
            entries=entries,
            key=f"{key}:earned",
            kind=AffiliateEntryKind.EARNED,
            pending=D(amount),
            commission=commission,
        )
    if status in ("approved", "paid"):
        ledger_append(
            owner=affiliate,
            entries=entries,
            key=f"{key}:approved",
            kind=AffiliateEntryKind.APPROVED,
            pending=-D(amount),
            available=D(amount),
            commission=commission,
        )
    if status == "paid":
        payout = AffiliatePayout.objects.create(
            affiliate=affiliate, amount=D(amount), status="paid", paid_at=when, reference="BANK-1"
        )
        ledger_append(
            owner=affiliate,
            entries=entries,
            key=f"{key}:paid",
            kind=AffiliateEntryKind.PAID,
            available=-D(amount),
            payout=payout,
        )
        commission.payout = payout
        commission.save(update_fields=["payout"])
    return commission


@pytest.fixture
def affiliate(db):
    return AffiliateFactory(code="ann-reviews")


@pytest.fixture
def other_affiliate(db):
    return AffiliateFactory(code="bob-blogs")


@pytest.fixture
def mug(db):
    return stocked_product(title="Mug", price="20.00", in_stock=1000)
