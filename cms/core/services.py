"""Writes behind the CMS that are not Wagtail's own."""

from contextlib import suppress

from django.core.cache import cache

from cms.core.selectors.navigation import CHROME_VERSION_KEY


def chrome_cache_invalidate(**_signal_kwargs) -> None:
    """Make every page render fresh header/footer data (menus, announcements) from now on."""
    with suppress(ValueError):  # no version yet: the next read starts one
        cache.incr(CHROME_VERSION_KEY)
