"""Points in the storefront's templates: the "Use bonus points" form's figures and the
"earn N points" lines (all read from commerce.points.selectors)."""

from django import template

from commerce.points.selectors.balance import points_for_amount
from commerce.points.selectors.basket import (
    PointsSpending,
    basket_points_earned,
    basket_points_spending,
)

register = template.Library()


@register.simple_tag(takes_context=True)
def points_spending(context, basket) -> PointsSpending | None:
    """The signed-in shopper's points against `basket` (its offers applied), else None."""
    user = context["request"].user
    if not user.is_authenticated or basket is None or basket.is_empty:
        return None
    return basket_points_spending(basket=basket, user=user)


@register.simple_tag
def points_earned_by_basket(basket) -> int:
    """The points `basket` would earn if ordered now."""
    return basket_points_earned(basket=basket) if basket is not None else 0


@register.simple_tag
def points_earned_for(amount) -> int:
    """The points buying something at `amount` earns (0 without a price)."""
    return points_for_amount(amount=amount) if amount else 0
