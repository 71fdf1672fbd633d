"""Choosing the points to spend on a basket (the site's basket and checkout pages and the API
both call these). A reservation takes nothing from the ledger: placing the order does."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from oscar.core.loading import get_model

from commerce.points.models import PointsReservation
from commerce.points.selectors.basket import basket_offers_applied, basket_points_spending
from commerce.points.services.accounts import points_account_for
from commerce.points.services.offer import points_offer_ensure
from commerce.users.selectors import email_verified_require

Basket = get_model("basket", "Basket")

NOT_YOURS = "This is not your basket."
NOT_OPEN = "This basket has already been ordered: points can only be spent on your open basket."
NOT_WHOLE = "Points are spent in whole points: enter a whole number of 0 or more."
NOTHING_USABLE = "You have no points you can spend on this order."


def _limit_error(usable: int) -> ValidationError:
    if not usable:
        return ValidationError({"points": [NOTHING_USABLE]}, code="points_limit")
    return ValidationError(
        {"points": [f"You can spend up to {usable:,} points on this order."]},
        code="points_limit",
    )


def _basket_check(*, basket, user) -> None:
    if basket.id is None or basket.owner_id != user.pk:
        raise PermissionDenied(NOT_YOURS)
    if basket.status != Basket.OPEN:
        raise ValidationError(NOT_OPEN, code="basket_not_open")


def _reservation_cached(basket, reservation: PointsReservation | None) -> None:
    # The discount reads the basket's reverse accessor: keep it true to the database without
    # another query (None is cached as "no reservation").
    field = PointsReservation._meta.get_field("basket")
    field.remote_field.set_cached_value(basket, reservation)
    basket.reset_offer_applications()


def basket_open_for(*, user):
    """The shopper's open basket, made if they have none (as Oscar's middleware makes it)."""
    basket = Basket.open.filter(owner=user).order_by("pk").first()
    if basket is None:
        basket = Basket.open.create(owner=user)
    return basket


def points_reservation_clear(*, basket, user) -> None:
    """Stop spending points on the shopper's open basket."""
    _basket_check(basket=basket, user=user)
    PointsReservation.objects.filter(basket=basket).delete()
    _reservation_cached(basket, None)


def _spending(*, basket, user):
    points_offer_ensure()
    return basket_points_spending(basket=basket_offers_applied(basket=basket, user=user), user=user)


def _reservation_write(*, basket, user, points: int) -> PointsReservation:
    with transaction.atomic():
        reservation, _created = PointsReservation.objects.update_or_create(
            basket=basket,
            defaults={
                "account": points_account_for(user=user),
                "points": points,
                "updated_at": timezone.now(),
            },
        )
    _reservation_cached(basket, reservation)
    return reservation


def points_reserve(*, basket, user, points: int) -> PointsReservation | None:
    """Choose to spend `points` on the shopper's open basket (0 spends none and answers None):
    whole points, no more than they have available, no more than the share cap of what the
    basket's goods leave to pay after the other offers; else a ValidationError naming the
    limit, and nothing changes."""
    _basket_check(basket=basket, user=user)
    if isinstance(points, bool) or not isinstance(points, int) or points < 0:
        raise ValidationError({"points": [NOT_WHOLE]}, code="points_not_whole")
    if points == 0:
        points_reservation_clear(basket=basket, user=user)
        return None
    email_verified_require(user=user, action="points_redeem")
    usable = _spending(basket=basket, user=user).usable
    if points > usable:
        raise _limit_error(usable)
    return _reservation_write(basket=basket, user=user, points=points)


def points_reserve_most(*, basket, user) -> PointsReservation:
    """Spend as many points on the shopper's open basket as it may take ("Use all"); a
    ValidationError when it may take none."""
    _basket_check(basket=basket, user=user)
    email_verified_require(user=user, action="points_redeem")
    usable = _spending(basket=basket, user=user).usable
    if not usable:
        raise _limit_error(0)
    return _reservation_write(basket=basket, user=user, points=usable)
