"""Reads of a signed-in customer's own orders."""

from django.db.models import QuerySet
from oscar.core.loading import get_model

Order = get_model("order", "Order")


def order_list_for_user(*, user) -> QuerySet:
    """The user's orders, newest first, with lines and shipping address loaded."""
    return (
        Order.objects.filter(user=user)
        .select_related("shipping_address__country")
        .prefetch_related("lines")
        .order_by("-date_placed", "-pk")
    )
