"""Every order change reaches each subscribed endpoint once, signed, after commit, by the worker."""

import hashlib
import hmac
import json
import time

import pytest
from django.db import transaction
from django_tasks_db.models import DBTaskResult
from oscar.test.factories import create_order

from commerce.order import services
from commerce.order.lifecycle import ChangeKind
from commerce.webhooks.models import WebhookDelivery, WebhookEndpoint

from .conftest import ALL_EVENTS, announce, run_worker

pytestmark = pytest.mark.django_db(transaction=True)

EVENTS = [
    (ChangeKind.PLACED, "order.placed"),
    (ChangeKind.SHIPPED, "order.shipped"),
    (ChangeKind.DELIVERED, "order.delivered"),
    (ChangeKind.CANCELLED, "order.cancelled"),
    (ChangeKind.REFUNDED, "order.refunded"),
]


def expected_signature(secret: str, timestamp: str, body: bytes) -> str:
    signed = timestamp.encode() + b"." + body
    return "sha256=" + hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()


@pytest.mark.parametrize(("kind", "event"), EVENTS)
def test_each_change_is_posted_once_signed(receiver, endpoint, order, kind, event):
    announce(kind, order, reference="RM123456785GB", carrier="Royal Mail")
    run_worker()
    run_worker()  # a second run finds nothing left to send

    [request] = receiver.requests
    assert request.method == "POST"
    assert request.path == "/hook"
    assert request.headers["Content-Type"] == "application/json"
    assert request.headers["X-Shop-Event"] == event
    delivery = WebhookDelivery.objects.get()
    assert request.headers["X-Shop-Delivery"] == str(delivery.id)
    timestamp = request.headers["X-Shop-Timestamp"]
    assert abs(int(timestamp) - time.time()) < 60
    assert request.headers["X-Shop-Signature"] == expected_signature(
        endpoint.secret, timestamp, request.body
    )
    payload = request.json
    assert payload["id"] == str(delivery.id)
    assert payload["event"] == event
    assert payload["data"]["order"]["number"] == order.number
    assert payload["data"]["order"]["currency"] == order.currency
    assert payload["data"]["order"]["total_incl_tax"] == str(order.total_incl_tax)
    assert payload["data"]["order"]["email"] == "ada@example.com"
    [line] = order.lines.all()
    assert payload["data"]["lines"] == [
        {
            "id": line.pk,
            "sku": line.partner_sku,
            "upc": line.upc,
            "title": line.title,
            "quantity": line.quantity,
            "amount": str(line.line_price_incl_tax),
        }
    ]
    assert payload["data"]["amount"] == str(line.line_price_incl_tax)
    delivery.refresh_from_db()
    assert delivery.status == WebhookDelivery.Status.SUCCEEDED
    assert delivery.attempts == 1
    assert delivery.last_response_code == 200
    assert [a.response_code for a in delivery.attempt_log.all()] == [200]


def test_shipping_carries_the_tracking_and_cancelling_the_reason(receiver, endpoint, order):
    announce(ChangeKind.SHIPPED, order, carrier="Royal Mail", reference="RM123456785GB")
    announce(ChangeKind.CANCELLED, order, reference="Customer changed their mind")
    run_worker()

    shipped, cancelled = sorted(receiver.requests, key=lambda r: r.headers["X-Shop-Event"])[::-1]
    assert shipped.json["data"]["tracking"] == {
        "carrier": "Royal Mail",
        "reference": "RM123456785GB",
    }
    assert cancelled.json["data"]["reason"] == "Customer changed their mind"
    assert "tracking" not in cancelled.json["data"]


def test_nothing_is_sent_inside_the_transaction_only_by_the_worker(receiver, endpoint, order):
    announce(ChangeKind.PLACED, order)

    # The change committed: the delivery waits in the outbox and as a queued task, unsent.
    assert receiver.requests == []
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == WebhookDelivery.Status.PENDING
    assert DBTaskResult.objects.filter(backend_name="background").count() == 1

    run_worker()
    assert len(receiver.requests) == 1


def test_a_rolled_back_change_sends_nothing(receiver, endpoint, order):
    with pytest.raises(RuntimeError), transaction.atomic():
        announce(ChangeKind.SHIPPED, order, reference="RM1")
        raise RuntimeError("the shipment failed after the announcement")

    run_worker()
    assert WebhookDelivery.objects.count() == 0
    assert DBTaskResult.objects.count() == 0
    assert receiver.requests == []


def test_inactive_and_unsubscribed_endpoints_get_nothing(receiver, order):
    WebhookEndpoint.objects.create(
        url=receiver.url("/inactive"), events=["order.placed"], is_active=False
    )
    WebhookEndpoint.objects.create(url=receiver.url("/shipping-only"), events=["order.shipped"])
    WebhookEndpoint.objects.create(url=receiver.url("/placed"), events=["order.placed"])

    announce(ChangeKind.PLACED, order)
    run_worker()

    assert [request.path for request in receiver.requests] == ["/placed"]


def test_every_endpoint_gets_its_own_signature(receiver, order):
    first = WebhookEndpoint.objects.create(url=receiver.url("/one"), events=["order.placed"])
    second = WebhookEndpoint.objects.create(url=receiver.url("/two"), events=["order.placed"])
    assert first.secret != second.secret

    announce(ChangeKind.PLACED, order)
    run_worker()

    for endpoint, path in ((first, "/one"), (second, "/two")):
        [request] = receiver.to(path)
        assert request.headers["X-Shop-Signature"] == expected_signature(
            endpoint.secret, request.headers["X-Shop-Timestamp"], request.body
        )
    assert len({r.headers["X-Shop-Delivery"] for r in receiver.requests}) == 2


def test_the_body_is_plain_json_with_decimals_as_strings(receiver, endpoint, order):
    announce(ChangeKind.REFUNDED, order, reference="Damaged in transit")
    run_worker()

    [request] = receiver.requests
    payload = json.loads(request.body.decode("utf-8"))
    assert isinstance(payload["data"]["amount"], str)
    assert isinstance(payload["data"]["order"]["total_incl_tax"], str)
    assert payload["created"]


def test_the_order_services_send_each_event_once_from_placing_to_refunding(receiver):
    """The real lifecycle, not announcements made by hand: each service's change is one POST."""
    WebhookEndpoint.objects.create(url=receiver.url("/hook"), events=ALL_EVENTS)
    shipped = create_order(guest_email="ada@example.com")
    services.order_lines_ship(order=shipped, carrier="Royal Mail", reference="RM1")
    services.order_refund(order=shipped, reason="Damaged in transit")
    cancelled = create_order(guest_email="bo@example.com")
    services.order_cancel(order=cancelled, reason="Changed my mind")
    run_worker()

    sent = [
        (r.json["data"]["order"]["number"], r.headers["X-Shop-Event"]) for r in receiver.requests
    ]
    assert sorted(sent) == sorted(
        [
            (str(shipped.number), "order.placed"),
            (str(shipped.number), "order.shipped"),
            (str(shipped.number), "order.refunded"),
            (str(cancelled.number), "order.placed"),
            (str(cancelled.number), "order.cancelled"),
        ]
    )
