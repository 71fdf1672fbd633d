"""Points and a basket: what its goods leave to pay, how many points it may spend, what it
would earn. Each reads a basket whose offers are applied (as Oscar's middleware applies them to
the request's basket; `basket_offers_applied` applies them to any other)."""

from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from oscar.core.loading import get_class, get_model

# The discount's own reading of the goods (discountable, priced lines; what is left to pay),
# so the cap shown is the cap the discount applies.
from commerce.points.models.offers import _goods_left
from commerce.points.selectors.balance import (
    POINTS_BENEFIT,
    points_account_of,
    points_balance,
    points_cap,
    points_for_amount,
    points_value,
)

ConditionalOffer = get_model("offer", "ConditionalOffer")
Applicator = get_class("offer.applicator", "Applicator")
Selector = get_class("partner.strategy", "Selector")

NOTHING = Decimal("0.00")


@dataclass(frozen=True)
class PointsSpending:
    """What a shopper may spend on a basket and what they chose: `usable` is the most points
    the order takes (what they have, within the share cap); `reserved` what they chose and
    `reserved_value` the money off it gives now."""

    available: int
    available_value: Decimal
    usable: int
    usable_value: Decimal
    reserved: int
    reserved_value: Decimal
    currency: str


def basket_offers_applied(*, basket, user):
    """`basket` with its lines read afresh and the offers applied as the site applies them."""
    if not basket.has_strategy:
        basket.strategy = Selector().strategy(user=user)
    basket.reset_offer_applications()
    Applicator().apply(basket, user)
    return basket


def _is_points_offer(offer) -> bool:
    # Only site offers can be the points offer, and the applicator loads their benefit with
    # them: voucher offers are never asked for theirs (it would be a query each).
    return (
        offer is not None
        and offer.offer_type == ConditionalOffer.SITE
        and offer.benefit.proxy_class == POINTS_BENEFIT
    )


def basket_points_discount(*, basket) -> Decimal:
    """The money off the basket's points give (offers applied)."""
    return sum(
        (
            application.amount
            for line in basket.all_lines()
            for application in line.discounts
            if _is_points_offer(application.offer)
        ),
        NOTHING,
    )


def basket_goods_left(*, basket) -> Decimal:
    """What is left to pay for the basket's goods after every offer but the points (the base
    of the points' share cap, as the points discount itself computes it)."""
    # The points offer applies last: what is left after all offers, plus the points' own money
    # off, is what was left before them.
    left = sum((left for _line, left in _goods_left(basket)), NOTHING)
    return left + basket_points_discount(basket=basket)


def basket_points_spending(*, basket, user) -> PointsSpending:
    """The shopper's points against `basket` (offers applied): available, usable on it, chosen."""
    available = int(points_balance(account=points_account_of(user=user)).available)
    usable = min(available, points_cap(goods_total=basket_goods_left(basket=basket)))
    reservation = getattr(basket, "points_reservation", None) if basket.id else None
    reserved = reservation.points if reservation is not None else 0
    return PointsSpending(
        available=available,
        available_value=points_value(points=available),
        usable=usable,
        usable_value=points_value(points=usable),
        reserved=reserved,
        reserved_value=basket_points_discount(basket=basket),
        currency=basket.currency or settings.OSCAR_DEFAULT_CURRENCY,
    )


def basket_points_earned(*, basket) -> int:
    """The points the basket would earn if ordered now: on its goods after every discount,
    the points spent included (offers applied)."""
    if basket.is_empty:
        return 0
    total = basket.total_incl_tax if basket.is_tax_known else basket.total_excl_tax
    return points_for_amount(amount=total)
