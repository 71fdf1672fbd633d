from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone


class SellerStatus(models.TextChoices):
    APPLIED = "applied", "Applied"
    APPROVED = "approved", "Approved"
    SUSPENDED = "suspended", "Suspended"
    REJECTED = "rejected", "Rejected"


class Seller(models.Model):
    """A seller's public profile and standing, on top of the Oscar partner that holds their
    stock records. Only an approved seller's offers are sold (commerce.partner.pricing)."""

    partner = models.OneToOneField(
        "partner.Partner", on_delete=models.PROTECT, related_name="seller"
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="seller"
    )
    name = models.CharField("public name", max_length=128, unique=True)
    slug = models.SlugField(max_length=128, unique=True)
    description = models.TextField(blank=True, help_text="Sanitised HTML.")
    logo = models.ImageField(upload_to="sellers/logos/", blank=True)
    contact_email = models.EmailField()
    contact_phone = models.CharField(max_length=32, blank=True)
    status = models.CharField(
        max_length=16, choices=SellerStatus.choices, default=SellerStatus.APPLIED, db_index=True
    )
    status_reason = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    approved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("name",)

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("sellers:seller-detail", kwargs={"slug": self.slug})

    @property
    def is_approved(self) -> bool:
        return self.status == SellerStatus.APPROVED


class SellerProduct(models.Model):
    """A catalogue product a seller created: only its creator (and staff) may edit or delete
    it. Products without this row belong to the shop; sellers only offer them."""

    product = models.OneToOneField(
        "catalogue.Product", on_delete=models.CASCADE, related_name="seller_product"
    )
    seller = models.ForeignKey(Seller, on_delete=models.PROTECT, related_name="products")
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.product} by {self.seller}"
