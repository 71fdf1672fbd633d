"""Which commission rule applies to a sale, and what it takes.

The most specific matching rule wins: a rule matching on more dimensions beats one matching on
fewer (two beat one, any beats the shop default); among rules with as many dimensions, the
weightier dimension wins (product > seller > category > product class); remaining ties go to
the oldest rule. A category rule matches a product in that category or any of its descendants.

With no matching rule at all (not even a shop default, a rule without dimensions) the shop
takes nothing: the seller earns the whole line. The demo and a fresh shop's set-up create the
default rule; the dashboard lists the rules under Sellers → Commission rules.
"""

from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Case, IntegerField, Q, Value, When

from commerce.core.categories import category_paths
from commerce.sellers.models import CommissionKind, CommissionRule

CENT = Decimal("0.01")
ZERO = Decimal("0.00")

# Dimension -> weight; the weights are powers of two, so their sum orders two-dimension rules
# by their weightiest dimension first.
DIMENSION_WEIGHTS = {"product": 8, "seller": 4, "category": 2, "product_class": 1}


def _dimension_sum(score) -> Case:
    whens = [
        When(**{f"{name}__isnull": False}, then=Value(score(name))) for name in DIMENSION_WEIGHTS
    ]
    return sum(
        (Case(when, default=Value(0), output_field=IntegerField()) for when in whens),
        Value(0),
    )


def commission_rule_for(*, line=None, product=None, seller=None) -> CommissionRule | None:
    """The commission rule that applies to an order line (or to `product` sold by `seller`):
    the most specific matching rule, or None when no rule matches (no commission)."""
    if line is not None:
        product = line.product
        seller = getattr(line.partner, "seller", None) if line.partner_id else None
    matches = Q(seller__isnull=True)
    if seller is not None:
        matches = Q(seller__isnull=True) | Q(seller=seller)
    if product is None:
        product_matches = Q(product__isnull=True, category__isnull=True, product_class__isnull=True)
    else:
        ids = [product.pk] + ([product.parent_id] if product.is_child else [])
        product_matches = (
            (Q(product__isnull=True) | Q(product_id__in=ids))
            & (Q(category__isnull=True) | Q(category__path__in=category_paths(product)))
            & (Q(product_class__isnull=True) | Q(product_class=product.get_product_class()))
        )
    return (
        CommissionRule.objects.filter(matches & product_matches)
        .annotate(
            dimensions=_dimension_sum(lambda name: 1),
            weight=_dimension_sum(DIMENSION_WEIGHTS.get),
        )
        .order_by("-dimensions", "-weight", "created_at", "pk")
        .first()
    )


def commission_for(*, rule: CommissionRule | None, base: Decimal, quantity: int) -> Decimal:
    """What the shop keeps of `base` (a line's paid amount for `quantity` items) under `rule`:
    a percentage of the base or a fixed amount per item, to the penny (half up), never more
    than the base; nothing without a rule."""
    if rule is None or base <= 0:
        return ZERO
    if rule.kind == CommissionKind.PERCENTAGE:
        commission = base * rule.value / Decimal(100)
    else:
        commission = rule.value * quantity
    return min(commission.quantize(CENT, rounding=ROUND_HALF_UP), base)
