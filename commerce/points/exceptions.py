"""What the points app refuses, as exceptions the checkout already knows how to show."""

from oscar.core.loading import get_class

UnableToPlaceOrder = get_class("order.exceptions", "UnableToPlaceOrder")


class PointsBalanceChanged(UnableToPlaceOrder):
    """The points an order's discount stands for are no longer available (spent on another
    order meanwhile): placing it fails, the checkout shows the sentence on the preview, and
    the order's transaction rolls back."""
