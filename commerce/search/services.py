"""Writes behind catalogue search."""

import uuid

from django.core.cache import cache

from commerce.search.vocabulary import VOCABULARY_VERSION_KEY


def search_vocabulary_invalidate(**_signal_kwargs) -> None:
    """Make the next search rebuild the catalogue's vocabulary (a product or category changed)."""
    cache.set(VOCABULARY_VERSION_KEY, uuid.uuid4().hex, timeout=None)
