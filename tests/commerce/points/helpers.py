"""Small helpers for the points specs: giving a shopper points, a basket spending them."""

from decimal import Decimal

from oscar.core.loading import get_class
from oscar.test.factories import create_basket

from commerce.core.ledger import ledger_append
from commerce.points.models import PointsEntryKind, PointsReservation
from commerce.points.services.accounts import points_account_for
from commerce.points.services.offer import points_offer_ensure

Applicator = get_class("offer.applicator", "Applicator")
Selector = get_class("partner.strategy", "Selector")


def points_given(user, points: int, *, key: str = "test:gift"):
    """`user` gets `points` available at once (as staff would, by an adjustment)."""
    account = points_account_for(user=user)
    ledger_append(
        owner=account,
        entries=account.entries,
        key=f"{key}:{account.pk}",
        kind=PointsEntryKind.ADJUSTED,
        available=Decimal(points),
        reason="A gift for the test",
    )
    return account


def basket_spending(user, points: int, items):
    """An open basket of `user` holding `items` ((product, quantity) pairs) that spends
    `points`, with the offers applied as the site applies them."""
    points_offer_ensure()
    basket = create_basket(empty=True)
    basket.owner = user
    basket.save()
    for product, quantity in items:
        basket.add_product(product, quantity)
    PointsReservation.objects.create(
        basket=basket, account=points_account_for(user=user), points=points
    )
    return basket_applied(basket)


def basket_applied(basket):
    """The basket fresh from the database with the offers applied."""
    basket = type(basket).objects.get(pk=basket.pk)
    basket.strategy = Selector().strategy(user=basket.owner)
    Applicator().apply(basket, basket.owner)
    return basket
