"""A seller's earnings follow their order lines into an append-only ledger: pending when
placed, available after delivery and the return window, taken back on cancellation or refund."""

from decimal import Decimal as D

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from oscar.test.factories import create_offer

from commerce.order import services
from commerce.order.lifecycle import ChangeKind
from commerce.sellers.models import EarningEntry, EarningKind
from commerce.sellers.selectors.earnings import seller_balance
from commerce.sellers.services.earnings import earnings_follow_order_change
from commerce.sellers.services.payouts import payout_request

from .conftest import assert_balance_is_ledger_sum, offered_by, order_placed, rule

pytestmark = pytest.mark.django_db


def balance(seller) -> tuple[D, D]:
    b = seller_balance(seller=seller)
    return b.pending, b.available


@pytest.fixture
def no_return_window(settings):
    settings.SELLER_RETURN_WINDOW_DAYS = 0


def test_commission_is_taken_on_what_the_shopper_paid_after_the_shops_offers(seller1):
    create_offer()  # Oscar's test offer: 20% off everything
    rule("10")
    scarf = offered_by(seller1, title="Wool scarf", price="40.00")
    line = order_placed(items=[(scarf, 2)]).lines.get()
    assert (line.commission.base, line.commission.commission) == (D("64.00"), D("6.40"))
    assert balance(seller1) == (D("57.60"), D("0.00"))


def test_replaying_an_announcement_adds_nothing(seller1, changes, no_return_window):
    rule("10")
    scarf = offered_by(seller1, title="Wool scarf", price="40.00")
    order = order_placed(items=[(scarf, 2)])
    services.order_lines_ship(order=order, carrier="DPD", reference="T1")
    services.order_lines_deliver(order=order)
    services.order_refund(order=order, line_quantities={order.lines.get(): 1}, reason="Torn")
    entries = EarningEntry.objects.count()
    before = balance(seller1)

    for change in changes:
        earnings_follow_order_change(change)

    assert [c.kind for c in changes][-1] == ChangeKind.REFUNDED
    assert EarningEntry.objects.count() == entries == 3  # earned, released, reversed
    assert balance(seller1) == before == (D("0.00"), D("36.00"))
    assert_balance_is_ledger_sum(seller1)


def test_a_cancelled_line_earns_nothing_and_refunding_it_takes_nothing_more(seller1, seller2):
    rule("10")
    scarf = offered_by(seller1, title="Wool scarf", price="40.00")
    vase = offered_by(seller2, title="Stoneware vase", price="30.00")
    order = order_placed(items=[(scarf, 1), (vase, 1)])
    scarf_line = order.lines.get(product=scarf)

    services.order_lines_cancel(order=order, lines=[scarf_line], reason="Out of wool")
    assert balance(seller1) == (D("0.00"), D("0.00"))
    assert balance(seller2) == (D("27.00"), D("0.00"))
    services.order_refund(order=order, line_quantities={scarf_line.pk: 1}, reason="Cancelled")

    assert seller1.earnings.filter(kind=EarningKind.REVERSED).count() == 1
    assert balance(seller1) == (D("0.00"), D("0.00"))
    assert_balance_is_ledger_sum(seller1, seller2)


def test_refunding_item_by_item_takes_back_exactly_the_lines_earning(seller1):
    rule("10")
    soap = offered_by(seller1, title="Soap", price="3.35")
    order = order_placed(items=[(soap, 3)])
    line = order.lines.get()
    assert line.commission.earning == D("9.04")  # 10.05 less 1.01 (1.005 rounded half up)
    services.order_lines_ship(order=order, carrier="DPD", reference="T1")

    for _ in range(3):
        services.order_refund(order=order, line_quantities={line.pk: 1}, reason="Broken")
        assert_balance_is_ledger_sum(seller1)

    reversed_ = seller1.earnings.filter(kind=EarningKind.REVERSED).order_by("pk")
    assert [e.pending for e in reversed_] == [D("-3.01"), D("-3.02"), D("-3.01")]
    assert balance(seller1) == (D("0.00"), D("0.00"))


def test_without_a_return_window_a_line_is_available_once_fully_delivered(
    seller1, no_return_window
):
    rule("10")
    scarf = offered_by(seller1, title="Wool scarf", price="40.00")
    order = order_placed(items=[(scarf, 2)])
    line = order.lines.get()
    services.order_lines_ship(order=order, carrier="DPD", reference="T1")

    services.order_lines_deliver(order=order, line_quantities={line.pk: 1})
    assert balance(seller1) == (D("72.00"), D("0.00"))
    services.order_lines_deliver(order=order, line_quantities={line.pk: 1})
    assert balance(seller1) == (D("0.00"), D("72.00"))
    assert_balance_is_ledger_sum(seller1)


def test_a_refund_after_a_payout_leaves_a_debt_that_later_earnings_cover(
    seller1, no_return_window, settings
):
    settings.SELLER_PAYOUT_MINIMUM = D("5.00")
    rule("10")
    scarf = offered_by(seller1, title="Wool scarf", price="40.00")
    first = order_placed(items=[(scarf, 1)])
    services.order_lines_ship(order=first, carrier="DPD", reference="T1")
    services.order_lines_deliver(order=first)
    payout_request(seller=seller1)

    services.order_refund(order=first, reason="Never arrived")
    assert balance(seller1) == (D("0.00"), D("-36.00"))
    with pytest.raises(ValidationError, match="at most £0"):
        payout_request(seller=seller1, amount=D("5.00"))

    second = order_placed(items=[(scarf, 1)])
    services.order_lines_ship(order=second, carrier="DPD", reference="T2")
    services.order_lines_deliver(order=second)
    assert balance(seller1) == (D("0.00"), D("0.00"))
    assert_balance_is_ledger_sum(seller1)


def test_the_release_command_releases_due_lines_once(seller1, settings):
    settings.SELLER_RETURN_WINDOW_DAYS = 14
    rule("10")
    scarf = offered_by(seller1, title="Wool scarf", price="40.00")
    order = order_placed(items=[(scarf, 1)])
    services.order_lines_ship(order=order, carrier="DPD", reference="T1")
    services.order_lines_deliver(order=order)
    call_command("release_seller_earnings")
    assert balance(seller1) == (D("36.00"), D("0.00"))

    settings.SELLER_RETURN_WINDOW_DAYS = 0  # as if two weeks had passed
    call_command("release_seller_earnings")
    call_command("release_seller_earnings")

    assert seller1.earnings.filter(kind=EarningKind.RELEASED).count() == 1
    assert balance(seller1) == (D("0.00"), D("36.00"))
