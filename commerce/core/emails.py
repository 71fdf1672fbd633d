"""Emails about a change the shop made to someone's standing (a seller's, an affiliate's):
Oscar communication event types with file templates (staff may override them in the dashboard
under Content -> Email templates by adding a type with the same code), sent once the change
commits, so an email never announces a decision that was rolled back."""

from collections.abc import Callable
from functools import partial

from django.conf import settings
from django.db import transaction
from oscar.core.loading import get_class

Dispatcher = get_class("communication.utils", "Dispatcher")


def communication_email_after_commit(*, code: str, build: Callable[[], tuple[str, dict]]) -> None:
    """Send Oscar's `code` email once the current transaction commits; `build` runs then and
    returns the address and the template context, so the email reads the committed rows."""
    transaction.on_commit(
        partial(_send, code=code, build=build),
        robust=True,  # a mail server that is down must not undo or hide the decision
    )


def _send(*, code: str, build: Callable[[], tuple[str, dict]]) -> None:
    address, context = build()
    dispatcher = Dispatcher()
    messages = dispatcher.get_messages(code, {"shop_name": settings.OSCAR_SHOP_NAME, **context})
    dispatcher.dispatch_direct_messages(address, messages)
