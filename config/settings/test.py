"""Test runs: PostgreSQL from DATABASE_URL, fast hashing, mail kept in memory."""

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
