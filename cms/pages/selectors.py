"""Reads behind the page types."""

from django.db.models import QuerySet


def article_list(*, articles: QuerySet, tag: str = "") -> QuerySet:
    """The live ones of `articles` (journal articles), newest first, optionally carrying `tag`."""
    articles = articles.live().order_by("-date", "-pk")
    if tag:
        articles = articles.filter(tags__name=tag)
    return articles
