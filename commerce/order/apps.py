import oscar.apps.order.apps as apps


class OrderConfig(apps.OrderConfig):
    """Oscar's order app, forked because the shop changes what happens to an order after
    checkout: its EventHandler (processing.py) and the lifecycle services (services.py)."""

    name = "commerce.order"
