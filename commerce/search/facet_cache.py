"""Facet counts kept for a short while in Django's cache, under a catalogue version.

Counting every facet over every listed product is the cost of a listing that grows with the
catalogue; the counts of one listing scope (where it looks and what the shopper selected) are
the same for every shopper until the catalogue changes. The catalogue version is a random
token in the cache, with the time it was made, that `catalogue_version_bump` renews whenever a
product, category, offer, stock level, seller, partner or attribute value is saved or deleted
(signals connected in commerce.search.apps; Oscar's allocations send post_save too).

A write is seen by other requests only once its transaction commits, after the bump: counts
taken within WRITE_SETTLE_SECONDS of a bump may predate the write, so they are used but not
kept. (Oscar writes a product's attribute values in bulk, without signals, just after the
product's post_save: the same window covers them.) FACET_COUNTS_TIMEOUT bounds what a write
that sends no signal (a queryset.update(), e.g. commerce.order.services._restock) or a
transaction longer than the window can leave behind."""

import hashlib
import time
import uuid
from collections.abc import Callable
from typing import TypeVar

from django.core.cache import cache

CATALOGUE_VERSION_KEY = "search:facets:version"
FACET_COUNTS_TIMEOUT = 60
WRITE_SETTLE_SECONDS = 5
# Part of the cache key: a release that changes what is cached never unpickles an older one.
FACET_COUNTS_FORMAT = 1

T = TypeVar("T")


def catalogue_version() -> tuple[str, float]:
    """The current catalogue version and when it was made (started, settled, if none)."""
    version = cache.get(CATALOGUE_VERSION_KEY)
    if version is None:
        cache.add(CATALOGUE_VERSION_KEY, (uuid.uuid4().hex, 0.0), timeout=None)
        version = cache.get(CATALOGUE_VERSION_KEY)
    return version


def catalogue_version_bump(**_signal_kwargs) -> None:
    """Make cached facet counts unusable (a write that facets count was made)."""
    cache.set(CATALOGUE_VERSION_KEY, (uuid.uuid4().hex, time.time()), timeout=None)


def facet_counts_cached(*, scope_key: tuple, compute: Callable[[], T]) -> T:
    """`compute()`, or what it gave for `scope_key` at the current catalogue version."""
    version, made_at = catalogue_version()
    scope = hashlib.sha256(repr(scope_key).encode()).hexdigest()
    key = f"search:facets:{FACET_COUNTS_FORMAT}:{version}:{scope}"
    counts = cache.get(key)
    if counts is None:
        counts = compute()
        if time.time() - made_at >= WRITE_SETTLE_SECONDS:
            cache.set(key, counts, FACET_COUNTS_TIMEOUT)
    return counts
