"""Writes of API authentication: the JWT pair lifecycle.

Refresh rotation is race-free: simplejwt blacklists with get_or_create, so ten concurrent
refreshes of one token could each mint a pair. Here the token's OutstandingToken row is locked
(SELECT ... FOR UPDATE) and blacklisted in the same transaction that mints the new pair: the
first caller wins, every other caller finds it blacklisted once the lock is released.
"""

from django.db import IntegrityError, transaction
from rest_framework.exceptions import AuthenticationFailed
from rest_framework_simplejwt.authentication import JWTAuthentication
from rest_framework_simplejwt.exceptions import InvalidToken, TokenError
from rest_framework_simplejwt.settings import api_settings as jwt_settings
from rest_framework_simplejwt.token_blacklist.models import BlacklistedToken, OutstandingToken
from rest_framework_simplejwt.tokens import RefreshToken
from rest_framework_simplejwt.utils import datetime_from_epoch

REFRESH_REFUSED = (
    "This refresh token can no longer be used (already used, signed out, or the account changed)."
)


def token_pair_issue(*, user) -> dict[str, str]:
    """A new refresh + access token pair for `user`."""
    refresh = RefreshToken.for_user(user)
    return {"refresh": str(refresh), "access": str(refresh.access_token)}


def _refresh_token_parse(raw_refresh: str) -> RefreshToken:
    try:
        return RefreshToken(raw_refresh)
    except TokenError as exc:
        raise InvalidToken({"detail": str(exc), "code": "token_not_valid"}) from exc


def _outstanding_token_locked(refresh: RefreshToken) -> OutstandingToken:
    jti = refresh.payload[jwt_settings.JTI_CLAIM]
    OutstandingToken.objects.get_or_create(
        jti=jti,
        defaults={
            "user": None,
            "token": str(refresh),
            "created_at": refresh.current_time,
            "expires_at": datetime_from_epoch(refresh.payload["exp"]),
        },
    )
    return OutstandingToken.objects.select_for_update().get(jti=jti)


def _refused() -> InvalidToken:
    return InvalidToken({"detail": REFRESH_REFUSED, "code": "token_not_valid"})


def token_pair_rotate(*, raw_refresh: str) -> dict[str, str]:
    """Spend a refresh token exactly once for a new pair; reuse, sign-out, deactivation and a
    password change all refuse it with 401."""
    refresh = _refresh_token_parse(raw_refresh)
    try:
        # simplejwt's own check: the account exists, is active, and (CHECK_REVOKE_TOKEN) its
        # password is the one the token was issued under.
        user = JWTAuthentication().get_user(refresh)
    except (AuthenticationFailed, InvalidToken) as exc:
        raise _refused() from exc
    with transaction.atomic():
        outstanding = _outstanding_token_locked(refresh)
        # BlacklistedToken.token is one-to-one: a second spend fails to insert.
        try:
            with transaction.atomic():
                BlacklistedToken.objects.create(token=outstanding)
        except IntegrityError as exc:
            raise _refused() from exc
        return token_pair_issue(user=user)


def token_revoke(*, raw_refresh: str) -> None:
    """Sign out: the refresh token is blacklisted and can no longer mint access tokens."""
    _refresh_token_parse(raw_refresh).blacklist()
