"""Reads about shop accounts."""

from django.contrib.auth import get_user_model
from oscar.apps.customer.utils import normalise_email


def email_is_taken(*, email: str, exclude_user_id: int | None = None) -> bool:
    """Whether another account already signs in with `email` (case-insensitively)."""
    users = get_user_model().objects.filter(email__iexact=normalise_email(email))
    if exclude_user_id is not None:
        users = users.exclude(pk=exclude_user_id)
    return users.exists()
