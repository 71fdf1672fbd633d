from django.conf import settings
from django.db import models
from django.utils import timezone


class PayoutStatus(models.TextChoices):
    REQUESTED = "requested", "Requested"
    APPROVED = "approved", "Approved"
    PAID = "paid", "Paid"
    REJECTED = "rejected", "Rejected"


class Payout(models.Model):
    """A seller's request to be paid their available earnings. Requesting takes the amount out
    of the available balance (a ledger entry); refusing gives it back; paying records how."""

    seller = models.ForeignKey("sellers.Seller", on_delete=models.PROTECT, related_name="payouts")
    amount = models.DecimalField(max_digits=12, decimal_places=2)
    status = models.CharField(
        max_length=16, choices=PayoutStatus.choices, default=PayoutStatus.REQUESTED, db_index=True
    )
    requested_at = models.DateTimeField(default=timezone.now)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    paid_at = models.DateTimeField(null=True, blank=True)
    reference = models.CharField(max_length=128, blank=True, help_text="Bank transfer reference.")
    note = models.TextField(blank=True)

    class Meta:
        ordering = ("-requested_at", "-pk")

    def __str__(self) -> str:
        return f"Payout #{self.pk} to {self.seller}: {self.amount} ({self.get_status_display()})"
