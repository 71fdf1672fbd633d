"""Writes for becoming and being an affiliate: applying, staff decisions (approve, refuse,
suspend, reinstate), the readable code an affiliate may choose, and a personal rate. The site,
the dashboard and the API all call these; they read like commerce.sellers.services.onboarding.

The standing of an affiliate moves only along the staff decisions of
commerce.core.transitions (the same as a seller's). A user applies once (their one Affiliate
row); with settings.AFFILIATE_AUTO_APPROVE the application is approved at once. Anything else
is refused with a ValidationError that says what to do. Approval, refusal and suspension email
the affiliate once the transaction commits (commerce.affiliates.emails).

An affiliate has one code at a time: choosing a readable code replaces the unguessable one,
and links and cookies carrying the old code stop counting from then on (the code is looked up
on every click; orders already attributed stay theirs). The old code becomes free for others.
"""

import logging
import re
from decimal import Decimal

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from oscar.core.loading import get_model

from commerce.affiliates import emails
from commerce.affiliates.models import Affiliate, AffiliateStatus, AffiliateVoucher
from commerce.affiliates.models.affiliate import CODE_PATTERN
from commerce.core.transitions import standing_move
from commerce.users.selectors import email_verified_require

Voucher = get_model("voucher", "Voucher")

logger = logging.getLogger(__name__)

#: Codes nobody may choose: the affiliate area's own addresses, and words that would let a
#: link pass for the shop's own.
RESERVED_CODES = frozenset(
    {
        "admin",
        "affiliate",
        "affiliates",
        "api",
        "apply",
        "code",
        "dashboard",
        "help",
        "official",
        "shop",
        "staff",
        "support",
    }
)

ALREADY_APPLIED = (
    "You have already applied to be an affiliate: we will email you as soon as we have decided."
)
ALREADY_APPROVED = "You are already an approved affiliate: your links are in your affiliate area."
SUSPENDED_CANNOT_APPLY = "Your affiliate account is suspended: contact us to have it reinstated."
REJECTED_CANNOT_APPLY = "We could not accept your application: contact us if things have changed."
CODE_TAKEN = "Another affiliate already uses this code: choose a different one."
CODE_RESERVED = "This code is reserved by the shop: choose a different one."
CODE_PATTERN_MESSAGE = (
    "Use 3 to 32 lowercase letters, digits or hyphens, starting with a letter or a digit."
)
RATE_RANGE = "Give a percentage between 0 and 100, or leave it empty to use the shop's rates."

_ALREADY = {
    AffiliateStatus.APPLIED: (ALREADY_APPLIED, "already_applied"),
    AffiliateStatus.APPROVED: (ALREADY_APPROVED, "already_approved"),
    AffiliateStatus.SUSPENDED: (SUSPENDED_CANNOT_APPLY, "suspended"),
    AffiliateStatus.REJECTED: (REJECTED_CANNOT_APPLY, "rejected"),
}


def _refuse(message: str, code: str = "invalid_transition") -> None:
    raise ValidationError(message, code=code)


def _name(affiliate: Affiliate) -> str:
    return affiliate.user.email


def affiliate_apply(*, user: AbstractBaseUser, website: str = "", promotion: str = "") -> Affiliate:
    """Apply to be an affiliate, once: applied, or approved at once with
    settings.AFFILIATE_AUTO_APPROVE; the code is an unguessable one."""
    email_verified_require(user=user, action="affiliate_apply")
    existing = Affiliate.objects.filter(user=user).first()
    if existing is not None:
        _refuse(*_ALREADY[existing.status])
    affiliate = Affiliate(user=user, website=website.strip(), promotion=promotion.strip())
    if settings.AFFILIATE_AUTO_APPROVE:
        affiliate.status = AffiliateStatus.APPROVED
        affiliate.approved_at = timezone.now()
    # full_clean first so field errors read as sentences; the unique index decides races.
    affiliate.full_clean(exclude=["user", "code"])
    try:
        with transaction.atomic():
            affiliate.save()
            if affiliate.is_approved:
                emails.affiliate_email_after_commit(
                    affiliate=affiliate, code=emails.AFFILIATE_APPROVED
                )
    except IntegrityError as exc:
        raise ValidationError(ALREADY_APPLIED, code="already_applied") from exc
    logger.info("User %s applied to be an affiliate (%s)", user.pk, affiliate.status)
    return affiliate


#: The email each staff decision sends (staff tell a reinstated affiliate themselves).
DECISION_EMAILS = {
    "approve": emails.AFFILIATE_APPROVED,
    "reject": emails.AFFILIATE_REJECTED,
    "suspend": emails.AFFILIATE_SUSPENDED,
}


def _move(*, affiliate: Affiliate, action: str, by: AbstractBaseUser, reason: str = ""):
    """Take the staff decision `action` on `affiliate` (commerce.core.transitions), emailing
    them once it commits where DECISION_EMAILS says so."""

    def after(locked: Affiliate) -> None:
        if action in DECISION_EMAILS:
            emails.affiliate_email_after_commit(affiliate=locked, code=DECISION_EMAILS[action])

    return standing_move(
        obj=affiliate,
        action=action,
        by=by,
        reason=reason,
        name=_name,
        related=("user",),
        after=after,
    )


