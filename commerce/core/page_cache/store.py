"""Page cache entries and the versions that invalidate them.

An entry records the versions it was rendered under (the site-wide one, and for a product page
that product's); bumping a version makes every entry that recorded the old value a miss. A
version is a random token, never a counter, so a version the cache evicted comes back as a
value no entry holds rather than one an old entry might match."""

import hashlib
from dataclasses import dataclass
from uuid import uuid4

from django.core.cache import cache
from django.db import transaction

SITE_VERSION_KEY = "page-cache:version"
_PRODUCT_VERSION_KEY = "page-cache:version:product:{}"
_ENTRY_KEY = "page-cache:page:{}"


@dataclass(frozen=True)
class Entry:
    """A stored page: the body with placeholders for the per-visitor parts, its status and
    headers, the versions it was rendered under and when it expires (a Unix time)."""

    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes
    versions: tuple[tuple[str, str], ...]
    expires_at: float


def product_version_key(product_id: int) -> str:
    """The cache key of one product's version (its page's stock count reads it)."""
    return _PRODUCT_VERSION_KEY.format(product_id)


def entry_key(identity: str) -> str:
    """The cache key of the page named by `identity` (scheme, host, path, sorted query)."""
    return _ENTRY_KEY.format(hashlib.sha256(identity.encode()).hexdigest())


def versions_read(keys: list[str]) -> tuple[tuple[str, str], ...]:
    """The current value of each version key, starting any the cache does not hold."""
    found = cache.get_many(keys)
    for key in keys:
        if key not in found:
            cache.add(key, uuid4().hex, timeout=None)
            found[key] = cache.get(key)
    return tuple((key, found[key]) for key in keys)


def entry_fresh(*, key: str) -> Entry | None:
    """The entry stored under `key` if none of the versions it recorded has moved since."""
    entry = cache.get(key)
    if not isinstance(entry, Entry):
        return None
    recorded = dict(entry.versions)
    current = cache.get_many(list(recorded))
    return entry if current == recorded else None


def entry_save(*, key: str, entry: Entry, timeout: int) -> None:
    """Store `entry` for `timeout` seconds."""
    cache.set(key, entry, timeout=timeout)


def _bump(keys: list[str]) -> None:
    cache.set_many({key: uuid4().hex for key in keys}, timeout=None)


def versions_bump(*, keys: list[str]) -> None:
    """Make every page rendered under these versions a miss: now, and again once the writing
    transaction commits, so a page rendered from the data as it was before the commit (by
    another worker, between the two) is not kept under the new version either."""
    _bump(keys)
    transaction.on_commit(lambda: _bump(keys), robust=True)


def site_changed() -> None:
    """Every cached page is out of date (a page, menu, price, offer... changed)."""
    versions_bump(keys=[SITE_VERSION_KEY])


def products_changed(*, product_ids: list[int]) -> None:
    """The pages of these products are out of date (their stock count changed)."""
    versions_bump(keys=[product_version_key(pk) for pk in product_ids if pk])
