"""Whole points divided between order lines and their items, so that the parts always add up
to the whole: a line's items share its points, the lines of an order share the order's."""

from collections.abc import Sequence
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal


def points_split(*, points: int, weights: Sequence[Decimal]) -> list[int]:
    """`points` divided in whole points in proportion to `weights`, by largest remainder (ties
    go to the earlier weight), so the parts add up to `points` exactly."""
    total = sum(weights, Decimal("0"))
    if points <= 0 or total <= 0:
        return [0 for _weight in weights]
    quotas = [Decimal(points) * weight / total for weight in weights]
    parts = [int(quota.to_integral_value(rounding=ROUND_FLOOR)) for quota in quotas]
    by_remainder = sorted(range(len(quotas)), key=lambda i: (parts[i] - quotas[i], i))
    for index in by_remainder[: points - sum(parts)]:
        parts[index] += 1
    return parts


def points_of_items(*, points: int, items: int, of: int) -> int:
    """The share of a line's `points` that its first `items` of `of` items stand for (half up):
    the shares of 1..n items never go down and `of` items take all of `points`."""
    if of <= 0 or items <= 0:
        return 0
    items = min(items, of)
    return int((Decimal(points) * items / of).to_integral_value(rounding=ROUND_HALF_UP))
