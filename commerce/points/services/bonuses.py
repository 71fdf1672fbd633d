"""Bonus points for actions: signing up and an approved product review, each once per
shopper (the ledger key names the shopper), available at once as a lot that expires
POINTS_EXPIRY_MONTHS later. The first-order bonus is given at order placement
(the points' order listener)."""

from decimal import Decimal

from django.conf import settings
from django.utils import timezone

from commerce.core.ledger import ledger_append
from commerce.points.models import PointsEntry, PointsEntryKind
from commerce.points.selectors.expiry import points_expiry_for
from commerce.points.services.accounts import points_account_for

SIGNUP_REASON = "Welcome bonus for signing up"
REVIEW_REASON = "Thank-you bonus for a product review"


def _bonus_give(*, user, points: int, action: str, reason: str) -> PointsEntry | None:
    if points <= 0 or user is None:
        return None
    account = points_account_for(user=user)
    return ledger_append(
        owner=account,
        entries=account.entries,
        key=f"points:bonus:{action}:user:{user.pk}",
        kind=PointsEntryKind.EARNED,
        available=Decimal(points),
        reason=reason,
        expires_at=points_expiry_for(at=timezone.now()),
    )


def points_signup_bonus_give(*, user) -> PointsEntry | None:
    """The sign-up bonus (POINTS_SIGNUP_BONUS), once per shopper; None when it is turned off."""
    return _bonus_give(
        user=user, points=settings.POINTS_SIGNUP_BONUS, action="signup", reason=SIGNUP_REASON
    )


def points_review_bonus_give(*, review) -> PointsEntry | None:
    """The review bonus (POINTS_REVIEW_BONUS) for a shopper's approved product review, once per
    shopper however many they write; nothing for reviews not approved or written anonymously."""
    if not review.is_approved or review.user_id is None:
        return None
    return _bonus_give(
        user=review.user, points=settings.POINTS_REVIEW_BONUS, action="review", reason=REVIEW_REASON
    )
