"""The "Bonus points" offer that carries points spent as an Oscar discount (see
commerce.points.models.offers); services.offer.points_offer_ensure makes the same offer when
it is missing (a test database flushed by a transactional test)."""

from django.db import migrations

OFFER = {
    "name": "Bonus points",
    "slug": "bonus-points",
    "description": "Money off paid with the shopper's bonus points.",
    "offer_type": "Site",
    "exclusive": False,
    # The lowest priority: points pay for what is left after every other offer and voucher.
    "priority": -1000,
    "max_basket_applications": 1,
}
RANGE = {"name": "Everything (bonus points)", "slug": "everything-bonus-points"}


def create_offer(apps, schema_editor):
    Range = apps.get_model("offer", "Range")
    Condition = apps.get_model("offer", "Condition")
    Benefit = apps.get_model("offer", "Benefit")
    ConditionalOffer = apps.get_model("offer", "ConditionalOffer")
    if ConditionalOffer.objects.filter(slug=OFFER["slug"]).exists():
        return
    everything, _ = Range.objects.get_or_create(
        slug=RANGE["slug"], defaults={"name": RANGE["name"], "includes_all_products": True}
    )
    condition = Condition.objects.create(
        range=everything, proxy_class="commerce.points.models.offers.PointsCondition"
    )
    benefit = Benefit.objects.create(
        range=everything, proxy_class="commerce.points.models.offers.PointsBenefit"
    )
    ConditionalOffer.objects.create(condition=condition, benefit=benefit, **OFFER)


class Migration(migrations.Migration):
    dependencies = [("points", "0001_initial")]

    operations = [migrations.RunPython(create_offer, migrations.RunPython.noop)]
