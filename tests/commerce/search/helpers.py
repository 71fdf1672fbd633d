"""Read what a shopper sees on a listing page."""

import re
import uuid
from html import unescape

from django.core.cache import cache

from commerce.search.facet_cache import CATALOGUE_VERSION_KEY

# The site's header and footer cost this many queries on every page once their menus and
# announcements are cached (the Wagtail site and its settings are still read per request).
SITE_CHROME = 2
# What a listing page itself may spend: counts, the page, its images and stock records, and
# the category, seller and attribute facets. In all within the aim of 12.
LISTING_BUDGET = SITE_CHROME + 7


def catalogue_settled() -> None:
    """A new catalogue version whose last write is long committed: the next listing counts its
    facets and keeps them (facet counts taken just after a write are not kept)."""
    cache.set(CATALOGUE_VERSION_KEY, (uuid.uuid4().hex, 0.0), timeout=None)


def listed_titles(response) -> list[str]:
    """Titles of the product cards on the page, in order."""
    html = response.content.decode()
    titles = re.findall(r'class="[^"]*\bproduct-title\b[^"]*"><a [^>]*title="([^"]*)"', html)
    return [unescape(title) for title in titles]


def num_matching(response) -> int:
    """The "N products match" figure the page shows."""
    match = re.search(r'data-num-matching="(\d+)"', response.content.decode())
    assert match, "the page does not say how many products match"
    return int(match.group(1))


def facet_counts(response, facet: str) -> dict[str, int]:
    """Label -> count of one facet in the sidebar, e.g. facet_counts(r, "colour")."""
    html = response.content.decode()
    section = re.search(rf'data-facet="{facet}">(.*?)</fieldset>', html, re.S)
    if not section:
        return {}
    pairs = re.findall(
        r'<span class="facet-label">([^<]*)</span>\s*<span class="facet-count[^"]*">(\d+)</span>',
        section.group(1),
    )
    return {unescape(label): int(count) for label, count in pairs}


def facet_url(response, facet: str, label: str) -> str:
    """Where ticking `label` in `facet` takes the shopper (the checkbox's toggled URL)."""
    html = response.content.decode()
    section = re.search(rf'data-facet="{facet}">(.*?)</fieldset>', html, re.S).group(1)
    options = re.findall(
        r'<input type="checkbox"[^>]*data-facet-url="([^"]*)">\s*'
        r'<span class="facet-label">([^<]*)<',
        section,
    )
    for href, text in options:
        if unescape(text) == label:
            return unescape(href)
    raise AssertionError(f"no {label!r} in facet {facet!r}")


# What shoppers and attackers type into a search box; each must answer with a normal page.
BAD_INPUT = [
    "",
    " ",
    "x" * 10_000,
    "shirt " * 2_000,
    '"shirt',
    "'; DROP TABLE catalogue_product; --",
    "shirt' OR '1'='1",
    "%",
    "%%shirt%%",
    "\\",
    "shirt\\",
    "_",
    "(shirt",
    "shirt & | ! :*",
    "<script>alert(1)</script>",
    "Ünïcödé 衬衫 👕",
    "\u0000shirt",
    "-shirt",
    '"',
    '""',
    '"a" "b',
    "or",
    "a" * 300 + " shirt",
]
