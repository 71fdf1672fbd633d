"""Reads about shop accounts."""

from django.contrib.auth import get_user_model
from oscar.apps.customer.utils import normalise_email


def email_is_taken(*, email: str) -> bool:
    """Whether an account already signs in with `email` (case-insensitively)."""
    return get_user_model().objects.filter(email__iexact=normalise_email(email)).exists()
