from django.conf import settings
from django.db import models
from django.utils import timezone


class AffiliatePayoutStatus(models.TextChoices):
    BATCHED = "batched", "Batched, to pay"
    PAID = "paid", "Paid"


class AffiliatePayout(models.Model):
    """Approved commissions batched by staff into one payment to an affiliate; batching takes
    the amount out of the available balance (a PAID ledger entry), marking paid records how."""

    affiliate = models.ForeignKey(
        "affiliates.Affiliate", on_delete=models.PROTECT, related_name="payouts"
    )
    amount = models.DecimalField(max_digits=12, decimal_places=2)
    status = models.CharField(
        max_length=16,
        choices=AffiliatePayoutStatus.choices,
        default=AffiliatePayoutStatus.BATCHED,
        db_index=True,
    )
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    paid_at = models.DateTimeField(null=True, blank=True)
    reference = models.CharField(max_length=128, blank=True)

    class Meta:
        ordering = ("-created_at", "-pk")

    def __str__(self) -> str:
        return f"Payout #{self.pk} to {self.affiliate}: {self.amount}"
