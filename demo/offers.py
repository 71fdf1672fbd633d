"""Demo promotions: one site-wide offer on a range, and the WELCOME10 voucher.

Both offers are non-exclusive: Oscar's offers are exclusive by default, and an exclusive offer
takes the items it discounts for itself, so WELCOME10 refused a basket the site offer had
already discounted ("does not qualify") and, applied first, took the items away from the site
offer. Non-exclusive, both discount the same items, as "10% off everything" promises."""

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from django.utils import timezone
from oscar.core.loading import get_model

Benefit = get_model("offer", "Benefit")
Category = get_model("catalogue", "Category")
Condition = get_model("offer", "Condition")
ConditionalOffer = get_model("offer", "ConditionalOffer")
Range = get_model("offer", "Range")
Voucher = get_model("voucher", "Voucher")

SITE_OFFER_NAME = "10% off home and kitchen"
SITE_OFFER_RANGE = "Home and kitchen"
SITE_OFFER_CATEGORY_CODES = ("demo-home", "demo-kitchen")
VOUCHER_CODE = "WELCOME10"
VOUCHER_OFFER_NAME = "Welcome voucher: 10% off everything"
VOUCHER_RANGE = "Everything"


@dataclass(frozen=True)
class DemoOffers:
    site_offer: object
    voucher: object


def _percentage_offer_ensure(*, name: str, offer_type: str, range_, description: str):
    offer = ConditionalOffer.objects.filter(name=name).first()
    if offer is not None and offer.exclusive:
        # A shop loaded before the offers combined: make them combine.
        offer.exclusive = False
        offer.save(update_fields=["exclusive"])
    if offer is None:
        condition = Condition.objects.create(range=range_, type=Condition.COUNT, value=1)
        benefit = Benefit.objects.create(
            range=range_, type=Benefit.PERCENTAGE, value=Decimal("10.00")
        )
        offer = ConditionalOffer.objects.create(
            name=name,
            description=description,
            offer_type=offer_type,
            condition=condition,
            benefit=benefit,
            exclusive=False,
        )
    return offer


def demo_offers_build() -> DemoOffers:
    """A site-wide 10% off the home and kitchen range, and a 10% voucher WELCOME10."""
    home_and_kitchen, created = Range.objects.get_or_create(
        name=SITE_OFFER_RANGE,
        defaults={"description": "Everything for the home and the kitchen.", "is_public": True},
    )
    if created:
        home_and_kitchen.included_categories.set(
            Category.objects.filter(code__in=SITE_OFFER_CATEGORY_CODES)
        )
    site_offer = _percentage_offer_ensure(
        name=SITE_OFFER_NAME,
        offer_type=ConditionalOffer.SITE,
        range_=home_and_kitchen,
        description="Take 10% off anything for the home and the kitchen. No code needed.",
    )
    everything, _ = Range.objects.get_or_create(
        name=VOUCHER_RANGE, defaults={"includes_all_products": True}
    )
    voucher_offer = _percentage_offer_ensure(
        name=VOUCHER_OFFER_NAME,
        offer_type=ConditionalOffer.VOUCHER,
        range_=everything,
        description=f"10% off your basket with the code {VOUCHER_CODE}.",
    )
    now = timezone.now()
    voucher, _ = Voucher.objects.get_or_create(
        code=VOUCHER_CODE,
        defaults={
            "name": "Welcome 10% off",
            "usage": Voucher.MULTI_USE,
            "start_datetime": now - timedelta(days=1),
            "end_datetime": now + timedelta(days=5 * 365),
        },
    )
    voucher.offers.add(voucher_offer)
    return DemoOffers(site_offer=site_offer, voucher=voucher)
