from django.db import models
from django.utils import timezone

from commerce.core.ledger import LedgerEntry


class Commission(models.Model):
    """An affiliate's commission on one referred order: its base (what the shopper paid for the
    goods after offers, vouchers and bonus points; no shipping, no tax), its amount, and its
    status, which follows the order's fate (commerce.affiliates.services.commissions). The
    money itself moves in the affiliate's ledger (AffiliateEntry)."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        APPROVED = "approved", "Approved"
        REJECTED = "rejected", "Rejected"
        PAID = "paid", "Paid"

    referral = models.OneToOneField(
        "affiliates.Referral", on_delete=models.PROTECT, related_name="commission"
    )
    affiliate = models.ForeignKey(
        "affiliates.Affiliate", on_delete=models.PROTECT, related_name="commissions"
    )
    status = models.CharField(
        max_length=16, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    base = models.DecimalField(max_digits=12, decimal_places=2)
    amount = models.DecimalField(max_digits=12, decimal_places=2)
    payout = models.ForeignKey(
        "affiliates.AffiliatePayout",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="commissions",
    )
    created_at = models.DateTimeField(default=timezone.now)
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-created_at", "-pk")

    def __str__(self) -> str:
        return f"{self.amount} on order {self.referral.order_id} ({self.get_status_display()})"


class CommissionLine(models.Model):
    """One order line's part of a commission: its base, the rate that applied, the amount."""

    commission = models.ForeignKey(Commission, on_delete=models.CASCADE, related_name="lines")
    line = models.OneToOneField(
        "order.Line", on_delete=models.PROTECT, related_name="affiliate_commission"
    )
    base = models.DecimalField(max_digits=12, decimal_places=2)
    rate = models.DecimalField(max_digits=5, decimal_places=2)
    amount = models.DecimalField(max_digits=12, decimal_places=2)

    class Meta:
        ordering = ("pk",)

    def __str__(self) -> str:
        return f"Line {self.line_id}: {self.rate}% of {self.base} = {self.amount}"


class AffiliateEntryKind(models.TextChoices):
    EARNED = "earned", "Earned (pending)"
    APPROVED = "approved", "Approved (available)"
    REVERSED = "reversed", "Reversed (cancelled or refunded)"
    PAID = "paid", "Paid out"
    ADJUSTED = "adjusted", "Adjusted by staff"


class AffiliateEntry(LedgerEntry):
    """One append-only entry of an affiliate's ledger (commerce.core.ledger): the history of
    every commission, the same pattern as sellers' earnings."""

    affiliate = models.ForeignKey(
        "affiliates.Affiliate", on_delete=models.PROTECT, related_name="entries"
    )
    kind = models.CharField(max_length=32, choices=AffiliateEntryKind.choices)
    commission = models.ForeignKey(
        Commission, null=True, blank=True, on_delete=models.PROTECT, related_name="entries"
    )
    payout = models.ForeignKey(
        "affiliates.AffiliatePayout",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="entries",
    )

    class Meta(LedgerEntry.Meta):
        verbose_name_plural = "affiliate entries"

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.pending} pending, {self.available} available"
