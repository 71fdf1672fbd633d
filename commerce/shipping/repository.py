"""Which delivery options the shipping-method step of checkout offers."""

from oscar.apps.shipping import repository
from oscar.core.loading import get_classes

Standard, Express = get_classes("shipping.methods", ["Standard", "Express"])


class Repository(repository.Repository):
    """Standard (the default, shown first on the basket page) and Express delivery."""

    methods = (Standard(), Express())
