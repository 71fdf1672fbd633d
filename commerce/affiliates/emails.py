"""The shop's emails to an affiliate about their standing (file templates under
commerce/affiliates/templates/oscar/communication/emails/), sent to the affiliate's account
address once the change commits (commerce.core.emails)."""

from functools import partial

from commerce.core.emails import communication_email_after_commit

AFFILIATE_APPROVED = "AFFILIATE_APPROVED"
AFFILIATE_REJECTED = "AFFILIATE_REJECTED"
AFFILIATE_SUSPENDED = "AFFILIATE_SUSPENDED"


def affiliate_email_after_commit(*, affiliate, code: str) -> None:
    """Send the `code` email to `affiliate` once the current transaction commits."""
    communication_email_after_commit(code=code, build=partial(_message, affiliate_id=affiliate.pk))


def _message(*, affiliate_id: int) -> tuple[str, dict]:
    from commerce.affiliates.models import Affiliate

    affiliate = Affiliate.objects.select_related("user").get(pk=affiliate_id)
    return affiliate.user.email, {"affiliate": affiliate}
