"""Staff's manual changes of a shopper's points, each with a reason and its author."""

from decimal import Decimal
from uuid import uuid4

from django.core.exceptions import ValidationError
from django.utils import timezone

from commerce.core.ledger import LedgerOverdrawn, ledger_append
from commerce.points.models import PointsAccount, PointsEntry, PointsEntryKind
from commerce.points.selectors.balance import points_balance
from commerce.points.selectors.expiry import points_expiry_for


def points_adjust(
    *, account: PointsAccount, points: int, reason: str, by, key: str | None = None
) -> PointsEntry:
    """Give (points > 0, a lot that expires as configured) or take (points < 0) available
    points, recording `reason` and `by`; never below zero. `key` makes a resubmitted form one
    adjustment."""
    reason = (reason or "").strip()
    if not points:
        raise ValidationError({"points": "Enter a number of points other than zero."})
    if not reason:
        raise ValidationError({"reason": "Say why the points change: the shopper sees it."})
    now = timezone.now()
    lot = {"expires_at": points_expiry_for(at=now)} if points > 0 else {}
    try:
        return ledger_append(
            owner=account,
            entries=account.entries,
            key=f"adjustment:{account.pk}:{key or uuid4().hex}",
            kind=PointsEntryKind.ADJUSTED,
            available=Decimal(points),
            reason=reason,
            created_by=by,
            created_at=now,
            **lot,
        )
    except LedgerOverdrawn:
        available = int(points_balance(account=account).available)
        raise ValidationError(
            {
                "points": f"Only {available} points are available: take away at most "
                f"{available}, a balance cannot go below zero."
            },
            code="overdrawn",
        ) from None
