"""Test runs: PostgreSQL from DATABASE_URL, fast hashing, mail kept in memory."""

import tempfile

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = "test-only-secret-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = env.path("MEDIA_ROOT", default="/tmp/shop-test-media")
ALLOWED_HOSTS = ["*"]
WHITENOISE_AUTOREFRESH = True
# Browser tests drive the Wagtail admin, whose JavaScript must be served without collectstatic.
WHITENOISE_USE_FINDERS = True

# The demo shop (`manage.py load_demo`): the demo tests and `make bench` load it.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]
DEMO_PASSWORD = env("DEMO_PASSWORD", default="demo-pass-2026")

# One file cache per test run, shared with the gunicorn that browser tests start (they pass
# TEST_CACHE_DIR on), so both processes see the same cached data and the same invalidations.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": env("TEST_CACHE_DIR", default="")
        or tempfile.mkdtemp(prefix="shop-test-cache-"),
    }
}

# ---- signin
# The webhook tests' receiver listens on 127.0.0.1, which real deployments never send to.
WEBHOOK_ALLOWED_NETWORKS = ["127.0.0.1/32"]

# ---- page cache: off, so tests that change data without a signal (QuerySet.update) and read
# the page again see the change; the page cache's own tests switch it on.
PAGE_CACHE_SECONDS = 0
