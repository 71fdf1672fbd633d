"""The shop's emails to an affiliate about their standing (file templates under
commerce/affiliates/templates/oscar/communication/emails/), sent to the affiliate's account
address once the change commits (commerce.core.emails)."""

from commerce.core.emails import standing_email_after_commit

AFFILIATE_APPROVED = "AFFILIATE_APPROVED"
AFFILIATE_REJECTED = "AFFILIATE_REJECTED"
AFFILIATE_SUSPENDED = "AFFILIATE_SUSPENDED"


def affiliate_email_after_commit(*, affiliate, code: str) -> None:
    """Send the `code` email to `affiliate` once the current transaction commits."""
    standing_email_after_commit(code=code, member=affiliate, name="affiliate", address=_address)


def _address(affiliate) -> str:
    return affiliate.user.email
