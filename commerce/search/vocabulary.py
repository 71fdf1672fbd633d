"""The catalogue's vocabulary (words of browsable product titles and public category names,
and the categories with their URLs), read from the database once and cached.

Cached under a version (a random token) in Django's cache, shared by every web process, and in
each process beside the version it was built for: a search reads one short string from the
cache, and the vocabulary is rebuilt (two queries) only after `search_vocabulary_invalidate`
(commerce.search.services: run by a task once a saved or deleted product or category
commits) gives a new version, or
after VOCABULARY_TIMEOUT, which also catches bulk updates that send no signals."""

import time
import uuid

from django.core.cache import cache
from django.urls import reverse
from oscar.core.loading import get_model

from commerce.search.words import CategoryLink, Vocabulary, text_words, vocabulary_from, word_stem

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")

VOCABULARY_VERSION_KEY = "search:vocabulary:version"
VOCABULARY_TIMEOUT = 60 * 60
# Part of the cache key: a release that changes Vocabulary never unpickles an older one.
VOCABULARY_FORMAT = 1

# This process's copy: (version, built at (monotonic seconds), vocabulary).
_built: tuple[str, float, Vocabulary] | None = None


def vocabulary_version() -> str:
    """The current vocabulary version, started if the cache has none."""
    version = cache.get(VOCABULARY_VERSION_KEY)
    if version is None:
        cache.add(VOCABULARY_VERSION_KEY, uuid.uuid4().hex, timeout=None)
        version = cache.get(VOCABULARY_VERSION_KEY)
    return version


def _categories() -> list[CategoryLink]:
    rows = Category.objects.browsable().order_by("path").values_list("pk", "path", "slug", "name")
    full_slugs: dict[str, str] = {}
    links = []
    for pk, path, slug, name in rows:
        depth = len(path) // Category.steplen
        parent_slug = full_slugs.get(path[: -Category.steplen])
        full_slug = f"{parent_slug}/{slug}" if parent_slug else slug
        full_slugs[path] = full_slug
        if depth > 1 and parent_slug is None:
            continue  # under a category that is not listed
        url = reverse("catalogue:category", kwargs={"category_slug": full_slug, "pk": pk})
        stems = frozenset(word_stem(word) for word in text_words(name))
        links.append(CategoryLink(name=name, url=url, depth=depth, stems=stems))
    return links


def _vocabulary_built() -> Vocabulary:
    categories = _categories()
    titles = Product.objects.browsable().values_list("title", flat=True).iterator()
    return vocabulary_from(
        texts=[*titles, *(category.name for category in categories)], categories=categories
    )


def search_vocabulary() -> Vocabulary:
    """The catalogue's words and categories, from this process, the shared cache or (after a
    change) the database."""
    global _built
    version = vocabulary_version()
    now = time.monotonic()
    if _built is not None and _built[0] == version and now - _built[1] < VOCABULARY_TIMEOUT:
        return _built[2]
    key = f"search:vocabulary:{VOCABULARY_FORMAT}:{version}"
    vocabulary = cache.get(key)
    if vocabulary is None:
        vocabulary = _vocabulary_built()
        cache.set(key, vocabulary, VOCABULARY_TIMEOUT)
    _built = (version, now, vocabulary)
    return vocabulary
