"""Reads about API accounts and their tokens."""

from django.contrib.auth import get_user_model
from oscar.apps.customer.utils import normalise_email
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


def sign_in_account_key(*, email: str) -> str:
    """Who a sign-in attempt is aimed at: the account the email resolves to (as Oscar's
    EmailBackend resolves it), so spelling variants of one address share one key."""
    clean = normalise_email(email)
    account_id = (
        get_user_model().objects.filter(email__iexact=clean).order_by("pk").values_list("pk")[:1]
    )
    match = list(account_id)
    return f"account:{match[0][0]}" if match else f"email:{clean.casefold()}"
