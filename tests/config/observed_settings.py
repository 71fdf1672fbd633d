"""The production settings plus two views that log and fail (tests/config/observed_urls.py),
for the tests of logs and error reports."""

from config.settings.production import *  # noqa: F403

ROOT_URLCONF = "tests.config.observed_urls"
