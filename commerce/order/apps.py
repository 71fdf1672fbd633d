import oscar.apps.order.apps as apps


class OrderConfig(apps.OrderConfig):
    """Oscar's order app, forked because the shop changes what happens to an order after
    checkout: its EventHandler (processing.py), the lifecycle services (services.py) and the
    extension point other domains listen on (lifecycle.py)."""

    name = "commerce.order"

    def ready(self):
        super().ready()
        from oscar.apps.order.signals import order_placed

        from .receivers import order_placed_announce

        order_placed.connect(order_placed_announce, dispatch_uid="lifecycle-order-placed")
