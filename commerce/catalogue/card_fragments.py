"""A product card's HTML rendered once and reused from Django's cache.

The fragment is keyed on everything the card shows (commerce.catalogue.cards.ProductCard:
title, address, picture, price with its offer, stock status, seller, points; the product's
rating), the language and the card templates' own source: a price change, a sale ending,
stock running out or a new automatic offer make a new card, which is rendered on the next
view; the old fragment simply expires. The one thing in a card that belongs to the shopper,
the add-to-basket form's CSRF token, is never cached: the fragment holds a slot that each
request fills with its own token."""

import hashlib
from functools import lru_cache

from django.core.cache import cache
from django.middleware.csrf import get_token
from django.template.loader import get_template, render_to_string
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from commerce.catalogue.cards import ProductCard

CARD_TEMPLATE = "includes/product_card_fragment.html"
# Every template a card's HTML comes from: a change to any of them makes new fragments.
CARD_TEMPLATES = (CARD_TEMPLATE, "includes/price.html", "points/partials/earn.html")
CARD_FRAGMENT_TIMEOUT = 60 * 60 * 24
# What the fragment holds where the request's CSRF token goes (rendered by {% csrf_token %}).
CSRF_SLOT = "card-fragment-csrf-slot"


@lru_cache(maxsize=1)
def card_templates_version() -> str:
    """A digest of the card templates' source, read once per process."""
    digest = hashlib.md5(usedforsecurity=False)
    for name in CARD_TEMPLATES:
        digest.update(get_template(name).template.source.encode())
    return digest.hexdigest()[:12]


def _shown(card: ProductCard) -> tuple:
    shown = card.shown_price
    image = getattr(card.image, "original", None)
    if isinstance(card.image, dict):  # Oscar's missing-image picture
        image = card.image.get("original")
    return (
        card.product.pk,
        card.title,
        card.url,
        str(getattr(image, "name", image) or ""),
        str(card.price),
        card.currency,
        card.is_available,
        str(card.status),
        str(card.original_price),
        card.sold_by,
        card.sold_by_url,
        card.points,
        (shown.amount, shown.was, shown.offer_names, shown.is_from, shown.currency)
        if shown is not None
        else None,
        card.needs_options,
        getattr(card.product, "rating", None),
    )


def card_fragment_key(card: ProductCard) -> str:
    """The cache key of a card's HTML: what the card shows, the language, the templates."""
    what = repr((_shown(card), get_language(), card_templates_version()))
    digest = hashlib.sha256(what.encode()).hexdigest()[:40]
    return f"card:{card.product.pk}:{digest}"


def card_html(*, card: ProductCard, request) -> SafeString:
    """The card's HTML from the cache (rendered and stored when missing), with the request's
    own CSRF token in its add-to-basket form."""
    key = card_fragment_key(card)
    html = cache.get(key)
    if html is None:
        html = render_to_string(CARD_TEMPLATE, {"card": card, "csrf_token": CSRF_SLOT})
        cache.set(key, html, CARD_FRAGMENT_TIMEOUT)
    if CSRF_SLOT in html:
        token = escape(get_token(request)) if request is not None else ""
        html = html.replace(CSRF_SLOT, token)
    return mark_safe(html)  # noqa: S308 - rendered by our own template, autoescaped
