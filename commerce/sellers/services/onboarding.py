"""Writes for becoming and being a seller: applying, staff decisions (approve, refuse, suspend,
reinstate) and the seller's own profile. The site, the dashboard and the API all call these.

The standing of a seller moves only along these transitions:

    applied  --approve-->  approved  --suspend-->  suspended  --reinstate-->  approved
    applied  --reject--->  rejected  --apply again (the application is updated)-->  applied
    rejected --approve-->  approved   (staff changing their mind)

A user applies once: their one Seller row (and its Oscar partner) is reused when a refused
applicant applies again. Anything else is refused with a ValidationError that says what to do.
The pricing rule reads the status (commerce.partner.pricing), so a suspended seller's offers
stop selling at the moment the status is saved; suspension keeps the partner user's dashboard
access so open orders can still be fulfilled. Every change of standing emails the seller once
the transaction commits (commerce.sellers.emails).
"""

import logging
from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify
from oscar.core.loading import get_model

from commerce.core.html import html_sanitise
from commerce.sellers import emails
from commerce.sellers.models import Seller, SellerStatus

Partner = get_model("partner", "Partner")

logger = logging.getLogger(__name__)

#: Addresses under /sellers/ that are pages of their own, not sellers.
RESERVED_SLUGS = frozenset({"apply"})

#: What a seller may change of their profile (seller_profile_update).
PROFILE_FIELDS = ("name", "description", "contact_email", "contact_phone", "logo")

NAME_TAKEN = "Another seller already uses this name: choose a different one."
ALREADY_APPLIED = (
    "You have already applied to sell here: we will email you as soon as we have decided."
)
ALREADY_APPROVED = "You are already an approved seller: change your profile instead."
SUSPENDED_CANNOT_APPLY = "Your seller account is suspended: contact us to have it reinstated."


def _refuse(message: str, code: str = "invalid_transition") -> None:
    raise ValidationError(message, code=code)


def _slug_unique(*, name: str) -> str:
    base = slugify(name)[:100] or "seller"
    slug, n = base, 1
    while slug in RESERVED_SLUGS or Seller.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def _name_check_free(*, name: str, exclude_pk: int | None = None) -> None:
    taken = Seller.objects.filter(name__iexact=name.strip())
    if exclude_pk is not None:
        taken = taken.exclude(pk=exclude_pk)
    if taken.exists():
        raise ValidationError({"name": [NAME_TAKEN]}, code="unique")


def _seller_save(seller: Seller) -> Seller:
    # full_clean first so field errors read as sentences; the unique indexes still decide races.
    seller.full_clean(exclude=["partner", "user"])
    try:
        with transaction.atomic():
            seller.partner.save()
            seller.partner_id = seller.partner.pk
            seller.save()
    except IntegrityError as exc:
        if Seller.objects.filter(user_id=seller.user_id).exclude(pk=seller.pk).exists():
            raise ValidationError(ALREADY_APPLIED, code="already_applied") from exc
        raise ValidationError({"name": [NAME_TAKEN]}, code="unique") from exc
    return seller


def seller_apply(
    *,
    user: AbstractBaseUser,
    name: str,
    description: str,
    contact_email: str,
    contact_phone: str = "",
    logo: File | None = None,
) -> Seller:
    """Apply to sell: creates the user's partner and seller profile (status applied), or
    updates a refused application and submits it again; refused for any other standing."""
    name = name.strip()
    with transaction.atomic():
        seller = Seller.objects.select_for_update().filter(user=user).first()
        if seller is None:
            seller = Seller(user=user, partner=Partner(name=name), slug=_slug_unique(name=name))
        elif seller.status == SellerStatus.APPLIED:
            _refuse(ALREADY_APPLIED, "already_applied")
        elif seller.status == SellerStatus.APPROVED:
            _refuse(ALREADY_APPROVED, "already_approved")
        elif seller.status == SellerStatus.SUSPENDED:
            _refuse(SUSPENDED_CANNOT_APPLY, "suspended")
        _name_check_free(name=name, exclude_pk=seller.pk)
        seller.name = name
        seller.partner.name = name
        seller.description = html_sanitise(description)
        seller.contact_email = contact_email
        seller.contact_phone = contact_phone
        if logo:
            seller.logo = logo
        seller.status = SellerStatus.APPLIED
        seller.status_reason = ""
        _seller_save(seller)
        emails.seller_email_after_commit(seller=seller, code=emails.SELLER_APPLIED)
    return seller


def _locked(seller: Seller) -> Seller:
    return Seller.objects.select_for_update().select_related("partner", "user").get(pk=seller.pk)


