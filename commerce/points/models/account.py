from django.conf import settings
from django.db import models
from django.utils import timezone


class PointsAccount(models.Model):
    """A shopper's points account: the owner row of their ledger, locked by every append so two
    redemptions of the same points queue up (commerce.core.ledger). It holds no balance: the
    balance is the sum of its entries."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="points_account"
    )
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"Points of {self.user}"
