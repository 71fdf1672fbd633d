"""Reads of webhook deliveries."""

from datetime import datetime

from .models import WebhookDelivery


def deliveries_due(*, now: datetime, limit: int | None = None) -> list:
    """Ids of pending deliveries whose next attempt is due and that no attempt holds."""
    due = WebhookDelivery.objects.due(now).order_by("next_attempt_at").values_list("pk", flat=True)
    return list(due[:limit] if limit else due)
