"""Writes for API accounts: registration, profile, password, and the JWT pair lifecycle.

Refresh rotation is race-free: simplejwt blacklists with get_or_create, so ten concurrent
refreshes of one token could each mint a pair. Here the token's OutstandingToken row is locked
(SELECT ... FOR UPDATE) and blacklisted in the same transaction that mints the new pair: the
first caller wins, every other caller finds it blacklisted once the lock is released.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import IntegrityError, transaction
from rest_framework import serializers
from rest_framework.exceptions import AuthenticationFailed
from rest_framework_simplejwt.authentication import JWTAuthentication
from rest_framework_simplejwt.exceptions import InvalidToken, TokenError
from rest_framework_simplejwt.settings import api_settings as jwt_settings
from rest_framework_simplejwt.token_blacklist.models import BlacklistedToken, OutstandingToken
from rest_framework_simplejwt.tokens import RefreshToken
from rest_framework_simplejwt.utils import datetime_from_epoch

from .selectors import email_is_taken

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


def _email_check_free(*, email: str, exclude_user_id: int | None = None) -> None:
    if email_is_taken(email=email, exclude_user_id=exclude_user_id):
        raise serializers.ValidationError(
            {"email": ["An account with this email already exists: sign in or reset the password."]}
        )


def _password_check_strong(*, password: str, user, field: str) -> None:
    try:
        validate_password(password, user)
    except DjangoValidationError as exc:
        raise serializers.ValidationError({field: list(exc.messages)}) from exc


def user_register(*, email: str, password: str, first_name: str = "", last_name: str = ""):
    """Open a shopper account that signs in with `email` and `password`."""
    User = get_user_model()
    email = User.objects.normalize_email(email.strip())
    _email_check_free(email=email)
    candidate = User(email=email, first_name=first_name, last_name=last_name)
    _password_check_strong(password=password, user=candidate, field="password")
    try:
        with transaction.atomic():
            return User.objects.create_user(
                email=email, password=password, first_name=first_name, last_name=last_name
            )
    except IntegrityError as exc:  # a concurrent registration took the address first
        raise serializers.ValidationError(
            {"email": ["An account with this email already exists: sign in or reset the password."]}
        ) from exc


def user_update(*, user, **changes):
    """Change the account's own name or email address."""
    if not changes:
        return user
    if "email" in changes:
        changes["email"] = get_user_model().objects.normalize_email(changes["email"].strip())
        _email_check_free(email=changes["email"], exclude_user_id=user.pk)
    for name, value in changes.items():
        setattr(user, name, value)
    user.save(update_fields=[*changes.keys()])
    return user


def password_change(*, user, old_password: str, new_password: str) -> dict[str, str]:
    """Set a new password (the old one must match). Every earlier token stops working; the
    caller gets a fresh pair."""
    if not user.check_password(old_password):
        raise serializers.ValidationError(
            {"old_password": ["This is not your current password: type it again."]}
        )
    _password_check_strong(password=new_password, user=user, field="new_password")
    user.set_password(new_password)
    user.save(update_fields=["password"])
    return token_pair_issue(user=user)
