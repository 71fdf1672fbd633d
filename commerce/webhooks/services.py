"""Order webhooks: the outbox written with each order change, and one delivery attempt.

1. `webhooks_follow_order_change` listens to the order lifecycle. Inside the transaction that
   changed the order it writes one `WebhookDelivery` per active endpoint subscribed to the event
   (the outbox: if the process dies after the commit, the rows are still there), and asks, once
   the transaction has committed, for background work to attempt each delivery. Nothing leaves
   the shop inside the shopper's request, and nothing is sent for a change that rolled back.
2. `delivery_attempt` (run by the `webhook_delivery_attempt` task, or by `manage.py
   deliver_webhooks`) claims a due delivery with a conditional UPDATE, so that one attempt runs
   at a time and none after success, POSTs it signed (see signing.py) to the checked addresses
   of its URL only (destinations.py, transport.py), logs the answer, and on
   anything but 2xx schedules the next attempt after `WEBHOOK_RETRY_DELAYS` (then: failed).
"""

import json
import logging
import time
import urllib.error
import urllib.request
import uuid
from datetime import datetime, timedelta
from decimal import Decimal

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django_tasks import task

from commerce.order.lifecycle import ChangeKind, OrderChange

from .destinations import WebhookDestinationRefused, webhook_destination_addresses
from .models import WebhookAttempt, WebhookDelivery, WebhookEndpoint, WebhookEvent
from .selectors import deliveries_due
from .signing import signature_for
from .transport import pinned_opener

logger = logging.getLogger(__name__)

ERROR_EXCERPT_CHARS = 1000
USER_AGENT = "LarderLoom-Webhooks/1.0"


def _money(amount) -> str | None:
    return None if amount is None else str(Decimal(amount).quantize(Decimal("0.01")))


def order_change_payload(*, change: OrderChange, delivery_id: uuid.UUID, created: datetime) -> dict:
    """The JSON document sent for `change`: the order, the lines concerned and the money moved."""
    order = change.order
    data = {
        "order": {
            "number": order.number,
            "status": order.status,
            "currency": order.currency,
            "total_incl_tax": _money(order.total_incl_tax),
            "total_excl_tax": _money(order.total_excl_tax),
            "shipping_incl_tax": _money(order.shipping_incl_tax),
            "date_placed": order.date_placed.isoformat() if order.date_placed else None,
            "email": order.email,
        },
        "lines": [
            {
                "id": line_change.line.pk,
                "sku": line_change.line.partner_sku,
                "upc": line_change.line.upc,
                "title": line_change.line.title,
                "quantity": line_change.quantity,
                "amount": _money(line_change.amount),
            }
            for line_change in change.lines
        ],
        "amount": _money(change.amount),
        "shipping_amount": _money(change.shipping_amount),
    }
    if change.kind == ChangeKind.SHIPPED:
        data["tracking"] = {"carrier": change.carrier, "reference": change.reference}
    elif change.kind in (ChangeKind.CANCELLED, ChangeKind.REFUNDED):
        data["reason"] = change.reference
    return {
        "id": str(delivery_id),
        "event": WebhookEvent.for_change(change.kind).value,
        "created": created.isoformat(),
        "data": data,
    }


def webhooks_follow_order_change(change: OrderChange) -> None:
    """Write one delivery per subscribed active endpoint, and attempt them after commit."""
    event = WebhookEvent.for_change(change.kind)
    # A handful of endpoints at most: filter the subscription in Python, the same on SQLite
    # and PostgreSQL (JSON containment lookups differ between them).
    endpoints = [
        endpoint
        for endpoint in WebhookEndpoint.objects.filter(is_active=True)
        if event in endpoint.events
    ]
    if not endpoints:
        return
    now = timezone.now()
    deliveries = []
    for endpoint in endpoints:
        delivery_id = uuid.uuid4()
        deliveries.append(
            WebhookDelivery(
                id=delivery_id,
                endpoint=endpoint,
                event=event,
                order_number=change.order.number,
                payload=order_change_payload(change=change, delivery_id=delivery_id, created=now),
                next_attempt_at=now,
            )
        )
    WebhookDelivery.objects.bulk_create(deliveries)
    for delivery in deliveries:
        delivery_attempt_enqueue_on_commit(delivery_id=delivery.id)


def delivery_attempt_enqueue_on_commit(
    *, delivery_id: uuid.UUID, run_after: datetime | None = None
) -> None:
    """Ask background work to attempt the delivery once the current transaction commits."""

    def enqueue():
        task = webhook_delivery_attempt
        if run_after is not None:
            task = task.using(run_after=run_after)
        task.enqueue(delivery_id=str(delivery_id))

    # robust: a queue that cannot be reached must not turn a committed order into an error
    # page; the delivery is in the outbox and `manage.py deliver_webhooks` sends it.
    transaction.on_commit(enqueue, robust=True)


