"""The one "Bonus points" offer, made when it is missing."""

from django.db import transaction
from oscar.core.loading import get_model

from commerce.points.selectors.balance import POINTS_BENEFIT

ConditionalOffer = get_model("offer", "ConditionalOffer")
Condition = get_model("offer", "Condition")
Benefit = get_model("offer", "Benefit")
Range = get_model("offer", "Range")

POINTS_CONDITION = "commerce.points.models.offers.PointsCondition"


def points_offer_ensure():
    """The "Bonus points" offer (as migration 0002 creates it), created if it is missing."""
    offer = ConditionalOffer.objects.filter(benefit__proxy_class=POINTS_BENEFIT).first()
    if offer is not None:
        return offer
    with transaction.atomic():
        everything, _ = Range.objects.get_or_create(
            slug="everything-bonus-points",
            defaults={"name": "Everything (bonus points)", "includes_all_products": True},
        )
        offer, _ = ConditionalOffer.objects.get_or_create(
            slug="bonus-points",
            defaults={
                "name": "Bonus points",
                "description": "Money off paid with the shopper's bonus points.",
                "offer_type": ConditionalOffer.SITE,
                "exclusive": False,
                "priority": -1000,
                "max_basket_applications": 1,
                "condition": Condition.objects.create(
                    range=everything, proxy_class=POINTS_CONDITION
                ),
                "benefit": Benefit.objects.create(range=everything, proxy_class=POINTS_BENEFIT),
            },
        )
    return offer
