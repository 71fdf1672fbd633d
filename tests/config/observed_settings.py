"""The production settings plus two views that log and fail (tests/config/observed_urls.py),
for the tests of logs and error reports."""

from config.settings.production import *  # noqa: F403

ROOT_URLCONF = "tests.config.observed_urls"

# Static files are not collected for these tests: the 500 page links them unhashed.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
