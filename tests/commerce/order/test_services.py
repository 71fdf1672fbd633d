"""The order lifecycle's services: shipping, cancelling and refunding lines move statuses,
stock and money, and announce each change once."""

from decimal import Decimal as D

import pytest
from oscar.test.factories import create_offer

from commerce.order import services
from commerce.order.exceptions import OrderChangeRefusal, OrderChangeRefused
from commerce.order.lifecycle import ChangeKind

from .conftest import order_placed, stock_of, stocked_product

pytestmark = pytest.mark.django_db


def test_an_order_of_two_lines_ships_one_cancels_the_other_and_ends_shipped(changes):
    towel = stocked_product(title="Tea towel", price="12.00", in_stock=10)
    apron = stocked_product(title="Apron", price="30.00", in_stock=5)
    order = order_placed(items=[(towel, 2), (apron, 1)])
    towel_line, apron_line = order.lines.order_by("pk")
    assert stock_of(towel) == (10, 2) and stock_of(apron) == (5, 1)

    event = services.order_lines_ship(
        order=order, lines=[towel_line], carrier="Royal Mail", reference="RM123GB"
    )
    assert (event.carrier, event.tracking_reference) == ("Royal Mail", "RM123GB")
    assert stock_of(towel) == (8, 0)  # consumed: gone from stock and from the allocation
    order.refresh_from_db()
    assert order.status == "Being processed"

    services.order_lines_cancel(order=order, lines=[apron_line], reason="Out of season")
    assert stock_of(apron) == (5, 0)  # released

    order.refresh_from_db()
    assert order.status == "Shipped"
    assert [line.status for line in order.lines.order_by("pk")] == ["Shipped", "Cancelled"]
    assert changes.kinds() == [ChangeKind.PLACED, ChangeKind.SHIPPED, ChangeKind.CANCELLED]


def test_delivering_every_shipped_line_completes_the_order():
    towel = stocked_product(title="Tea towel", price="12.00")
    order = order_placed(items=[(towel, 1)])
    services.order_lines_ship(order=order, carrier="DPD", reference="15501")
    services.order_lines_deliver(order=order)
    order.refresh_from_db()
    assert order.status == "Complete"
    assert order.lines.get().status == "Delivered"


def test_refunds_line_by_line_never_exceed_what_was_paid(changes):
    # 3 x 10.00 cannot be split into equal pennies: 3.33 + 3.34 + 3.33 must still add to 10.00.
    jar = stocked_product(title="Jar", price="3.3333", in_stock=10)
    towel = stocked_product(title="Tea towel", price="12.00", in_stock=10)
    order = order_placed(items=[(jar, 3), (towel, 1)], shipping="4.50")
    jar_line, towel_line = order.lines.order_by("pk")
    services.order_lines_ship(order=order, carrier="DPD", reference="1")

    refunds = [
        services.order_refund(order=order, line_quantities={jar_line: 1}, reason="Chipped"),
        services.order_refund(order=order, line_quantities={jar_line: 1}, reason="Chipped"),
        services.order_refund(order=order, line_quantities={jar_line: 1}, reason="Chipped"),
    ]
    assert sum(refund.amount for refund in refunds) == jar_line.line_price_incl_tax
    order.refresh_from_db()
    assert order.status == "Shipped"  # the towel is still with the shopper

    last = services.order_refund(order=order, line_quantities={towel_line: 1}, reason="Unwanted")
    # The whole order is now refunded, so the shipping comes back with the last line.
    assert last.amount == towel_line.line_price_incl_tax + D("4.50")
    total = sum(refund.amount for refund in [*refunds, last])
    assert total == order.total_incl_tax

    with pytest.raises(OrderChangeRefused) as refused:
        services.order_refund(order=order, line_quantities={towel_line: 1}, reason="Again")
    assert refused.value.code == OrderChangeRefusal.NOT_REFUNDABLE
    order.refresh_from_db()
    assert order.status == "Refunded"
    refunded = [change for change in changes if change.kind == ChangeKind.REFUNDED]
    assert [change.amount for change in refunded] == [r.amount for r in [*refunds, last]]
    assert refunded[-1].shipping_amount == D("4.50")


def test_refunds_pay_back_what_was_paid_after_the_orders_discount():
    create_offer()  # Oscar's test offer: 20% off everything
    towel = stocked_product(title="Tea towel", price="12.00")
    apron = stocked_product(title="Apron", price="30.00")
    order = order_placed(items=[(towel, 2), (apron, 1)], shipping="5.00")
    assert order.total_incl_tax == D("48.20")  # (24.00 + 30.00) x 80% + 5.00
    towel_line, apron_line = order.lines.order_by("pk")
    services.order_lines_ship(order=order, carrier="DPD", reference="1")

    first = services.order_refund(order=order, line_quantities={towel_line: 1}, reason="Torn")
    assert first.amount == D("9.60")
    rest = services.order_refund(order=order, reason="Returned the lot")
    assert rest.amount == D("9.60") + D("24.00") + D("5.00")
    assert first.amount + rest.amount == order.total_incl_tax


def test_restocking_a_refund_puts_the_returned_items_back_on_the_shelf():
    towel = stocked_product(title="Tea towel", price="12.00", in_stock=10)
    order = order_placed(items=[(towel, 2)])
    services.order_lines_ship(order=order, carrier="DPD", reference="1")
    assert stock_of(towel) == (8, 0)
    services.order_refund(
        order=order, line_quantities={order.lines.get(): 1}, reason="Returned", restock=True
    )
    assert stock_of(towel) == (9, 0)
    services.order_refund(order=order, line_quantities={order.lines.get(): 1}, reason="Kept")
    assert stock_of(towel) == (9, 0)  # not restocked: staff's choice


def test_cancelling_a_pending_order_releases_its_stock_and_cancels_it(changes):
    towel = stocked_product(title="Tea towel", price="12.00", in_stock=10)
    order = order_placed(items=[(towel, 3)])
    services.order_cancel(order=order, reason="Changed my mind")
    order.refresh_from_db()
    assert order.status == "Cancelled"
    assert stock_of(towel) == (10, 0)
    cancelled = changes[-1]
    assert cancelled.kind == ChangeKind.CANCELLED
    assert cancelled.amount == D("36.00") and cancelled.reference == "Changed my mind"


def test_an_order_with_a_shipped_line_cannot_be_cancelled():
    towel = stocked_product(title="Tea towel", price="12.00")
    apron = stocked_product(title="Apron", price="30.00")
    order = order_placed(items=[(towel, 1), (apron, 1)])
    services.order_lines_ship(order=order, lines=[order.lines.first()], carrier="", reference="")
    with pytest.raises(OrderChangeRefused) as refused:
        services.order_cancel(order=order)
    assert refused.value.code == OrderChangeRefusal.ALREADY_SHIPPED
    assert "already been shipped" in refused.value.message
    order.refresh_from_db()
    assert order.status == "Being processed"


def test_an_unshipped_line_must_be_cancelled_not_refunded():
    towel = stocked_product(title="Tea towel", price="12.00")
    order = order_placed(items=[(towel, 1)])
    with pytest.raises(OrderChangeRefused, match="cancel it instead"):
        services.order_refund(order=order, line_quantities={order.lines.get(): 1}, reason="?")
    with pytest.raises(OrderChangeRefused, match="Nothing of this order is left to refund"):
        services.order_refund(order=order, reason="?")
