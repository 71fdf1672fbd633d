import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_home_page_renders_in_chromium_with_the_shared_header(page, home_page):
    page.goto("/")
    assert page.locator("header.site-header").is_visible()
    page.click("text=Basket")
    assert "/shop/basket/" in page.url
    assert page.locator("header.site-header").is_visible()
