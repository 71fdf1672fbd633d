"""The page cache's middleware: placed right inside the CSP middleware (so a hit's nonce is the
one its CSP header carries) and before sessions, auth, the basket and Wagtail, which a hit never
reaches.

Headers, for a CDN in front as much as for browsers:

- `X-Page-Cache: hit | miss | bypass` on every GET/HEAD while the cache is on (bypass: the
  request may not be answered from the cache; miss: it may, but was not).
- `Vary: Cookie`: a shopper with a session or basket gets another page at the same URL.
- `Cache-Control: private, no-cache` on a cached page that carries a nonce or a CSRF token,
  which is nearly every page: those belong to one visitor, so a shared cache must not keep the
  page (it would hand one visitor's nonce to all, defeating the CSP, and a CSRF token that fails
  for everyone else); the visitor's browser may keep it but asks again before reusing it.
  A page without them (robots.txt) is `public` for a CDN for at most `CDN_SECONDS`, and never
  past the entry's own expiry, since invalidation cannot reach a CDN.
"""

import time

from django.conf import settings
from django.db import DatabaseError
from django.http import HttpResponse
from django.utils.cache import patch_vary_headers

from . import selectors, store, tokens

HEADER = "X-Page-Cache"
CDN_SECONDS = 60
# Headers set again on every answer rather than replayed from the stored copy.
_NOT_STORED = {"content-length", "cache-control", "vary", "expires", HEADER.lower()}


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds or request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        if selectors.request_bypass_reason(request) is not None:
            response = self.get_response(request)
            response[HEADER] = "bypass"
            return response

        key = store.entry_key(selectors.page_identity(request))
        entry = store.entry_fresh(key=key)
        if entry is not None:
            return self._answer(request, entry)

        versions = store.versions_read([store.SITE_VERSION_KEY])
        response = self.get_response(request)
        response[HEADER] = "miss"
        if selectors.response_storable(request=request, response=response):
            entry = self._entry(request, response, versions=versions, seconds=seconds)
            if entry is not None:
                store.entry_save(key=key, entry=entry, timeout=int(entry.expires_at - time.time()))
                _cache_headers(response, entry)
        return response

    def _entry(self, request, response, *, versions, seconds: int) -> store.Entry | None:
        if tokens.has_placeholders(response.content):
            return None
        now = time.time()
        expires_at = now + seconds
        try:
            change = selectors.next_change_at()
        except DatabaseError:
            # A page served without the database (a health check while it is down) is not
            # stored: when it would go stale cannot be told.
            return None
        if change is not None:
            expires_at = min(expires_at, change.timestamp())
        if expires_at - now < 1:
            return None
        context = getattr(response, "context_data", None)
        product = context.get("product") if isinstance(context, dict) else None
        if product is not None:
            # A product page shows its stock count, which changes without touching the rest.
            versions += store.versions_read([store.product_version_key(product.pk)])
        body = tokens.body_with_placeholders(
            body=response.content,
            nonce=getattr(request, "_csp_nonce", None),
            csrf_secret=request.META.get("CSRF_COOKIE"),
        )
        headers = tuple(
            (name, value)
            for name, value in response.headers.items()
            if name.lower() not in _NOT_STORED
        )
        return store.Entry(
            status=response.status_code,
            headers=headers,
            body=body,
            versions=versions,
            expires_at=expires_at,
        )

    def _answer(self, request, entry: store.Entry) -> HttpResponse:
        response = HttpResponse(
            tokens.body_for_visitor(body=entry.body, request=request), status=entry.status
        )
        for name, value in entry.headers:
            response[name] = value
        response["Content-Length"] = str(len(response.content))
        response[HEADER] = "hit"
        _cache_headers(response, entry)
        tokens.csrf_cookie_send(request=request, response=response)
        return response


def _cache_headers(response, entry: store.Entry) -> None:
    patch_vary_headers(response, ("Cookie",))
    if tokens.has_placeholders(entry.body):
        response["Cache-Control"] = "private, no-cache"
        return
    seconds = max(0, min(CDN_SECONDS, int(entry.expires_at - time.time())))
    response["Cache-Control"] = f"public, max-age=0, s-maxage={seconds}"
