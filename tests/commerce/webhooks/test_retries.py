"""A receiver that fails gets retries on a schedule, each logged; one attempt at a time, none
after success; a slow or unreachable receiver holds up nothing else."""

import threading
import time
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from commerce.order.lifecycle import ChangeKind
from commerce.webhooks.models import WebhookDelivery, WebhookEndpoint
from commerce.webhooks.services import delivery_attempt

from .conftest import announce, run_worker

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_failed_post_is_retried_a_minute_later(receiver, endpoint, order):
    receiver.answer_with("/hook", 500)
    announce(ChangeKind.PLACED, order)
    run_worker()

    delivery = WebhookDelivery.objects.get()
    assert delivery.status == WebhookDelivery.Status.PENDING
    assert delivery.attempts == 1
    assert delivery.last_response_code == 500
    assert "receiver says no" in delivery.last_error
    assert (
        timedelta(seconds=55) < delivery.next_attempt_at - timezone.now() <= timedelta(seconds=60)
    )
    retry = DBTaskResult.objects.filter(status="READY").get()
    assert retry.run_after == delivery.next_attempt_at

    run_worker()  # not due yet: nothing more is sent
    assert len(receiver.requests) == 1


def test_500_then_200_is_retried_and_the_log_shows_both(settings, receiver, endpoint, order):
    settings.WEBHOOK_RETRY_DELAYS = [0, 0]  # retries due at once, so the test need not wait
    receiver.answer_with("/hook", 500, 200)
    announce(ChangeKind.SHIPPED, order, reference="RM1", carrier="Royal Mail")
    run_worker()
    run_worker()

    first, second = receiver.requests
    assert first.headers["X-Shop-Delivery"] == second.headers["X-Shop-Delivery"]
    assert first.body == second.body
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == WebhookDelivery.Status.SUCCEEDED
    assert delivery.attempts == 2
    assert delivery.delivered_at is not None
    assert [(a.number, a.response_code) for a in delivery.attempt_log.all()] == [
        (1, 500),
        (2, 200),
    ]


def test_a_delivery_fails_when_the_retries_run_out(settings, receiver, endpoint, order):
    settings.WEBHOOK_RETRY_DELAYS = [0]
    receiver.answer_with("/hook", 503)
    announce(ChangeKind.CANCELLED, order, reference="Out of stock")
    run_worker()

    delivery = WebhookDelivery.objects.get()
    assert delivery.status == WebhookDelivery.Status.FAILED
    assert delivery.attempts == 2
    assert delivery.next_attempt_at is None
    assert len(receiver.requests) == 2


def test_a_redirect_is_a_failed_attempt(receiver, endpoint, order):
    receiver.answer_with("/hook", 302)
    announce(ChangeKind.PLACED, order)
    run_worker()

    delivery = WebhookDelivery.objects.get()
    assert delivery.status == WebhookDelivery.Status.PENDING
    assert delivery.last_response_code == 302
    assert len(receiver.requests) == 1


def test_slow_and_unreachable_receivers_time_out_and_hold_up_nothing_else(
    settings, receiver, order, unused_port
):
    settings.WEBHOOK_TIMEOUT = 0.5
    receiver.hold.add("/slow")
    slow = WebhookEndpoint.objects.create(url=receiver.url("/slow"), events=["order.placed"])
    gone = WebhookEndpoint.objects.create(
        url=f"http://127.0.0.1:{unused_port}/hook", events=["order.placed"]
    )
    fast = WebhookEndpoint.objects.create(url=receiver.url("/fast"), events=["order.placed"])

    started = time.monotonic()
    announce(ChangeKind.PLACED, order)
    assert time.monotonic() - started < 1  # the order's transaction never waits on receivers
    run_worker()
    assert time.monotonic() - started < 5

    by_endpoint = {d.endpoint_id: d for d in WebhookDelivery.objects.all()}
    assert by_endpoint[fast.pk].status == WebhookDelivery.Status.SUCCEEDED
    for failing in (slow, gone):
        delivery = by_endpoint[failing.pk]
        assert delivery.status == WebhookDelivery.Status.PENDING
        assert delivery.last_response_code is None
        assert delivery.next_attempt_at > timezone.now()
    assert "timed out" in by_endpoint[slow.pk].last_error
    assert "refused" in by_endpoint[gone.pk].last_error.lower()


def test_a_delivery_is_attempted_once_at_a_time(receiver, endpoint, order):
    receiver.hold.add("/hook")
    announce(ChangeKind.PLACED, order)
    delivery_id = WebhookDelivery.objects.get().pk

    def attempt_in_another_worker():
        try:
            delivery_attempt(delivery_id=delivery_id)
        finally:
            connection.close()

    other = threading.Thread(target=attempt_in_another_worker)
    other.start()
    assert receiver.arrived.wait(timeout=5)  # the other worker's POST is in flight

    assert delivery_attempt(delivery_id=delivery_id) is None
    call_command("deliver_webhooks", verbosity=0)

    receiver.release.set()
    other.join(timeout=10)
    run_worker()  # the queued task finds the delivery done
    assert len(receiver.requests) == 1
    assert WebhookDelivery.objects.get().status == WebhookDelivery.Status.SUCCEEDED


def test_deliver_webhooks_sends_what_no_worker_ran(receiver, endpoint, order, capsys):
    announce(ChangeKind.REFUNDED, order, reference="Damaged")

    call_command("deliver_webhooks")
    assert "1 deliveries attempted, 1 succeeded." in capsys.readouterr().out
    assert len(receiver.requests) == 1

    run_worker()  # the task queued at commit: never a second POST after success
    call_command("deliver_webhooks")
    assert len(receiver.requests) == 1


def test_a_deactivated_endpoint_gets_no_pending_delivery(receiver, endpoint, order):
    announce(ChangeKind.PLACED, order)
    WebhookEndpoint.objects.filter(pk=endpoint.pk).update(is_active=False)
    run_worker()

    assert receiver.requests == []
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == WebhookDelivery.Status.FAILED
    assert "deactivated" in delivery.last_error
