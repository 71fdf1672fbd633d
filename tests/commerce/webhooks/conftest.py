import signal
import socket
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.db import transaction
from oscar.test.factories import create_order

from commerce.order import lifecycle
from commerce.order.lifecycle import ChangeKind, LineChange, OrderChange
from commerce.webhooks.models import WebhookEndpoint, WebhookEvent

from .receiver import receiver_start, receiver_stop

ALL_EVENTS = [event.value for event in WebhookEvent]


@pytest.fixture
def receiver():
    receiver = receiver_start()
    yield receiver
    receiver_stop(receiver)


@pytest.fixture
def order():
    """An order placed before any endpoint exists (placing it announces order.placed)."""
    return create_order(guest_email="ada@example.com")


@pytest.fixture
def endpoint(receiver, order):
    return WebhookEndpoint.objects.create(url=receiver.url("/hook"), events=ALL_EVENTS)


@pytest.fixture
def unused_port():
    """A port on 127.0.0.1 nobody listens on: connections are refused at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def announce(kind: ChangeKind, order, **details) -> None:
    """What the order services do: announce a change of every line, in its own transaction."""
    lines = tuple(
        LineChange(line=line, quantity=line.quantity, amount=line.line_price_incl_tax)
        for line in order.lines.all()
    )
    change = OrderChange(
        kind=kind,
        order=order,
        lines=lines,
        amount=sum((line.amount for line in lines), Decimal("0.00")),
        **details,
    )
    with transaction.atomic():
        lifecycle.order_change_announce(change)


def run_worker() -> None:
    """Run the background worker until no task is ready, as `db_worker --batch` does."""
    # The worker installs its own SIGINT/SIGTERM handlers; give pytest its own back.
    saved = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT)}
    try:
        call_command(
            "db_worker",
            "--batch",
            "--backend=background",
            "--no-startup-delay",
            "--no-reload",
            verbosity=0,
        )
    finally:
        for sig, handler in saved.items():
            signal.signal(sig, handler)
