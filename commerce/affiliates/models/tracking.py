from django.db import models
from django.utils import timezone


class Click(models.Model):
    """A visitor arriving through an affiliate's link: one row per affiliate, visitor and day
    (the unique constraint de-duplicates; recording is one INSERT ... ON CONFLICT DO NOTHING).
    `visitor` is an opaque id from the attribution cookie, never an IP address."""

    affiliate = models.ForeignKey(
        "affiliates.Affiliate", on_delete=models.CASCADE, related_name="clicks"
    )
    visitor = models.CharField(max_length=64)
    day = models.DateField()
    landing_path = models.CharField(max_length=500, blank=True)
    referrer = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("-created_at", "-pk")
        constraints = [
            models.UniqueConstraint(
                fields=("affiliate", "visitor", "day"), name="affiliates_click_once_a_day"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.affiliate.code} {self.day} {self.landing_path}"


class ReferralSource(models.TextChoices):
    LINK = "link", "Referral link"
    VOUCHER = "voucher", "Affiliate voucher"
    API = "api", "Code given through the API"


class Referral(models.Model):
    """The affiliate an order is attributed to, decided once when it is placed."""

    order = models.OneToOneField("order.Order", on_delete=models.CASCADE, related_name="referral")
    affiliate = models.ForeignKey(
        "affiliates.Affiliate", on_delete=models.PROTECT, related_name="referrals"
    )
    source = models.CharField(max_length=16, choices=ReferralSource.choices)
    click = models.ForeignKey(
        Click, null=True, blank=True, on_delete=models.SET_NULL, related_name="referrals"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("-created_at", "-pk")

    def __str__(self) -> str:
        return f"Order {self.order.number} via {self.affiliate.code}"


class BasketAttribution(models.Model):
    """The affiliate a basket is attributed to, written at checkout from the attribution cookie
    (or a code given through the API); turned into the order's Referral when it is placed."""

    basket = models.OneToOneField(
        "basket.Basket", on_delete=models.CASCADE, related_name="affiliate_attribution"
    )
    affiliate = models.ForeignKey(
        "affiliates.Affiliate", on_delete=models.CASCADE, related_name="+"
    )
    source = models.CharField(max_length=16, choices=ReferralSource.choices)
    click = models.ForeignKey(
        Click, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"Basket {self.basket_id} via {self.affiliate.code}"
