from django.db import models
from django.utils.translation import gettext_lazy as _
from oscar.apps.order.abstract_models import AbstractShippingEvent


class ShippingEvent(AbstractShippingEvent):
    """Oscar's shipping event, with the carrier and tracking reference the shopper is shown."""

    carrier = models.CharField(_("Carrier"), max_length=64, blank=True)
    tracking_reference = models.CharField(_("Tracking reference"), max_length=128, blank=True)


from oscar.apps.order.models import *  # noqa: E402, F403
