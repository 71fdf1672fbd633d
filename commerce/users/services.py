"""Writes for shop accounts: sign-up, profile and password. The site (Oscar's account pages,
through commerce.users.views) and the API (commerce.users.api) both call these.

Errors are Django's ValidationError with a message per field ({"email": [...]}), so a form can
show them next to its fields and the API turns them into its error body.

One account per address is guaranteed by the database (users_user_email_ci_unique, a unique
index on lower(email)), not by a check before the write: a registration or an email change
that loses a race to another one gets the same "already exists" error, never a 500.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from oscar.apps.customer.signals import user_registered
from oscar.apps.customer.utils import normalise_email
from oscar.core.loading import get_class

from commerce.points.services.bonuses import points_signup_bonus_give

from .selectors import email_is_taken

CustomerDispatcher = get_class("customer.utils", "CustomerDispatcher")

EMAIL_TAKEN = "An account with this email already exists: sign in or reset the password."
WRONG_PASSWORD = "This is not your current password: type it again."


def _email_taken_error() -> ValidationError:
    return ValidationError({"email": [EMAIL_TAKEN]}, code="unique")


def _password_check_strong(*, password: str, user, field: str) -> None:
    try:
        validate_password(password, user)
    except ValidationError as exc:
        raise ValidationError({field: exc.messages}) from exc


def _registration_email_send(*, user, request: HttpRequest | None) -> None:
    # Oscar's own welcome email: the REGISTRATION communication event type (editable in the
    # dashboard), logged to the customer's email history like Oscar's RegisterUserMixin does.
    CustomerDispatcher().send_registration_email_for_user(user, {"user": user, "request": request})


def user_register(
    *,
    email: str,
    password: str,
    first_name: str = "",
    last_name: str = "",
    request: HttpRequest | None = None,
):
    """Open a shopper account, as Oscar's registration does: Oscar's `user_registered` signal
    and (unless OSCAR_SEND_REGISTRATION_EMAIL is False) the welcome email, once committed; the
    new shopper gets their sign-up bonus points in the same transaction as the account."""
    User = get_user_model()
    email = normalise_email(email)
    if email_is_taken(email=email):  # before hashing the password; the index still decides
        raise _email_taken_error()
    candidate = User(email=email, first_name=first_name, last_name=last_name)
    _password_check_strong(password=password, user=candidate, field="password")
    try:
        with transaction.atomic():
            user = User.objects.create_user(
                email=email, password=password, first_name=first_name, last_name=last_name
            )
            points_signup_bonus_give(user=user)
    except IntegrityError as exc:  # a concurrent sign-up took the address first
        raise _email_taken_error() from exc
    # Robustly, as Oscar sends it: a failing receiver must not undo a sign-up.
    user_registered.send_robust(sender=User, request=request, user=user)
    if getattr(settings, "OSCAR_SEND_REGISTRATION_EMAIL", True):
        transaction.on_commit(lambda: _registration_email_send(user=user, request=request))
    return user


def user_update(
    *,
    user,
    email: str | None = None,
    first_name: str | None = None,
    last_name: str | None = None,
):
    """Change the account's own name or email address (only the arguments given)."""
    changes = {"email": email, "first_name": first_name, "last_name": last_name}
    changes = {name: value for name, value in changes.items() if value is not None}
    if not changes:
        return user
    if "email" in changes:
        changes["email"] = normalise_email(changes["email"])
    for name, value in changes.items():
        setattr(user, name, value)
    try:
        with transaction.atomic():
            user.save(update_fields=[*changes])
    except IntegrityError as exc:
        user.refresh_from_db(fields=[*changes])
        if "email" not in changes:
            raise
        # The unique index refused the address: another account has it, perhaps only since a
        # concurrent change committed a moment ago.
        raise _email_taken_error() from exc
    return user


def password_change(*, user, old_password: str, new_password: str):
    """Set a new password; the current one must match and the new one pass the validators."""
    if not user.check_password(old_password):
        raise ValidationError({"old_password": [WRONG_PASSWORD]})
    _password_check_strong(password=new_password, user=user, field="new_password")
    user.set_password(new_password)
    user.save(update_fields=["password"])
    return user
