"""Writes for shop accounts: sign-up, email verification, profile, email change and password.
The site (Oscar's account pages, through commerce.users.views) and the API
(commerce.users.api) both call these.

Errors are Django's ValidationError with a message per field ({"email": [...]}), so a form can
show them next to its fields and the API turns them into its error body.

Which addresses have accounts is never told: signing up with a taken address answers as a new
sign-up does (the owner is emailed instead), at the same cost (one password hash); asking to
move an account to a taken address answers as for a free one (no link is sent).

One account per address is guaranteed by the database (users_user_email_ci_unique, a unique
index on lower(email)), not by a check before the write: a sign-up or an email change that
loses a race to another one is answered like the others, never with a 500.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.password_validation import validate_password
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from oscar.apps.customer.signals import user_registered
from oscar.apps.customer.utils import get_password_reset_url, normalise_email

from commerce.points.services.bonuses import points_signup_bonus_give

from . import emails, tokens
from .selectors import email_is_taken

EMAIL_TAKEN_SINCE = (
    "Another account has taken this address since you asked for the change: choose another address."
)
WRONG_PASSWORD = "This is not your current password: type it again."
PASSWORD_NEEDED = "Type your current password to change your email address."
ALREADY_VERIFIED = "Your email address is already confirmed."


class EmailSendThrottled(ValidationError):
    """Too many links asked for: `wait` is how many seconds until the next one may go."""

    def __init__(self, message: str, *, wait: int):
        super().__init__(message, code="throttled")
        self.wait = wait


def _password_check_strong(*, password: str, user, field: str) -> None:
    try:
        validate_password(password, user)
    except ValidationError as exc:
        raise ValidationError({field: exc.messages}) from exc


def _send_allowed(*, key: str) -> int:
    """Counts one email of kind `key` (an account's links): 0 when it may go, else the seconds
    to wait. At most one per EMAIL_VERIFICATION_RESEND_INTERVAL and
    EMAIL_VERIFICATION_RESEND_PER_DAY a day (cache.add / incr: no check-then-act)."""
    interval = settings.EMAIL_VERIFICATION_RESEND_INTERVAL
    if not cache.add(f"users:send:{key}:recent", 1, timeout=interval):
        return interval
    day = f"users:send:{key}:day"
    cache.add(day, 0, timeout=24 * 3600)
    try:
        sent_today = cache.incr(day)
    except ValueError:  # expired between add and incr
        cache.set(day, 1, timeout=24 * 3600)
        sent_today = 1
    if sent_today > settings.EMAIL_VERIFICATION_RESEND_PER_DAY:
        return 24 * 3600
    return 0


def _throttled_error(wait: int) -> EmailSendThrottled:
    if wait >= 3600:
        message = (
            f"We have sent {settings.EMAIL_VERIFICATION_RESEND_PER_DAY} links today: use the "
            "latest one, or ask again tomorrow."
        )
    else:
        message = (
            "We sent you a link a moment ago: look for it (in the spam folder too) or ask "
            f"again in {wait} seconds."
        )
    return EmailSendThrottled(message, wait=wait)


def _verification_email_send(*, user) -> None:
    token = tokens.email_verify_token(user=user)
    emails.account_email_after_commit(
        code=emails.EMAIL_VERIFY,
        to=user.email,
        context={"email": user.email, "verify_url": reverse("users:email-verify", args=[token])},
    )


def _registration_attempt_tell(*, owner) -> None:
    # At most one such email per interval and a few a day: signing up is not a way to flood
    # someone's inbox.
    if _send_allowed(key=f"attempt:{owner.pk}"):
        return
    emails.account_email_after_commit(
        code=emails.REGISTRATION_ATTEMPT,
        to=owner.email,
        context={
            "email": owner.email,
            "login_url": reverse("customer:login"),
            "reset_url": reverse("password-reset"),
        },
    )


def user_register(
    *,
    email: str,
    password: str,
    first_name: str = "",
    last_name: str = "",
    request: HttpRequest | None = None,
):
    """Open a shopper account, as Oscar's registration does (Oscar's `user_registered` signal,
    Oscar's welcome email if OSCAR_SEND_REGISTRATION_EMAIL, the sign-up bonus in the account's
    transaction) and email it a verification link. When the address already has an account,
    nothing is opened and its owner is emailed instead; the caller answers the same either
    way. Returns the new account, or None when the address was taken."""
    User = get_user_model()
    email = normalise_email(email)
    candidate = User(email=email, first_name=first_name, last_name=last_name)
    _password_check_strong(password=password, user=candidate, field="password")
    owner = User.objects.filter(email__iexact=email).first()
    if owner is not None:
        make_password(password)  # what opening the account would have cost
        _registration_attempt_tell(owner=owner)
        return None
    try:
        with transaction.atomic():
            user = User.objects.create_user(
                email=email, password=password, first_name=first_name, last_name=last_name
            )
            points_signup_bonus_give(user=user)
    except IntegrityError:  # a concurrent sign-up took the address first
        owner = User.objects.filter(email__iexact=email).first()
        if owner is not None:
            _registration_attempt_tell(owner=owner)
        return None
    # Robustly, as Oscar sends it: a failing receiver must not undo a sign-up.
    user_registered.send_robust(sender=User, request=request, user=user)
    if getattr(settings, "OSCAR_SEND_REGISTRATION_EMAIL", True):
        emails.account_email_after_commit(code="REGISTRATION", to=user.email, context={})
    _send_allowed(key=f"verify:{user.pk}")  # the first link counts: no resend right away
    _verification_email_send(user=user)
    return user


def email_verification_resend(*, user) -> None:
    """Email `user` a new verification link; refused once verified, and throttled
    (EmailSendThrottled) per account."""
    if user.email_verified:
        raise ValidationError(ALREADY_VERIFIED, code="already_verified")
    wait = _send_allowed(key=f"verify:{user.pk}")
    if wait:
        raise _throttled_error(wait)
    _verification_email_send(user=user)


def email_verify(*, token: str):
    """Mark the account of a verification link verified (again is harmless); returns it, or
    a ValidationError saying what to do."""
    user = tokens.email_verify_token_read(token=token)
    if not user.email_verified:
        user.email_verified_at = timezone.now()
        user.save(update_fields=["email_verified_at"])
    return user


def user_update(*, user, first_name: str | None = None, last_name: str | None = None):
    """Change the account's own name (only the arguments given). The email address changes
    through email_change_request and its link."""
    changes = {"first_name": first_name, "last_name": last_name}
    changes = {name: value for name, value in changes.items() if value is not None}
    for name, value in changes.items():
        setattr(user, name, value)
    if changes:
        user.save(update_fields=[*changes])
    return user


def _password_check_current(*, user, password: str | None) -> None:
    if not password:
        raise ValidationError({"password": [PASSWORD_NEEDED]}, code="required")
    if not user.check_password(password):
        raise ValidationError({"password": [WRONG_PASSWORD]}, code="wrong_password")


def _email_write(*, user, email: str) -> None:
    old_email = user.email
    user.email = email
    user.email_verified_at = timezone.now()  # the link proved it, or only the case changed
    try:
        with transaction.atomic():
            user.save(update_fields=["email", "email_verified_at"])
    except IntegrityError as exc:
        user.refresh_from_db(fields=["email", "email_verified_at"])
        raise ValidationError({"email": [EMAIL_TAKEN_SINCE]}, code="unique") from exc
    if old_email.lower() != email.lower():
        emails.account_email_after_commit(
            code=emails.EMAIL_CHANGED,
            to=old_email,
            context={"new_email": email, "reset_url": get_password_reset_url(user)},
        )


def email_change_request(*, user, email: str, password: str | None) -> str | None:
    """Ask to move the account to `email`: needs the current password; sends a link to the
    new address (unless another account has it: the answer is the same) and tells the old
    address. Nothing changes until the link is followed (email_change_confirm). Returns the
    address asked for, or None when nothing needs confirming (the same address; a change of
    capitals only is made at once)."""
    email = normalise_email(email)
    if email == user.email:
        return None
    _password_check_current(user=user, password=password)
    if email.lower() == user.email.lower():
        _email_write(user=user, email=email)
        return None
    wait = _send_allowed(key=f"change:{user.pk}")
    if wait:
        raise _throttled_error(wait)
    if not email_is_taken(email=email):
        token = tokens.email_change_token(user=user, new_email=email)
        emails.account_email_after_commit(
            code=emails.EMAIL_CHANGE_CONFIRM,
            to=email,
            context={
                "old_email": user.email,
                "new_email": email,
                "confirm_url": reverse("users:email-change", args=[token]),
            },
        )
    emails.account_email_after_commit(
        code=emails.EMAIL_CHANGE_REQUESTED,
        to=user.email,
        context={"new_email": email, "reset_url": reverse("password-reset")},
    )
    return email


def email_change_confirm(*, token: str):
    """Make the change an email-change link stands for (the new address must still be free;
    the old address is told); returns the account, or a ValidationError saying what to do."""
    user, new_email = tokens.email_change_token_read(token=token)
    _email_write(user=user, email=new_email)
    return user


def password_change(*, user, old_password: str, new_password: str):
    """Set a new password; the current one must match and the new one pass the validators."""
    if not user.check_password(old_password):
        raise ValidationError({"old_password": [WRONG_PASSWORD]})
    _password_check_strong(password=new_password, user=user, field="new_password")
    user.set_password(new_password)
    user.save(update_fields=["password"])
    return user
