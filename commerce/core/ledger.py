"""The one ledger pattern: money (or points) owed to someone, kept as append-only entries.

Sellers' earnings, affiliates' commissions and shoppers' bonus points all follow it:

- An entry never changes and is never deleted. A correction is a new entry.
- Each entry moves two buckets: `pending` (earned on an order that may still be cancelled or
  refunded) and `available` (free to be paid out or spent). Releasing pending money is one
  entry that moves the same amount from `pending` to `available`.
- The balance is the sum of the entries, computed, never stored; neither bucket may go below
  zero, except through an entry appended with `allow_negative=True`: taking back money that
  was already paid out (a refund after a payout) leaves a debt that later earnings cover.
- Every entry has a `key` naming the event it records ("line:42:earned"). The key is unique,
  so replaying an event (a retried task, a double click) has one effect.
- Appending locks the owner's row first, so two concurrent appends for one owner queue up and
  the "never below zero" check cannot be raced.

A concrete ledger subclasses `LedgerEntry`, adds the owner's foreign key and what the entry
refers to, and appends with `ledger_append`.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.db import models, transaction
from django.db.models import Sum
from django.db.models.functions import Coalesce
from django.utils import timezone

ZERO = Decimal("0.00")


class LedgerOverdrawn(Exception):
    """The entry would take a bucket of the balance below zero; nothing was written."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class LedgerEntry(models.Model):
    """One append-only change of a balance (abstract: a ledger adds its owner)."""

    kind = models.CharField(max_length=32)
    pending = models.DecimalField(max_digits=12, decimal_places=2, default=ZERO)
    available = models.DecimalField(max_digits=12, decimal_places=2, default=ZERO)
    reason = models.CharField(max_length=255, blank=True)
    key = models.CharField(max_length=120, unique=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        abstract = True
        ordering = ("created_at", "pk")

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("Ledger entries are append-only: write a correcting entry instead.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("Ledger entries are append-only: write a correcting entry instead.")


@dataclass(frozen=True)
class Balance:
    """A ledger's balance: what is pending, what is available, and their sum."""

    pending: Decimal
    available: Decimal

    @property
    def total(self) -> Decimal:
        return self.pending + self.available


def ledger_balance(*, entries: models.QuerySet) -> Balance:
    """The balance of a ledger's entries (one owner's), summed by the database."""
    sums = entries.aggregate(
        pending=Coalesce(Sum("pending"), ZERO, output_field=models.DecimalField()),
        available=Coalesce(Sum("available"), ZERO, output_field=models.DecimalField()),
    )
    # SQLite sums decimals as floats: back to the ledger's own places (2 for money).
    places = Decimal(1).scaleb(-entries.model._meta.get_field("pending").decimal_places)
    return Balance(
        pending=Decimal(sums["pending"]).quantize(places),
        available=Decimal(sums["available"]).quantize(places),
    )


def ledger_append(
    *,
    owner,
    entries: models.Manager,
    key: str,
    kind: str,
    pending: Decimal = ZERO,
    available: Decimal = ZERO,
    reason: str = "",
    created_by=None,
    allow_negative: bool = False,
    **refs,
):
    """Append one entry to `owner`'s ledger (`entries`: the owner's related manager, e.g.
    `seller.earnings`), once per `key`.

    Locks the owner's row, so appends for one owner are serialised; returns the existing entry
    if `key` was already recorded; raises LedgerOverdrawn if a bucket would go below zero,
    unless `allow_negative` (only for taking back what the owner was given, never for paying
    out)."""
    with transaction.atomic():
        type(owner).objects.select_for_update().filter(pk=owner.pk).first()
        existing = entries.filter(key=key).first()
        if existing is not None:
            return existing
        balance = ledger_balance(entries=entries)
        # Only an entry that takes money out of a bucket can overdraw it: money coming into a
        # bucket that is below zero (a debt, see allow_negative) pays the debt off.
        overdrawn = (pending < 0 and balance.pending + pending < 0) or (
            available < 0 and balance.available + available < 0
        )
        if overdrawn and not allow_negative:
            raise LedgerOverdrawn(
                f"Only {balance.available} is available and {balance.pending} pending; "
                "this change would take the balance below zero."
            )
        return entries.create(
            key=key,
            kind=kind,
            pending=pending,
            available=available,
            reason=reason,
            created_by=created_by,
            **refs,
        )