def affiliate_approve(*, affiliate: Affiliate, by: AbstractBaseUser) -> Affiliate:
    """Approve an application (or a refused one): the affiliate's code starts counting."""
    return _move(affiliate=affiliate, action="approve", by=by)


def affiliate_reject(*, affiliate: Affiliate, by: AbstractBaseUser, reason: str) -> Affiliate:
    """Refuse an application, with a reason the affiliate reads."""
    return _move(affiliate=affiliate, action="reject", by=by, reason=reason)


def affiliate_suspend(*, affiliate: Affiliate, by: AbstractBaseUser, reason: str) -> Affiliate:
    """Suspend an approved affiliate: their links and vouchers stop earning at once."""
    return _move(affiliate=affiliate, action="suspend", by=by, reason=reason)


def affiliate_reinstate(*, affiliate: Affiliate, by: AbstractBaseUser) -> Affiliate:
    """Lift a suspension: the affiliate's code counts again (no email: staff tell them)."""
    return _move(affiliate=affiliate, action="reinstate", by=by)


def affiliate_code_choose(*, affiliate: Affiliate, code: str) -> Affiliate:
    """Replace an approved affiliate's code with a readable one if it is free (compared
    without case); the old code stops counting at once."""
    code = code.strip().lower()
    if not re.fullmatch(CODE_PATTERN, code):
        raise ValidationError({"code": [CODE_PATTERN_MESSAGE]}, code="invalid")
    if code in RESERVED_CODES:
        raise ValidationError({"code": [CODE_RESERVED]}, code="reserved")
    try:
        with transaction.atomic():
            locked = Affiliate.objects.select_for_update().get(pk=affiliate.pk)
            if not locked.is_approved:
                _refuse("Only approved affiliates can choose a code.", "not_approved_affiliate")
            if code == locked.code:
                return locked
            if Affiliate.objects.filter(code__iexact=code).exists():
                raise ValidationError({"code": [CODE_TAKEN]}, code="unique")
            old, locked.code = locked.code, code
            locked.save(update_fields=["code"])
    except IntegrityError as exc:  # chosen by someone else in the meantime
        raise ValidationError({"code": [CODE_TAKEN]}, code="unique") from exc
    logger.info("Affiliate %s chose the code %r (was %r)", affiliate.pk, code, old)
    affiliate.code = code
    return affiliate


def affiliate_rate_set(
    *, affiliate: Affiliate, rate: Decimal | None, by: AbstractBaseUser
) -> Affiliate:
    """Give the affiliate a personal commission rate (a percentage above every category rate
    and the shop default), or None to use those again."""
    if rate is not None and not (Decimal(0) <= rate <= Decimal(100)):
        raise ValidationError({"rate": [RATE_RANGE]}, code="invalid")
    Affiliate.objects.filter(pk=affiliate.pk).update(rate=rate)
    by_pk = getattr(by, "pk", None)
    logger.info("Affiliate %s rate set to %s by user %s", affiliate.pk, rate, by_pk)
    affiliate.rate = rate
    return affiliate


def affiliate_voucher_tie(*, affiliate: Affiliate, voucher_code: str, by: AbstractBaseUser):
    """Tie the Oscar voucher with `voucher_code` to the affiliate: orders using it are theirs
    even without a click. A voucher belongs to one affiliate at most."""
    voucher = Voucher.objects.filter(code__iexact=voucher_code.strip()).first()
    if voucher is None:
        raise ValidationError(
            {"voucher_code": ["No voucher has this code: create it under Offers first."]}
        )
    try:
        with transaction.atomic():
            tie, created = AffiliateVoucher.objects.get_or_create(
                voucher=voucher, defaults={"affiliate": affiliate}
            )
    except IntegrityError:  # tied by someone else in the meantime
        tie, created = AffiliateVoucher.objects.get(voucher=voucher), False
    if tie.affiliate_id != affiliate.pk:
        owner = Affiliate.objects.select_related("user").get(pk=tie.affiliate_id)
        raise ValidationError(
            {"voucher_code": [f"{voucher.code} is tied to {_name(owner)}: untie it there first."]}
        )
    if created:
        logger.info("Voucher %s tied to affiliate %s by user %s", voucher.pk, affiliate.pk, by.pk)
    return tie


def affiliate_voucher_untie(*, affiliate: Affiliate, voucher_id: int, by: AbstractBaseUser) -> None:
    """Untie a voucher from the affiliate: later orders using it are nobody's; orders already
    attributed stay theirs."""
    deleted, _ = AffiliateVoucher.objects.filter(
        affiliate=affiliate, voucher_id=voucher_id
    ).delete()
    if deleted:
        logger.info(
            "Voucher %s untied from affiliate %s by user %s", voucher_id, affiliate.pk, by.pk
        )
