"""Production: every secret and every service comes from the environment, and a missing one
stops the start with a sentence naming it (never a silent fallback to SQLite, a file cache, the
console mail backend or made-up bank details)."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import CHECKOUT_BANK_TRANSFER, env

DEBUG = False


def _required(name: str, how: str) -> str:
    value = env(name, default="")
    if not value:
        raise ImproperlyConfigured(f"{name} is not set. {how}")
    return value


SECRET_KEY = _required(
    "SECRET_KEY",
    "Set it to a long random string "
    "(for example: python -c 'import secrets; print(secrets.token_urlsafe(50))').",
)
_required("DATABASE_URL", "Set it to the PostgreSQL URL, e.g. postgres://shop:secret@db:5432/shop.")
_required(
    "CACHE_URL",
    "Set it to the shared cache every process uses, e.g. redis://cache:6379/0 (throttles, "
    "sign-in limits and cached pages must be shared between workers).",
)
_required(
    "EMAIL_URL",
    "Set it to the mail server, e.g. smtp+tls://user:password@smtp.example.com:587.",
)
if CHECKOUT_BANK_TRANSFER:
    for _name in ("ACCOUNT_NAME", "SORT_CODE", "ACCOUNT_NUMBER", "IBAN"):
        _required(
            f"BANK_TRANSFER_{_name}",
            "Set the shop's bank details (BANK_TRANSFER_ACCOUNT_NAME, _SORT_CODE, "
            "_ACCOUNT_NUMBER, _IBAN), or switch bank transfer off with "
            "BANK_TRANSFER_ENABLED=false.",
        )

# Behind a TLS-terminating proxy that sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
# The load balancer and the container health check ask over plain HTTP from inside.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
# The header only asks for the preload list; submitting the domain there is a separate step.
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
SESSION_COOKIE_SECURE = env.bool("SECURE_COOKIES", default=True)
CSRF_COOKIE_SECURE = env.bool("SECURE_COOKIES", default=True)
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
