"""Site search: one box finds products (full text with ranking, typo tolerant on PostgreSQL)
and, beside them, the Wagtail pages that match; odd input never breaks the page."""

import pytest
from wagtail.models import Page, Site

from cms.pages.models import ContentPage
from tests.commerce.search.helpers import BAD_INPUT, LISTING_BUDGET, listed_titles, num_matching
from tests.factories import ClothingFactory, ClothingParentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def goods(db):
    ClothingFactory(title="Oxford shirt", price=40, description="Crisp cotton for the office")
    ClothingParentFactory(
        title="Flannel shirt",
        variants=[{"colour": "Red", "size": "M"}],
        description="Brushed cotton",
    )
    ClothingFactory(title="Enamel mug", price=8, description="Holds tea")
    ClothingFactory(title="Shirt hanger", price=4, is_public=False)


def _publish(title: str, slug: str) -> Page:
    root = Site.objects.get(is_default_site=True).root_page
    page = root.add_child(instance=ContentPage(title=title, slug=slug))
    page.save_revision().publish()
    return page


def test_shirt_finds_the_shirts(client, goods):
    response = client.get("/shop/search/?q=shirt")
    assert sorted(listed_titles(response)) == ["Flannel shirt", "Oxford shirt"]
    assert num_matching(response) == 2


def test_plural_and_case_still_match(client, goods):
    assert sorted(listed_titles(client.get("/shop/search/?q=SHIRTS"))) == [
        "Flannel shirt",
        "Oxford shirt",
    ]


def test_search_matches_descriptions(client, goods):
    assert listed_titles(client.get("/shop/search/?q=tea")) == ["Enamel mug"]


def test_a_typo_still_finds_shirts(client, goods):
    titles = listed_titles(client.get("/shop/search/?q=shrit"))
    assert "Oxford shirt" in titles and "Flannel shirt" in titles
    assert "Enamel mug" not in titles


def test_all_words_must_match(client, goods):
    assert listed_titles(client.get("/shop/search/?q=oxford+shirt")) == ["Oxford shirt"]


def test_nothing_found_says_so(client, goods):
    response = client.get("/shop/search/?q=submarine")
    assert num_matching(response) == 0
    assert "No products match your search" in response.content.decode()


def test_matching_wagtail_pages_appear_beside_products(client, goods):
    _publish("Shirt care guide", "shirt-care")
    _publish("Delivery times", "delivery")
    html = client.get("/shop/search/?q=shirt").content.decode()
    pages = html.split('id="page-results-title"')[1].split("</section>")[0]
    assert "Shirt care guide" in pages and 'href="/shirt-care/"' in pages
    assert "Delivery times" not in pages


def test_unpublished_pages_stay_out_of_search(client, goods):
    page = _publish("Shirt sizing draft", "sizing")
    page.unpublish()
    html = client.get("/shop/search/?q=sizing").content.decode()
    assert "Shirt sizing draft" not in html


def test_search_results_can_be_filtered_and_sorted(client, goods):
    response = client.get("/shop/search/?q=shirt&price=25-50&sort=price-asc")
    assert listed_titles(response) == ["Oxford shirt"]


# Odd input must not make a page expensive: it costs no more queries than a filtered listing,
# whether the shop has a handful of products or many.
ODD_QUERY_BUDGET = LISTING_BUDGET + 2


def _assert_odd_queries_within_budget(client, django_assert_max_num_queries, queries):
    for url in ("/shop/search/", "/shop/catalogue/"):
        # Warm, as a live shop is: the first render of a thumbnail also writes, and the first
        # search after a catalogue change reads the catalogue's words (commerce.search.vocabulary).
        client.get(url)
        client.get(url, {"q": "warm"})
        for query in queries:
            with django_assert_max_num_queries(ODD_QUERY_BUDGET):
                response = client.get(url, {"q": query, "page": "1"})
            assert response.status_code == 200
            assert "<script>alert(1)</script>" not in response.content.decode()


@pytest.mark.parametrize("query", BAD_INPUT, ids=range(len(BAD_INPUT)))
def test_odd_queries_answer_with_a_normal_page_within_the_query_budget(
    client, goods, django_assert_max_num_queries, query
):
    _assert_odd_queries_within_budget(client, django_assert_max_num_queries, [query])


def test_odd_queries_cost_no_more_with_many_products(client, goods, django_assert_max_num_queries):
    ClothingFactory.create_batch(30, title="Linen shirt", colour="Blue", price=25)
    longest_and_oddest = ["", "x" * 10_000, "shirt " * 2_000, "%%shirt%%", "Ünïcödé 衬衫 👕"]
    _assert_odd_queries_within_budget(client, django_assert_max_num_queries, longest_and_oddest)


def test_search_with_no_query_lists_the_catalogue(client, goods):
    response = client.get("/shop/search/")
    assert num_matching(response) == 3
