"""Oscar offers for tests: an automatic (site) offer or a voucher on a range, built the way
the dashboard builds them (a range, a condition met by one item, a benefit)."""

from decimal import Decimal
from itertools import count

from oscar.core.loading import get_model

Benefit = get_model("offer", "Benefit")
Condition = get_model("offer", "Condition")
ConditionalOffer = get_model("offer", "ConditionalOffer")
Range = get_model("offer", "Range")
Voucher = get_model("voucher", "Voucher")


_numbers = count(1)


def range_of(*, name=None, products=(), categories=(), everything=False):
    """A range of the given products and categories (or of every product)."""
    name = name or f"Range {next(_numbers)}"
    range_ = Range.objects.create(name=name, includes_all_products=everything)
    for product in products:
        range_.add_product(product)
    range_.included_categories.set(categories)
    return range_


def site_offer(
    *,
    range_,
    name="Spring offer",
    kind=Benefit.PERCENTAGE,
    value="10.00",
    exclusive=False,
    priority=0,
    offer_type=ConditionalOffer.SITE,
    condition_value=1,
):
    """An automatic offer: `value` (percent or money, as `kind` says) off items of `range_`."""
    condition = Condition.objects.create(range=range_, type=Condition.COUNT, value=condition_value)
    benefit = Benefit.objects.create(range=range_, type=kind, value=Decimal(value))
    return ConditionalOffer.objects.create(
        name=name,
        offer_type=offer_type,
        condition=condition,
        benefit=benefit,
        exclusive=exclusive,
        priority=priority,
    )


def voucher_for(*, offer, code="HELLO10"):
    """A multi-use voucher giving `offer` (made with offer_type=VOUCHER)."""
    from datetime import timedelta

    from django.utils import timezone

    now = timezone.now()
    voucher = Voucher.objects.create(
        name=code,
        code=code,
        usage=Voucher.MULTI_USE,
        start_datetime=now - timedelta(days=1),
        end_datetime=now + timedelta(days=30),
    )
    voucher.offers.add(offer)
    return voucher
