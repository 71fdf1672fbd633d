"""Oscar only tells of a placed order by its `order_placed` signal: one line into the services."""

from . import services


def order_placed_announce(sender, order, **kwargs):
    services.order_placed_announce(order=order)
