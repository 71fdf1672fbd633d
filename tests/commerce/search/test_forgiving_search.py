"""Search that forgives, on both searches the shop has: PostgreSQL's full text and trigrams,
and the words search SQLite uses (`make run`), run here on the test PostgreSQL by turning
SEARCH_FULL_TEXT off. Plurals and small typos find products; a search that finds nothing
suggests spellings, single words and categories that do."""

import re
from html import unescape

import pytest
from oscar.core.loading import get_model

from commerce.search.vocabulary import search_vocabulary
from tests.commerce.search.helpers import listed_titles, num_matching
from tests.factories import CategoryFactory, ClothingFactory

pytestmark = pytest.mark.django_db

Category = get_model("catalogue", "Category")
Product = get_model("catalogue", "Product")

SEARCHES = ["full text", "words"]


@pytest.fixture(params=SEARCHES)
def search(request, settings):
    """Each test runs on PostgreSQL's full-text search and on the SQLite words search."""
    settings.SEARCH_FULL_TEXT = request.param == "full text"
    return request.param


@pytest.fixture
def words_search(settings):
    settings.SEARCH_FULL_TEXT = False


@pytest.fixture
def goods(db):
    clothing = CategoryFactory(name="Clothing")
    shirts = CategoryFactory(name="Shirts", parent=clothing)
    CategoryFactory(name="Kitchen")
    ClothingFactory(
        title="Oxford shirt", description="Crisp cotton", upc="OX-1001", categories=[shirts]
    )
    ClothingFactory(title="Flannel shirt", description="Brushed cotton", categories=[shirts])
    ClothingFactory(title="Enamel mug", description="Holds tea")


def _suggestions(response) -> dict[str, str]:
    """Link text -> URL of the "Try instead" box under an empty result."""
    html = response.content.decode()
    box = re.search(r'<section class="search-suggestions.*?</section>', html, re.S)
    if not box:
        return {}
    links = re.findall(r'<a href="([^"]*)">([^<]*)</a>', box.group(0))
    return {unescape(text): unescape(url) for url, text in links}


@pytest.mark.parametrize("query", ["shirts", "SHIRTS", "shrit", "sihrt", "shrits"])
def test_plurals_and_small_typos_find_the_shirts(client, goods, search, query):
    titles = listed_titles(client.get("/shop/search/", {"q": query}))
    assert sorted(titles) == ["Flannel shirt", "Oxford shirt"]


def test_every_word_must_still_match(client, goods, search):
    assert listed_titles(client.get("/shop/search/?q=oxford+shirts")) == ["Oxford shirt"]
    assert listed_titles(client.get("/shop/search/?q=brushed+shrits")) == ["Flannel shirt"]


def test_descriptions_and_codes_match(client, goods, search):
    assert listed_titles(client.get("/shop/search/?q=tea")) == ["Enamel mug"]
    assert listed_titles(client.get("/shop/search/?q=OX-1001")) == ["Oxford shirt"]


@pytest.mark.parametrize("query", ['"', '"shirt', '""', '"flannel" "shirt'])
def test_odd_quotes_answer_with_a_normal_page(client, goods, search, query):
    response = client.get("/shop/search/", {"q": query})
    assert response.status_code == 200


def test_no_product_with_every_word_suggests_the_words_that_find_some(client, goods, search):
    response = client.get("/shop/search/?q=flannel+mug")
    assert num_matching(response) == 0
    suggested = _suggestions(response)
    assert suggested["flannel"] == "/shop/search/?q=flannel"
    assert suggested["mug"] == "/shop/search/?q=mug"


def test_the_likeliest_spelling_and_titles_come_first(client, goods, words_search):
    ClothingFactory(title="A short history of cotton")
    titles = listed_titles(client.get("/shop/search/?q=shrit"))
    assert sorted(titles[:2]) == ["Flannel shirt", "Oxford shirt"]
    assert titles[2:] == ["A short history of cotton"]
    assert listed_titles(client.get("/shop/search/?q=cotton"))[0] == "A short history of cotton"


def test_a_far_typo_suggests_the_spelling_that_finds_products(client, goods, words_search):
    # "oxfdro" is too far from "oxford" for the search to look for it, not for a suggestion.
    response = client.get("/shop/search/?q=oxfdro")
    assert num_matching(response) == 0
    assert "Did you mean" in response.content.decode()
    assert _suggestions(response)["oxford"] == "/shop/search/?q=oxford"


def test_a_category_name_links_to_the_category(client, goods, search):
    response = client.get("/shop/search/?q=kitchen")
    assert num_matching(response) == 0
    assert "Categories that match" in response.content.decode()
    kitchen = Category.objects.get(name="Kitchen")
    assert _suggestions(response) == {"Kitchen": kitchen.get_absolute_url()}


def test_nothing_near_suggests_the_top_level_categories(client, goods, search):
    response = client.get("/shop/search/?q=submarine")
    assert "No products match your search" in response.content.decode()
    assert list(_suggestions(response)) == ["Clothing", "Kitchen"]


def test_a_filtered_search_that_finds_nothing_suggests_nothing(client, goods, search):
    response = client.get("/shop/search/?q=shirt&price=100-")
    assert num_matching(response) == 0
    assert _suggestions(response) == {}


def test_the_vocabulary_is_read_once_then_served_from_the_cache(goods, django_assert_num_queries):
    with django_assert_num_queries(2):  # product titles, categories
        search_vocabulary()
    with django_assert_num_queries(0):
        assert search_vocabulary().knows("flannels")


def test_a_renamed_product_renews_the_vocabulary_once_committed(
    client, goods, words_search, django_capture_on_commit_callbacks
):
    assert not search_vocabulary().knows("corduroy")
    mug = Product.objects.get(title="Enamel mug")
    with django_capture_on_commit_callbacks(execute=True):
        mug.title = "Corduroy jacket"
        mug.save()
        # Not before the commit: a search now would cache the old words under the new version.
        assert not search_vocabulary().knows("corduroy")
    assert search_vocabulary().knows("corduroy")
    assert listed_titles(client.get("/shop/search/?q=cordroy")) == ["Corduroy jacket"]


def test_a_new_category_renews_the_vocabulary(goods, django_capture_on_commit_callbacks):
    assert "Lighting" not in [category.name for category in search_vocabulary().categories]
    with django_capture_on_commit_callbacks(execute=True):
        CategoryFactory(name="Lighting")
    assert "Lighting" in [category.name for category in search_vocabulary().categories]
