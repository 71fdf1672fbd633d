"""The one way a standing moves: a seller's and an affiliate's status go through the same staff
decisions (approve, refuse, suspend, reinstate), so both apps move them with `standing_move`
and the table `MOVES`, and their dashboards offer the decisions `decisions_from` gives.

    applied  --approve-->  approved  --suspend-->  suspended  --reinstate-->  approved
    applied  --reject--->  rejected  --approve-->  approved   (staff changing their mind)

A model with a standing has the fields `status` (choices with the values below),
`status_reason` and `approved_at` (and maybe `updated_at`, saved too). Any other move is
refused with a ValidationError whose sentence says what to do instead.
"""

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models, transaction
from django.db.models import Case, IntegerField, Value, When
from django.utils import timezone

logger = logging.getLogger(__name__)

# The status values every standing model's choices use (SellerStatus, AffiliateStatus).
APPLIED, APPROVED, SUSPENDED, REJECTED = "applied", "approved", "suspended", "rejected"

M = TypeVar("M", bound=models.Model)


@dataclass(frozen=True)
class Move:
    """One staff decision: the status it leads to, the statuses it may start from, and for
    each other status the sentence that refuses it ("{name}" is the one decided on)."""

    to: str
    allowed_from: frozenset[str]
    refusals: Mapping[str, str]
    needs_reason: bool = False


MOVES: dict[str, Move] = {
    "approve": Move(
        to=APPROVED,
        allowed_from=frozenset({APPLIED, REJECTED}),
        refusals={
            APPROVED: "{name} is already approved.",
            SUSPENDED: "{name} is suspended: reinstate them instead.",
        },
    ),
    "reject": Move(
        to=REJECTED,
        allowed_from=frozenset({APPLIED}),
        refusals={
            REJECTED: "{name}'s application is already refused.",
            APPROVED: "{name} is approved: suspend them instead.",
            SUSPENDED: "{name} is already suspended.",
        },
        needs_reason=True,
    ),
    "suspend": Move(
        to=SUSPENDED,
        allowed_from=frozenset({APPROVED}),
        refusals={
            SUSPENDED: "{name} is already suspended.",
            APPLIED: "{name} is not approved yet: refuse the application instead.",
            REJECTED: "{name}'s application was refused: there is nothing to suspend.",
        },
        needs_reason=True,
    ),
    "reinstate": Move(
        to=APPROVED,
        allowed_from=frozenset({SUSPENDED}),
        refusals={
            APPROVED: "{name} is not suspended.",
            APPLIED: "{name} is not approved yet: approve the application instead.",
            REJECTED: "{name}'s application was refused: approve it instead.",
        },
    ),
}


def decisions_from(status: str) -> tuple[str, ...]:
    """The decisions (keys of MOVES) that may be taken on a standing `status`."""
    return tuple(action for action, move in MOVES.items() if status in move.allowed_from)


def applications_first() -> Case:
    """An ordering expression that puts applications waiting for a decision first."""
    return Case(When(status=APPLIED, then=Value(0)), default=Value(1), output_field=IntegerField())


def standing_move(
    *,
    obj: M,
    action: str,
    by: AbstractBaseUser,
    name: Callable[[M], str],
    reason: str = "",
    related: Sequence[str] = (),
    after: Callable[[M], None] | None = None,
) -> M:
    """Take the staff decision `action` on `obj`'s standing under a row lock, or refuse it
    with a sentence saying what to do; `after(locked)` runs in the same transaction."""
    move = MOVES[action]
    model = type(obj)
    noun = model._meta.verbose_name
    if move.needs_reason and not reason.strip():
        raise ValidationError({"reason": [f"Give a reason: the {noun} reads it in our email."]})
    fields = ["status", "status_reason", "approved_at", *_auto_now_fields(model)]
    with transaction.atomic():
        locked = model._default_manager.select_for_update().select_related(*related).get(pk=obj.pk)
        if locked.status not in move.allowed_from:
            labels = dict(model._meta.get_field("status").flatchoices)
            refusal = move.refusals.get(locked.status) or (
                "{name} is " + f"{labels[locked.status].lower()}: this cannot be changed to "
                f"{labels[move.to].lower()}."
            )
            raise ValidationError(refusal.format(name=name(locked)), code="invalid_transition")
        locked.status = move.to
        locked.status_reason = reason.strip()
        if move.to == APPROVED:
            locked.approved_at = locked.approved_at or timezone.now()
        locked.save(update_fields=fields)
        logger.info(
            "%s %s is now %s (by user %s)",
            noun.capitalize(),
            locked.pk,
            move.to,
            getattr(by, "pk", None),
        )
        if after is not None:
            after(locked)
    for field in fields:
        setattr(obj, field, getattr(locked, field))
    return obj


def _auto_now_fields(model: type[models.Model]) -> list[str]:
    # An auto_now field is only written when save(update_fields=...) names it.
    try:
        field = model._meta.get_field("updated_at")
    except FieldDoesNotExist:
        return []
    return ["updated_at"] if getattr(field, "auto_now", False) else []
