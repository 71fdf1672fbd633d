"""Writes behind catalogue search."""

import uuid

from django.core.cache import cache
from django.db import transaction
from django_tasks import task

from commerce.search.vocabulary import VOCABULARY_VERSION_KEY


def search_vocabulary_invalidate(**_signal_kwargs) -> None:
    """Make the next search rebuild the catalogue's vocabulary (a product or category changed)."""
    cache.set(VOCABULARY_VERSION_KEY, uuid.uuid4().hex, timeout=None)


def search_vocabulary_invalidate_after_commit(**_signal_kwargs) -> None:
    """Ask background work to renew the vocabulary once the change that was saved commits."""
    # Not before the commit: a search in between would rebuild the old words under the new
    # version and keep them for an hour. `robust`: a queue that cannot be reached must not turn
    # a saved product into an error page (the vocabulary expires within the hour anyway).
    transaction.on_commit(search_vocabulary_refresh.enqueue, robust=True)


# On "default", like Wagtail's own index updates: run at once on a developer's machine and in
# tests, by the worker in production (config/settings/production.py).
@task()
def search_vocabulary_refresh() -> None:
    """Renew the catalogue's vocabulary version (the next search rebuilds it)."""
    search_vocabulary_invalidate()
