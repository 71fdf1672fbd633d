"""Which products a search query matches, on the shop's own database.

On PostgreSQL: full-text search (English stemming, `websearch_to_tsquery`, so quotes, `-word`
and `or` work), or every word close to a word of the title (pg_trgm), or the query respelt with
the catalogue's own words (commerce.search.words: "shrits" -> "shirt"), all on GIN indexes.
On SQLite (`make run`) and others: the words search, every word (or a word of the same stem,
or for a word the catalogue does not know its closest spellings) in the title, description or
UPC. Tests run the words search on PostgreSQL with SEARCH_FULL_TEXT = False."""

from django.conf import settings
from django.db import connection
from django.db.models import Case, F, FloatField, Q, QuerySet, Value, When
from django.db.models.expressions import Col, Expression

from commerce.search.vocabulary import search_vocabulary
from commerce.search.words import Vocabulary, closest_words, query_words, word_forms


class StoredSearchDocument(Expression):
    """The product's weighted search document (title and UPC weight A, description C), the
    column that search/migrations/0004_product_search_document stores and indexes (GIN)."""

    def resolve_expression(
        self, query=None, allow_joins=True, reuse=None, summarize=False, for_save=False
    ):
        from django.contrib.postgres.search import SearchVectorField

        # A column of the product table that the model does not declare: a Col on the query's
        # own alias of that table, relabelled like any column when it becomes a subquery.
        field = SearchVectorField()
        field.set_attributes_from_name("search_document")
        field.model = query.model
        return Col(query.get_initial_alias(), field)


def full_text_search() -> bool:
    """Whether product search is PostgreSQL's full text and trigrams (on PostgreSQL unless
    SEARCH_FULL_TEXT is False, as tests set it to run the SQLite search on PostgreSQL)."""
    return connection.vendor == "postgresql" and getattr(settings, "SEARCH_FULL_TEXT", True)


def matching_products(products: QuerySet, *, query: str) -> QuerySet:
    """`products` matching `query`, aliased with `relevance`: full text and trigrams on
    PostgreSQL, the catalogue's words (stems, spelling) elsewhere."""
    if not query:
        return products
    if full_text_search():
        return products_matching_full_text(products, query=query, vocabulary=search_vocabulary())
    return products_matching_words(products, query=query, vocabulary=search_vocabulary())


def _respelt_full_text_query(words: list[str], *, vocabulary: Vocabulary):
    # Every word, or one of its closest catalogue spellings; None when no word has any.
    from django.contrib.postgres.search import SearchQuery

    if not any(closest_words(word, vocabulary=vocabulary) for word in words):
        return None
    respelt = None
    for word in words:
        either = None
        for form in word_forms(word, vocabulary=vocabulary):
            form_query = SearchQuery(form, search_type="plain", config="english")
            either = form_query if either is None else either | form_query
        respelt = either if respelt is None else respelt & either
    return respelt


def products_matching_full_text(
    products: QuerySet, *, query: str, vocabulary: Vocabulary
) -> QuerySet:
    """`products` matching `query` by PostgreSQL full-text search, trigrams on the title or the
    query respelt with catalogue words; aliased with `relevance` (rank and title similarity)."""
    from django.contrib.postgres.lookups import TrigramWordSimilar
    from django.contrib.postgres.search import SearchQuery, SearchRank, TrigramWordSimilarity

    search_query = SearchQuery(query, search_type="websearch", config="english")
    matching = Q(document=search_query)
    # Typo tolerance: every word must be close to a word of the title ("shrit" ~ "shirt");
    # `%>` uses the title's trigram index and pg_trgm.word_similarity_threshold (settings).
    words = query_words(query)
    if words:
        close_to_title = Q()
        for word in words:
            close_to_title &= TrigramWordSimilar(F("title"), Value(word))
        matching |= close_to_title
    respelt = _respelt_full_text_query(words, vocabulary=vocabulary)
    if respelt is not None:
        matching |= Q(document=respelt)
    return (
        products.alias(document=StoredSearchDocument())
        .filter(matching)
        .alias(
            relevance=SearchRank(F("document"), search_query)
            + TrigramWordSimilarity(query, "title")
        )
    )


def _containing(field: str, forms: tuple[str, ...]) -> Q:
    condition = Q()
    for form in forms:
        condition |= Q(**{f"{field}__icontains": form})
    return condition


def products_matching_words(products: QuerySet, *, query: str, vocabulary: Vocabulary) -> QuerySet:
    """`products` matching every word of `query` on any database (the SQLite search): the word,
    a word of the same stem or, for a word the catalogue does not know, its closest spellings
    appear in the title or description, or the word is the UPC; nothing for a query without
    words (only punctuation). Aliased with `relevance`: words in the title (spelt the likeliest
    way) before words in the description."""
    words = query_words(query)
    if not words:
        return products.filter(pk__in=[]).alias(relevance=Value(0.0))
    relevance = Value(0.0)
    for word in words:
        forms = word_forms(word, vocabulary=vocabulary)
        in_title = _containing("title", forms)
        in_description = _containing("description", forms)
        likeliest_in_title = _containing(
            "title", word_forms(word, vocabulary=vocabulary, likeliest_only=True)
        )
        products = products.filter(in_title | in_description | Q(upc__iexact=word))
        # A word in the title counts more than in the description, its likeliest spelling more
        # than other close ones ("shrit": Shirt before Short).
        relevance += Case(
            When(likeliest_in_title, then=Value(2.0)),
            When(in_title, then=Value(1.0)),
            default=Value(0.0),
            output_field=FloatField(),
        )
    return products.alias(relevance=relevance)
