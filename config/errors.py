"""The site's error pages in its own layout (templates/404.html, 403.html, 500.html) and the
friendly page for a failed CSRF check (settings.CSRF_FAILURE_VIEW)."""

import logging

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template import loader
from django.utils.html import escape
from django.views.decorators.csrf import requires_csrf_token

logger = logging.getLogger(__name__)

# What the 500 page says when even its template fails (a static file missing from the manifest,
# a broken template): no styles, no links that need anything to work.
PLAIN_500 = (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{shop_name}: '
    "something went wrong</title></head><body><main><h1>Sorry, something went wrong</h1>"
    "<p>{shop_name} could not show this page. Please try again in a moment, or go back to "
    '<a href="/">the home page</a>.</p></main></body></html>'
)


def _ways_back() -> dict[str, str]:
    # The site's own contact email (Wagtail's site settings) wins where the page can read it.
    return {"contact_email": settings.SHOP_CONTACT_EMAIL}


@requires_csrf_token
def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "404.html", _ways_back(), status=404)


@requires_csrf_token
def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "403.html", {"reason": "denied", **_ways_back()}, status=403)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    return render(request, "403.html", {"reason": "csrf", **_ways_back()}, status=403)


def server_error(request: HttpRequest) -> HttpResponse:
    # The database may be what failed: no context processors (they read the user, the basket
    # and Wagtail's settings), only what settings and the request's CSP nonce can say.
    context = {
        "request": request,
        "shop_name": settings.OSCAR_SHOP_NAME,
        "shop_tagline": settings.OSCAR_SHOP_TAGLINE,
        **_ways_back(),
    }
    try:
        page = loader.get_template("500.html").render(context)
    except Exception:  # noqa: BLE001 - the error page must answer whatever else is broken
        logger.exception("The 500 page could not be rendered; answered with the plain one")
        page = PLAIN_500.format(shop_name=escape(settings.OSCAR_SHOP_NAME))
    return HttpResponse(page, status=500)
