"""Reads of webhook deliveries."""

from datetime import datetime

from django.db.models import Q

from .models import WebhookDelivery


def deliveries_due(*, now: datetime, limit: int | None = None) -> list:
    """Ids of pending deliveries whose next attempt is due and that no attempt holds."""
    due = (
        WebhookDelivery.objects.filter(
            status=WebhookDelivery.Status.PENDING, next_attempt_at__lte=now
        )
        .filter(Q(locked_until__isnull=True) | Q(locked_until__lt=now))
        .order_by("next_attempt_at")
        .values_list("pk", flat=True)
    )
    return list(due[:limit] if limit else due)
