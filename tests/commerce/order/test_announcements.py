"""The extension point: a listener is told of each kind of change exactly once, with the
amounts, and the shopper's emails leave once, after the change commits."""

from decimal import Decimal as D

import pytest

from commerce.order import lifecycle, services
from commerce.order.exceptions import OrderChangeRefused
from commerce.order.lifecycle import ChangeKind

from .conftest import order_placed, stocked_product

pytestmark = pytest.mark.django_db


def test_a_listener_is_told_of_each_kind_of_change_once_with_its_amounts(changes):
    towel = stocked_product(title="Tea towel", price="12.00")
    apron = stocked_product(title="Apron", price="30.00")
    order = order_placed(items=[(towel, 2), (apron, 1)], shipping="5.00")
    towel_line, apron_line = order.lines.order_by("pk")

    services.order_lines_ship(order=order, lines=[towel_line], carrier="DPD", reference="T1")
    services.order_lines_deliver(order=order, lines=[towel_line])
    services.order_lines_cancel(order=order, lines=[apron_line], reason="Out of stock")
    services.order_refund(order=order, line_quantities={towel_line: 1}, reason="Torn")

    assert changes.kinds() == [
        ChangeKind.PLACED,
        ChangeKind.SHIPPED,
        ChangeKind.DELIVERED,
        ChangeKind.CANCELLED,
        ChangeKind.REFUNDED,
    ]
    placed, shipped, delivered, cancelled, refunded = changes
    assert placed.amount == D("54.00")
    assert [(c.line.pk, c.quantity, c.amount) for c in placed.lines] == [
        (towel_line.pk, 2, D("24.00")),
        (apron_line.pk, 1, D("30.00")),
    ]
    assert (shipped.amount, shipped.carrier, shipped.reference) == (D("24.00"), "DPD", "T1")
    assert delivered.amount == D("24.00")
    assert [(c.line.pk, c.amount) for c in cancelled.lines] == [(apron_line.pk, D("30.00"))]
    assert (refunded.amount, refunded.shipping_amount) == (D("12.00"), D("0.00"))
    assert refunded.lines[0].quantity == 1 and refunded.reference == "Torn"
    assert all(change.order.pk == order.pk for change in changes)


def test_a_refused_change_is_not_announced(changes):
    towel = stocked_product(title="Tea towel", price="12.00")
    order = order_placed(items=[(towel, 1)])
    services.order_lines_ship(order=order, carrier="DPD", reference="T1")
    with pytest.raises(OrderChangeRefused):
        services.order_cancel(order=order)
    assert changes.kinds() == [ChangeKind.PLACED, ChangeKind.SHIPPED]


def test_a_listener_that_fails_undoes_the_change():
    towel = stocked_product(title="Tea towel", price="12.00")
    order = order_placed(items=[(towel, 1)])

    def refuse(change):
        if change.kind == ChangeKind.CANCELLED:
            raise RuntimeError("the ledger is closed")

    lifecycle.listen(refuse)
    try:
        with pytest.raises(RuntimeError):
            services.order_cancel(order=order)
    finally:
        lifecycle.unlisten(refuse)
    order.refresh_from_db()
    assert order.status == "Pending"
    assert order.lines.get().status == "Pending"


@pytest.mark.parametrize(
    ("change", "subject"),
    [
        ("ship", "is on its way"),
        ("cancel", "cancelled"),
        ("refund", "A refund for your order"),
    ],
)
def test_each_change_emails_the_shopper_once_after_commit(
    change, subject, mailoutbox, django_capture_on_commit_callbacks
):
    towel = stocked_product(title="Tea towel", price="12.00")
    order = order_placed(items=[(towel, 1)], email="ada@example.com")
    if change == "refund":
        services.order_lines_ship(order=order, carrier="DPD", reference="T1")
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        if change == "ship":
            services.order_lines_ship(order=order, carrier="Royal Mail", reference="RM1GB")
        elif change == "cancel":
            services.order_cancel(order=order, reason="Changed my mind")
        else:
            services.order_refund(order=order, reason="Damaged in transit")
    assert mailoutbox == []  # nothing leaves before the commit
    # The commit also runs other work (the page cache's invalidation, the catalogue listing).
    for callback in callbacks:
        callback()

    assert len(mailoutbox) == 1
    email = mailoutbox[0]
    assert email.to == ["ada@example.com"]
    assert subject in email.subject and str(order.number) in email.subject
    assert "The Larder & Loom team" in email.body
    assert "example.com team" not in email.body
    if change == "ship":
        assert "Royal Mail" in email.body and "RM1GB" in email.body
    if change == "refund":
        assert "£17.00" in email.body  # the item and, the whole order refunded, its shipping
        assert "Damaged in transit" in email.body


def test_the_order_confirmation_is_signed_in_the_shops_name():
    from oscar.core.loading import get_class

    Dispatcher = get_class("communication.utils", "Dispatcher")
    order = order_placed(items=[(stocked_product(title="Jar", price="3.00"), 1)])
    messages = Dispatcher().get_messages("ORDER_PLACED", {"order": order})
    assert "The Larder & Loom team" in messages["body"]
    assert "Larder &amp; Loom team" in messages["html"]
    assert "example.com team" not in messages["body"] + messages["html"]