def _post(*, delivery: WebhookDelivery) -> tuple[int | None, str]:
    """POST the delivery once: (HTTP status or None, error excerpt; empty on 2xx)."""
    body = json.dumps(delivery.payload, sort_keys=True, separators=(",", ":")).encode()
    timestamp = int(time.time())
    request = urllib.request.Request(
        delivery.endpoint.url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
            "X-Shop-Event": delivery.event,
            "X-Shop-Delivery": str(delivery.id),
            "X-Shop-Timestamp": str(timestamp),
            "X-Shop-Signature": signature_for(
                secret=delivery.endpoint.secret, timestamp=timestamp, body=body
            ),
        },
    )
    try:
        _host, _port, addresses = webhook_destination_addresses(url=delivery.endpoint.url)
    except WebhookDestinationRefused as refusal:
        return None, str(refusal)
    opener = pinned_opener(addresses=addresses)
    try:
        with opener.open(request, timeout=settings.WEBHOOK_TIMEOUT) as response:
            return response.status, ""
    except urllib.error.HTTPError as error:
        excerpt = error.read(ERROR_EXCERPT_CHARS).decode("utf-8", "replace")
        return error.code, excerpt or error.reason
    except (urllib.error.URLError, OSError) as error:  # refused, DNS, TLS, timeout
        reason = getattr(error, "reason", error)
        return None, f"{type(error).__name__}: {reason}"[:ERROR_EXCERPT_CHARS]


def _delivery_claim(*, delivery_id, now: datetime) -> WebhookDelivery | None:
    """Take the delivery for one attempt if it is pending, due and not being attempted."""
    lease = timedelta(seconds=settings.WEBHOOK_TIMEOUT + 60)
    claimed = (
        WebhookDelivery.objects.due(now)
        .filter(pk=delivery_id)
        .update(attempts=F("attempts") + 1, locked_until=now + lease, updated=now)
    )
    if not claimed:
        return None
    return WebhookDelivery.objects.select_related("endpoint").get(pk=delivery_id)


def delivery_attempt(*, delivery_id) -> WebhookDelivery | None:
    """Attempt a due delivery once and log it; None when it is not due, done or taken."""
    started = timezone.now()
    delivery = _delivery_claim(delivery_id=delivery_id, now=started)
    if delivery is None:
        return None
    clock = time.monotonic()
    if delivery.endpoint.is_active:
        code, error = _post(delivery=delivery)
    else:
        code, error = None, "The endpoint was deactivated; nothing was sent."
    duration_ms = int((time.monotonic() - clock) * 1000)
    succeeded = code is not None and 200 <= code < 300
    if code is not None and not succeeded and not error:
        error = f"HTTP {code}"

    now = timezone.now()
    delays = settings.WEBHOOK_RETRY_DELAYS
    changes = {"last_response_code": code, "last_error": error, "locked_until": None}
    retry_at = None
    if succeeded:
        changes.update(status=WebhookDelivery.Status.SUCCEEDED, delivered_at=now)
    elif delivery.endpoint.is_active and delivery.attempts <= len(delays):
        retry_at = now + timedelta(seconds=delays[delivery.attempts - 1])
        changes.update(next_attempt_at=retry_at)
    else:
        changes.update(status=WebhookDelivery.Status.FAILED, next_attempt_at=None)

    with transaction.atomic():
        WebhookAttempt.objects.create(
            delivery=delivery,
            number=delivery.attempts,
            started=started,
            duration_ms=duration_ms,
            response_code=code,
            error=error,
        )
        # Only the attempt that holds the claim records its outcome.
        WebhookDelivery.objects.filter(
            pk=delivery.pk, attempts=delivery.attempts, status=WebhookDelivery.Status.PENDING
        ).update(**changes, updated=now)
        if retry_at is not None:
            delivery_attempt_enqueue_on_commit(delivery_id=delivery.pk, run_after=retry_at)
    if not succeeded:
        logger.warning(
            "Webhook %s for order %s to %s failed (attempt %s): %s",
            delivery.event,
            delivery.order_number,
            delivery.endpoint.url,
            delivery.attempts,
            error[:200],
        )
    delivery.refresh_from_db()
    return delivery


def deliveries_due_attempt(*, limit: int | None = None) -> list[WebhookDelivery]:
    """Attempt every delivery now due (for cron, or after the worker was down)."""
    attempted = []
    for delivery_id in deliveries_due(now=timezone.now(), limit=limit):
        delivery = delivery_attempt(delivery_id=delivery_id)
        if delivery is not None:
            attempted.append(delivery)
    return attempted


# The background task lives beside the attempt it runs, because an attempt that fails enqueues
# the task again for its retry. `manage.py db_worker --backend background` runs it.
@task(backend="background")
def webhook_delivery_attempt(delivery_id: str) -> None:
    """Attempt one webhook delivery (a no-op if it is already done, not due or being sent)."""
    delivery_attempt(delivery_id=delivery_id)
