"""A shopper's points: their account, balance, what points are worth and what may be spent."""

from decimal import ROUND_DOWN, Decimal

from django.conf import settings
from oscar.core.loading import get_model

from commerce.core.ledger import Balance, ledger_balance
from commerce.points.models.account import PointsAccount

CENT = Decimal("0.01")
NO_BALANCE = Balance(pending=Decimal("0"), available=Decimal("0"))

ConditionalOffer = get_model("offer", "ConditionalOffer")

POINTS_BENEFIT = "commerce.points.models.offers.PointsBenefit"


def points_account_of(*, user) -> PointsAccount | None:
    """The shopper's points account, or None if they never had points (or are anonymous)."""
    if user is None or not user.is_authenticated:
        return None
    return PointsAccount.objects.filter(user=user).first()


def points_balance(*, account: PointsAccount | None) -> Balance:
    """Pending and available points of `account` (whole points), summed from its ledger."""
    if account is None:
        return NO_BALANCE
    return ledger_balance(entries=account.entries.all())


def points_value(*, points) -> Decimal:
    """What `points` are worth in money, at POINTS_VALUE each (never rounded up)."""
    return (Decimal(points) * settings.POINTS_VALUE).quantize(CENT, rounding=ROUND_DOWN)


def points_for_amount(*, amount: Decimal) -> int:
    """The points an amount spent on goods earns, at POINTS_EARN_RATE per unit of currency
    (whole points, rounded down)."""
    if amount <= 0:
        return 0
    return int((amount * settings.POINTS_EARN_RATE).to_integral_value(rounding=ROUND_DOWN))


def points_cap(*, goods_total: Decimal) -> int:
    """The most points one order may spend: POINTS_MAX_SHARE of its goods, in whole points."""
    if goods_total <= 0:
        return 0
    most = goods_total * settings.POINTS_MAX_SHARE / settings.POINTS_VALUE
    return int(most.to_integral_value(rounding=ROUND_DOWN))


def basket_points_usable(*, basket, goods_total: Decimal) -> int:
    """The points the basket's reservation may spend now: what the shopper chose, no more
    than they have available, no more than the share cap of `goods_total`."""
    reservation = getattr(basket, "points_reservation", None) if basket.id else None
    if reservation is None or not reservation.points:
        return 0
    available = points_balance(account=reservation.account).available
    return max(0, min(reservation.points, int(available), points_cap(goods_total=goods_total)))


def points_offer():
    """The "Bonus points" offer that carries points spent as an Oscar discount."""
    return ConditionalOffer.objects.get(benefit__proxy_class=POINTS_BENEFIT)
