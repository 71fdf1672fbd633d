"""The Oscar discount that spends bonus points: a condition and a benefit (proxy classes named
by the "Bonus points" offer that migration 0002 creates), so the money off shows wherever
Oscar shows discounts (basket and checkout totals, the order, its emails and pages) and no line
price changes.

The offer has the lowest priority, so it applies after every other offer and voucher and its
share cap (POINTS_MAX_SHARE) is a share of what is left to pay for the goods. It is not
exclusive, and it discounts lines other offers already discount: points are money, not a
promotion."""

from decimal import Decimal

from oscar.apps.offer import results
from oscar.apps.offer.benefits import apply_discount
from oscar.core.loading import get_model

from commerce.points.selectors.balance import basket_points_usable, points_value

Benefit = get_model("offer", "Benefit")
Condition = get_model("offer", "Condition")

PROXY_MODULE = "commerce.points.models.offers"
CENT = Decimal("0.01")


def _goods_left(basket) -> list[tuple[object, Decimal]]:
    """Each discountable line with what is left to pay for it after the offers before us."""
    lines = []
    for line in basket.all_lines():
        if not line.stockrecord_id or not line.product.is_discountable:
            continue
        price = line.unit_effective_price
        if not price:
            continue
        left = price * line.quantity - line.discount_value
        if left > 0:
            lines.append((line, left))
    return lines


class PointsCondition(Condition):
    """Satisfied when the basket's owner chose to spend points on it."""

    class Meta:
        app_label = "points"
        proxy = True

    @property
    def name(self) -> str:
        return "The shopper spends bonus points"

    def is_satisfied(self, offer, basket) -> bool:
        if basket.id is None or basket.owner_id is None:
            return False
        reservation = getattr(basket, "points_reservation", None)
        return reservation is not None and reservation.points > 0


class PointsBenefit(Benefit):
    """Money off worth the points the shopper may spend now, spread over the goods in
    proportion to what is left to pay for each line; the last line takes the rounding."""

    class Meta:
        app_label = "points"
        proxy = True

    @property
    def name(self) -> str:
        return "Bonus points spent"

    def apply(self, basket, condition, offer, **kwargs):
        lines = _goods_left(basket)
        goods_left = sum((left for _line, left in lines), Decimal("0.00"))
        points = basket_points_usable(basket=basket, goods_total=goods_left)
        if not points:
            return results.ZERO_DISCOUNT
        discount = min(points_value(points=points), goods_left)
        given = Decimal("0.00")
        for index, (line, left) in enumerate(lines):
            if index == len(lines) - 1:
                share = discount - given
            else:
                share = (discount * left / goods_left).quantize(CENT)
            if share > 0:
                apply_discount(line, share, line.quantity, offer)
            given += share
        return results.BasketDiscount(discount)
