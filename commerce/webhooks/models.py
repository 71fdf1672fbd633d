"""Webhook endpoints (where to POST, with which secret) and deliveries (the outbox and its log)."""

import secrets
import uuid

from django.core.exceptions import ValidationError
from django.db import models

from commerce.order.lifecycle import ChangeKind

from .destinations import webhook_url_check


class WebhookEvent(models.TextChoices):
    """The events an endpoint can subscribe to: one per kind of order change."""

    ORDER_PLACED = "order.placed", "Order placed"
    ORDER_SHIPPED = "order.shipped", "Order shipped"
    ORDER_DELIVERED = "order.delivered", "Order delivered"
    ORDER_CANCELLED = "order.cancelled", "Order cancelled"
    ORDER_REFUNDED = "order.refunded", "Order refunded"

    @classmethod
    def for_change(cls, kind: ChangeKind) -> "WebhookEvent":
        return cls(f"order.{kind.value}")


def webhook_secret_generate() -> str:
    """A fresh signing secret: 256 random bits, URL-safe."""
    return "whsec_" + secrets.token_urlsafe(32)


class WebhookEndpoint(models.Model):
    """A URL of an external app that receives the events it subscribed to, signed with `secret`."""

    url = models.URLField("URL", max_length=500)
    description = models.CharField(max_length=200, blank=True)
    secret = models.CharField(
        max_length=100,
        blank=True,
        help_text="Signs every delivery (HMAC-SHA256). Leave empty to generate one.",
    )
    events = models.JSONField(default=list, help_text="The events this endpoint receives.")
    is_active = models.BooleanField("active", default=True)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created"]

    def __str__(self):
        return self.description or self.url

    def save(self, *args, **kwargs):
        if not self.secret:
            self.secret = webhook_secret_generate()
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.url:
            # Forms (the dashboard's, Django admin's) refuse URLs into the shop's own network.
            try:
                webhook_url_check(url=self.url)
            except ValidationError as refusal:
                raise ValidationError({"url": refusal.error_list}) from refusal


class WebhookDeliveryQuerySet(models.QuerySet):
    def due(self, now):
        """Pending deliveries whose next attempt is due and that no running attempt holds."""
        return self.filter(status=WebhookDelivery.Status.PENDING, next_attempt_at__lte=now).filter(
            models.Q(locked_until__isnull=True) | models.Q(locked_until__lt=now)
        )


class WebhookDelivery(models.Model):
    """One event for one endpoint: written with the order change (the outbox), then attempted by
    background work until the receiver answers 2xx or the retries run out. Its id is sent as
    `X-Shop-Delivery` (and as the payload's "id") so receivers can de-duplicate."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        SUCCEEDED = "succeeded", "Succeeded"
        FAILED = "failed", "Failed"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    endpoint = models.ForeignKey(
        WebhookEndpoint, on_delete=models.CASCADE, related_name="deliveries"
    )
    event = models.CharField(max_length=40, choices=WebhookEvent.choices)
    order_number = models.CharField(max_length=128, db_index=True)
    payload = models.JSONField()
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    last_response_code = models.PositiveIntegerField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    # While an attempt runs, no other worker may start one; an attempt whose process died
    # frees the delivery again when this passes.
    locked_until = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    objects = WebhookDeliveryQuerySet.as_manager()

    class Meta:
        ordering = ["-created"]
        verbose_name_plural = "webhook deliveries"
        indexes = [
            models.Index(
                fields=["next_attempt_at"],
                condition=models.Q(status="pending"),
                name="webhook_delivery_due_idx",
            )
        ]

    def __str__(self):
        return f"{self.event} {self.order_number} -> {self.endpoint_id} ({self.status})"


class WebhookAttempt(models.Model):
    """One POST of a delivery and what the receiver answered: the delivery log."""

    delivery = models.ForeignKey(
        WebhookDelivery, on_delete=models.CASCADE, related_name="attempt_log"
    )
    number = models.PositiveIntegerField()
    started = models.DateTimeField()
    duration_ms = models.PositiveIntegerField()
    response_code = models.PositiveIntegerField(null=True, blank=True)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["delivery", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["delivery", "number"], name="webhook_attempt_once_per_number"
            )
        ]

    def __str__(self):
        return f"attempt {self.number}: {self.response_code or self.error[:40]}"
