"""Expiring points: the scheduled EXPIRED entries and the one reminder email per lot
(run both with `manage.py expire_points`)."""

from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import CharField, Exists, OuterRef, Sum, Value
from django.db.models.functions import Cast, Concat
from django.utils import timezone

from commerce.core.ledger import ledger_append
from commerce.points.emails import points_expiry_email_after_commit
from commerce.points.models import ExpiryReminder, PointsAccount, PointsEntry, PointsEntryKind
from commerce.points.selectors.balance import points_balance
from commerce.points.selectors.expiry import Expiry, points_due_lots, points_lots


def _expired_key(lot_pk) -> str:
    return f"lot:{lot_pk}:expired"


def _accounts_with(lots) -> list[int]:
    """The accounts owning one of `lots` that have available points at all (a lot spent in
    full stays "due" for ever, but an account with nothing available has nothing to lose)."""
    return list(
        PointsAccount.objects.filter(Exists(lots.filter(account=OuterRef("pk"))))
        .annotate(available=Sum("entries__available"))
        .filter(available__gt=0)
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def points_expire_due(*, now: datetime | None = None) -> int:
    """Write one EXPIRED entry for the unspent points of every lot past its expiry (keyed by
    the lot, so running it again changes nothing); returns how many entries were written."""
    now = now or timezone.now()
    expired_entry = PointsEntry.objects.filter(
        key=Concat(Value("lot:"), Cast(OuterRef("pk"), CharField()), Value(":expired"))
    )
    due = PointsEntry.objects.filter(available__gt=0, expires_at__lte=now).exclude(
        Exists(expired_entry)
    )
    written = 0
    for account_id in _accounts_with(due):
        with transaction.atomic():
            # Locked before reading the lots: a redemption cannot slip in between.
            account = PointsAccount.objects.select_for_update().get(pk=account_id)
            available = int(points_balance(account=account).available)
            for lot in points_due_lots(account=account, now=now):
                points = min(lot.remaining, available)
                if points <= 0:
                    break
                day = timezone.localdate(lot.expires_at)
                ledger_append(
                    owner=account,
                    entries=account.entries,
                    key=_expired_key(lot.entry.pk),
                    kind=PointsEntryKind.EXPIRED,
                    available=-points,
                    reason=f"Points from {timezone.localdate(lot.entry.created_at):%d %b %Y} "
                    f"not spent by {day:%d %b %Y}",
                    created_at=now,
                )
                available -= points
                written += 1
    return written


def points_expiry_remind(*, now: datetime | None = None) -> int:
    """Email every shopper whose unspent points expire within POINTS_EXPIRY_REMINDER_DAYS,
    once per lot (one email for the lots found in one run); returns how many were emailed."""
    now = now or timezone.now()
    until = now + timedelta(days=settings.POINTS_EXPIRY_REMINDER_DAYS)
    candidates = PointsEntry.objects.filter(
        available__gt=0, expires_at__gt=now, expires_at__lte=until, expiry_reminder__isnull=True
    )
    emailed = 0
    for account_id in _accounts_with(candidates):
        with transaction.atomic():
            account = PointsAccount.objects.select_for_update().get(pk=account_id)
            reminded = set(
                ExpiryReminder.objects.filter(lot__account=account).values_list("lot", flat=True)
            )
            lots = [
                lot
                for lot in points_lots(account=account)
                if lot.remaining
                and lot.expires_at is not None
                and now < lot.expires_at <= until
                and lot.entry.pk not in reminded
            ]
            if not lots:
                continue
            ExpiryReminder.objects.bulk_create(
                [ExpiryReminder(lot=lot.entry, sent_at=now) for lot in lots]
            )
            per_day: dict = {}
            for lot in lots:
                day = timezone.localdate(lot.expires_at)
                per_day[day] = per_day.get(day, 0) + lot.remaining
            expiring = [Expiry(date=day, points=points) for day, points in sorted(per_day.items())]
            points_expiry_email_after_commit(account=account, expiring=expiring)
            emailed += 1
    return emailed
