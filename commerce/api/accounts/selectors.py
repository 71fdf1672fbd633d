"""Reads about API accounts and their tokens."""

from django.contrib.auth import get_user_model
from rest_framework_simplejwt.settings import api_settings as jwt_settings
from rest_framework_simplejwt.utils import get_md5_hash_password


def email_is_taken(*, email: str, exclude_user_id: int | None = None) -> bool:
    """Whether another account already signs in with `email` (case-insensitively)."""
    users = get_user_model().objects.filter(email__iexact=email.strip())
    if exclude_user_id is not None:
        users = users.exclude(pk=exclude_user_id)
    return users.exists()


def token_user(*, payload: dict):
    """The active account a token was issued to, if its password is unchanged since; else None."""
    user_id = payload.get(jwt_settings.USER_ID_CLAIM)
    if user_id is None:
        return None
    user = get_user_model().objects.filter(**{jwt_settings.USER_ID_FIELD: user_id}).first()
    if user is None or not user.is_active:
        return None
    if payload.get(jwt_settings.REVOKE_TOKEN_CLAIM) != get_md5_hash_password(user.password):
        return None
    return user
