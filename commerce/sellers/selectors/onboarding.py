"""Reads for the sellers' public pages and the staff's list of sellers."""

from django.db.models import Case, IntegerField, QuerySet, Value, When

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
    waiting_first = Case(
        When(status=SellerStatus.APPLIED, then=Value(0)),
        default=Value(1),
        output_field=IntegerField(),
    )
    return sellers.order_by(waiting_first, "name", "pk")
