"""What a search that found no products offers instead, the same on every database: a nearby
spelling that finds products ("Did you mean shirt?", looser than what a search forgives), the
single words of a longer query that find products on their own, and categories to browse."""

from dataclasses import dataclass

from django.db.models import Exists
from oscar.core.loading import get_model

from commerce.search.matching import matching_products
from commerce.search.vocabulary import search_vocabulary
from commerce.search.words import (
    SUGGESTION_CUTOFF,
    CategoryLink,
    categories_near,
    corrected_query,
    query_words,
)

Product = get_model("catalogue", "Product")

MAX_CHECKED_QUERIES = 5  # searches tried, in one query, on a page that found nothing


@dataclass(frozen=True)
class SearchSuggestions:
    spelling: str  # the query spelt as the catalogue spells it, if that finds products
    single_words: tuple[str, ...]  # words of a longer query that find products on their own
    categories: tuple[CategoryLink, ...]
    # True when the categories share a word with the query; else they are the top-level ones.
    categories_match: bool


def _finding_products(queries: list[str]) -> set[str]:
    # One query for all of them: each search is an EXISTS subquery of a one-row SELECT.
    if not queries:
        return set()
    browsable = Product.objects.browsable()
    row = (
        Product.objects.order_by()
        .values(
            **{
                f"q{number}": Exists(matching_products(browsable, query=query))
                for number, query in enumerate(queries)
            }
        )
        .first()
    )
    return {query for number, query in enumerate(queries) if row and row[f"q{number}"]}


def search_suggestions(*, query: str) -> SearchSuggestions:
    """For a search that found nothing: a corrected spelling and single words that find
    products (checked in one query), and the categories nearest to `query`, or the top-level
    ones."""
    vocabulary = search_vocabulary()
    words = query_words(query)
    corrected = corrected_query(query, vocabulary=vocabulary, cutoff=SUGGESTION_CUTOFF)
    spelling = corrected if corrected and corrected != " ".join(words) else ""
    singles = list(dict.fromkeys(corrected.split())) if len(words) > 1 else []
    found = _finding_products([q for q in (spelling, *singles) if q][:MAX_CHECKED_QUERIES])
    near = categories_near(query, vocabulary=vocabulary)
    top_level = [category for category in vocabulary.categories if category.depth == 1]
    return SearchSuggestions(
        spelling=spelling if spelling in found else "",
        single_words=tuple(word for word in singles if word in found),
        categories=tuple(near or top_level),
        categories_match=bool(near),
    )