def _transition(
    *,
    seller: Seller,
    to: str,
    allowed_from: dict[str, str],
    email: str,
    by: AbstractBaseUser,
    reason: str = "",
) -> Seller:
    """Move `seller` to status `to` if its current status is a key of `allowed_from`; any
    other status is refused with the message `allowed_from` gives for it (or a generic one)."""
    with transaction.atomic():
        locked = _locked(seller)
        if locked.status not in allowed_from or allowed_from[locked.status]:
            _refuse(
                allowed_from.get(locked.status)
                or f"{locked.name} is {locked.get_status_display().lower()}: this cannot be "
                f"changed to {SellerStatus(to).label.lower()}."
            )
        locked.status = to
        locked.status_reason = reason.strip()
        if to == SellerStatus.APPROVED:
            locked.approved_at = locked.approved_at or timezone.now()
            _dashboard_access_grant(seller=locked)
        locked.save(update_fields=["status", "status_reason", "approved_at", "updated_at"])
        logger.info("Seller %s is now %s (by user %s)", locked.pk, to, getattr(by, "pk", None))
        emails.seller_email_after_commit(seller=locked, code=email)
    for field in ("status", "status_reason", "approved_at", "updated_at"):
        setattr(seller, field, getattr(locked, field))
    return seller


def _dashboard_access_grant(*, seller: Seller) -> None:
    # What makes Oscar's dashboard show a user their own partner's products and orders only.
    seller.partner.users.add(seller.user)
    seller.user.user_permissions.add(
        Permission.objects.get(content_type__app_label="partner", codename="dashboard_access")
    )


def seller_approve(*, seller: Seller, by: AbstractBaseUser) -> Seller:
    """Approve an application (or a refused one): the seller's offers go on sale and their
    user becomes a partner user with dashboard access to their own partner."""
    return _transition(
        seller=seller,
        to=SellerStatus.APPROVED,
        allowed_from={
            SellerStatus.APPLIED: "",
            SellerStatus.REJECTED: "",
            SellerStatus.APPROVED: f"{seller.name} is already approved.",
            SellerStatus.SUSPENDED: f"{seller.name} is suspended: reinstate them instead.",
        },
        email=emails.SELLER_APPROVED,
        by=by,
    )


def _reason_required(reason: str) -> None:
    if not reason.strip():
        raise ValidationError({"reason": ["Give a reason: the seller reads it in our email."]})


def seller_reject(*, seller: Seller, by: AbstractBaseUser, reason: str) -> Seller:
    """Refuse an application, with a reason the seller reads; they may apply again."""
    _reason_required(reason)
    return _transition(
        seller=seller,
        to=SellerStatus.REJECTED,
        allowed_from={
            SellerStatus.APPLIED: "",
            SellerStatus.REJECTED: f"{seller.name}'s application is already refused.",
            SellerStatus.APPROVED: f"{seller.name} is approved: suspend them instead.",
            SellerStatus.SUSPENDED: f"{seller.name} is already suspended.",
        },
        email=emails.SELLER_REJECTED,
        by=by,
        reason=reason,
    )


def seller_suspend(*, seller: Seller, by: AbstractBaseUser, reason: str) -> Seller:
    """Suspend an approved seller: their offers stop selling at once; they keep dashboard
    access to fulfil orders already placed."""
    _reason_required(reason)
    return _transition(
        seller=seller,
        to=SellerStatus.SUSPENDED,
        allowed_from={
            SellerStatus.APPROVED: "",
            SellerStatus.SUSPENDED: f"{seller.name} is already suspended.",
            SellerStatus.APPLIED: f"{seller.name} is not approved yet: refuse the application "
            "instead.",
            SellerStatus.REJECTED: f"{seller.name}'s application was refused: there is nothing "
            "to suspend.",
        },
        email=emails.SELLER_SUSPENDED,
        by=by,
        reason=reason,
    )


def seller_reinstate(*, seller: Seller, by: AbstractBaseUser) -> Seller:
    """Lift a suspension: the seller's offers are on sale again."""
    return _transition(
        seller=seller,
        to=SellerStatus.APPROVED,
        allowed_from={
            SellerStatus.SUSPENDED: "",
            SellerStatus.APPROVED: f"{seller.name} is not suspended.",
            SellerStatus.APPLIED: f"{seller.name} is not approved yet: approve the application "
            "instead.",
            SellerStatus.REJECTED: f"{seller.name}'s application was refused: approve it instead.",
        },
        email=emails.SELLER_REINSTATED,
        by=by,
    )


def seller_profile_update(*, seller: Seller, **fields: Any) -> Seller:
    """Change the seller's public profile (name, description, contact, logo) in any status;
    the slug, and so the public address, stays as it was."""
    unknown = set(fields) - set(PROFILE_FIELDS)
    if unknown:
        raise ValueError(f"Not profile fields: {', '.join(sorted(unknown))}")
    with transaction.atomic():
        locked = _locked(seller)
        if "name" in fields:
            fields["name"] = fields["name"].strip()
            _name_check_free(name=fields["name"], exclude_pk=locked.pk)
            locked.partner.name = fields["name"]
        if "description" in fields:
            fields["description"] = html_sanitise(fields["description"])
        for field, value in fields.items():
            setattr(locked, field, value)
        _seller_save(locked)
    return locked
