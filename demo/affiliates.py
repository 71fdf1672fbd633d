"""The demo affiliate: affiliate@example.com, approved, with the readable code larder-friends,
a category rate (kitchen goods earn more) and a voucher of their own (LARDER10), so that
orders using it are theirs even without a click.

Like every stage, it creates what is missing and leaves existing rows alone."""

from datetime import timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.utils import timezone
from oscar.core.loading import get_model

from commerce.affiliates.models import Affiliate, AffiliateStatus, AffiliateVoucher, CategoryRate
from demo.offers import VOUCHER_OFFER_NAME

Category = get_model("catalogue", "Category")
ConditionalOffer = get_model("offer", "ConditionalOffer")
Voucher = get_model("voucher", "Voucher")

AFFILIATE_EMAIL = "affiliate@example.com"
AFFILIATE_CODE = "larder-friends"
AFFILIATE_VOUCHER_CODE = "LARDER10"
KITCHEN_CATEGORY_CODE = "demo-kitchen"
KITCHEN_RATE = Decimal("8.00")


def demo_affiliates_build() -> Affiliate:
    """The approved demo affiliate with their code, a category rate and their voucher."""
    user = get_user_model().objects.get(email__iexact=AFFILIATE_EMAIL)
    affiliate, _ = Affiliate.objects.get_or_create(
        user=user,
        defaults={
            "code": AFFILIATE_CODE,
            "website": "https://larder-friends.example",
            "promotion": "A weekly newsletter about cooking with what is in season.",
            "status": AffiliateStatus.APPROVED,
            "approved_at": timezone.now(),
        },
    )
    CategoryRate.objects.get_or_create(
        category=Category.objects.get(code=KITCHEN_CATEGORY_CODE),
        defaults={"rate": KITCHEN_RATE},
    )
    now = timezone.now()
    voucher, _ = Voucher.objects.get_or_create(
        code=AFFILIATE_VOUCHER_CODE,
        defaults={
            "name": "Larder Friends 10% off",
            "usage": Voucher.MULTI_USE,
            "start_datetime": now - timedelta(days=1),
            "end_datetime": now + timedelta(days=5 * 365),
        },
    )
    voucher.offers.add(ConditionalOffer.objects.get(name=VOUCHER_OFFER_NAME))
    AffiliateVoucher.objects.get_or_create(voucher=voucher, defaults={"affiliate": affiliate})
    return affiliate
