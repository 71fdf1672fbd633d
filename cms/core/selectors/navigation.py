"""Header and footer reads: menus and the announcement bar, cached as the site's "chrome"."""

from dataclasses import dataclass
from datetime import datetime
from time import time_ns

from django.core.cache import cache
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, Site

from cms.core.models import Announcement, Menu


@dataclass(frozen=True)
class MenuItem:
    title: str
    url: str


def _site_for(request) -> Site | None:
    return Site.find_for_request(request) if request is not None else None


def _fallback_main(request) -> list[MenuItem]:
    items = [MenuItem("Shop", reverse("catalogue:index"))]
    site = _site_for(request)
    if site is None:
        return items
    for page in Page.objects.child_of(site.root_page).live().in_menu():
        items.append(MenuItem(page.title, page.get_url(request=request)))
    return items


def _fallback_footer(request) -> list[MenuItem]:
    site = _site_for(request)
    if site is None:
        return []
    pages = Page.objects.child_of(site.root_page).live().public()
    return [MenuItem(page.title, page.get_url(request=request)) for page in pages]


def _menu_items(*, location: str, request) -> list[MenuItem] | None:
    menu = Menu.objects.filter(location=location).first()
    if menu is None:
        return None
    links = menu.items.select_related("link_page", "link_category").order_by("sort_order")
    items = []
    for link in links:
        url = link.url_for(request=request)
        if url:
            items.append(MenuItem(link.title_for(), url))
    return items


# The header and footer are on every page: their menus and announcements are cached under a
# version number that `cms.core.services.chrome_cache_invalidate` bumps whenever an editor changes
# a menu, an announcement, a page or a category, so cached chrome is never stale.
CHROME_VERSION_KEY = "cms:chrome:version"
CHROME_TIMEOUT = 60 * 60


def chrome_version() -> int:
    """The current version of the cached header/footer data."""
    version = cache.get(CHROME_VERSION_KEY)
    if version is None:
        # A fresh number, so entries cached under an evicted version can never come back.
        cache.add(CHROME_VERSION_KEY, time_ns(), None)
        version = cache.get(CHROME_VERSION_KEY)
    return version


def _cached_chrome(name: str, build):
    key = f"cms:chrome:{chrome_version()}:{name}"
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, CHROME_TIMEOUT)
    return value


def menu_main(*, request) -> list[MenuItem]:
    """Header links from the "main" menu snippet, else the shop plus the home page's menu pages."""

    def build():
        items = _menu_items(location="main", request=request)
        return items if items is not None else _fallback_main(request)

    site = _site_for(request)
    return _cached_chrome(f"menu:main:{site.pk if site else 0}", build)


def menu_footer(*, request) -> list[MenuItem]:
    """Footer links from the "footer" menu snippet, else every live page under the home page."""

    def build():
        items = _menu_items(location="footer", request=request)
        return items if items is not None else _fallback_footer(request)

    site = _site_for(request)
    return _cached_chrome(f"menu:footer:{site.pk if site else 0}", build)


def announcement_current(*, now: datetime | None = None):
    """The live announcement whose start/end window contains `now`, most recently started first."""
    now = now or timezone.now()

    def build():
        # Everything not yet over, in display order; the time window is applied per request.
        return list(
            Announcement.objects.exclude(ends_at__lte=timezone.now()).order_by(
                F("starts_at").desc(nulls_last=True), "-pk"
            )
        )

    for announcement in _cached_chrome("announcements", build):
        started = announcement.starts_at is None or announcement.starts_at <= now
        not_over = announcement.ends_at is None or announcement.ends_at > now
        if started and not_over:
            return announcement
    return None
