from django.db import models

from commerce.core.ledger import LedgerEntry


class EarningKind(models.TextChoices):
    EARNED = "earned", "Earned (pending)"
    RELEASED = "released", "Released (available)"
    REVERSED = "reversed", "Reversed (cancelled or refunded)"
    PAYOUT = "payout", "Payout requested"
    PAYOUT_RETURNED = "payout_returned", "Payout refused, returned"
    ADJUSTED = "adjusted", "Adjusted by staff"


class EarningEntry(LedgerEntry):
    """One append-only entry of a seller's earnings ledger (commerce.core.ledger)."""

    seller = models.ForeignKey("sellers.Seller", on_delete=models.PROTECT, related_name="earnings")
    kind = models.CharField(max_length=32, choices=EarningKind.choices)
    line = models.ForeignKey(
        "order.Line", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    payout = models.ForeignKey(
        "sellers.Payout", null=True, blank=True, on_delete=models.PROTECT, related_name="entries"
    )

    class Meta(LedgerEntry.Meta):
        verbose_name_plural = "earning entries"

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.pending} pending, {self.available} available"
