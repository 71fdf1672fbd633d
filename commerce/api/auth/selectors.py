"""Reads behind API sign-in."""

from django.contrib.auth import get_user_model
from oscar.apps.customer.utils import normalise_email


def sign_in_account_key(*, email: str) -> str:
    """Who a sign-in attempt is aimed at: the account the email resolves to (as Oscar's
    EmailBackend resolves it), so spelling variants of one address share one key."""
    clean = normalise_email(email)
    account_id = (
        get_user_model().objects.filter(email__iexact=clean).order_by("pk").values_list("pk")[:1]
    )
    match = list(account_id)
    return f"account:{match[0][0]}" if match else f"email:{clean.casefold()}"
