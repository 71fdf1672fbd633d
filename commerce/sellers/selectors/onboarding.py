"""Reads for the sellers' public pages and the staff's list of sellers."""

from django.db.models import QuerySet

from commerce.core.transitions import applications_first
from commerce.sellers.models import Seller, SellerStatus


def sellers_public() -> QuerySet:
    """Sellers shown to shoppers: approved ones only, by name."""
    return Seller.objects.filter(status=SellerStatus.APPROVED).select_related("partner")


def sellers_for_staff(*, status: str = "") -> QuerySet:
    """Every seller (or those in `status`) for the staff's list: applications waiting for a
    decision first, then by name."""
    sellers = Seller.objects.select_related("user", "partner")
    if status:
        sellers = sellers.filter(status=status)
    return sellers.order_by(applications_first(), "name", "pk")
