"""Reads for affiliate accounts: whose affiliate account a user has, and the staff's list."""

from django.db.models import Count, QuerySet

from commerce.affiliates.models import Affiliate
from commerce.core.transitions import applications_first


def affiliate_of(*, user) -> Affiliate | None:
    """The affiliate account of `user` in any status, or None."""
    if not getattr(user, "is_authenticated", False):
        return None
    return Affiliate.objects.filter(user=user).first()


def approved_affiliate_of(*, user) -> Affiliate | None:
    """The affiliate account of `user` if it is approved (may use the affiliate's API)."""
    affiliate = affiliate_of(user=user)
    return affiliate if affiliate is not None and affiliate.is_approved else None


def affiliates_for_staff(*, status: str = "") -> QuerySet:
    """Every affiliate (or those in `status`) for the staff's list: applications waiting for
    a decision first, then the newest."""
    affiliates = Affiliate.objects.select_related("user").annotate(voucher_count=Count("vouchers"))
    if status:
        affiliates = affiliates.filter(status=status)
    return affiliates.order_by(applications_first(), "-created_at", "-pk")
