"""The signed links of email verification and email change (Django's signing, timestamped,
valid for settings.EMAIL_VERIFICATION_MAX_AGE seconds). Each token names the account and a
fingerprint of the address it was made for: once the account's address changes, every older
link stops working, and a change link cannot be used twice."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.exceptions import ValidationError
from django.utils.crypto import salted_hmac

VERIFY_SALT = "commerce.users.email-verify"
CHANGE_SALT = "commerce.users.email-change"

LINK_EXPIRED = "This link has expired: ask for a new one."
LINK_INVALID = "This link is not valid: check that you copied all of it, or ask for a new one."
LINK_STALE = "This link was made for an earlier email address of your account: ask for a new one."


def _fingerprint(email: str) -> str:
    return salted_hmac("commerce.users.email", email.lower()).hexdigest()[:20]


def email_verify_token(*, user) -> str:
    """The token of a link confirming that `user` reads mail at their current address."""
    return signing.dumps({"u": user.pk, "e": _fingerprint(user.email)}, salt=VERIFY_SALT)


def email_change_token(*, user, new_email: str) -> str:
    """The token of a link moving `user` from their current address to `new_email`."""
    payload = {"u": user.pk, "e": _fingerprint(user.email), "n": new_email}
    return signing.dumps(payload, salt=CHANGE_SALT)


def _read(token: str, *, salt: str) -> tuple:
    try:
        payload = signing.loads(token, salt=salt, max_age=settings.EMAIL_VERIFICATION_MAX_AGE)
    except signing.SignatureExpired as exc:
        raise ValidationError(LINK_EXPIRED, code="link_expired") from exc
    except signing.BadSignature as exc:
        raise ValidationError(LINK_INVALID, code="link_invalid") from exc
    user = get_user_model().objects.filter(pk=payload.get("u")).first()
    if user is None or not user.is_active:
        raise ValidationError(LINK_INVALID, code="link_invalid")
    if payload.get("e") != _fingerprint(user.email):
        raise ValidationError(LINK_STALE, code="link_stale")
    return user, payload


def email_verify_token_read(*, token: str):
    """The account a verification token is for; a ValidationError saying what to do when the
    link is expired, altered or made for an earlier address."""
    user, _payload = _read(token, salt=VERIFY_SALT)
    return user


def email_change_token_read(*, token: str) -> tuple:
    """(account, new address) of an email-change token; a ValidationError as for
    email_verify_token_read."""
    user, payload = _read(token, salt=CHANGE_SALT)
    return user, payload["n"]
