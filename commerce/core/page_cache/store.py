"""Page cache entries and the versions that invalidate them.

An entry records the versions it was rendered under (the site-wide one, and for a product page
that product's); bumping a version makes every entry that recorded the old value a miss. A
version is a random token, never a counter, so a version the cache evicted comes back as a
value no entry holds rather than one an old entry might match.

Each process also keeps the entries it served lately, and the versions it last read, in its own
memory: a hit then reads nothing from the shared cache. The versions are read again from the
shared cache at most `SHARED_CHECK_SECONDS` after the last read, so a change made by another
process shows there within that time; a change made by this process shows at once.
"""

import hashlib
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from uuid import uuid4

from django.core.cache import cache
from django.db import transaction

SITE_VERSION_KEY = "page-cache:version"
_PRODUCT_VERSION_KEY = "page-cache:version:product:{}"
_ENTRY_KEY = "page-cache:page:{}"
SHARED_CHECK_SECONDS = 1.0
# Entries one process keeps in memory (a few tens of kilobytes each).
LOCAL_ENTRIES = 256

_lock = threading.Lock()
_local_entries: OrderedDict[str, "Entry"] = OrderedDict()
_local_versions: dict[str, str] = {}
_local_read_at = [0.0]


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
    with _lock:
        _local_versions.update(found)
    return tuple((key, found[key]) for key in keys)


def local_forget() -> None:
    """Drop what this process keeps in memory (the shared cache was cleared)."""
    with _lock:
        _local_entries.clear()
        _local_versions.clear()
        _local_read_at[0] = 0.0


def _versions_current(keys: list[str]) -> dict[str, str]:
    now = time.monotonic()
    with _lock:
        if now - _local_read_at[0] >= SHARED_CHECK_SECONDS:
            _local_versions.clear()
            _local_read_at[0] = now
        known = {key: _local_versions[key] for key in keys if key in _local_versions}
    missing = [key for key in keys if key not in known]
    if missing:
        found = cache.get_many(missing)
        with _lock:
            _local_versions.update(found)
        known.update(found)
    return known


def _local_keep(key: str, entry: Entry) -> None:
    with _lock:
        _local_entries[key] = entry
        _local_entries.move_to_end(key)
        while len(_local_entries) > LOCAL_ENTRIES:
            _local_entries.popitem(last=False)


def entry_fresh(*, key: str) -> Entry | None:
    """The entry stored under `key` if it has not expired and none of the versions it recorded
    has moved since."""
    with _lock:
        entry = _local_entries.get(key)
    if entry is None:
        entry = cache.get(key)
        if not isinstance(entry, Entry):
            return None
        _local_keep(key, entry)
    recorded = dict(entry.versions)
    if entry.expires_at <= time.time() or _versions_current(list(recorded)) != recorded:
        with _lock:
            _local_entries.pop(key, None)
        return None
    return entry


def entry_save(*, key: str, entry: Entry, timeout: int) -> None:
    """Store `entry` for `timeout` seconds."""
    cache.set(key, entry, timeout=timeout)
    _local_keep(key, entry)


def _bump(keys: list[str]) -> None:
    values = {key: uuid4().hex for key in keys}
    cache.set_many(values, timeout=None)
    with _lock:
        _local_versions.update(values)


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
