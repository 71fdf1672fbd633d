"""Which requests the page cache answers, which responses it keeps, and for how long."""

from datetime import datetime

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.db.models import Min, Q
from django.utils import timezone
from django.utils.cache import cc_delim_re
from django.utils.http import urlencode
from oscar.core.loading import get_model

# A view that says any of these keeps its page to the visitor it was made for.
_UNCACHEABLE = {"private", "no-store", "no-cache"}


def _cookies_with_state() -> tuple[str, ...]:
    # A session (even one the server no longer knows), an open basket, pending messages.
    return (
        settings.SESSION_COOKIE_NAME,
        settings.OSCAR_BASKET_COOKIE_OPEN,
        CookieStorage.cookie_name,
    )


def _dropped_cookies() -> set[str]:
    # Cookies a response may set and still be stored (they are not in the stored copy): the
    # CSRF cookie (every hit sets its own) and Oscar's recently-viewed list, which no page shows.
    return {settings.CSRF_COOKIE_NAME, settings.OSCAR_RECENTLY_VIEWED_COOKIE_NAME}


def request_bypass_reason(request) -> str | None:
    """Why the page cache must neither answer nor keep this GET/HEAD request's page, or None
    when it may (an anonymous shopper without session, basket or sign-in on a storefront page)."""
    if "HTTP_AUTHORIZATION" in request.META:
        return "authorization"
    cookies = request.COOKIES
    for name in _cookies_with_state():
        if name in cookies:
            return f"cookie {name}"
    path = request.path_info
    if path.startswith(tuple(settings.PAGE_CACHE_EXCLUDED_PATHS)):
        return "path"
    # A referral link sets the visitor's attribution cookie (commerce.affiliates.middleware).
    if settings.AFFILIATE_REF_PARAM in request.GET:
        return "referral"
    return None


def page_identity(request) -> str:
    """What names a cached page: scheme, host, path and the query in a stable order."""
    query = urlencode(sorted(request.GET.lists()), doseq=True)
    return f"{request.scheme}://{request.get_host()}{request.path}?{query}"


def _is_page(request, response) -> bool:
    content_type = response.get("Content-Type", "")
    if content_type.startswith("text/html"):
        return True
    return request.path_info == "/robots.txt" and content_type.startswith("text/plain")


def response_storable(*, request, response) -> bool:
    """Whether a response to a cacheable request may be stored for every anonymous shopper:
    a 200 page that set no cookie but the CSRF one, named no visitor, varies on nothing but
    cookies, and was not marked private, no-store or no-cache by its view."""
    if response.status_code != 200 or response.streaming or not _is_page(request, response):
        return False
    if set(response.cookies) - _dropped_cookies():
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    directives = {
        part.split("=")[0].strip().lower()
        for part in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    if directives & _UNCACHEABLE:
        return False
    varies = {part.strip().lower() for part in cc_delim_re.split(response.get("Vary", "")) if part}
    return varies <= {"cookie"}


def next_change_at(*, now: datetime | None = None) -> datetime | None:
    """The next time an offer or an announcement starts or ends: what pages show changes then
    without anything being saved."""
    from cms.core.models import Announcement

    now = now or timezone.now()
    ConditionalOffer = get_model("offer", "ConditionalOffer")
    offers = ConditionalOffer.objects.aggregate(
        start=Min("start_datetime", filter=Q(start_datetime__gt=now)),
        end=Min("end_datetime", filter=Q(end_datetime__gt=now)),
    )
    announcements = Announcement.objects.aggregate(
        start=Min("starts_at", filter=Q(starts_at__gt=now)),
        end=Min("ends_at", filter=Q(ends_at__gt=now)),
    )
    times = [value for value in (*offers.values(), *announcements.values()) if value]
    return min(times, default=None)
