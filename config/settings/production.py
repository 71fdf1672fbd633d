"""Production: every secret and every service comes from the environment, and a missing one
stops the start with a sentence naming it (never a silent fallback to SQLite, a file cache, the
console mail backend or made-up bank details)."""

import logging

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

# Behind a TLS-terminating proxy that sets X-Forwarded-Proto. gunicorn believes the header only
# from FORWARDED_ALLOW_IPS (config/gunicorn.py) and sets the request's scheme from it; Django
# takes that scheme. (SECURE_PROXY_SSL_HEADER would make Django read the header itself, from
# whoever sent it.)
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
# The load balancer and the container health check ask over plain HTTP from inside.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
# The header only asks for the preload list; submitting the domain there is a separate step.
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
SESSION_COOKIE_SECURE = env.bool("SECURE_COOKIES", default=True)
CSRF_COOKIE_SECURE = env.bool("SECURE_COOKIES", default=True)
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"


# ---- ops: JSON logs, error reports ----------------------------------------------------------
# One JSON object per line on stdout, each with the request id (config.observability).
LOG_FORMAT = env("LOG_FORMAT", default="json")
LOGGING["handlers"]["console"]["formatter"] = LOG_FORMAT  # noqa: F405
# Python's warnings (a library's "No directory at ...") become log records too, not plain text
# on stderr between the JSON lines.
logging.captureWarnings(True)

# Unhandled errors go to Sentry (or a compatible service) when SENTRY_DSN is set. No personal
# data by default: no cookies, user ids, IP addresses or request bodies leave the shop.
SENTRY_DSN = env("SENTRY_DSN", default="")
if SENTRY_DSN:
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration

    sentry_sdk.init(
        dsn=SENTRY_DSN,
        integrations=[DjangoIntegration()],
        send_default_pii=env.bool("SENTRY_SEND_DEFAULT_PII", default=False),
        environment=env("SENTRY_ENVIRONMENT", default="production"),
        release=env("SENTRY_RELEASE", default=None),
        max_request_body_size="never",
        traces_sample_rate=env.float("SENTRY_TRACES_SAMPLE_RATE", default=0.0),
    )

# ---- tasks
# Wagtail's own tasks (search index and reference index updates, file deletions) and the
# shop's search vocabulary refresh run on "default": here the database backend too, so a page
# or product save never waits for them. Two workers therefore run in production:
#     python manage.py db_worker --backend background   (emails, webhooks, scheduled jobs)
#     python manage.py db_worker --backend default      (Wagtail's index updates)
TASKS = {**TASKS, "default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}  # noqa: F405
