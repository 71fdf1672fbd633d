"""The marketplace's emails to a seller about their standing (file templates
under commerce/sellers/templates/oscar/communication/emails/), sent to the seller's contact
address once the change commits (commerce.core.emails)."""

from functools import partial

from commerce.core.emails import communication_email_after_commit

SELLER_APPLIED = "SELLER_APPLIED"
SELLER_APPROVED = "SELLER_APPROVED"
SELLER_REJECTED = "SELLER_REJECTED"
SELLER_SUSPENDED = "SELLER_SUSPENDED"
SELLER_REINSTATED = "SELLER_REINSTATED"


def seller_email_after_commit(*, seller, code: str) -> None:
    """Send the `code` email to `seller` once the current transaction commits."""
    communication_email_after_commit(code=code, build=partial(_message, seller_id=seller.pk))


def _message(*, seller_id: int) -> tuple[str, dict]:
    from commerce.sellers.models import Seller

    seller = Seller.objects.select_related("user").get(pk=seller_id)
    return seller.contact_email or seller.user.email, {"seller": seller}
