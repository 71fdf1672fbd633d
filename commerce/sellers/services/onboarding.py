"""Writes for becoming and being a seller: applying, staff decisions (approve, refuse, suspend,
reinstate) and the seller's own profile. The site, the dashboard and the API all call these.

The standing of a seller moves only along the staff decisions of commerce.core.transitions
(the same as an affiliate's), plus applying again after a refusal:

    rejected  --apply again (the application is updated)-->  applied

A user applies once: their one Seller row (and its Oscar partner) is reused when a refused
applicant applies again. Anything else is refused with a ValidationError that says what to do.
The pricing rule reads the status (commerce.partner.pricing), so a suspended seller's offers
stop selling at the moment the status is saved; suspension keeps the partner user's dashboard
access so open orders can still be fulfilled. Every change of standing emails the seller once
the transaction commits (commerce.sellers.emails).
"""

from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import IntegrityError, transaction
from django.utils.text import slugify
from oscar.core.loading import get_model

from commerce.core.html import html_sanitise
from commerce.core.transitions import standing_move
from commerce.sellers import emails
from commerce.sellers.models import Seller, SellerStatus
from commerce.users.selectors import email_verified_require

Partner = get_model("partner", "Partner")

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
    email_verified_require(user=user, action="seller_apply")
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


#: The email each staff decision sends the seller.
DECISION_EMAILS = {
    "approve": emails.SELLER_APPROVED,
    "reject": emails.SELLER_REJECTED,
    "suspend": emails.SELLER_SUSPENDED,
    "reinstate": emails.SELLER_REINSTATED,
}


def _move(*, seller: Seller, action: str, by: AbstractBaseUser, reason: str = "") -> Seller:
    """Take the staff decision `action` on `seller` (commerce.core.transitions), granting
    dashboard access on approval and emailing the seller once it commits."""

    def after(locked: Seller) -> None:
        if locked.is_approved:
            _dashboard_access_grant(seller=locked)
        emails.seller_email_after_commit(seller=locked, code=DECISION_EMAILS[action])

    return standing_move(
        obj=seller,
        action=action,
        by=by,
        reason=reason,
        name=lambda locked: locked.name,
        related=("partner", "user"),
        after=after,
    )


def _dashboard_access_grant(*, seller: Seller) -> None:
    # What makes Oscar's dashboard show a user their own partner's products and orders only.
    seller.partner.users.add(seller.user)
    seller.user.user_permissions.add(
        Permission.objects.get(content_type__app_label="partner", codename="dashboard_access")
    )


def seller_approve(*, seller: Seller, by: AbstractBaseUser) -> Seller:
    """Approve an application (or a refused one): the seller's offers go on sale and their
    user becomes a partner user with dashboard access to their own partner."""
    return _move(seller=seller, action="approve", by=by)


def seller_reject(*, seller: Seller, by: AbstractBaseUser, reason: str) -> Seller:
    """Refuse an application, with a reason the seller reads; they may apply again."""
    return _move(seller=seller, action="reject", by=by, reason=reason)


def seller_suspend(*, seller: Seller, by: AbstractBaseUser, reason: str) -> Seller:
    """Suspend an approved seller: their offers stop selling at once; they keep dashboard
    access to fulfil orders already placed."""
    return _move(seller=seller, action="suspend", by=by, reason=reason)


def seller_reinstate(*, seller: Seller, by: AbstractBaseUser) -> Seller:
    """Lift a suspension: the seller's offers are on sale again."""
    return _move(seller=seller, action="reinstate", by=by)


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
