import secrets

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone

CODE_PATTERN = r"^[a-z0-9][a-z0-9-]{2,31}$"


def unguessable_code() -> str:
    """A fresh referral code nobody can guess (12 lowercase letters and digits)."""
    alphabet = "abcdefghijkmnpqrstuvwxyz23456789"  # no look-alikes (l/1, o/0)
    return "".join(secrets.choice(alphabet) for _ in range(12))


class AffiliateStatus(models.TextChoices):
    APPLIED = "applied", "Applied"
    APPROVED = "approved", "Approved"
    SUSPENDED = "suspended", "Suspended"
    REJECTED = "rejected", "Rejected"


class Affiliate(models.Model):
    """A user who refers shoppers. Only an approved affiliate's code counts clicks and earns;
    `rate` (a percentage) overrides every category rate and the shop default."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="affiliate"
    )
    code = models.CharField(
        max_length=32,
        unique=True,
        default=unguessable_code,
        validators=[RegexValidator(CODE_PATTERN, "3-32 lowercase letters, digits or hyphens.")],
    )
    website = models.URLField(blank=True)
    promotion = models.TextField("how they will promote the shop", blank=True)
    status = models.CharField(
        max_length=16,
        choices=AffiliateStatus.choices,
        default=AffiliateStatus.APPLIED,
        db_index=True,
    )
    status_reason = models.TextField(blank=True)
    rate = models.DecimalField(
        "personal rate (%)", max_digits=5, decimal_places=2, null=True, blank=True
    )
    created_at = models.DateTimeField(default=timezone.now)
    approved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-created_at", "-pk")
        constraints = [
            models.CheckConstraint(
                condition=Q(rate__isnull=True) | (Q(rate__gte=0) & Q(rate__lte=100)),
                name="affiliates_affiliate_rate_is_a_percentage",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user.email} ({self.code})"

    @property
    def is_approved(self) -> bool:
        return self.status == AffiliateStatus.APPROVED


class CategoryRate(models.Model):
    """A commission percentage for goods in a category (and its sub-categories); below an
    affiliate's personal rate, above the shop default (AFFILIATE_DEFAULT_RATE)."""

    category = models.OneToOneField(
        "catalogue.Category", on_delete=models.CASCADE, related_name="affiliate_rate"
    )
    rate = models.DecimalField("rate (%)", max_digits=5, decimal_places=2)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(rate__gte=0) & Q(rate__lte=100),
                name="affiliates_categoryrate_rate_is_a_percentage",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.rate}% on {self.category}"


class AffiliateVoucher(models.Model):
    """An Oscar voucher tied to an affiliate: an order using it is theirs, even without a click."""

    voucher = models.OneToOneField(
        "voucher.Voucher", on_delete=models.CASCADE, related_name="affiliate_link"
    )
    affiliate = models.ForeignKey(Affiliate, on_delete=models.CASCADE, related_name="vouchers")

    def __str__(self) -> str:
        return f"{self.voucher.code} → {self.affiliate.code}"
