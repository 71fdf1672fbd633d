"""The words of a search, in plain Python: what makes SQLite forgive plurals and typos, and
what every database suggests after a search that found nothing. No database here."""

import sqlite3

import pytest

from commerce.search.words import (
    CategoryLink,
    categories_near,
    closest_words,
    corrected_query,
    page_search_terms,
    query_words,
    vocabulary_from,
    word_forms,
    word_stem,
)
from tests.commerce.search.helpers import BAD_INPUT


def _category(name: str, depth: int = 1) -> CategoryLink:
    stems = frozenset(word_stem(word) for word in query_words(name))
    return CategoryLink(name=name, url=f"/{name.lower()}/", depth=depth, stems=stems)


@pytest.fixture
def vocabulary():
    return vocabulary_from(
        texts=[
            "Oxford Button-down Shirt",
            "Linen Camp-collar Shirt",
            "Brushed Flannel Check Shirt",
            "Striped Breton T-shirt",
            "A Short History of Linen",
            "Speckled Stoneware Mug",
            "Teak Salad Bowl",
            "Candy Jar",
        ],
        categories=[_category("Clothing"), _category("Shirts", 2), _category("Kitchen")],
    )


def test_query_words_drop_punctuation_and_quotes_and_keep_inner_hyphens():
    assert query_words('"Linen  T-shirts" (SALE) & | ! :* "') == ["linen", "t-shirts", "sale"]


def test_a_plural_is_looked_for_as_the_catalogues_singular(vocabulary):
    assert word_forms("shirts", vocabulary=vocabulary) == ("shirt",)
    assert word_forms("candies", vocabulary=vocabulary) == ("candy", "candies")


def test_a_typo_is_looked_for_as_the_closest_catalogue_words(vocabulary):
    assert "shirt" in word_forms("shrit", vocabulary=vocabulary)
    assert word_forms("stonware", vocabulary=vocabulary) == ("stonware", "stoneware")


def test_swapped_letters_and_the_commoner_word_win_a_tie(vocabulary):
    # "short" is as close to "shrit" as "shirt" by difflib's ratio.
    assert closest_words("shrit", vocabulary=vocabulary)[0] == "shirt"


def test_known_and_short_words_are_never_corrected(vocabulary):
    assert closest_words("linen", vocabulary=vocabulary) == []
    assert closest_words("tea", vocabulary=vocabulary) == []  # not "teak"
    assert word_forms("tea", vocabulary=vocabulary) == ("tea",)


def test_a_word_the_catalogue_does_not_know_is_still_looked_for(vocabulary):
    # It may be in a description, which the vocabulary leaves out.
    assert word_forms("submarine", vocabulary=vocabulary) == ("submarine",)


def test_corrected_query_respells_only_the_unknown_words(vocabulary):
    assert corrected_query("linen shrit", vocabulary=vocabulary) == "linen shirt"
    assert corrected_query("linen submarine", vocabulary=vocabulary) == "linen submarine"


def test_categories_near_a_query_share_a_word_with_it_deepest_first(vocabulary):
    assert [c.name for c in categories_near("shrits", vocabulary=vocabulary)] == ["Shirts"]
    assert [c.name for c in categories_near("kitchen mugs", vocabulary=vocabulary)] == ["Kitchen"]
    assert categories_near("submarine", vocabulary=vocabulary) == []


def test_the_vocabulary_leaves_out_numbers_and_single_letters():
    vocabulary = vocabulary_from(texts=["A 20 cm Vase"])
    assert sorted(vocabulary.words) == ["cm", "vase"]


def test_page_search_terms_have_no_double_quotes():
    assert page_search_terms('"') == ""
    assert page_search_terms('"linen shirt') == "linen shirt"


@pytest.mark.parametrize("query", BAD_INPUT)
def test_page_search_terms_are_valid_sqlite_full_text_queries(query):
    # Wagtail's SQLite backend quotes each term ("term", the last one "term"*) and joins them
    # with AND into an FTS5 MATCH: an unbalanced quote used to answer HTTP 500 there.
    terms = page_search_terms(query).split()
    if not terms:
        return
    match = " AND ".join([*(f'"{term}"' for term in terms[:-1]), f'"{terms[-1]}"*'])
    with sqlite3.connect(":memory:") as database:
        database.execute("CREATE VIRTUAL TABLE pages USING fts5(title)")
        database.execute("INSERT INTO pages VALUES ('Linen shirt care')")
        database.execute("SELECT * FROM pages WHERE pages MATCH ?", [match]).fetchall()
