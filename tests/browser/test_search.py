"""Search that forgives, in Chromium on the test PostgreSQL: a plural and a typo typed into the
header's search box find the shirts; a search that finds nothing offers words that do."""

import pytest
from playwright.sync_api import expect

from tests.factories import ClothingFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def shirts_and_a_mug(home_page):
    ClothingFactory(title="Oxford shirt", description="Crisp cotton")
    ClothingFactory(title="Flannel shirt", description="Brushed cotton")
    ClothingFactory(title="Enamel mug", description="Holds tea")


def _search_from_the_header(page, text: str):
    box = page.locator("header.site-header form.site-search input[name=q]")
    box.fill(text)
    box.press("Enter")
    page.wait_for_url("**/shop/search/?q=*")


def _titles(page) -> list[str]:
    return sorted(page.locator(".product-title a").evaluate_all("els => els.map(e => e.title)"))


def test_plurals_and_typos_find_the_shirts_and_nothing_found_suggests_words(page, shirts_and_a_mug):
    page.goto("/")
    for text in ("shirts", "shrit"):
        _search_from_the_header(page, text)
        assert _titles(page) == ["Flannel shirt", "Oxford shirt"], text

    _search_from_the_header(page, "flannel mug")
    expect(page.locator("[data-num-matching]")).to_have_attribute("data-num-matching", "0")
    page.locator(".search-suggestions").get_by_role("link", name="flannel").click()
    page.wait_for_url("**/shop/search/?q=flannel")
    assert _titles(page) == ["Flannel shirt"]
