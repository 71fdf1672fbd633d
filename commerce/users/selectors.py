"""Reads about shop accounts."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.urls import reverse
from oscar.apps.customer.utils import normalise_email

#: The API endpoint that sends a new verification link (named in refusals).
API_RESEND_PATH = "/api/v1/auth/email/verify/resend/"


def email_is_taken(*, email: str) -> bool:
    """Whether an account already signs in with `email` (case-insensitively)."""
    return get_user_model().objects.filter(email__iexact=normalise_email(email)).exists()


def email_verified_for(*, user, action: str) -> bool:
    """Whether `user` may do `action`: yes unless settings.EMAIL_VERIFIED_REQUIRED_FOR names it
    and the account has not confirmed its email address yet."""
    if action not in settings.EMAIL_VERIFIED_REQUIRED_FOR:
        return True
    return bool(getattr(user, "email_verified", False))


def email_unverified_message(*, user) -> str:
    """What an account that has not confirmed its address is told to do."""
    return (
        f"Confirm your email address first: follow the link we emailed to {user.email}. "
        f"No email? Ask for a new link at {reverse('users:email-verify-resend')} "
        f"(in the API: POST {API_RESEND_PATH})."
    )


def email_verified_require(*, user, action: str) -> None:
    """Refuse `action` (a ValidationError saying what to do) unless email_verified_for allows
    it; the services of those actions call this first."""
    if not email_verified_for(user=user, action=action):
        raise ValidationError(email_unverified_message(user=user), code="email_unverified")
