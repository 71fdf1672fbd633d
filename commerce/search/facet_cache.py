"""Facet counts kept for a short while in Django's cache, under a catalogue version.

Counting every facet over every listed product is the cost of a listing that grows with the
catalogue; the counts of one listing scope (where it looks and what the shopper selected) are
the same for every shopper until the catalogue changes. The catalogue version is a random
token in the cache that `catalogue_version_bump` renews whenever a product, category, offer,
stock level, seller, partner or attribute value is saved or deleted (signals connected in
commerce.search.apps: Oscar's allocations send post_save too), once at once and once again
after the commit, so counts taken between the write and its commit are not kept either (Oscar
writes a product's attribute values in bulk, without signals, after the product's post_save:
the bump after the commit covers them). FACET_COUNTS_TIMEOUT bounds what a bulk update that
sends no signal can leave behind (commerce.order.services._restock, a queryset.update())."""

import hashlib
import uuid
from collections.abc import Callable
from typing import TypeVar

from django.core.cache import cache
from django.db import transaction

CATALOGUE_VERSION_KEY = "search:catalogue:version"
FACET_COUNTS_TIMEOUT = 60
# Part of the cache key: a release that changes what is cached never unpickles an older one.
FACET_COUNTS_FORMAT = 1

T = TypeVar("T")


def catalogue_version() -> str:
    """The current catalogue version, started if the cache has none."""
    version = cache.get(CATALOGUE_VERSION_KEY)
    if version is None:
        cache.add(CATALOGUE_VERSION_KEY, uuid.uuid4().hex, timeout=None)
        version = cache.get(CATALOGUE_VERSION_KEY)
    return version


def _renew() -> None:
    cache.set(CATALOGUE_VERSION_KEY, uuid.uuid4().hex, timeout=None)


def catalogue_version_bump(**_signal_kwargs) -> None:
    """Make cached facet counts unusable: now, and again once the current transaction commits
    (a listing counted in between read the data from before the commit)."""
    _renew()
    transaction.on_commit(_renew, robust=True)


def facet_counts_cached(*, scope_key: tuple, compute: Callable[[], T]) -> T:
    """`compute()`, or what it gave for `scope_key` at the current catalogue version."""
    scope = hashlib.sha256(repr(scope_key).encode()).hexdigest()
    key = f"search:facets:{FACET_COUNTS_FORMAT}:{catalogue_version()}:{scope}"
    counts = cache.get(key)
    if counts is None:
        counts = compute()
        cache.set(key, counts, FACET_COUNTS_TIMEOUT)
    return counts
