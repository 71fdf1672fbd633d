"""Sign-in lockouts (django-axes, settings AXES_*): who is signing in, from where, and what a
locked-out person is told.

Axes counts failed sign-ins per account and client address. These are the hooks its settings
name: `client_ip` (AXES_CLIENT_IP_CALLABLE), `signin_account_name` (AXES_USERNAME_CALLABLE) and
`lockout_response` (AXES_LOCKOUT_CALLABLE).
"""

import ipaddress
import math
from datetime import timedelta

from axes.utils import reset
from django.conf import settings
from django.shortcuts import render
from django.urls import reverse
from oscar.apps.customer.utils import normalise_email

LOCKED_OUT_TEMPLATE = "signin/locked_out.html"


def _address(value: str) -> str | None:
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        return None


def client_ip(request) -> str | None:
    """The client's address: REMOTE_ADDR, or the one the outermost trusted proxy saw
    (TRUSTED_PROXY_COUNT) in X-Forwarded-For; DRF's throttles read the header the same way."""
    remote_addr = _address(request.META.get("REMOTE_ADDR", ""))
    proxies = settings.TRUSTED_PROXY_COUNT
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies <= 0 or not forwarded:
        return remote_addr
    # Each trusted proxy appends the address it was reached from; what lies further left
    # was written by the client and proves nothing.
    addresses = forwarded.split(",")
    return _address(addresses[-min(proxies, len(addresses))]) or remote_addr


def signin_account_name(request, credentials: dict | None = None) -> str | None:
    """The account a sign-in aims at, spelt one way: the forms send the email as `username`,
    the API as `email`, in any letter case."""
    if credentials:
        email = credentials.get("email") or credentials.get("username")
    else:
        data = getattr(request, "data", None) or request.POST
        email = data.get("email") or data.get("username")
    if not isinstance(email, str) or not email.strip():
        return None
    return normalise_email(email).casefold()


def lockout_minutes() -> int:
    """How many minutes a locked-out account waits at one address (AXES_COOLOFF_TIME)."""
    cool_off = settings.AXES_COOLOFF_TIME
    seconds = cool_off.total_seconds() if isinstance(cool_off, timedelta) else 0
    return max(1, math.ceil(seconds / 60))


def lockout_response(request, original_response=None, credentials=None):
    """The page a sign-in refused by a lockout answers with, in the site's layout (HTTP 429)."""
    context = {
        "minutes": lockout_minutes(),
        "password_reset_url": reverse("password-reset"),
        "failure_limit": settings.AXES_FAILURE_LIMIT,
    }
    response = render(request, LOCKED_OUT_TEMPLATE, context, status=429)
    response["Retry-After"] = str(lockout_minutes() * 60)
    return response


def signin_attempts_clear(*, request, user) -> int:
    """Forget the failed sign-ins to `user`'s account from this request's address (a successful
    sign-in that sent no user_logged_in signal, like the API's)."""
    address = client_ip(request)
    if address is None:
        return 0  # never clear the account's failures from every address
    return reset(ip=address, username=signin_account_name(request, {"email": user.email}))
