from decimal import Decimal

from django.db import models
from django.utils import timezone

from commerce.core.ledger import LedgerEntry

NO_POINTS = Decimal("0")


class PointsEntryKind(models.TextChoices):
    EARNED = "earned", "Earned"  # pending on an order, or available at once for an action
    RELEASED = "released", "Made available"  # pending -> available once lines are delivered
    REDEEMED = "redeemed", "Redeemed"  # spent as money off an order
    RESTORED = "restored", "Given back"  # redeemed points back after a cancel or refund
    REVERSED = "reversed", "Reversed"  # earned points taken back after a cancel or refund
    EXPIRED = "expired", "Expired"
    ADJUSTED = "adjusted", "Adjusted by staff"


class PointsEntry(LedgerEntry):
    """One change of a shopper's points (whole points: the buckets have no decimals).

    An entry that makes points available (EARNED available at once, RELEASED, RESTORED, a
    positive ADJUSTED) is a lot that expires at `expires_at`; debits use the oldest lots
    first (selectors.expiry)."""

    pending = models.DecimalField(max_digits=12, decimal_places=0, default=NO_POINTS)
    available = models.DecimalField(max_digits=12, decimal_places=0, default=NO_POINTS)
    kind = models.CharField(max_length=32, choices=PointsEntryKind.choices)
    account = models.ForeignKey(
        "points.PointsAccount", on_delete=models.PROTECT, related_name="entries"
    )
    order = models.ForeignKey(
        "order.Order", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    line = models.ForeignKey(
        "order.Line", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    expires_at = models.DateTimeField(null=True, blank=True, db_index=True)

    class Meta(LedgerEntry.Meta):
        verbose_name_plural = "points entries"
        indexes = [models.Index(fields=["account", "created_at"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.pending} pending, {self.available} available"


class PointsOrderLine(models.Model):
    """What one order line earned and spent in points when it was placed: the base every later
    release, reversal and restoration of that line takes its share of."""

    account = models.ForeignKey(
        "points.PointsAccount", on_delete=models.PROTECT, related_name="order_lines"
    )
    line = models.OneToOneField("order.Line", on_delete=models.PROTECT, related_name="points")
    earned = models.DecimalField(max_digits=12, decimal_places=0, default=NO_POINTS)
    redeemed = models.DecimalField(max_digits=12, decimal_places=0, default=NO_POINTS)

    def __str__(self) -> str:
        return f"Line {self.line_id}: earned {self.earned}, redeemed {self.redeemed}"


class ExpiryReminder(models.Model):
    """The one email telling a shopper that a lot of points will expire (sent once per lot)."""

    lot = models.OneToOneField(
        "points.PointsEntry", on_delete=models.PROTECT, related_name="expiry_reminder"
    )
    sent_at = models.DateTimeField(default=timezone.now)
