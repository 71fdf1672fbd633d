"""The marketplace's emails to a seller about their standing (file templates
under commerce/sellers/templates/oscar/communication/emails/), sent to the seller's contact
address once the change commits (commerce.core.emails)."""

from commerce.core.emails import standing_email_after_commit

SELLER_APPLIED = "SELLER_APPLIED"
SELLER_APPROVED = "SELLER_APPROVED"
SELLER_REJECTED = "SELLER_REJECTED"
SELLER_SUSPENDED = "SELLER_SUSPENDED"
SELLER_REINSTATED = "SELLER_REINSTATED"


def seller_email_after_commit(*, seller, code: str) -> None:
    """Send the `code` email to `seller` once the current transaction commits."""
    standing_email_after_commit(code=code, member=seller, name="seller", address=_address)


def _address(seller) -> str:
    return seller.contact_email or seller.user.email
