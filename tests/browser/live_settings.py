"""Settings of the browser tests' live server: the test settings, with Django's ContentType
cache emptied on every request and the uploaded media served (tests.browser.live_urls).

Each transactional test flushes the database, and Django recreates the content types with new
ids; the live server runs for the whole session, so without this it would keep the old ids and
save rows (a page revision's content type) pointing at content types that no longer exist."""

from config.settings.test import *  # noqa: F403
from config.settings.test import MIDDLEWARE

MIDDLEWARE = ["tests.browser.live_middleware.fresh_content_types", *MIDDLEWARE]

ROOT_URLCONF = "tests.browser.live_urls"
