"""The marketplace's money, end to end: an order mixing two sellers (and the shop) is placed,
shipped and delivered, earns each seller their commission-deducted share, becomes available
after the return window, is partly refunded, and is paid out; every balance is its ledger's
sum after every step."""

from datetime import timedelta
from decimal import Decimal as D

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from commerce.order import services
from commerce.order.statuses import OrderStatus
from commerce.sellers.models import CommissionLine, EarningKind, PayoutStatus
from commerce.sellers.selectors.earnings import seller_balance
from commerce.sellers.services.earnings import earnings_release_due
from commerce.sellers.services.payouts import payout_approve, payout_mark_paid, payout_request
from tests.factories import ProductFactory, StaffFactory

from .conftest import assert_balance_is_ledger_sum, offered_by, order_placed, rule

pytestmark = pytest.mark.django_db


def balance(seller) -> tuple[D, D]:
    b = seller_balance(seller=seller)
    return b.pending, b.available


def test_two_sellers_order_earns_each_their_share_until_paid_out(
    seller1, seller2, settings, django_capture_on_commit_callbacks
):
    settings.SELLER_RETURN_WINDOW_DAYS = 14
    settings.SELLER_PAYOUT_MINIMUM = D("20.00")
    rule("10")  # the shop default
    rule("15", seller=seller2)
    scarf = offered_by(seller1, title="Wool scarf", price="40.00")
    vase = offered_by(seller2, title="Stoneware vase", price="30.00")
    mug = ProductFactory(title="Shop mug", price="8.00")  # the shop's own offer
    staff = StaffFactory()

    order = order_placed(items=[(scarf, 2), (vase, 1), (mug, 1)])
    lines = {line.product_id: line for line in order.lines.all()}
    scarves, vases, mugs = lines[scarf.pk], lines[vase.pk], lines[mug.pk]

    # Placed: each seller's line has its commission, and its earning is pending.
    assert (scarves.commission.base, scarves.commission.commission) == (D("80.00"), D("8.00"))
    assert (vases.commission.base, vases.commission.commission) == (D("30.00"), D("4.50"))
    assert not CommissionLine.objects.filter(line=mugs).exists()
    assert balance(seller1) == (D("72.00"), D("0.00"))
    assert balance(seller2) == (D("25.50"), D("0.00"))
    assert_balance_is_ledger_sum(seller1, seller2)

    # Each seller ships and the carrier delivers; the shop ships its own line.
    for line, user in ((scarves, seller1.user), (vases, seller2.user), (mugs, staff)):
        services.order_lines_ship(
            order=order, lines=[line], carrier="DPD", reference=f"T{line.pk}", user=user
        )
        assert_balance_is_ledger_sum(seller1, seller2)
    services.order_lines_deliver(order=order)
    order.refresh_from_db()
    assert order.status == OrderStatus.COMPLETE
    assert balance(seller1) == (D("72.00"), D("0.00"))  # the return window is still open
    assert earnings_release_due(now=timezone.now() + timedelta(days=13)) == 0
    assert_balance_is_ledger_sum(seller1, seller2)

    # After the return window the earnings are available (once: the cron may run again).
    later = timezone.now() + timedelta(days=15)
    assert earnings_release_due(now=later) == 2
    assert earnings_release_due(now=later) == 0
    assert balance(seller1) == (D("0.00"), D("72.00"))
    assert balance(seller2) == (D("0.00"), D("25.50"))
    assert_balance_is_ledger_sum(seller1, seller2)

    # Refunding one of the two scarves takes back exactly its share; seller2 is untouched.
    services.order_refund(order=order, line_quantities={scarves.pk: 1}, reason="Moth holes")
    assert balance(seller1) == (D("0.00"), D("36.00"))
    assert balance(seller2) == (D("0.00"), D("25.50"))
    reversal = seller1.earnings.get(kind=EarningKind.REVERSED)
    assert (reversal.line_id, reversal.available) == (scarves.pk, D("-36.00"))
    assert_balance_is_ledger_sum(seller1, seller2)

    # A payout below the minimum is refused; one above it is approved and marked paid.
    with pytest.raises(ValidationError, match="at least £20.00"):
        payout_request(seller=seller2, amount=D("10.00"))
    assert_balance_is_ledger_sum(seller1, seller2)
    payout = payout_request(seller=seller1)
    assert payout.amount == D("36.00")
    assert balance(seller1) == (D("0.00"), D("0.00"))
    assert_balance_is_ledger_sum(seller1, seller2)
    with django_capture_on_commit_callbacks(execute=True):
        payout_approve(payout=payout, by=staff)
    with django_capture_on_commit_callbacks(execute=True):
        payout_mark_paid(payout=payout, by=staff, reference="BANK-0042")
    payout.refresh_from_db()
    assert (payout.status, payout.reference) == (PayoutStatus.PAID, "BANK-0042")
    assert [m.to for m in mail.outbox[-2:]] == [[seller1.contact_email]] * 2
    assert "BANK-0042" in mail.outbox[-1].body
    assert balance(seller1) == (D("0.00"), D("0.00"))
    assert_balance_is_ledger_sum(seller1, seller2)
