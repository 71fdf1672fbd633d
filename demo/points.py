"""The demo shopper's bonus points: shopper@example.com has a history with earned,
redeemed, pending and soon-expiring points.

Points on the demo orders are what the order lifecycle writes (earned pending on each line,
made available once delivered); where an order already has its points entries (the
lifecycle wrote them when the demo placed it), they are left alone. Before the orders, the
shopper's history starts nearly a year ago: a welcome bonus and a thank-you from the shop,
partly spent, so the rest expires within the reminder window.

Like every stage, it writes what is missing (every entry has its key) and changes nothing
else."""

from datetime import timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.utils import timezone
from oscar.core.loading import get_model

from commerce.core.ledger import ledger_append
from commerce.order.statuses import LineStatus
from commerce.points.models import PointsAccount, PointsEntry, PointsEntryKind, PointsOrderLine
from commerce.points.selectors.balance import points_for_amount
from commerce.points.selectors.expiry import points_expiry_for
from commerce.points.services.accounts import points_account_for
from demo.marketplace import DEMO_ORDERS

Order = get_model("order", "Order")

SHOPPER_EMAIL = "shopper@example.com"
STAFF_EMAIL = "admin@example.com"
# Days ago, points, kind, reason: lots that expire POINTS_EXPIRY_MONTHS after they were made.
EARLY_HISTORY = (
    (350, 100, PointsEntryKind.EARNED, "Welcome bonus for signing up"),
    (340, 250, PointsEntryKind.ADJUSTED, "Sorry your parcel was late"),
    (120, -150, PointsEntryKind.REDEEMED, "Spent as money off an order"),
)
DAYS_TO_DELIVER = 3


def demo_points_build() -> PointsAccount:
    """The demo shopper's points account with its history."""
    User = get_user_model()
    account = points_account_for(user=User.objects.get(email__iexact=SHOPPER_EMAIL))
    staff = User.objects.filter(email__iexact=STAFF_EMAIL).first()
    now = timezone.now()
    for number, (days_ago, points, kind, reason) in enumerate(EARLY_HISTORY, start=1):
        at = now - timedelta(days=days_ago)
        _append(
            account,
            key=f"demo:points:{account.pk}:{number}",
            kind=kind,
            available=Decimal(points),
            reason=reason,
            created_at=at,
            created_by=staff if kind == PointsEntryKind.ADJUSTED else None,
            **({"expires_at": points_expiry_for(at=at)} if points > 0 else {}),
        )
    numbers = [spec.number for spec in DEMO_ORDERS if spec.shopper == SHOPPER_EMAIL]
    for order in Order.objects.filter(number__in=numbers, user=account.user).order_by(
        "date_placed"
    ):
        if PointsEntry.objects.filter(order=order).exclude(key__startswith="demo:").exists():
            continue  # the lifecycle has written this order's points
        _order_points(account, order)
    return account


def _append(account, **entry) -> None:
    ledger_append(owner=account, entries=account.entries, **entry)


def _order_points(account, order) -> None:
    """Points earned on each line, pending until the line is delivered."""
    for line in order.lines.all():
        if line.status in (LineStatus.CANCELLED, LineStatus.REFUNDED):
            continue
        points = points_for_amount(amount=line.line_price_incl_tax)
        if not points:
            continue
        PointsOrderLine.objects.get_or_create(
            line=line, defaults={"account": account, "earned": Decimal(points)}
        )
        _append(
            account,
            key=f"demo:line:{line.pk}:earned",
            kind=PointsEntryKind.EARNED,
            pending=Decimal(points),
            reason=f"Earned on order {order.number}",
            created_at=order.date_placed,
            order=order,
            line=line,
        )
        if line.status != LineStatus.DELIVERED:
            continue
        delivered = order.date_placed + timedelta(days=DAYS_TO_DELIVER)
        _append(
            account,
            key=f"demo:line:{line.pk}:released",
            kind=PointsEntryKind.RELEASED,
            pending=-Decimal(points),
            available=Decimal(points),
            reason=f"Order {order.number} delivered",
            created_at=delivered,
            expires_at=points_expiry_for(at=delivered),
            order=order,
            line=line,
        )
