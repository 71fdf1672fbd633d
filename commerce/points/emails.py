"""The shop's emails to a shopper about their points (file templates under
commerce/points/templates/oscar/communication/emails/), sent once the change commits
(commerce.core.emails)."""

from functools import partial

from commerce.core.emails import communication_email_after_commit

POINTS_EXPIRY_REMINDER = "POINTS_EXPIRY_REMINDER"


def points_expiry_email_after_commit(*, account, expiring: list) -> None:
    """Tell the owner of `account` which of their points expire when (`expiring`: Expiry
    rows), once the current transaction commits."""
    communication_email_after_commit(
        code=POINTS_EXPIRY_REMINDER,
        build=partial(_message, account_id=account.pk, expiring=expiring),
    )


def _message(*, account_id: int, expiring: list) -> tuple[str, dict]:
    from commerce.points.models import PointsAccount
    from commerce.points.selectors.balance import points_value

    account = PointsAccount.objects.select_related("user").get(pk=account_id)
    points = sum(expiry.points for expiry in expiring)
    return account.user.email, {
        "user": account.user,
        "expiring": expiring,
        "points": points,
        "value": points_value(points=points),
    }
