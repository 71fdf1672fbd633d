"""Reads for affiliate accounts: whose affiliate account a user has, and the staff's list."""

from django.db.models import Case, Count, IntegerField, QuerySet, Value, When

from commerce.affiliates.models import Affiliate, AffiliateStatus


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
    waiting_first = Case(
        When(status=AffiliateStatus.APPLIED, then=Value(0)),
        default=Value(1),
        output_field=IntegerField(),
    )
    return affiliates.order_by(waiting_first, "-created_at", "-pk")
