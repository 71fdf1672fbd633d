"""A referred order's commission follows its fate: pending when placed, reduced by refunds,
rejected when cancelled, approved once delivered and the return window has passed."""

from datetime import timedelta
from decimal import Decimal as D

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from oscar.test.factories import create_offer

from commerce.affiliates.models import AffiliateEntryKind, Commission, Referral
from commerce.affiliates.services.commissions import (
    commissions_approve_due,
    commissions_follow_order_change,
)
from commerce.order import services
from commerce.order.lifecycle import ChangeKind

from .conftest import (
    assert_balance_is_ledger_sum,
    balance,
    order_placed,
    referred,
    stocked_product,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def rates(settings):
    settings.AFFILIATE_DEFAULT_RATE = D("10.00")
    settings.AFFILIATE_RETURN_WINDOW_DAYS = 14


@pytest.fixture
def scarf(db):
    return stocked_product(title="Wool scarf", price="40.00")


@pytest.fixture
def vase(db):
    return stocked_product(title="Stoneware vase", price="30.00")


def kinds(affiliate) -> list[str]:
    return list(affiliate.entries.order_by("pk").values_list("kind", flat=True))


def test_the_base_is_the_goods_after_offers_without_shipping_or_tax(affiliate, scarf):
    create_offer()  # Oscar's test offer: 20% off everything
    order = order_placed(items=[(scarf, 1)], shipping="5.00")
    line = order.lines.get()
    # The shop sells without tax; give the line some, as a taxed shop would charge it.
    type(line).objects.filter(pk=line.pk).update(line_price_incl_tax=D("38.40"))

    commission = referred(order, affiliate)

    assert line.line_price_before_discounts_excl_tax == D("40.00")
    assert commission.base == D("32.00")  # 40.00 less 20%; no 5.00 shipping, no 6.40 tax
    assert commission.amount == D("3.20")
    assert [(cl.base, cl.rate, cl.amount) for cl in commission.lines.all()] == [
        (D("32.00"), D("10.00"), D("3.20"))
    ]


def test_a_referred_order_earns_a_pending_commission_when_placed(affiliate, scarf, vase):
    order = order_placed(items=[(scarf, 1), (vase, 2)])

    commission = referred(order, affiliate)

    assert commission.status == Commission.Status.PENDING
    assert commission.amount == D("10.00")  # 10% of 40.00 + 60.00
    assert commission.lines.count() == 2
    assert balance(affiliate) == (D("10.00"), D("0.00"))
    assert affiliate.entries.get().key == f"commission:{commission.pk}:earned"
    assert_balance_is_ledger_sum(affiliate)


def test_an_order_without_a_referral_earns_nothing(affiliate, scarf):
    order_placed(items=[(scarf, 1)])

    assert not Commission.objects.exists()
    assert balance(affiliate) == (D("0.00"), D("0.00"))


def test_a_replayed_placement_earns_once(affiliate, scarf):
    order = order_placed(items=[(scarf, 1)])
    commission = referred(order, affiliate)

    services.order_placed_announce(order=order)
    services.order_placed_announce(order=order)

    assert Commission.objects.get() == commission
    assert kinds(affiliate) == [AffiliateEntryKind.EARNED]
    assert balance(affiliate) == (D("4.00"), D("0.00"))


def test_a_cancelled_order_rejects_its_commission_and_takes_it_all_back(affiliate, scarf, vase):
    order = order_placed(items=[(scarf, 1), (vase, 1)])
    commission = referred(order, affiliate)

    services.order_cancel(order=order, reason="Changed my mind")

    commission.refresh_from_db()
    assert commission.status == Commission.Status.REJECTED
    assert commission.amount == D("0.00")
    assert balance(affiliate) == (D("0.00"), D("0.00"))
    assert kinds(affiliate) == ["earned", "reversed", "reversed"]  # history kept
    assert_balance_is_ledger_sum(affiliate)


def test_cancelling_one_line_reduces_the_commission_by_its_share(affiliate, scarf, vase):
    order = order_placed(items=[(scarf, 1), (vase, 1)])
    commission = referred(order, affiliate)

    services.order_lines_cancel(order=order, lines=[order.lines.get(product=vase)])

    commission.refresh_from_db()
    assert commission.status == Commission.Status.PENDING
    assert commission.amount == D("4.00")
    assert balance(affiliate) == (D("4.00"), D("0.00"))
    assert_balance_is_ledger_sum(affiliate)


def test_refunding_one_line_of_two_reduces_the_commission_by_exactly_its_share(
    affiliate, scarf, vase
):
    order = order_placed(items=[(scarf, 1), (vase, 2)])
    commission = referred(order, affiliate)
    services.order_lines_ship(order=order, carrier="DPD", reference="T1")
    vase_line = order.lines.get(product=vase)

    services.order_refund(order=order, line_quantities={vase_line.pk: 2}, reason="Broken")

    commission.refresh_from_db()
    assert commission.amount == D("4.00")  # 10.00 less the vases' 6.00
    assert commission.status == Commission.Status.PENDING
    assert balance(affiliate) == (D("4.00"), D("0.00"))
    reversal = affiliate.entries.get(kind=AffiliateEntryKind.REVERSED)
    assert reversal.pending == D("-6.00")
    assert_balance_is_ledger_sum(affiliate)


def test_refunding_item_by_item_takes_back_exactly_the_line(affiliate):
    soap = stocked_product(title="Soap", price="3.35")
    order = order_placed(items=[(soap, 3)])
    commission = referred(order, affiliate)  # 10% of 10.05 = 1.01 (half up)
    services.order_lines_ship(order=order, carrier="DPD", reference="T1")
    line = order.lines.get()

    for _ in range(3):
        services.order_refund(order=order, line_quantities={line.pk: 1}, reason="Broken")
        assert_balance_is_ledger_sum(affiliate)

    commission.refresh_from_db()
    reversed_ = affiliate.entries.filter(kind=AffiliateEntryKind.REVERSED).order_by("pk")
    assert [entry.pending for entry in reversed_] == [D("-0.34"), D("-0.33"), D("-0.34")]
    assert commission.amount == D("0.00")
    assert commission.status == Commission.Status.REJECTED
    assert balance(affiliate) == (D("0.00"), D("0.00"))


def test_a_delivered_order_is_approved_once_the_return_window_has_passed(affiliate, scarf):
    order = order_placed(items=[(scarf, 1)])
    commission = referred(order, affiliate)
    services.order_lines_ship(order=order, carrier="DPD", reference="T1")
    services.order_lines_deliver(order=order)
    assert balance(affiliate) == (D("4.00"), D("0.00"))

    assert commissions_approve_due(now=timezone.now() + timedelta(days=13)) == 0
    assert commissions_approve_due(now=timezone.now() + timedelta(days=15)) == 1
    assert commissions_approve_due(now=timezone.now() + timedelta(days=16)) == 0

    commission.refresh_from_db()
    assert commission.status == Commission.Status.APPROVED
    assert balance(affiliate) == (D("0.00"), D("4.00"))
    assert kinds(affiliate) == ["earned", "approved"]
    assert_balance_is_ledger_sum(affiliate)


def test_a_partly_delivered_order_waits(affiliate, scarf, vase):
    order = order_placed(items=[(scarf, 1), (vase, 1)])
    commission = referred(order, affiliate)
    services.order_lines_ship(order=order, carrier="DPD", reference="T1")
    services.order_lines_deliver(order=order, line_quantities={order.lines.get(product=scarf): 1})

    assert commissions_approve_due(now=timezone.now() + timedelta(days=30)) == 0
    commission.refresh_from_db()
    assert commission.status == Commission.Status.PENDING


def test_a_cancelled_line_does_not_hold_back_the_rest(affiliate, scarf, vase):
    order = order_placed(items=[(scarf, 1), (vase, 1)])
    commission = referred(order, affiliate)
    services.order_lines_cancel(order=order, lines=[order.lines.get(product=vase)])
    services.order_lines_ship(order=order, carrier="DPD", reference="T1")
    services.order_lines_deliver(order=order)

    call_command("approve_affiliate_commissions")  # today: the window is still open
    assert commissions_approve_due(now=timezone.now() + timedelta(days=15)) == 1

    commission.refresh_from_db()
    assert commission.status == Commission.Status.APPROVED
    assert balance(affiliate) == (D("0.00"), D("4.00"))
    assert_balance_is_ledger_sum(affiliate)


def test_without_a_return_window_delivery_approves_at_once(affiliate, scarf, settings):
    settings.AFFILIATE_RETURN_WINDOW_DAYS = 0
    order = order_placed(items=[(scarf, 1)])
    commission = referred(order, affiliate)
    services.order_lines_ship(order=order, carrier="DPD", reference="T1")

    services.order_lines_deliver(order=order)

    commission.refresh_from_db()
    assert commission.status == Commission.Status.APPROVED
    assert balance(affiliate) == (D("0.00"), D("4.00"))


def test_a_refund_after_approval_comes_out_of_available(affiliate, scarf, vase, settings):
    settings.AFFILIATE_RETURN_WINDOW_DAYS = 0
    order = order_placed(items=[(scarf, 1), (vase, 1)])
    commission = referred(order, affiliate)
    services.order_lines_ship(order=order, carrier="DPD", reference="T1")
    services.order_lines_deliver(order=order)

    services.order_refund(
        order=order, line_quantities={order.lines.get(product=vase).pk: 1}, reason="Returned"
    )

    commission.refresh_from_db()
    assert commission.status == Commission.Status.APPROVED
    assert commission.amount == D("4.00")
    assert balance(affiliate) == (D("0.00"), D("4.00"))
    assert_balance_is_ledger_sum(affiliate)


def test_the_referral_is_the_affiliates_not_a_commission_on_others(affiliate, scarf):
    order = order_placed(items=[(scarf, 1)])
    other = order_placed(items=[(scarf, 1)])
    referred(order, affiliate)

    services.order_cancel(order=other)

    assert Referral.objects.count() == 1
    assert balance(affiliate) == (D("4.00"), D("0.00"))


def test_replayed_cancellations_and_refunds_take_back_once(affiliate, scarf, vase, changes):
    order = order_placed(items=[(scarf, 1), (vase, 1)])
    commission = referred(order, affiliate)
    cancelled = services.order_lines_cancel(order=order, lines=[order.lines.get(product=vase)])
    services.order_lines_ship(order=order, carrier="DPD", reference="T1")
    services.order_refund(
        order=order, line_quantities={order.lines.get(product=scarf).pk: 1}, reason="Torn"
    )
    [refunded] = [change for change in changes if change.kind == ChangeKind.REFUNDED]
    entries = affiliate.entries.count()

    with transaction.atomic():
        commissions_follow_order_change(cancelled)
        commissions_follow_order_change(refunded)

    assert affiliate.entries.count() == entries
    commission.refresh_from_db()
    assert (commission.amount, commission.status) == (D("0.00"), Commission.Status.REJECTED)
    assert balance(affiliate) == (D("0.00"), D("0.00"))
    assert_balance_is_ledger_sum(affiliate)
