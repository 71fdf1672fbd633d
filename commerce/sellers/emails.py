"""The marketplace's emails to a seller about their standing: Oscar communication event types
(file templates under commerce/sellers/templates/oscar/communication/emails/; staff may
override them in the dashboard under Content -> Email templates by adding a type with the
same code), sent to the seller's contact address once the change commits."""

from functools import partial

from django.conf import settings
from django.db import transaction
from oscar.core.loading import get_class

Dispatcher = get_class("communication.utils", "Dispatcher")

SELLER_APPLIED = "SELLER_APPLIED"
SELLER_APPROVED = "SELLER_APPROVED"
SELLER_REJECTED = "SELLER_REJECTED"
SELLER_SUSPENDED = "SELLER_SUSPENDED"
SELLER_REINSTATED = "SELLER_REINSTATED"


def seller_email_after_commit(*, seller, code: str) -> None:
    """Send the `code` email to `seller` once the current transaction commits."""
    transaction.on_commit(
        partial(_send, seller_id=seller.pk, code=code),
        robust=True,  # a mail server that is down must not undo or hide the decision
    )


def _send(*, seller_id: int, code: str) -> None:
    from commerce.sellers.models import Seller

    seller = Seller.objects.select_related("user").get(pk=seller_id)
    context = {"seller": seller, "shop_name": settings.OSCAR_SHOP_NAME}
    dispatcher = Dispatcher()
    messages = dispatcher.get_messages(code, context)
    dispatcher.dispatch_direct_messages(seller.contact_email or seller.user.email, messages)
